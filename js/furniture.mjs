// Page furniture that Readability keeps as article text: comments, related
// links, share bars, newsletter boxes, photo credits, "read also" teasers.
// Two passes, each a set of small signals:
//   findFurniture(doc)        before Readability: containers whose class, id,
//                             role or tag say what they are (extract.mjs
//                             removes them once Readability has read the metadata);
//   removeFurnitureBlocks(el) after Readability, on the article: short blocks
//                             whose own words say what they are.
// Walks are iterative; signals are compiled once (REGEXPS).

/** A block is "short" (a teaser, a prompt, a credit) below this many characters. */
export const DEFAULT_SHORT_BLOCK = 160;
/** A short paragraph whose text is this much one link (share of characters) is a link to elsewhere. */
export const DEFAULT_LINK_ONLY_SHARE = 0.9;

const REGEXPS = {
  // class / id tokens of furniture containers (whole tokens; "shareholder" is not "share").
  furniture: new RegExp(
    "(?:^|[\\s_-])(?:" +
      [
        "comments?",
        "comment-?(?:list|form|respond|section|area|wrapper)",
        "commentlist",
        "respond",
        "disqus(?:_thread)?",
        "replies",
        "share|sharing|sharebar|share-?buttons?|shariff|sharedaddy|addthis|social(?:-?(?:media|links|share|icons|bar))?|sociable",
        "related(?:-?(?:posts?|articles?|content|stories|links))?|yarpp|jp-relatedposts|more-?stories|recommended|recommendations?",
        "newsletter|subscribe|subscription|signup|cookie|consent|gdpr|modal|popup",
        "breadcrumbs?|pagination|pager|tag-?(?:list|cloud)|post-?tags",
        "advert(?:isement)?|ads?|ad-?(?:slot|container|wrapper|unit)|sponsor(?:ed)?|promo",
        "print-?(?:link|button)|toolbar|rating|star-?rating|disclosure|disclaimer",
        "author-?(?:box|bio|info|card|profile)|about-?the-?author",
        "post-?meta(?:data)?|entry-?meta|article-?meta|entry-?footer|post-?footer|article-?footer|copyright|affiliate(?:-?(?:text|links?|box))?",
        "byline|dateline|writtenby",
        "(?:wp-|img-|image-|photo-|media-)?caption(?:-?text)?|credits?|(?:image|photo|img)-?(?:credits?|source)",
      ].join("|") +
      ")(?:$|[\\s_-])",
    "i",
  ),
  // The same container words where they must not apply: the article itself.
  keep: /(?:^|[\s_-])(?:article|main|post-?(?:body|content)|entry-?content|story-?body|content-?body)(?:$|[\s_-])/i,
  roles: /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog)$/i,
  // Words that open a "read also" teaser or a share / newsletter prompt, in the corpus' languages and more.
  teaser:
    /^(?:lea(?: también| más)?|mire|mira|lesen sie (?:auch|hier|mehr)|lies auch|mehr (?:zum thema|dazu|themen)|weiterlesen|siehe auch|auch interessant|das könnte sie auch interessieren|read (?:more|also|next)|related|see also|more on this|recommended|voir aussi|à lire aussi|lire aussi|leia (?:também|mais)|veja também|czytaj (?:też|także|więcej)|leggi anche)\b\s*[:»›>|-]/i,
  prompt:
    /\b(?:permalink|permalien|alle angaben ohne gewähr|hier klicken|click here|jetzt registrieren|teilen|share (?:this|on)|compartir|partager|condividi|newsletter|subscribe|abonnieren|sign up|melden sie sich|hazte miembro|war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)|was this (?:article )?helpful|join our)\b/i,
  // Headings that introduce other articles ("More on this", "Weitere Tourentipps").
  moreHeading:
    /^(?:weitere|mehr (?:themen|zum thema|artikel|dazu)|entdecke weitere|das könnte|auch interessant|ähnliche|beliebte|more (?:on|from|stories|articles)|other (?:stories|articles)|related|you (?:may|might) also|popular|trending|read next|leer más|más noticias|te puede interesar|otras noticias|noticias relacionadas|à lire|voir aussi|sur le même sujet|audios et vidéos|articles? liés?|czytaj (?:też|także)|zobacz (?:też|także))\b/i,
  // A paragraph that is only a date ("23.10.2018", "March 3, 2021", "2021-03-03").
  dateOnly:
    /^(?:\d{1,2}[./]\s?\d{1,2}[./]\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.? \p{L}+\.? \d{4}|\p{L}+\.? \d{1,2},? \d{4})(?:,? \d{1,2}[:.]\d{2}(?: ?uhr| ?[ap]\.?m\.?)?)?$/iu,
  // Link text that only says "more" (inline "[czytaj więcej]", "Read more »").
  moreLink: /^\W*(?:czytaj (?:dalej|więcej)|więcej|read more|continue reading|weiterlesen|mehr lesen|leer más|lire la suite|leggi (?:tutto|di più)|ler mais)\W*$/i,
  // Multi-page markers: "Page 2 of 5", "Seite 1 von 3", "« Previous page | Next page »".
  pageMarker:
    /^(?:[«‹<]\s*)?(?:(?:page|seite|página|pagina|strona|sida)\s+\d+\s*(?:of|von|de|di|z|av|\/)\s*\d+|(?:previous|next|vorherige|nächste|siguiente|anterior|suivante|précédente)(?: (?:page|seite|página|pagina))?(?:\s*[|·/-]\s*(?:previous|next|vorherige|nächste|siguiente|anterior|suivante|précédente)(?: (?:page|seite|página|pagina))?)?)(?:\s*[»›>])?$/i,
  adLabel: /^(?:anzeige|werbung|advertisement|publicidad|publicité|pubblicità|reklama|sponsored)\s*:?$/i,
  credit:
    /^(?:\(?(?:foto|fotos|photo|photos|bild|bilder|image|images|quelle|source|credit|credits|grafik|illustration|video|beitragsbild|titelbild|titelfoto|symbolbild|symbolfoto|aufmacherbild)s?\s*[:©]|©|(?:photograph|photo|picture|image|foto|bild) (?:by|von|de|di|par)\b)/i,
};

