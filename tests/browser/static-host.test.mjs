// dist/ on any static host, under a subpath (issue 14): a plain static server
// (sirv with no options: no CORS, no CSP header, no precompressed files, as
// GitHub Pages, nginx or `python -m http.server` would serve it) puts dist/ at
// /nutgraf/. The page works there with the CSP of its <meta>; the bookmarklet
// it offers loads /nutgraf/bookmarklet.js, whose wasm is inside it (no CORS
// needed), summarizes an article on another origin in place, and on a page
// whose CSP blocks it opens /nutgraf/ in a new tab, which summarizes the
// article without a CSP error. On a German article it asks that host for the
// page's language core, which a host without CORS does not let it read: the
// first summary stays, with no error on the page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { gotoPage, launch, openPage, overlaySentences, squeeze } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = process.env.NUTGRAF_DIST ?? join(root, "dist");
const SUBPATH = "/nutgraf/";
const ARTICLE = readFileSync(join(root, "tests", "pack", "fixtures", "article.html"), "utf8");
/** A German article (a fixture of the extraction tests). */
const GERMAN = readFileSync(join(root, "tests", "js", "fixtures", "html", "related.html"), "utf8");

let host;
let articles;
let browser;

/** A server on a free port; resolves to { origin, close }. */
async function listen(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

before(async () => {
  assert.ok(existsSync(join(dist, "index.html")), `${dist} is not built: run \`npm run build\``);
  const files = sirv(dist);
  const requests = [];
  host = await listen((req, res) => {
    requests.push(req.url);
    const notFound = () => {
      res.statusCode = 404;
      res.end("not found");
    };
    if (!req.url.startsWith(SUBPATH)) return notFound();
    req.url = req.url.slice(SUBPATH.length - 1);
    files(req, res, notFound);
  });
  host.requests = requests;
  host.url = `${host.origin}${SUBPATH}`;
  // The article on its own origin: /plain, /strict with a CSP that lets no other origin's script
  // in, and /de, a German one.
  articles = await listen((req, res) => {
    const headers = { "Content-Type": "text/html; charset=utf-8" };
    if (req.url.startsWith("/strict")) headers["Content-Security-Policy"] = "script-src 'self'";
    res.writeHead(200, headers);
    res.end(req.url.startsWith("/de") ? GERMAN : ARTICLE);
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await articles?.close();
});

/** The page at /nutgraf/: summarizes its sample, without errors; returns the bookmarklet's code from its link. */
async function pageAndBookmarklet() {
  const { context, page, seen } = await openPage(browser, { ...host, url: host.url });
  try {
    await gotoPage(page, { ...host, url: host.url });
    await page.waitForFunction(() => document.getElementById("nutgraf-bookmarklet").href.startsWith("javascript:"));
    const href = await page.locator("#nutgraf-bookmarklet").getAttribute("href");
    assert.deepEqual(seen.errors, [], "the page runs without errors (its CSP is the <meta>)");
    assert.deepEqual(seen.foreign, []);
    return decodeURIComponent(href.slice("javascript:".length));
  } finally {
    await context.close();
  }
}

test("the page under a subpath of a plain static server: it summarizes, and its bookmarklet points at the subpath", async () => {
  const code = await pageAndBookmarklet();
  assert.ok(code.includes(JSON.stringify(host.url)), "the bookmarklet knows the page's folder");
  assert.ok(!host.requests.some((u) => !u.startsWith(SUBPATH)), `nothing asked outside ${SUBPATH}: ${host.requests}`);
});

test("the bookmarklet from the subpath summarizes an article on another origin in place (its wasm needs no CORS)", async () => {
  const code = await pageAndBookmarklet();
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const popups = [];
  page.on("popup", (p) => popups.push(p.url()));
  await page.goto(`${articles.origin}/plain`);
  const bodyText = squeeze(await page.evaluate(() => document.body.innerText));
  const before = host.requests.length;
  await page.evaluate((c) => (0, eval)(c), code);
  const sentences = await overlaySentences(page);
  assert.equal(sentences.length, 3);
  for (const s of sentences) assert.ok(bodyText.includes(squeeze(s)), `not in the article: ${s}`);
  assert.deepEqual(host.requests.slice(before), [`${SUBPATH}bookmarklet.js`], "one request: the bundle, from the subpath");
  assert.deepEqual(popups, [], "no fallback tab");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on a page whose CSP blocks the bookmarklet, the fallback tab opens at the subpath and summarizes without CSP errors", async () => {
  const code = await pageAndBookmarklet();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${articles.origin}/strict`);
  const bodyText = squeeze(await page.evaluate(() => document.body.innerText));
  const tabErrors = [];
  context.on("page", (p) => {
    p.on("pageerror", (e) => tabErrors.push(e.message));
    p.on("console", (m) => m.type() === "error" && tabErrors.push(m.text()));
  });
  const popup = page.waitForEvent("popup", { timeout: 20000 });
  await page.evaluate((c) => (0, eval)(c), code);
  const tab = await popup;
  assert.equal(tab.url(), `${host.url}#from-bookmarklet`);
  await tab.locator("#summary li").first().waitFor({ timeout: 20000 });
  const items = await tab.locator("#summary li").allTextContents();
  assert.ok(items.length >= 1);
  for (const s of items) assert.ok(bodyText.includes(squeeze(s).slice(0, 40)), `not in the article: ${s}`);
  assert.equal(await tab.locator("#source").textContent(), `From ${articles.origin}/strict`);
  await page.waitForFunction(() => typeof window.__nutgraf === "undefined");
  assert.deepEqual(tabErrors, [], "the nutgraf tab logs no error (no CSP violation)");
  await context.close();
});

test("a German article, the host without CORS: the page's language core cannot be read, the first summary stays", async () => {
  const code = await pageAndBookmarklet();
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${articles.origin}/de`);
  const before = host.requests.length;
  await page.evaluate((c) => (0, eval)(c), code);
  assert.equal((await overlaySentences(page)).length, 3);
  const entities = () => page.locator("#nutgraf-overlay").evaluate((h) => h.shadowRoot.querySelector(".entities").textContent);
  const first = await entities();
  // The script comes (a script needs no CORS); the core is asked for and cannot be read.
  await page.waitForFunction((n) => performance.getEntriesByType("resource").filter((r) => r.name.endsWith("nutgraf_lang_bg.wasm")).length === n, 1);
  await page.waitForTimeout(500);
  assert.deepEqual(host.requests.slice(before), [`${SUBPATH}bookmarklet.js`, `${SUBPATH}bookmarklet-lang.js`, `${SUBPATH}nutgraf_lang_bg.wasm`]);
  assert.equal(await entities(), first, "the summary stays as it was");
  assert.equal((await overlaySentences(page)).length, 3);
  assert.deepEqual(errors, []);
  await context.close();
});
