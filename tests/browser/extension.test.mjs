// The browser extension (dist/extension/, built by `npm run build`) loaded
// unpacked into headless Chromium, on real article pages of the readability
// corpus (read at run time from ../shared/corpus) served on a local port: one
// plain, one behind a strict Content-Security-Policy that forbids every script
// and WebAssembly in the page. The toolbar button is pressed through the
// DevTools protocol (Extensions.triggerAction: the same event as a click, so
// `activeTab` is granted as a click grants it); the context-menu entry is run
// by calling, in the service worker, the function its click calls.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, overlaySentences, screenshotPath, settledHtml, squeeze } from "./browser.mjs";
import { buildBookmarklet, buildExtension, EXTENSION_DIR } from "../../scripts/bookmarklet.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CORPUS = process.env.NUTGRAF_HTML_CORPUS ?? join(root, "..", "shared", "corpus", "html", "readability");
/** Real pages of the corpus: a blog post and a news story. */
const CASES = ["001", "bbc-1"];
/** No script, no style, no WebAssembly, no connection: nothing of the page's own may run. */
const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src 'none'; connect-src 'none'; require-trusted-types-for 'script'";

const haveCorpus = CASES.every((c) => existsSync(join(CORPUS, c, "source.html")));
if (!haveCorpus) {
  if (process.env.CI === "true") throw new Error(`extension tests: the corpus is missing at ${CORPUS}`);
  console.error(`\n!!! extension tests SKIPPED: the corpus is missing at ${CORPUS}\n`);
}
const skip = haveCorpus ? false : `corpus missing at ${CORPUS}`;

let context;
let worker;
let articles;
let profile;
let extensionDir;
const foreign = [];

