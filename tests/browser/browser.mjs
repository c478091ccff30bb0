import { after, before } from "node:test";
// Shared helpers for the headless-browser tests: Debian's chromium driven by
// playwright-core, and the built page served on a free local port.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), "screenshots");
/** The seed article: read at run time, never copied into the repository. */
export const SEED =
  process.env.NUTGRAF_SEED ??
  join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "corpus", "seed", "asean-deportation.txt");

/** Chromium flags that keep a headless run off the (closed) network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Serves the page and starts Chromium before the file's tests, and stops
 * both after them. Returns an object whose `site` and `browser` are set once
 * the tests run.
 */
export function siteAndBrowser() {
  const env = { site: null, browser: null };
  before(async () => {
    env.site = await servePage();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Serves dist/ on a free port; returns { url, origin, close }. */
export async function servePage() {
  const server = await serve({ port: 0, quiet: true });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    origin: new URL(url).origin,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

/**
 * The seed article's text, or null (and a loud message) when it is missing.
 * Missing under CI (CI=true) is a failure, not a skip.
 */
export function seedArticle(t) {
  if (existsSync(SEED)) return readFileSync(SEED, "utf8");
  const message = `SEED ARTICLE MISSING: ${SEED} does not exist; the seed-article checks cannot run`;
  if (process.env.CI === "true") throw new Error(message);
  console.error(`\n!!! ${message} (skipped; set CI=true to make this a failure) !!!\n`);
  t.skip(message);
  return null;
}

/**
 * A fresh context and page that record what a demanding reviewer would want to
 * know: requests to other origins, page errors, console errors and dialogs.
 * `page.__nutgraf` counts the page's `nutgraf:rendered` events.
 */
export async function openPage(browser, site, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const seen = { foreign: [], errors: [], dialogs: [] };
  context.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== site.origin) seen.foreign.push(url);
  });
  await context.addInitScript(() => {
    window.__rendered = [];
    document.addEventListener("nutgraf:rendered", (e) => window.__rendered.push({ ...e.detail, at: performance.now() }));
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => seen.errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") seen.errors.push(`console: ${m.text()}`);
  });
  page.on("dialog", (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return { context, page, seen };
}

/**
 * Closes the pages of `open` (what `openPage` returned, emptied) and checks
 * what each recorded: no request to another origin, no dialog, no error.
 */
export async function closeChecked(open) {
  for (const { context, seen } of open.splice(0)) {
    await context.close();
    assert.deepEqual(seen.foreign, [], "requests to other origins");
    assert.deepEqual(seen.dialogs, [], "dialogs");
    assert.deepEqual(seen.errors, [], "errors in the page");
  }
}

/** Number of summaries rendered so far. */
export const renderedCount = (page) => page.evaluate(() => window.__rendered.length);

/** Waits until more than `count` summaries have been rendered; returns the newest event detail. */
export async function nextRender(page, count, timeout = 30000) {
  await page.waitForFunction((n) => window.__rendered.length > n, count, { timeout });
  return page.evaluate(() => window.__rendered.at(-1));
}

/** Opens the page and waits for its first summary. */
export async function gotoPage(page, site) {
  await page.goto(site.url);
  await page.waitForFunction(() => window.__rendered.length > 0, null, { timeout: 30000 });
}

/**
 * Pastes `text` as a person would (an `input` event of type insertFromPaste) and
 * resolves to `{ ms, detail }`: paste-to-summary time measured in the page with
 * the Performance API, and the render event's detail.
 */
export function paste(page, text) {
  return page.evaluate(async (value) => {
    const area = document.getElementById("article");
    const done = new Promise((resolve) => document.addEventListener("nutgraf:rendered", (e) => resolve(e.detail), { once: true }));
    performance.mark("paste");
    area.value = value;
    area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    const detail = await done;
    await new Promise((resolve) => requestAnimationFrame(() => resolve()));
    performance.mark("summary");
    const { duration } = performance.measure("paste-to-summary", "paste", "summary");
    return { ms: duration, detail };
  }, text);
}

// ---- the bookmarklet's panel, shared by the bookmarklet and extension tests ----

/** Text without its white space, to compare what the page and the panel show. */
export const squeeze = (s) => s.replace(/\s+/g, "");

/** The page's markup once the page itself has stopped changing it (late iframes, its own scripts). */
export async function settledHtml(page) {
  let last = null;
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(() => document.documentElement.outerHTML);
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(250);
  }
  return last;
}

/** The summary sentences of the panel, once it shows them. */
export async function overlaySentences(page) {
  await page.locator("#nutgraf-overlay li").first().waitFor({ timeout: 20000 });
  return page.locator("#nutgraf-overlay li").allTextContents();
}
