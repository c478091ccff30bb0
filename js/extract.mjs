// Article extraction shared by the Node and browser entries: from a parsed
// HTML document to the article's metadata and its text with paragraph breaks.
//
// Pipeline (extractArticle; checkHtml has vetted the string before parsing):
//   1. flatten pathological nesting, unwrap nested <html>/<body>  — no deep walks later;
//      content streamed in hidden goes to its placeholder
//   2. note the article's lead (lead.mjs)                          — Readability drops headers
//   3. Mozilla Readability reads the metadata                      — title, byline, date, site, language
//   4. page furniture containers go (furniture.mjs)                — comments, related lists, share bars, captions
//   5. Readability picks the article
//   6. the lead comes back; furniture blocks go                    — teasers, prompts, credits, bylines
//   7. the article becomes text                                    — blocks become paragraph breaks
//
// Every DOM walk here is iterative (firstChild / nextSibling / parentNode),
// so a document 100,000 elements deep cannot overflow the stack.
// Mozilla Readability as an ES module (scripts/vendor.mjs builds it from the CommonJS package),
// so that no entry imports a bare specifier or CommonJS: plain module pages and every bundler load it.
import Readability from "./vendor/readability.mjs";
import { codedError } from "./errors.mjs";
import { findFurniture, removeFurnitureBlocks } from "./furniture.mjs";
import { noteLeads } from "./lead.mjs";
import { boundHtml } from "./bound.mjs";
import { findPublishedTime } from "./dates.mjs";
import { proseChars, proseRoot } from "./prose.mjs";
import { MAX_HTML_DEPTH, MAX_INPUT, mebibytes, overInputLimit, utf8Length } from "./limits.mjs";
import { looksBinary } from "./sniff.mjs";

/** Elements deeper than this are flattened into their ancestor's text (browsers stop at 512); js/bound.mjs does the same before parsing. */
export const DEFAULT_MAX_DEPTH = MAX_HTML_DEPTH;
/** Readability refuses documents with more elements than this (it would take too long). */
export const DEFAULT_MAX_ELEMS = 300000;
/** Option keys of `extract` (the rest go to `summarize`). */
export const EXTRACT_OPTIONS = ["url"];

const BLOCK_TAGS = new Set(
  (
    "ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION CENTER DD DETAILS DIALOG DIR DIV DL DT FIELDSET FIGCAPTION " +
    "FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LEGEND LI MAIN MENU NAV OL P PRE SECTION SUMMARY " +
    "TABLE TBODY THEAD TFOOT TR UL"
  ).split(" "),
);
const CELL_TAGS = new Set(["TD", "TH"]);
const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT", "EMBED", "BUTTON", "SELECT", "TEXTAREA", "INPUT", "LABEL"]);

/**
 * Throws a coded error unless `html` is a string worth parsing; returns it within the
 * parser's bounds (js/bound.mjs: depth and element count).
 */
export function checkHtml(html) {
  if (typeof html !== "string") {
    throw codedError("INVALID_INPUT", `expected HTML as a string, got ${html === null ? "null" : typeof html}`);
  }
  if (overInputLimit(html)) {
    throw codedError("INPUT_TOO_LARGE", `the HTML is ${mebibytes(utf8Length(html))}; nutgraf reads pages of up to ${MAX_INPUT}`);
  }
  if (html.trim() === "") throw codedError("EMPTY_INPUT", "the HTML is empty");
  if (looksBinary(html)) throw codedError("INVALID_HTML", "the input is binary data, not HTML");
  return boundHtml(html).html;
}

/**
 * Gives a parsed page a <base href> so Readability resolves relative links
 * against the page's URL (kept when the page has its own).
 */
export function setBaseUrl(doc, url) {
  if (doc.querySelector("base[href]")) return;
  const head = doc.head ?? doc.documentElement;
  const base = doc.createElement("base");
  base.setAttribute("href", url);
  head?.insertBefore(base, head.firstChild);
}

