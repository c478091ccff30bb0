// Getting articles in: .html, .txt and .md files through the file button,
// a dropped file, and "Load from URL" (the one request the page may make to
// another origin, and only when a person asks for it).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gotoPage, launch, nextRender, openPage, renderedCount, servePage } from "./browser.mjs";

let browser;
let site;
let dir;

before(async () => {
  site = await servePage();
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), "nutgraf-page-"));
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const PARAGRAPHS = [
  "The Lakeside observatory opened its new telescope to the public on Friday evening.",
  "Astronomers at the observatory spent four years building the telescope with help from volunteers.",
  "The telescope can see the rings of Saturn and the moons of Jupiter on a clear night.",
  "Visitors queued for two hours to look through the telescope at the Moon.",
  "The observatory plans free evenings for schools every month during the winter.",
  "Funding for the telescope came from a local foundation and from ticket sales.",
];

const HTML = `<!doctype html><html><head><title>Lakeside observatory opens its new telescope</title>
<script>window.parent.alert("page script ran")</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>
<article><h1>Lakeside observatory opens its new telescope</h1>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n")}
</article><footer>Copyright Lakeside News. All rights reserved.</footer></body></html>`;

async function fileTest(name, content, check) {
  const { page, context, seen } = await openPage(browser, site);
  try {
    await gotoPage(page, site);
    const path = join(dir, name);
    writeFileSync(path, content);
    const count = await renderedCount(page);
    const chooser = page.waitForEvent("filechooser");
    await page.locator("#open-file").click();
    await (await chooser).setFiles(path);
    await nextRender(page, count);
    await check(page);
    assert.equal(await page.locator("#source").textContent(), `From ${name}`);
    assert.deepEqual(seen.foreign, []);
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
}

const TITLE = "Lakeside observatory opens its new telescope";

/** The page's title went to the core as the `title` option: shown as the summary's title, not glued to the text. */
async function assertTitleApart(page) {
  assert.equal(await page.locator("#title").textContent(), TITLE);
  assert.equal(await page.locator("#title").isVisible(), true);
  assert.ok(!(await page.locator("#article").inputValue()).includes(TITLE), "the title is not added to the article text");
}

test("an .html file: the article is extracted, then summarized with the page's title", async () => {
  await fileTest("telescope.html", HTML, async (page) => {
    const article = await page.locator("#article").inputValue();
    assert.ok(article.startsWith(PARAGRAPHS[0]), article.slice(0, 80));
    for (const p of PARAGRAPHS) assert.ok(article.includes(p), p);
    await assertTitleApart(page);
    assert.doesNotMatch(article, /<p>|About us|All rights reserved|page script/);
    const items = await page.locator("#summary li").allTextContents();
    assert.equal(items.length, 3);
    for (const s of items) assert.ok(PARAGRAPHS.includes(s), s);
  });
});

test("a loaded page's title is kept across a reload, and goes with a paste over the whole text", async () => {
  const { page, context, seen } = await openPage(browser, site);
  try {
    await gotoPage(page, site);
    const path = join(dir, "telescope.html");
    writeFileSync(path, HTML);
    let count = await renderedCount(page);
    const chooser = page.waitForEvent("filechooser");
    await page.locator("#open-file").click();
    await (await chooser).setFiles(path);
    await nextRender(page, count);
    await assertTitleApart(page);
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("nutgraf.article") ?? "{}").title);

    await page.reload();
    await page.waitForFunction(() => window.__rendered.length > 0);
    await assertTitleApart(page);
    assert.equal(await page.locator("#source").textContent(), "From telescope.html");

    count = await renderedCount(page);
    const pasted = PARAGRAPHS.slice(0, 4).join(" ");
    await page.evaluate((text) => {
      const area = document.getElementById("article");
      area.select();
      const clipboardData = new DataTransfer();
      clipboardData.setData("text/plain", text);
      area.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
      area.value = text; // what the browser's own paste does next
      area.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    }, pasted);
    await nextRender(page, count);
    assert.equal(await page.locator("#article").inputValue(), pasted);
    assert.equal(await page.locator("#title").isVisible(), false);
    assert.equal(await page.locator("#source").isVisible(), false);
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

test("a .txt file: its text, as is", async () => {
  const text = PARAGRAPHS.join("\n\n");
  await fileTest("telescope.txt", text, async (page) => {
    assert.equal(await page.locator("#article").inputValue(), text);
    const items = await page.locator("#summary li").allTextContents();
    assert.equal(items.length, 3);
    for (const s of items) assert.ok(PARAGRAPHS.includes(s), s);
  });
});

test("a .md file is read as text", async () => {
  const text = `# Lakeside observatory\n\n${PARAGRAPHS.join("\n\n")}\n`;
  await fileTest("telescope.md", text, async (page) => {
    assert.equal(await page.locator("#article").inputValue(), text);
    assert.equal(await page.locator("#summary li").count(), 3);
  });
});

test("a file dropped on the page", async () => {
  const { page, context, seen } = await openPage(browser, site);
  try {
    await gotoPage(page, site);
    const count = await renderedCount(page);
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], "dropped.txt", { type: "text/plain" }));
      return dt;
    }, PARAGRAPHS.join(" "));
    await page.dispatchEvent("main", "dragenter", { dataTransfer: transfer });
    assert.equal(await page.locator("#drop").isVisible(), true);
    await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
    await nextRender(page, count);
    assert.equal(await page.locator("#drop").isVisible(), false);
    assert.equal(await page.locator("#article").inputValue(), PARAGRAPHS.join(" "));
    assert.deepEqual(seen.foreign, []);
  } finally {
    await context.close();
  }
});

