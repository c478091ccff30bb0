// Runs the wasm off the main thread: one message in, one result out.
import { init, summarize } from "nutgraf";

const ready = init(new URL("nutgraf_bg.wasm", self.location.href));

self.onmessage = async ({ data: { id, text, options } }) => {
  try {
    await ready;
    self.postMessage({ id, result: summarize(text, options) });
  } catch (e) {
    self.postMessage({ id, error: { code: e.code ?? "INTERNAL", message: e.message } });
  }
};
