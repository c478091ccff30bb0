// The wasm core in browsers and workers, loaded by `init()`: shared by the
// browser entry (js/browser.mjs) and the worker entry (js/worker.mjs).
import initWasm, * as wasm from "../pkg/nutgraf.js";
import { coreCalls } from "./calls.mjs";
import { codedError } from "./errors.mjs";

let ready = null;
let initialised = false;

/**
 * Loads the wasm. `input` is optional: a URL, a Response, bytes or a
 * WebAssembly.Module; by default `nutgraf_bg.wasm` next to the glue (bundlers
 * that understand `new URL(…, import.meta.url)`, as webpack and Vite do, emit
 * it; for the others, give its URL). Safe to call more than once.
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

/** Throws NOT_INITIALIZED before `init()` has loaded the wasm. */
export function check() {
  if (!initialised) {
    throw codedError("NOT_INITIALIZED", "nutgraf is not initialised: call `await init()` first");
  }
}

/** `summarize`, `languages`, `version`, `languageNeeds`, `loadLanguage`: js/calls.mjs, see index.d.ts. */
export const { summarize, languages, version, languageNeeds, loadLanguage } = coreCalls(wasm, check);
