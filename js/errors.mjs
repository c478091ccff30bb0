// Errors raised by the JS layer itself (the wasm raises the rest).

/** An Error with a stable `code`, like those thrown by the wasm core. */
export function codedError(code, message) {
  const error = new Error(message);
  error.code = code;
  return error;
}
