// The CLI, as CONTRACT.md describes it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../bin/nutgraf.mjs", import.meta.url));
const ARTICLE = [
  "Storm Ada closed the coastal road on Friday night.",
  "Police said the coastal road would stay closed until the storm passed.",
  "Schools in the valley will open late on Monday.",
  "The weather office expects the storm to weaken by Sunday.",
  "Farmers brought their sheep down from the hills before the storm.",
].join(" ");

function cli(args, input) {
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
}

function tmpFile(name, content) {
  const dir = mkdtempSync(join(tmpdir(), "nutgraf-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

test("text format: one summary sentence per line, from stdin and from a file", () => {
  const fromStdin = cli(["--sentences", "2"], ARTICLE);
  assert.equal(fromStdin.status, 0, fromStdin.stderr);
  const lines = fromStdin.stdout.trim().split("\n");
  assert.equal(lines.length, 2);
  for (const l of lines) assert.ok(ARTICLE.includes(l), l);
  const fromFile = cli(["--sentences", "2", tmpFile("a.txt", ARTICLE)]);
  assert.equal(fromFile.stdout, fromStdin.stdout);
  assert.equal(cli(["--sentences", "2", "-"], ARTICLE).stdout, fromStdin.stdout);
});

test("json format: the result object with offsets into the input", () => {
  const r = cli(["--format", "json", "--ratio", "0.4"], ARTICLE);
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.equal(result.sentences.length, 2);
  for (const s of result.sentences) assert.equal(ARTICLE.slice(s.start, s.end), s.text);
  assert.ok(Array.isArray(result.entities) && Array.isArray(result.keywords));
});

test("--words keeps to the budget", () => {
  const r = cli(["--words", "20", "--format", "json"], ARTICLE);
  const words = JSON.parse(r.stdout).sentences.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  assert.ok(words <= 20, `${words}`);
});

const USER_MISTAKES = [
  ["zero sentences", ["--sentences", "0"], ARTICLE, /--sentences/],
  ["not a number", ["--sentences", "three"], ARTICLE, /--sentences/],
  ["two lengths", ["--sentences", "2", "--words", "9"], ARTICLE, /only one/],
  ["ratio out of range", ["--ratio", "1.5"], ARTICLE, /--ratio/],
  ["bad format", ["--format", "xml"], ARTICLE, /--format/],
  ["unknown flag", ["--frobnicate"], ARTICLE, /frobnicate/],
  ["unknown language", ["--lang", "zz"], ARTICLE, /language/],
  ["html and text", ["--html", "--text"], ARTICLE, /--html/],
  ["missing file", ["/nonexistent/article.txt"], "", /cannot read/],
  ["a directory", [tmpdir()], "", /directory/],
  ["empty input", [], "", /empty/],
  ["whitespace input", [], "  \n\n\t ", /empty/],
  ["binary junk", [], Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), /binary/],
];

test("every user mistake: exit 2, one line on stderr, no stack trace", () => {
  for (const [name, args, input, pattern] of USER_MISTAKES) {
    const r = cli(args, input);
    assert.equal(r.status, 2, `${name}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split("\n").length, 1, `${name}: ${r.stderr}`);
    assert.match(r.stderr, pattern, name);
    assert.doesNotMatch(r.stderr, /\bat .*\.m?js:\d+/, name);
    assert.equal(r.stdout, "", name);
  }
});

test("NUL bytes and text without punctuation give a result", () => {
  const nul = cli([], `${ARTICLE}\u0000\u0000 A line after NULs.`);
  assert.equal(nul.status, 0, nul.stderr);
  const noPunct = cli(["--sentences", "1"], "Storms close the coast road\nRoads reopen on Monday\n");
  assert.equal(noPunct.status, 0, noPunct.stderr);
  assert.equal(noPunct.stdout.trim().split("\n").length, 1);
});

test("--help and --version", () => {
  assert.match(cli(["--help"]).stdout, /usage: nutgraf/);
  assert.match(cli(["--version"]).stdout, /^nutgraf \d+\.\d+\.\d+/);
});

test("--batch: one output line per input line, in order; bad lines do not stop it", () => {
  const input = [
    JSON.stringify({ id: "a", text: ARTICLE }),
    "{not json",
    JSON.stringify({ id: 7, text: "" }),
    JSON.stringify({ id: "opts", text: ARTICLE, options: { sentences: 1 } }),
    JSON.stringify({ id: "bad-opts", text: ARTICLE, options: { sentence: 1 } }),
    JSON.stringify({ id: "no-text" }),
    JSON.stringify([1, 2]),
    JSON.stringify({ id: "words", text: ARTICLE, options: { words: 15 } }),
  ].join("\n");
  const r = cli(["--batch", "--sentences", "2"], `${input}\n`);
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(out.length, 8);
  assert.equal(out[0].id, "a");
  assert.equal(out[0].sentences.length, 2, "command-line default applies");
  assert.equal(out[1].error.code, "INVALID_JSON");
  assert.equal(out[2].id, 7);
  assert.equal(out[2].error.code, "EMPTY_INPUT");
  assert.equal(out[3].sentences.length, 1, "line options override the command line");
  assert.equal(out[4].error.code, "INVALID_OPTIONS");
  assert.equal(out[5].error.code, "INVALID_INPUT");
  assert.equal(out[6].error.code, "INVALID_INPUT");
  assert.ok(out[7].sentences.length >= 1 && !out[7].error, "words replaces the command-line sentences");
});

test("--batch streams: an answer arrives before the input ends", async () => {
  const child = spawn(process.execPath, [CLI, "--batch"], { stdio: ["pipe", "pipe", "inherit"] });
  child.stdin.write(`${JSON.stringify({ id: 1, text: ARTICLE })}\n`);
  const first = await new Promise((resolve) => child.stdout.once("data", (d) => resolve(String(d))));
  assert.equal(JSON.parse(first.split("\n")[0]).id, 1);
  child.stdin.end(`${JSON.stringify({ id: 2, text: ARTICLE })}\n`);
  await new Promise((resolve) => child.on("close", resolve));
});

test("--batch: a blank line gives an error line of its own (one line out per line in)", () => {
  const input = [JSON.stringify({ id: "a", text: ARTICLE }), "", "   ", JSON.stringify({ id: "b", text: ARTICLE })];
  for (const jobs of ["1", "2"]) {
    const r = cli(["--batch", "--jobs", jobs, "--sentences", "1"], `${input.join("\n")}\n`);
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(
      out.map((o) => [o.id, o.error?.code ?? o.sentences.length]),
      [["a", 1], [null, "INVALID_JSON"], [null, "INVALID_JSON"], ["b", 1]],
      `--jobs ${jobs}`,
    );
    assert.match(out[1].error.message, /blank line/);
  }
});

test("--batch --jobs 2: input order kept, same lines as --jobs 1, errors in their place", () => {
  // Long and short documents alternate, so the workers finish out of order.
  const long = Array.from({ length: 60 }, (_, i) => `${ARTICLE} Paragraph ${i} adds a sentence about the storm.`).join("\n\n");
  const lines = [];
  for (let i = 0; i < 24; i++) {
    if (i % 7 === 3) lines.push(i % 2 ? "{broken" : JSON.stringify({ id: i, text: "" }));
    else lines.push(JSON.stringify({ id: i, text: i % 2 ? ARTICLE : long }));
  }
  const input = `${lines.join("\n")}\n`;
  const two = cli(["--batch", "--jobs", "2", "--sentences", "2"], input);
  assert.equal(two.status, 0, two.stderr);
  const out = two.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(out.length, 24);
  out.forEach((o, i) => {
    if (i % 7 !== 3) assert.equal(o.id, i, `line ${i}`);
    else assert.equal(o.error.code, i % 2 ? "INVALID_JSON" : "EMPTY_INPUT", `line ${i}`);
  });
  assert.equal(two.stdout, cli(["--batch", "--jobs", "1", "--sentences", "2"], input).stdout);
});

test("--batch --jobs N from a file: workers started ahead answer in order, as --jobs 1 does", () => {
  // About 300 KB: several reads, so the workers start while the first chunk is answered.
  const long = Array.from({ length: 40 }, (_, i) => `${ARTICLE} Paragraph ${i} adds a sentence about the storm.`).join("\n\n");
  const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: i, text: i % 3 ? ARTICLE : long }));
  const file = tmpFile("batch.jsonl", `${lines.join("\n")}\n`);
  const fromFile = (jobs) => {
    const fd = openSync(file, "r");
    try {
      return spawnSync(process.execPath, [CLI, "--batch", "--jobs", jobs, "--sentences", "2"], {
        stdio: [fd, "pipe", "pipe"],
        encoding: "utf8",
      });
    } finally {
      closeSync(fd);
    }
  };
  const one = fromFile("1");
  assert.equal(one.status, 0, one.stderr);
  assert.deepEqual(
    one.stdout.trim().split("\n").map((l) => JSON.parse(l).id),
    lines.map((_, i) => i),
  );
  for (const jobs of ["2", "3"]) {
    const r = fromFile(jobs);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, one.stdout, `--jobs ${jobs}`);
  }
});

test("a long document (the optimizing compiler up front, with a warm-up worker): the module's result, from a file and through --batch", async () => {
  const { summarize } = await import("../../js/core.mjs");
  // Over 512 Ki characters, so the CLI compiles up front and warms up on the text's start.
  const sentences = Array.from({ length: 9000 }, (_, i) => `Sentence ${i} says the storm near town ${i % 97} closed road ${i % 31} on day ${i % 7}.`);
  const text = sentences.join(" ");
  assert.ok(text.length > 512 * 1024);
  const expected = summarize(text, { sentences: 2 });
  const file = cli(["--sentences", "2", "--format", "json", tmpFile("long.txt", text)]);
  assert.equal(file.status, 0, file.stderr);
  assert.deepEqual(JSON.parse(file.stdout), expected);
  const batch = cli(["--batch", "--sentences", "2"], `${JSON.stringify({ id: "long", text })}\n`);
  assert.equal(batch.status, 0, batch.stderr);
  assert.deepEqual(JSON.parse(batch.stdout), { id: "long", ...expected });
});

test("--jobs: a whole number of at least 1, only with --batch", () => {
  for (const [args, pattern] of [
    [["--batch", "--jobs", "0"], /--jobs/],
    [["--batch", "--jobs", "two"], /--jobs/],
    [["--jobs", "2"], /--jobs goes with --batch/],
  ]) {
    const r = cli(args, "");
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, pattern);
  }
});

test("--batch splits lines as readline does, with every --jobs: CRLF, lone CR, BOM, bad UTF-8, long lines, no final newline", () => {
  const line = (id, text) => JSON.stringify({ id, text });
  // 150 KB of accented and astral text: it spans several reads, which must not cut a character.
  const long = Array.from({ length: 600 }, (_, i) => `Zoë Müller 😀 met Ana Fernández in Córdoba ${i}. 東京の会議が開かれた。`).join(" ");
  const html = JSON.stringify({ id: "h", html: `<html><body><article><p>${ARTICLE}</p><p>${ARTICLE}</p></article></body></html>` });
  const input = Buffer.concat([
    Buffer.from(`\uFEFF${line("bom", ARTICLE)}\r\n${line("crlf", ARTICLE)}\r${line("cr", ARTICLE)}\n`),
    Buffer.from([0xff, 0xfe, 0x0a]),
    Buffer.from(`${line("long", long)}\n${html}\n\n${line("last", ARTICLE)}`),
  ]);
  const expected = [null, "crlf", "cr", null, "long", "h", null, "last"];
  const outputs = ["1", "2", "3"].map((jobs) => {
    const r = spawnSync(process.execPath, [CLI, "--batch", "--jobs", jobs, "--sentences", "1"], { input, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.id), expected, `--jobs ${jobs}`);
    assert.equal(out[0].error.code, "INVALID_JSON", "a byte order mark is kept, as readline keeps it");
    assert.equal(out[3].error.code, "INVALID_JSON");
    const s = out[4].sentences[0];
    assert.equal(long.slice(s.start, s.end), s.text, "the long line arrives whole");
    assert.ok(out[5].sentences.length === 1 && !out[5].error, "an HTML line");
    return r.stdout;
  });
  assert.equal(outputs[1], outputs[0]);
  assert.equal(outputs[2], outputs[0]);
});
