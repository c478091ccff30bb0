// The bookmarklet's bundle (built to dist/bookmarklet.js by
// scripts/bookmarklet.mjs; loaded by the loader in link.js).
// On the page the reader is on:
//   1. extract the article from a copy of the live DOM (Readability);
//   2. load the wasm from the nutgraf origin and summarize locally;
//   3. show the overlay (overlay.js: the panel, the in-page highlights; Escape
//      or the close button restores the page).
// If the wasm cannot run here (CSP), hand over to the loader's fallback (a new tab).
import { extractDocument, init, summarize } from "nutgraf";
import { openOverlay, showError } from "./overlay.js";

/** The origin this script was loaded from (the nutgraf page's). */
function scriptOrigin() {
  const src = document.currentScript?.src;
  if (src) return new URL(src).origin;
  return window.__nutgraf?.origin ?? null;
}

const origin = scriptOrigin();
const state = window.__nutgraf ?? (window.__nutgraf = { origin, cleanup: [] });
state.origin ??= origin;
const forget = () => {
  if (window.__nutgraf === state) delete window.__nutgraf;
};
start(state)
  .catch((e) => showError(state, e, { forget }))
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
  await openOverlay(state, article, summarize, { forget, onError: (e) => showError(state, e, { forget }) });
}
