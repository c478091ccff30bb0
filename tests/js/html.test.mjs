// Article extraction (`extract`, `summarizeHtml`, `decodeHtml`) on HTML written
// for the tricky cases: comments, related links, captions, share bars,
// multi-page markers, <br>-separated text, leads, metadata; and bad HTML.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { decodeHtml, extract, summarize, summarizeHtml } from "../../js/node.mjs";

const fixture = (name) => readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url), "utf8");
const URL_ = "https://example.org/news/article";

// ---- what is kept, what is dropped ----

/** [name, fixture, kept (substrings of the text), dropped (never in the text)] */
const FURNITURE = [
  [
    "comments and the comment form",
    "comments.html",
    ["Edvin Holm climbed the one hundred and twelve steps", "watch the light come on."],
    ["What a wonderful life", "make the cottage a museum", "Leave a comment", "Reply", "All rights reserved", "Sport"],
  ],
  [
    "related-article list, inline 'read also' teaser, link-only paragraph, share bar",
    "related.html",
    ["Die Stadtverwaltung hat am Montag", "zweite Pflanzrunde im Frühjahr"],
    ["Lesen Sie auch", "Das könnte Sie auch interessieren", "Hochwasserschutz", "Teilen auf Facebook", "Neue Radwege in der Innenstadt"],
  ],
  [
    "figure captions, wp-caption text and photo credits",
    "captions.html",
    ["More than four thousand common cranes", "flying south for the winter."],
    ["Cranes rest on the flooded meadows", "Lena Sørensen", "restored wetlands cover about 300 hectares", "Foto: Archiv"],
  ],
  [
    "multi-page markers and next-page links",
    "multipage.html",
    ["The bakery on Church Street opened in 1898", "meets on Saturday mornings."],
    ["Page 1 of 3", "Next page", "Previous page", "2 3"],
  ],
  ["a 'lea también' teaser", "metadata.html", ["La autoridad portuaria aprobó"], ["Lea también", "tasa turística"]],
  [
    "the lead in the article's header (Readability drops it), not the teasers further down",
    "lead.html",
    ["From November the island ferry will sail four times a day", "refunded at the harbour office."],
    ["Work on the school roof", "Christmas market", "Around the island"],
  ],
];

test("furniture: the article stays, the furniture goes", () => {
  for (const [name, file, kept, dropped] of FURNITURE) {
    const { text } = extract(fixture(file), { url: URL_ });
    for (const k of kept) assert.ok(text.includes(k), `${name}: lost '${k}'`);
    for (const d of dropped) assert.ok(!text.includes(d), `${name}: kept '${d}'`);
  }
});

test("paragraph breaks: blocks are separated by a blank line, <br> is a line break, <br><br> a paragraph", () => {
  const { text } = extract(fixture("br.html"));
  assert.equal(
    text,
    [
      "The first frost came early this year, and the dahlias went black overnight.",
      "We lifted the tubers on Sunday, dried them in the shed and packed them in boxes of dry compost for the winter.",
      "The leeks and the kale do not mind the cold at all.\nThe parsnips taste sweeter after a frost, so we leave them in the ground until Christmas.",
      "Next month we will dig the new bed by the gate and plant the garlic before the ground freezes.",
    ].join("\n\n"),
  );
  const comments = extract(fixture("comments.html")).text;
  assert.equal(comments.split("\n\n").length, 5);
  assert.doesNotMatch(comments, / {2}|\t|^\s|\s$/);
});

// ---- metadata ----

/** [fixture, expected metadata] */
const METADATA = [
  [
    "comments.html",
    {
      title: "The lighthouse keeper retires after forty years",
      byline: "By Maria Lindqvist",
      publishedTime: "2024-03-02T09:30:00Z",
      siteName: "Harbour Times",
      lang: "en",
    },
  ],
  [
    "metadata.html",
    {
      title: "El puerto amplía su muelle para cruceros",
      byline: "Lucía Fernández",
      publishedTime: "2023-11-08T07:15:00+01:00",
      siteName: "Diario del Sur",
      lang: "es",
    },
  ],
  ["related.html", { title: "Stadt pflanzt 500 neue Bäume entlang des Flusses", byline: "Jonas Becker", publishedTime: null, siteName: null, lang: "de" }],
];

