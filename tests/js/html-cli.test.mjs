// The CLI on HTML: --html, sniffing, --text forcing plain text, the charset of
// HTML files, --batch lines with "html", and bad HTML as one-line errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../bin/nutgraf.mjs", import.meta.url));
const PAGE = readFileSync(new URL("./fixtures/html/comments.html", import.meta.url), "utf8");
/** The article's paragraphs, as they are in the page. */
const ARTICLE = [
  "Edvin Holm climbed the one hundred and twelve steps of the Skarvik lighthouse",
  "He took the job in 1984 after a decade at sea",
  "The coast guard automated the light in 2009",
  "The harbour council will decide in April",
  "Holm plans to stay in the village",
];

function cli(args, input) {
  return spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
}

function tmpFile(name, content) {
  const path = join(mkdtempSync(join(tmpdir(), "nutgraf-html-")), name);
  writeFileSync(path, content);
  return path;
}

const fromArticle = (line) => ARTICLE.some((p) => line.startsWith(p));

test("--html and sniffing: the article's summary, from stdin and from a file", () => {
  const forced = cli(["--html", "--sentences", "2"], PAGE);
  assert.equal(forced.status, 0, forced.stderr);
  const lines = forced.stdout.trim().split("\n");
  assert.equal(lines.length, 2);
  for (const l of lines) assert.ok(fromArticle(l), l);
  assert.equal(cli(["--sentences", "2"], PAGE).stdout, forced.stdout, "sniffed");
  assert.equal(cli(["--sentences", "2", tmpFile("page.html", PAGE)]).stdout, forced.stdout, "file");
});

test("--format json on HTML: text, metadata, offsets into text", () => {
  const r = cli(["--format", "json", "--sentences", "3"], PAGE);
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout);
  assert.equal(result.title, "The lighthouse keeper retires after forty years");
  assert.equal(result.byline, "By Maria Lindqvist");
  assert.equal(result.siteName, "Harbour Times");
  assert.equal(result.lang, "en");
  assert.ok(!result.text.includes("What a wonderful life"), "comments are not article text");
  for (const s of result.sentences) assert.equal(result.text.slice(s.start, s.end), s.text);
});

test("--text summarizes the markup as it is", () => {
  const r = cli(["--text", "--format", "json"], PAGE);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).text, undefined);
});

test("an HTML file in its declared legacy charset", () => {
  const page = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("Skarvik lighthouse", "Skärvik lighthouse");
  const r = cli(["--format", "json", tmpFile("latin1.html", Buffer.from(page, "latin1"))]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(JSON.parse(r.stdout).text.includes("Skärvik lighthouse"));
});

/** [name, args, input, stderr pattern] */
const BAD = [
  ["no article", ["--html"], '<html><body><nav><a href="/">Home</a></nav></body></html>', /no article/],
  ["binary junk as HTML", ["--html"], Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), /binary/],
  ["empty HTML", ["--html"], "", /empty/],
  ["unknown language", ["--html", "--lang", "zz"], PAGE, /language/],
];

test("bad HTML: exit 2, one line on stderr, no stack trace", () => {
  for (const [name, args, input, pattern] of BAD) {
    const r = cli(args, input);
    assert.equal(r.status, 2, `${name}: ${r.stderr}`);
    assert.equal(r.stderr.trim().split("\n").length, 1, `${name}: ${r.stderr}`);
    assert.match(r.stderr, pattern, name);
    assert.doesNotMatch(r.stderr, /\bat .*\.m?js:\d+/, name);
  }
});

test("--batch: html lines with a url, and a bad line that does not stop the batch", () => {
  const lines = [
    { id: 1, html: PAGE, url: "https://example.org/keeper" },
    { id: 2, html: "<html><body></body></html>" },
    { id: 3, html: PAGE, options: { sentences: 1 } },
  ];
  const r = cli(["--batch", "--sentences", "2"], lines.map((l) => JSON.stringify(l)).join("\n"));
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), [1, 2, 3]);
  assert.equal(out[0].url, "https://example.org/keeper");
  assert.equal(out[0].sentences.length, 2);
  assert.equal(out[1].error.code, "NO_ARTICLE");
  assert.equal(out[2].sentences.length, 1);
});
