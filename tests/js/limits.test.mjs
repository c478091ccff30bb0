// The JS side's limits (js/limits.mjs) and binary-data test (js/sniff.mjs) agree
// with the wasm core's: the same input is refused for the same reason by both.
import { test } from "node:test";
import assert from "node:assert/strict";
import { summarize } from "nutgraf";
import { MAX_INPUT, MAX_INPUT_BYTES, mebibytes, overInputLimit, utf8Length } from "../../js/limits.mjs";
import { looksBinary } from "../../js/sniff.mjs";

/** The code of the error the core throws for `text`, or null when it summarizes it. */
function coreRefusal(text) {
  try {
    summarize(text);
    return null;
  } catch (e) {
    return e.code;
  }
}

test("MAX_INPUT_BYTES is the core's limit, in bytes of UTF-8", () => {
  // Binary data, so that input under the limit is refused at once for another reason.
  for (const [unit, bytes] of [
    ["\u0001", 1],
    ["\u0080", 2],
    ["\ufffd", 3],
  ]) {
    const atLimit = unit.repeat(Math.floor(MAX_INPUT_BYTES / bytes));
    const over = atLimit + "\u0001".repeat(MAX_INPUT_BYTES - utf8Length(atLimit) + 1);
    assert.equal(utf8Length(over), MAX_INPUT_BYTES + 1);
    assert.equal(overInputLimit(atLimit), false, `${bytes}-byte characters up to the limit`);
    assert.equal(coreRefusal(atLimit), "BINARY_INPUT", `${bytes}-byte characters up to the limit`);
    assert.equal(overInputLimit(over), true, `${bytes}-byte characters, one byte over`);
    assert.equal(coreRefusal(over), "INPUT_TOO_LARGE", `${bytes}-byte characters, one byte over`);
  }
  assert.equal(MAX_INPUT, "32 MiB");
});

test("utf8Length counts as TextEncoder encodes", () => {
  for (const s of ["", "abc", "Café", "東京", "😀 and 𝒜", "lone \ud800 surrogate", "\udc00", "x\ud83d"]) {
    assert.equal(utf8Length(s), new TextEncoder().encode(s).length, JSON.stringify(s));
  }
});

test("mebibytes says sizes as a person reads them", () => {
  assert.equal(mebibytes(32 * 1024 * 1024), "32 MiB");
  assert.equal(mebibytes(5.5 * 1024 * 1024), "5.5 MiB");
});

const WORDS = "The council met on Tuesday. The park opens in March. ";
/** `n` characters of text with `bad` of them replaced by `char`, spread out. */
function mixed(n, bad, char) {
  const chars = [...WORDS.repeat(Math.ceil(n / WORDS.length)).slice(0, n)];
  const step = n / bad;
  for (let i = 0; i < bad; i++) chars[Math.floor(i * step)] = char;
  return chars.join("");
}

/** [name, text, binary?]: the expected verdict of both the JS test and the core. */
const BINARY_CASES = [
  ["plain text", WORDS.repeat(20), false],
  ["10% control characters (the share must be exceeded)", mixed(1000, 100, "\u0001"), false],
  ["10.1% control characters", mixed(1000, 101, "\u0001"), true],
  ["10.1% U+FFFD", mixed(1000, 101, "\ufffd"), true],
  ["10.1% lone surrogates (U+FFFD on the way to the core)", mixed(1000, 101, "\ud800"), true],
  ["20% vertical tabs (whitespace)", mixed(1000, 200, "\u000b"), false],
  ["20% next-line characters U+0085 (whitespace)", mixed(1000, 200, "\u0085"), false],
  ["20% information separators U+001C (control, not whitespace)", mixed(1000, 200, "\u001c"), true],
  ["20% C1 controls U+0090", mixed(1000, 200, "\u0090"), true],
  ["20% astral emoji (not control)", mixed(1000, 200, "😀"), false],
  // The sample is the first 64 KiB of UTF-8 (BINARY_SAMPLE_BYTES), not of UTF-16 units.
  ["clean ASCII for 60,000 bytes, then control characters", "a ".repeat(30000) + "\u0001".repeat(10000), false],
  ["clean ASCII for 58,000 bytes, then control characters", "a ".repeat(29000) + "\u0001".repeat(10000), true],
  ["clean 2-byte text for 60,000 bytes, then control characters", "é ".repeat(20000) + "\u0001".repeat(10000), true],
];

for (const [name, text, binary] of BINARY_CASES) {
  test(`binary data: ${name}`, () => {
    assert.equal(looksBinary(text), binary, "js/sniff.mjs");
    assert.equal(coreRefusal(text) === "BINARY_INPUT", binary, "the core");
  });
}
