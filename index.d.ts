/**
 * nutgraf: the gist of any article, in the browser or in Node.
 *
 * Node: `import { summarize, summarizeHtml } from "nutgraf"` — ready to call.
 * Browser: `import { init, summarize } from "nutgraf"; await init();` then call.
 * Web Worker: the same from `"nutgraf/worker"`, whose HTML functions parse with
 * linkedom (a worker has no DOMParser; the main entry's refuse there).
 */

/**
 * Options of {@link summarize}. Unknown keys, values of the wrong type and values out of range
 * are an error (`INVALID_OPTIONS`, with a message naming the option); `null` or `undefined`
 * is the same as leaving an option out. At most one of `sentences`, `words` and `ratio`.
 */
export interface Options {
  /** Number of summary sentences, an integer >= 1. Default: 3 (when no length option is given). */
  sentences?: number;
  /** Word budget: the best sentences that fit in this many words (an integer >= 1); at least one sentence. Default: none. */
  words?: number;
  /** Share of the article's sentences, 0 < ratio <= 1 (at least one sentence). Default: none. */
  ratio?: number;
  /** ISO 639-1 code ("en", "es", …, see {@link languages}) or "auto". Default: "auto" (detected). */
  language?: string;
  /** The article's title when known: never a summary sentence, and entities in it count as more salient. Default: the text's first line if it reads as a headline. */
  title?: string;
  /** Drop page furniture (share prompts, related links, captions, tag lines…) before ranking. Default: true. */
  clean?: boolean;
  /** How many keywords to return, an integer >= 0 (0 for none). Default: 10. */
  keywords?: number;
}

/**
 * A span of the input: UTF-16 code units, end exclusive, so `input.slice(start, end)` is the span.
 * This holds for any JS string: a lone surrogate (not valid Unicode) is analysed as U+FFFD, one
 * code unit either way, and a sentence's `text` is taken from the string you passed, so it keeps
 * the lone surrogate. Names the analysis builds (an entity's or keyword's `text`) show U+FFFD.
 */
export interface Span {
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset just past the last code unit. */
  end: number;
}

/** A summary sentence. */
export interface Sentence extends Span {
  /** Position of the sentence among all sentences of the document. */
  index: number;
  /** The sentence, exactly `input.slice(start, end)` of the string passed in. */
  text: string;
  /** Rank score (higher is more central). */
  score: number;
}

export type EntityKind = "person" | "place" | "organization" | "date" | "amount" | "other";

/** An entity with every mention. */
export interface Entity {
  /** Canonical name: the longest variant, without titles ("Joe Biden" for "President Biden"). */
  text: string;
  /** What kind of entity it is. */
  kind: EntityKind;
  /** Number of mentions. */
  count: number;
  /** Salience in 0..1; entities come most salient first. */
  score: number;
  /** Every mention, in document order: `input.slice(start, end)` is the mention as written. */
  mentions: Span[];
}

/** A key phrase of the document. */
export interface Keyword {
  /** The phrase as it appears in the text. */
  text: string;
  /** Rank score (higher is more central); keywords come best first. */
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
  /** Words in the summary (formerly `summary_words`; see the README's Changelog). */
  summaryWords: number;
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
  /** Key phrases, best first; as many as the `keywords` option asks (default 10), or fewer. */
  keywords: Keyword[];
  /** Counts over the document and the summary. */
  stats: Stats;
}

/**
 * Error codes: `EMPTY_INPUT` (empty or blank text), `INVALID_INPUT` (not a string),
 * `INVALID_HTML` (binary data given as HTML), `NO_ARTICLE` (an HTML page without an article),
 * `BINARY_INPUT` (binary data), `INPUT_TOO_LARGE` (over 32 MiB of UTF-8),
 * `INVALID_OPTIONS` (unknown option, wrong type, out of range, two lengths),
 * `NOT_INITIALIZED` (browser: called before `init()`), `NOT_BUILT` (Node: the wasm is not
 * next to the module, e.g. in a bundle, and `init(bytes)` was not called),
 * `INVALID_LANGUAGE_DATA` ({@link loadLanguage}: not that language's data),
 * `INTERNAL` (a bug of nutgraf's; please report it: the wasm crashed, and its instance has been
 * replaced, so the next call works). After any error the module keeps working.
 */
export interface NutgrafError extends Error {
  code: string;
}

/** Summarizes plain text. Throws a {@link NutgrafError}. */
export function summarize(text: string, options?: Options): Result;

/** Options of {@link extract}. Unknown keys are an error (`INVALID_OPTIONS`). */
export interface ExtractOptions {
  /**
   * The page's absolute URL: relative links resolve against it, and it comes
   * back as `url`. Default: none (`url: null`).
   */
  url?: string | URL;
}

/** Options of {@link summarizeHtml}: those of {@link summarize} and of {@link extract}. */
export interface HtmlOptions extends Options, ExtractOptions {}

/**
 * An article extracted from an HTML page (Mozilla Readability, then nutgraf's
 * own pass over page furniture). Fields the page does not say are `null`.
 */