/** Checks `extract` options; returns the page URL (or null). */
export function checkExtractOptions(options) {
  if (options === undefined || options === null) return null;
  if (typeof options !== "object" || Array.isArray(options)) {
    throw codedError("INVALID_OPTIONS", "options must be an object");
  }
  for (const key of Object.keys(options)) {
    if (!EXTRACT_OPTIONS.includes(key)) {
      throw codedError("INVALID_OPTIONS", `unknown option \`${key}\` of extract (expected: ${EXTRACT_OPTIONS.join(", ")})`);
    }
  }
  const { url } = options;
  if (url === undefined || url === null) return null;
  if (typeof url !== "string" && !(url instanceof URL)) throw codedError("INVALID_OPTIONS", "`url` must be a string");
  try {
    return new URL(String(url)).href;
  } catch {
    throw codedError("INVALID_OPTIONS", `\`url\` is not an absolute URL: '${url}'`);
  }
}

/**
 * Extracts the article of a `Document` (a live page in a browser, or a
 * linkedom document in Node) from a copy of it: `doc` itself is left
 * untouched. The `url` option defaults to the document's location.
 */
export function extractDocument(doc, options) {
  const url = checkExtractOptions(options) ?? doc?.location?.href ?? null;
  if (!doc?.documentElement) throw codedError("INVALID_INPUT", "expected a Document");
  return extractArticle(doc.cloneNode(true), url);
}

/**
 * Extracts the article from `doc`, a document nobody else uses (it is
 * modified). Returns `{ title, byline, publishedTime, siteName, lang, dir,
 * excerpt, url, text }`; throws NO_ARTICLE when the page holds no text.
 */
export function extractArticle(doc, url = null, { furniture = true } = {}) {
  if (!doc?.documentElement) throw codedError("INVALID_HTML", "the HTML has no document element");
  const hiddenDivs = flattenDeepNesting(doc.documentElement, DEFAULT_MAX_DEPTH);
  unwrapNestedRoots(doc);
  if (furniture) revealStreamedContent(doc, hiddenDivs);
  const lang = pageLanguage(doc);
  const restoreLeads = furniture ? noteLeads(doc) : () => {};
  let article;
  let grabbed = {}; // what removeFurnitureWhenGrabbing saw: the prose container, the page's date
  try {
    const reader = new Readability(doc, { serializer: (el) => el, maxElemsToParse: DEFAULT_MAX_ELEMS });
    if (furniture) grabbed = removeFurnitureWhenGrabbing(reader, doc);
    article = reader.parse();
    if (article?.content && grabbed.root) article.content = largerProse(reader, article.content, grabbed);
  } catch (e) {
    if (/Aborting parsing document/.test(e?.message)) {
      throw codedError("INPUT_TOO_LARGE", `the page has more than ${DEFAULT_MAX_ELEMS} elements`);
    }
    throw e;
  }
  if (article?.content && furniture) {
    restoreLeads(article.content);
    removeFurnitureBlocks(article.content);
  }
  const text = article?.content ? renderText(article.content) : "";
  if (!article?.content || !hasOwnWords(article.content)) {
    throw codedError("NO_ARTICLE", "no article found in the HTML (no text outside links, menus and page furniture)");
  }
  return {
    title: withoutSiteName(clean(article.title), clean(article.siteName)),
    byline: clean(article.byline),
    publishedTime: clean(article.publishedTime) ?? clean(grabbed.published),
    siteName: clean(article.siteName),
    lang: clean(article.lang) ?? lang,
    dir: clean(article.dir),
    excerpt: clean(article.excerpt),
    url,
    text,
  };
}

/**
 * Removes furniture containers once Readability has read the page's metadata
 * (title, byline, excerpt come from the whole page) and before it picks the
 * article. Readability 0.6 (pinned) calls `_grabArticle` right after reading
 * the metadata; a byline it would have found inside a removed container is
 * kept, as Readability itself would take it (the first visible one).
 */
function removeFurnitureWhenGrabbing(reader, doc) {
  const grab = reader._grabArticle;
  const prose = {};
  let done = false;
  reader._grabArticle = function (page) {
    if (!done) {
      done = true;
      // Readability has read its metadata: the page's other dates when it found none.
      if (!this._metadata?.publishedTime) prose.published = findPublishedTime(doc);
      const doomed = findFurniture(doc);
      if (!this._metadata?.byline && !this._articleByline) {
        const byline = firstByline(this, doc.body ?? doc.documentElement);
        if (byline && doomed.some((d) => d.contains(byline.node))) this._articleByline = byline.text;
      }
      for (const el of doomed) el.remove();
      const found = proseRoot(doc.body ?? doc.documentElement);
      // Kept (a copy: Readability moves nodes) only when it could replace Readability's pick.
      if (found && found.prose >= DEFAULT_MIN_GAIN && found.prose >= (found.prose + found.noise) * DEFAULT_MIN_PROSE_SHARE) {
        prose.root = found.el.cloneNode(true);
        prose.chars = found.prose;
        prose.noise = found.noise;
      }
    }
    return grab.call(this, page);
  };
  return prose;
}

