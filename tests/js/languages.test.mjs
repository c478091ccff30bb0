// Entities in German, Chinese and Japanese through the npm module (pkg/, built
// with Cargo's `ner-shipped`: the entity data of those languages), and what the
// page's build (pkg-page/, without that data) still finds: dates and amounts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { summarize } from "../../js/node.mjs";

const GERMAN =
  "Die Stadt Berlin hat am Dienstag beschlossen, die Brücke zu sanieren. Die Kosten liegen bei 5 Millionen Euro, " +
  "sagte Bürgermeister Kai Wegner. Die Entscheidung fiel nach langen Beratungen im März. Die Arbeiten sollen im Sommer beginnen.";
const CHINESE = "北京市政府3日宣布，将投入30亿元改造老旧小区。清华大学教授王小明表示，这一计划将惠及1000万居民。2014年5月3日，国务院曾发布类似政策。";
const JAPANESE = "株式会社ソニーは東京都港区で新製品を発表した。田中角栄氏の記念館には1000万円が寄付された。発表は2014年5月3日に行われた。";

/** The entities of a result as "text:kind", and each mention checked against the text. */
function entities(text, result) {
  for (const e of result.entities) {
    for (const m of e.mentions) assert.ok(text.slice(m.start, m.end).length > 0, `${e.text}: empty mention`);
  }
  return result.entities.map((e) => `${e.text}:${e.kind}`);
}

test("German: nouns are not names, names are typed, dates and amounts found", () => {
  const result = summarize(GERMAN);
  assert.equal(result.language, "de");
  const found = entities(GERMAN, result);
  for (const expected of ["Berlin:place", "Kai Wegner:person", "Dienstag:date", "März:date", "5 Millionen Euro:amount"]) {
    assert.ok(found.includes(expected), `${expected} in ${found.join(", ")}`);
  }
  for (const noun of ["Brücke", "Kosten", "Entscheidung", "Arbeiten", "Beratungen", "Sommer"]) {
    assert.ok(!found.some((f) => f.startsWith(`${noun}:`)), `${noun} is a noun, not a name: ${found.join(", ")}`);
  }
});

test("Chinese: names without capitals, with their kinds", () => {
  const result = summarize(CHINESE);
  assert.equal(result.language, "zh");
  const found = entities(CHINESE, result);
  for (const expected of ["清华大学:organization", "王小明:person", "30亿元:amount", "1000万:amount", "2014年5月3日:date"]) {
    assert.ok(found.includes(expected), `${expected} in ${found.join(", ")}`);
  }
});

test("Japanese: a company with 株式会社 and a person with a title", () => {
  const result = summarize(JAPANESE);
  assert.equal(result.language, "ja");
  const found = entities(JAPANESE, result);
  assert.ok(found.some((f) => f.endsWith(":organization") && f.includes("ソニー")), found.join(", "));
  assert.ok(found.includes("田中角栄:person"), found.join(", "));
  assert.ok(found.includes("1000万円:amount"), found.join(", "));
});

test("the page's build (pkg-page/) has no per-language data but finds dates and amounts", async () => {
  const glue = await import("../../pkg-page/nutgraf.js");
  glue.initSync({ module: readFileSync(new URL("../../pkg-page/nutgraf_bg.wasm", import.meta.url)) });
  const { summarizeWith } = await import("../../js/result.mjs");
  const found = entities(CHINESE, summarizeWith(glue, CHINESE));
  assert.ok(found.includes("30亿元:amount") && found.includes("2014年5月3日:date"), found.join(", "));
  assert.ok(!found.includes("清华大学:organization"), `no Chinese name lists in the page's build: ${found.join(", ")}`);
});
