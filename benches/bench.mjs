#!/usr/bin/env node
// Speed of the built wasm in Node (`npm run bench`):
//   - median and p95 time to summarize each BBC article of the corpus;
//   - time for synthetic 1 MB and 5 MB documents (BBC articles concatenated);
//   - the CLI on the 5 MB document, end to end;
//   - sizes of the .wasm and the JS glue, raw and gzipped.
// Usage: node benches/bench.mjs [corpus dir]   (default ../shared/corpus)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { summarize } from "../js/node.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = resolve(process.argv[2] ?? join(root, "..", "shared", "corpus"));
const bbc = join(corpus, "bbc", "articles");

function bbcArticles() {
  if (!existsSync(bbc)) {
    const msg = `bench: no BBC corpus at ${bbc}`;
    if (process.env.CI === "true") throw new Error(msg);
    console.error(`!!! ${msg}: skipping the corpus timings !!!`);
    return [];
  }
  return readdirSync(bbc)
    .sort()
    .flatMap((topic) =>
      readdirSync(join(bbc, topic))
        .sort()
        .map((f) => readFileSync(join(bbc, topic, f), "utf8")),
    );
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function size(file) {
  const bytes = readFileSync(file);
  return `${(bytes.length / 1024).toFixed(1)} KB raw, ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
}

function synthetic(articles, bytes) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const a = articles[i % articles.length] ?? "A sentence about nothing in particular. ";
    parts.push(a);
    n += Buffer.byteLength(a) + 2;
  }
  return parts.join("\n\n");
}

const articles = bbcArticles();
console.log("nutgraf benchmark (wasm in Node)", process.version);
console.log(`  wasm: ${size(join(root, "pkg", "nutgraf_bg.wasm"))}`);
console.log(`  glue: ${size(join(root, "pkg", "nutgraf.js"))}`);
if (articles.length) {
  for (const a of articles.slice(0, 20)) summarize(a); // warm up
  const times = articles.map((a) => time(() => summarize(a))).sort((x, y) => x - y);
  console.log(
    `  BBC articles: n=${times.length}, median ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms, max ${times.at(-1).toFixed(1)} ms`,
  );
}
const dir = mkdtempSync(join(tmpdir(), "nutgraf-bench-"));
for (const mb of [1, 5]) {
  const text = synthetic(articles, mb * 1024 * 1024);
  const ms = time(() => summarize(text));
  console.log(`  synthetic ${mb} MB (${(Buffer.byteLength(text) / 1048576).toFixed(2)} MB): ${(ms / 1000).toFixed(2)} s in the module`);
  if (mb === 5) {
    const file = join(dir, "5mb.txt");
    writeFileSync(file, text);
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [join(root, "bin", "nutgraf.mjs"), file], { encoding: "utf8" });
    const status = r.status === 0 ? "ok" : `exit ${r.status}: ${r.stderr.trim()}`;
    console.log(`  CLI on the 5 MB file: ${((Date.now() - t0) / 1000).toFixed(2)} s end to end (${status})`);
  }
}
