// Builds the bookmarklet's bundle into dist/bookmarklet.js (one classic
// script, an IIFE: extraction, the wasm glue, the overlay, and the wasm itself,
// the size-optimised build in pkg-small/, deflated and in base64: a classic
// script loads from any static host without CORS, where a fetch of a .wasm
// file from the article page's origin needs Access-Control-Allow-Origin), with
// .gz and .br copies; reports what the bookmarklet loads, gzipped. The wasm
// deflated first costs little: the bundle gzips to about what the bundle and
// the .wasm file did apart (231.4 KB against 231.1 KB, 2026-12-04).
// dist/bookmarklet-lang.js: what the bookmarklet loads only for a text in a
// language with data (www/bookmarklet/lang.js: the glue of the page's core
// that loads data, pkg-lang/; it fetches that core, dist/nutgraf_lang_bg.wasm,
// and dist/lang/<code>.txt, which scripts/page.mjs puts there).
// `buildExtension` builds the browser extension from the same modules and the
// same wasm: dist/extension/ (unpacked) and dist/nutgraf-extension.zip.
// The bookmarklet summarizes the one article on the page it is used on, inside
// someone else's page: bytes matter more there than throughput (the opt-level
// "z" build takes about 2.4 ms per article instead of 1.3).
// Called by scripts/build.mjs after the page; `node scripts/bookmarklet.mjs`
// rebuilds the bundle alone.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { brotliCompressSync, constants, deflateRawSync, gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { zipSync } from "fflate";
import { languagesWithData } from "./page.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Budget for everything the bookmarklet loads (its bundle, the wasm inside), gzipped. */
export const BUDGET_GZIP_BYTES = 240 * 1024;
export const BUNDLE_NAME = "bookmarklet.js";
/** The script the bookmarklet loads for a text in a language with data (not counted in its budget). */
export const LANG_BUNDLE_NAME = "bookmarklet-lang.js";
/** The wasm-bindgen output the bookmarklet is built from (scripts/build.mjs, profile `wasm-small`). */
const PKG = join(root, "pkg-small");
/** The glue of the page's core that loads language data (scripts/build.mjs), for bookmarklet-lang.js. */
const PKG_LANG = join(root, "pkg-lang");

/** Writes gzip and brotli copies of `file` next to it (scripts/serve.mjs sends them). */
function precompress(file) {
  const bytes = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}

/** An esbuild plugin: the wasm glue is taken from `dir` (pkg-small/, pkg-lang/) instead of pkg/. */
function glueFrom(dir) {
  return {
    name: "glue-from",
    setup(b) {
      b.onResolve({ filter: /[\\/]pkg[\\/]nutgraf\.js$/ }, () => ({ path: join(dir, "nutgraf.js") }));
    },
  };
}

/**
 * An esbuild plugin: `import WASM from "nutgraf:bookmarklet-wasm"` is pkg-small's wasm,
 * deflated (raw, level 9) and in base64 (www/bookmarklet/main.js inflates it).
 */
const inlineWasm = {
  name: "inline-wasm",
  setup(b) {
    b.onResolve({ filter: /^nutgraf:bookmarklet-wasm$/ }, (args) => ({ path: args.path, namespace: "inline-wasm" }));
    b.onLoad({ filter: /.*/, namespace: "inline-wasm" }, () => {
      const deflated = deflateRawSync(readFileSync(join(PKG, "nutgraf_bg.wasm")), { level: 9 });
      return { contents: `export default ${JSON.stringify(deflated.toString("base64"))};`, loader: "js" };
    });
  },
};

