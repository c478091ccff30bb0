// Browser entry point: `await init()` once, then call `summarize`.
import initWasm, * as wasm from "../pkg/nutgraf.js";
import { codedError } from "./errors.mjs";

let ready = null;
let initialised = false;

/**
 * Loads the wasm. `input` is optional: a URL, a Response, bytes or a
 * WebAssembly.Module; by default `nutgraf_bg.wasm` next to the glue.
 * Safe to call more than once.
 */
export async function init(input) {
  if (!ready) {
    ready = initWasm(input === undefined ? undefined : { module_or_path: input }).then(() => {
      initialised = true;
    });
    ready.catch(() => {
      ready = null;
    });
  }
  return ready;
}

function check() {
  if (!initialised) {
    throw codedError("NOT_INITIALIZED", "nutgraf is not initialised: call `await init()` first");
  }
}

/** Summarizes plain text. See index.d.ts. */
export function summarize(text, options) {
  check();
  return wasm.summarize(text, options);
}

/** ISO 639-1 codes accepted by the `language` option (besides "auto"). */
export function languages() {
  check();
  return wasm.languages();
}

/** The version of the wasm core. */
export function version() {
  check();
  return wasm.version();
}

export default init;
