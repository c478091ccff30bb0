// Node: the wasm core alone (summarize, languages, version), loaded
// synchronously at import. js/node.mjs re-exports it beside the HTML
// functions; the CLI imports this first and js/node.mjs only when HTML turns
// up, as linkedom and Readability add about 25 MB and half a second to a start.
import { readFileSync } from "node:fs";
import * as wasm from "../pkg/nutgraf.js";
import { codedError } from "./errors.mjs";
import { recovering } from "./recover.mjs";
import { summarizeWith } from "./result.mjs";

/** The compiled module the glue was instantiated with. */
let compiled;

function load() {
  const url = new URL("../pkg/nutgraf_bg.wasm", import.meta.url);
  let bytes;
  try {
    bytes = readFileSync(url);
  } catch {
    throw codedError("NOT_BUILT", `nutgraf: ${url.pathname} is missing; run \`npm run build\``);
  }
  compiled = new WebAssembly.Module(bytes);
  wasm.initSync({ module: compiled });
}

load();

/** Summarizes plain text. See index.d.ts. After a wasm trap the instance is replaced (js/recover.mjs). */
export function summarize(text, options) {
  return recovering(wasm, () => summarizeWith(wasm, text, options));
}

/**
 * The compiled `WebAssembly.Module` (not part of the public API): the CLI's
 * --jobs workers instantiate it instead of compiling the wasm again, and
 * V8 shares its compiled code between them.
 */
export function wasmModule() {
  return compiled;
}

/** ISO 639-1 codes accepted by the `language` option (besides "auto"). */
export function languages() {
  return wasm.languages();
}

/** The version of the wasm core. */
export function version() {
  return wasm.version();
}
