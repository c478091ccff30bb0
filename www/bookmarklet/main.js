// The bookmarklet's bundle (built to dist/bookmarklet.js by
// scripts/bookmarklet.mjs; loaded by the loader in link.js).
// On the page the reader is on:
//   1. extract the article from a copy of the live DOM (Readability);
//   2. start the wasm, which is inside this bundle (so it needs no CORS from
//      wherever the nutgraf page is hosted), and summarize locally;
//   3. show the overlay (overlay.js: the panel, the in-page highlights; Escape
//      or the close button restores the page);
//   4. if the summary's language has data (German, Chinese, Japanese: its wasm
//      has none, nor room for the code that loads it), load
//      bookmarklet-lang.js from beside this script (lang.js: it fetches the
//      page's core that loads data and lang/<code>.txt) and show the summary
//      again with that core; if that fails, the summary stays as it was.
// If the wasm cannot run here (CSP), hand over to the loader's fallback (a new tab).
import { extractDocument, init, summarize } from "nutgraf";
// The wasm (pkg-small/), deflated and in base64: a virtual module of scripts/bookmarklet.mjs.
import WASM_DEFLATED_BASE64 from "nutgraf:bookmarklet-wasm";
import { openOverlay, showError } from "./overlay.js";

/** The folder this script was loaded from (the nutgraf page's). */
function scriptBase() {
  const src = document.currentScript?.src;
  if (src) return new URL(".", src).href;
  return window.__nutgraf?.base ?? null;
}

/** The languages with data beside this script (lang/<code>.txt; scripts/bookmarklet.mjs writes them in). */
const LANG_DATA = __NUTGRAF_LANG_DATA__;

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
  await openOverlay(state, article, withLanguageCore(state, summarize), { forget, onError: (e) => showError(state, e, { forget }) });
}

/**
 * `summarize`, until a summary's language has data: then lang.js's core is asked for, once, and
 * once it has the data, it makes this and every later summary and the overlay shows the summary
 * again (`state.refresh`).
 */
function withLanguageCore(state, summarize) {
  let asked = false;
  return function summarizeHere(text, options) {
    const result = summarize(text, options);
    if (!asked && state.base && LANG_DATA.includes(result.language)) {
      asked = true;
      languageCore(state, result.language).then((core) => {
        if (!core) return;
        summarize = core;
        state.refresh?.();
      });
    }
    return result;
  };
}

/** bookmarklet-lang.js run: a promise of its core's `summarize` with `language`'s data, or of null. */
function languageCore(state, language) {
  return new Promise((resolve) => {
    const script = document.createElement("script");
    state.languageCore = (withLanguage) => resolve(withLanguage(language));
    // After the script ran (it has called languageCore, or it was not ours), or failed to load.
    script.onload = script.onerror = () => {
      script.remove();
      resolve(null);
    };
    script.src = `${state.base}bookmarklet-lang.js`;
    (document.head ?? document.documentElement).appendChild(script);
  });
}
