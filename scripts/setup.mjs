#!/usr/bin/env node
// Idempotent setup for `npm start` and `npm test`: installs only what is
// missing, so it takes seconds once everything is present.
//   - the wasm32 target (rustup)
//   - wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock
//   - cargo-fuzz, when the nightly toolchain is there (for scripts/fuzz.mjs)
//   - node modules (npm ci) when node_modules is missing or stale
//   - with --browser: Debian's chromium for the browser tests
//   - with --python: a virtual environment in .venv/ with python/requirements-dev.txt
//     (maturin, pytest, pyspark…) for the Python tests, and Java 17 for Spark
// Uses only Node built-ins: it runs before node_modules exists.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cargoBin } from "./toolchain.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const WASM_TARGET = "wasm32-unknown-unknown";
const CHROMIUM = "/usr/bin/chromium";

function log(msg) {
  console.error(`[setup] ${msg}`);
}

function output(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return r.status === 0 ? r.stdout : null;
}

function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { stdio: "inherit", cwd: root, ...opts });
}

function ensureWasmTarget() {
  const installed = output("rustup", ["target", "list", "--installed"]) || "";
  if (installed.split("\n").includes(WASM_TARGET)) return;
  run("rustup", ["target", "add", WASM_TARGET]);
}

/** The wasm-bindgen crate version pinned in Cargo.lock. */
export function lockedWasmBindgenVersion() {
  const lock = readFileSync(join(root, "Cargo.lock"), "utf8");
  const m = lock.match(/name = "wasm-bindgen"\nversion = "([^"]+)"/);
  if (!m) throw new Error("Cargo.lock has no wasm-bindgen package");
  return m[1];
}

function ensureWasmBindgen() {
  const want = lockedWasmBindgenVersion();
  const have = output(cargoBin("wasm-bindgen"), ["--version"]) || "";
  if (have.trim() === `wasm-bindgen ${want}`) return;
  log(`installing wasm-bindgen-cli ${want} (takes a few minutes, once)`);
  run("cargo", ["install", "wasm-bindgen-cli", "--version", want]);
}

/**
 * cargo-fuzz for `npm run fuzz` and the fuzz smoke step of the tests, when the nightly
 * toolchain is there (it cannot be installed offline; scripts/fuzz.mjs says so loudly).
 */
function ensureCargoFuzz() {
  if (output("rustup", ["run", "nightly", "rustc", "--version"]) === null) {
    log("!!! no nightly Rust toolchain: fuzzing (npm run fuzz, the fuzz smoke test) will be skipped");
    return;
  }
  if (output(cargoBin("cargo-fuzz"), ["--version"]) !== null) return;
  log("installing cargo-fuzz (about a minute, once)");
  run("cargo", ["install", "cargo-fuzz", "--locked"]);
}

function ensureNodeModules() {
  const marker = join(root, "node_modules", ".package-lock.json");
  const lock = join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

/** Installs a Debian package (as root, or with sudo -n), updating the lists if needed. */
function aptInstall(pkg) {
  const asRoot = process.getuid && process.getuid() === 0;
  const sudo = asRoot ? [] : ["sudo", "-n"];
  const apt = (args) => run(sudo[0] || "apt-get", sudo.length ? [...sudo.slice(1), "apt-get", ...args] : args, {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  try {
    apt(["install", "-y", "--no-install-recommends", pkg]);
  } catch {
    apt(["update"]);
    apt(["install", "-y", "--no-install-recommends", pkg]);
  }
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  aptInstall("chromium");
}

const VENV = join(root, ".venv");
const PY_REQUIREMENTS = join(root, "python", "requirements-dev.txt");

/** The virtual environment's interpreter. */
function venvPython() {
  return join(VENV, process.platform === "win32" ? "Scripts/python.exe" : "bin/python");
}

/**
 * .venv/ with python/requirements-dev.txt: created when missing, reinstalled
 * when the requirements change (a copy of them in .venv/ marks what is
 * installed). Needs Python 3.10 or later (pyspark 4).
 */
function ensurePythonEnv() {
  const want = readFileSync(PY_REQUIREMENTS, "utf8");
  const marker = join(VENV, "nutgraf-requirements.txt");
  if (existsSync(marker) && readFileSync(marker, "utf8") === want) return;
  if (!existsSync(venvPython())) {
    const python = ["python3", "python"].find((p) =>
      output(p, ["-c", "import sys; assert sys.version_info >= (3, 10)"]) !== null);
    if (!python) throw new Error("the Python tests need Python 3.10 or later (python3) with venv");
    run(python, ["-m", "venv", VENV]);
  }
  log("installing the Python test requirements into .venv/ (pyspark is large: once)");
  run(venvPython(), ["-m", "pip", "install", "--disable-pip-version-check", "-q", "-r", PY_REQUIREMENTS]);
  writeFileSync(marker, want);
}

/** Java 17 or later for Spark (pyspark 4). */
function ensureJava() {
  const version = spawnSync("java", ["-version"], { encoding: "utf8" });
  const m = version.status === 0 && (version.stderr || "").match(/version "(\d+)/);
  if (m && Number(m[1]) >= 17) return;
  aptInstall("openjdk-17-jre-headless");
}

const t0 = Date.now();
ensureWasmTarget();
ensureWasmBindgen();
ensureCargoFuzz();
ensureNodeModules();
if (process.argv.includes("--browser")) ensureChromium();
if (process.argv.includes("--python")) {
  ensurePythonEnv();
  ensureJava();
}
log(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
