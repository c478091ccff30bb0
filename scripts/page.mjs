// Builds the page into dist/: www/ bundled with esbuild, plus the wasm.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const www = join(root, "www");
const dist = join(root, "dist");

/** Entry scripts of the page (bundled); every other file in www/ is copied. */
const ENTRIES = ["main.js", "worker.js"];
/** Modules bundled into the entries, not copied. */
const BUNDLED = ["sample.js"];

export async function buildPage() {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  await build({
    entryPoints: ENTRIES.map((e) => join(www, e)),
    outdir: dist,
    bundle: true,
    format: "esm",
    minify: true,
    target: ["es2022"],
    alias: { nutgraf: join(root, "js", "browser.mjs") },
    logLevel: "warning",
  });
  for (const name of readdirSync(www)) {
    if (![...ENTRIES, ...BUNDLED].includes(name) && !name.startsWith(".")) copyFileSync(join(www, name), join(dist, name));
  }
  copyFileSync(join(root, "pkg", "nutgraf_bg.wasm"), join(dist, "nutgraf_bg.wasm"));
}
