#!/usr/bin/env node
// The Lead-N baseline for `npm run bench`: the same JSON Lines harness as
// `nutgraf --batch`, with the first N sentences (--sentences N, default 3) cut
// by a regular expression and no analysis at all. It measures the floor
// every tool pays: Node's start, reading the lines, JSON in and out.
// (js/lead.mjs is something else: the standfirst of an HTML page.)
import { serveLines } from "./jsonl.mjs";

/** A sentence ends at . ! or ? (and closing quotes), or at a blank line. */
const SENTENCE = /[^.!?\n]*(?:\n(?!\s*\n)[^.!?\n]*)*(?:[.!?]+["'”’)]*)?\s*/gy;

function lead(text, n) {
  const sentences = [];
  SENTENCE.lastIndex = 0;
  let m;
  while (sentences.length < n && SENTENCE.lastIndex < text.length && (m = SENTENCE.exec(text)) && m[0]) {
    const s = m[0].trim();
    if (s) sentences.push({ index: sentences.length, text: s, start: m.index, end: m.index + m[0].trimEnd().length });
  }
  return sentences;
}

await serveLines((text, n) => ({ sentences: lead(text, n) }));
