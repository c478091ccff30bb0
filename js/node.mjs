// Node entry point: the wasm is loaded synchronously at import (js/core.mjs),
// so `summarize` is ready to call.
import { parseHTML } from "linkedom";
import { summarize } from "./core.mjs";
import { decodeHtml } from "./decode.mjs";
import { extractDocument } from "./extract.mjs";
import { summarizeArticle } from "./html.mjs";
import { linkedomExtract } from "./linkedom.mjs";

/**
 * Extracts the article of an HTML page (linkedom + Readability): its text with
 * paragraph breaks and its metadata. See index.d.ts.
 */
export const extract = linkedomExtract(parseHTML);

/** Extracts the article of `html`, then summarizes it. See index.d.ts. */
export function summarizeHtml(html, options) {
  return summarizeArticle(extract, summarize, html, options);
}

export { decodeHtml, extractDocument, summarize };
export { init, languageNeeds, languages, loadLanguage, version } from "./core.mjs";
export { init as default } from "./core.mjs";
