#!/usr/bin/env node
// The wink-nlp peer for `npm run bench`, behind the same JSON Lines harness as
// `nutgraf --batch`: each input line {"id","text"} gives one output line with
// what wink-nlp 2.4 + wink-eng-lite-web-model finds in the text (readDoc runs
// its whole pipeline: tokens, sentence boundaries, negation, sentiment, POS,
// named and custom entities). wink has no summarizer, so "sentences" is the
// lead: the first N sentences (--sentences N, default 3).
// A bad line gives {"id","error"} and the batch goes on, as in nutgraf.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { serveLines } from "./jsonl.mjs";

const nlp = winkNLP(model);
const { its } = nlp;

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

await serveLines(analyse);
