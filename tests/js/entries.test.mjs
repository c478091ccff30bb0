// The browser and worker entries load in a plain <script type="module"> page
// and a module worker, where there is no bundler and (in a worker) no import
// map: every module they import, transitively, is imported by a relative
// path, and none is CommonJS. The Node entry may import linkedom by name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Static imports and re-exports: `import … from "x"`, `import "x"`, `export … from "x"` (minified too). */
const IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g;

/** Every module `entry` imports, transitively: { files, bare } (bare: specifiers that are not paths). */
function importGraph(entry) {
  const files = new Set();
  const bare = [];
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    assert.ok(existsSync(file), `${relative(root, file)} is missing (npm run build makes pkg/ and js/vendor/)`);
    const source = readFileSync(file, "utf8");
    // In this package ("type": "module"), .js and .mjs files are ES modules; a file in node_modules might not be.
    assert.ok(!relative(root, file).startsWith("node_modules"), `${relative(root, file)} is another package's file`);
    for (const [, spec] of source.matchAll(IMPORT)) {
      if (spec.startsWith("./") || spec.startsWith("../")) visit(join(dirname(file), spec));
      else bare.push(`${relative(root, file)}: ${spec}`);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => relative(root, f)), bare };
}

for (const entry of ["js/browser.mjs", "js/worker.mjs"]) {
  test(`${entry} imports no bare specifier and no CommonJS, transitively`, () => {
    const { files, bare } = importGraph(join(root, entry));
    assert.deepEqual(bare, []);
    assert.ok(files.includes("js/vendor/readability.mjs"), "Readability comes from js/vendor/");
    assert.match(readFileSync(join(root, "js", "vendor", "readability.mjs"), "utf8"), /\bexport\s*\{\s*\w+ as default\s*\}/, "an ES module with a default export");
    assert.ok(files.includes("pkg/nutgraf.js"));
  });
}

test("only the worker entry carries linkedom: the browser entry stays small", () => {
  assert.ok(!importGraph(join(root, "js", "browser.mjs")).files.includes("js/vendor/linkedom.mjs"));
  assert.ok(importGraph(join(root, "js", "worker.mjs")).files.includes("js/vendor/linkedom.mjs"));
});

test("the package's exports: the worker entry for browsers, the Node entry in Node, the wasm by name", () => {
  const { exports } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  assert.equal(exports["./worker"].import, "./js/worker.mjs");
  assert.equal(exports["./worker"].node, "./js/node.mjs");
  assert.equal(exports["."].import, "./js/browser.mjs");
  assert.equal(exports["./nutgraf_bg.wasm"], "./pkg/nutgraf_bg.wasm");
});
