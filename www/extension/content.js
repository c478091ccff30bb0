// The extension's content script, injected on demand (background.js) into the
// tab the reader clicked on, in the extension's isolated world: the page's CSP
// and scripts do not reach it. It reuses the bookmarklet's code: the article is
// extracted the same way, and the same overlay (www/bookmarklet/overlay.js)
// shows the panel and the highlights. Only the summary itself is asked of the
// background, where the wasm runs (a page's CSP can forbid WebAssembly here).
//   run("page")       the page's article, or closes the panel if it is open;
//   run("selection")  the selected text.
import { extractDocument } from "nutgraf";
import { openOverlay, showError } from "../bookmarklet/overlay.js";
import { SUMMARIZE } from "./protocol.js";

const api = globalThis.browser ?? globalThis.chrome;

/** Summarizes in the background; throws the core's error (with its `code`). */
async function summarize(text, options) {
  const answer = await api.runtime.sendMessage({ type: SUMMARIZE, text, options });
  if (!answer) throw new Error("the extension did not answer; reload the page and try again");
  if (answer.error) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
  return answer.result;
}

/** The article to summarize: the selection's text, or the page's article. */
function article(mode) {
  if (mode === "selection") {
    const text = String(window.getSelection() ?? "").trim();
    if (text) return { title: null, siteName: "Selected text", text };
  }
  return extractDocument(document, { url: location.href });
}

let state = null;

async function run(mode) {
  if (state) {
    // A second click closes the panel; a context-menu click replaces it.
    state.close?.();
    state = null;
    if (mode === "page") return;
  }
  const current = (state = { cleanup: [] });
  const forget = () => {
    if (state === current) state = null;
  };
  try {
    await openOverlay(current, article(mode), summarize, { forget, onError: (e) => showError(current, e, { forget }) });
  } catch (error) {
    showError(current, error, { forget });
  }
}

globalThis.__nutgrafRun = run;
