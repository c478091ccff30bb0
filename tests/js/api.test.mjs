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

test("the result's keys come in the order the JSON output has always had", () => {
  const text = `${ARTICLE} Mayor Ana Lopez met Joe Biden in Paris on Monday.`;
  const r = summarize(text, { sentences: 2, title: "Flood" });
  assert.deepEqual(Object.keys(r), ["language", "title", "sentences", "entities", "keywords", "stats"]);
  assert.equal(r.title, "Flood");
  assert.deepEqual(Object.keys(r.sentences[0]), ["index", "text", "start", "end", "score"]);
  assert.ok(r.entities.length > 0 && r.keywords.length > 0);
  for (const e of r.entities) {
    assert.deepEqual(Object.keys(e), ["text", "kind", "count", "score", "mentions"]);
    assert.ok(["person", "place", "organization", "date", "amount", "other"].includes(e.kind), e.kind);
    for (const m of e.mentions) assert.deepEqual(Object.keys(m), ["start", "end"]);
  }
  assert.deepEqual(Object.keys(r.keywords[0]), ["text", "score"]);
  assert.deepEqual(Object.keys(r.stats), ["sentences", "words", "furniture", "summaryWords"]);
  assert.equal(summarize(ARTICLE).title, null, "no title: null, not missing");
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

test("offsets are UTF-16 code units over a long mixed text (many blocks, many mentions)", () => {
  const parts = [
    "Zoë Müller met François Hollande in Genève on Monday 😀.",
    "東京の会議で Shinzō Abe は新しい計画を発表した。",
    "Café owners in São Paulo cheered 🎉 as Zoë Müller spoke.",
    "The 👩‍👩‍👧 family of Ana Fernández left Córdoba for Málaga.",
    "François Hollande said Genève and São Paulo signed a pact worth €2.5bn.",
  ];
  const text = Array.from({ length: 40 }, (_, i) => parts[i % parts.length]).join(" ");
  const r = summarize(text, { ratio: 1 });
  assert.ok(r.sentences.length > 20);
  for (const s of r.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  let mentions = 0;
  const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
  const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
  for (const e of r.entities) {
    for (const m of e.mentions) {
      mentions++;
      const slice = text.slice(m.start, m.end);
      assert.ok(m.start < m.end && m.end <= text.length, `${e.text}: ${m.start}..${m.end}`);
      // A span never cuts a surrogate pair, and reads as the name it belongs to.
      assert.ok(!isLow(text.charCodeAt(m.start)) && !isHigh(text.charCodeAt(m.end - 1)), slice);
      assert.match(slice, /^[\p{L}\p{N}€$£]/u, slice);
    }
  }
  assert.ok(mentions > 40, `${mentions} mentions`);
  const zoe = r.entities.find((e) => e.text === "Zoë Müller");
  assert.ok(zoe, "Zoë Müller is an entity");
  for (const m of zoe.mentions) assert.match(text.slice(m.start, m.end), /Müller$/);
});

test("every text is input.slice(start, end) of the caller's own string: lone surrogates, emoji, CJK, accents", () => {
  // Lone surrogates reach the wasm as U+FFFD; the texts must still be the caller's (issue 12).
  const text = [
    "Alpha \uD800 beta met Joe Biden in Paris on Monday.",
    "The \uDC00 café in Zürich served crème brûlée to Joe Biden 😀 and Zoë.",
    "東京で会議が開かれた \uDBFF\uDBFF。Then Joe Biden flew home to Paris.",
    "A trailing high surrogate ends this sentence in Paris \uD83D.",
    "Biden said 👩‍👩‍👧 families in Paris \uDE00 were safe.",
  ].join(" ");
  const r = summarize(text, { ratio: 1 });
  assert.ok(r.sentences.length >= 4, `${r.sentences.length} sentences`);
  const texts = r.sentences.map((s) => s.text).join(" ");
  for (const lone of ["\uD800", "\uDC00", "\uDBFF\uDBFF", "\uD83D", "\uDE00"]) assert.ok(texts.includes(lone), JSON.stringify(lone));
  for (const s of r.sentences) assert.equal(s.text, text.slice(s.start, s.end));
  const named = (name) => r.entities.find((e) => e.text === name);
  for (const name of ["Joe Biden", "Paris"]) {
    assert.ok(named(name), `${name} is an entity`);
    for (const m of named(name).mentions) assert.match(text.slice(m.start, m.end), /^(Joe )?Biden$|^Paris$/);
  }
  assert.equal(named("Paris").mentions.length, 4);
});

test("stats are camelCase like every other field", () => {
  const { stats } = summarize(ARTICLE, { sentences: 2 });
  assert.deepEqual(Object.keys(stats).sort(), ["furniture", "sentences", "summaryWords", "words"]);
  assert.equal(stats.sentences, 5);
  const r = summarize(ARTICLE, { sentences: 2 });
  const words = r.sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  assert.equal(stats.summaryWords, words);
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

test("a text that is not a string is named in the message", () => {
  const cases = [
    [42, "the text must be a string, not a number"],
    [null, "the text must be a string, not null"],
    [undefined, "the text must be a string, not undefined"],
    [["a"], "the text must be a string, not an array"],
    [{ text: "a" }, "the text must be a string, not an object"],
  ];
  for (const [text, message] of cases) {
    assert.throws(() => summarize(text), { code: "INVALID_INPUT", message });
  }
});

const KNOWN = "the options are `sentences`, `words`, `ratio`, `language`, `title`, `clean`, `keywords`";

// [name, options, the whole message]: every refusal says which option and why.
const BAD_OPTIONS = [
  // unknown key
  ["unknown option", { sentence: 2 }, `invalid options: unknown option \`sentence\`; ${KNOWN}`],
  ["snake case", { max_words: 2 }, `invalid options: unknown option \`max_words\`; ${KNOWN}`],
  ["unknown beside known", { sentences: 2, lenght: 3 }, `invalid options: unknown option \`lenght\`; ${KNOWN}`],
  // wrong type
  ["fractional sentences", { sentences: 1.5 }, "invalid options: `sentences` must be a whole number, not 1.5"],
  ["string number", { sentences: "3" }, 'invalid options: `sentences` must be a whole number, not the string "3"'],
  ["sentences NaN", { sentences: NaN }, "invalid options: `sentences` must be a whole number, not NaN"],
  ["words as an object", { words: { n: 3 } }, "invalid options: `words` must be a whole number, not an object"],
  ["ratio as a string", { ratio: "half" }, 'invalid options: `ratio` must be a number, not the string "half"'],
  ["language as a number", { language: 3 }, "invalid options: `language` must be a string, not 3"],
  ["title as an array", { title: ["a"] }, "invalid options: `title` must be a string, not an array"],
  ["clean as a string", { clean: "yes" }, 'invalid options: `clean` must be true or false, not the string "yes"'],
  ["keywords as a boolean", { keywords: true }, "invalid options: `keywords` must be a whole number, not true"],
  // negative and out of range
  ["negative words", { words: -3 }, "invalid options: `words` must be at least 1, not -3"],
  ["negative sentences", { sentences: -1 }, "invalid options: `sentences` must be at least 1, not -1"],
  ["negative keywords", { keywords: -1 }, "invalid options: `keywords` must be at least 0, not -1"],
  ["zero sentences", { sentences: 0 }, "invalid options: `sentences` must be at least 1, not 0"],
  ["ratio above one", { ratio: 1.5 }, "invalid options: `ratio` must be greater than 0 and at most 1, not 1.5"],
  ["ratio zero", { ratio: 0 }, "invalid options: `ratio` must be greater than 0 and at most 1, not 0"],
  ["ratio NaN", { ratio: NaN }, "invalid options: `ratio` must be greater than 0 and at most 1, not NaN"],
  ["ratio Infinity", { ratio: Infinity }, "invalid options: `ratio` must be greater than 0 and at most 1, not Infinity"],
  // two lengths
  [
    "two lengths",
    { sentences: 2, words: 10 },
    "invalid options: give at most one of `sentences`, `words` and `ratio`, not `sentences` and `words`",
  ],
  [
    "three lengths",
    { sentences: 2, words: 10, ratio: 0.5 },
    "invalid options: give at most one of `sentences`, `words` and `ratio`, not `sentences` and `words` and `ratio`",
  ],
  // not an object
  ["options a string", "sentences=3", "invalid options: options must be an object such as { sentences: 2 }, not a string"],
  ["options a number", 3, "invalid options: options must be an object such as { sentences: 2 }, not a number"],
  ["options a boolean", true, "invalid options: options must be an object such as { sentences: 2 }, not a boolean"],
  ["options an array", [3], "invalid options: options must be an object such as { sentences: 2 }, not an array"],
  ["options a function", () => 3, "invalid options: options must be an object such as { sentences: 2 }, not a function"],
];

test("bad options throw INVALID_OPTIONS saying which option and why, and the module keeps working", () => {
  for (const [name, options, message] of BAD_OPTIONS) {
    assert.throws(() => summarize(ARTICLE, options), { code: "INVALID_OPTIONS", message }, name);
    assert.equal(summarize(ARTICLE, { sentences: 1 }).sentences.length, 1, `usable after ${name}`);
  }
});

test("values JS cannot give as numbers or strings are named as JS names them", () => {
  for (const [name, options, message] of [
    ["a function value", { title: () => "t" }, "invalid options: `title` must be a string, not a function"],
    ["a symbol value", { language: Symbol("en") }, "invalid options: `language` must be a string, not a symbol"],
    ["a symbol count", { sentences: Symbol("3") }, "invalid options: `sentences` must be a whole number, not a symbol"],
    ["a BigInt beyond 64 bits", { sentences: 10n ** 30n }, "invalid options: `sentences` must be at most 4294967295, not 1e+30"],
    ["a negative BigInt", { words: -5n }, "invalid options: `words` must be at least 1, not -5"],
    ["a huge number", { sentences: 1e300 }, "invalid options: `sentences` must be at most 4294967295, not 1e+300"],
    ["a huge negative number", { keywords: -1e300 }, "invalid options: `keywords` must be at least 0, not -1e+300"],
  ]) {
    assert.throws(() => summarize(ARTICLE, options), { code: "INVALID_OPTIONS", message }, name);
    assert.equal(summarize(ARTICLE, { sentences: 1 }).sentences.length, 1, `usable after ${name}`);
  }
  assert.equal(summarize(ARTICLE, { sentences: 2n }).sentences.length, 2, "a BigInt count is a count");
});

test("options whose reading throws (a getter, a Proxy trap) are INVALID_OPTIONS, and the module keeps working", () => {
  const getter = {
    get sentences() {
      throw new Error("no sentences here");
    },
  };
  const proxy = new Proxy(
    {},
    {
      ownKeys() {
        throw new TypeError("trap");
      },
    },
  );
  for (const [name, options, message] of [
    ["a throwing getter", getter, "invalid options: reading the options threw: no sentences here"],
    ["a throwing Proxy", proxy, "invalid options: reading the options threw: trap"],
  ]) {
    assert.throws(() => summarize(ARTICLE, options), { code: "INVALID_OPTIONS", message }, name);
    assert.equal(summarize(ARTICLE, { sentences: 1 }).sentences.length, 1, `usable after ${name}`);
  }
  const counted = { get sentences() { return 2; } };
  assert.equal(summarize(ARTICLE, counted).sentences.length, 2, "a getter that returns is read");
});

test("null and undefined options, and null or undefined values, are the defaults", () => {
  const expected = summarize(ARTICLE);
  assert.deepEqual(summarize(ARTICLE, null), expected);
  assert.deepEqual(summarize(ARTICLE, undefined), expected);
  assert.deepEqual(summarize(ARTICLE, {}), expected);
  assert.deepEqual(summarize(ARTICLE, { sentences: null, words: undefined, title: null, clean: undefined }), expected);
  assert.deepEqual(summarize(ARTICLE, Object.assign(Object.create(null), { sentences: 3 })), expected);
  assert.equal(summarize(ARTICLE, { sentences: 2n }).sentences.length, 2, "a BigInt is a whole number");
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

test("summarizeJson (the CLI's output lines) writes what JSON.stringify writes for summarize's result", async () => {
  const core = await import("../../js/core.mjs");
  assert.equal(typeof core.summarizeJson, "function", "the npm package's wasm has summarizeJson (Cargo feature json)");
  const texts = [
    ARTICLE,
    `${ARTICLE} Mayor Ana López met "Joe" Biden in Zürich on 5 May 2020 with $1.5bn. 😀 Then\tshe left\u0001.`,
    "中文句子在这里。北京市政府周一宣布了新的计划！第三句话说明了更多的细节？",
    "Café élan naïve. Zoë went to Zürich.\nA line after a newline, with a back\\slash.",
    "One sentence with no full stop",
  ];
  const optionSets = [undefined, { sentences: 1, keywords: 3 }, { ratio: 0.5, title: "A \"quoted\" title" }];
  for (const text of texts) {
    for (const options of optionSets) {
      assert.equal(core.summarizeJson(text, options), JSON.stringify(core.summarize(text, options)), text.slice(0, 30));
    }
  }
  assert.throws(() => core.summarizeJson("", undefined), (e) => e.code === "EMPTY_INPUT");
  assert.throws(() => core.summarizeJson(ARTICLE, { sentences: -1 }), (e) => e.code === "INVALID_OPTIONS");
  assert.equal(core.summarizeJson(ARTICLE), JSON.stringify(core.summarize(ARTICLE)), "usable after errors");
});
