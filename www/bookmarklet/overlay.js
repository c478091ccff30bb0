// The overlay shared by the bookmarklet (www/bookmarklet/main.js) and the
// browser extension (www/extension/content.js): given an extracted article and
// a way to summarize it,
//   1. show a panel (Shadow DOM, host #nutgraf-overlay) with the summary, its
//      entities as <mark data-kind=…>, and the length control; highlight the
//      summary sentences in the page (CSS Custom Highlight API: no DOM change);
//      clicking a sentence scrolls the page to it;
//   2. Escape or the close button removes all of it and restores the page.
// `summarize(text, options)` returns the core's result or a promise of it: the
// bookmarklet runs the wasm in the page, the extension in its service worker.
// No NLP here: the sentences and entities come from the wasm core.
import { locateSentences, textIndex } from "./locate.js";
import { panel } from "./panel.js";

export const HOST_ID = "nutgraf-overlay";
const HIGHLIGHT = "nutgraf-summary";
const ACTIVE = "nutgraf-active";
/** Summary length when the panel opens. */
export const DEFAULT_SENTENCES = 3;
/** Longest summary the length control offers. */
const MAX_SENTENCES = 12;

/**
 * Shows the panel and the in-page highlights for `article` ({ title, siteName, text });
 * wires close. `state` ({ cleanup: [] }) gets `close`, and `refresh`, which summarizes again at
 * the length shown (a failure then leaves the panel as it was); `forget()` is called once closed.
 * `sentences` is the length the panel opens with. Resolves once the first summary
 * shows; if it fails, the overlay is removed and the promise rejects. A later failure
 * (the length control) removes it too and goes to `onError(error)`.
 */
export function openOverlay(state, article, summarize, { forget, onError, sentences = DEFAULT_SENTENCES } = {}) {
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
  let latest = 0; // the newest length asked for: older answers are dropped
  let length = sentences; // that length
  let closed = false;

  const ui = panel(root, {
    title: article.title,
    siteName: article.siteName,
    onLength: (n) =>
      void show(n).catch((e) => {
        close(true);
        onError?.(e);
      }),
    onSentence: (i) => page.focus(i),
    onClose: () => close(),
  });

  async function show(n) {
    const ask = ++latest;
    length = n;
    const result = await summarize(article.text, { sentences: n, ...(article.title ? { title: article.title } : {}) });
    if (ask !== latest || closed) return;
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

  /** Removes everything; `forget` too unless an error panel takes over (`quiet`). */
  function close(quiet = false) {
    if (closed) return;
    closed = true;
    document.removeEventListener("keydown", onKey, true);
    page.clear();
    host.remove();
    if (saved.sheets) document.adoptedStyleSheets = saved.sheets;
    window.scrollTo(saved.x, saved.y);
    if (saved.focus?.isConnected && saved.focus !== document.body) saved.focus.focus?.({ preventScroll: true });
    if (quiet) return;
    state.cleanup.forEach((f) => f());
    forget?.();
  }

  state.close = () => close();
  state.refresh = () => void show(length).catch(() => {});
  if (saved.sheets && page.sheet) {
    try {
      document.adoptedStyleSheets = [...saved.sheets, page.sheet];
    } catch {
      saved.sheets = null; // the highlights stay unstyled (the panel still works): nothing to restore
    }
  }
  document.addEventListener("keydown", onKey, true);
  document.documentElement.appendChild(host);
  ui.focus();
  return show(sentences).catch((e) => {
    close(true);
    throw e;
  });
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

/** Never silent: an error panel that Escape or its close button removes. */
export function showError(state, error, { forget } = {}) {
  document.getElementById(HOST_ID)?.remove();
  const host = document.createElement("div");
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: "open" });
  const close = () => {
    host.remove();
    document.removeEventListener("keydown", onKey, true);
    state.cleanup.forEach((f) => f());
    forget?.();
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
