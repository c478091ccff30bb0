// What reading a file or a page needs, in one chunk loaded on first use: the
// package's HTML extractor (Readability), the input limits and the sniffer shared
// with the CLI. Kept out of the page's start-up bundle (and the wasm glue out of it).
export { extract } from "nutgraf";
export { MAX_INPUT, MAX_INPUT_BYTES, mebibytes } from "../../js/limits.mjs";
export { looksBinary, looksLikeHtml } from "../../js/sniff.mjs";
