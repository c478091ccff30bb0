#!/usr/bin/env node
// Times the wasm module in a fresh Node process, for benches/bench.mjs and
// benches/opt_levels.mjs; prints one JSON object.
//   node benches/module.mjs [--pkg DIR] [--corpus DIR] [--sample K] [--sizes B,B,...]
// --pkg: the wasm-bindgen output to load (default pkg/); --sample K: every
// K-th BBC article (default 1: all); --sizes: synthetic documents of these
// many bytes (benches/corpus.mjs), each summarized once, small ones repeated
// to about 1 MB of text. Output: {"articles", "median", "p95" (wall ms per
// BBC article), "cpuMedian", "cpuP95" (the same in CPU time of the process,
// steadier on a busy machine), "sizes": [{"bytes", "seconds",
// "cpuSeconds"}] (per document)}.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { bbcArticles, quantile, synthetic, time } from "./corpus.mjs";
import { summarizeWith } from "../js/result.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    pkg: { type: "string", default: join(root, "pkg") },
    corpus: { type: "string", default: join(root, "..", "shared", "corpus") },
    sample: { type: "string", default: "1" },
    sizes: { type: "string", default: "" },
    cold: { type: "string", default: "" },
  },
});
const OPTIONS = { sentences: 3 };

const pkg = resolve(values.pkg);
const wasm = await import(pathToFileURL(join(pkg, "nutgraf.js")).href);
wasm.initSync({ module: readFileSync(join(pkg, "nutgraf_bg.wasm")) });
/** The JS API's summarize (js/core.mjs) over the glue of --pkg. */
const summarize = wasm.summarizePacked ? (text, options) => summarizeWith(wasm, text, options) : wasm.summarize;

const articles = bbcArticles(values.corpus).map((a) => a.text);

/** Seconds and CPU seconds of one call on `text`. */
function once(text) {
  const before = process.cpuUsage();
  const ms = time(() => summarize(text, OPTIONS));
  const { user, system } = process.cpuUsage(before);
  return { bytes: Buffer.byteLength(text), seconds: ms / 1000, cpuSeconds: (user + system) / 1e6 };
}
const cold = values.cold ? once(synthetic(articles, Number(values.cold))) : null;
const sample = articles.filter((_, i) => i % Number(values.sample) === 0);
for (const a of sample.slice(0, 20)) summarize(a, OPTIONS); // warm up
const wall = [];
const cpu = [];
for (const a of sample) {
  const before = process.cpuUsage();
  wall.push(time(() => summarize(a, OPTIONS)));
  const { user, system } = process.cpuUsage(before);
  cpu.push((user + system) / 1000);
}
const [times, cpuTimes] = [wall, cpu].map((t) => t.sort((x, y) => x - y));

const sizes = values.sizes
  .split(",")
  .filter(Boolean)
  .map((b) => {
    const text = synthetic(articles, Number(b));
    const reps = Math.max(1, Math.floor(1048576 / text.length));
    let ms = 0;
    const before = process.cpuUsage();
    for (let i = 0; i < reps; i++) ms += time(() => summarize(text, OPTIONS));
    const { user, system } = process.cpuUsage(before);
    return { bytes: Buffer.byteLength(text), seconds: ms / reps / 1000, cpuSeconds: (user + system) / reps / 1e6 };
  });
const q = (t, p) => quantile(t, p) ?? null;
console.log(
  JSON.stringify({
    articles: times.length,
    median: q(times, 0.5),
    p95: q(times, 0.95),
    cpuMedian: q(cpuTimes, 0.5),
    cpuP95: q(cpuTimes, 0.95),
    sizes,
    cold,
  }),
);
