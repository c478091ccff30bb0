// Bounds what the HTML parser (linkedom in Node, DOMParser in the browser) and
// Readability get, before they see it: both slow down badly on pathological
// pages (linkedom takes time quadratic in the nesting depth: 200,000 unclosed
// <b> tags took 48 s; Readability walks every element several times). One
// linear scan of the HTML string, with the tokenizer's rules for comments,
// quoted attributes and raw text (script, style, textarea…), follows the open
// elements as an HTML parser would (void elements, self-closing tags in SVG
// and MathML, the end tags a start tag implies, end tags that close what is
// open inside them), and:
//
//   - drops the tags of elements nested deeper than MAX_HTML_DEPTH (their
//     text stays, in their ancestor: what extract.mjs's flattening does
//     after parsing, done before it);
//   - cuts the page before its MAX_HTML_ELEMENTS + 1st element: everything
//     after it, text included, is dropped.
//
// Real pages stay far inside both (the 586 pages of the shared corpus: at
// most 9,892 elements, nested at most 42 deep), so they pass unchanged.
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from "./limits.mjs";

const VOID = new Set(
  "area base basefont bgsound br col command embed frame hr image img input isindex keygen link meta param source track wbr".split(" "),
);
/** Elements whose content is raw text, up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]);
/** Elements in which `<x/>` closes itself (foreign content). */
const FOREIGN = new Set(["svg", "math"]);

/** Start tags that close the open element first when it is one of these (htmlparser2's openImpliesClose). */
const P = new Set(["p"]);
const IMPLIES_CLOSE = new Map([
  ["tr", new Set(["tr", "th", "td"])],
  ["th", new Set(["th"])],
  ["td", new Set(["thead", "th", "td"])],
  ["body", new Set(["head", "link", "script"])],
  ["li", new Set(["li"])],
  ["option", new Set(["option"])],
  ["optgroup", new Set(["optgroup", "option"])],
  ["dd", new Set(["dt", "dd"])],
  ["dt", new Set(["dt", "dd"])],
  ["rt", new Set(["rt", "rp"])],
  ["rp", new Set(["rt", "rp"])],
  ["tbody", new Set(["thead", "tbody"])],
  ["tfoot", new Set(["thead", "tbody"])],
  ...(
    "p h1 h2 h3 h4 h5 h6 address article aside blockquote details dialog div dl fieldset figcaption figure " +
    "footer form header hgroup hr main menu nav ol pre section table ul"
  )
    .split(" ")
    .map((name) => [name, P]),
]);

/**
 * `html` within the bounds, and what was dropped:
 * `{ html, deepTags, cutAt }` — the number of tags removed for depth, and the
 * UTF-16 offset where the page was cut for its element count (or null).
 */
export function boundHtml(html, { maxDepth = MAX_HTML_DEPTH, maxElements = MAX_HTML_ELEMENTS } = {}) {
  const scan = new Scan(html, maxDepth, maxElements);
  let i = 0;
  while ((i = html.indexOf("<", i)) !== -1) {
    const next = html.charCodeAt(i + 1);
    if (isLetter(next)) {
      const end = scan.startTag(i);
      if (end === CUT) return scan.result(i);
      i = end;
    } else if (next === 0x2f /* / */ && isLetter(html.charCodeAt(i + 2))) {
      i = scan.endTag(i);
    } else if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      i = end === -1 ? html.length : end + 3;
    } else if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const end = html.indexOf(">", i);
      i = end === -1 ? html.length : end + 1;
    } else {
      i++;
    }
  }
  return scan.result(null);
}

/** What Scan.startTag returns for the element past the limit. */
const CUT = -1;

