// Bytes of an HTML file to a string: a byte-order mark decides; else bytes
// that are valid UTF-8 are UTF-8; else the page's own <meta charset> /
// http-equiv declaration in its first bytes; else windows-1252 (the web's
// legacy default). Never throws on bad bytes (they become U+FFFD).

/** How many leading bytes are searched for the charset declaration. */
const PRESCAN_BYTES = 4096;
/** Invalid sequences per valid non-ASCII character up to which bytes are still read as UTF-8. */
const LOSSY_SHARE = 0.1;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function label(bytes) {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, PRESCAN_BYTES));
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

function decoder(name, fatal = false) {
  try {
    return new TextDecoder(name, { fatal });
  } catch {
    return null; // an unknown label
  }
}

/** windows-1252's characters for bytes 0x80–0x9F (some Node builds decode them as latin-1 controls). */
const CP1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function fixC1(encoding, text) {
  if (encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
}

/** Decodes the bytes of an HTML document (a Uint8Array or Buffer). */
export function decodeHtml(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  // Bytes that are valid UTF-8 are UTF-8, whatever the page claims (a re-saved page keeps its old <meta>).
  try {
    return decoder("utf-8", true).decode(bytes);
  } catch {
    // Not UTF-8: the declared encoding, else the web's legacy default.
  }
  const declared = label(bytes);
  const named = declared ? decoder(declared) : null;
  if (named && named.encoding !== "utf-8" && !named.encoding.startsWith("utf-16")) return fixC1(named.encoding, named.decode(bytes));
  // Declared (or taken as) UTF-8 but not valid: mostly UTF-8 with a few bad bytes stays UTF-8;
  // mostly invalid is a legacy page mislabelled, read as windows-1252.
  const lossy = decoder("utf-8").decode(bytes);
  let bad = 0;
  let wide = 0;
  for (let i = 0; i < lossy.length; i++) {
    const c = lossy.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f) wide++;
  }
  return bad <= wide * LOSSY_SHARE ? lossy : fixC1("windows-1252", decoder("windows-1252").decode(bytes));
}