function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Bundles `entry` (under www/) into one classic script, `outfile`, with the glue of `pkg` (the small wasm's). */
function bundle(entry, outfile, pkg = PKG) {
  return build({
    entryPoints: [join(root, "www", entry)],
    outfile,
    bundle: true,
    format: "iife",
    minify: true,
    target: ["es2020"],
    legalComments: "none",
    alias: { nutgraf: join(root, "js", "browser.mjs") },
    plugins: [glueFrom(pkg), inlineWasm],
    // The wasm glue's default URL (import.meta.url) is never used: init is always given the wasm's URL.
    // The languages with data in lang/ (main.js loads bookmarklet-lang.js for them).
    define: { "import.meta.url": '"about:blank"', __NUTGRAF_LANG_DATA__: JSON.stringify(languagesWithData()) },
    logLevel: "warning",
  });
}

/**
 * Builds dist/bookmarklet.js, and dist/bookmarklet-lang.js when there is language data; returns
 * their gzipped sizes { total } (all the bookmarklet loads for most texts) and { lang } (0 without).
 */
export async function buildBookmarklet(distDir = join(root, "dist")) {
  const outfile = join(distDir, BUNDLE_NAME);
  await bundle(join("bookmarklet", "main.js"), outfile);
  // Precompressed copies, as scripts/page.mjs makes for the page's files.
  precompress(outfile);
  const sizes = { total: gzipSize(outfile), lang: 0 };
  const langFile = join(distDir, LANG_BUNDLE_NAME);
  rmSync(langFile, { force: true });
  if (languagesWithData().length) {
    await bundle(join("bookmarklet", "lang.js"), langFile, PKG_LANG);
    precompress(langFile);
    sizes.lang = gzipSize(langFile);
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const over = sizes.total > BUDGET_GZIP_BYTES ? `  OVER the ${kb(BUDGET_GZIP_BYTES)} budget` : "";
  console.error(`[build] dist/${BUNDLE_NAME} (with its wasm): ${kb(sizes.total)} gzip: all the bookmarklet loads for most texts${over}`);
  if (sizes.lang) {
    console.error(`[build] dist/${LANG_BUNDLE_NAME}: ${kb(sizes.lang)} gzip, with the page's core that loads data and lang/<code>.txt: for a text in a language with data`);
  }
  return sizes;
}

/** The unpacked extension's folder and its zip, in dist/. */
export const EXTENSION_DIR = "extension";
export const EXTENSION_ZIP = "nutgraf-extension.zip";
/** Budget for the extension's zip (what a browser downloads to install it). */
export const EXTENSION_BUDGET_ZIP_BYTES = 260 * 1024;
/** A fixed date for the zip's entries, so the same files make the same zip. */
const ZIP_MTIME = new Date("2026-01-01T00:00:00Z");

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

/**
 * Builds the browser extension into dist/extension/ (manifest, background and
 * content scripts bundled from www/extension/ and the bookmarklet's modules,
 * the small wasm, icons) and zips it to dist/nutgraf-extension.zip.
 * Returns the sizes { content, background, wasm } (gzip) and { zip } (bytes).
 */
export async function buildExtension(distDir = join(root, "dist")) {
  const src = join(root, "www", "extension");
  const out = join(distDir, EXTENSION_DIR);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "icons"), { recursive: true });
  await bundle(join("extension", "background.js"), join(out, "background.js"));
  await bundle(join("extension", "content.js"), join(out, "content.js"));
  copyFileSync(join(PKG, "nutgraf_bg.wasm"), join(out, "nutgraf_bg.wasm"));
  for (const icon of readdirSync(join(src, "icons"))) copyFileSync(join(src, "icons", icon), join(out, "icons", icon));
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const manifest = { ...JSON.parse(readFileSync(join(src, "manifest.json"), "utf8")), version };
  writeFileSync(join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const entries = Object.fromEntries(filesUnder(out).map((f) => [f, [readFileSync(join(out, f)), { mtime: ZIP_MTIME }]]));
  const zip = join(distDir, EXTENSION_ZIP);
  writeFileSync(zip, zipSync(entries, { level: 9 }));
  const sizes = {
    content: gzipSize(join(out, "content.js")),
    background: gzipSize(join(out, "background.js")),
    wasm: gzipSize(join(out, "nutgraf_bg.wasm")),
    zip: statSync(zip).size,
  };
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const over = sizes.zip > EXTENSION_BUDGET_ZIP_BYTES ? `  OVER the ${kb(EXTENSION_BUDGET_ZIP_BYTES)} budget` : "";
  console.error(
    `[build] dist/${EXTENSION_DIR}/: content.js ${kb(sizes.content)}, background.js ${kb(sizes.background)}, ` +
      `wasm ${kb(sizes.wasm)} gzip; dist/${EXTENSION_ZIP}: ${kb(sizes.zip)}${over}`,
  );
  return sizes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBookmarklet();
  await buildExtension();
}
