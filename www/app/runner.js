// Runs summaries in a Web Worker. The newest request always wins: a request
// that arrives while an older one is still running terminates the worker and
// starts a fresh one (the compiled wasm module is shared, so this is cheap).
// After a large article the worker is replaced too: wasm memory only grows, and
// the worker would keep what the large article took for as long as the page is open.
// Failure never loses the article: when the worker crashes (the wasm trapped) or a
// request runs past its time budget, the worker is replaced and the request ends with
// a polite error (codes WORKER_CRASHED, TIMEOUT); the text box is never touched here.

const WASM_URL = new URL("nutgraf_bg.wasm", location.href);
/** The core that loads language data: compiled only once a summary's language has data. */
const LANG_WASM_URL = new URL("nutgraf_lang_bg.wasm", location.href);

/**
 * A worker that has summarized more than this many characters (UTF-16 units) is replaced
 * once it is done. The core's memory grows by about 23 MiB per MiB of text (measured in Node:
 * 1 MiB of text leaves 23 MiB of wasm memory, 4 MiB leaves 92 MiB), and never shrinks.
 */
export const RECYCLE_ABOVE_CHARS = 1024 * 1024;

/**
 * The time budget of one request: this much, plus TIME_BUDGET_PER_MIB_MS per MiB of text
 * (UTF-16 units / 2^20). News text takes about 0.7 s per MiB in Chromium, so a request
 * over budget is stuck, not slow: its worker is stopped and replaced.
 */
export const TIME_BUDGET_MS = 15_000;
/** See TIME_BUDGET_MS: 5 s per MiB of text (32 MiB: 15 + 160 s). */
export const TIME_BUDGET_PER_MIB_MS = 5_000;

/**
 * The time budget for summarizing `chars` UTF-16 units of text, in ms. The browser tests
 * shorten it by setting `window.__nutgrafTimeBudgetMs` (the base) before the page loads.
 */
export function timeBudget(chars) {
  const base = globalThis.__nutgrafTimeBudgetMs ?? TIME_BUDGET_MS;
  return base + (TIME_BUDGET_PER_MIB_MS * chars) / (1024 * 1024);
}

/** What the page says when the worker crashed; the article stays where it is. */
const CRASHED =
  "the summarizer stopped unexpectedly on this text and has been restarted. Your article is still here: edit it to try again.";

export class Runner {
  /**
   * `onResult({ id, result, error, ms, text, worker })` for the newest request only (`worker`
   * numbers the worker that ran it, from 1); `onBusy(busy, chars)`; `onReady({ languages })`
   * each time a worker has loaded the wasm.
   */
  constructor({ onResult, onBusy, onReady }) {
    this.onResult = onResult;
    this.onBusy = onBusy;
    this.onReady = onReady;
    this.id = 0;
    this.busy = null; // the request the worker is running: { id, text, options, t0 }
    this.module = compile(WASM_URL);
    /** The compiled core that loads language data (null until a text needed it; then a promise of it, or of null). */
    this.langModule = null;
    this.worker = null;
    this.workers = 0; // workers started so far
  }

  /**
   * Summarize `text` with `options`; supersedes every earlier request. `language`: the text's
   * language when an earlier summary said it (the worker loads its data first).
   */
  run(text, options, language) {
    const id = ++this.id;
    if (this.busy) this.#restart();
    const worker = this.#ensure();
    this.busy = { id, text, options, t0: performance.now() };
    this.#startBudget(id, text.length);
    this.onBusy(true, text.length);
    worker.postMessage({ id, text, options, ...(language ? { language } : {}) });
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
      if (this.busy) this.#message({ id: this.busy.id, fatal: true, error: { code: "WORKER_CRASHED", message: CRASHED } });
      else this.#restart();
    };
    // The core that loads language data once a text needed it, if it could be had; else the first.
    Promise.resolve(this.langModule).then((lang) => {
      if (lang) return worker.postMessage({ type: "init", module: lang, lang: true });
      this.module.then(
        (module) => worker.postMessage({ type: "init", module }),
        () => worker.postMessage({ type: "init", url: WASM_URL.href }),
      );
    });
    this.worker = worker;
    this.workers++;
    return worker;
  }

  #restart() {
    this.worker?.terminate();
    this.worker = null;
    this.busy = null;
    clearTimeout(this.budget);
  }

  /** Stops request `id` if it runs past its time budget (see TIME_BUDGET_MS). */
  #startBudget(id, chars) {
    clearTimeout(this.budget);
    const ms = timeBudget(chars);
    this.budget = setTimeout(() => {
      const seconds = Math.round(ms / 1000);
      const message = `this text took longer than ${seconds} s to summarize, so the summarizer was stopped. Your article is still here.`;
      this.#message({ id, fatal: true, error: { code: "TIMEOUT", message } });
    }, ms);
  }

  #message(data) {
    if (data.type === "ready") return this.onReady(data);
    const req = this.busy;
    if (!req || data.id !== req.id) return;
    this.busy = null;
    clearTimeout(this.budget);
    const worker = this.workers;
    if (data.fatal) {
      this.#restart();
      if (data.error?.code === "INTERNAL") data = { ...data, error: { code: "WORKER_CRASHED", message: CRASHED } };
    } else if (req.text.length > RECYCLE_ABOVE_CHARS) {
      // Done with a large article: a fresh worker, ready for the next edit.
      this.#restart();
      this.#ensure();
    }
    if (data.id !== this.id) return;
    this.onBusy(false);
    this.onResult({ ...data, text: req.text, ms: performance.now() - req.t0, worker });
    if (data.upgrade) this.#upgrade(req, data.upgrade);
  }

  /**
   * The text's language has data the worker's core cannot load: from now on workers get the core
   * that loads it (compiled once), and the request runs again in one. If that core cannot be had
   * (offline), the summary already shown stays and it is not asked for again.
   */
  #upgrade(req, language) {
    this.langModule ??= compile(LANG_WASM_URL).catch(() => null);
    this.langModule.then((lang) => {
      if (!lang || this.busy || req.id !== this.id) return;
      this.#restart();
      this.run(req.text, req.options, language);
    });
  }
}

/** Compiles the wasm at `url` once on the main thread (off-thread in practice) for every worker. */
function compile(url) {
  const bytes = () => fetch(url).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${url}: ${r.status}`))));
  if (!WebAssembly.compileStreaming) return bytes().then((b) => WebAssembly.compile(b));
  return WebAssembly.compileStreaming(fetch(url)).catch(() => bytes().then((b) => WebAssembly.compile(b)));
}
