// A 5 MB paste: a progress indication at once, the page stays responsive while
// the worker summarizes, the summary arrives, and the worker that held the large
// article is replaced. A newer edit supersedes a run in progress.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { gotoPage, openPage, screenshotPath, SEED, siteAndBrowser } from "./browser.mjs";

const env = siteAndBrowser();

const SIZE = 5 * 1024 * 1024;

/** ~5 MB of article text: the seed article over and over when present, else generated sentences. */
function bigText() {
  let unit;
  if (existsSync(SEED)) unit = readFileSync(SEED, "utf8");
  else {
    const towns = ["Riverside", "Northgate", "Lakeside", "Hillview", "Eastport"];
    unit = towns.map((t, i) => `The council of ${t} voted on ${i + 2} March to build a new library and ${i + 3} parks.`).join("\n\n");
  }
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

/** Pastes `text` on the page outside the fields (it replaces the article); resolves to the render event's detail. */
function pasteOnPage(page, text) {
  return page.evaluate((value) => {
    const done = new Promise((resolve) => document.addEventListener("nutgraf:rendered", (e) => resolve(e.detail), { once: true }));
    const clipboardData = new DataTransfer();
    clipboardData.setData("text/plain", value);
    document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
    return done;
  }, text);
}

test("a 5 MB paste: progress shows at once, input is handled within 100 ms, the summary arrives, the worker is replaced", async () => {
  const { page, context, seen } = await openPage(env.browser, env.site);
  try {
    await gotoPage(page, env.site);
    const text = bigText();
    await page.evaluate(() => {
      window.__lags = [];
      document.getElementById("url").addEventListener("input", (e) => {
        window.__lags.push({ lag: performance.now() - e.timeStamp, busy: document.body.dataset.busy });
      });
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: "longtask" });
      // When the progress bar first shows, and what the note says then.
      const progress = document.getElementById("progress");
      new MutationObserver(() => {
        if (!progress.hidden && window.__progressAt === undefined) {
          window.__progressAt = performance.now();
          window.__progressNote = document.getElementById("busy-note").textContent;
        }
      }).observe(progress, { attributes: true, attributeFilter: ["hidden"] });
    });
    // A real paste (Ctrl+V) from the clipboard into the text box.
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.origin });
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.evaluate(() => {
      window.__done = new Promise((resolve) =>
        document.addEventListener("nutgraf:rendered", (e) => resolve({ ...e.detail, total: performance.now() - window.__t0 }), { once: true }),
      );
      document.getElementById("article").addEventListener("paste", () => (window.__t0 = performance.now()), { capture: true, once: true });
    });
    const t0 = Date.now();
    await page.locator("#article").focus();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("ControlOrMeta+V");
    await page.waitForFunction(() => document.body.dataset.busy === "true");
    // A large article shows its progress at once: the bar, and a note saying what is being read.
    const shown = await page.evaluate(() => ({ at: window.__progressAt - window.__t0, note: window.__progressNote }));
    assert.ok(shown.at >= 0, "the progress bar showed");
    assert.match(shown.note, /^Reading 5\.\d million characters… You can keep working meanwhile\.$/);
    assert.equal(await page.locator("#progress").isVisible(), true);

    // Type while the worker runs; each keystroke's input event must be handled quickly.
    await page.locator("#url").focus();
    await page.keyboard.type("https://ex", { delay: 20 });
    // The note counts the seconds while the run goes on.
    await page.waitForFunction(() => document.body.dataset.busy !== "true" || / \d+ s so far\. /.test(document.getElementById("busy-note").textContent), null, {
      timeout: 10000,
    });
    if (await page.evaluate(() => document.body.dataset.busy === "true")) {
      await page.screenshot({ path: screenshotPath("page-large-busy.png") });
    }
    const lags = await page.evaluate(() => window.__lags);
    const during = lags.filter((l) => l.busy === "true");
    assert.ok(during.length > 0, "keystrokes landed while the summary was being computed");
    const worst = Math.max(...during.map((l) => l.lag));
    console.log(`5 MB paste: worst input-event delay while summarizing ${worst.toFixed(1)} ms over ${during.length} keystrokes`);
    assert.ok(worst < 100, `input handled within 100 ms (worst ${worst.toFixed(1)} ms)`);

    const done = await page.evaluate(() => window.__done);
    assert.equal(done.error, null);
    assert.equal(done.sentences, 3);
    assert.equal(await page.locator("#summary li").count(), 3);
    assert.ok(shown.at < done.total, "the progress showed before the summary");
    assert.equal(await page.locator("#progress").isVisible(), false, "and went with it");
    const longest = await page.evaluate(() => window.__longest);
    console.log(
      `5 MB paste-to-summary: ${done.total.toFixed(0)} ms in the page (worker ${done.ms.toFixed(0)} ms; ${Date.now() - t0} ms seen by the test); ` +
        `progress shown after ${shown.at.toFixed(0)} ms; longest main-thread task ${longest.toFixed(0)} ms`,
    );
    assert.match(await page.locator("#stat-article").textContent(), /\d{3},\d{3} words/);
    // Too long for the text box: summarized in full, shown in part; the highlighted view shows excerpts.
    assert.equal(await page.locator("#large").isVisible(), true);
    assert.equal(await page.locator("#article").isVisible(), false);
    await page.locator("#summary li").first().click();
    await page.locator("#fulltext .sent.current").waitFor();
    assert.equal(await page.locator("#fulltext .sent").count(), 3);
    assert.ok((await page.locator("#fulltext").textContent()).length < 20000);

    // Too large for localStorage: what the page kept is a note that says so.
    const stored = await page.evaluate(() => localStorage.getItem("nutgraf.article"));
    assert.deepEqual(JSON.parse(stored), { text: "", source: null, tooLarge: true });

    // The worker that read 5 MB is gone with its memory: the next summary comes from a fresh one.
    const small = await pasteOnPage(page, "The ferry runs twice a day in winter. The island has a school and a shop. Boats leave at dawn.");
    assert.equal(small.error, null);
    assert.equal(small.sentences, 3);
    assert.ok(small.worker > done.worker, `worker ${small.worker} after worker ${done.worker}`);

    // After a reload with that note (the small paste has replaced it meanwhile), the page says so instead of showing nothing.
    await page.waitForFunction((note) => localStorage.getItem("nutgraf.article") !== note, stored);
    await page.evaluate((note) => localStorage.setItem("nutgraf.article", note), stored);
    await page.reload();
    await page.waitForFunction(() => /too large to keep/.test(document.getElementById("load-status").textContent));
    assert.equal(await page.locator("#article").inputValue(), "");
    assert.deepEqual(seen.foreign, []);
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

