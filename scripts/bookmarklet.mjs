// Builds the bookmarklet's bundle into dist/bookmarklet.js (one classic
// script, an IIFE: extraction, the wasm glue, the overlay; with .gz and .br
// copies) and reports what the bookmarklet loads, gzipped: the bundle plus
// dist/nutgraf_bg.wasm.
// Called by scripts/build.mjs; `node scripts/bookmarklet.mjs` builds it alone.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Budget for everything the bookmarklet loads (bundle + wasm), gzipped. */
export const BUDGET_GZIP_BYTES = 240 * 1024;
export const BUNDLE_NAME = "bookmarklet.js";

function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Builds dist/bookmarklet.js; returns the gzipped sizes { bundle, wasm, total }. */
export async function buildBookmarklet(distDir = join(root, "dist")) {
  const outfile = join(distDir, BUNDLE_NAME);
  await build({
    entryPoints: [join(root, "www", "bookmarklet-main.js")],
    outfile,
    bundle: true,
    format: "iife",
    minify: true,
    target: ["es2020"],
    legalComments: "none",
    alias: { nutgraf: join(root, "js", "browser.mjs") },
    // The wasm glue's default URL (import.meta.url) is never used: init gets the nutgraf origin's URL.
    define: { "import.meta.url": '"about:blank"' },
    logLevel: "warning",
  });
  // Precompressed copies, as scripts/page.mjs makes for the page's files (serve.mjs sends them).
  const bytes = readFileSync(outfile);
  writeFileSync(`${outfile}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${outfile}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  const wasmFile = join(distDir, "nutgraf_bg.wasm");
  const sizes = { bundle: gzipSize(outfile), wasm: existsSync(wasmFile) ? gzipSize(wasmFile) : 0 };
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
