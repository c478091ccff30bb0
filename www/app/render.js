// Turns a result into DOM nodes. Only textContent and elements: article text
// never goes through an HTML parser. No NLP: spans come from the core.

/** Entity kinds the core reports, and the letter shown on chips. */
export const KINDS = {
  person: "P",
  place: "L",
  organization: "O",
  date: "D",
  amount: "#",
  other: "•",
};

const kindOf = (k) => (k in KINDS ? k : "other");

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("data-") || key.startsWith("aria-") || key === "role" || key === "tabindex") {
      node.setAttribute(key, value);
    } else node[key] = value;
  }
  node.append(...children);
  return node;
}
export { el };

/**
 * Every entity mention as one sorted list of non-overlapping spans:
 * `{ start, end, entity, kind }`. Where mentions overlap, the earlier
 * (then the longer) one wins.
 */
export function mentionIndex(result) {
  const all = [];
  (result.entities ?? []).forEach((entity, i) => {
    for (const m of entity.mentions ?? []) {
      if (m.end > m.start) all.push({ start: m.start, end: m.end, entity: i, kind: kindOf(entity.kind) });
    }
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let reach = -1;
  for (const m of all) {
    if (m.start >= reach) {
      out.push(m);
      reach = m.end;
    }
  }
  return out;
}

/** Index of the first mention that ends after `pos` (binary search). */
function firstAfter(marks, pos) {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Appends text[from, to) to `parent`, with entity mentions as <mark data-kind>. */
export function appendRange(parent, text, from, to, marks) {
  let pos = from;
  for (let i = firstAfter(marks, from); i < marks.length && marks[i].start < to; i++) {
    const m = marks[i];
    const s = Math.max(m.start, from);
    const e = Math.min(m.end, to);
    if (s > pos) parent.append(text.slice(pos, s));
    parent.append(el("mark", { "data-kind": m.kind, "data-entity": m.entity, text: text.slice(s, e) }));
    pos = e;
  }
  if (to > pos) parent.append(text.slice(pos, to));
}

/** The summary as <li> items, each clickable to show it in the article. */
export function summaryItems(text, result, marks) {
  return result.sentences.map((s, n) => {
    const li = el("li", { tabindex: "0", "data-index": s.index, "aria-describedby": "sentence-hint" });
    li.dataset.n = n + 1;
    appendRange(li, text, s.start, s.end, marks);
    return li;
  });
}

/**
 * The whole article, summary sentences wrapped in <span class="sent" id="sent-INDEX">.
 * With `context` > 0 (a very long article), only the summary sentences and up to
 * `context` characters around each are shown, with a gap marker between excerpts.
 */
export function fullText(container, text, result, marks, context = 0) {
  const frag = document.createDocumentFragment();
  const gap = () => frag.append(el("span", { class: "gap", "aria-label": "text left out", text: "\n…\n" }));
  let pos = 0;
  result.sentences.forEach((s, n) => {
    const from = context ? Math.max(pos, s.start - context) : pos;
    if (context && from > pos) gap();
    if (s.start > from) appendRange(frag, text, from, s.start, marks);
    const span = el("span", { class: "sent", id: `sent-${s.index}`, tabindex: "-1", "data-n": n + 1 });
    appendRange(span, text, s.start, s.end, marks);
    frag.append(span);
    const next = result.sentences[n + 1]?.start ?? text.length;
    const to = context ? Math.min(next, s.end + context) : next;
    if (to > s.end) appendRange(frag, text, s.end, to, marks);
    pos = Math.max(s.end, to);
  });
  if (text.length > pos) {
    if (context) gap();
    else appendRange(frag, text, pos, text.length, marks);
  }
  container.replaceChildren(frag);
}

/** Chips for the top entities: letter, name, count; a toggle button each. */
export function entityChips(result, limit) {
  return (result.entities ?? []).slice(0, limit).map((entity, i) => {
    const kind = kindOf(entity.kind);
    const count = entity.count;
    const mentions = `${count} mention${count === 1 ? "" : "s"}`;
    const button = el(
      "button",
      { type: "button", class: "chip", "data-kind": kind, "data-entity": i, "aria-pressed": "false", "aria-label": `${entity.text}, ${kind}, ${mentions}`, title: `${kind}, ${mentions}` },
      [
        el("span", { class: "kind", "aria-hidden": "true", text: KINDS[kind] }),
        el("span", { class: "name", text: entity.text }),
        el("span", { class: "count", text: String(count) }),
      ],
    );
    return el("li", {}, [button]);
  });
}

/** Chips for the keywords. */
export function keywordChips(result, limit) {
  return (result.keywords ?? []).slice(0, limit).map((k) => el("li", {}, [el("span", { class: "chip keyword" }, [el("span", { class: "name", text: k.text })])]));
}

/** Reading speed used for reading times (words per minute, a common adult average). */
export const WPM = 230;

/** Time to read `words` words: "40 sec", "2 min". */
export function duration(words) {
  const secs = Math.round((Math.max(words, 0) / WPM) * 60);
  if (secs < 60) return `${words > 0 ? Math.max(secs, 1) : 0} sec`;
  return `${Math.round(secs / 60)} min`;
}

/** "2 min read", "40 sec read". */
export const readingTime = (words) => `${duration(words)} read`;

const fmt = new Intl.NumberFormat("en");
export const number = (n) => fmt.format(n);

/** "5,000 characters", "5.2 million characters". */
export const characters = (n) => `${n >= 1e6 ? `${(n / 1e6).toFixed(1)} million` : number(n)} characters`;

const languageNames = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "language" }) : null;

/** The English name of an ISO 639-1 code ("de" → "German"), or the code itself. */
export function languageName(code) {
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}
