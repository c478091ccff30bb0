// The download budgets, on the built files in dist/ (npm test builds first):
// everything the bookmarklet loads, and the page's JS + wasm, gzipped.
// `node scripts/wasm_size.mjs` prints the figures and what makes up the wasm.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUDGET_GZIP_BYTES, BUNDLE_NAME } from "../../scripts/bookmarklet.mjs";
import { pageSizes } from "../../scripts/page.mjs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");
const gzip = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

test("everything the bookmarklet loads stays within 240 KB gzipped", () => {
  const total = gzip(BUNDLE_NAME) + gzip("nutgraf_bg.wasm");
  assert.ok(total <= BUDGET_GZIP_BYTES, `bookmarklet loads ${kb(total)} gzip, budget ${kb(BUDGET_GZIP_BYTES)}`);
});

test("the page's JS and wasm stay within 280 KB gzipped, lazy chunks included", () => {
  const { total } = pageSizes();
  assert.ok(total <= 280 * 1024, `page JS + wasm ${kb(total)} gzip, budget 280 KB`);
});
