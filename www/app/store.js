// The last article and the settings, kept in this browser's localStorage only.

const ARTICLE = "nutgraf.article";
const SETTINGS = "nutgraf.settings";
/** Articles longer than this (UTF-16 units) are not kept: localStorage holds ~5 M units per site. */
export const MAX_STORED = 2_000_000;

export const DEFAULT_SETTINGS = { unit: "sentences", sentences: 3, percent: 20, words: 100, view: "edit", language: "auto" };

function read(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key, value) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

const stringOrNull = (value) => (typeof value === "string" ? value : null);

/** `{ text, source, title, tooLarge }` of the last article, or null on a first visit. */
export function loadArticle() {
  const raw = read(ARTICLE);
  if (raw === null) return null;
  try {
    const { text, source, title, tooLarge } = JSON.parse(raw);
    return typeof text === "string" ? { text, source: stringOrNull(source), title: stringOrNull(title), tooLarge: tooLarge === true } : null;
  } catch {
    return null;
  }
}

/** Keeps the article `{ text, source, title }`; false when it is too large to keep (the previous one is dropped). */
export function saveArticle({ text, source, title }) {
  if (text.length > MAX_STORED) {
    write(ARTICLE, JSON.stringify({ text: "", source: stringOrNull(source), tooLarge: true }));
    return false;
  }
  return write(ARTICLE, JSON.stringify({ text, source, title }));
}

export function loadSettings() {
  try {
    return { ...DEFAULT_SETTINGS, ...JSON.parse(read(SETTINGS) ?? "{}") };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function saveSettings(settings) {
  write(SETTINGS, JSON.stringify(settings));
}
