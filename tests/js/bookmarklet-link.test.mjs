// The bookmarklet's link is made for the folder the nutgraf page is served
// from (issue 14: dist/ under a subpath), not for its origin's root.
import { test } from "node:test";
import assert from "node:assert/strict";
import { bookmarkletCode, bookmarkletHref, pageBase } from "../../www/bookmarklet/link.js";

test("pageBase: the page's folder, its file name, query and hash dropped", () => {
  assert.equal(pageBase("https://example.org/"), "https://example.org/");
  assert.equal(pageBase("https://example.org/nutgraf/"), "https://example.org/nutgraf/");
  assert.equal(pageBase("https://example.org/nutgraf/index.html?x=1#from-bookmarklet"), "https://example.org/nutgraf/");
  assert.equal(pageBase("http://127.0.0.1:8080/a/b/"), "http://127.0.0.1:8080/a/b/");
});

test("pageBase refuses pages not served over http(s)", () => {
  assert.throws(() => pageBase("file:///home/me/dist/index.html"), /http\(s\)/);
  assert.throws(() => pageBase("not a url"));
});

test("the bookmarklet loads its bundle and opens its fallback in the page's folder, and checks messages by origin", () => {
  const code = bookmarkletCode("https://example.org/nutgraf/index.html");
  assert.ok(code.includes('("https://example.org/nutgraf/","https://example.org",'), code.slice(-200));
  assert.match(code, /script\.src = base \+ "bookmarklet\.js"/);
  assert.match(code, /w\.open\(base \+ hash/);
  assert.match(bookmarkletHref("https://example.org/nutgraf/"), /^javascript:/);
  // The code must run as a bookmarklet: it parses as a plain script.
  assert.doesNotThrow(() => new Function(code));
});
