// Finds the summary sentences (strings from the extracted article text) in the
// live page, as DOM Ranges, so the bookmarklet can highlight them and scroll to
// them. Matching ignores whitespace entirely: the extracted text has paragraph
// breaks where the page has markup, and the page has line breaks where the text
// has spaces. No NLP here: the sentences come from the wasm core.

/** Elements whose text is not part of what a reader sees. */
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "OPTION", "SVG", "IFRAME"]);
/** A sentence that is not found whole is looked for by its first and last this many characters. */
const EDGE = 48;

/**
 * An index of the visible text under `root`: `chars` is the text without
 * whitespace; `nodes[i]`/`starts[i]` give the text node where its run starts.
 * `exclude` (an element) and its subtree are left out.
 */
export function textIndex(root, exclude = null) {
  const nodes = [];
  const starts = [];
  const parts = [];
  let length = 0;
  const doc = root.ownerDocument ?? root;
  const walker = doc.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        return SKIP.has(node.tagName.toUpperCase()) || node === exclude ? 2 /* REJECT */ : 3 /* SKIP */;
      }
      return 1; // ACCEPT text
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const squeezed = n.data.replace(/\s+/g, "");
    if (!squeezed) continue;
    nodes.push(n);
    starts.push(length);
    parts.push(squeezed);
    length += squeezed.length;
  }
  return { chars: parts.join(""), nodes, starts };
}

/** The text node and offset in it of the `pos`-th non-whitespace character. */
function position(index, pos) {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo];
  let k = pos - index.starts[lo];
  const data = node.data;
  for (let i = 0; i < data.length; i++) {
    if (/\s/.test(data[i])) continue;
    if (k === 0) return { node, offset: i };
    k--;
  }
  return { node, offset: data.length };
}

/** A Range over non-whitespace characters [from, to) of the index. */
function rangeOf(index, from, to) {
  const doc = index.nodes[0].ownerDocument;
  const start = position(index, from);
  const last = position(index, to - 1);
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(last.node, Math.min(last.node.data.length, last.offset + 1));
  return range;
}

/** How many occurrences of a sentence are tried in search of a visible one. */
const MAX_OCCURRENCES = 8;

/**
 * The first occurrence of `key` from `from` on that is rendered (a hidden
 * duplicate, e.g. a mobile-only copy, has no boxes), else the first one.
 */
function visibleMatch(index, key, from) {
  let first = null;
  let at = index.chars.indexOf(key, from);
  for (let tries = 0; at >= 0 && tries < MAX_OCCURRENCES; tries++) {
    const found = { range: rangeOf(index, at, at + key.length), end: at + key.length };
    if (found.range.getClientRects().length > 0) return found;
    first ??= found;
    at = index.chars.indexOf(key, at + 1);
  }
  return first;
}

/**
 * Ranges for `sentences` (strings, in document order) in the indexed page;
 * `null` for a sentence not found. Each is looked for after the previous one.
 */
export function locateSentences(index, sentences) {
  let cursor = 0;
  return sentences.map((sentence) => {
    const key = sentence.replace(/\s+/g, "");
    if (!key || !index.nodes.length) return null;
    const whole = visibleMatch(index, key, cursor) ?? visibleMatch(index, key, 0);
    if (whole) {
      cursor = whole.end;
      return whole.range;
    }
    // Not found whole (the page splits it differently): its two ends.
    const head = key.slice(0, EDGE);
    const tail = key.slice(-EDGE);
    const from = index.chars.indexOf(head, cursor);
    if (from < 0) return null;
    const to = index.chars.indexOf(tail, from);
    if (to < 0 || to - from > key.length * 2) return rangeOf(index, from, from + head.length);
    cursor = to + tail.length;
    return rangeOf(index, from, to + tail.length);
  });
}
