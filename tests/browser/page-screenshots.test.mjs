// Screenshots at desktop and phone width, light and dark, for a person to look
// at (tests/browser/screenshots/, gitignored). The checks here are the ones a
// picture cannot hide: nothing wider than the screen, and text on each theme's
// own background.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { gotoPage, openPage, paste, screenshotPath, SEED, siteAndBrowser } from "./browser.mjs";

const env = siteAndBrowser();

const SIZES = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const colorScheme of ["light", "dark"]) {
    test(`screenshot: ${size}, ${colorScheme}`, async () => {
      const { page, context, seen } = await openPage(env.browser, env.site, { viewport, colorScheme, deviceScaleFactor: size === "phone" ? 2 : 1 });
      try {
        await gotoPage(page, env.site);
        if (existsSync(SEED)) await paste(page, readFileSync(SEED, "utf8"));
        const chip = page.locator("#entities .chip").first();
        if (await chip.count()) await chip.click();
        await page.screenshot({ path: screenshotPath(`page-${size}-${colorScheme}.png`), fullPage: true });

        // The highlighted view, scrolled to a summary sentence.
        await page.locator("#summary li").nth(1).click();
        await page.locator("#fulltext .sent.current").waitFor();
        await page.waitForTimeout(400); // smooth scrolling
        await page.screenshot({ path: screenshotPath(`page-${size}-${colorScheme}-highlighted.png`), fullPage: size === "desktop" });

        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
        const { bg, text } = await page.evaluate(() => {
          const style = getComputedStyle(document.body);
          return { bg: style.backgroundColor, text: style.color };
        });
        const dark = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((s, n) => s + Number(n), 0) < 384;
        assert.equal(dark(bg), colorScheme === "dark", `background ${bg} in ${colorScheme} mode`);
        assert.equal(dark(text), colorScheme !== "dark", `text ${text} in ${colorScheme} mode`);
        assert.deepEqual(seen.foreign, []);
        assert.deepEqual(seen.errors, []);
      } finally {
        await context.close();
      }
    });
  }
}

test("screenshot: empty page, then an error-free first paste", async () => {
  const { page, context, seen } = await openPage(env.browser, env.site, { viewport: SIZES.desktop });
  try {
    await gotoPage(page, env.site);
    await page.locator("#clear").click();
    await page.waitForFunction(() => document.body.dataset.state === "empty");
    assert.match(await page.locator("#status").textContent(), /Paste an article/);
    assert.equal(await page.locator("#stats").isVisible(), false);
    assert.equal(await page.locator("#copy-text").isDisabled(), true);
    assert.equal(await page.evaluate(() => document.activeElement.id), "article");
    await page.screenshot({ path: screenshotPath("page-empty.png") });
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});

test("phone: a pill leads to the summary while it is out of sight", async () => {
  const { page, context, seen } = await openPage(env.browser, env.site, { viewport: SIZES.phone });
  try {
    await gotoPage(page, env.site);
    const pill = page.locator("#to-summary");
    await page.waitForFunction(() => document.getElementById("to-summary").classList.contains("away"));
    assert.equal(await pill.textContent(), "Summary ↓");
    assert.equal(await pill.isVisible(), true);
    await pill.click();
    await page.waitForFunction(() => !document.getElementById("to-summary").classList.contains("away"));
    assert.equal(await pill.isVisible(), false);
    const top = await page.evaluate(() => document.getElementById("summary-heading").getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 100, `the summary heading is at the top (${top})`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => document.getElementById("to-summary").textContent === "Summary ↑");
    assert.deepEqual(seen.errors, []);
  } finally {
    await context.close();
  }
});
