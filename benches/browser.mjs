#!/usr/bin/env node
// A 5 MB paste on the page in Chromium (playwright-core, Debian's chromium),
// timed from the paste event to the summary on screen, as a person pastes:
// Ctrl+V from the clipboard into the text box.
//   node benches/browser.mjs [--size MB] [--runs N] [corpus dir]
// Needs `npm run build` (dist/). The text is BBC articles of the shared corpus
// joined (benches/corpus.mjs), else the seed article repeated. Prints, per run:
// paste-to-summary seconds, the worker's own time, the CPU seconds of the
// renderer processes (steadier than wall time on a busy machine), when the progress showed,
// the longest main-thread task, and the memory of the renderer processes
// (the page and its workers; RSS) before the paste, once the summary shows and after the worker that
// read the large text has been replaced: that worker's wasm memory must go.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gotoPage, launch, openPage, SEED, servePage } from "../tests/browser/browser.mjs";
import { bbcArticles, synthetic } from "./corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { size: { type: "string", default: "5" }, runs: { type: "string", default: "3" } },
});
const BYTES = Number(values.size) * 1024 * 1024;
const corpus = resolve(positionals[0] ?? join(root, "..", "shared", "corpus"));

/** About BYTES of article text. */
function bigText() {
  const articles = bbcArticles(corpus).map((a) => a.text);
  if (articles.length) return synthetic(articles, BYTES);
  const unit = readFileSync(SEED, "utf8");
  return unit.repeat(Math.ceil(BYTES / unit.length)).slice(0, BYTES);
}

/** Resident memory of the browser's renderer processes (the page and its workers), in MB (Linux /proc). */
function rendererRss() {
  const children = (p) => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, "utf8").split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  let kb = 0;
  const todo = children(process.pid);
  while (todo.length) {
    const p = todo.pop();
    try {
      const renderer = readFileSync(`/proc/${p}/cmdline`, "utf8").includes("--type=renderer");
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (renderer) kb += Number(m?.[1] ?? 0);
    } catch {
      continue;
    }
    todo.push(...children(p));
  }
  return kb / 1024;
}

/** CPU seconds used so far by the renderer processes (Chromium's SystemInfo domain). */
async function rendererCpu(cdp) {
  const { processInfo } = await cdp.send("SystemInfo.getProcessInfo");
  return processInfo.filter((p) => p.type === "renderer").reduce((sum, p) => sum + p.cpuTime, 0);
}

/** One paste of `text` in a fresh page; the figures of that run. */
async function pasteRun(browser, cdp, site, text) {
  const { page, context, seen } = await openPage(browser, site);
  try {
    await gotoPage(page, site);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.origin });
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: "longtask" });
      const progress = document.getElementById("progress");
      new MutationObserver(() => {
        if (!progress.hidden && window.__progressAt === undefined) window.__progressAt = performance.now();
      }).observe(progress, { attributes: true, attributeFilter: ["hidden"] });
      window.__done = new Promise((resolve) =>
        document.addEventListener(
          "nutgraf:rendered",
          (e) => requestAnimationFrame(() => resolve({ ...e.detail, total: performance.now() - window.__t0 })),
          { once: true },
        ),
      );
      document.getElementById("article").addEventListener("paste", () => (window.__t0 = performance.now()), { capture: true, once: true });
    });
    const before = rendererRss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rendererRss())), 100);
    const cpu0 = await rendererCpu(cdp);
    await page.locator("#article").focus();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("ControlOrMeta+V");
    const done = await page.evaluate(() => window.__done);
    const cpu = (await rendererCpu(cdp)) - cpu0;
    clearInterval(sampler);
    if (done.error) throw new Error(`the page reported ${JSON.stringify(done.error)}`);
    const progressAt = await page.evaluate(() => window.__progressAt - window.__t0);
    const longest = await page.evaluate(() => window.__longest);
    // The worker that read the large text is replaced once it is done; give the old one time to go.
    await page.waitForTimeout(1500);
    const after = rendererRss();
    if (seen.errors.length) throw new Error(seen.errors.join("; "));
    return { total: done.total / 1000, worker: done.ms / 1000, cpu, progressAt, longest, before, peak, after };
  } finally {
    await context.close();
  }
}

async function main() {
  const text = bigText();
  const site = await servePage();
  const browser = await launch();
  const cdp = await browser.newBrowserCDPSession();
  try {
    const mb = (text.length / 1e6).toFixed(1);
    console.log(`${browser.version()}: paste of ${mb} million characters (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MiB)`);
    const totals = [];
    for (let r = 0; r < Number(values.runs); r++) {
      const x = await pasteRun(browser, cdp, site, text);
      totals.push(x.total);
      console.log(
        `run ${r + 1}: paste to summary ${x.total.toFixed(2)} s (worker ${x.worker.toFixed(2)} s; renderer CPU ${x.cpu.toFixed(2)} s); ` +
          `progress after ${x.progressAt.toFixed(0)} ms; longest main-thread task ${x.longest.toFixed(0)} ms; ` +
          `renderer RSS ${x.before.toFixed(0)} MB before, ${x.peak.toFixed(0)} MB at most, ${x.after.toFixed(0)} MB after (worker replaced)`,
      );
    }
    totals.sort((a, b) => a - b);
    console.log(`median paste to summary: ${totals[Math.floor(totals.length / 2)].toFixed(2)} s`);
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exitCode = 1;
});
