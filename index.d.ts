/**
 * nutgraf: the gist of any article, in the browser or in Node.
 *
 * Node: `import { summarize } from "nutgraf"` — ready to call.
 * Browser: `import { init, summarize } from "nutgraf"; await init();` then call.
 */

/** Options of {@link summarize}. Unknown keys are an error (`INVALID_OPTIONS`). */
export interface Options {
  /** Number of summary sentences, an integer >= 1. Default: 3 (when no length option is given). */
  sentences?: number;
  /** Word budget: the best sentences that fit in this many words (an integer >= 1); at least one sentence. */
  words?: number;
  /** Share of the article's sentences, 0 < ratio <= 1 (at least one sentence). */
  ratio?: number;
  /** ISO 639-1 code ("en", "es", …, see {@link languages}) or "auto". Default: "auto" (detected). */
  language?: string;
  /** The article's title when known; a title line is a ranking signal and never a summary sentence. Default: the text's first line if it reads as a headline. */
  title?: string;
  /** Drop page furniture (share prompts, related links, captions, tag lines…) before ranking. Default: true. */
  clean?: boolean;
}

/** A span of the input: UTF-16 code units, end exclusive, so `input.slice(start, end)` is the span. */
export interface Span {
  start: number;
  end: number;
}

/** A summary sentence. */
export interface Sentence extends Span {
  /** Position of the sentence among all sentences of the document. */
  index: number;
  /** The sentence, exactly `input.slice(start, end)`. */
  text: string;
  /** Rank score (higher is more central). */
  score: number;
}

export type EntityKind = "person" | "place" | "organization" | "date" | "amount" | "other";

/** An entity with every mention. */
export interface Entity {
  /** Canonical name: the longest variant, without titles ("Joe Biden" for "President Biden"). */
  text: string;
  kind: EntityKind;
  /** Number of mentions. */
  count: number;
  /** Salience in 0..1; entities come most salient first. */
  score: number;
  mentions: Span[];
}

/** A key phrase of the document. */
export interface Keyword {
  text: string;
  score: number;
}

/** Counts over the document and the summary. */
export interface Stats {
  /** Sentences (units) in the document, furniture included. */
  sentences: number;
  /** Words in the document. */
  words: number;
  /** Units dropped as page furniture. */
  furniture: number;
  /** Words in the summary. */
  summary_words: number;
}

/** The result of {@link summarize}. */
export interface Result {
  /** ISO 639-1 code of the language the text was processed as. */
  language: string;
  /** The title given or found, or null. */
  title: string | null;
  /** The summary, in document order. */
  sentences: Sentence[];
  /** Every entity of the document, most salient first. */
  entities: Entity[];
  /** Key phrases, best first. */
  keywords: Keyword[];
  stats: Stats;
}

/**
 * Error codes: `EMPTY_INPUT` (empty or blank text), `INVALID_INPUT` (not a string),
 * `BINARY_INPUT` (binary data), `INPUT_TOO_LARGE` (over 32 MiB of UTF-8),
 * `INVALID_OPTIONS` (unknown option, wrong type, out of range, two lengths),
 * `NOT_INITIALIZED` (browser: called before `init()`), `NOT_BUILT` (Node: the wasm is missing).
 * After any error the module keeps working.
 */
export interface NutgrafError extends Error {
  code: string;
}

/** Summarizes plain text. Throws a {@link NutgrafError}. */
export function summarize(text: string, options?: Options): Result;

/**
 * Loads the wasm (browser). `input`: URL, Response, bytes or WebAssembly.Module of
 * `nutgraf_bg.wasm`; by default the file next to the package's glue. Idempotent.
 * In Node it resolves at once (the wasm is loaded at import).
 */
export function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
export default init;

/** The ISO 639-1 codes the `language` option accepts (besides "auto"). */
export function languages(): string[];

/** Version of the wasm core. */
export function version(): string;