test("a newer edit wins over a 5 MB run still in progress", async () => {
  const { page, context } = await openPage(env.browser, env.site);
  try {
    await gotoPage(page, env.site);
    const text = bigText();
    const small = "The ferry to the island runs twice a day in winter. The island has a school and a shop. Fishing boats leave the harbour at dawn.";
    const rendered = await page.evaluate(
      async ({ big, small }) => {
        const seen = [];
        document.addEventListener("nutgraf:rendered", (e) => seen.push(e.detail));
        const pasteInto = (target, text) => {
          const clipboardData = new DataTransfer();
          clipboardData.setData("text/plain", text);
          target.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
        };
        pasteInto(document.getElementById("article"), big);
        await new Promise((r) => setTimeout(r, 50));
        if (document.body.dataset.busy !== "true") throw new Error("the 5 MB run should still be going");
        pasteInto(document.body, small); // a paste outside the fields replaces the article
        await new Promise((r) => document.addEventListener("nutgraf:rendered", r, { once: true }));
        await new Promise((r) => setTimeout(r, 500));
        return seen;
      },
      { big: text, small },
    );
    assert.equal(rendered.length, 1, "only the newest request is rendered");
    const items = await page.locator("#summary li").allTextContents();
    assert.ok(items.length > 0);
    for (const s of items) assert.ok(small.includes(s), s);
    assert.equal(await page.locator("#article").inputValue(), small);
    assert.equal(await page.locator("#large").isVisible(), false);
  } finally {
    await context.close();
  }
});
