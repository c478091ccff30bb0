#!/usr/bin/env node
// The wink-nlp peer for `npm run bench`, behind the same JSON Lines harness as
// `nutgraf --batch`: each input line {"id","text"} gives one output line with
// what wink-nlp 2.4 + wink-eng-lite-web-model finds in the text (readDoc runs
// its whole pipeline: tokens, sentence boundaries, negation, sentiment, POS,
// named and custom entities). wink has no summarizer, so "sentences" is the
// lead: the first N sentences (--sentences N, default 3).
// A bad line gives {"id","error"} and the batch goes on, as in nutgraf.
import { createInterface } from "node:readline";
import { once } from "node:events";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

const nlp = winkNLP(model);
const { its } = nlp;

function sentenceCount(argv) {
  const i = argv.indexOf("--sentences");
  const n = i >= 0 ? Number(argv[i + 1]) : 3;
  if (!Number.isInteger(n) || n < 1) throw new Error(`--sentences must be a whole number of at least 1`);
  return n;
}

/** What wink finds in one document, shaped like nutgraf's result. */
function analyse(text, n) {
  const doc = nlp.readDoc(text);
  const sentences = doc.sentences().out();
  return {
    language: "en",
    sentences: sentences.slice(0, n).map((s, index) => ({ index, text: s })),
    entities: doc.entities().out(its.detail).map(({ value, type }) => ({ text: value, kind: type })),
    stats: { sentences: sentences.length, tokens: doc.tokens().length(), sentiment: doc.out(its.sentiment) },
  };
}

function record(line, n) {
  let id = null;
  try {
    const input = JSON.parse(line);
    id = input?.id ?? null;
    if (typeof input?.text !== "string") throw new Error('each line needs a string "text"');
    return { id, ...analyse(input.text, n) };
  } catch (e) {
    return { id, error: { code: "ERROR", message: e.message } };
  }
}

const n = sentenceCount(process.argv.slice(2));
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!process.stdout.write(`${JSON.stringify(record(line, n))}\n`)) await once(process.stdout, "drain");
}
