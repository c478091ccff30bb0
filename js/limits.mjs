// The input limits of the JS side (npm module, CLI, page), one constant each.
// They restate the core's (Rust) limits so that the JS layers can refuse early
// and say so in the same terms; tests/js/limits.test.mjs checks them against
// the wasm core's behaviour.

/** Largest input accepted, in bytes of UTF-8 (32 MiB): the core's `DEFAULT_MAX_INPUT_BYTES` (src/options.rs). */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** How much of the input's start the binary-data test reads, in bytes of UTF-8 (the core's, src/lib.rs). */
export const BINARY_SAMPLE_BYTES = 64 * 1024;

/** Share of control or U+FFFD characters in the sample above which input is binary data (the core's `BINARY_SHARE`). */
export const BINARY_SHARE = 0.1;

/**
 * HTML nested deeper than this is flattened before parsing (js/bound.mjs): the tags of
 * deeper elements are dropped, their text stays. Browsers stop nesting at 512; the pages of
 * the shared corpus nest at most 42 deep. Readability's cleaning takes time cubic in the
 * depth (one <p> in nested <div>s: 0.3 s at 200, 1.3 s at 400).
 */
export const MAX_HTML_DEPTH = 200;

/**
 * Most elements of an HTML page that are parsed (js/bound.mjs): the page is cut before the
 * next one, and what follows is dropped. Five times the largest page of the shared corpus.
 */
export const MAX_HTML_ELEMENTS = 50_000;

/** Bytes as "32 MiB", "5.3 MiB". */
export function mebibytes(bytes) {
  const mib = bytes / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}

/** "nutgraf reads … of up to 32 MiB": the limit as said to a person. */
export const MAX_INPUT = mebibytes(MAX_INPUT_BYTES);

/** The UTF-8 length of `string` in bytes (lone surrogates count as U+FFFD, 3 bytes, as TextEncoder writes them). */
export function utf8Length(string) {
  let bytes = string.length;
  // Every UTF-16 unit is at least one byte; count the extra ones.
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length && (string.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a pair: 4 bytes for 2 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** Whether `string` is over MAX_INPUT_BYTES of UTF-8 (without encoding it). */
export function overInputLimit(string) {
  // A UTF-16 unit is 1 to 3 bytes of UTF-8: only a string in between needs counting.
  if (string.length > MAX_INPUT_BYTES) return true;
  if (string.length * 3 <= MAX_INPUT_BYTES) return false;
  return utf8Length(string) > MAX_INPUT_BYTES;
}