test("Load from URL: a site that allows it is fetched, without cookies or referrer", async () => {
  const { page, context, seen } = await openPage(browser, site);
  try {
    const URL_ = "https://news.example/lakeside/telescope";
    let request;
    await context.route(URL_, (route) => {
      request = route.request();
      route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", headers: { "access-control-allow-origin": "*" }, body: HTML });
    });
    await gotoPage(page, site);
    const count = await renderedCount(page);
    await page.locator("#url").fill(URL_);
    await page.locator("#url").press("Enter");
    await nextRender(page, count);
    assert.ok((await page.locator("#article").inputValue()).startsWith(PARAGRAPHS[0]));
    await assertTitleApart(page);
    assert.equal(await page.locator("#source").textContent(), `From ${URL_}`);
    assert.deepEqual(seen.foreign, [URL_], "the typed address is the only other origin asked");
    const headers = await request.allHeaders();
    assert.equal(headers.referer, undefined);
    assert.equal(headers.cookie, undefined);
    assert.equal(request.method(), "GET");
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

test("Load from URL: a site that refuses is explained, pointing to the bookmarklet", async () => {
  const { page, context, seen } = await openPage(browser, site);
  try {
    // What a page sees when a site sends no CORS header, or cannot be reached: a failed fetch.
    await context.route("https://closed.example/**", (route) => route.abort("failed"));
    await gotoPage(page, site);
    const before = await page.locator("#article").inputValue();
    await page.locator("#url").fill("https://closed.example/story");
    await page.locator("#url-form button[type=submit]").click();
    const status = page.locator("#load-status.error");
    await status.waitFor();
    assert.match(await status.textContent(), /closed\.example does not let other pages read/);
    assert.match(await status.textContent(), /bookmarklet/);
    assert.equal(await page.locator("#article").inputValue(), before, "the article is left alone");

    await page.locator("#url").fill("not a url");
    await page.locator("#url").press("Enter");
    await page.waitForFunction(() => /not a web address/.test(document.getElementById("load-status").textContent));
    // The browser itself logs the failed request; the page adds no error of its own.
    assert.deepEqual(seen.errors.filter((e) => !/Failed to load resource|Failed to fetch/.test(e)), []);
    assert.deepEqual(seen.dialogs, []);
  } finally {
    await context.close();
  }
});

test("files that cannot be read: a message naming the file, and the article left alone", async () => {
  const { page, context, seen } = await openPage(browser, site);
  try {
    await gotoPage(page, site);
    const before = await page.locator("#article").inputValue();
    for (const [name, content, message] of [
      ["empty.html", "", /^empty\.html: .*empty/],
      ["binary.txt", "\u0000\u0001\u0002 not text", /^binary\.txt is not a text file/],
    ]) {
      const path = join(dir, name);
      writeFileSync(path, content);
      const chooser = page.waitForEvent("filechooser");
      await page.locator("#open-file").click();
      await (await chooser).setFiles(path);
      await page.waitForFunction(
        (re) => document.getElementById("load-status").classList.contains("error") && new RegExp(re).test(document.getElementById("load-status").textContent),
        message.source,
      );
      assert.equal(await page.locator("#article").inputValue(), before);
    }
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.dialogs, []);
  } finally {
    await context.close();
  }
});

test("opened for the bookmarklet without the article page: a plain message, no dialog", async () => {
  const { page, context, seen } = await openPage(browser, site);
  try {
    const { FROM_BOOKMARKLET } = await import("../../www/bookmarklet/link.js");
    await page.goto(`${site.url}${FROM_BOOKMARKLET}`);
    await page.waitForFunction(() => document.getElementById("load-status").classList.contains("error"));
    assert.match(await page.locator("#load-status").textContent(), /^Opened for the bookmarklet, but .*run the bookmarklet again\.$/);
    await page.waitForFunction(() => window.__rendered.length > 0); // the page still works: the last article (here the sample) is back
    assert.equal(await page.locator("#summary li").count(), 3);
    assert.match(await page.locator("#load-status").textContent(), /^Opened for the bookmarklet, but /, "the message stays");
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});
