// Property tests of the JS API and the CLI (issue 12), with fast-check: any
// JS string gives exact offsets, options of every wrong type are refused with
// INVALID_OPTIONS, `--batch` survives broken and huge lines and a closed
// stdout. A failing property prints the shrunk counterexample and its seed
// (rerun with FC_SEED=<seed>). FC_RUNS multiplies the runs (default 1).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { languages, summarize, summarizeHtml } from "nutgraf";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(root, "bin", "nutgraf.mjs");
const SCALE = Number(process.env.FC_RUNS ?? 1);
const params = (numRuns) => ({ numRuns: Math.round(numRuns * SCALE), ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) });

/** The codes a refusal of text may carry; anything else (or no code) is a failure. */
const TEXT_CODES = new Set(["EMPTY_INPUT", "BINARY_INPUT", "INPUT_TOO_LARGE"]);

// ---------------------------------------------------------------------------
// Strings.

const WORDS = ["The", "river", "rose", "Hun", "Sen", "met", "Joe", "Biden", "in", "Phnom", "Penh", "on", "Nov.", "22", "Mr.", "U.S.", "$10.9bn", "6.6%", "école", "東京", "😀", "e\u0301"];
const PUNCT = [".", "!", "?", "…", ",", ";", "“", "”", "\"", "'", "’", "(", ")", "—", ". ", ".\n", "\n\n", "\r\n", "\t", " ", "\u00a0", "\u2028"];

/** Article-like text from `piece`s: words, punctuation and breaks, and whatever `extra` gives. */
function textOf(extra) {
  return fc
    .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 3, arbitrary: fc.constantFrom(...PUNCT) }, { weight: 1, arbitrary: extra }), {
      minLength: 1,
      maxLength: 120,
    })
    .map((pieces) => pieces.join(" "));
}

/** Well-formed strings (every code point, no lone surrogate). */
const wellFormed = textOf(fc.string({ unit: "grapheme", maxLength: 12 }));
/** Any JS string: code units of every kind, lone surrogates included. */
const anyUnits = textOf(fc.string({ unit: "binary", maxLength: 12 }));
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Text with at least one lone surrogate inside. */
const withLoneSurrogates = fc.tuple(wellFormed, loneSurrogate, wellFormed).map(([a, s, b]) => `${a} ${s}${b}`);

/** Checks one result of summarize(text) against the contract's offsets. */
function checkOffsets(text, r) {
  let last = -1;
  let lastEnd = 0;
  for (const s of r.sentences) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= text.length, `sentence span ${s.start}..${s.end}`);
    assert.equal(text.slice(s.start, s.end), s.text, "sentence text is input.slice(start, end)");
    assert.ok(s.index > last && s.start >= lastEnd, "sentences in document order, not overlapping");
    [last, lastEnd] = [s.index, s.end];
  }
  for (const e of r.entities) {
    assert.equal(e.count, e.mentions.length);
    for (const m of e.mentions) {
      assert.ok(Number.isInteger(m.start) && 0 <= m.start && m.start < m.end && m.end <= text.length, `mention span ${m.start}..${m.end}`);
      assert.equal(text.slice(m.start, m.end).trim(), text.slice(m.start, m.end), "a mention has no surrounding space");
    }
  }
}

/** summarize(text): a result with exact offsets, or a refusal with a text code. */
function exactOrRefused(text) {
  let r;
  try {
    r = summarize(text);
  } catch (e) {
    assert.ok(TEXT_CODES.has(e.code), `unexpected error ${e.code}: ${e.message}`);
    return;
  }
  checkOffsets(text, r);
}

test("any well-formed string: text.slice(start, end) === sentence.text, mentions in range", () => {
  fc.assert(fc.property(wellFormed, exactOrRefused), params(300));
});

test("any string of UTF-16 code units: the same", () => {
  fc.assert(fc.property(anyUnits, exactOrRefused), params(300));
});

// Issue 12: lone surrogates reach the wasm as U+FFFD (one code unit, so the
// offsets hold); the texts are sliced from the caller's own string (js/result.mjs).
test("strings with lone surrogates: offsets still slice the caller's string", () => {
  fc.assert(fc.property(withLoneSurrogates, exactOrRefused), params(200));
});

test("the same input gives the same output", () => {
  fc.assert(
    fc.property(wellFormed, (text) => {
      let a, b;
      try {
        a = summarize(text, { sentences: 2 });
      } catch (e) {
        a = e.code;
      }
      try {
        b = summarize(text, { sentences: 2 });
      } catch (e) {
        b = e.code;
      }
      assert.deepEqual(a, b);
    }),
    params(100),
  );
});

// ---------------------------------------------------------------------------
// Options of every wrong type.

const TEXT = "The river flooded the old town on Monday. Rescue teams moved families to the school. The mayor said the flood was the worst in years.";

/** Values of every JS type (numbers of every kind included: the ranges are checked per option). */
const anyValue = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -5, max: 5 }),
  fc.bigInt({ min: -5n, max: 5n }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, 1e300, Symbol("s"), () => 1, new Number(2), new String("en"), new Date(0), /x/, new Map()),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
);

const isWhole = (v, min) => (typeof v === "number" && Number.isInteger(v) && v >= min && v <= 2 ** 32 - 1) || (typeof v === "bigint" && v >= BigInt(min) && v <= 2n ** 32n - 1n);
const CODES = new Set(languages());

