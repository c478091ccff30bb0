// The article's lead (standfirst, intro, dek): pages often put it in the
// article's <header>, apart from the body, and Readability then leaves it out.
// Leads are noted before Readability runs; afterwards a lead of the same
// <article> (or <main>) as the extracted paragraphs, before them and missing
// from them, is put back at the top.

/** Class-name parts that mark a lead paragraph. */
const LEAD_PART = /^(?:lead|lede|intro|introtext|standfirst|dek|deck|excerpt|summary|subtitle|subline|abstract)$/i;
/** A lead is a paragraph: at least this many characters, at most LEAD_MAX. */
const LEAD_MIN = 40;
const LEAD_MAX = 800;

/** The <article> and <main> elements around `el`, nearest first. */
function containersOf(el) {
  const found = [];
  for (let e = el.parentElement; e; e = e.parentElement) {
    if (e.tagName === "ARTICLE" || e.tagName === "MAIN") found.push(e);
  }
  return found;
}

function squeezed(el) {
  return (el.textContent ?? "").replace(/\s+/g, " ").trim();
}

function isLead(el) {
  const parts = (el.getAttribute("class") ?? "").split(/[\s_-]+/);
  if (!parts.some((p) => LEAD_PART.test(p))) return false;
  const text = squeezed(el);
  if (text.length < LEAD_MIN || text.length > LEAD_MAX) return false;
  let linked = 0;
  for (const a of el.querySelectorAll("a")) linked += squeezed(a).length;
  return linked < text.length * 0.3 && !el.querySelector("p, div, ul, ol, table");
}

/**
 * Notes the leads of `doc` and where every paragraph is (its containers, its
 * position), before Readability moves them. Returns `restore(content)`.
 */
export function noteLeads(doc) {
  const body = doc.body ?? doc.documentElement;
  const leads = [];
  const order = new Map(); // element -> position in document order
  let position = 0;
  for (const el of body.querySelectorAll("*")) {
    order.set(el, position++);
    if (!["P", "DIV", "SPAN"].includes(el.tagName) || !el.hasAttribute("class") || !isLead(el)) continue;
    const [container] = containersOf(el);
    if (container) leads.push({ text: squeezed(el), container, position: order.get(el) });
  }
  if (!leads.length) return () => {};
  const containers = new Set(leads.map((l) => l.container));
  const home = new Map();
  for (const p of body.querySelectorAll("p")) {
    const mine = containersOf(p).filter((c) => containers.has(c));
    if (mine.length) home.set(p, { containers: mine, position: order.get(p) });
  }
  return (content) => restoreLead(content, leads, home);
}

/**
 * Puts back the first lead that stands before the extracted paragraphs of its
 * own <article>/<main> and is missing from them. One at most: the summaries
 * of other stories further down a <main> are teasers, not leads.
 */
function restoreLead(content, leads, home) {
  const first = new Map(); // container -> position of its first extracted paragraph
  for (const p of content.querySelectorAll("p")) {
    const where = home.get(p);
    if (!where) continue;
    for (const c of where.containers) if (!first.has(c) || where.position < first.get(c)) first.set(c, where.position);
  }
  const text = squeezed(content);
  const lead = leads.find((l) => first.has(l.container) && l.position < first.get(l.container) && !text.includes(l.text));
  if (!lead) return;
  const p = content.ownerDocument.createElement("p");
  p.textContent = lead.text;
  const top = content.firstElementChild ?? content;
  top.insertBefore(p, top.firstChild);
}
