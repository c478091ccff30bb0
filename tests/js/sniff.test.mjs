// The HTML sniffer the CLI and the page share (js/sniff.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { looksLikeHtml } from "../../js/sniff.mjs";

const PROSE = "The council met on Tuesday. It voted for the park, 7 to 2. Work starts in March.";
const TAGGED = "<div><p>One.</p><p>Two.</p><p>Three <a href=/x>link</a>.</p></div>";

/** [name, input, hints, HTML?] */
const CASES = [
  ["a doctype", `<!DOCTYPE html><title>x</title>${PROSE}`, {}, true],
  ["a doctype after blank lines", `\n\n  <!doctype html>\n<p>${PROSE}`, {}, true],
  ["an <html> start", `<html lang="en"><body>${PROSE}</body></html>`, {}, true],
  ["a <body> start", `<body>${PROSE}</body>`, {}, true],
  ["an XML declaration, then <html>", `<?xml version="1.0"?>\n<html>${PROSE}</html>`, {}, true],
  ["a fragment with five tags", TAGGED, {}, true],
  ["prose", PROSE, {}, false],
  ["prose with two tags", `${PROSE} <br> and <b>bold</b> <p>`, {}, false],
  ["Markdown", `# Title\n\n${PROSE}\n\n- item`, {}, false],
  ["<html> past the first 2,048 characters", `${"x".repeat(3000)}<html>`, {}, false],
  ["an .html name wins over the content", PROSE, { name: "story.html" }, true],
  ["an .htm name", PROSE, { name: "STORY.HTM" }, true],
  ["an HTML MIME type", PROSE, { type: "text/html; charset=utf-8" }, true],
  ["a .txt name wins over the content", TAGGED, { name: "notes.txt" }, false],
  ["a .md name wins over the content", `<!doctype html>${PROSE}`, { name: "README.md" }, false],
  ["a name without a known extension: the content decides", TAGGED, { name: "/story/12" }, true],
];

for (const [name, input, hints, html] of CASES) {
  test(`looksLikeHtml: ${name}`, () => {
    assert.equal(looksLikeHtml(input, hints), html);
  });
}