test("metadata: title, byline, published time, site name, language", () => {
  for (const [file, expected] of METADATA) {
    const article = extract(fixture(file), { url: URL_ });
    for (const [field, value] of Object.entries(expected)) assert.equal(article[field], value, `${file}: ${field}`);
    assert.equal(article.url, URL_);
  }
  assert.equal(extract(fixture("br.html")).url, null);
});

// ---- summarizeHtml ----

test("summarizeHtml: the summary of the article, offsets into `text`, metadata alongside", () => {
  const html = fixture("comments.html");
  const r = summarizeHtml(html, { url: URL_, sentences: 2 });
  assert.equal(r.text, extract(html).text);
  assert.equal(r.sentences.length, 2);
  for (const s of r.sentences) assert.equal(r.text.slice(s.start, s.end), s.text);
  for (const e of r.entities) for (const m of e.mentions) assert.ok(m.end <= r.text.length);
  assert.equal(r.title, "The lighthouse keeper retires after forty years");
  assert.equal(r.byline, "By Maria Lindqvist");
  assert.equal(r.siteName, "Harbour Times");
  assert.equal(r.url, URL_);
  // The same summary as summarizing the extracted text with the title.
  const direct = summarize(r.text, { sentences: 2, title: r.title });
  assert.deepEqual(r.sentences, direct.sentences);
  // An explicit title wins over the extracted one.
  assert.equal(summarizeHtml(html, { title: "Keeper retires" }).title, "Keeper retires");
});

test("summarizeHtml: option errors are INVALID_OPTIONS and the module keeps working", () => {
  const html = fixture("comments.html");
  const BAD = [
    [{ frobnicate: 1 }, /frobnicate/],
    [{ url: "not a url" }, /url/],
    [{ url: 42 }, /url/],
    [{ sentences: 0 }, /sentences/],
    ["three", /object/],
    [{ get sentences() { throw new Error("getter"); } }, /reading the options threw: getter/],
  ];
  for (const [options, pattern] of BAD) {
    assert.throws(() => summarizeHtml(html, options), (e) => e.code === "INVALID_OPTIONS" && pattern.test(e.message), String(pattern));
  }
  assert.throws(() => extract(html, { sentences: 3 }), (e) => e.code === "INVALID_OPTIONS");
  assert.equal(summarizeHtml(html, { sentences: 1 }).sentences.length, 1);
});

// ---- bad HTML: a result or a clear error, never a hang or a crash ----

const PARAGRAPH =
  "<p>The river flooded the lower town on Tuesday, and the mayor asked residents to leave their homes before dark.</p>";

/** [name, input, expected error code or null (a result), text that must be in the result] */
const BAD_HTML = [
  ["unclosed tags", `<html><body><div><p>${PARAGRAPH.slice(3, -4)}<p>Second paragraph about the flood<div><span>and more`, null, "Second paragraph"],
  ["100,000 nested divs", `<html><body>${"<div>".repeat(100000)}${PARAGRAPH}${"</div>".repeat(100000)}</body></html>`, null, "river flooded"],
  ["100,000 unclosed divs", `<html><body>${"<div>".repeat(100000)}${PARAGRAPH}`, null, "river flooded"],
  ["text before <html>", `<style>p{}</style><html><body>${PARAGRAPH}</body></html>`, null, "river flooded"],
  ["a fragment", PARAGRAPH, null, "river flooded"],
  ["a page with no article", '<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav></body></html>', "NO_ARTICLE"],
  ["an empty body", "<html><head><title>Nothing</title></head><body></body></html>", "NO_ARTICLE"],
  ["only a script", "<html><body><script>var article = 'not this';</script></body></html>", "NO_ARTICLE"],
  ["binary junk", String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), "INVALID_HTML"],
  ["NUL bytes", "\u0000".repeat(2000), "INVALID_HTML"],
  ["empty", "", "EMPTY_INPUT"],
  ["blank", " \n\t ", "EMPTY_INPUT"],
  ["not a string", 42, "INVALID_INPUT"],
  ["null", null, "INVALID_INPUT"],
  ["over 32 MiB", `<p>${"x".repeat(33 * 1024 * 1024)}</p>`, "INPUT_TOO_LARGE"],
];

