#!/usr/bin/env node
// The wasm opt-level study (`node benches/opt_levels.mjs [--quick] [corpus dir]`):
// builds the wasm with rustc opt-level "z" (today's [profile.wasm]), "s" and 3,
// each through the same wasm-bindgen and wasm-opt steps as scripts/build.mjs
// (and opt-level 3 once more with wasm-opt -O3 instead of -Oz), then prints,
// for each, the .wasm size raw and gzip -9, the median and p95 time per BBC
// article in Node, and the time for a 5 MB document.
// Each build goes to target/opt-study/<name>/ (its own CARGO_TARGET_DIR, so
// target/ and pkg/ are left alone); the first run takes a few minutes a build.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { WASM_OPT_ARGS } from "../scripts/build.mjs";
import { cargoBin } from "../scripts/toolchain.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET = "wasm32-unknown-unknown";

/** The variants: rustc opt-level, and wasm-opt's arguments. */
const VARIANTS = [
  { name: "z", opt: "z", wasmOpt: WASM_OPT_ARGS },
  { name: "s", opt: "s", wasmOpt: WASM_OPT_ARGS },
  { name: "3", opt: "3", wasmOpt: WASM_OPT_ARGS },
  {
    name: "3, wasm-opt -O3",
    dir: "3",
    opt: "3",
    wasmOpt: WASM_OPT_ARGS.map((a) => (a === "-Oz" ? "-O3" : a)).filter((a) => a !== "--skip-pass=inlining-optimizing"),
    out: "pkg-O3",
  },
];

function build(v) {
  const targetDir = join(root, "target", "opt-study", v.dir ?? v.name);
  const pkg = join(targetDir, v.out ?? "pkg");
  const env = { ...process.env, CARGO_TARGET_DIR: targetDir, CARGO_PROFILE_WASM_OPT_LEVEL: v.opt };
  const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "ignore", "inherit"], cwd: root, env });
  run("cargo", ["build", "--quiet", "--lib", "--target", TARGET, "--profile", "wasm"]);
  mkdirSync(pkg, { recursive: true });
  run(cargoBin("wasm-bindgen"), ["--target", "web", "--out-dir", pkg, "--out-name", "nutgraf", join(targetDir, TARGET, "wasm", "nutgraf.wasm")]);
  const wasm = join(pkg, "nutgraf_bg.wasm");
  run(join(root, "node_modules", ".bin", "wasm-opt"), [...v.wasmOpt, wasm, "-o", wasm]);
  return pkg;
}

/** Times one build in a fresh Node process (benches/module.mjs). */
function measure(pkg, corpus, quick) {
  const args = ["--pkg", pkg, "--corpus", corpus, "--sample", quick ? "4" : "1", "--sizes", String(5 * 1024 * 1024)];
  const r = spawnSync(process.execPath, [join(root, "benches", "module.mjs"), ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) throw new Error(`timing ${pkg} failed`);
  const { cpuMedian, cpuP95, sizes } = JSON.parse(r.stdout);
  if (cpuMedian === null) throw new Error(`no BBC corpus at ${corpus}`);
  return { median: cpuMedian, p95: cpuP95, big: sizes[0].cpuSeconds };
}

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const corpus = args.find((a) => !a.startsWith("--")) ?? join(root, "..", "shared", "corpus");
const rows = [];
for (const v of VARIANTS) {
  console.error(`[opt-study] building opt-level ${v.name}`);
  const pkg = build(v);
  const bytes = readFileSync(join(pkg, "nutgraf_bg.wasm"));
  rows.push({ v, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, ...measure(pkg, corpus, quick) });
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`wasm opt-level study, Node ${process.version}${quick ? " (--quick)" : ""}`);
console.log("(times: CPU time of the process, steadier than wall clock on a busy machine)\n");
console.log("| opt-level | wasm raw | wasm gzip | BBC article median / p95 | 5 MB |");
console.log("|---|---|---|---|---|");
for (const r of rows) {
  console.log(`| ${r.v.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.median.toFixed(2)} / ${r.p95.toFixed(2)} ms | ${r.big.toFixed(2)} s |`);
}
