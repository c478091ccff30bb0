// Failure never loses the article (issue 12): when the worker's wasm traps, or a
// request runs past its time budget, the page replaces the worker, says so politely,
// keeps the pasted article in the box, and the next edit is summarized.
// The failures are forced from the test alone: the worker script is served with a
// prefix that keeps the wasm instance's memory, grows it to its 4 GiB maximum
// (so the core's next allocation aborts: a real trap) when an article contains
// FORCE-A-TRAP, and swallows a request (a hang) when it contains FORCE-A-HANG.
import { test } from "node:test";
import assert from "node:assert/strict";
import { gotoPage, openPage, paste, siteAndBrowser } from "./browser.mjs";

const env = siteAndBrowser();

/** Runs in the worker, before its own code. */
const PREFIX = `
const instantiate = WebAssembly.instantiate;
let memory = null;
WebAssembly.instantiate = async function (...args) {
  const r = await instantiate.apply(this, args);
  memory = (r.instance ?? r).exports.memory;
  return r;
};
self.addEventListener("message", (e) => {
  const text = e.data?.text;
  if (typeof text !== "string") return;
  if (text.includes("FORCE-A-TRAP")) memory.grow(65536 - memory.buffer.byteLength / 65536);
  if (text.includes("FORCE-A-HANG")) e.stopImmediatePropagation();
});
`;

const ARTICLE = [
  "The river flooded the old town on Monday after three days of rain.",
  "Rescue teams moved families from the old town to the school on the hill.",
  "The mayor said the flood was the worst in forty years.",
  "Engineers will inspect the river walls once the water falls.",
].join(" ");

async function pageWithTraps() {
  const { page, context, seen } = await openPage(env.browser, env.site, { serviceWorkers: "block" });
  await context.route("**/worker.js", async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, body: PREFIX + (await response.text()), headers: { ...response.headers(), "content-encoding": "identity" } });
  });
  await gotoPage(page, env.site);
  return { page, context, seen };
}

const boxValue = (page) => page.evaluate(() => document.getElementById("article").value);
const status = (page) => page.evaluate(() => document.getElementById("status").textContent);

test("a wasm trap: a polite message, the article stays, a fresh worker summarizes the next edit", { timeout: 60000 }, async () => {
  const { page, context, seen } = await pageWithTraps();
  try {
    // Big enough that the core needs more memory than the warm-up left it.
    const crashing = `FORCE-A-TRAP ${ARTICLE}\n\n`.repeat(2500);
    const { detail } = await paste(page, crashing);
    assert.equal(detail.error?.code, "WORKER_CRASHED", JSON.stringify(detail.error));
    assert.match(await status(page), /stopped unexpectedly.*Your article is still here/);
    assert.equal(await boxValue(page), crashing, "the article is still in the box");
    const next = await paste(page, ARTICLE);
    assert.equal(next.detail.error, null);
    assert.equal(next.detail.sentences, 3);
    assert.ok(next.detail.worker > detail.worker, `a new worker: ${detail.worker} -> ${next.detail.worker}`);
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

test("a request over its time budget: the worker is stopped, the article stays, the next edit works", { timeout: 60000 }, async () => {
  const { page, context, seen } = await pageWithTraps();
  try {
    await page.evaluate(() => (window.__nutgrafTimeBudgetMs = 500));
    const hanging = `FORCE-A-HANG ${ARTICLE}`;
    const { detail } = await paste(page, hanging);
    assert.equal(detail.error?.code, "TIMEOUT", JSON.stringify(detail.error));
    assert.match(await status(page), /took longer than 1 s.*Your article is still here/);
    assert.equal(await boxValue(page), hanging);
    const next = await paste(page, ARTICLE);
    assert.equal(next.detail.error, null);
    assert.ok(next.detail.worker > detail.worker);
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});