/** Readability's pick is "too small" below this share of the prose container's prose. */
export const DEFAULT_TOO_SMALL = 0.5;
/**
 * Prose (characters) the container must add to the pick: on a short page an
 * author's bio or a disclaimer weighs as much as the story, and Readability's
 * pick stands.
 */
export const DEFAULT_MIN_GAIN = 2000;
/** Share of the prose container's text that must be prose for it to replace Readability's pick. */
export const DEFAULT_MIN_PROSE_SHARE = 0.7;
/** Readability's cleaning of the prose container is kept while it keeps this share of the prose. */
const DEFAULT_KEPT_BY_CLEANING = 0.8;
/** Share of the pick's words that the prose container must hold to replace it. */
const DEFAULT_CONTAINS = 0.8;

/**
 * Readability's article, or the page's prose container (cleaned as Readability
 * cleans its pick) when the pick is much smaller than that container and
 * inside it: a listicle or sectioned article Readability cut to one part.
 * The container was kept only if it is mostly prose (not a teaser grid or a
 * story beside a sidebar) and long enough to add DEFAULT_MIN_GAIN.
 */
function largerProse(reader, content, prose) {
  const length = squeeze(content.textContent).length;
  if (length >= prose.chars * DEFAULT_TOO_SMALL || prose.chars - length < DEFAULT_MIN_GAIN) return content;
  const picked = squeeze(renderText(content));
  const words = new Set(squeeze(prose.root.textContent).toLowerCase().split(" "));
  const own = picked.toLowerCase().split(" ");
  const held = own.filter((w) => words.has(w)).length;
  if (held < own.length * DEFAULT_CONTAINS) return content;
  // Readability's cleaning, unless it takes much of the prose with the clutter
  // (it drops list items and sections that hold a picture and one paragraph).
  const cleaned = content.ownerDocument.createElement("div");
  cleaned.appendChild(prose.root.cloneNode(true));
  reader._prepArticle(cleaned);
  let wrapper = cleaned;
  if (proseChars(cleaned) < prose.chars * DEFAULT_KEPT_BY_CLEANING) {
    wrapper = content.ownerDocument.createElement("div");
    wrapper.appendChild(prose.root);
  }
  return squeeze(renderText(wrapper)).length > picked.length ? wrapper : content;
}