before(async () => {
  if (skip) return;
  // `npm test` builds dist/; a bare `node --test` run builds the extension if it is missing.
  const dist = process.env.NUTGRAF_DIST ?? join(root, "dist");
  const dir = (extensionDir = join(dist, EXTENSION_DIR));
  if (!existsSync(join(dir, "manifest.json"))) {
    await buildBookmarklet(dist);
    await buildExtension(dist);
  }
  // The article pages: /CASE/ plain, /CASE/?csp strict, /empty/ with no article.
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    const name = url.pathname.split("/")[1];
    const headers = { "Content-Type": "text/html; charset=utf-8" };
    if (url.searchParams.has("csp")) headers["Content-Security-Policy"] = STRICT_CSP;
    if (name === "empty") {
      res.writeHead(200, headers);
      return res.end("<!doctype html><title>Nothing</title><body><nav><a href='/'>Home</a></nav></body>");
    }
    if (!CASES.includes(name)) {
      res.statusCode = 404;
      return res.end("not found");
    }
    res.writeHead(200, headers);
    res.end(readFileSync(join(CORPUS, name, "source.html")));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  articles = {
    origin: `http://127.0.0.1:${server.address().port}`,
    url: (path) => `http://127.0.0.1:${server.address().port}/${path}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
  profile = mkdtempSync(join(tmpdir(), "nutgraf-extension-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      // Lets the DevTools protocol press the extension's button (Extensions.triggerAction).
      "--enable-unsafe-extension-debugging",
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  // Whatever leaves for elsewhere than the article server or the extension itself (the corpus
  // pages' own ads and scripts among them): noted, and refused, so that nothing waits on the network.
  await context.route(
    (url) => url.origin !== articles.origin && url.protocol !== "chrome-extension:" && url.protocol !== "data:",
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
});

after(async () => {
  await context?.close();
  await articles?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Presses the extension's toolbar button for `page`, as a click would. */
async function pressButton(page) {
  const session = await context.browser().newBrowserCDPSession();
  try {
    const { targetInfo } = await (await context.newCDPSession(page)).send("Target.getTargetInfo");
    const { targetInfos } = await session.send("Target.getTargets", { filter: [{ type: "tab" }] });
    // A page's tab target has the same URL; there is one tab per URL in these tests.
    const tab = targetInfos.find((t) => t.url === targetInfo.url);
    assert.ok(tab, `no tab target for ${targetInfo.url}`);
    await session.send("Extensions.triggerAction", { id: new URL(worker.url()).host, targetId: tab.targetId });
  } finally {
    await session.detach();
  }
}

/** Runs the context-menu entry's function on the active tab (its click would grant activeTab; the button did). */
function summarizeSelection() {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await globalThis.nutgraf.summarizeSelection(tab);
  });
}

/** Asserts that the page's markup is `before` again; on failure, shows where it differs. */
async function assertRestored(page, before, label = "") {
  const now = await page.evaluate(() => document.documentElement.outerHTML);
  if (now === before) return;
  let i = 0;
  while (now[i] === before[i]) i++;
  assert.fail(`${label}: the page changed at ${i}: ${JSON.stringify(before.slice(i - 80, i + 80))} became ${JSON.stringify(now.slice(i - 80, i + 80))}`);
}

async function openArticle(path) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const response = await page.goto(articles.url(path), { waitUntil: "load" });
  await page.bringToFront();
  return { page, errors, response };
}

test("the toolbar button: a summary of the article in the panel, marked in the page; Escape restores the page", { skip }, async () => {
  for (const path of [`${CASES[0]}/`, `${CASES[1]}/`, `${CASES[1]}/?csp`]) {
    const { page, errors, response } = await openArticle(path);
    const strict = path.endsWith("?csp");
    if (strict) {
      // The page really forbids WebAssembly (the bookmarklet has to leave for a new tab here).
      assert.equal(response.headers()["content-security-policy"], STRICT_CSP);
      const wasm = await page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => "compiled", (e) => e.name));
      assert.equal(wasm, "CompileError", "the strict page let WebAssembly compile");
    }
    const before = await settledHtml(page);
    errors.length = 0; // the corpus page's own scripts may fail offline; only ours count
    foreign.length = 0; // the plain pages' scripts may still ask for more; the strict page's cannot
    const bodyText = squeeze(await page.evaluate(() => document.body.innerText));
    await pressButton(page);
    const sentences = await overlaySentences(page);
    assert.equal(sentences.length, 3, path);
    for (const s of sentences) assert.ok(bodyText.includes(squeeze(s)), `${path}: not in the article: ${s}`);
    assert.ok((await page.locator("#nutgraf-overlay mark[data-kind]").count()) > 0, `${path}: no entity marks`);
    const highlighted = await page.evaluate(() => [...(CSS.highlights.get("nutgraf-summary") ?? [])].map((r) => r.toString()));
    assert.equal(highlighted.length, 3, `${path}: in-page highlights`);
    for (const [i, h] of highlighted.entries()) assert.equal(squeeze(h), squeeze(sentences[i]), path);
    assert.match(await page.locator("#nutgraf-overlay .status").textContent(), /Summarized on this device from \d+ words/);
    // The length control asks the service worker again.
    await page.locator("#nutgraf-overlay input[type=range]").fill("5");
    await page.waitForFunction(() => document.getElementById("nutgraf-overlay").shadowRoot.querySelectorAll("li").length === 5);
    // Escape restores the page exactly.
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !document.getElementById("nutgraf-overlay"));
    await assertRestored(page, before, path);
    assert.equal(await page.evaluate(() => CSS.highlights.size + document.adoptedStyleSheets.length), 0, path);
    assert.deepEqual(errors, [], path);
    if (strict) assert.deepEqual(foreign, [], `${path}: requests to other origins`);
    await page.close();
  }
});

test("the keyboard shortcut is the manifest's, bound to the button (Chromium does not bind one that clashes)", { skip }, async () => {
  // A key press in headless Chromium reaches the page, not the browser's shortcuts: the binding is what can be checked.
  const manifest = JSON.parse(readFileSync(join(extensionDir, "manifest.json"), "utf8"));
  const commands = await worker.evaluate(() => chrome.commands.getAll());
  assert.deepEqual(
    commands.map((c) => [c.name, c.shortcut]),
    [["_execute_action", manifest.commands._execute_action.suggested_key.default]],
  );
});

test("the button again closes the panel; a third press opens it again", { skip }, async () => {
  const { page } = await openArticle(`${CASES[0]}/?csp`);
  const before = await settledHtml(page);
  await pressButton(page);
  await overlaySentences(page);
  await pressButton(page);
  await page.waitForFunction(() => !document.getElementById("nutgraf-overlay"));
  await assertRestored(page, before, "closed by the button");
  await pressButton(page);
  assert.equal((await overlaySentences(page)).length, 3);
  await page.locator("#nutgraf-overlay button.close").click();
  await page.waitForFunction(() => !document.getElementById("nutgraf-overlay"));
  await assertRestored(page, before, "closed by its close button");
  // Once more for a picture (a screenshot makes Chrome touch the page's inputs, so not before the comparisons).
  await pressButton(page);
  await overlaySentences(page);
  await page.screenshot({ path: screenshotPath("extension-csp.png") });
  await page.close();
});

test("the context-menu entry summarizes the selected text only", { skip }, async () => {
  const { page } = await openArticle(`${CASES[1]}/?csp`);
  // activeTab, granted here by the button as the menu click would grant it.
  await pressButton(page);
  await overlaySentences(page);
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.getElementById("nutgraf-overlay"));
  // Select the paragraphs from the 4th to the 10th of the story.
  const selected = await page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll("p")].filter((p) => p.textContent.trim().length > 80);
    const range = document.createRange();
    range.setStartBefore(paragraphs[3]);
    range.setEndAfter(paragraphs[9]);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return getSelection().toString();
  });
  assert.ok(selected.length > 500, "a selection of several paragraphs");
  await summarizeSelection();
  const sentences = await overlaySentences(page);
  assert.equal(sentences.length, 3);
  for (const s of sentences) assert.ok(squeeze(selected).includes(squeeze(s)), `not in the selection: ${s}`);
  assert.equal(await page.locator("#nutgraf-overlay .title").textContent(), "Selected text");
  await page.screenshot({ path: screenshotPath("extension-selection.png") });
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.getElementById("nutgraf-overlay"));
  await page.close();
});

test("a page with no article: the panel says so, and Escape removes it", { skip }, async () => {
  const { page } = await openArticle("empty/?csp");
  const before = await settledHtml(page);
  await pressButton(page);
  const error = page.locator("#nutgraf-overlay .error[role=alert]");
  await error.waitFor({ timeout: 20000 });
  assert.equal(await error.textContent(), "No article found on this page.");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.getElementById("nutgraf-overlay"));
  await assertRestored(page, before, "no article");
  await page.close();
});

test("a page no extension may script: the button shows a ! and says why", { skip }, async () => {
  const page = await context.newPage();
  await page.goto("chrome://version/");
  await page.bringToFront();
  await pressButton(page);
  const badge = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    for (let i = 0; i < 50 && !(await chrome.action.getBadgeText({ tabId: tab.id })); i++) await new Promise((r) => setTimeout(r, 100));
    return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
  });
  assert.equal(badge.text, "!");
  assert.match(badge.title, /^nutgraf cannot run on this page \(.+\)$/);
  await page.close();
});
