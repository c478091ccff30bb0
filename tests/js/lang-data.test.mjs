// Language data loaded on demand: the page's build for languages with data
// (pkg-lang/: no language's data compiled in, the loader in) given a language's blob (lang/<code>.txt, written by
// scripts/build.mjs from the compiled-in data) finds the same entities as the
// npm build (pkg/, the data of `ner-shipped` compiled in); languageNeeds says
// when a blob is needed; bad bytes are refused with INVALID_LANGUAGE_DATA and
// the instance keeps working.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LANG_DIR } from "../../scripts/build.mjs";
import * as npm from "../../js/core.mjs";
import { coreCalls } from "../../js/calls.mjs";
import * as pageGlue from "../../pkg-lang/nutgraf.js";

pageGlue.initSync({ module: readFileSync(new URL("../../pkg-lang/nutgraf_bg.wasm", import.meta.url)) });
/** The page's build that loads data, through the same calls as the package's entries. */
const page = coreCalls(pageGlue, () => {});

const GERMAN =
  "Die Stadt Berlin hat am Dienstag beschlossen, die Brücke zu sanieren. Die Kosten liegen bei 5 Millionen Euro, " +
  "sagte Bürgermeister Kai Wegner. Die Entscheidung fiel nach langen Beratungen im März. Die Arbeiten sollen im Sommer beginnen.";
const JAPANESE =
  "株式会社ソニーは東京都港区で新製品を発表した。田中角栄氏の記念館には1000万円が寄付された。発表は2014年5月3日に行われた。" +
  "トヨタの社長は大阪で記者会見を開いた。";
const FINNISH =
  "Tasavallan presidentti Sauli Niinistö vieraili tiistaina Turun yliopistossa. Hän tapasi Nokian toimitusjohtajan " +
  "Helsingissä. Vierailu maksoi valtiolle 5 miljoonaa euroa. Keskustelu jatkuu maaliskuussa Finlandia-talossa. " +
  "Presidentti sanoi, että hän on tyytyväinen siihen, mitä on saatu aikaan. Se ei ole vielä valmis, mutta työ jatkuu.";
const ENGLISH = "The bridge in Cologne will be repaired. The city of Cologne pays for it, said Mayor Henriette Reker on Tuesday.";

const blob = (code) => readFileSync(join(LANG_DIR, `${code}.txt`));
const entities = (result) => result.entities.map((e) => `${e.text}:${e.kind}:${e.mentions.map((m) => `${m.start}-${m.end}`).join(",")}`);

test("languageNeeds: the language a text will be summarized in, and whether its data is missing", () => {
  assert.deepEqual(page.languageNeeds(ENGLISH), { language: "en", missing: false });
  assert.deepEqual(page.languageNeeds(GERMAN), { language: "de", missing: true });
  assert.deepEqual(page.languageNeeds(ENGLISH, { language: "de" }), { language: "de", missing: true });
  assert.deepEqual(page.languageNeeds(JAPANESE), { language: "ja", missing: true });
  // Norwegian has data that no build ships: missing, and its fetch fails quietly.
  assert.deepEqual(page.languageNeeds(GERMAN, { language: "no" }), { language: "no", missing: true });
  // Finnish's is shipped only as a blob (CC BY-SA 4.0): the npm build can load it too.
  assert.deepEqual(page.languageNeeds(FINNISH), { language: "fi", missing: true });
  assert.deepEqual(npm.languageNeeds(FINNISH), { language: "fi", missing: true });
  // The npm build has German and Japanese compiled in.
  assert.deepEqual(npm.languageNeeds(GERMAN), { language: "de", missing: false });
  assert.deepEqual(npm.languageNeeds(JAPANESE), { language: "ja", missing: false });
  assert.throws(() => page.languageNeeds(GERMAN, { sentences: 0 }), { code: "INVALID_OPTIONS" });
});

test("each shipped language has a blob, and English needs none", () => {
  for (const code of ["de", "fi", "zh", "ja"]) assert.match(blob(code).toString("utf8"), new RegExp(`^nutgraf-lang 1 ${code}\n`));
  assert.equal(page.languageNeeds(ENGLISH).missing, false);
});

test("bad bytes are refused with INVALID_LANGUAGE_DATA, and the instance keeps working", () => {
  const before = entities(page.summarize(GERMAN));
  const bad = [
    ["de", new Uint8Array([0xff, 0xfe, 0x00])],
    ["de", blob("ja")],
    ["de", blob("de").subarray(0, 200)],
    ["ja", new TextEncoder().encode("nutgraf-lang 1 ja\nplaces 3\nB A\n")],
    ["xx", blob("de")],
  ];
  for (const [code, bytes] of bad) {
    assert.throws(() => page.loadLanguage(code, bytes), (e) => e.code === "INVALID_LANGUAGE_DATA" && /invalid language data/.test(e.message), code);
  }
  assert.equal(page.languageNeeds(GERMAN).missing, true);
  assert.deepEqual(entities(page.summarize(GERMAN)), before);
});

test("German: the page's build with the loaded blob finds what the npm build finds", () => {
  const without = page.summarize(GERMAN).entities.map((e) => e.text);
  assert.ok(without.includes("Brücke"), `without the model, capitals decide: ${without.join(", ")}`);
  page.loadLanguage("de", blob("de"));
  assert.equal(page.languageNeeds(GERMAN).missing, false);
  const loaded = page.summarize(GERMAN);
  assert.deepEqual(entities(loaded), entities(npm.summarize(GERMAN)));
  assert.ok(!loaded.entities.some((e) => e.text === "Brücke"), "Brücke is a noun");
  // Loading again keeps the first data.
  page.loadLanguage("de", blob("de"));
  assert.deepEqual(entities(page.summarize(GERMAN)), entities(loaded));
});

test("Japanese: the page's build with the loaded blob finds what the npm build finds", () => {
  assert.ok(!page.summarize(JAPANESE).entities.some((e) => e.text === "田中角栄"), "no names without the lists");
  page.loadLanguage("ja", new Uint8Array(blob("ja")).buffer); // an ArrayBuffer works too
  const loaded = page.summarize(JAPANESE);
  assert.deepEqual(entities(loaded), entities(npm.summarize(JAPANESE)));
  assert.ok(loaded.entities.some((e) => e.text === "田中角栄" && e.kind === "person"));
});

test("English summaries are the same with and without loaded data", () => {
  assert.deepEqual(page.summarize(ENGLISH), npm.summarize(ENGLISH));
});

test("Finnish: the loaded blob's model finds whole names and types them (it is in no compiled build)", () => {
  const kinds = (result) => Object.fromEntries(result.entities.map((e) => [e.text, e.kind]));
  const without = kinds(page.summarize(FINNISH));
  assert.equal(without["Turun yliopistossa"], undefined, `without the model: ${JSON.stringify(without)}`);
  page.loadLanguage("fi", blob("fi"));
  assert.equal(page.languageNeeds(FINNISH).missing, false);
  const loaded = kinds(page.summarize(FINNISH));
  assert.equal(loaded["Turun yliopistossa"], "organization", JSON.stringify(loaded));
  assert.equal(loaded["Finlandia-talossa"], "place", JSON.stringify(loaded));
  assert.equal(loaded["Sauli Niinistö"], "person", JSON.stringify(loaded));
});
