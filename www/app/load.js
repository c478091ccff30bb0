// Getting an article in: files (picked or dropped) and "Load from URL".
// HTML goes through the package's `extract` (Readability, main thread: workers
// have no DOMParser), loaded only when first needed.

/** Largest file read, in bytes. */
export const MAX_FILE = 32 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20000;

let extractor = null;
/** The package's `extract(html, { url })`, from a lazily loaded chunk. */
function getExtract() {
  extractor ??= import("./extract.js").then((m) => {
    if (typeof m.extract !== "function") throw new Error("HTML extraction is not available in this build");
    return m.extract;
  });
  return extractor;
}

/** Does this look like an HTML document rather than text or Markdown? */
export function looksLikeHtml(string, name = "", type = "") {
  if (/\.x?html?$/i.test(name) || /html/.test(type)) return true;
  if (/\.(txt|md|markdown|text)$/i.test(name)) return false;
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(string.slice(0, 2048));
}

/** `{ text, title, source }` from an HTML string. */
export async function fromHtml(html, url) {
  const extract = await getExtract();
  // No `url` option: it makes extract add a <base>, which this page's CSP (base-uri 'none') refuses,
  // and only links need it; the text does not.
  const article = extract(html);
  const text = (article?.text ?? "").trim();
  if (!text) throw new Error("No article text was found in that page.");
  const title = (article.title ?? "").trim();
  return { text: title && !text.startsWith(title) ? `${title}\n\n${text}` : text, source: url ?? null };
}

/** `{ text, source }` from a File. */
export async function fromFile(file) {
  if (file.size > MAX_FILE) throw new Error(`${file.name} is ${(file.size / 1048576).toFixed(1)} MB; nutgraf reads files of up to 32 MB.`);
  const content = await file.text();
  if (looksLikeHtml(content, file.name, file.type)) {
    const article = await fromHtml(content, null).catch((e) => {
      throw about(file.name, e);
    });
    return { ...article, source: file.name };
  }
  if (/\u0000/.test(content.slice(0, 4096))) throw new Error(`${file.name} is not a text file. Open a .txt, .md or .html file.`);
  return { text: content, source: file.name };
}

/** The extractor's error, said about `what` (a file name, a site) as a sentence. */
function about(what, error) {
  const message = String(error?.message ?? error).replace(/[.\s]*$/, ".");
  return new Error(`${what}: ${message}`);
}

/** Error for a site that cannot be read from here. */
export class Refused extends Error {}

/** `{ text, source }` from a URL the person typed. Only this ever leaves the page. */
export async function fromUrl(input) {
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
  if (Number(response.headers.get("content-length")) > MAX_FILE) throw new Error(`That page is over 32 MB; nutgraf reads pages of up to 32 MB.`);
  const body = await response.text();
  const type = response.headers.get("content-type") ?? "";
  if (looksLikeHtml(body, url.pathname, type)) {
    return fromHtml(body, response.url || url.href).catch((e) => {
      throw about(url.hostname, e);
    });
  }
  return { text: body, source: url.href };
}
