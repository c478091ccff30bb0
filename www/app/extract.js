// The package's HTML extractor (Readability), re-exported alone so that the lazy
// chunk holding it carries only `extract` and what it needs, not the wasm glue.
export { extract } from "nutgraf";
