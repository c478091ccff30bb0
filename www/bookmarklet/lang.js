// The bookmarklet's language data, on demand (built to dist/bookmarklet-lang.js
// by scripts/bookmarklet.mjs; loaded by main.js only when a summary's language
// has data: German, Chinese, Japanese). The bookmarklet's own wasm has no
// language's data and no loader for it (its 240 KB budget has no room); this
// script brings the glue of the page's core that loads data, fetches that core
// (nutgraf_lang_bg.wasm) and lang/<code>.txt from the folder it was itself
// loaded from, and hands main.js that core's `summarize`, once the data is in.
// If either fetch fails (offline, the article page's CSP, a host without CORS)
// it hands over nothing, and the summary shown stays as it was.
import { init, languageNeeds, loadLanguage, summarize } from "../../js/web.mjs";
import { languageLoader } from "../app/lang.js";

/** The page's core that loads language data (scripts/page.mjs copies it into dist/). */
const LANG_WASM = "nutgraf_lang_bg.wasm";

/** The folder this script was loaded from (the nutgraf page's). */
const base = new URL(".", document.currentScript.src).href;

/**
 * The page's core with the data of `language` loaded: resolves to its `summarize`, or to null
 * if the core or the data cannot be had.
 */
async function withLanguage(language) {
  try {
    await init(new URL(LANG_WASM, base));
    const load = languageLoader({ loadLanguage }, base);
    return (await load(languageNeeds("", { language }))) ? summarize : null;
  } catch {
    return null;
  }
}

// main.js waits for this call (window.__nutgraf is the bookmarklet's state while it works).
window.__nutgraf?.languageCore?.(withLanguage);
