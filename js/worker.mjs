// Web Worker entry point ("nutgraf/worker"): the browser entry, with the
// HTML functions working where there is no DOMParser. linkedom (its own
// worker build, vendored as one ES module by scripts/vendor.mjs) parses the
// HTML, as in Node. `await init()` once, then call any function.
import { decodeHtml } from "./decode.mjs";
import { extractDocument } from "./extract.mjs";
import { summarizeArticle } from "./html.mjs";
import { linkedomExtract } from "./linkedom.mjs";
import { parseHTML } from "./vendor/linkedom.mjs";
import { check, init, languageNeeds, languages, loadLanguage, summarize, version } from "./web.mjs";

/**
 * Extracts the article of an HTML page (linkedom + Readability): its text with
 * paragraph breaks and its metadata. Needs no `init()`. See index.d.ts.
 */
export const extract = linkedomExtract(parseHTML);

/** Extracts the article of `html`, then summarizes it (after `init()`). See index.d.ts. */
export function summarizeHtml(html, options) {
  check();
  return summarizeArticle(extract, summarize, html, options);
}

export { decodeHtml, extractDocument, init, languageNeeds, languages, loadLanguage, summarize, version };
export default init;
