// The built page in a real browser: paste an article, see the summary.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshotPath, servePage } from "./browser.mjs";

let browser;
let site;

before(async () => {
  site = await servePage();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const ARTICLE = [
  "The harbour bridge reopened on Saturday after two years of repairs.",
  "Engineers replaced the bridge cables and repainted the steel towers.",
  "Traffic on the harbour bridge was light on the first morning.",
  "The city plans a festival on the bridge next spring.",
  "A ferry service that ran during the repairs will stop in May.",
].join(" ");

test("opens with the sample article already summarized", async () => {
  const page = await browser.newPage();
  await page.goto(site.url);
  await page.locator("#summary li").first().waitFor();
  const items = await page.locator("#summary li").allTextContents();
  assert.equal(items.length, 3);
  const article = await page.locator("#article").inputValue();
  for (const s of items) assert.ok(article.includes(s), s);
  await page.screenshot({ path: screenshotPath("sample.png"), fullPage: true });
  await page.close();
});

test("paste an article: the summary follows", async () => {
  const page = await browser.newPage();
  await page.goto(site.url);
  await page.locator("#summary li").first().waitFor();
  await page.locator("#article").fill(ARTICLE);
  await page.waitForFunction(
    (text) => [...document.querySelectorAll("#summary li")].every((li) => text.includes(li.textContent)),
    ARTICLE,
  );
  await page.locator("#length").fill("2");
  await page.waitForFunction(() => document.querySelectorAll("#summary li").length === 2);
  await page.screenshot({ path: screenshotPath("pasted.png"), fullPage: true });
  await page.close();
});
