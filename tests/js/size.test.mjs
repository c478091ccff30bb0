// The download budgets, on the built files in dist/ (npm test builds first):
// everything the bookmarklet loads (one bundle, its wasm inside), and the JS + wasm the page loads at start
// (main, worker, wasm; the HTML-extraction chunk loaded on demand is not
// counted), gzipped; and the browser extension's zip. `node scripts/wasm_size.mjs`
// prints the figures and what makes up the wasm.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  BUDGET_GZIP_BYTES,
  BUNDLE_NAME,
  EXTENSION_BUDGET_ZIP_BYTES,
  EXTENSION_ZIP,
} from "../../scripts/bookmarklet.mjs";
import { pageSizes } from "../../scripts/page.mjs";

/** The page's JS and wasm at start, gzipped. */
const PAGE_START_BUDGET_BYTES = 280 * 1024;

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");
const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

test("everything the bookmarklet loads stays within 240 KB gzipped", () => {
  assert.equal(BUDGET_GZIP_BYTES, 240 * 1024, "the budget the build reports");
  const total = gzip(BUNDLE_NAME); // the wasm is inside it

  assert.ok(total <= BUDGET_GZIP_BYTES, `bookmarklet loads ${kb(total)} gzip, budget ${kb(BUDGET_GZIP_BYTES)}`);
});

test("the page's JS and wasm at start stay within 280 KB gzipped", () => {
  const { initial } = pageSizes();
  assert.ok(initial <= PAGE_START_BUDGET_BYTES, `page JS + wasm at start ${kb(initial)} gzip, budget ${kb(PAGE_START_BUDGET_BYTES)}`);
});

test("the browser extension's zip stays within 260 KB", () => {
  assert.equal(EXTENSION_BUDGET_ZIP_BYTES, 260 * 1024, "the budget the build reports");
  const size = statSync(join(dist, EXTENSION_ZIP)).size;
  assert.ok(size <= EXTENSION_BUDGET_ZIP_BYTES, `the extension's zip is ${kb(size)}, budget ${kb(EXTENSION_BUDGET_ZIP_BYTES)}`);
});
