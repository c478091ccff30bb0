// Builds the page into dist/:
//   main.js, style.css              www/ bundled and minified with esbuild (ESM, code splitting:
//   chunks/                         the HTML extractor and the bookmarklet's receiver are chunks
//                                   loaded only when needed)
//   worker.js                       the worker, bundled on its own (only the wasm glue)
//   nutgraf_bg.wasm                 the core, from pkg-page/ (pkg/'s build without the
//                                   per-language entity data, scripts/build.mjs)
//   nutgraf_lang_bg.wasm            the core with the loader of language data (pkg-lang/), and
//   lang/<code>.txt                 each language's entity data (pkg-page/lang/, scripts/build.mjs):
//                                   fetched only for a text in that language (www/app/runner.js,
//                                   www/app/lang.js); not in the service worker's precache list
//                                   (cached when first fetched), not counted at start
//   sw.js                           the service worker, with this build's version and file list
//   *.br, *.gz                      precompressed copies of the text and wasm files, which
//                                   scripts/serve.mjs sends to browsers that accept them
//   every other top-level file of www/ that is not JS (icons, ...) is copied as is;
//   JS sources (www/app/, www/bookmarklet/) are bundled where imported, never copied.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const www = join(root, "www");
const dist = join(root, "dist");

/** Entry points of the page (bundled); every other top-level file in www/ is copied. */
const PAGE_ENTRIES = ["main.js", "style.css"];
const WORKER = "worker.js";
const ENTRIES = [...PAGE_ENTRIES, WORKER];
/** The service worker: copied with this build's VERSION and ASSETS written in. */
const SERVICE_WORKER = "sw.js";
/** Every file under `dir`, as paths relative to it with "/" separators. */
function listFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path).map((p) => `${name}/${p}`));
    else out.push(name);
  }
  return out;
}

/** Writes dist/sw.js with the list of files to precache and a version that changes with any of them. */
function writeServiceWorker() {
  const assets = listFiles(dist)
    .filter((f) => f !== SERVICE_WORKER && !/\.(map|br|gz)$/.test(f))
    .sort();
  const hash = createHash("sha256");
  for (const f of assets) hash.update(f).update(readFileSync(join(dist, f)));
  const version = hash.digest("hex").slice(0, 12);
  let source = readFileSync(join(www, SERVICE_WORKER), "utf8");
  for (const [line, value] of [
    [/^const VERSION = .*$/m, `const VERSION = ${JSON.stringify(version)};`],
    [/^const ASSETS = .*$/m, `const ASSETS = ${JSON.stringify(["./", ...assets])};`],
  ]) {
    // A service worker left with its placeholder would cache a stale list under a fixed name.
    if (!line.test(source)) throw new Error(`www/${SERVICE_WORKER} has no line matching ${line}`);
    source = source.replace(line, value);
  }
  writeFileSync(join(dist, SERVICE_WORKER), source);
  return version;
}

export async function buildPage({ quiet = false } = {}) {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const common = {
    outdir: dist,
    bundle: true,
    format: "esm",
    minify: true,
    target: ["es2022", "chrome100", "firefox100", "safari15"],
    alias: { nutgraf: join(root, "js", "browser.mjs") },
    // An import of a name a module does not export is a broken page, not a warning.
    logOverride: { "import-is-undefined": "error" },
    logLevel: "warning",
  };
  // The page, with lazy chunks (HTML extraction, the bookmarklet's receiver).
  await build({ ...common, entryPoints: PAGE_ENTRIES.map((e) => join(www, e)), splitting: true, chunkNames: "chunks/[name]-[hash]" });
  // The worker on its own: it needs only the wasm glue, never the chunks of the page. It is told
  // which languages have data (lang/<code>.txt), to ask for the core that loads it.
  const define = { __NUTGRAF_LANG_DATA__: JSON.stringify(languagesWithData()) };
  await build({ ...common, entryPoints: [join(www, WORKER)], define });
  for (const name of readdirSync(www)) {
    const path = join(www, name);
    // JS in www/ is source: bundled where it is imported (the bookmarklet's bundle has its own build).
    if (ENTRIES.includes(name) || name === SERVICE_WORKER || name.startsWith(".") || name.endsWith(".js") || statSync(path).isDirectory()) continue;
    copyFileSync(path, join(dist, name));
  }
  copyFileSync(join(root, "pkg-page", "nutgraf_bg.wasm"), join(dist, "nutgraf_bg.wasm"));
  writeServiceWorker();
  if (languagesWithData().length) {
    copyFileSync(join(root, "pkg-lang", "nutgraf_bg.wasm"), join(dist, LANG_WASM));
    copyLanguageData(join(dist, "lang"));
  }
  compressAll();
  if (!quiet) printPageSizes();
}

