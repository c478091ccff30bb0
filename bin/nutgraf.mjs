#!/usr/bin/env node
// nutgraf CLI: see CONTRACT.md and `nutgraf --help`.
import { fstatSync, readFileSync } from "node:fs";
import { once } from "node:events";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { looksLikeHtml } from "../js/sniff.mjs";
import { plainOptions } from "../js/options.mjs";
import { summarizeWith } from "../js/result.mjs";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

const USAGE = `usage: nutgraf [--sentences N | --words N | --ratio R] [--format text|json]
               [--html | --text] [--lang auto|en|...] [FILE | -]
       nutgraf --batch [--jobs N] [same options as defaults]   (JSON Lines in, JSON Lines out)

Summarizes an article (plain text or HTML) from FILE or standard input.
  --sentences N   summary length in sentences (default 3)
  --words N       the best sentences that fit in N words (at least one sentence)
  --ratio R       share of the article's sentences, 0 < R <= 1
  --format F      text (default: one sentence per line) or json (the result object)
  --html, --text  force the input kind (default: sniffed)
  --lang L        language code, or auto (default)
  --batch         each input line {"id","text"} or {"id","html","url"}, optional "options"
  --jobs N        with --batch: N threads (the main thread and N-1 workers),
                  output in input order (default: the number of cores)
  -h, --help      this help;  -V, --version  the version`;

/** A user mistake: printed as one line, exit status 2. */
class UsageError extends Error {}

const USER_CODES = new Set([
  "EMPTY_INPUT",
  "INPUT_TOO_LARGE",
  "BINARY_INPUT",
  "INVALID_OPTIONS",
  "INVALID_INPUT",
  "INVALID_HTML",
  "NO_ARTICLE",
]);