export interface Article {
  /** The article's title (the page title without the site's name when they differ). */
  title: string | null;
  /** The author line, as the page gives it ("By Maria Lindqvist"). */
  byline: string | null;
  /** Publication time as the page's metadata gives it (usually ISO 8601). */
  publishedTime: string | null;
  /** The site's name (og:site_name, JSON-LD publisher…). */
  siteName: string | null;
  /** The page's language tag (`<html lang>`), e.g. "en", "de-CH". */
  lang: string | null;
  /** Text direction, "ltr" or "rtl", when the page says. */
  dir: string | null;
  /** The page's description, else the article's first paragraph. */
  excerpt: string | null;
  /** The `url` option, normalized; null when not given (or, in `extractDocument`, the document's URL). */
  url: string | null;
  /**
   * The article's text: paragraphs (blocks: p, headings, list items, table
   * rows…) separated by a blank line ("\n\n"), `<br>` as "\n", whitespace inside
   * a paragraph collapsed to single spaces (kept in `<pre>`). Left out: scripts,
   * images, forms, and page furniture — navigation, comments, related-article
   * lists, "read also" teasers, share bars, newsletter boxes, captions and
   * photo credits, bylines, ad labels, pagination.
   */
  text: string;
}

/**
 * The result of {@link summarizeHtml}: the summary of the article's `text`
 * (every offset is into `text`), with the article's metadata. `title` is the
 * `title` option when given, else the extracted title.
 */
export interface HtmlResult extends Result, Omit<Article, "title"> {}

/**
 * Extracts the article of an HTML page: its text with paragraph breaks and its
 * metadata. Node and `nutgraf/worker`: linkedom + Readability; browser:
 * DOMParser + Readability (needs no `init()`; in a Web Worker, without
 * DOMParser, the main entry throws `INVALID_INPUT` naming `nutgraf/worker`). Never recurses over the DOM, so deeply nested or huge
 * pages give a result or an error, not a stack overflow. Before parsing, the
 * tags of elements nested more than 200 deep are dropped (their text stays),
 * and a page of more than 50,000 elements is cut before the 50,001st (what
 * follows is dropped): see README, "Limits".
 *
 * Throws a {@link NutgrafError}: `INVALID_INPUT` (not a string), `EMPTY_INPUT`,
 * `INPUT_TOO_LARGE` (over 32 MiB of HTML as UTF-8), `INVALID_HTML` (binary data, not HTML), `NO_ARTICLE` (no text
 * outside links, menus and page furniture), `INVALID_OPTIONS`.
 */
export function extract(html: string, options?: ExtractOptions): Article;

/**
 * Extracts the article of `html` ({@link extract}) and summarizes its text
 * ({@link summarize}, with the extracted title unless `title` is given).
 * Throws the errors of both. Browser: after `init()`.
 */
export function summarizeHtml(html: string, options?: HtmlOptions): HtmlResult;

/**
 * Decodes the bytes of an HTML file as a browser would: a byte-order mark
 * decides; else bytes that are valid UTF-8 are UTF-8; else the page's own
 * `<meta charset>` (or http-equiv Content-Type) in its first 4 KB; else
 * windows-1252. Bad bytes become U+FFFD; never throws.
 */
export function decodeHtml(bytes: Uint8Array): string;

/**
 * Extracts the article of a `Document` from a deep copy, so `doc` is not
 * changed: in a browser a live page (e.g. the page a bookmarklet runs in), in
 * Node a linkedom document (`parseHTML(html).document`). `url` defaults to
 * the document's location.
 */
export function extractDocument(doc: Document, options?: ExtractOptions): Article;

/**
 * Loads the wasm (browser, worker). `input`: URL, Response, bytes or WebAssembly.Module of
 * `nutgraf_bg.wasm` (also exported as `"nutgraf/nutgraf_bg.wasm"`); by default the file next
 * to the glue, which webpack and Vite emit for you; with other bundlers, give its URL or copy
 * it next to the bundle. Idempotent.
 * In Node it resolves at once (the wasm is loaded at import); in a bundle for Node, where
 * the wasm is not next to the module, give its bytes, a WebAssembly.Module or its path.
 */
export function init(input?: string | URL | Request | Response | BufferSource | WebAssembly.Module): Promise<void>;
export default init;

/** The ISO 639-1 codes the `language` option accepts (besides "auto"). */
export function languages(): string[];

/** Version of the wasm core. */
export function version(): string;

/** What {@link languageNeeds} says of a text. */
export interface LanguageNeed {
  /** The language the text will be summarized in (ISO 639-1), as `summarize` decides it. */
  language: string;
  /**
   * Whether that language has entity data (German, Norwegian, Finnish, Chinese, Japanese) that
   * is neither built in nor loaded: {@link loadLanguage} it first for its names. Always false
   * in the npm build for German, Chinese and Japanese (built in), and for English.
   */
  missing: boolean;
}

/**
 * The language `text` will be summarized in with `options` and whether its entity data is
 * missing, without summarizing (it reads the text's start). Throws INVALID_OPTIONS as
 * `summarize` does.
 */
export function languageNeeds(text: string, options?: Options): LanguageNeed;

/**
 * Loads a language's entity data (`bytes`: the file `lang/<code>.txt` of the page's build)
 * into this instance, for every later summary; data built in wins, and a language loaded
 * twice keeps its first data. Throws an Error with code `INVALID_LANGUAGE_DATA` if the bytes
 * are not that language's data (nothing is loaded then; the instance keeps working).
 */
export function loadLanguage(language: string, bytes: Uint8Array | ArrayBuffer): void;
