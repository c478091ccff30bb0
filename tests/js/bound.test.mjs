// js/bound.mjs: what the HTML parser and Readability get (issue 12): pages
// nested deeper than MAX_HTML_DEPTH lose the deeper tags (not their text), pages
// with more than MAX_HTML_ELEMENTS elements are cut; real pages pass unchanged.
import { test } from "node:test";
import assert from "node:assert/strict";
import { boundHtml } from "../../js/bound.mjs";
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from "../../js/limits.mjs";
import { extract, summarizeHtml } from "nutgraf";

const PARA = "The river flooded the old town on Monday after three days of rain.";

test("an ordinary page passes unchanged (the same string)", () => {
  const html = `<!DOCTYPE html><html><head><title>T</title><script>if (a < b && c > d) x("</div>")</script>
    <style>p > a { color: red }</style></head><body><!-- <div><div> --><div class="a" title="x > y">
    <p>${PARA}<p>${PARA}<ul><li>one<li>two</ul><img src=x.png><br/><svg><path d="M0"/><path/></svg>
    <table><tr><td>1<td>2<tr><td>3</table></div></body></html>`;
  const r = boundHtml(html);
  assert.equal(r.html, html);
  assert.deepEqual([r.deepTags, r.cutAt], [0, null]);
});

test("200,000 unclosed <b>: the tags past the depth limit go, every word stays", () => {
  const html = `<p>${PARA}</p>${"<b>x ".repeat(200000)}<p>${PARA}</p>`;
  const r = boundHtml(html);
  // The <b>s past the limit, and the last <p> and </p> inside them.
  assert.equal(r.deepTags, 200000 - MAX_HTML_DEPTH + 2);
  assert.equal(r.html.split("<b>").length - 1, MAX_HTML_DEPTH);
  assert.equal(r.html.replace(/<[^>]*>/g, ""), html.replace(/<[^>]*>/g, ""));
  const article = extract(html);
  assert.equal(article.text.split(PARA).length - 1, 2, "both paragraphs are read");
});

test("50,000 nested <div>s: deeper start and end tags both go", () => {
  const html = `${"<div>".repeat(50000)}<p>${PARA}</p>${"</div>".repeat(50000)}<p>After.</p>`;
  const r = boundHtml(html);
  assert.equal(r.html, `${"<div>".repeat(MAX_HTML_DEPTH)}${PARA}${"</div>".repeat(MAX_HTML_DEPTH)}<p>After.</p>`);
  assert.equal(r.deepTags, 2 * (50000 - MAX_HTML_DEPTH) + 2, "the <p> and </p> were deeper too");
});

test("a script past the depth limit goes whole: its code never becomes text", () => {
  const html = `${"<span>".repeat(MAX_HTML_DEPTH)}<script>var secret = "<b>";</script>text`;
  const r = boundHtml(html);
  assert.ok(!r.html.includes("secret"), r.html.slice(-80));
  assert.ok(r.html.endsWith("text"));
});

test("end tags that close nothing and implied ends do not count as depth", () => {
  const html = `${"</i>".repeat(1000)}${"<p>x".repeat(5000)}${"<li>y".repeat(5000)}<div>z</div>`;
  assert.equal(boundHtml(html).deepTags, 0);
});

test("more elements than the limit: the page is cut before the next one", () => {
  const html = `<article><p>${PARA}</p></article>${"<span>s</span>".repeat(MAX_HTML_ELEMENTS)}<p>Lost.</p>`;
  const r = boundHtml(html);
  // The <article> and <p> count: the cut comes before the MAX_HTML_ELEMENTS - 1st <span>.
  assert.equal(r.cutAt, html.indexOf("<span>s</span>") + "<span>s</span>".length * (MAX_HTML_ELEMENTS - 2));
  assert.ok(!r.html.includes("Lost."));
  assert.equal(summarizeHtml(html).sentences[0].text, PARA);
});

test("an unterminated quote or tag runs to the end, as in a browser (linear, no rescans)", () => {
  const html = `<p>${PARA}</p>${'<a title="x'.repeat(100000)}`;
  const t0 = performance.now();
  const r = boundHtml(html);
  assert.ok(performance.now() - t0 < 2000);
  assert.equal(r.html, html);
});
