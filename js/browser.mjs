// Browser entry point: `await init()` once, then call `summarize`. No bare
// specifier and no CommonJS in its imports (Readability is vendored as an ES
// module, scripts/vendor.mjs): a plain <script type="module"> page loads it as is.
import { codedError } from "./errors.mjs";
import { decodeHtml } from "./decode.mjs";
import { checkExtractOptions, checkHtml, extractArticle, extractDocument } from "./extract.mjs";
import { summarizeArticle } from "./html.mjs";
import { check, init, languageNeeds, languages, loadLanguage, summarize, version } from "./web.mjs";

/**
 * Extracts the article of an HTML page (DOMParser + Readability): its text
 * with paragraph breaks and its metadata. Needs no `init()`. See index.d.ts.
 */
export function extract(html, options) {
  const url = checkExtractOptions(options);
  html = checkHtml(html);
  if (typeof DOMParser !== "function") {
    throw codedError(
      "INVALID_INPUT",
      'extract needs a DOMParser, which a Web Worker does not have: in a worker import "nutgraf/worker" (linkedom parses the HTML); in Node import the package\'s Node entry',
    );
  }
  const doc = new DOMParser().parseFromString(html, "text/html");
  if (url) setDocumentBase(doc, url);
  return extractArticle(doc, url);
}

/**
 * Makes `url` the base Readability resolves relative links against (it reads
 * `doc.baseURI`), unless the page has its own <base href>. Not with a <base>
 * element, as in Node: a parsed document shares the policy of the page that
 * parses it, and the nutgraf page's `base-uri 'none'` would block it (and log
 * a CSP violation).
 */
function setDocumentBase(doc, url) {
  if (!doc.querySelector("base[href]")) Object.defineProperty(doc, "baseURI", { value: url, configurable: true });
}

/** Extracts the article of `html`, then summarizes it. See index.d.ts. */
export function summarizeHtml(html, options) {
  check();
  return summarizeArticle(extract, summarize, html, options);
}

export { decodeHtml, extractDocument, init, languageNeeds, languages, loadLanguage, summarize, version };
export default init;