/** Whether `value` is a valid value of `option` (null and undefined: "not given", valid). */
const VALID = {
  sentences: (v) => isWhole(v, 1),
  words: (v) => isWhole(v, 1),
  keywords: (v) => isWhole(v, 0),
  ratio: (v) => (typeof v === "number" && v > 0 && v <= 1) || v === 1n,
  language: (v) => typeof v === "string" && (v === "auto" || CODES.has(v)),
  title: (v) => typeof v === "string",
  clean: (v) => typeof v === "boolean",
};

test("options of every wrong type or range: INVALID_OPTIONS, and the module keeps working", () => {
  const cases = fc.tuple(fc.constantFrom(...Object.keys(VALID)), anyValue).filter(([key, value]) => !VALID[key](value));
  fc.assert(
    fc.property(cases, fc.boolean(), ([key, value], html) => {
      const call = html ? () => summarizeHtml(`<p>${TEXT}</p>`, { [key]: value }) : () => summarize(TEXT, { [key]: value });
      assert.throws(call, (e) => e.code === "INVALID_OPTIONS" && e.message.includes(key), `${key}: ${fc.stringify(value)}`);
    }),
    params(400),
  );
  assert.equal(summarize(TEXT).sentences.length, 3);
});

test("options that are not an object, and unknown options: INVALID_OPTIONS", () => {
  const notObject = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.array(fc.anything(), { maxLength: 2 }), fc.constantFrom(Symbol("o"), 1n));
  const unknown = fc.string({ minLength: 1, maxLength: 10 }).filter((k) => !(k in VALID) && k !== "url" && k !== "__proto__");
  fc.assert(
    fc.property(fc.oneof(notObject, unknown.map((k) => ({ [k]: 1 }))), (options) => {
      assert.throws(() => summarize(TEXT, options), { code: "INVALID_OPTIONS" });
    }),
    params(200),
  );
});

test("valid options of every kind are accepted", () => {
  const valid = fc.record(
    {
      sentences: fc.integer({ min: 1, max: 10 }),
      language: fc.constantFrom("auto", ...CODES),
      title: fc.string({ maxLength: 10 }),
      clean: fc.boolean(),
      keywords: fc.integer({ min: 0, max: 20 }),
    },
    { requiredKeys: [] },
  );
  fc.assert(
    fc.property(valid, (options) => {
      const r = summarize(TEXT, options);
      assert.ok(r.sentences.length >= 1 && r.sentences.length <= (options.sentences ?? 3));
    }),
    params(100),
  );
});

// ---------------------------------------------------------------------------
// The CLI's --batch.

/** Runs `nutgraf --batch --jobs 1` on `input`; returns { status, stdout, stderr }. */
function batch(input, args = []) {
  return spawnSync(process.execPath, [CLI, "--batch", "--jobs", "1", ...args], { input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
}

/** A line of a batch: valid, or broken in one of many ways. */
const batchLine = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.integer(), wellFormed).map(([id, text]) => JSON.stringify({ id, text })) },
  fc.string({ unit: "binary", maxLength: 40 }).map((s) => s.replace(/[\r\n\u2028\u2029]/g, " ")),
  fc.json({ maxDepth: 2 }).map((s) => s.replace(/\n/g, " ")),
  fc.constantFrom("", "{", "[]", "null", '{"id":1}', '{"id":1,"text":5}', '{"id":1,"text":"A b.","options":{"sentences":"x"}}', '{"id":1,"html":"<p>Hi there. Yes.</p>"}', '{"id":1,"text":"A.","html":"<p>B.</p>"}'),
);

test("--batch: broken lines each get an error line, in order, and the batch goes on", () => {
  fc.assert(
    fc.property(fc.array(batchLine, { minLength: 1, maxLength: 8 }), (lines) => {
      const r = batch(lines.join("\n") + "\n");
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, "");
      const out = r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l));
      assert.equal(out.length, lines.length, "one output line per input line");
      out.forEach((o, i) => {
        let id = null;
        try {
          const parsed = JSON.parse(lines[i]);
          if (parsed && typeof parsed === "object" && !Array.isArray(parsed) && "id" in parsed) id = parsed.id;
        } catch {}
        assert.deepEqual(o.id, id ?? null, `line ${i}: id`);
        assert.ok(o.error ? typeof o.error.code === "string" && typeof o.error.message === "string" : Array.isArray(o.sentences), `line ${i}`);
      });
    }),
    params(15),
  );
});

test("--batch: a huge line (over the 32 MiB limit) is one error line; the next line is summarized", () => {
  const huge = JSON.stringify({ id: "huge", text: "Word ".repeat(7 * 1024 * 1024) });
  const r = batch(`${huge}\n${JSON.stringify({ id: "next", text: TEXT })}\n`);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), ["huge", "next"]);
  assert.equal(out[0].error?.code, "INPUT_TOO_LARGE");
  assert.equal(out[1].sentences.length, 3);
});

test("--batch: a closed stdout ends the run cleanly (no stack trace, no hang)", async () => {
  const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: TEXT })).join("\n") + "\n";
  const child = spawn(process.execPath, [CLI, "--batch", "--jobs", "1"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  child.stdin.on("error", () => {}); // the child may stop reading first
  child.stdin.end(lines);
  // Read the first line, then close our end of its stdout.
  await new Promise((resolve) => child.stdout.once("data", resolve));
  child.stdout.destroy();
  const [code, signal] = await new Promise((resolve) => child.on("close", (c, s) => resolve([c, s])));
  assert.ok(code === 0 || signal === "SIGPIPE", `exit ${code} ${signal}`);
  assert.doesNotMatch(stderr, /at .*\.mjs:\d+|Error:/, stderr);
});
