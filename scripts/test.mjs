#!/usr/bin/env node
// Runs every test suite (what `npm test` and CI run after setup and build):
// Rust format and lints, Rust tests, a fuzz smoke run, Node tests, browser tests, the packed
// package's consumers, Python tests.
// Every step runs; the exit status is non-zero if any failed.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const STEPS = [
  ["rust format", "cargo", ["fmt", "--all", "--check"]],
  // The workspace: the library (with the `eval` feature the tests and the
  // evaluation crate turn on) and eval/; then the library as it ships.
  ["rust lints", "cargo", ["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]],
  ["rust lints (library as shipped)", "cargo", ["clippy", "-p", "nutgraf", "--lib", "--", "-D", "warnings"]],
  ["rust tests", "cargo", ["test", "--workspace", "--all-targets"]],
  ["rust doctests", "cargo", ["test", "--workspace", "--doc"]],
  // libFuzzer for a few seconds per target (needs nightly and cargo-fuzz: skipped
  // loudly without them, a failure under CI=true). The seeds also run in `rust tests`.
  ["fuzz smoke", process.execPath, ["scripts/fuzz.mjs", "--smoke"]],
  ["node tests", process.execPath, ["--test", "--test-concurrency=1", "tests/js/"]],
  ["browser tests", process.execPath, ["--test", "--test-concurrency=1", "tests/browser/"]],
  // The package as users get it: `npm pack` from a clean copy (the prepack build), installed
  // in a fresh folder, used from Node, TypeScript, four bundlers, a plain page and a worker.
  ["pack tests", process.execPath, ["--test", "--test-concurrency=1", "tests/pack/"]],
  // The wheel built into .venv/, then pytest (the Spark recipe on local[2]).
  ["python tests", process.execPath, ["scripts/python.mjs"]],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args] of STEPS) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  console.error(`\n[test] ${name}: ${cmd === process.execPath ? "node" : cmd} ${args.join(" ")}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root });
  results.push([name, r.status === 0, (Date.now() - t0) / 1000]);
}
console.error("\n[test] summary");
for (const [name, ok, secs] of results) console.error(`  ${ok ? "ok  " : "FAIL"} ${name} (${secs.toFixed(1)} s)`);
process.exit(results.every(([, ok]) => ok) ? 0 : 1);
