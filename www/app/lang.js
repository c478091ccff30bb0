// Language data on demand, for the page's worker, the bookmarklet and the
// extension: their wasm carries no language's entity data (German's model,
// the Chinese and Japanese name lists); before a summary the core says which
// language the text will be summarized in and whether that language's data is
// missing (`languageNeeds`: JS never detects languages itself), and only then
// is `lang/<code>.txt` fetched from the folder the code was loaded from, once,
// and given to the core (`loadLanguage`). An English text fetches nothing. If
// the fetch fails (offline, a CSP or CORS on someone else's page, a language
// whose data is not shipped) the text is summarized without it, as before,
// and the failure is remembered so it is not retried for every summary.

/**
 * Returns `prepare(text, options)`: resolves once the data `text` needs is
 * loaded, or could not be; never rejects. `core`: { languageNeeds,
 * loadLanguage }; `base`: the URL of the folder that holds `lang/`.
 */
export function languageData(core, base) {
  /** Fetches by language code: a promise of the bytes, or of null after a failure. */
  const fetched = new Map();
  return async function prepare(text, options) {
    let need;
    try {
      need = core.languageNeeds(text, options);
    } catch {
      return; // bad options or input: the summary reports it
    }
    if (!need.missing || !base) return;
    const code = need.language;
    if (!fetched.has(code)) fetched.set(code, fetchBytes(new URL(`lang/${code}.txt`, base)));
    const bytes = await fetched.get(code);
    if (!bytes) return;
    try {
      // Again after the instance was replaced (a trap): the bytes are kept here.
      core.loadLanguage(code, bytes);
    } catch {
      fetched.set(code, Promise.resolve(null)); // not its data: summarize without
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