const CONTAINERS = new Set(["DIV", "SECTION", "ASIDE", "UL", "OL", "NAV", "FOOTER", "FORM", "DL", "TABLE", "P", "SPAN", "HEADER", "SMALL", "CITE"]);
const BLOCKS = "p, li, div, h2, h3, h4, h5, h6, figcaption, blockquote, dd, dt, td";

function signature(el) {
  return `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
}

/** Class tokens that name a taxonomy term, not a part of the page (WordPress: tag-news, category-share…). */
const TAXONOMY = /^(?:tag|category|categories|post-tag|format|type|status|has|is|wp-block)[-_]/i;

/**
 * Why `el` (before Readability) is a furniture container ("nav", "comments",
 * "role:banner"…), or null.
 */
export function furnitureReason(el) {
  const tag = el.tagName;
  if (tag === "NAV") return "nav";
  if (tag === "FIGCAPTION") return "caption";
  if (tag === "ASIDE" && !el.querySelector("article")) return "aside";
  const role = el.getAttribute("role");
  if (role && REGEXPS.roles.test(role)) return `role:${role}`;
  const tokens = signature(el)
    .split(/\s+/)
    .filter((t) => t && !TAXONOMY.test(t));
  if (tokens.some((t) => REGEXPS.keep.test(t))) return null;
  for (const t of tokens) {
    const m = REGEXPS.furniture.exec(t);
    if (!m) continue;
    const reason = m[0].replace(/^[\s_-]|[\s_-]$/g, "").toLowerCase();
    // Captions and credits may sit on any element (<strong class="caption">); other furniture on containers.
    if (CONTAINERS.has(tag) || /caption|credit/.test(reason)) return reason;
  }
  return null;
}

/** Byline containers are furniture only while they are as short as a byline. */
const BYLINE_REASONS = new Set(["byline", "dateline", "writtenby"]);
const BYLINE_MAX = 100;
const BYLINE_MARK = "data-nutgraf-byline";

/** A container holding at least this share of the page's text is never furniture (a misnamed wrapper). */
export const DEFAULT_MAX_FURNITURE_SHARE = 0.5;

/** The furniture containers of `doc` (outermost only), to remove before Readability. */
export function findFurniture(doc) {
  const body = doc.body ?? doc.documentElement;
  const total = squeezed(body).length;
  const found = [];
  let node = body.firstElementChild;
  while (node) {
    const reason = furnitureReason(node);
    if (BYLINE_REASONS.has(reason)) {
      // Readability reads the byline from it: marked now, removed from the article afterwards.
      if (squeezed(node).length <= BYLINE_MAX) node.setAttribute(BYLINE_MARK, "");
      node = nextElement(node, body);
      continue;
    }
    const tooLong = reason && squeezed(node).length >= total * DEFAULT_MAX_FURNITURE_SHARE;
    if (reason && !tooLong && !holdsProse(node, reason)) {
      found.push(node);
      node = nextElementSkippingChildren(node, body);
    } else node = nextElement(node, body);
  }
  return found;
}

/** A paragraph this long is prose. */
const PROSE_CHARS = 150;

/**
 * Whether a container named like furniture holds article prose (two long
 * paragraphs): a share bar or an ad slot does not, a wrapper that merely has
 * "share" in its class does. Comments and related articles are furniture even
 * when they hold prose.
 */
function holdsProse(el, reason) {
  if (/comment|disqus|repl|respond|related|recommend|stories|yarpp|disclosure|disclaimer|caption|credit/.test(reason)) return false;
  let long = 0;
  for (const p of el.querySelectorAll("p")) {
    if (squeezed(p).length >= PROSE_CHARS && ++long >= 2) return true;
  }
  return false;
}

function nextElement(el, root) {
  return el.firstElementChild ?? nextElementSkippingChildren(el, root);
}

function nextElementSkippingChildren(el, root) {
  while (el && el !== root) {
    if (el.nextElementSibling) return el.nextElementSibling;
    el = el.parentElement;
  }
  return null;
}

/** "More on this" headings, each with the link list that follows it. */
function moreHeadings(root) {
  const found = [];
  for (const h of root.querySelectorAll("h2, h3, h4, h5, h6")) {
    const text = squeezed(h);
    if (text.length > 80 || !REGEXPS.moreHeading.test(text)) continue;
    found.push(h);
    const next = h.nextElementSibling;
    if (next && ["UL", "OL", "DIV", "P"].includes(next.tagName)) {
      const length = squeezed(next).length;
      if (length && linkShare(next, length) >= 0.5) found.push(next);
    }
  }
  return found;
}

function squeezed(el) {
  return (el.textContent ?? "").replace(/\s+/g, " ").trim();
}

function linkShare(el, length) {
  let linked = 0;
  for (const a of el.querySelectorAll("a")) linked += squeezed(a).length;
  return length ? linked / length : 0;
}

/** Whether a block of the extracted article is furniture by its own words. */
function isFurnitureBlock(el) {
  const text = squeezed(el);
  if (text.length === 0) return false;
  if (text.length > DEFAULT_SHORT_BLOCK * 2) return false;
  if (REGEXPS.teaser.test(text)) return true;
  if (text.length > DEFAULT_SHORT_BLOCK) return false;
  if (REGEXPS.credit.test(text)) return true;
  if (REGEXPS.prompt.test(text) && text.split(" ").length <= 12) return true;
  if (REGEXPS.adLabel.test(text) || REGEXPS.dateOnly.test(text) || REGEXPS.pageMarker.test(text)) return true;
  // A short paragraph that is one link and nothing else: a link to another article.
  if (el.tagName === "P" && el.querySelectorAll("a").length === 1 && linkShare(el, text.length) >= DEFAULT_LINK_ONLY_SHARE) return true;
  return false;
}

/** Removes furniture blocks from the extracted article `root` (modified in place). */
export function removeFurnitureBlocks(root) {
  const doomed = [...moreHeadings(root), ...root.querySelectorAll(`[${BYLINE_MARK}]`)];
  for (const a of root.querySelectorAll("a")) if (REGEXPS.moreLink.test(squeezed(a))) doomed.push(a);
  for (const el of root.querySelectorAll(BLOCKS)) {
    // Only blocks without block children: a container is judged by its parts.
    if (el.querySelector("p, div, li, table, blockquote")) continue;
    if (isFurnitureBlock(el)) doomed.push(el);
  }
  for (const el of doomed) el.remove();
}
