#!/usr/bin/env node
// Coverage-guided fuzzing of the core (fuzz/, cargo-fuzz + libFuzzer on the
// nightly toolchain). Builds the targets once, then runs each in turn for a
// time limit, on its corpus (fuzz/corpus/TARGET, kept between runs, not in
// git) and the seeds written for it (fuzz/seeds/TARGET). A finding stops
// its target: libFuzzer writes the input to fuzz/artifacts/TARGET/ and this
// script exits non-zero.
//
//   npm run fuzz                       every target, 60 s each
//   npm run fuzz -- --time 600         ten minutes each
//   npm run fuzz -- --time 3 sentences one target
//   npm run fuzz -- --smoke            what `npm test` runs: 3 s each, from the
//                                      seeds alone (a fresh corpus, thrown away)
//
// Without nightly Rust or cargo-fuzz it says so and exits 0, except under
// CI=true, where it fails (scripts/setup.mjs installs cargo-fuzz when
// nightly is there).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cargoBin } from "./toolchain.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const fuzzDir = join(root, "fuzz");
/** The targets, in the order they run (fuzz/Cargo.toml). */
const TARGETS = ["summarize_utf8", "summarize_structured", "sentences", "furniture", "entities"];
/** Longest input libFuzzer makes: long enough for many sentences, short enough for speed. */
const MAX_LEN = 8192;

function log(msg) {
  console.error(`[fuzz] ${msg}`);
}

/** Whether nightly Rust and cargo-fuzz are both installed. */
function fuzzAvailable() {
  const nightly = spawnSync("rustup", ["run", "nightly", "rustc", "--version"], { encoding: "utf8" });
  const fuzz = spawnSync(cargoBin("cargo-fuzz"), ["--version"], { encoding: "utf8" });
  return { nightly: nightly.status === 0, cargoFuzz: fuzz.status === 0 };
}

function parseArgs(argv) {
  const args = { time: 60, targets: [], smoke: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--time") args.time = Number(argv[++i]);
    else if (argv[i] === "--smoke") [args.time, args.smoke] = [3, true];
    else if (TARGETS.includes(argv[i])) args.targets.push(argv[i]);
    else throw new Error(`unknown argument ${argv[i]}; targets: ${TARGETS.join(", ")}`);
  }
  if (!(args.time > 0)) throw new Error("--time takes seconds");
  if (!args.targets.length) args.targets = TARGETS;
  return args;
}

/** Runs one target for `seconds` (on a throw-away corpus when `smoke`); returns {target, runs, ok}. */
function runTarget(bin, target, seconds, smoke) {
  const corpus = smoke ? mkdtempSync(join(tmpdir(), `nutgraf-fuzz-${target}-`)) : join(fuzzDir, "corpus", target);
  const artifacts = join(fuzzDir, "artifacts", target);
  mkdirSync(corpus, { recursive: true });
  mkdirSync(artifacts, { recursive: true });
  const args = [
    corpus,
    join(fuzzDir, "seeds", target),
    `-max_total_time=${seconds}`,
    `-max_len=${MAX_LEN}`,
    `-artifact_prefix=${artifacts}/`,
    "-print_final_stats=1",
  ];
  const r = spawnSync(join(bin, target), args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (smoke) rmSync(corpus, { recursive: true, force: true });
  const out = `${r.stdout}${r.stderr}`;
  const runs = Number((out.match(/stat::number_of_executed_units:\s*(\d+)/) || [])[1] || 0);
  if (r.status !== 0) console.error(out.split("\n").slice(-60).join("\n"));
  return { target, runs, seconds, ok: r.status === 0 };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const have = fuzzAvailable();
  if (!have.nightly || !have.cargoFuzz) {
    const missing = [!have.nightly && "the nightly toolchain", !have.cargoFuzz && "cargo-fuzz"].filter(Boolean);
    const msg = `SKIPPED: ${missing.join(" and ")} not installed (rustup toolchain install nightly; cargo install cargo-fuzz). The seeds still run through the same checks in \`cargo test\` (tests/fuzz_seeds.rs).`;
    if (process.env.CI === "true") {
      log(`FAILED: ${msg}`);
      process.exit(1);
    }
    log(`!!! ${msg}`);
    return;
  }
  log("building the targets (cargo +nightly fuzz build -O)");
  const build = spawnSync("cargo", ["+nightly", "fuzz", "build", "-O"], { cwd: fuzzDir, stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
  const bin = join(fuzzDir, "target", "x86_64-unknown-linux-gnu", "release");
  if (!existsSync(join(bin, args.targets[0]))) throw new Error(`no fuzz binaries in ${bin}`);
  const results = [];
  for (const target of args.targets) {
    log(`${target}: ${args.time} s`);
    const r = runTarget(bin, target, args.time, args.smoke);
    log(`${target}: ${r.ok ? "ok" : "FINDING (see fuzz/artifacts)"}, ${r.runs.toLocaleString("en")} executions`);
    results.push(r);
  }
  console.log(JSON.stringify({ fuzz: results }));
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

main();