function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sentences: { type: "string" },
        words: { type: "string" },
        ratio: { type: "string" },
        format: { type: "string", default: "text" },
        html: { type: "boolean" },
        text: { type: "boolean" },
        lang: { type: "string" },
        batch: { type: "boolean" },
        jobs: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "V" },
      },
    });
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0]);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}`);
  if (!["text", "json"].includes(values.format)) {
    throw new UsageError(`--format must be text or json, not '${values.format}'`);
  }
  if (values.html && values.text) throw new UsageError("give --html or --text, not both");
  if (values.batch && positionals.length && positionals[0] !== "-") {
    throw new UsageError("--batch reads standard input; do not give a FILE");
  }
  if (values.jobs !== undefined && !values.batch) throw new UsageError("--jobs goes with --batch");
  return { values, file: positionals[0] ?? "-" };
}

function positiveInt(name, raw) {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
    throw new UsageError(`--${name} must be a whole number of at least 1, not '${raw}'`);
  }
  return Number(raw);
}

function summaryOptions(values) {
  const given = ["sentences", "words", "ratio"].filter((k) => values[k] !== undefined);
  if (given.length > 1) throw new UsageError(`give only one of --sentences, --words and --ratio`);
  const options = {};
  if (values.sentences !== undefined) options.sentences = positiveInt("sentences", values.sentences);
  if (values.words !== undefined) options.words = positiveInt("words", values.words);
  if (values.ratio !== undefined) {
    const r = Number(values.ratio);
    if (values.ratio.trim() === "" || !Number.isFinite(r) || r <= 0 || r > 1) {
      throw new UsageError(`--ratio must be a number greater than 0 and at most 1, not '${values.ratio}'`);
    }
    options.ratio = r;
  }
  if (values.lang !== undefined) options.language = values.lang;
  return options;
}

/** Decodes file bytes: UTF-8 (BOM dropped) or UTF-16 with a BOM; bad bytes become U+FFFD. */
function decode(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/** The bytes of FILE or of standard input. */
function readInput(file) {
  try {
    return readFileSync(file === "-" ? 0 : file);
  } catch (e) {
    const why = e.code === "ENOENT" ? "no such file" : e.code === "EISDIR" ? "is a directory" : e.message;
    throw new UsageError(`cannot read ${file === "-" ? "standard input" : `'${file}'`}: ${why}`);
  }
}

/** The wasm core alone: all plain text needs (a --jobs worker has its own, workerMain); imported once. */
let coreModule;
let core = () => (coreModule ??= import("../js/core.mjs"));

/**
 * Inputs (all of them: one article, or a batch read from a file) below this
 * many characters or bytes run on V8's baseline compiler alone ([`compileFor`]).
 */
const BASELINE_BELOW = 2 * 1024 * 1024;

/**
 * A first document of at least this many characters (above BASELINE_BELOW in
 * all) has the wasm compiled by the optimizing compiler up front ([`compileFor`]).
 */
const OPTIMIZE_FROM_CHARS = 512 * 1024;

/**
 * Before the core is first loaded, chooses how V8 compiles the wasm, from
 * `total`, the size of the whole input when it is known (an article; a batch
 * whose standard input is a file), and `first`, the size of the first
 * document or chunk. The flags are process-wide and read when a module is
 * compiled, so they also hold in the --jobs workers.
 *
 * - Below BASELINE_BELOW in all: the baseline compiler (Liftoff) only. By
 *   default V8 also recompiles the functions that grow hot with its
 *   optimizing compiler (TurboFan) in background threads, and a process
 *   waits for those compiles before it exits: after a 3 KB article the
 *   output came at 0.14 s and the exit at 0.45 s. That compile (about 0.3 s
 *   of CPU and 40 MB of memory for the functions a summary runs) pays back
 *   only over about 2 MB of text. Measured in Node 20 on BBC articles
 *   joined, on a quiet machine, median of 5 alternating runs, to exit:
 *   10 KB 0.27 -> 0.10 s, 100 KB 0.31 -> 0.12 s, 1 MB 0.49 -> 0.41 s,
 *   2 MB 0.73 -> 0.77 s (peak RSS 106-123 -> 55-84 MB); the 1,328 BBC articles
 *   (3.4 MB) in one batch: --jobs 1 0.93 -> 1.03 s, --jobs 2 0.80 s either way.
 * - A first document of OPTIMIZE_FROM_CHARS or more, when the input is
 *   larger than that: the optimizing compiler up front, for every function
 *   as it is first called (--no-liftoff), since V8 moves a function up to
 *   TurboFan only for its next calls and one long call would otherwise run
 *   its loops in baseline code to the end. On 5 MB: 1.45 s and 130 MB, where
 *   V8's default took 1.38 s but 155-175 MB (over the 150 MB the CLI keeps
 *   to); on 2 MB 0.89 s against the baseline compiler's 0.78. Without
 *   TurboFan's loop unrolling and peeling the up-front compile of the
 *   functions a summary runs takes 280 instead of 320 ms: 5 MB 1.39 ->
 *   1.33 s, 32 MB 5.34 s either way (median of 5 and 3 alternating runs).
 * - Otherwise (a long batch, or one read from a pipe) V8's default: baseline
 *   code first, the hot functions recompiled by TurboFan as they grow hot.
 *   Without loop unrolling and peeling here too: on the BBC batch the
 *   compiles took 0.26 instead of 0.32 CPU s and the main thread's time
 *   stayed the same (--jobs 2: CPU -5 %; four times over, --jobs 1: -1.4 %).
 */
function compileFor({ total, first }) {
  if (total !== undefined && total < BASELINE_BELOW) return void setFlagsFromString("--liftoff-only");
  // TurboFan's loop unrolling and peeling cost compile time that neither a long
  // call nor a batch wins back (the BBC batch: compiles 0.32 -> 0.26 CPU s).
  setFlagsFromString("--no-wasm-loop-unrolling");
  setFlagsFromString("--no-wasm-loop-peeling");
  if (first >= OPTIMIZE_FROM_CHARS) {
    optimizedUpFront = true;
    setFlagsFromString("--no-liftoff");
  }
}

/** Whether compileFor chose the optimizing compiler up front (a long first document). */
let optimizedUpFront = false;

/** Characters of a long document's start that the warm-up summarizes (warmUp). */
const WARM_UP_CHARS = 20_000;

/**
 * Before a long document is summarized with the optimizing compiler up front
 * (compileFor): a worker thread summarizes its first WARM_UP_CHARS characters
 * meanwhile, with the same options and the same compiled module, once per
 * process. V8 compiles each wasm function when it is first called, on the
 * thread that calls it, and the module's code is shared between threads: the
 * worker, done with its short text in a few tens of milliseconds, compiles on
 * the other core the functions the main thread will call later in the long
 * summary (entities, keywords, the graph), which it then finds compiled.
 * The start of the same text takes the same language's paths. On 5 MB: the
 * whole run 1.21 -> 1.05 s, peak RSS +6 to 9 MB (the worker's heap and a
 * small wasm memory). Nothing waits for the worker: it is left to end on its own
 * or with the process, and a failure of it is ignored.
 */
function warmUp(wasmModule, text, options) {
  if (!optimizedUpFront || !isMainThread || warmUp.started || !wasmModule) return;
  warmUp.started = true;
  try {
    // Started now, not after an await: the long summary holds the main thread until it is done.
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { warm: { module: wasmModule(), text: text.slice(0, WARM_UP_CHARS), options } },
    });
    worker.on("error", () => {});
    worker.unref();
  } catch {
    // No worker, no warm-up: the summary is the same.
  }
}

/** The size in bytes of standard input when it is a file (`nutgraf --batch < file`), else undefined. */
function stdinFileSize() {
  try {
    const stat = fstatSync(0);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

/** The whole module, with the HTML stack (linkedom, Readability: about 25 MB and half a second to load). */
const withHtml = () => import("../js/node.mjs");

/**
 * The result object for one input; with `asJson`, for plain text the core
 * can write as JSON itself (summarizeJson: no lone surrogates, which reach
 * the wasm as U+FFFD), the result's JSON text instead (see outputLine).
 */
async function summarizeOne({ text, html, url }, options, forceKind, asJson = false) {
  const kind = forceKind ?? (html !== undefined ? "html" : looksLikeHtml(text ?? "") ? "html" : "text");
  if (kind === "html") return (await withHtml()).summarizeHtml(html ?? text, { ...options, ...(url ? { url } : {}) });
  const c = await core();
  if (text.length >= OPTIMIZE_FROM_CHARS) warmUp(c.wasmModule, text, options);
  if (asJson && c.summarizeJson && text.isWellFormed()) return c.summarizeJson(text, options);
  return c.summarize(text, options);
}

/**
 * The output line (without its newline) of the record `id` and its `result`:
 * a result object, or the result's JSON text from summarizeJson, which is
 * what JSON.stringify writes for the object. Written in the core instead of
 * built as an object in JS and stringified, the BBC batch took 6 % less CPU
 * time (--jobs 1; once and four times over, same runs, A/B).
 */
function outputLine(id, result) {
  if (typeof result !== "string") return JSON.stringify({ id, ...result });
  return `{"id":${JSON.stringify(id)},${result.slice(1)}`;
}

function printText(result) {
  for (const s of result.sentences) process.stdout.write(`${s.text.replace(/\s+/g, " ")}\n`);
}

async function write(line) {
  if (!process.stdout.write(line)) await once(process.stdout, "drain");
}

function errorObject(e) {
  return { code: e.code ?? "INTERNAL", message: e.message };
}

function lineOptions(base, own) {
  if (own === undefined) return base;
  if (own === null || typeof own !== "object" || Array.isArray(own)) {
    const e = new Error("\"options\" must be an object");
    e.code = "INVALID_OPTIONS";
    throw e;
  }
  const lengthKeys = ["sentences", "words", "ratio"];
  const overridesLength = lengthKeys.some((k) => k in own);
  const kept = Object.fromEntries(Object.entries(base).filter(([k]) => !(overridesLength && lengthKeys.includes(k))));
  return { ...kept, ...own };
}

/** The output line (JSON, without its newline) for one input line. */
async function batchRecord(line, options, forceKind) {
  if (line.trim() === "") {
    return JSON.stringify({ id: null, error: { code: "INVALID_JSON", message: "blank line: each line must be a JSON object" } });
  }
  let record;
  try {
    record = JSON.parse(line);
    line = undefined; // the record has the text: the line is not held while it is summarized
  } catch (e) {
    return JSON.stringify({ id: null, error: { code: "INVALID_JSON", message: `not a JSON object: ${e.message}` } });
  }
  const id = record && typeof record === "object" && "id" in record ? record.id : null;
  try {
    if (!record || typeof record !== "object" || Array.isArray(record)) {
      throw Object.assign(new Error("each line must be a JSON object"), { code: "INVALID_INPUT" });
    }
    const hasText = typeof record.text === "string";
    const hasHtml = typeof record.html === "string";
    if (hasText === hasHtml) {
      throw Object.assign(new Error("each line needs a string \"text\" or a string \"html\" (not both)"), {
        code: "INVALID_INPUT",
      });
    }
    const input = hasHtml ? { html: record.html, url: record.url } : { text: record.text };
    return outputLine(id, await summarizeOne(input, lineOptions(options, record.options), hasHtml ? "html" : forceKind, true));
  } catch (e) {
    return JSON.stringify({ id, error: errorObject(e) });
  }
}

/** One output line (with its newline) for one input line. */
async function batchLine(line, options, forceKind) {
  return `${await batchRecord(line, options, forceKind)}\n`;
}

/**
 * The lines of a chunk of input (src: lineChunks), split as `readline`
 * splits them: at "\n", "\r\n" or a lone "\r"; a last empty piece is not a line.
 */
function splitLines(text) {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** The text of a chunk: UTF-8, a byte order mark kept (as `readline` keeps it), bad bytes as U+FFFD. */
function decodeChunk(bytes) {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

/**
 * The output lines of a chunk of input lines, joined. Neither the bytes nor
 * a line is held while its document is summarized (a 5 MB line held 15 MB
 * more): the bytes are dropped once decoded, each line once taken.
 */
async function batchChunk(bytes, options, forceKind) {
  const lines = splitLines(decodeChunk(bytes));
  bytes = undefined;
  let out = "";
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    lines[k] = undefined;
    out += await batchLine(line, options, forceKind);
  }
  return out;
}

/**
 * `input` in chunks of whole lines: each chunk is what one read brought (about
 * 64 KB), cut after its last newline, with the rest carried to the next; so a
 * line is answered as soon as it has arrived (the batch streams), and the
 * main thread never splits lines or decodes text itself. The last chunk may
 * lack a final newline. Reading is pulled, so a slow consumer slows the reads.
 */
async function* lineChunks(input) {
  let carried = [];
  for await (const piece of input) {
    const cut = piece.lastIndexOf(0x0a);
    if (cut < 0) {
      carried.push(piece);
      continue;
    }
    const head = piece.subarray(0, cut + 1);
    const chunk = carried.length ? Buffer.concat([...carried, head]) : head;
    // The pieces are let go before the chunk is answered: a 5 MB line kept
    // them (another 5 MB) while it was summarized.
    carried = cut + 1 < piece.length ? [piece.subarray(cut + 1)] : [];
    yield chunk;
  }
  if (!carried.length) return;
  const last = Buffer.concat(carried);
  carried = [];
  yield last;
}

/**
 * Before the core is first loaded: the input's size `total`, if known
 * (stdinFileSize), and the first chunk (about the first line) decide how it
 * is compiled (compileFor).
 */
async function loadCore(firstChunk, total) {
  compileFor({ total, first: firstChunk.length });
  return core(); // a module that does not load fails the batch, not each line
}

/** `--batch --jobs 1`: every chunk in the main thread, one after the other, its answer in one write. */
async function runBatch(options, forceKind) {
  let loaded = false;
  for await (let chunk of lineChunks(process.stdin)) {
    if (!loaded) loaded = Boolean(await loadCore(chunk, stdinFileSize()));
    const out = batchChunk(chunk, options, forceKind);
    chunk = undefined; // not held while it is answered (batchChunk)
    await write(await out);
  }
}

/**
 * Worker threads for `--batch --jobs N`, started as chunks need them (at most
 * `size`, N - 1); each instantiates the module the main thread compiled (V8 shares
 * the compiled code) and turns a chunk of input lines into their output
 * lines, joined. A worker gets up to DEPTH chunks at a time, so it never
 * waits for the main thread between two; answers carry the chunk's number.
 */
class Pool {
  static DEPTH = 2;

  constructor(size, setup) {
    this.size = size;
    this.setup = setup;
    this.workers = [];
    this.tasks = [];
    this.seq = 0;
  }

  /** The output of the chunk `bytes` (a Buffer), from the least busy worker. */
  run(bytes) {
    return new Promise((resolve, reject) => {
      this.tasks.push({ seq: this.seq++, bytes, resolve, reject });
      this.dispatch();
    });
  }

  /** Whether a chunk given now would go to a worker at once (else it would wait for one). */
  hasRoom() {
    return !this.tasks.length && (this.workers.length < this.size || this.workers.some((w) => w.pending.size < Pool.DEPTH));
  }

  /** The worker for the next chunk: an idle one, else a new one, else one with room. */
  pick() {
    const idle = this.workers.find((w) => w.pending.size === 0);
    if (idle) return idle;
    if (this.workers.length < this.size) return this.spawn();
    return this.workers.find((w) => w.pending.size < Pool.DEPTH);
  }

  dispatch() {
    while (this.tasks.length) {
      const worker = this.pick();
      if (!worker) return;
      const task = this.tasks.shift();
      worker.pending.set(task.seq, task);
      // A copy of its own, handed over without a second copy; the chunk is kept in case the worker dies.
      const bytes = new Uint8Array(task.bytes);
      worker.postMessage({ seq: task.seq, bytes }, [bytes.buffer]);
    }
  }

  /** Starts `count` more workers (at most `size` in all) before any chunk needs them. */
  start(count) {
    while (count-- > 0 && this.workers.length < this.size) this.spawn();
  }

  spawn() {
    const worker = new Worker(new URL(import.meta.url), { workerData: this.setup });
    worker.pending = new Map();
    worker.on("message", (answer) => this.done(worker, answer));
    worker.on("error", (e) => this.failed(worker, e));
    this.workers.push(worker);
    return worker;
  }

  done(worker, { seq, out }) {
    const task = worker.pending.get(seq);
    worker.pending.delete(seq);
    worker.answered = true;
    task.resolve(out);
    this.dispatch();
  }

  /**
   * A worker that dies after answering (out of memory on a huge line, say)
   * fails its chunks' lines only, and another takes its place; one that dies
   * before (the module does not load) fails the batch.
   */
  failed(worker, e) {
    this.workers = this.workers.filter((w) => w !== worker);
    const lost = [...worker.pending.values()];
    if (!worker.answered) {
      for (const task of [...lost, ...this.tasks.splice(0)]) task.reject(e);
      return;
    }
    const error = `${JSON.stringify({ id: null, error: { code: "INTERNAL", message: `worker failed: ${e?.message ?? e}` } })}\n`;
    for (const task of lost) task.resolve(error.repeat(splitLines(decodeChunk(task.bytes)).length));
    this.dispatch();
  }

  close() {
    for (const w of this.workers) w.terminate();
  }
}

/**
 * With --jobs, chunks of at least this many bytes (a very long line) are
 * summarized in the main thread: in a worker the answer comes back as a
 * copy, and the worker has its own JS heap and wasm memory. On a 5 MB line:
 * peak RSS 233 MB through a worker, 200 MB in the main thread.
 */
const MAIN_THREAD_FROM_BYTES = 2 * 1024 * 1024;

/**
 * How many workers to start while the main thread answers the first chunk:
 * when standard input is a file holding more than that chunk, about one per
 * further chunk (chunks are what a read brings, about as long as the first).
 * A worker takes tens of milliseconds to start, and more while both cores
 * are busy: started with the second chunk, the BBC batch's worker answered
 * its first chunk after the main thread had answered four. From a pipe the
 * size (`total`, stdinFileSize) is not known, and the workers start as
 * chunks need them.
 */
function workersAhead(firstChunk, total) {
  if (total === undefined || total <= firstChunk.length) return 0;
  return Math.ceil((total - firstChunk.length) / Math.max(firstChunk.length, 1));
}

/**
 * `--batch --jobs N`: the main thread and N - 1 workers. The main thread
 * reads chunks of lines and hands each to a worker with room; when none has
 * room it summarizes the chunk itself. So does it the first chunk (a single
 * document never waits for a worker to start: workers start while it is
 * answered when more input is known to follow, workersAhead, else with the
 * second chunk) and very long lines (MAIN_THREAD_FROM_BYTES). Answers are
 * written in input order, one write a chunk. At most WINDOW chunks per job are in flight or waiting to be
 * written, so memory does not grow with the number of lines; a slow reader
 * of the output slows the reading of the input.
 */
async function runPool(jobs, options, forceKind) {
  const WINDOW = 3;
  let pool;
  const queue = []; // promises of chunk outputs, in input order
  let wakeWriter = () => {};
  let wakeReader = () => {};
  let ended = false;
  const writer = (async () => {
    for (;;) {
      if (!queue.length) {
        if (ended) return;
        await new Promise((resolve) => (wakeWriter = resolve));
        continue;
      }
      const out = await queue[0];
      queue.shift();
      wakeReader();
      await write(out);
    }
  })();
  writer.catch(fail);
  for await (let chunk of lineChunks(process.stdin)) {
    const first = !pool;
    if (!pool) {
      const total = stdinFileSize();
      pool = new Pool(jobs - 1, { options, forceKind, module: (await loadCore(chunk, total)).wasmModule() });
      pool.start(workersAhead(chunk, total));
    }
    while (queue.length >= jobs * WINDOW) await new Promise((resolve) => (wakeReader = resolve));
    const here = first || chunk.length >= MAIN_THREAD_FROM_BYTES || !pool.hasRoom();
    const out = here ? batchChunk(chunk, options, forceKind) : pool.run(chunk);
    chunk = undefined; // not held while it is answered (batchChunk)
    queue.push(out);
    wakeWriter();
    if (here) await out; // read on when it is done: by then a worker may have room
  }
  ended = true;
  wakeWriter();
  await writer;
  pool?.close();
}

/**
 * A `--jobs` worker: instantiates the main thread's compiled module, then
 * answers one chunk of lines per message. Plain text goes straight to that
 * instance; an HTML line loads js/node.mjs, whose core finds the glue
 * already instantiated.
 */
async function workerMain({ options, forceKind, module, warm }) {
  const glue = await import("../pkg/nutgraf.js");
  if (warm) {
    // warmUp's worker: the start of a long text, for the compiling it does; the result is not used.
    glue.initSync({ module: warm.module });
    summarizeWith(glue, warm.text, warm.options);
    return;
  }
  glue.initSync({ module });
  core = async () => ({
    summarize: (text, opts) => summarizeWith(glue, text, opts),
    summarizeJson: glue.summarizeJson && ((text, opts) => glue.summarizeJson(text, plainOptions(opts))),
  });
  parentPort.on("message", async ({ seq, bytes }) => {
    parentPort.postMessage({ seq, out: await batchChunk(bytes, options, forceKind) });
  });
}

/**
 * The article in FILE (or standard input) as summarizeOne takes it, and its
 * kind. The file's bytes are not kept for plain text, so the garbage
 * collection the wasm memory's growth sets off can free them.
 */
async function readArticle(file, forceKind) {
  const bytes = readInput(file);
  const text = decode(bytes);
  compileFor({ total: text.length, first: text.length });
  const kind = forceKind ?? (looksLikeHtml(text) ? "html" : "text");
  // HTML is decoded as a browser would: its BOM, else UTF-8, else its <meta charset>.
  if (kind === "html") return { kind, input: { html: (await withHtml()).decodeHtml(bytes) } };
  return { kind, input: { text } };
}

async function main(argv) {
  const { values, file } = parseCommandLine(argv);
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const options = summaryOptions(values);
  if (values.version) return void process.stdout.write(`nutgraf ${(await core()).version()}\n`);
  const forceKind = values.html ? "html" : values.text ? "text" : undefined;
  if (values.batch) {
    const jobs = values.jobs === undefined ? availableParallelism() : positiveInt("jobs", values.jobs);
    return jobs === 1 ? runBatch(options, forceKind) : runPool(jobs, options, forceKind);
  }
  const { input, kind } = await readArticle(file, forceKind);
  const result = await summarizeOne(input, options, kind);
  if (values.format === "json") await write(`${JSON.stringify(result, null, 2)}\n`);
  else printText(result);
}

function fail(e) {
  // The reader of stdout went away (`nutgraf --batch | head -1`): a clean end, as for any Unix filter.
  if (e?.code === "EPIPE") process.exit(0);
  if (e instanceof UsageError) {
    process.stderr.write(`nutgraf: ${e.message} (see 'nutgraf --help')\n`);
    process.exit(2);
  }
  if (USER_CODES.has(e?.code)) {
    process.stderr.write(`nutgraf: ${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`nutgraf: internal error: ${e?.message ?? e}\n`);
  process.exit(1);
}

if (isMainThread) {
  process.stdout.on("error", fail);
  main(process.argv.slice(2)).catch(fail);
}
else workerMain(workerData);
