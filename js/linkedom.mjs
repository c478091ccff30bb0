// `extract` over linkedom, for where there is no DOMParser: Node (js/node.mjs,
// with the linkedom package) and Web Workers (js/worker.mjs, with the
// vendored worker build of the same library).
import { codedError } from "./errors.mjs";
import { checkExtractOptions, checkHtml, extractArticle, setBaseUrl } from "./extract.mjs";

/**
 * The `extract` function of the entries without a DOMParser: `parseHTML` is
 * linkedom's. Extracts the article of an HTML page (linkedom + Readability):
 * its text with paragraph breaks and its metadata. See index.d.ts.
 */
export function linkedomExtract(parseHTML) {
  return function extract(html, options) {
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
  };
}
