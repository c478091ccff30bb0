// The bookmarklet's panel, drawn inside a shadow root: page CSS cannot reach
// it (the host's own box is pinned with !important, which beats any page rule
// on the host), and its CSS cannot reach the page. Only textContent is used for
// page-derived text. Sizes are in px, not rem, so the page's root font size
// does not matter either.

const CSS_TEXT = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 16px 16px auto auto !important;
  width: min(420px, calc(100vw - 32px)) !important;
  max-height: calc(100vh - 32px) !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important;
  transform: none !important; filter: none !important; opacity: 1 !important;
  visibility: visible !important; contain: layout style !important;
  z-index: 2147483647 !important;
}
* { box-sizing: border-box; }
.panel {
  display: flex; flex-direction: column; max-height: calc(100vh - 32px);
  background: #fffdf8; color: #1d1d1f; border: 1px solid #d8d2c4; border-radius: 12px;
  box-shadow: 0 10px 40px rgba(0, 0, 0, .28);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
  overflow: hidden;
}
header { display: flex; align-items: center; gap: 8px; padding: 12px 14px 8px; border-bottom: 1px solid #ece6d8; }
.brand { font-weight: 700; font-size: 13px; letter-spacing: .04em; text-transform: uppercase; color: #8a5a00; }
.title { flex: 1; min-width: 0; font-size: 14px; font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
button.close {
  all: unset; cursor: pointer; width: 28px; height: 28px; border-radius: 6px; text-align: center;
  font-size: 20px; line-height: 28px; color: #555;
}
button.close:hover, button.close:focus-visible { background: #efe9dc; color: #000; outline: 2px solid #8a5a00; }
.controls { display: flex; align-items: center; gap: 10px; padding: 8px 14px; font-size: 13px; color: #444; }
.controls input { flex: 1; accent-color: #8a5a00; }
.body { overflow: auto; padding: 4px 14px 12px; }
ol { margin: 0; padding: 0 0 0 22px; }
li { margin: 0 0 8px; padding: 0; }
li::marker { color: #8a5a00; font-weight: 600; }
button.sentence {
  all: unset; display: block; cursor: pointer; border-radius: 6px; padding: 2px 4px; margin-left: -4px;
  font: inherit; color: inherit; white-space: normal;
}
button.sentence:hover, button.sentence:focus-visible { background: #fff1c2; outline: 1px solid #e0b000; }
button.sentence[disabled] { cursor: default; }
mark { border-radius: 3px; padding: 0 2px; color: inherit; font: inherit; }
mark[data-kind="person"] { background: #dbeafe; }
mark[data-kind="place"] { background: #dcfce7; }
mark[data-kind="organization"] { background: #ede9fe; }
mark[data-kind="date"] { background: #ffedd5; }
mark[data-kind="amount"] { background: #ccfbf1; }
mark[data-kind="other"] { background: #e5e7eb; }
h2 { margin: 10px 0 6px; font-size: 12px; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; color: #6b6b6b; }
.entities { display: flex; flex-wrap: wrap; gap: 6px; }
.entities mark { font-size: 13px; padding: 1px 6px; }
.entities small { color: #666; font-size: 11px; margin-left: 3px; }
.status { padding: 0 14px 10px; font-size: 12px; color: #6b6b6b; }
.error { padding: 12px 14px; color: #8f1d14; font-weight: 600; }
`;

/** Constructable stylesheets (not subject to the page's style-src CSP, unlike a <style>). */
const CAN_ADOPT = typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype;
let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
  }
  return sheet;
}

/**
 * Adopts the panel's sheet in `root`; false if that throws, as it does in
 * Firefox's content scripts (bugzilla.mozilla.org 1770592; not tested here).
 */
function adopt(root) {
  try {
    root.adoptedStyleSheets = [styles()];
    return true;
  } catch {
    return false;
  }
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

/** A sentence with the entity mentions inside it wrapped in <mark data-kind=…>. */
function markedSentence(sentence, mentions) {
  const frag = document.createDocumentFragment();
  let at = sentence.start;
  for (const m of mentions) {
    if (m.start < at || m.end > sentence.end) continue;
    frag.append(sentence.text.slice(at - sentence.start, m.start - sentence.start));
    frag.append(el("mark", { "data-kind": m.kind, text: sentence.text.slice(m.start - sentence.start, m.end - sentence.start) }));
    at = m.end;
  }
  frag.append(sentence.text.slice(at - sentence.start));
  return frag;
}

/** Every mention of every entity, with its kind, sorted by position. */
function allMentions(result) {
  const out = [];
  for (const e of result.entities) for (const m of e.mentions) out.push({ start: m.start, end: m.end, kind: e.kind });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Builds the panel in `root`. Returns { render(result, located, max), error(message), focus() }.
 * Callbacks: onLength(n), onSentence(i), onClose().
 */
export function panel(root, { title, siteName, onLength, onSentence, onClose }) {
  // Older browsers, or a content script whose sheet the page's document refuses: a <style> in the shadow root.
  if (!CAN_ADOPT || !adopt(root)) root.append(el("style", { text: CSS_TEXT }));
  const close = el("button", { class: "close", type: "button", "aria-label": "Close nutgraf", title: "Close (Esc)", text: "×", onclick: onClose });
  const slider = el("input", { type: "range", min: "1", max: "10", value: "3", "aria-label": "Summary length in sentences" });
  const count = el("output", { text: "3 sentences" });
  slider.addEventListener("input", () => onLength?.(Number(slider.value)));
  const list = el("ol", { class: "summary" });
  const entities = el("div", { class: "entities" });
  const status = el("div", { class: "status", role: "status" });
  const body = el("div", { class: "body" }, list, el("h2", { text: "Key entities" }), entities);
  const box = el(
    "section",
    { class: "panel", role: "dialog", "aria-label": "nutgraf summary" },
    el("header", {}, el("span", { class: "brand", text: "nutgraf" }), el("span", { class: "title", text: title ?? siteName ?? "" }), close),
    el("div", { class: "controls" }, el("label", { text: "Length" }), slider, count),
    body,
    status,
  );
  root.append(box);

  return {
    render(result, located, max) {
      slider.max = String(max);
      slider.value = String(Math.min(max, result.sentences.length));
      count.textContent = `${result.sentences.length} sentence${result.sentences.length === 1 ? "" : "s"}`;
      const mentions = allMentions(result);
      list.replaceChildren(
        ...result.sentences.map((s, i) =>
          el(
            "li",
            {},
            el(
              "button",
              located[i]
                ? { class: "sentence", type: "button", title: "Show in the page", onclick: () => onSentence?.(i) }
                : { class: "sentence", type: "button", disabled: "", title: "Not found in the page" },
              markedSentence(s, mentions),
            ),
          ),
        ),
      );
      entities.replaceChildren(
        ...result.entities.slice(0, 8).map((e) => el("mark", { "data-kind": e.kind, title: e.kind }, e.text, el("small", { text: `×${e.count}` }))),
      );
      const words = result.stats?.words;
      status.textContent = `Summarized on this device${words ? ` from ${words} words` : ""}. Nothing left your browser.`;
    },
    error(message) {
      box.replaceChildren(box.firstChild, el("div", { class: "error", role: "alert", text: message }));
    },
    focus() {
      close.focus({ preventScroll: true });
    },
  };
}
