// Node entry point: the wasm is loaded synchronously at import, so
// `summarize` is ready to call.
import { readFileSync } from "node:fs";
import * as wasm from "../pkg/nutgraf.js";
import { parseHTML } from "linkedom";
import { codedError } from "./errors.mjs";
import { decodeHtml } from "./decode.mjs";
import { checkExtractOptions, checkHtml, extractArticle, setBaseUrl } from "./extract.mjs";
import { summarizeArticle } from "./html.mjs";

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

/**
 * Extracts the article of an HTML page (linkedom + Readability): its text with
 * paragraph breaks and its metadata. See index.d.ts.
 */
export function extract(html, options) {
  const url = checkExtractOptions(options);
  checkHtml(html);
  let document;
  try {
    ({ document } = parseHTML(html));
    // linkedom makes whatever comes first the root (a <style> before <html>, a fragment's first tag);
    // a browser would put it in a proper <html>: do the same, nested roots are unwrapped later.
    if (document.documentElement?.tagName !== "HTML") {
      ({ document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html.replace(/<!doctype[^>]*>/i, "")}</body></html>`));
    }
  } catch (e) {
    throw codedError("INVALID_HTML", `cannot parse the HTML: ${e?.message ?? e}`);
  }
  if (url) setBaseUrl(document, url);
  return extractArticle(document, url);
}

/** Extracts the article of `html`, then summarizes it. See index.d.ts. */
export function summarizeHtml(html, options) {
  return summarizeArticle(extract, summarize, html, options);
}

export { decodeHtml };

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
