// Failure never loses work (issue 12): when the wasm traps (a panic aborts
// in the wasm build; running out of wasm memory aborts too), the call throws
// an INTERNAL error and the module replaces its wasm instance, so the next
// call works. The trap is forced from outside, without a test-only export:
// the wasm memory is grown to its 4 GiB maximum behind the allocator's back,
// so the core's next allocation fails and aborts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { summarize, summarizeHtml } from "nutgraf";
import * as glue from "../../pkg/nutgraf.js";

const TEXT = [
  "The river flooded the old town on Monday after three days of rain.",
  "Rescue teams moved families from the old town to the school on the hill.",
  "The mayor said the flood was the worst in forty years.",
].join(" ");

/** The current wasm instance's exports (initSync returns them once initialised). */
function instance() {
  return glue.initSync();
}

/** Fills the wasm memory up to its maximum, so that the next allocation traps. */
function exhaustMemory() {
  const memory = instance().memory;
  memory.grow(65536 - memory.buffer.byteLength / 65536);
}

test("a trap is an INTERNAL error and the next call works on a fresh instance", () => {
  const before = instance();
  const expected = summarize(TEXT, { sentences: 1 });
  exhaustMemory();
  assert.throws(
    () => summarize(TEXT.repeat(500)),
    (e) => e.code === "INTERNAL" && /restarted/.test(e.message) && e.cause instanceof WebAssembly.RuntimeError,
  );
  assert.notEqual(instance(), before, "the instance was replaced");
  assert.equal(instance().memory.buffer.byteLength < 1024 ** 3, true, "the fresh instance has its own memory");
  assert.deepEqual(summarize(TEXT, { sentences: 1 }), expected);
});

test("summarizeHtml recovers the same way", () => {
  exhaustMemory();
  const html = `<html><body><article><p>${TEXT.repeat(300)}</p></article></body></html>`;
  assert.throws(() => summarizeHtml(html), (e) => e.code === "INTERNAL");
  assert.equal(summarizeHtml(`<p>${TEXT}</p>`).sentences.length, 3);
});

test("errors that are not traps keep their code and do not reset the instance", () => {
  const before = instance();
  assert.throws(() => summarize(TEXT, { sentences: "two" }), { code: "INVALID_OPTIONS" });
  assert.throws(() => summarize(""), { code: "EMPTY_INPUT" });
  assert.equal(instance(), before);
});
