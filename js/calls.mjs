// The core's calls over a wasm-bindgen glue module, shared by the Node entry
// (js/core.mjs) and the browser and worker entries (js/web.mjs): each checks
// first that the wasm is loaded, with the entry's own `check` (NOT_BUILT in
// Node, NOT_INITIALIZED before `init()` in browsers), then calls the glue.
import { recovering } from "./recover.mjs";
import { summarizeWith } from "./result.mjs";

/** `summarize`, `languages` and `version` over `glue`, each after `check()`. See index.d.ts. */
export function coreCalls(glue, check) {
  return {
    /** Summarizes plain text. After a wasm trap the instance is replaced (js/recover.mjs). */
    summarize(text, options) {
      check();
      return recovering(glue, () => summarizeWith(glue, text, options));
    },
    /** ISO 639-1 codes accepted by the `language` option (besides "auto"). */
    languages() {
      check();
      return glue.languages();
    },
    /** The version of the wasm core. */
    version() {
      check();
      return glue.version();
    },
  };
}
