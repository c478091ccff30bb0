// Options as the wasm reads them: a plain copy of the caller's object, taken
// in JS so that a getter or Proxy trap that throws becomes INVALID_OPTIONS
// (thrown through the wasm, it had no code and skipped the core's cleanup),
// and BigInts become numbers (the core checks every value and its range).

import { codedError } from "./errors.mjs";

/**
 * A plain copy of `options`' own enumerable properties, or `options` itself
 * when it is not an object (the core says what is wrong with it).
 */
export function plainOptions(options) {
  if (options === null || typeof options !== "object" || Array.isArray(options)) return options;
  let entries;
  try {
    entries = Object.entries(options);
  } catch (e) {
    throw codedError("INVALID_OPTIONS", `invalid options: reading the options threw: ${thrownMessage(e)}`);
  }
  const copy = {};
  for (const [key, value] of entries) copy[key] = typeof value === "bigint" ? Number(value) : value;
  return copy;
}

/** What a throw carried, as a message can quote it. */
function thrownMessage(e) {
  if (e instanceof Error) return e.message;
  try {
    return String(e);
  } catch {
    return typeof e;
  }
}
