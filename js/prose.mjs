// The page's prose container, found apart from Readability: the element that
// holds the most paragraph text for the least other text. extract.mjs falls
// back to it when Readability picks a node much smaller than it (a listicle
// whose items are separate containers, an article split into sections).
//
// One iterative walk: each text node counts for its nearest block; a block
// is prose when it is long and mostly not links; on leaving an element, its
// prose and other text go to its parent; an element's score is its prose
// minus a share of its other text.

/** A block of at least this many characters, mostly not links, is prose. */
export const DEFAULT_PROSE_BLOCK = 80;
/** A block whose text is more than this share links is not prose. */
const MAX_LINK_SHARE = 0.3;
/** What a character of non-prose text costs a container, in prose characters. */
export const DEFAULT_NOISE_WEIGHT = 0.5;

const BLOCKS = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DIV DL DT FIGCAPTION FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL BODY".split(" "),
);
/** A block is known by its length and this many characters of its own text (a repeated block counts once). */
const KEY_CHARS = 200;
const HEADINGS = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
/** Class / id tokens of containers whose text is not the article's prose: galleries, slideshows, live feeds. */
const NOT_PROSE = /^(?:[\w-]*[-_])?(?:gallery|galleries|slideshow|carousel|slider|lightbox|ticker)(?:[-_]\d+)?$|^live(?:[-_](?:feed|flux|ticker|blog|stream|news))*$/i;
/** Tags a gallery or a feed comes in (other elements' classes are not read: a walk over every element's class is slow). */
const CONTAINERS = new Set(["DIV", "SECTION", "UL", "OL", "ASIDE", "FIGURE"]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "SELECT", "TEXTAREA", "FORM", "NAV"]);

/**
 * The element inside `root` (never `root` itself: the whole page is no
 * container) with the best prose score, with its prose and other text
 * (characters); null when there is no prose block. Hidden elements,
 * galleries and live feeds count for nothing.
 */
export function proseRoot(root) {
  let best = null;
  let bestScore = 0;
  walk(root, (el, prose, noise) => {
    const score = prose - DEFAULT_NOISE_WEIGHT * noise;
    if (el !== root && prose > 0 && score > bestScore) {
      best = { el, prose, noise };
      bestScore = score;
    }
  });
  return best;
}

/** Characters of prose in `root`'s subtree (repeated blocks count once). */
export function proseChars(root) {
  return walk(root, () => {}).prose;
}

const NON_SPACE = /\S/;
const SPACES = /\s+/g;

/** Hidden as Readability sees it (hidden, aria-hidden, an inline display:none or visibility:hidden), from the attributes alone. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function skipped(el, root) {
  if (SKIP.has(el.tagName) || el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  if (style && HIDDEN_STYLE.test(style)) return true;
  return el !== root && CONTAINERS.has(el.tagName) && notProse(el);
}

function notProse(el) {
  const tokens = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.split(/\s+/);
  return tokens.some((t) => t && NOT_PROSE.test(t));
}

/**
 * Walks `root`'s subtree once; calls `visit(el, prose, noise)` as each element
 * is left, with the totals of its subtree; returns the root's totals. The
 * stack of open elements is kept in parallel arrays (no object per element).
 */
function walk(root, visit) {
  const seen = new Set(); // prose already counted: a repeated block (a slideshow's captions) counts once
  const els = [];
  const prose = [];
  const noise = [];
  const chars = []; // own text of a block (-1: not a block)
  const linked = [];
  const keys = [];
  let top = -1;
  let inLinks = 0; // open <a> elements
  const open = (el) => {
    top++;
    els[top] = el;
    prose[top] = 0;
    noise[top] = 0;
    chars[top] = BLOCKS.has(el.tagName) ? 0 : -1;
    linked[top] = 0;
    keys[top] = "";
    if (el.tagName === "A") inLinks++;
  };
  const close = () => {
    const el = els[top];
    if (el.tagName === "A") inLinks--;
    if (chars[top] > 0) ownText(top);
    const p = prose[top];
    const n = noise[top];
    visit(el, p, n);
    els[top] = null;
    top--;
    if (top >= 0) {
      prose[top] += p;
      noise[top] += n;
    }
    return p;
  };
  // A block's own text: prose when long and mostly not links, else other text (headings that are not links: neither).
  const ownText = (i) => {
    const n = chars[i];
    const l = linked[i];
    let p = n >= DEFAULT_PROSE_BLOCK && l <= n * MAX_LINK_SHARE ? n - l : 0;
    if (p) {
      const id = `${n} ${keys[i]}`;
      if (seen.has(id)) p = 0;
      seen.add(id);
    }
    const heading = HEADINGS.has(els[i].tagName) && l <= n * MAX_LINK_SHARE;
    prose[i] += p;
    noise[i] += p ? l : heading ? 0 : n;
  };
  open(root);
  let node = root.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === 1) enter = !skipped(node, root);
    else if (node.nodeType === 3 && NON_SPACE.test(node.data)) {
      let b = top;
      while (b >= 0 && chars[b] < 0) b--;
      if (b >= 0) {
        const text = node.data.replace(SPACES, " ").trim();
        chars[b] += text.length;
        if (inLinks) linked[b] += text.length;
        if (keys[b].length < KEY_CHARS) keys[b] += text;
      }
    }
    if (enter) {
      open(node);
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      close();
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) close();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { prose: close() };
}
