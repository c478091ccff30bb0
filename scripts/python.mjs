#!/usr/bin/env node
// The "python tests" step of scripts/test.mjs: builds the wheel of python/
// with maturin (release, as shipped), installs it into .venv/ (made by
// `node scripts/setup.mjs --python`) the way a user would, and runs pytest
// on python/tests/ (the Spark test included: one local[2] session).
// Extra arguments go to pytest (e.g. `-k spark`).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, ".venv", process.platform === "win32" ? "Scripts" : "bin");
const WHEELS = join(root, "target", "wheels");

function run(cmd, args) {
  console.error(`[python] $ ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { stdio: "inherit", cwd: root });
}

if (!existsSync(join(bin, "maturin"))) {
  console.error("[python] .venv/ is missing: run `node scripts/setup.mjs --python` first");
  process.exit(1);
}
run(join(bin, "maturin"), ["build", "--release", "--quiet", "-m", "python/Cargo.toml", "--out", WHEELS]);
const wheel = readdirSync(WHEELS).filter((f) => /^nutgraf-.*\.whl$/.test(f)).sort().pop();
run(join(bin, "python"), ["-m", "pip", "install", "--disable-pip-version-check", "-q", "--force-reinstall", "--no-deps", join(WHEELS, wheel)]);
run(join(bin, "python"), ["-m", "pytest", "-q", "-p", "no:cacheprovider", "python/tests", ...process.argv.slice(2)]);
