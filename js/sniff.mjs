// What kind of input a string is: HTML or plain text, text or binary data.
// One sniffer for the CLI and the page (which adds a file's name and type).
import { BINARY_SAMPLE_BYTES, BINARY_SHARE } from "./limits.mjs";

/** How many leading characters may hold the start of an HTML document. */
const HTML_HEAD_CHARS = 2048;
/** How many leading characters are searched for HTML tags. */
const TAG_SAMPLE_CHARS = 65536;
/** Input with at least this many common HTML tags in its sample is HTML (a page without its <html>). */
const MIN_TAGS = 5;

const REGEXPS = {
  documentStart: /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/,
  tag: /<\/?(p|div|body|head|article|span|a|br|h[1-6]|meta|script)\b[^>]*>/gi,
  htmlName: /\.x?html?$/i,
  textName: /\.(txt|md|markdown|text)$/i,
  htmlType: /html/i,
};

/**
 * Whether `string` is an HTML document rather than plain text or Markdown. A file's
 * `name` (its extension) or a MIME `type` saying HTML or text decides first; else the
 * content does: a document start (`<!doctype html`, `<html>`, …) or several common tags.
 */
export function looksLikeHtml(string, { name = "", type = "" } = {}) {
  if (REGEXPS.htmlName.test(name) || REGEXPS.htmlType.test(type)) return true;
  if (REGEXPS.textName.test(name)) return false;
  const head = string.slice(0, HTML_HEAD_CHARS).trimStart().toLowerCase();
  if (REGEXPS.documentStart.test(head)) return true;
  const tags = string.slice(0, TAG_SAMPLE_CHARS).match(REGEXPS.tag);
  return (tags?.length ?? 0) >= MIN_TAGS;
}

/** Rust's `char::is_control() && !char::is_whitespace()` for a BMP code unit. */
function isControl(c) {
  if (c >= 0x09 && c <= 0x0d) return false; // tab, line feed, vertical tab, form feed, carriage return
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f && c !== 0x85); // C0, DEL and C1 but NEL
}

/**
 * Whether `string` is binary data decoded as text: the core's test (src/lib.rs
 * `looks_binary`). Over the first BINARY_SAMPLE_BYTES bytes of its UTF-8, more than
 * BINARY_SHARE of the characters are control characters (not whitespace) or U+FFFD;
 * a lone surrogate counts as U+FFFD, which it becomes on its way to the core.
 */
export function looksBinary(string) {
  let bytes = 0;
  let all = 0;
  let bad = 0;
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (string.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (bytes + size > BINARY_SAMPLE_BYTES) break;
    bytes += size;
    all++;
    if (pair) i++;
    else if (c === 0xfffd || (c >= 0xd800 && c <= 0xdfff) || isControl(c)) bad++;
  }
  return all > 0 && bad / all > BINARY_SHARE;
}
