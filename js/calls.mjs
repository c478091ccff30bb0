// The core's calls over a wasm-bindgen glue module, shared by the Node entry
// (js/core.mjs) and the browser and worker entries (js/web.mjs): each checks
// first that the wasm is loaded, with the entry's own `check` (NOT_BUILT in
// Node, NOT_INITIALIZED before `init()` in browsers), then calls the glue.
import { codedError } from "./errors.mjs";
import { plainOptions } from "./options.mjs";
import { recovering } from "./recover.mjs";
import { summarizeWith } from "./result.mjs";

/**
 * `summarize`, `languages`, `version`, `languageNeeds` and `loadLanguage` over `glue`, each after
 * `check()`. See index.d.ts.
 */
export function coreCalls(glue, check) {
  return {
    /** Summarizes plain text. After a wasm trap the instance is replaced (js/recover.mjs). */
    summarize(text, options) {
      check();
      return recovering(glue, () => summarizeWith(glue, text, options));
    },
    /**
     * Not public (the CLI's output lines): the result as JSON text, as `JSON.stringify` writes the
     * result object, for text without lone surrogates (they reach the wasm as U+FFFD); undefined
     * from a build without it (only the npm package's wasm has it, Cargo feature `json`).
     */
    summarizeJson: glue.summarizeJson
      ? (text, options) => {
          check();
          return recovering(glue, () => glue.summarizeJson(text, plainOptions(options)));
        }
      : undefined,
    /** ISO 639-1 codes accepted by the `language` option (besides "auto"). */
    languages() {
      check();
      return glue.languages();
    },
    /**
     * The language `text` will be summarized in with `options`, and whether its entity data is
     * missing (neither built in nor loaded): `{ language, missing }`. Throws on bad options.
     */
    languageNeeds(text, options) {
      check();
      // A build that cannot load data (the bookmarklet's wasm has no room for it): nothing to load.
      if (!glue.languageNeeds) return { language: undefined, missing: false };
      const [language, missing] = recovering(glue, () => glue.languageNeeds(text, options));
      return { language, missing };
    },
    /** Loads the entity data of `language` (the bytes of `lang/<code>.txt`); throws INVALID_LANGUAGE_DATA. */
    loadLanguage(language, bytes) {
      check();
      if (!glue.loadLanguage) throw codedError("INVALID_LANGUAGE_DATA", "this build of nutgraf cannot load language data");
      if (!(bytes instanceof Uint8Array)) bytes = new Uint8Array(bytes);
      recovering(glue, () => glue.loadLanguage(String(language), bytes));
    },
    /** The version of the wasm core. */
    version() {
      check();
      return glue.version();
    },
  };
}
