// Language data on demand: German's model, the Chinese and Japanese name
// lists are in no wasm that the page or the bookmarklet loads at start. The
// core that loads data says which language a text is summarized in and
// whether that language's data is missing (`languageNeeds`: JS never detects
// languages itself); only then is `lang/<code>.txt` fetched from the folder
// the code was loaded from, once, and given to the core (`loadLanguage`). An
// English text fetches nothing. The page's worker runs that core once a
// summary's language has data (www/worker.js); the bookmarklet fetches it
// then, with the script that drives it (www/bookmarklet/lang.js).
// If the fetch fails (offline, a CSP or CORS on someone else's page, a
// language whose data is not shipped) the text is summarized without it, as
// before, and the failure is remembered so it is not retried for every summary.
//
// When to ask: before summarizing a long text (the language is read from the
// text's start, which costs next to nothing beside summarizing the rest); for
// a short one, after, from the summary's own `language`, summarizing again
// only if data was loaded just then. Asking before every short text would
// cost an English article about a tenth more time (0.08 ms against 0.58 ms
// per BBC article, measured in Node on the page's wasm).

/** Texts longer than this (UTF-16 units) have their language's data loaded before the summary. */
export const LONG_TEXT_CHARS = 64 * 1024;

/**
 * Returns `summarizeWithData(text, options)`: `summarize(text, options)`
 * (sync or async) with the data of the text's language loaded first when the
 * core lacks it. `core`: { languageNeeds, loadLanguage }; `base`: the URL of
 * the folder that holds `lang/`.
 */
export function withLanguageData(core, base, summarize) {
  const load = languageLoader(core, base);

  /** What the core says of `text` with `options`; null if it refuses them (the summary reports why). */
  function needs(text, options) {
    try {
      return core.languageNeeds(text, options);
    } catch {
      return null;
    }
  }

  /**
   * `language`: the language the text is known to be in, if the caller knows it (the page's
   * worker is told after an earlier summary of the same text): its data is loaded first.
   */
  return async function summarizeWithData(text, options, language) {
    if (language) await load(needs("", { language }));
    else if (typeof text === "string" && text.length > LONG_TEXT_CHARS) await load(needs(text, options));
    const result = await summarize(text, options);
    // The language the summary was made in, checked without reading the text again.
    const after = result?.language && needs("", { language: result.language });
    return (await load(after)) ? summarize(text, options) : result;
  };
}

/**
 * Returns `load(need)`, which loads the data of `need.language` (an answer of the core's
 * `languageNeeds`) if `need.missing`, fetched from `lang/<code>.txt` under `base` once, and
 * resolves true if it was loaded just then (false if nothing was missing or it cannot be had).
 * `core`: { loadLanguage }.
 */
export function languageLoader(core, base) {
  /** Fetches by language code: a promise of the bytes, or of null after a failure. */
  const fetched = new Map();

  return async function load(need) {
    if (!need?.missing || !base) return false;
    const code = need.language;
    if (!fetched.has(code)) fetched.set(code, fetchBytes(new URL(`lang/${code}.txt`, base)));
    const bytes = await fetched.get(code);
    if (!bytes) return false;
    try {
      // Again after the instance was replaced (a trap): the bytes are kept here.
      core.loadLanguage(code, bytes);
      return true;
    } catch {
      fetched.set(code, Promise.resolve(null)); // not its data: summarize without
      return false;
    }
  };
}

/** The bytes at `url`, or null if they cannot be had. */
async function fetchBytes(url) {
  try {
    const response = await fetch(url);
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}
