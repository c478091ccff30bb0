// The page's state: one object. Each part is written by the module named next to
// it and read by the others; the DOM only shows it.
import { ui } from "./dom.js";
import { DEFAULT_SETTINGS } from "./store.js";

/**
 * Articles longer than this (UTF-16 units) are not put in the text box: laying out megabytes
 * in a <textarea> blocks the page for seconds. They are summarized in full, shown in part,
 * and their progress shows at once.
 */
export const LARGE_ARTICLE = 250_000;

export const state = {
  /** Length unit and amounts, view, language; kept in localStorage (settings.js, view.js). */
  settings: { ...DEFAULT_SETTINGS },
  /** The article (article.js). */
  article: {
    /** The text when it is too large for the text box (LARGE_ARTICLE), else null: the text box holds it. */
    large: null,
    /** Where it came from: a file name or a URL, or null when typed or pasted. */
    source: null,
    /** The title of a loaded page, passed to the core as its `title` option; null for typed or pasted text. */
    title: null,
    /** Number of the newest file or URL load: a slower, older load is dropped when it ends. */
    loads: 0,
  },
  /** The summary on screen (summary.js) and the highlighted article showing it (view.js). */
  summary: {
    /** `{ text, result, marks }` of the last rendered summary, or null. */
    current: null,
    /** The highlighted article must be redrawn before it is shown again. */
    fulltextStale: true,
  },
  /** The highlighted entity (entities.js). */
  entity: {
    /** Its text (kept across edits, while the new result has it), or null. */
    active: null,
    /** All entity chips shown, not only the first ones. */
    showAll: false,
    /** Which of its mentions the highlighted article is at; -1 for none. */
    mentionAt: -1,
  },
};

/** The article's text: the large article's, else the text box's. */
export const articleText = () => state.article.large ?? ui.article.value;
