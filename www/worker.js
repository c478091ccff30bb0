// Runs the wasm off the main thread. Messages in:
//   { type: "init", module?: WebAssembly.Module, url?: string }  (first, from the page)
//   { id, text, options }                                         (a summary request)
// Messages out: { id, result } or { id, error: { code, message } }.
import { init, summarize } from "nutgraf";

let markReady;
const ready = new Promise((resolve) => {
  markReady = resolve;
});

self.onmessage = async ({ data }) => {
  if (data.type === "init") {
    markReady(init(data.module ?? new URL(data.url ?? "nutgraf_bg.wasm", self.location.href)));
    return;
  }
  const { id, text, options } = data;
  try {
    await ready;
    self.postMessage({ id, result: summarize(text, options) });
  } catch (e) {
    self.postMessage({ id, error: { code: e?.code ?? "INTERNAL", message: e?.message ?? String(e) } });
  }
};
