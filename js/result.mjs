// The result object from what the wasm returns (src/wasm.rs `pack`): the
// numbers in one Float64Array and the strings it cannot slice from the
// caller's own text in one string. Shared by the Node and browser entries.
// Sentence texts are sliced from the string the caller passed, so
// `text.slice(start, end) === sentence.text` holds for every JS string, lone
// surrogates included (the wasm sees those as U+FFFD).

import { plainOptions } from "./options.mjs";

/** Numbers before the sentences (src/wasm.rs `HEADER`). */
const HEADER = 9;

/** Entity kind names by number, asked of each wasm glue module once. */
const kindNames = new WeakMap();

function kindsOf(glue) {
  let kinds = kindNames.get(glue);
  if (!kinds) {
    kinds = glue.entityKinds();
    kindNames.set(glue, kinds);
  }
  return kinds;
}

/** Summarizes `text` with the wasm-bindgen glue `glue`: the result object of CONTRACT.md. */
export function summarizeWith(glue, text, options) {
  const [numbers, strings] = glue.summarizePacked(text, plainOptions(options));
  return unpack(numbers, strings, text, kindsOf(glue));
}

/**
 * Builds the result object; keys in the order the JSON output has always had.
 * Whole numbers (offsets, counts, indices: all below 2^31, as the input is at
 * most 32 MiB) go through `| 0`, so V8 stores them as small integers, as it
 * did when the wasm built the object; read from a Float64Array as they are,
 * each became a boxed double: on 5 MB of text (77,000 mentions) peak RSS
 * 10-15 MB higher, and JSON.stringify slower.
 */
function unpack(n, strings, text, kinds) {
  const [nSentences, nEntities, nKeywords, sentenceCount, words, furniture, summaryWords, languageLen, titleLen] = Array.from(n.subarray(0, HEADER), (x) => x | 0);
  let s = languageLen; // read position in `strings`
  const language = strings.slice(0, s);
  let title = null;
  if (titleLen >= 0) {
    title = strings.slice(s, s + titleLen);
    s += titleLen;
  }
  let i = HEADER; // read position in `n`
  const sentences = new Array(nSentences);
  for (let k = 0; k < nSentences; k++, i += 4) {
    const start = n[i + 1] | 0;
    const end = n[i + 2] | 0;
    sentences[k] = { index: n[i] | 0, text: text.slice(start, end), start, end, score: n[i + 3] };
  }
  const entities = new Array(nEntities);
  for (let k = 0; k < nEntities; k++) {
    const len = n[i] | 0;
    const nMentions = n[i + 4] | 0;
    const mentions = new Array(nMentions);
    let j = i + 5;
    for (let m = 0; m < nMentions; m++, j += 2) mentions[m] = { start: n[j] | 0, end: n[j + 1] | 0 };
    entities[k] = { text: strings.slice(s, s + len), kind: kinds[n[i + 1]], count: n[i + 2] | 0, score: n[i + 3], mentions };
    s += len;
    i = j;
  }
  const keywords = new Array(nKeywords);
  for (let k = 0; k < nKeywords; k++, i += 2) {
    const len = n[i] | 0;
    keywords[k] = { text: strings.slice(s, s + len), score: n[i + 1] };
    s += len;
  }
  return { language, title, sentences, entities, keywords, stats: { sentences: sentenceCount, words, furniture, summaryWords } };
}
