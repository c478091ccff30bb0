// Builds the bookmarklet's bundle into dist/bookmarklet.js (one classic
// script, an IIFE: extraction, the wasm glue, the overlay) and copies its wasm,
// the size-optimised build in pkg-small/, to dist/bookmarklet_bg.wasm (both
// with .gz and .br copies); reports what the bookmarklet loads, gzipped.
// The bookmarklet summarizes the one article on the page it is used on, inside
// someone else's page: bytes matter more there than throughput (the opt-level
// "z" build takes about 2.4 ms per article instead of 1.3).
// Called by scripts/build.mjs after the page; `node scripts/bookmarklet.mjs`
// rebuilds the bundle alone.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Budget for everything the bookmarklet loads (bundle + wasm), gzipped. */
export const BUDGET_GZIP_BYTES = 240 * 1024;
export const BUNDLE_NAME = "bookmarklet.js";
/** The bookmarklet's wasm in dist/ (www/bookmarklet/main.js loads it by this name). */
export const WASM_NAME = "bookmarklet_bg.wasm";
/** The wasm-bindgen output the bookmarklet is built from (scripts/build.mjs, profile `wasm-small`). */
const PKG = join(root, "pkg-small");

/** Writes gzip and brotli copies of `file` next to it (scripts/serve.mjs sends them). */
function precompress(file) {
  const bytes = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}

/** An esbuild plugin: the wasm glue is taken from pkg-small/ instead of pkg/. */
const smallGlue = {
  name: "small-glue",
  setup(b) {
    b.onResolve({ filter: /[\\/]pkg[\\/]nutgraf\.js$/ }, () => ({ path: join(PKG, "nutgraf.js") }));
  },
};

function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Builds dist/bookmarklet.js; returns the gzipped sizes { bundle, wasm, total }. */
export async function buildBookmarklet(distDir = join(root, "dist")) {
  const outfile = join(distDir, BUNDLE_NAME);
  await build({
    entryPoints: [join(root, "www", "bookmarklet", "main.js")],
    outfile,
    bundle: true,
    format: "iife",
    minify: true,
    target: ["es2020"],
    legalComments: "none",
    alias: { nutgraf: join(root, "js", "browser.mjs") },
    plugins: [smallGlue],
    // The wasm glue's default URL (import.meta.url) is never used: init gets the nutgraf origin's URL.
    define: { "import.meta.url": '"about:blank"' },
    logLevel: "warning",
  });
  const wasm = join(distDir, WASM_NAME);
  copyFileSync(join(PKG, "nutgraf_bg.wasm"), wasm);
  // Precompressed copies, as scripts/page.mjs makes for the page's files.
  precompress(outfile);
  precompress(wasm);
  const sizes = { bundle: gzipSize(outfile), wasm: gzipSize(wasm) };
  sizes.total = sizes.bundle + sizes.wasm;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const over = sizes.total > BUDGET_GZIP_BYTES ? `  OVER the ${kb(BUDGET_GZIP_BYTES)} budget` : "";
  console.error(
    `[build] dist/${BUNDLE_NAME}: ${kb(sizes.bundle)} gzip; with the wasm the bookmarklet loads ${kb(sizes.total)} gzip${over}`,
  );
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBookmarklet();
}
