// Language data on demand in the page: for a German text the page shows the
// summary of its core without data, then fetches the core that loads data
// (nutgraf_lang_bg.wasm) and lang/de.txt and shows the summary again, where
// German nouns are not highlighted as names; for an English text it fetches
// neither. If lang/de.txt cannot be fetched the German text is still
// summarized, with no error shown.
import { afterEach, test } from "node:test";
import assert from "node:assert/strict";
import { closeChecked, gotoPage, nextRender, openPage, paste, renderedCount, siteAndBrowser } from "./browser.mjs";

const env = siteAndBrowser();
const open = [];

const ENGLISH = [
  "The harbour bridge reopened on Saturday after two years of repairs.",
  "Engineers replaced the bridge cables and repainted the steel towers.",
  "Traffic on the harbour bridge was light on the first morning, said Mayor Anna Lindqvist.",
].join(" ");
const GERMAN = [
  "Die Stadt Berlin hat am Dienstag beschlossen, die Brücke zu sanieren.",
  "Die Kosten liegen bei 5 Millionen Euro, sagte Bürgermeister Kai Wegner.",
  "Die Entscheidung fiel nach langen Beratungen im März.",
  "Die Arbeiten an der Brücke sollen im Sommer beginnen.",
].join(" ");
/** Capitalised German nouns that are not names. */
const NOUNS = ["Brücke", "Kosten", "Entscheidung", "Arbeiten", "Beratungen"];

/** A fresh page that records the language files it requests (not the service worker's own fetches of them). */
async function fresh() {
  const opened = await openPage(env.browser, env.site);
  opened.lang = [];
  opened.context.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if ((path.includes("/lang/") || path.endsWith("nutgraf_lang_bg.wasm")) && !r.serviceWorker()) opened.lang.push(path);
  });
  open.push(opened);
  await gotoPage(opened.page, env.site);
  return opened;
}

afterEach(() => closeChecked(open));

/** The entity chips' texts (kind, name, count). */
const chips = (page) => page.locator("#entities .chip").allTextContents();

/** Pastes `text` and waits for its second summary (the one made with the language's data). */
async function pasteTwice(page, text) {
  const count = await renderedCount(page);
  await paste(page, text);
  return nextRender(page, count + 1);
}

test("an English text fetches no language data; a German one fetches lang/de.txt, once", async () => {
  const { page, lang } = await fresh();
  await paste(page, ENGLISH);
  assert.deepEqual(lang, [], "the sample and an English text need no language data");
  const detail = await pasteTwice(page, GERMAN);
  assert.equal(detail.language, "de");
  assert.ok(detail.entities > 0);
  assert.deepEqual(lang, ["/nutgraf_lang_bg.wasm", "/lang/de.txt"]);
  const names = (await chips(page)).join(" | ");
  assert.match(names, /Kai Wegner/);
  for (const noun of NOUNS) assert.ok(!names.includes(noun), `${noun} is a noun, not a name: ${names}`);
  const marked = await page.locator("#summary mark").allTextContents();
  for (const noun of NOUNS) assert.ok(!marked.includes(noun), `${noun} highlighted in the summary: ${marked.join(", ")}`);
  // A second German text: one summary, with the data the worker has already.
  const count = await renderedCount(page);
  await paste(page, `${GERMAN} Die Stadt Köln plant Ähnliches.`);
  assert.ok(!(await chips(page)).join(" | ").includes("Brücke"));
  assert.equal(await renderedCount(page), count + 1);
  assert.deepEqual(lang, ["/nutgraf_lang_bg.wasm", "/lang/de.txt"]);
});

test("when lang/de.txt cannot be fetched, the German text is summarized without it, with no error shown", async () => {
  const opened = await fresh();
  await opened.context.route("**/lang/**", (route) => route.fulfill({ status: 404, body: "" }));
  const detail = await pasteTwice(opened.page, GERMAN);
  assert.ok(detail.entities > 0);
  assert.deepEqual(opened.lang, ["/nutgraf_lang_bg.wasm", "/lang/de.txt"]);
  assert.equal(await opened.page.locator("#summary li").count(), 3);
  assert.equal(await opened.page.locator(".status.error").count(), 0);
  // Without the model, capitals decide (what the first test shows the data prevents).
  assert.match((await chips(opened.page)).join(" | "), /Brücke/);
  // Ignore the browser's own log line for the 404.
  opened.seen.errors = opened.seen.errors.filter((e) => !/404|Failed to load resource/.test(e));
});
