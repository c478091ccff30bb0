// The npm package in Node: result shape, UTF-16 offsets, error codes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { summarize, languages, version } from "nutgraf";

const ARTICLE = [
  "The river flooded the old town on Monday after three days of rain.",
  "Rescue teams moved families from the old town to the school on the hill.",
  "The mayor said the flood was the worst in forty years.",
  "Engineers will inspect the river walls once the water falls.",
  "A bakery on the square reopened on Wednesday.",
].join(" ");

test("summarize returns the contract's shape", () => {
  const r = summarize(ARTICLE, { sentences: 2 });
  assert.equal(r.language, "en");
  assert.equal(r.sentences.length, 2);
  for (const s of r.sentences) {
    assert.deepEqual(Object.keys(s).sort(), ["end", "index", "score", "start", "text"]);
    assert.equal(ARTICLE.slice(s.start, s.end), s.text);
    assert.ok(Number.isInteger(s.index) && s.index >= 0 && s.index < 5);
  }
  assert.ok(r.sentences[0].index < r.sentences[1].index, "document order");
  assert.ok(Array.isArray(r.entities) && Array.isArray(r.keywords));
});

test("default length is three sentences", () => {
  assert.equal(summarize(ARTICLE).sentences.length, 3);
});

test("offsets are UTF-16 code units: emoji, CJK and accents", () => {
  const texts = [
    "Café society 😀 loves crème brûlée. The naïve 👩‍👩‍👧 family ate it. Zoë said it was très bon.",
    "東京で会議が開かれた。首相は新しい計画を発表した。計画は来年始まる。",
    "𝒜 mathematical script letter starts this. Then 🎉🎉 two party emoji follow! Then ü.",
  ];
  for (const text of texts) {
    const r = summarize(text, { ratio: 1 });
    assert.ok(r.sentences.length >= 2, text);
    for (const s of r.sentences) assert.equal(text.slice(s.start, s.end), s.text);
    for (const e of r.entities) for (const m of e.mentions) assert.ok(text.slice(m.start, m.end).length > 0);
  }
});

test("every length option is honoured", () => {
  assert.equal(summarize(ARTICLE, { sentences: 1 }).sentences.length, 1);
  assert.equal(summarize(ARTICLE, { ratio: 0.4 }).sentences.length, 2);
  const byWords = summarize(ARTICLE, { words: 25 });
  const words = byWords.sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  assert.ok(words <= 25, `${words} words`);
  assert.equal(summarize(ARTICLE, { words: 1 }).sentences.length, 1, "at least one sentence");
});

const ERRORS = [
  ["empty text", "", undefined, "EMPTY_INPUT"],
  ["blank text", " \n\t ", undefined, "EMPTY_INPUT"],
  ["text not a string", 42, undefined, "INVALID_INPUT"],
  ["null text", null, undefined, "INVALID_INPUT"],
  ["binary junk", "\u0000\u0001\u0002\ufffd\u0003".repeat(50), undefined, "BINARY_INPUT"],
  ["unknown option", ARTICLE, { sentence: 2 }, "INVALID_OPTIONS"],
  ["two lengths", ARTICLE, { sentences: 2, words: 10 }, "INVALID_OPTIONS"],
  ["zero sentences", ARTICLE, { sentences: 0 }, "INVALID_OPTIONS"],
  ["fractional sentences", ARTICLE, { sentences: 1.5 }, "INVALID_OPTIONS"],
  ["negative words", ARTICLE, { words: -3 }, "INVALID_OPTIONS"],
  ["ratio above one", ARTICLE, { ratio: 1.5 }, "INVALID_OPTIONS"],
  ["ratio zero", ARTICLE, { ratio: 0 }, "INVALID_OPTIONS"],
  ["ratio NaN", ARTICLE, { ratio: NaN }, "INVALID_OPTIONS"],
  ["string number", ARTICLE, { sentences: "3" }, "INVALID_OPTIONS"],
  ["unknown language", ARTICLE, { language: "klingon" }, "INVALID_OPTIONS"],
  ["options not an object", ARTICLE, "sentences=3", "INVALID_OPTIONS"],
  ["options an array", ARTICLE, [3], "INVALID_OPTIONS"],
];

test("bad input throws an Error with a stable code, and the module keeps working", () => {
  for (const [name, text, options, code] of ERRORS) {
    assert.throws(
      () => summarize(text, options),
      (e) => e instanceof Error && e.code === code && e.message.length > 10,
      name,
    );
    assert.equal(summarize(ARTICLE, { sentences: 1 }).sentences.length, 1, `usable after ${name}`);
  }
});

test("input over the limit is refused with INPUT_TOO_LARGE", () => {
  const huge = "Word soup here. ".repeat(2_200_000); // 35 MB
  assert.throws(() => summarize(huge), (e) => e.code === "INPUT_TOO_LARGE");
  assert.equal(summarize(ARTICLE).sentences.length, 3);
});

test("NUL bytes and text without punctuation still summarize", () => {
  const withNul = `${ARTICLE}\u0000 More text after a NUL byte.`;
  assert.ok(summarize(withNul).sentences.length > 0);
  const noPunct = "River rises in the old town\nFlood closes the bridge road\nMayor opens the school hall";
  const r = summarize(noPunct, { sentences: 2 });
  assert.equal(r.sentences.length, 2);
  for (const s of r.sentences) assert.equal(noPunct.slice(s.start, s.end), s.text);
});

test("one sentence comes back as it is", () => {
  const one = "Only this sentence is here.";
  assert.deepEqual(
    summarize(one).sentences.map((s) => s.text),
    [one],
  );
});

test("same input, same output", () => {
  assert.deepEqual(summarize(ARTICLE, { sentences: 2 }), summarize(ARTICLE, { sentences: 2 }));
});

test("languages and version", () => {
  assert.ok(languages().includes("en"));
  assert.match(version(), /^\d+\.\d+\.\d+/);
});
