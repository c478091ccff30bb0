// Node entry point: the wasm is loaded synchronously at import (js/core.mjs),
// so `summarize` is ready to call.
import { parseHTML } from "linkedom";
import { summarize } from "./core.mjs";
import { codedError } from "./errors.mjs";
import { decodeHtml } from "./decode.mjs";
import { checkExtractOptions, checkHtml, extractArticle, extractDocument, setBaseUrl } from "./extract.mjs";
import { summarizeArticle } from "./html.mjs";

/**
 * Extracts the article of an HTML page (linkedom + Readability): its text with
 * paragraph breaks and its metadata. See index.d.ts.
 */
export function extract(html, options) {
  const url = checkExtractOptions(options);
  html = checkHtml(html);
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

export { decodeHtml, extractDocument, summarize };
export { languages, version } from "./core.mjs";

/** Already initialised in Node; kept so code can call `await init()` everywhere. */
export async function init() {}

export default init;
