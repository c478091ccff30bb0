// Node: the wasm core alone (summarize, languages, version), loaded
// synchronously at import. js/node.mjs re-exports it beside the HTML
// functions; the CLI imports this first and js/node.mjs only when HTML turns
// up, as linkedom and Readability add about 25 MB and half a second to a start.
//
// When the package is bundled for Node (esbuild --platform=node, …), the
// wasm is no longer next to this file: then nothing is loaded at import, and
// `init(bytes | module | path)` loads it; a call before that throws NOT_BUILT.
import { readFileSync } from "node:fs";
import * as wasm from "../pkg/nutgraf.js";
import { coreCalls } from "./calls.mjs";
import { codedError } from "./errors.mjs";

/** The compiled module the glue was instantiated with (null until loaded). */
let compiled = null;
/** Why the wasm is not loaded (the NOT_BUILT message), while it is not. */
let missing = null;

/** Instantiates the glue with `bytes` (a BufferSource) or a compiled WebAssembly.Module. */
function instantiate(bytesOrModule) {
  compiled = bytesOrModule instanceof WebAssembly.Module ? bytesOrModule : new WebAssembly.Module(bytesOrModule);
  wasm.initSync({ module: compiled });
  missing = null;
}

/** Loads pkg/nutgraf_bg.wasm next to this module, if it is there. */
function loadBeside() {
  let path;
  try {
    path = new URL("../pkg/nutgraf_bg.wasm", import.meta.url);
    instantiate(readFileSync(path));
  } catch {
    // No import.meta.url (a CommonJS bundle), or no file there (a bundle, or a checkout before `npm run build`).
    missing =
      `nutgraf: its wasm is not at ${path?.pathname ?? "../pkg/nutgraf_bg.wasm"}: in a checkout, run \`npm run build\`; ` +
      "if nutgraf is bundled, keep it external (esbuild --packages=external) or call " +
      '`await init(bytes)` first with the bytes of "nutgraf/nutgraf_bg.wasm"';
  }
}

loadBeside();

/** Throws NOT_BUILT while the wasm is not loaded. */
function check() {
  if (missing) throw codedError("NOT_BUILT", missing);
}

/**
 * Already done at import when the wasm is beside the module. Otherwise (a
 * bundle) loads it from `input`: its bytes, a compiled WebAssembly.Module,
 * or a file path or file: URL. Safe to call more than once.
 */
export async function init(input) {
  if (compiled) return;
  if (input === undefined) check();
  else if (typeof input === "string" || input instanceof URL) instantiate(readFileSync(input));
  else instantiate(input);
}

/**
 * `summarize`, `languages`, `version`, `languageNeeds`, `loadLanguage`: js/calls.mjs, see index.d.ts.
 * `summarizeJson` is not public (the CLI's output lines, js/calls.mjs).
 */
export const { summarize, languages, version, languageNeeds, loadLanguage, summarizeJson } = coreCalls(wasm, check);

/**
 * The compiled `WebAssembly.Module` (not part of the public API): the CLI's
 * --jobs workers instantiate it instead of compiling the wasm again, and
 * V8 shares its compiled code between them.
 */
export function wasmModule() {
  check();
  return compiled;
}
