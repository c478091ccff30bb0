// The bookmarklet's bundle (built to dist/bookmarklet.js by
// scripts/bookmarklet.mjs; loaded by the loader in link.js).
// On the page the reader is on:
//   1. extract the article from a copy of the live DOM (Readability);
//   2. load the wasm from the nutgraf origin and summarize locally;
//   3. show a panel (Shadow DOM, host #nutgraf-overlay) with the summary, its
//      entities as <mark data-kind=…>, and the length control; highlight the
//      summary sentences in the page (CSS Custom Highlight API: no DOM change);
//      clicking a sentence scrolls the page to it;
//   4. Escape or the close button removes all of it and restores the page.
// If the wasm cannot run here (CSP), hand over to the loader's fallback (a new tab).
import { extractDocument, init, summarize } from "nutgraf";
import { locateSentences, textIndex } from "./locate.js";
import { panel } from "./panel.js";

const HOST_ID = "nutgraf-overlay";
const HIGHLIGHT = "nutgraf-summary";
const ACTIVE = "nutgraf-active";
/** Summary length when the panel opens. */
const DEFAULT_SENTENCES = 3;
/** Longest summary the length control offers. */
const MAX_SENTENCES = 12;

/** The origin this script was loaded from (the nutgraf page's). */
function scriptOrigin() {
  const src = document.currentScript?.src;
  if (src) return new URL(src).origin;
  return window.__nutgraf?.origin ?? null;
}

const origin = scriptOrigin();
const state = window.__nutgraf ?? (window.__nutgraf = { origin, cleanup: [] });
state.origin ??= origin;
start(state)
  .catch((e) => fail(state, e))
  .catch((e) => {
    // Even the error panel failed: say so the plainest way there is.
    delete window.__nutgraf;
    alert(`nutgraf could not run on this page: ${e?.message ?? e}`);
  });

async function start(state) {
  if (state.fellBack) return; // the loader gave up waiting and handed over to the nutgraf tab
  const article = extractDocument(document, { url: location.href });
  try {
    await init(new URL("bookmarklet_bg.wasm", `${state.origin}/`));
  } catch (e) {
    // Typically: CSP without 'wasm-unsafe-eval', or connect-src forbids the fetch.
    if (state.fallback) {
      state.fallback(`this page does not allow WebAssembly (${e?.message ?? e})`);
      return;
    }
    throw e;
  }
  open(state, article);
}

/** Shows the panel and the in-page highlights; wires close. */
function open(state, article) {
  const saved = {
    x: window.scrollX,
    y: window.scrollY,
    sheets: document.adoptedStyleSheets ? [...document.adoptedStyleSheets] : null,
    focus: document.activeElement,
  };
  const host = document.createElement("div");
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: "open" });
  const page = pageHighlights();
  let index = null; // built on first use, after the panel is in the page

  const ui = panel(root, {
    title: article.title,
    siteName: article.siteName,
    onLength: (n) => show(n),
    onSentence: (i) => page.focus(i),
    onClose: () => close(),
  });

  function show(n) {
    const result = summarize(article.text, { sentences: n, ...(article.title ? { title: article.title } : {}) });
    index ??= textIndex(document.body ?? document.documentElement, host);
    const ranges = locateSentences(
      index,
      result.sentences.map((s) => s.text),
    );
    page.set(ranges);
    ui.render(result, ranges.map(Boolean), Math.min(MAX_SENTENCES, Math.max(1, result.stats.sentences)));
  }

  const onKey = (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      close();
    }
  };

  function close() {
    document.removeEventListener("keydown", onKey, true);
    page.clear();
    host.remove();
    if (saved.sheets) document.adoptedStyleSheets = saved.sheets;
    window.scrollTo(saved.x, saved.y);
    if (saved.focus?.isConnected && saved.focus !== document.body) saved.focus.focus?.({ preventScroll: true });
    state.cleanup.forEach((f) => f());
    if (window.__nutgraf === state) delete window.__nutgraf;
  }

  state.close = close;
  if (saved.sheets && page.sheet) document.adoptedStyleSheets = [...saved.sheets, page.sheet];
  document.addEventListener("keydown", onKey, true);
  document.documentElement.appendChild(host);
  show(DEFAULT_SENTENCES);
  ui.focus();
}

/** Highlights of the summary in the page: CSS Custom Highlights, so the DOM and the layout stay as they are. */
function pageHighlights() {
  let ranges = [];
  const supported = typeof Highlight === "function" && globalThis.CSS?.highlights && "replaceSync" in CSSStyleSheet.prototype;
  if (!supported) {
    // No Custom Highlight API: no marks in the page (its DOM stays as it is), but clicks still scroll.
    return { sheet: null, set: (next) => void (ranges = next), focus: (i) => scrollTo(ranges[i]), clear() {} };
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `::highlight(${HIGHLIGHT}){background-color:rgba(255,213,0,.45);color:inherit}` +
      `::highlight(${ACTIVE}){background-color:rgba(255,149,0,.75);color:inherit}`,
  );
  return {
    sheet,
    set(next) {
      ranges = next;
      CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges.filter(Boolean)));
      CSS.highlights.delete(ACTIVE);
    },
    focus(i) {
      if (!ranges[i]) return;
      CSS.highlights.set(ACTIVE, new Highlight(ranges[i]));
      scrollTo(ranges[i]);
    },
    clear() {
      CSS.highlights.delete(HIGHLIGHT);
      CSS.highlights.delete(ACTIVE);
    },
  };
}

/** Scrolls the page so that `range` is in the middle of the view. */
function scrollTo(range) {
  range?.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "smooth" });
}

/** Never silent: an error panel (or the loader's fallback when wasm is the problem). */
function fail(state, error) {
  document.getElementById(HOST_ID)?.remove();
  const host = document.createElement("div");
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: "open" });
  const close = () => {
    host.remove();
    document.removeEventListener("keydown", onKey, true);
    state.cleanup.forEach((f) => f());
    if (window.__nutgraf === state) delete window.__nutgraf;
  };
  const onKey = (event) => {
    if (event.key === "Escape") close();
  };
  const message =
    error?.code === "NO_ARTICLE" ? "No article found on this page." : `Could not summarize this page: ${error?.message ?? error}`;
  panel(root, { title: "nutgraf", onClose: close }).error(message);
  state.close = close;
  document.addEventListener("keydown", onKey, true);
  document.documentElement.appendChild(host);
}
