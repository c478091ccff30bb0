// Getting an article in: files (picked or dropped) and "Load from URL".
// HTML goes through the package's `extract` (Readability, main thread: workers
// have no DOMParser). All of it comes from a chunk loaded on first use.

const FETCH_TIMEOUT_MS = 20000;

/** The extractor, limits and sniffer (./extract.js), loaded once, then cached by the browser's module map. */
const reader = () => import("./extract.js");

/** `{ text, title, source }` of the article in an HTML string. */
async function fromHtml(html, source) {
  const { extract } = await reader();
  // No `url` option: it makes extract add a <base>, which this page's CSP (base-uri 'none') refuses,
  // and only links need it; the text does not.
  const article = extract(html);
  const text = article.text.trim();
  if (!text) throw new Error("No article text was found in that page.");
  return { text, title: article.title, source };
}

/** `{ text, title, source }` from a File (`title` null for text files). */
export async function fromFile(file) {
  const { MAX_INPUT, MAX_INPUT_BYTES, looksBinary, looksLikeHtml, mebibytes } = await reader();
  if (file.size > MAX_INPUT_BYTES) throw new Error(`${file.name} is ${mebibytes(file.size)}; nutgraf reads files of up to ${MAX_INPUT}.`);
  const content = await file.text();
  if (looksLikeHtml(content, { name: file.name, type: file.type })) {
    return fromHtml(content, file.name).catch((e) => {
      throw about(file.name, e);
    });
  }
  if (looksBinary(content)) throw new Error(`${file.name} is not a text file. Open a .txt, .md or .html file.`);
  return { text: content, title: null, source: file.name };
}

/** The extractor's error, said about `what` (a file name, a site) as a sentence. */
function about(what, error) {
  const message = String(error?.message ?? error).replace(/[.\s]*$/, ".");
  return new Error(`${what}: ${message}`);
}

/** Error for a site that cannot be read from here. */
export class Refused extends Error {}

/** `{ text, title, source }` from a URL the person typed. Only this ever leaves the page. */
export async function fromUrl(input) {
  const { MAX_INPUT, MAX_INPUT_BYTES, looksLikeHtml, mebibytes } = await reader();
  let url;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error("That is not a web address. It should start with https://");
  }
  if (url.protocol !== "https:" && url.origin !== location.origin) {
    throw new Error("Only https:// addresses can be loaded.");
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  let response;
  try {
    response = await fetch(url, { credentials: "omit", referrerPolicy: "no-referrer", signal: controller.signal, cache: "no-store" });
  } catch {
    throw new Refused(
      `${url.hostname} does not let other pages read its articles (or it could not be reached). ` +
        "Open the article and use the “nutgraf” bookmarklet below instead.",
    );
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw new Error(`${url.hostname} answered ${response.status} ${response.statusText}`.trim() + ".");
  const size = Number(response.headers.get("content-length"));
  if (size > MAX_INPUT_BYTES) throw new Error(`That page is ${mebibytes(size)}; nutgraf reads pages of up to ${MAX_INPUT}.`);
  const body = await response.text();
  const type = response.headers.get("content-type") ?? "";
  const source = response.url || url.href;
  if (looksLikeHtml(body, { name: url.pathname, type })) {
    return fromHtml(body, source).catch((e) => {
      throw about(url.hostname, e);
    });
  }
  return { text: body, title: null, source };
}
