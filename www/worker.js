// Runs the wasm off the main thread. Messages in:
//   { type: "init", module?: WebAssembly.Module, url?: string }  (first, from the page)
//   { id, text, options }                                         (a summary request)
// Messages out: { type: "ready", languages } once the wasm is loaded, then
//   { id, result } or { id, error: { code, message } } per request.
import { init, languages, summarize } from "nutgraf";

let markReady;
const ready = new Promise((resolve) => {
  markReady = resolve;
});

self.onmessage = async ({ data }) => {
  if (data.type === "init") {
    const loading = init(data.module ?? new URL(data.url ?? "nutgraf_bg.wasm", self.location.href));
    markReady(loading);
    loading.then(() => self.postMessage({ type: "ready", languages: languages() }), () => {});
    return;
  }
  const { id, text, options } = data;
  try {
    await ready;
    self.postMessage({ id, result: summarize(text, options) });
  } catch (e) {
    // An error without a code is not a refusal but a crash (a wasm trap): this instance may be
    // broken, so the page replaces the worker.
    self.postMessage({ id, fatal: !e?.code, error: { code: e?.code ?? "INTERNAL", message: e?.message ?? String(e) } });
  }
};
