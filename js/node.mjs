// Node entry point: the wasm is loaded synchronously at import, so
// `summarize` is ready to call.
import { readFileSync } from "node:fs";
import * as wasm from "../pkg/nutgraf.js";
import { codedError } from "./errors.mjs";

function load() {
  const url = new URL("../pkg/nutgraf_bg.wasm", import.meta.url);
  let bytes;
  try {
    bytes = readFileSync(url);
  } catch {
    throw codedError("NOT_BUILT", `nutgraf: ${url.pathname} is missing; run \`npm run build\``);
  }
  wasm.initSync({ module: bytes });
}

load();

/** Summarizes plain text. See index.d.ts. */
export function summarize(text, options) {
  return wasm.summarize(text, options);
}

/** Already initialised in Node; kept so code can call `await init()` everywhere. */
export async function init() {}

/** ISO 639-1 codes accepted by the `language` option (besides "auto"). */
export function languages() {
  return wasm.languages();
}

/** The version of the wasm core. */
export function version() {
  return wasm.version();
}

export default init;