/** The core that loads language data, in dist/ (loaded on demand). */
export const LANG_WASM = "nutgraf_lang_bg.wasm";
const LANG_FROM = join(root, "pkg-page", "lang");

/** The codes of the language blobs built (pkg-page/lang/, scripts/build.mjs); none without pkg-lang/. */
export function languagesWithData() {
  try {
    statSync(join(root, "pkg-lang", "nutgraf_bg.wasm"));
    return readdirSync(LANG_FROM).filter((n) => n.endsWith(".txt")).map((n) => n.slice(0, -4)).sort();
  } catch {
    return []; // not built: the page summarizes without them
  }
}

/** Copies the language blobs into `dir`. */
function copyLanguageData(dir) {
  mkdirSync(dir, { recursive: true });
  for (const code of languagesWithData()) copyFileSync(join(LANG_FROM, `${code}.txt`), join(dir, `${code}.txt`));
}

/** Files worth precompressing. */
const COMPRESSIBLE = /\.(js|mjs|wasm|css|html|svg|webmanifest|json|txt)$/;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });

/** Writes FILE.br and FILE.gz next to every compressible file of dist/. */
function compressAll() {
  // sw.js stays uncompressed: small, and the browser fetches it on every visit to look for a new build.
  for (const f of listFiles(dist).filter((f) => COMPRESSIBLE.test(f) && f !== SERVICE_WORKER)) {
    const bytes = readFileSync(join(dist, f));
    writeFileSync(join(dist, `${f}.br`), brotli(bytes));
    writeFileSync(join(dist, `${f}.gz`), gzipSync(bytes, { level: 9 }));
  }
}

/** Gzipped sizes of the page's files, and the JS + wasm totals: loaded at start, and lazy chunks. */
export function pageSizes() {
  const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  const br = (f) => brotli(readFileSync(join(dist, f))).length;
  const rows = listFiles(dist)
    .filter((f) => /\.(js|wasm|css|html)$/.test(f))
    .map((f) => ({ file: f, raw: statSync(join(dist, f)).size, gzip: gz(f), brotli: br(f) }));
  const sum = (list, key = "gzip") => list.reduce((s, r) => s + r[key], 0);
  // Not the page's: the bookmarklet's files and the browser extension (scripts/bookmarklet.mjs builds both).
  const code = rows.filter(
    (r) => /\.(js|wasm)$/.test(r.file) && !r.file.startsWith("bookmarklet") && !r.file.startsWith("extension/") && r.file !== SERVICE_WORKER,
  );
  const lazy = code.filter((r) => r.file.startsWith("chunks/") || r.file === LANG_WASM);
  return {
    rows,
    total: sum(code),
    initial: sum(code) - sum(lazy),
    lazy: sum(lazy),
    initialBrotli: sum(code, "brotli") - sum(lazy, "brotli"),
  };
}

export function printPageSizes(log = console.error) {
  const { rows, total, initial, lazy, initialBrotli } = pageSizes();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const r of rows) log(`[page] ${r.file.padEnd(34)} ${kb(r.raw).padStart(9)} raw ${kb(r.gzip).padStart(9)} gzip ${kb(r.brotli).padStart(9)} br`);
  log(`[page] JS + wasm, gzip: ${kb(total)} in all; ${kb(initial)} at start (main, worker, wasm) + ${kb(lazy)} loaded on demand (HTML extraction; ${LANG_WASM}, for a text in a language with data)`);
  log(`[page] JS + wasm at start as served (brotli): ${kb(initialBrotli)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildPage();
}
