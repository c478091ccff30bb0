// Recovery from a wasm trap. A panic aborts in the wasm build (and running
// out of wasm memory aborts too): the call throws a WebAssembly.RuntimeError
// and the instance is left unusable (its stack and allocator stopped
// mid-call). The glue of pkg/ is built with wasm-bindgen's
// `--experimental-reset-state-function` (scripts/build.mjs), whose
// `__wbg_reset_state()` replaces the instance, synchronously, by a fresh one
// of the same compiled module, so the next call works.
import { codedError } from "./errors.mjs";

/** Whether `e` is a trap of the wasm: a RuntimeError, or its stack overflowing. */
export function isTrap(e) {
  return e instanceof WebAssembly.RuntimeError || (e instanceof RangeError && /call stack/i.test(e.message));
}

/**
 * Runs `call` (a call into the wasm of `glue`); on a trap, resets the wasm
 * instance and throws an Error with code `INTERNAL` that says so, with the
 * trap as its `cause`. Other errors pass through unchanged.
 */
export function recovering(glue, call) {
  try {
    return call();
  } catch (e) {
    if (!isTrap(e)) throw e;
    glue.__wbg_reset_state?.();
    const error = codedError(
      "INTERNAL",
      `nutgraf's core failed on this input (${e.message}) and was restarted: the next call works. ` +
        "Please report the input that caused it.",
    );
    error.cause = e;
    throw error;
  }
}
