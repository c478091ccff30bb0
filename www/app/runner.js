// Runs summaries in a Web Worker. The newest request always wins: a request
// that arrives while an older one is still running terminates the worker and
// starts a fresh one (the compiled wasm module is shared, so this is cheap).

const WASM_URL = new URL("nutgraf_bg.wasm", location.href);

export class Runner {
  /**
   * `onResult({ id, result, error, ms, text })` for the newest request only; `onBusy(bool)`;
   * `onReady({ languages })` each time a worker has loaded the wasm.
   */
  constructor({ onResult, onBusy, onReady = () => {} }) {
    this.onResult = onResult;
    this.onBusy = onBusy;
    this.onReady = onReady;
    this.id = 0;
    this.busy = null; // the request the worker is running: { id, text, t0 }
    this.module = compile();
    this.worker = null;
  }

  /** Summarize `text` with `options`; supersedes every earlier request. */
  run(text, options) {
    const id = ++this.id;
    if (this.busy) this.#restart();
    const worker = this.#ensure();
    this.busy = { id, text, t0: performance.now() };
    this.onBusy(true);
    worker.postMessage({ id, text, options });
    return id;
  }

  /** Forget any request in flight (e.g. the article was cleared). */
  cancel() {
    this.id++;
    if (this.busy) this.#restart();
    this.onBusy(false);
  }

  #ensure() {
    if (this.worker) return this.worker;
    const worker = new Worker("worker.js", { type: "module", name: "nutgraf" });
    worker.onmessage = ({ data }) => this.#message(data);
    worker.onerror = (e) => {
      e.preventDefault?.();
      this.#message({ id: this.busy?.id, error: { code: "WORKER", message: `The summarizer stopped: ${e.message || "unknown error"}` } });
      this.#restart();
    };
    this.module.then(
      (module) => worker.postMessage({ type: "init", module }),
      () => worker.postMessage({ type: "init", url: WASM_URL.href }),
    );
    this.worker = worker;
    return worker;
  }

  #restart() {
    this.worker?.terminate();
    this.worker = null;
    this.busy = null;
  }

  #message(data) {
    if (data.type === "ready") return this.onReady(data);
    const req = this.busy;
    if (!req || data.id !== req.id) return;
    this.busy = null;
    if (data.fatal) this.#restart();
    if (data.id !== this.id) return;
    this.onBusy(false);
    this.onResult({ ...data, text: req.text, ms: performance.now() - req.t0 });
  }
}

/** Compiles the wasm once on the main thread (off-thread in practice) for every worker. */
function compile() {
  if (!WebAssembly.compileStreaming) return fetch(WASM_URL).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b));
  return WebAssembly.compileStreaming(fetch(WASM_URL)).catch(() =>
    fetch(WASM_URL).then((r) => r.arrayBuffer()).then((b) => WebAssembly.compile(b)),
  );
}
