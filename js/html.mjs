// summarizeHtml over any `extract`: shared by the Node and browser entries.
import { codedError } from "./errors.mjs";
import { EXTRACT_OPTIONS } from "./extract.mjs";
import { plainOptions } from "./options.mjs";

/**
 * Splits summarizeHtml options into those of `extract` and those of
 * `summarize` (which rejects unknown keys itself).
 */
export function splitOptions(options) {
  if (options === undefined || options === null) return [{}, {}];
  if (typeof options !== "object" || Array.isArray(options)) {
    throw codedError("INVALID_OPTIONS", "options must be an object");
  }
  const extractOptions = {};
  const summaryOptions = {};
  for (const [key, value] of Object.entries(plainOptions(options))) {
    if (EXTRACT_OPTIONS.includes(key)) extractOptions[key] = value;
    else summaryOptions[key] = value;
  }
  return [extractOptions, summaryOptions];
}

/** Extracts the article of `html` with `extract`, then summarizes its text. */
export function summarizeArticle(extract, summarize, html, options) {
  const [extractOptions, summaryOptions] = splitOptions(options);
  const article = extract(html, extractOptions);
  if (article.title && summaryOptions.title === undefined) summaryOptions.title = article.title;
  const result = summarize(article.text, summaryOptions);
  return {
    ...result,
    text: article.text,
    title: result.title ?? article.title,
    byline: article.byline,
    publishedTime: article.publishedTime,
    siteName: article.siteName,
    lang: article.lang,
    dir: article.dir,
    excerpt: article.excerpt,
    url: article.url,
  };
}
