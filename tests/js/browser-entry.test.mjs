// The browser entry point refuses to work before init().
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";

test("browser entry: NOT_INITIALIZED before init, works after", async () => {
  const mod = await import("../../js/browser.mjs");
  assert.throws(() => mod.summarize("One. Two."), (e) => e.code === "NOT_INITIALIZED");
  const bytes = await readFile(new URL("../../pkg/nutgraf_bg.wasm", import.meta.url));
  await mod.init(bytes);
  await mod.init(bytes); // idempotent
  assert.equal(mod.summarize("One thing. Two things.", { sentences: 1 }).sentences.length, 1);
});