function isLetter(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The open elements and the tags dropped so far. */
class Scan {
  constructor(html, maxDepth, maxElements) {
    this.html = html;
    this.maxDepth = maxDepth;
    this.maxElements = maxElements;
    this.elements = 0; // elements kept (the tags dropped for depth do not count)
    this.stack = []; // open element names, innermost last
    this.open = new Map(); // name -> how many are open (end tags without an open element are ignored in O(1))
    this.foreign = 0; // open <svg>/<math> elements
    this.pieces = []; // the kept parts of the HTML
    this.copied = 0; // html[0..copied] is in pieces or dropped
    this.deepTags = 0;
  }

  /** Handles the start tag at `i`; returns where scanning goes on, or CUT past the element limit. */
  startTag(i) {
    const html = this.html;
    const [name, end, selfClosing] = tagAt(html, i + 1);
    const implied = IMPLIES_CLOSE.get(name);
    while (implied && this.stack.length && implied.has(this.stack.at(-1))) this.pop();
    if (this.stack.length < this.maxDepth && ++this.elements > this.maxElements) return CUT;
    if (VOID.has(name) || (selfClosing && this.foreign > 0)) {
      if (this.stack.length >= this.maxDepth) this.drop(i, end);
      return end;
    }
    if (this.stack.length >= this.maxDepth && RAW_TEXT.has(name)) {
      // Too deep: the whole element goes, so that a script's code never turns into text.
      const close = this.skipRawText(name, end);
      const after = close < html.length ? tagAt(html, close + 2)[1] : html.length;
      this.drop(i, after);
      return after;
    }
    if (this.stack.length >= this.maxDepth) this.drop(i, end);
    this.push(name);
    if (RAW_TEXT.has(name)) return this.skipRawText(name, end);
    return end;
  }

  /** Handles the end tag at `i`; returns where scanning goes on. */
  endTag(i) {
    const [name, end] = tagAt(this.html, i + 2);
    if (!this.open.get(name)) return end; // closes nothing: the parser ignores it
    while (this.stack.at(-1) !== name) this.pop();
    if (this.stack.length > this.maxDepth) this.drop(i, end);
    this.pop();
    return end;
  }

  /** Skips the raw text of `name` from `from` to its end tag (left for endTag). */
  skipRawText(name, from) {
    if (name === "plaintext") return this.html.length;
    const re = new RegExp(`</${name}[\\s/>]`, "ig");
    re.lastIndex = from;
    const m = re.exec(this.html);
    return m ? m.index : this.html.length;
  }

  push(name) {
    this.stack.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) this.foreign++;
  }

  pop() {
    const name = this.stack.pop();
    this.open.set(name, this.open.get(name) - 1);
    if (FOREIGN.has(name)) this.foreign--;
  }

  /** Leaves html[start..end] (a tag) out. */
  drop(start, end) {
    this.pieces.push(this.html.slice(this.copied, start));
    this.copied = end;
    this.deepTags++;
  }

  /** The bounded HTML, cut at `cutAt` (or whole when null). */
  result(cutAt) {
    if (this.copied === 0 && cutAt === null) return { html: this.html, deepTags: 0, cutAt: null };
    this.pieces.push(this.html.slice(this.copied, cutAt ?? this.html.length));
    return { html: this.pieces.join(""), deepTags: this.deepTags, cutAt };
  }
}

/**
 * The tag whose name starts at `i`: [lower-case name, index after its `>`,
 * whether it ends with `/>`]. Quoted attribute values may hold `>`; an
 * unterminated quote or tag runs to the end of the HTML, as in a browser.
 */
function tagAt(html, i) {
  let j = i;
  while (j < html.length && !/[\s/>]/.test(html[j])) j++;
  const name = html.slice(i, j).toLowerCase();
  const re = /[>=]/g;
  re.lastIndex = j;
  for (;;) {
    const m = re.exec(html);
    if (!m) return [name, html.length, false];
    if (m[0] === ">") return [name, m.index + 1, html[m.index - 1] === "/"];
    let k = m.index + 1;
    while (k < html.length && /\s/.test(html[k])) k++;
    const quote = html[k];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, k + 1);
      if (close === -1) return [name, html.length, false];
      re.lastIndex = close + 1;
    } else re.lastIndex = k;
  }
}
