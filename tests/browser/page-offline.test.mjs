// Coming back later: the article and the settings survive a reload, and after
// the first visit the page works with the network off (service worker).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";
import { gotoPage, nextRender, openPage, paste, renderedCount, siteAndBrowser } from "./browser.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const env = siteAndBrowser();

const ARTICLE = [
  "Glacier National Park reopened its high road on Monday after crews cleared ten metres of snow.",
  "The road crosses the mountains at the Logan Pass and is open only a few months a year.",
  "Crews started clearing the road in April with bulldozers and rotary ploughs.",
  "Park rangers asked visitors to book a time slot before driving the road in July and August.",
  "Last year more than three million people visited the park, most of them in summer.",
].join("\n\n");

test("reload keeps the article and the settings; offline reload still summarizes", async () => {
  const { page, context, seen } = await openPage(env.browser, env.site);
  try {
    await gotoPage(page, env.site);
    // The service worker takes control once it has cached the app shell.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });

    await paste(page, ARTICLE);
    let count = await renderedCount(page);
    await page.locator("input[name=unit][value=percent]").check();
    await nextRender(page, count);
    count = await renderedCount(page);
    await page.locator("#amount").fill("40");
    await nextRender(page, count);
    const summary = await page.locator("#summary li").allTextContents();
    assert.equal(summary.length, 2);
    await page.waitForTimeout(600); // saving is debounced

    await page.reload();
    await page.waitForFunction(() => window.__rendered.length > 0);
    assert.equal(await page.locator("#article").inputValue(), ARTICLE);
    assert.equal(await page.locator("input[name=unit][value=percent]").isChecked(), true);
    assert.equal(await page.locator("#amount").inputValue(), "40");
    assert.deepEqual(await page.locator("#summary li").allTextContents(), summary);

    await context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => window.__rendered.length > 0, null, { timeout: 20000 });
    assert.equal(await page.locator("#article").inputValue(), ARTICLE);
    assert.deepEqual(await page.locator("#summary li").allTextContents(), summary);
    // Still live offline: a new article is summarized.
    const { detail } = await paste(page, ARTICLE.split("\n\n").slice(0, 4).join(" "));
    assert.equal(detail.error, null);
    assert.equal(await page.locator("#summary li").count(), 2);
    assert.deepEqual(seen.foreign, []);
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

test("the service worker caches every file of the build under a versioned cache", async () => {
  const { page, context } = await openPage(env.browser, env.site);
  try {
    await gotoPage(page, env.site);
    const { keys, cached } = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const keys = await caches.keys();
      const cache = await caches.open(keys[0]);
      return { keys, cached: (await cache.keys()).map((r) => new URL(r.url).pathname) };
    });
    assert.equal(keys.length, 1);
    assert.match(keys[0], /^nutgraf-[0-9a-f]{12}$/);
    for (const f of ["/", "/main.js", "/worker.js", "/style.css", "/nutgraf_bg.wasm"]) assert.ok(cached.includes(f), f);
    assert.ok(cached.some((f) => f.startsWith("/chunks/")), "lazy chunks are cached for offline use");
  } finally {
    await context.close();
  }
});

test("a new build takes over and the page offers to reload into it", async () => {
  // A copy of dist/ on its own server, so that its sw.js can be changed.
  const dir = mkdtempSync(join(tmpdir(), "nutgraf-dist-"));
  cpSync(join(ROOT, "dist"), dir, { recursive: true });
  const server = await serve({ port: 0, quiet: true, dir });
  const copy = { url: `http://127.0.0.1:${server.address().port}/` };
  copy.origin = new URL(copy.url).origin;
  const { page, context, seen } = await openPage(env.browser, copy);
  try {
    await gotoPage(page, copy);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
      }
    });
    await page.reload(); // now controlled from the start, as on a later visit
    await page.waitForFunction(() => window.__rendered.length > 0);
    assert.equal(await page.locator("#update").isVisible(), false);
    // A new build: the same service worker with another version.
    const sw = join(dir, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(/^const VERSION = .*$/m, 'const VERSION = "000000000000";'));
    for (const stale of ["sw.js.br", "sw.js.gz"]) rmSync(join(dir, stale), { force: true });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator("#update").waitFor({ timeout: 15000 });
    // The old cache is deleted while the new worker activates.
    await page.waitForFunction(async () => (await caches.keys()).join() === "nutgraf-000000000000");
    await page.locator("#reload").click();
    await page.waitForFunction(() => window.__rendered.length > 0);
    assert.equal(await page.locator("#update").isVisible(), false);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.foreign, []);
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
});
