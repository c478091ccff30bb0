// The page's prose container, found apart from Readability: the element that
// holds the most paragraph text for the least other text. extract.mjs falls
// back to it when Readability picks a node much smaller than it (a listicle
// whose items are separate containers, an article split into sections).
//
// One iterative walk: each text node counts for its nearest block; a block
// is prose when it is long and mostly not links; every block adds its prose
// and its other text to each of its ancestors; an element's score is its
// prose minus a share of its other text.

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
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "BUTTON", "SELECT", "TEXTAREA", "FORM", "NAV"]);

/**
 * The element inside `root` (never `root`: the whole page is no container) with the best prose score, and its prose
 * (characters), or null when the subtree has no prose block; elements that
 * are not `isVisible` count for nothing.
 */
export function proseRoot(root, isVisible = () => true) {
  const blocks = new Map(); // block element -> { chars, linked }
  collectBlocks(root, blocks, isVisible);
  const totals = new Map(); // element -> { prose, noise }
  const seen = new Set(); // prose already counted: a repeated block (a slideshow's captions) counts once
  for (const [block, { chars, linked, key: start }] of blocks) {
    if (chars === 0) continue;
    let prose = chars >= DEFAULT_PROSE_BLOCK && linked <= chars * MAX_LINK_SHARE ? chars - linked : 0;
    if (prose) {
      const key = `${chars} ${start}`;
      if (seen.has(key)) prose = 0;
      seen.add(key);
    }
    // Headings are neither (they belong to whichever prose they introduce), unless they are links (teasers).
    const heading = HEADINGS.has(block.tagName) && linked <= chars * MAX_LINK_SHARE;
    const noise = prose ? linked : heading ? 0 : chars;
    for (let el = block; el; el = el === root ? null : el.parentElement) {
      const t = totals.get(el);
      if (t) {
        t.prose += prose;
        t.noise += noise;
      } else totals.set(el, { prose, noise });
    }
  }
  let best = null;
  let bestScore = 0;
  for (const [el, { prose, noise }] of totals) {
    const score = prose - DEFAULT_NOISE_WEIGHT * noise;
    if (el !== root && prose > 0 && score > bestScore) {
      best = { el, prose, noise };
      bestScore = score;
    }
  }
  if (best) {
    let largest = 0;
    for (let c = best.el.firstElementChild; c; c = c.nextElementSibling) largest = Math.max(largest, totals.get(c)?.prose ?? 0);
    best.largestPart = largest;
  }
  return best;
}

function notProse(el) {
  const tokens = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.split(/\s+/);
  return tokens.some((t) => t && NOT_PROSE.test(t));
}

/** Characters of prose in `root`'s subtree (repeated blocks count once). */
export function proseChars(root) {
  const blocks = new Map();
  collectBlocks(root, blocks, () => true);
  let total = 0;
  const seen = new Set();
  for (const { chars, linked, key: start } of blocks.values()) {
    if (chars < DEFAULT_PROSE_BLOCK || linked > chars * MAX_LINK_SHARE) continue;
    const key = `${chars} ${start}`;
    if (!seen.has(key)) total += chars - linked;
    seen.add(key);
  }
  return total;
}

/** Characters of text (whitespace runs count one) and of link text, per nearest block. */
function collectBlocks(root, blocks, isVisible) {
  let node = root;
  let inLinks = 0; // open <a> elements around `node`
  while (node) {
    let skip = false;
    if (node.nodeType === 1) {
      if (SKIP.has(node.tagName) || !isVisible(node) || (node !== root && notProse(node))) skip = true;
    } else if (node.nodeType === 3) {
      const text = node.data.replace(/\s+/g, " ").trim();
      let block = text ? node.parentElement : null;
      while (block && !BLOCKS.has(block.tagName)) block = block.parentElement;
      if (block) {
        const b = blocks.get(block) ?? { chars: 0, linked: 0, key: "" };
        const chars = text.length;
        b.chars += chars;
        if (b.key.length < KEY_CHARS) b.key += text;
        if (inLinks) b.linked += chars;
        blocks.set(block, b);
      }
    }
    if (!skip && node.nodeType === 1 && node.firstChild) {
      if (node.tagName === "A") inLinks++;
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node?.tagName === "A") inLinks--;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}
