// The article's lead (standfirst, intro, dek): pages often put it in the
// article's <header>, apart from the body, and Readability then leaves it out.
// Leads are noted before Readability runs; afterwards a lead of the same
// <article> (or <main>) as the extracted paragraphs, missing from them, is put
// back at the top.

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
 * Notes the leads of `doc` and the container of every paragraph, before
 * Readability moves them. Returns `restore(content)` for afterwards.
 */
export function noteLeads(doc) {
  const body = doc.body ?? doc.documentElement;
  const leads = [];
  for (const el of body.querySelectorAll("p[class], div[class], span[class]")) {
    if (!isLead(el)) continue;
    const [container] = containersOf(el);
    if (container) leads.push({ text: squeezed(el), container });
  }
  if (!leads.length) return () => {};
  const containers = new Set(leads.map((l) => l.container));
  const home = new Map();
  for (const p of body.querySelectorAll("p")) {
    const mine = containersOf(p).filter((c) => containers.has(c));
    if (mine.length) home.set(p, mine);
  }
  return (content) => restoreLeads(content, leads, home);
}

function restoreLeads(content, leads, home) {
  const present = new Set();
  for (const p of content.querySelectorAll("p")) for (const c of home.get(p) ?? []) present.add(c);
  const text = squeezed(content);
  const doc = content.ownerDocument;
  const missing = leads.filter((l) => present.has(l.container) && !text.includes(l.text));
  const top = content.firstElementChild ?? content;
  for (const lead of missing.reverse()) {
    const p = doc.createElement("p");
    p.textContent = lead.text;
    top.insertBefore(p, top.firstChild);
  }
}