function squeeze(text) {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The element Readability would take as the byline, with its text: its own
 * walk, in document order, skipping what it skips first (hidden nodes, modal
 * dialogs, unlikely candidates and roles).
 */
function firstByline(reader, root) {
  let n = root.firstElementChild;
  while (n) {
    const match = `${n.className} ${n.id}`;
    if (!reader._isProbablyVisible(n) || (n.getAttribute("aria-modal") === "true" && n.getAttribute("role") === "dialog")) {
      n = nextElementOf(n, root, true);
      continue;
    }
    if (reader._isValidByline(n, match)) {
      const name = n.querySelector('[itemprop*="name"]');
      return { node: n, text: (name ?? n).textContent.trim() };
    }
    if (isUnlikely(reader, n, match)) {
      n = nextElementOf(n, root, true);
      continue;
    }
    n = nextElementOf(n, root);
  }
  return null;
}

/** Readability's own "unlikely candidate" test (what its first pass removes). */
function isUnlikely(reader, n, match) {
  if (reader.UNLIKELY_ROLES.includes(n.getAttribute("role"))) return true;
  return (
    reader.REGEXPS.unlikelyCandidates.test(match) &&
    !reader.REGEXPS.okMaybeItsACandidate.test(match) &&
    !reader._hasAncestorTag(n, "table") &&
    !reader._hasAncestorTag(n, "code") &&
    n.tagName !== "BODY" &&
    n.tagName !== "A"
  );
}

function nextElementOf(el, root, skipChildren = false) {
  if (!skipChildren && el.firstElementChild) return el.firstElementChild;
  while (el && el !== root) {
    if (el.nextElementSibling) return el.nextElementSibling;
    el = el.parentElement;
  }
  return null;
}

/** Whether the article has words of its own: text outside links (a menu is all links). */
function hasOwnWords(root) {
  for (let n = root.firstChild; n; ) {
    if (n.nodeType === 1 && (n.tagName === "A" || SKIP_TAGS.has(n.tagName))) {
      n = nextNode(n, root, true);
      continue;
    }
    if (n.nodeType === 3 && /[\p{L}\p{N}]/u.test(n.data)) return true;
    n = nextNode(n, root);
  }
  return false;
}

/** Separators between a title and the site's name ("Title – Site", "Site | Title"). */
const TITLE_SEPARATORS = new Set(["|", "-", "–", "—", "·", ":", "»", ">", "/"]);

/**
 * The title without the site's name in front of or behind it, when the page
 * names its site (og:site_name) and the rest is a title of its own.
 */
export function withoutSiteName(title, siteName) {
  if (!title || !siteName || title.length <= siteName.length + 3) return title;
  const lower = title.toLowerCase();
  const site = siteName.toLowerCase();
  let rest = null;
  if (lower.endsWith(` ${site}`)) rest = separated(title.slice(0, title.length - site.length), true);
  if (rest === null && lower.startsWith(`${site} `)) rest = separated(title.slice(site.length), false);
  return rest !== null && rest.includes(" ") ? rest : title;
}

/** `part` without the separator at its end (or start) and the spaces around it, or null when there is none. */
function separated(part, atEnd) {
  const t = part.trim();
  const sep = atEnd ? t.slice(-1) : t[0];
  if (!TITLE_SEPARATORS.has(sep)) return null;
  const rest = (atEnd ? t.slice(0, -1) : t.slice(1)).trim();
  return rest && rest !== t ? rest : null;
}

function clean(value) {
  if (typeof value !== "string") return null;
  const v = value.replace(/\s+/g, " ").trim();
  return v === "" ? null : v;
}

function pageLanguage(doc) {
  return clean(doc.documentElement.getAttribute("lang") ?? doc.documentElement.getAttribute("xml:lang"));
}

/**
 * Unwraps <html>, <head> and <body> elements inside the body (pasted pages;
 * browsers ignore such tags, some parsers keep them): their children stay,
 * a nested head's children move to the document's head.
 */
function unwrapNestedRoots(doc) {
  const roots = new Set([doc.documentElement, doc.head, doc.body]);
  for (const el of [...doc.querySelectorAll("html, head, body")]) {
    if (roots.has(el) || !el.parentNode) continue;
    if (el.tagName === "HEAD") {
      // Its <title> and <meta>s are the page's metadata: to the real head.
      const head = doc.head;
      while (head && el.firstChild) head.appendChild(el.firstChild);
      el.remove();
      continue;
    }
    if (el.tagName === "HTML") {
      // Its lang and dir are the page's, unless the real root has its own.
      for (const name of ["lang", "dir"]) {
        const value = el.getAttribute(name);
        if (value && !doc.documentElement.hasAttribute(name)) doc.documentElement.setAttribute(name, value);
      }
    }
    while (el.firstChild) el.parentNode.insertBefore(el.firstChild, el);
    el.remove();
  }
}

/**
 * Moves content that a server streamed in hidden (React's `<div hidden
 * id="S:n">`, swapped by a script into the placeholder `<template id="B:n">`)
 * to its placeholder, as the page's script would (in place when the
 * placeholder is gone, as in a saved page); Readability skips hidden nodes.
 */
export function revealStreamedContent(doc, hiddenDivs) {
  for (const hidden of hiddenDivs) {
    if (!/^S:\d+$/.test(hidden.getAttribute("id") ?? "") || !hidden.parentNode) continue;
    const placeholder = doc.getElementById(`B:${hidden.id.slice(2)}`);
    if (!placeholder || placeholder.tagName !== "TEMPLATE" || hidden.contains(placeholder)) {
      hidden.removeAttribute("hidden");
      continue;
    }
    while (hidden.firstChild) placeholder.parentNode.insertBefore(hidden.firstChild, placeholder);
    placeholder.remove();
    hidden.remove();
  }
}

/** The next node of a pre-order walk of `root`'s subtree, or null; skips `node`'s children when `skipChildren`. */
export function nextNode(node, root, skipChildren = false) {
  if (!skipChildren && node.firstChild) return node.firstChild;
  while (node && node !== root) {
    if (node.nextSibling) return node.nextSibling;
    node = node.parentNode;
  }
  return null;
}

/**
 * Replaces the content of elements deeper than `maxDepth` with their text.
 * Returns the hidden <div>s met on the way (for revealStreamedContent: one walk, not two).
 */
export function flattenDeepNesting(root, maxDepth) {
  let depth = 0;
  let node = root;
  const hiddenDivs = [];
  while (node) {
    if (node.nodeType === 1 && depth >= maxDepth && node.firstElementChild) {
      node.textContent = textOf(node);
    }
    if (node.nodeType === 1 && node.tagName === "DIV" && node.hasAttribute("hidden")) hiddenDivs.push(node);
    // Advance, tracking depth.
    if (node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return hiddenDivs;
}

/** The text of a subtree, iteratively. */
function textOf(root) {
  const parts = [];
  for (let n = root.firstChild; n; n = nextNode(n, root)) {
    if (n.nodeType === 3) parts.push(n.data);
  }
  return parts.join("");
}

/**
 * Renders an element to plain text: each block is a paragraph (separated by a
 * blank line), `<br>` is a line break, table cells are separated by a space,
 * whitespace inside a paragraph collapses to single spaces (except in <pre>).
 */
export function renderText(root) {
  const out = new TextWriter();
  let node = root.firstChild;
  const exits = []; // stack of elements whose end we still have to emit
  const emitEnd = (el) => {
    if (el.tagName === "PRE") out.pre--;
    if (BLOCK_TAGS.has(el.tagName)) out.paragraph();
    else if (CELL_TAGS.has(el.tagName)) out.space();
  };
  while (node) {
    let skip = false;
    if (node.nodeType === 3) out.text(node.data);
    else if (node.nodeType === 1) {
      const tag = node.tagName;
      if (SKIP_TAGS.has(tag) || node.hasAttribute?.("hidden")) skip = true;
      else if (tag === "BR") out.lineBreak();
      else if (tag === "IMG") skip = true;
      else {
        if (BLOCK_TAGS.has(tag)) out.paragraph();
        if (tag === "PRE") out.pre++;
      }
    } else skip = true;
    // Walk on, emitting the ends of the elements we leave.
    if (!skip && node.nodeType === 1 && node.firstChild) {
      exits.push(node);
      node = node.firstChild;
      continue;
    }
    if (!skip && node.nodeType === 1) emitEnd(node);
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) emitEnd(exits.pop());
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return out.result();
}

/** Accumulates text with collapsed whitespace and at most one blank line between paragraphs. */
class TextWriter {
  constructor() {
    this.paragraphs = [];
    this.lines = [];
    this.line = "";
    this.pre = 0;
  }
  text(data) {
    if (this.pre > 0) {
      const parts = data.replace(/\r\n?/g, "\n").split("\n");
      parts.forEach((p, i) => {
        if (i > 0) this.lineBreak(true);
        this.line += p;
      });
      return;
    }
    this.line += data.replace(/\s+/g, " ");
  }
  space() {
    if (this.line && !this.line.endsWith(" ")) this.line += " ";
  }
  /** Ends the current line; a second break in a row (an empty line) ends the paragraph. */
  lineBreak(keepEmpty = false) {
    const l = this.flushLine();
    if (l || keepEmpty) this.lines.push(l);
    else if (this.lines.length) this.paragraph();
  }
  flushLine() {
    const l = this.pre > 0 ? this.line.replace(/\s+$/, "") : this.line.replace(/ +/g, " ").trim();
    this.line = "";
    return l;
  }
  paragraph() {
    const l = this.flushLine();
    if (l) this.lines.push(l);
    while (this.lines.length && this.lines[this.lines.length - 1] === "") this.lines.pop();
    if (this.lines.length) this.paragraphs.push(this.lines.join("\n"));
    this.lines = [];
  }
  result() {
    this.paragraph();
    return this.paragraphs.join("\n\n");
  }
}