test("bad HTML: a result or a clear error with a code", () => {
  for (const [name, input, code, expected] of BAD_HTML) {
    if (code) {
      assert.throws(() => extract(input), (e) => e instanceof Error && e.code === code && e.message.length > 10, name);
      assert.throws(() => summarizeHtml(input), (e) => e.code === code, name);
    } else {
      assert.ok(extract(input).text.includes(expected), name);
    }
  }
});

test("a 20 MB page: a result, in reasonable time", () => {
  const html = `<html><body><article>${PARAGRAPH.repeat(Math.ceil((20 * 1024 * 1024) / PARAGRAPH.length))}</article></body></html>`;
  assert.ok(html.length > 20 * 1024 * 1024);
  const t0 = Date.now();
  const { text } = extract(html);
  assert.ok(text.startsWith("The river flooded"));
  assert.ok(Date.now() - t0 < 60000, `${Date.now() - t0} ms`);
});

// ---- decodeHtml ----

/** [name, bytes, expected substring] */
const ENCODINGS = [
  ["UTF-8", Buffer.from('<meta charset="utf-8"><p>Grüße aus Köln</p>'), "Grüße aus Köln"],
  ["UTF-8 with a BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<p>Ærø</p>")]), "<p>Ærø</p>"],
  ["ISO-8859-1 declared", Buffer.from('<meta charset="iso-8859-1"><p>Grüße aus Köln</p>', "latin1"), "Grüße aus Köln"],
  ["windows-1252 in http-equiv", Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>caf\xe9 \x80 5</p>', "latin1"), "café € 5"],
  ["UTF-8 that claims latin-1 (a re-saved page)", Buffer.from('<meta charset="iso-8859-1"><p>Grüße</p>'), "Grüße"],
  ["undeclared legacy bytes", Buffer.from("<p>Stra\xdfe</p>", "latin1"), "Straße"],
  ["UTF-16LE with a BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<p>ünï</p>", "utf16le")]), "<p>ünï</p>"],
];

test("decodeHtml: BOM, valid UTF-8, the declared charset, windows-1252", () => {
  for (const [name, bytes, expected] of ENCODINGS) assert.ok(decodeHtml(bytes).includes(expected), `${name}: ${decodeHtml(bytes)}`);
});

// ---- REGRESSION ----

test("REGRESSION issue-6: a page whose first tag comes before <html> (linkedom made it the root)", () => {
  const html = `<style>.x{}</style>\n<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><article>${PARAGRAPH.repeat(3)}</article></body></html>`;
  const article = extract(html);
  assert.ok(article.text.includes("river flooded"));
  assert.equal(article.lang, "en");
});

test("REGRESSION issue-6: nested <html>/<body> inside the body do not hide the article", () => {
  const html = `<html><head><title>Outer</title></head><body><div class="entry-content"><html><head><meta name="x" content="y"></head><body>${PARAGRAPH.repeat(3)}</body></html></div></body></html>`;
  assert.ok(extract(html).text.includes("river flooded"));
});

// ---- extractDocument in Node (issue 14: it type-checked, then was missing) ----

test("extractDocument takes a linkedom document in Node, as extract takes its HTML, and leaves it unchanged", async () => {
  const { parseHTML } = await import("linkedom");
  const { extractDocument: fromPackage } = await import("nutgraf");
  const html = fixture("comments.html");
  const { document } = parseHTML(html);
  const before = document.toString();
  const article = fromPackage(document, { url: URL_ });
  assert.equal(article.text, extract(html, { url: URL_ }).text);
  assert.ok(article.text.includes("Edvin Holm climbed the one hundred and twelve steps"));
  assert.equal(document.toString(), before);
  assert.throws(() => fromPackage("<p>not a document</p>"), { code: "INVALID_INPUT" });
});
