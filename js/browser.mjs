// Browser entry point: `await init()` once, then call `summarize`.
import initWasm, * as wasm from "../pkg/nutgraf.js";
import { codedError } from "./errors.mjs";
import { recovering } from "./recover.mjs";
import { decodeHtml } from "./decode.mjs";
import { checkExtractOptions, checkHtml, extractArticle, extractDocument, setBaseUrl } from "./extract.mjs";
import { summarizeArticle } from "./html.mjs";
import { summarizeWith } from "./result.mjs";

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
  return recovering(wasm, () => summarizeWith(wasm, text, options));
}

/**
 * Extracts the article of an HTML page (DOMParser + Readability): its text
 * with paragraph breaks and its metadata. Needs no `init()`. See index.d.ts.
 */
export function extract(html, options) {
  const url = checkExtractOptions(options);
  html = checkHtml(html);
  if (typeof DOMParser !== "function") {
    throw codedError("INVALID_INPUT", "extract needs a DOMParser (a browser); in Node import the package's Node entry");
  }
  const doc = new DOMParser().parseFromString(html, "text/html");
  if (url) setBaseUrl(doc, url);
  return extractArticle(doc, url);
}


/** Extracts the article of `html`, then summarizes it. See index.d.ts. */
export function summarizeHtml(html, options) {
  check();
  return summarizeArticle(extract, summarize, html, options);
}

export { decodeHtml, extractDocument };

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
