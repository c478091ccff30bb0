// Runs the wasm off the main thread. Messages in:
//   { type: "init", module?: WebAssembly.Module, url?: string, lang?: boolean }  (first, from the page)
//   { id, text, options, language? }                                              (a summary request)
// Messages out: { type: "ready", languages } once the wasm is loaded, then
//   { id, result } or { id, error: { code, message } } per request.
// Language data: the page starts workers with the core that has none
// (nutgraf_bg.wasm); when a summary's language has data (lang/<code>.txt), the
// result says so ({ id, result, upgrade: code }) and the page starts workers with
// the core that loads it (nutgraf_lang_bg.wasm, `lang: true`), which fetch
// lang/<code>.txt beside this script when a text needs it (app/lang.js; the
// request run again says its `language`, so its data is loaded first). An
// English reader fetches neither.
import { init, languageNeeds, languages, loadLanguage, summarize } from "nutgraf";
import { withLanguageData } from "./app/lang.js";
import { SAMPLE } from "./app/sample.js";

/** The languages whose data the page has in lang/ (scripts/page.mjs writes them in). */
const LANG_DATA = typeof __NUTGRAF_LANG_DATA__ === "undefined" ? [] : __NUTGRAF_LANG_DATA__;
/** Whether this worker's core loads language data (the init message says). */
let loadsData = false;

/** `summarize`, with the data of the text's language loaded first if missing, from lang/ beside this worker. */
const summarizeWithData = withLanguageData({ languageNeeds, loadLanguage }, new URL(".", self.location.href), summarize);

/**
 * Times the sample article is repeated for the warm-up (about 46 KB of text).
 * V8 first compiles wasm with its baseline compiler and moves a function to
 * its optimizing one only after it has run a while, and only for its next
 * calls: without a warm-up, the first large paste ran its long loops in
 * baseline code to the end. Measured with `node benches/browser.mjs`
 * (5 MB paste, Chromium 148): 6.6 to 8.4 s to the summary and 5.2 s of
 * renderer CPU without, 3.7 s and 3.4 s with (8 repeats: 3.5 to 3.7 s of CPU).
 */
const WARM_UP_REPEATS = 32;

/** Runs the core once on a medium text, so that V8 optimizes its hot functions before a real request. */
function warmUp() {
  try {
    summarize(SAMPLE.repeat(WARM_UP_REPEATS));
  } catch {
    // Only a warm-up: a real request reports its own errors.
  }
}

let markReady;
const ready = new Promise((resolve) => {
  markReady = resolve;
});

self.onmessage = async ({ data }) => {
  if (data.type === "init") {
    loadsData = Boolean(data.lang);
    const loading = init(data.module ?? new URL(data.url ?? "nutgraf_bg.wasm", self.location.href));
    markReady(loading);
    loading.then(() => {
      warmUp();
      self.postMessage({ type: "ready", languages: languages() });
    }, () => {});
    return;
  }
  const { id, text, options, language } = data;
  try {
    await ready;
    const result = loadsData ? await summarizeWithData(text, options, language) : summarize(text, options);
    const upgrade = !loadsData && LANG_DATA.includes(result.language) ? { upgrade: result.language } : {};
    self.postMessage({ id, result, ...upgrade });
  } catch (e) {
    // An error without a code, or INTERNAL (a wasm trap, js/recover.mjs), is not a refusal but a
    // crash: the page replaces the worker (and its wasm memory) and says so politely.
    self.postMessage({ id, fatal: !e?.code || e.code === "INTERNAL", error: { code: e?.code ?? "INTERNAL", message: e?.message ?? String(e) } });
  }
};
