// The bookmarklet's bundle (built to dist/bookmarklet.js by
// scripts/bookmarklet.mjs; loaded by the loader in link.js).
// On the page the reader is on:
//   1. extract the article from a copy of the live DOM (Readability);
//   2. start the wasm, which is inside this bundle (so it needs no CORS from
//      wherever the nutgraf page is hosted), and summarize locally;
//      the data of the text's language would be fetched from lang/ beside this
//      script if the core needed it (../app/lang.js); the bookmarklet's wasm
//      cannot load it (no room in its budget), so it never asks;
//   3. show the overlay (overlay.js: the panel, the in-page highlights; Escape
//      or the close button restores the page).
// If the wasm cannot run here (CSP), hand over to the loader's fallback (a new tab).
import { extractDocument, init, languageNeeds, loadLanguage, summarize } from "nutgraf";
import { withLanguageData } from "../app/lang.js";
// The wasm (pkg-small/), deflated and in base64: a virtual module of scripts/bookmarklet.mjs.
import WASM_DEFLATED_BASE64 from "nutgraf:bookmarklet-wasm";
import { openOverlay, showError } from "./overlay.js";

/** The folder this script was loaded from (the nutgraf page's). */
function scriptBase() {
  const src = document.currentScript?.src;
  if (src) return new URL(".", src).href;
  return window.__nutgraf?.base ?? null;
}

/** The wasm's bytes, inflated from the bundle (DecompressionStream: Chrome 103, Firefox 113, Safari 16.4). */
function wasmBytes() {
  const deflated = Uint8Array.from(atob(WASM_DEFLATED_BASE64), (c) => c.charCodeAt(0));
  return new Response(new Blob([deflated]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).arrayBuffer();
}

const base = scriptBase();
const state = window.__nutgraf ?? (window.__nutgraf = { base, cleanup: [] });
state.base ??= base;
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
    await init(await wasmBytes());
  } catch (e) {
    // Typically: CSP without 'wasm-unsafe-eval'.
    if (state.fallback) {
      state.fallback(`this page does not allow WebAssembly (${e?.message ?? e})`);
      return;
    }
    throw e;
  }
  const summarizeWithData = withLanguageData({ languageNeeds, loadLanguage }, state.base, summarize);
  await openOverlay(state, article, summarizeWithData, { forget, onError: (e) => showError(state, e, { forget }) });
}
