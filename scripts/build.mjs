#!/usr/bin/env node
// Builds everything the npm package, the CLI, the page and the bookmarklet need
// (`--package`: only what the npm package ships, pkg/ and js/vendor/; `npm pack` runs that):
//   js/vendor/                             (Readability and linkedom as ES modules, scripts/vendor.mjs)
//   pkg/nutgraf.js + pkg/nutgraf_bg.wasm  (cargo profile `wasm`, rustc opt-level 3: for speed;
//                                          wasm-bindgen --target web, wasm-opt -Oz)
//   pkg-page/                              (the same without the entity data of `ner-shipped`: the page's copy)
//   pkg-lang/                              (pkg-page/ with the loader of language data, feature `lang-load`:
//                                          the page's copy for a text in a language with data)
//   pkg-small/                             (profile `wasm-small`, opt-level "z": the bookmarklet's
//                                          copy, for size; same glue, same results)
//   pkg-page/lang/<code>.txt               (the entity data of each `ner-shipped` language, one blob
//                                          each, for the builds without it to load on demand:
//                                          examples/lang_data.rs writes the compiled-in data out)
//   dist/                                  (the page, bundled with esbuild, and the bookmarklet;
//                                          dist/lang/ holds the blobs)
//   dist/extension/, dist/nutgraf-extension.zip  (the browser extension, from the bookmarklet's modules)
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cargoBin } from "./toolchain.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** The cargo profiles (Cargo.toml) and where wasm-bindgen writes each build. */
export const BUILDS = [
  // pkg/'s glue can replace a trapped instance (`__wbg_reset_state`, js/recover.mjs).
  // The npm package (Node, bundlers) has no download budget: it carries the
  // entity data of the languages in Cargo's `ner-shipped` (Cargo.toml).
  // `lang-load`: a language's data can be loaded at run time (`loadLanguage`, Cargo.toml).
  { profile: "wasm", dir: "pkg", glue: ["--experimental-reset-state-function"], features: ["ner-shipped", "lang-load", "speed", "json"] },
  // The page's copy: the same build without that data and without the loader (its budget at
  // start, tests/js/size.test.mjs), with the Vietnamese name rules (code, 1.5 KB gzipped: the
  // bookmarklet's pkg-small/ has no room for them).
  { profile: "wasm", dir: "pkg-page", glue: ["--experimental-reset-state-function"], features: ["ner-vi", "speed"] },
  // The page's copy for a text in a language with data (dist/nutgraf_lang_bg.wasm, fetched only
  // then, www/app/runner.js): with the loader, which fetches lang/<code>.txt (www/app/lang.js).
  { profile: "wasm", dir: "pkg-lang", glue: ["--experimental-reset-state-function"], features: ["lang-load", "ner-vi", "speed"] },
  // The bookmarklet's and the extension's: no data and no loader (its budget has no room for the
  // code that reads the data; the bookmarklet fetches pkg-lang/'s core for a text that needs it:
  // README, "Language data on demand").
  { profile: "wasm-small", dir: "pkg-small", glue: [], features: [] },
];
const TARGET = "wasm32-unknown-unknown";

function run(cmd, args) {
  execFileSync(cmd, args, { stdio: "inherit", cwd: root });
}

/** wasm-opt's arguments for pkg/nutgraf_bg.wasm (scripts/wasm_size.mjs repeats them, with -g). */
export const WASM_OPT_ARGS = [
  "-Oz",
  // Repeat -Oz until it stops shrinking the module (about 4 s more, ~0.4 KB smaller gzipped).
  "--converge",
  // No inlining of functions with one caller: LLVM (opt-level z) has already
  // inlined what pays; binaryen's extra inlining makes the module 1% smaller
  // raw but 6% (10.6 KB) larger gzipped, as inlined copies compress worse.
  "--skip-pass=inlining-optimizing",
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
  // Custom sections no browser reads (about 250 B).
  "--strip-debug",
  "--strip-producers",
  "--strip-target-features",
];

/** The linker's output for a cargo profile (honours CARGO_TARGET_DIR, like cargo). */
export function linkedWasm(profile = BUILDS[0].profile) {
  const target = process.env.CARGO_TARGET_DIR || join(root, "target");
  return join(target, TARGET, profile, "nutgraf.wasm");
}

function buildWasm({ profile, dir, glue, features }) {
  const cargoFeatures = features.length ? ["--features", features.join(",")] : [];
  run("cargo", ["build", "--lib", "--target", TARGET, "--profile", profile, ...cargoFeatures]);
  mkdirSync(join(root, dir), { recursive: true });
  run(cargoBin("wasm-bindgen"), ["--target", "web", ...glue, "--out-dir", dir, "--out-name", "nutgraf", linkedWasm(profile)]);
  const wasm = join(root, dir, "nutgraf_bg.wasm");
  run(join(root, "node_modules", ".bin", "wasm-opt"), [...WASM_OPT_ARGS, wasm, "-o", wasm]);
}

/** Where the language blobs are written, for the page to copy (the bookmarklet fetches the page's). */
export const LANG_DIR = join(root, "pkg-page", "lang");

/**
 * Writes one blob per language of Cargo's `ner-shipped` into LANG_DIR (examples/lang_data.rs, a
 * native build: the blobs come from the compiled-in statics, so regenerated data flows through).
 */
function buildLanguageData() {
  rmSync(LANG_DIR, { recursive: true, force: true });
  run("cargo", ["run", "--quiet", "--example", "lang_data", "--features", "ner-shipped", "--", LANG_DIR]);
}

/** Raw and gzipped size of a file, for the build log and the README. */
export function sizes(file) {
  const bytes = readFileSync(file);
  return { raw: statSync(file).size, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The page into dist/, then the bookmarklet's bundle and its wasm next to it, then the extension. */
async function buildPageAndBookmarklet() {
  const { buildPage } = await import("./page.mjs");
  const { buildBookmarklet, buildExtension } = await import("./bookmarklet.mjs");
  await buildPage();
  await buildBookmarklet(join(root, "dist"));
  await buildExtension(join(root, "dist"));
}

// Run when executed (not when scripts/wasm_size.mjs imports WASM_OPT_ARGS), symlinked paths included.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  const packageOnly = process.argv.includes("--package");
  const { buildVendor } = await import("./vendor.mjs");
  await buildVendor();
  const builds = packageOnly ? BUILDS.filter(({ dir }) => dir === "pkg") : BUILDS;
  builds.forEach(buildWasm);
  if (!packageOnly) {
    buildLanguageData();
    await buildPageAndBookmarklet();
  }
  for (const { dir } of builds) {
    const w = sizes(join(root, dir, "nutgraf_bg.wasm"));
    console.error(`[build] ${dir}/nutgraf_bg.wasm: ${(w.raw / 1024).toFixed(1)} KB raw, ${(w.gzip / 1024).toFixed(1)} KB gzip`);
  }
  if (!packageOnly) {
    for (const name of readdirSync(LANG_DIR).sort()) {
      const l = sizes(join(LANG_DIR, name));
      console.error(`[build] lang/${name}: ${(l.raw / 1024).toFixed(1)} KB raw, ${(l.gzip / 1024).toFixed(1)} KB gzip (loaded on demand)`);
    }
  }
  console.error("[build] breakdown by crate/module: node scripts/wasm_size.mjs");
}
