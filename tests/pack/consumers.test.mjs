// The npm package as its users get it (issue 14): packed with `npm pack` from
// a clean copy of the tree (the files git has, nothing built: the `prepack`
// build makes pkg/ and js/vendor/), installed from the tarball into a fresh
// folder, then used the ways the README's "Using nutgraf with …" sections say:
// Node (import, require, the CLI, a bundle for Node), TypeScript, and in
// Chromium, from a plain static server with no special headers: esbuild,
// Rollup, Vite and webpack bundles, a plain module page with an import map,
// and a module worker. Every browser consumer must give the same summary as
// Node.
//
// The clean copy's build reuses the tree's cargo target directory (only the
// nutgraf crate recompiles, about 15 s) and its node_modules (the bundlers
// are devDependencies); the tarball's own dependencies install from npm's
// cache (--prefer-offline), which `npm ci` filled.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { build as esbuild } from "esbuild";
import { launch } from "../browser/browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const ARTICLE = readFileSync(join(root, "tests", "pack", "fixtures", "article.html"), "utf8");
/** The article's paragraphs as plain text. */
const TEXT = [...ARTICLE.matchAll(/<p>(.*?)<\/p>/g)].map((m) => m[1]).join("\n\n");
const TITLE = "The harbour widens its cruise pier";

const env = { tmp: null, app: null, tarball: null, files: null, expected: null, server: null, origin: null, browser: null };

before(async () => {
  env.tmp = mkdtempSync(join(tmpdir(), "nutgraf-pack-"));
  const clean = join(env.tmp, "clean");
  // What a clone of the tree holds: tracked files and new ones git does not ignore.
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  for (const f of files) {
    try {
      cpSync(join(root, f), join(clean, f));
    } catch (e) {
      if (e.code !== "ENOENT") throw e; // deleted in the work tree, not yet in git
    }
  }
  symlinkSync(join(root, "node_modules"), join(clean, "node_modules"));
  const packed = spawnSync("npm", ["pack", "--json", "--pack-destination", env.tmp], {
    cwd: clean,
    encoding: "utf8",
    env: { ...process.env, CARGO_TARGET_DIR: process.env.CARGO_TARGET_DIR ?? join(root, "target") },
  });
  assert.equal(packed.status, 0, `npm pack failed:\n${packed.stderr}`);
  env.packWarnings = packed.stderr.split("\n").filter((l) => /^npm warn/i.test(l));
  const [info] = JSON.parse(packed.stdout);
  env.tarball = join(env.tmp, info.filename);
  env.files = info.files.map((f) => f.path).sort();
  env.app = join(env.tmp, "app");
  mkdirSync(env.app);
  writeFileSync(join(env.app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", env.tarball], {
    cwd: env.app,
    stdio: ["ignore", "ignore", "inherit"],
  });
  // A plain static server (no CORS, no CSP, no precompressed files): what any host does.
  const files_ = sirv(env.app, { dev: true });
  env.server = createServer((req, res) => files_(req, res, () => ((res.statusCode = 404), res.end("not found"))));
  await new Promise((resolve) => env.server.listen(0, "127.0.0.1", resolve));
  env.origin = `http://127.0.0.1:${env.server.address().port}`;
});

after(async () => {
  await env.browser?.close();
  await new Promise((resolve) => (env.server ? env.server.close(resolve) : resolve()));
  if (env.tmp) rmSync(env.tmp, { recursive: true, force: true });
});

/** Runs `node` in the consumer's folder; returns { stdout, stderr, status }. */
function node(args, input) {
  const r = spawnSync(process.execPath, args, { cwd: env.app, input, encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** The summary a consumer reports: two sentences of the text, the page's title and its first sentence. */
const REPORT = `
    const text = summarize(TEXT, { sentences: 2 });
    const page = summarizeHtml(ARTICLE, { sentences: 1 });
    return { sentences: text.sentences.map((s) => s.text), title: page.title, site: page.siteName, first: page.sentences[0]?.text, version: version() };`;

/** A browser consumer's module: loads the wasm with `load`, then reports to window.__result. */
function consumerSource({ imports = 'import { init, summarize, summarizeHtml, version } from "nutgraf";', load = "init()" } = {}) {
  return `${imports}
const TEXT = ${JSON.stringify(TEXT)};
const ARTICLE = ${JSON.stringify(ARTICLE)};
async function report() {
  await ${load};${REPORT}
}
report().then((r) => (window.__result = r), (e) => (window.__result = { error: \`\${e?.code ?? ""} \${e?.message ?? e}\` }));
`;
}

/** Writes `name`/index.html in the consumer's www/ folder, loading `script` as a module. */
function page(name, script, head = "") {
  const dir = join(env.app, "www", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>${head}<script type="module" src="${script}"></script>`);
  return dir;
}

/** Opens www/`name`/ (or `url`) in Chromium; returns what the consumer reported, and the page's errors. */
async function runInChromium(name, url = `${env.origin}/www/${name}/`) {
  env.browser ??= await launch();
  const context = await env.browser.newContext();
  const tab = await context.newPage();
  const errors = [];
  tab.on("pageerror", (e) => errors.push(e.message));
  tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  tab.on("response", (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  try {
    await tab.goto(url);
    await tab.waitForFunction(() => window.__result, null, { timeout: 30000 });
    return { result: await tab.evaluate(() => window.__result), errors };
  } finally {
    await context.close();
  }
}

/** Checks a browser consumer's report against Node's. */
function assertSameAsNode({ result, errors }) {
  assert.equal(result.error, undefined, `the consumer failed: ${result.error}`);
  assert.deepEqual(errors, [], "no errors and no failed requests in the page");
  assert.deepEqual(result, env.expected);
}

test("the tarball from a clean copy holds the wasm, the licence, the contract and the vendored modules, and nothing else", () => {
  for (const f of ["LICENSE", "README.md", "package.json", "index.d.ts", "docs/CONTRACT.md", "pkg/nutgraf.js", "pkg/nutgraf_bg.wasm", "bin/nutgraf.mjs"]) {
    assert.ok(env.files.includes(f), `${f} is in the package`);
  }
  for (const f of ["js/vendor/readability.mjs", "js/vendor/linkedom.mjs", "js/vendor/LICENSES.md", "js/browser.mjs", "js/worker.mjs", "js/node.mjs"]) {
    assert.ok(env.files.includes(f), `${f} is in the package`);
  }
  const stray = env.files.filter((f) => !/^(LICENSE|README\.md|package\.json|index\.d\.ts|docs\/CONTRACT\.md|pkg\/nutgraf(\.js|_bg\.wasm)|bin\/nutgraf\.mjs|js\/[\w/.-]+\.(mjs|md))$/.test(f));
  assert.deepEqual(stray, [], "no stray files");
  const readme = readFileSync(join(env.app, "node_modules", "nutgraf", "README.md"), "utf8");
  assert.match(readme, /\]\(docs\/CONTRACT\.md\)/, "the README links the contract inside the package");
  assert.doesNotMatch(readme, /\]\(\.\.\//, "no README link leaves the package's repository");
  const meta = JSON.parse(readFileSync(join(env.app, "node_modules", "nutgraf", "package.json"), "utf8"));
  for (const key of ["repository", "homepage", "bugs", "keywords", "license"]) assert.ok(meta[key], `package.json has ${key}`);
  assert.deepEqual(env.packWarnings, [], "npm pack warns about nothing");
});

test("npm publish --dry-run of the package warns about nothing but the missing login", () => {
  const dir = join(env.tmp, "publish");
  mkdirSync(dir);
  execFileSync("tar", ["-xzf", env.tarball, "-C", dir]);
  // --ignore-scripts: the files are already built (the tarball's); a registry login is not there to have.
  const r = spawnSync("npm", ["publish", "--dry-run", "--ignore-scripts"], { cwd: join(dir, "package"), encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const warnings = r.stderr.split("\n").filter((l) => /npm warn/i.test(l) && !/requires you to be logged in/.test(l));
  assert.deepEqual(warnings, []);
});

test("Node ESM: import from the installed package, wasm and HTML functions ready", () => {
  const code = `import { summarize, summarizeHtml, extract, extractDocument, version } from "nutgraf";
import { parseHTML } from "linkedom";
const TEXT = ${JSON.stringify(TEXT)};
const ARTICLE = ${JSON.stringify(ARTICLE)};
const report = (() => {${REPORT}
})();
const { document } = parseHTML(ARTICLE);
console.log(JSON.stringify({ report, extracted: extract(ARTICLE).title, fromDocument: extractDocument(document).title }));`;
  const r = node(["--input-type=module", "-e", code]);
  assert.equal(r.status, 0, r.stderr);
  const { report, extracted, fromDocument } = JSON.parse(r.stdout);
  assert.equal(report.sentences.length, 2);
  assert.equal(report.title, TITLE);
  assert.equal(report.site, "Southern Daily");
  assert.ok(TEXT.includes(report.first), "the page's summary is a sentence of the article");
  assert.equal(extracted, TITLE);
  assert.equal(fromDocument, TITLE);
  env.expected = report;
});

test("Node require(): works on every Node that engines allows (>=20.19, require(esm))", () => {
  const meta = JSON.parse(readFileSync(join(env.app, "node_modules", "nutgraf", "package.json"), "utf8"));
  assert.equal(meta.engines.node, ">=20.19");
  const r = node(["-e", `const n = require("nutgraf"); console.log(n.summarize(${JSON.stringify(TEXT)}, { sentences: 1 }).sentences.length, typeof n.summarizeHtml)`]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), "1 function");
});

test("the CLI of the installed package: a summary, and --batch gives one line out per line in, blank lines too", () => {
  const cli = join(env.app, "node_modules", ".bin", "nutgraf");
  const one = spawnSync(cli, ["--sentences", "1"], { cwd: env.app, input: TEXT, encoding: "utf8" });
  assert.equal(one.status, 0, one.stderr);
  assert.ok(TEXT.includes(one.stdout.trim()), one.stdout);
  const batch = spawnSync(cli, ["--batch"], { cwd: env.app, input: `${JSON.stringify({ text: TEXT })}\n\n${JSON.stringify({ text: TEXT })}\n`, encoding: "utf8" });
  const lines = batch.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.ok(lines[0].sentences && lines[2].sentences);
  assert.match(lines[1].error.message, /blank line/);
});

test("a bundle for Node (esbuild --platform=node, ESM and CommonJS) loads the wasm with init(bytes); without it, NOT_BUILT", async () => {
  const src = join(env.app, "node-bundle.mjs");
  writeFileSync(
    src,
    `import { readFileSync } from "node:fs";
import { init, summarize } from "nutgraf";
const file = process.argv[2];
(file ? init(readFileSync(file)) : Promise.resolve()).then(() => {
  try {
    console.log(summarize(${JSON.stringify(TEXT)}, { sentences: 1 }).sentences.length);
  } catch (e) {
    console.log(e.code);
  }
});`,
  );
  const wasm = join(env.app, "node_modules", "nutgraf", "pkg", "nutgraf_bg.wasm");
  for (const format of ["esm", "cjs"]) {
    const outfile = join(env.app, "out", `node-bundle.${format === "esm" ? "mjs" : "cjs"}`);
    await esbuild({ entryPoints: [src], bundle: true, platform: "node", format, outfile, logLevel: "error" });
    const r = node([outfile, wasm]);
    assert.equal(r.status, 0, `${format}: ${r.stderr}`);
    assert.equal(r.stdout.trim(), "1", format);
    // Without init: the documented NOT_BUILT error on the call, not a crash at import.
    const early = node([outfile]);
    assert.equal(early.status, 0, `${format}: ${early.stderr}`);
    assert.equal(early.stdout.trim(), "NOT_BUILT", format);
  }
});

test("TypeScript: the types check under node16, nodenext and bundler resolution", () => {
  const dir = join(env.app, "ts");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "index.mts"),
    `import { init, summarize, summarizeHtml, extract, extractDocument, type Result, type HtmlResult } from "nutgraf";
import * as worker from "nutgraf/worker";
await init();
const r: Result = summarize("Some text.", { sentences: 2, language: "en" });
const h: HtmlResult = summarizeHtml("<p>x</p>", { url: "https://example.org/", words: 40 });
const w: Result = worker.summarize("Some text.");
const titles: (string | null)[] = [h.title, extract("<p>x</p>").title, r.title, w.title];
declare const doc: Document;
extractDocument(doc);
// @ts-expect-error: an option that does not exist
summarize("x", { sentence: 2 });
// @ts-expect-error: text must be a string
summarize(42);
export { titles };
`,
  );
  for (const [module, resolution] of [["node16", "node16"], ["nodenext", "nodenext"], ["esnext", "bundler"]]) {
    const tsconfig = {
      compilerOptions: { module, moduleResolution: resolution, target: "es2022", lib: ["es2022", "dom"], strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files: ["index.mts"],
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const r = spawnSync(bin("tsc"), ["-p", dir], { cwd: dir, encoding: "utf8" });
    assert.equal(r.status, 0, `${module}/${resolution}: ${r.stdout}${r.stderr}`);
  }
});

test("esbuild --bundle --format=esm for the browser: the wasm as a file asset, given to init()", async () => {
  const dir = page("esbuild", "./main.js");
  const src = join(env.app, "esbuild-main.js");
  writeFileSync(
    src,
    consumerSource({
      imports: 'import { init, summarize, summarizeHtml, version } from "nutgraf";\nimport wasmUrl from "nutgraf/nutgraf_bg.wasm";',
      load: "init(new URL(wasmUrl, import.meta.url))",
    }),
  );
  await esbuild({ entryPoints: [src], bundle: true, format: "esm", platform: "browser", outfile: join(dir, "main.js"), loader: { ".wasm": "file" }, logLevel: "error" });
  assertSameAsNode(await runInChromium("esbuild"));
});

test("Rollup + node-resolve: the wasm copied next to the bundle, where init() looks by default", async () => {
  const { rollup } = await import("rollup");
  const { nodeResolve } = await import("@rollup/plugin-node-resolve");
  const dir = page("rollup", "./main.js");
  const src = join(env.app, "rollup-main.js");
  writeFileSync(src, consumerSource());
  const bundle = await rollup({ input: src, plugins: [nodeResolve({ browser: true })], onwarn: (w) => assert.fail(`rollup: ${w.message}`) });
  await bundle.write({ file: join(dir, "main.js"), format: "es" });
  await bundle.close();
  cpSync(join(env.app, "node_modules", "nutgraf", "pkg", "nutgraf_bg.wasm"), join(dir, "nutgraf_bg.wasm"));
  assertSameAsNode(await runInChromium("rollup"));
});

test("Vite (build, and the dev server): init() with no argument, the wasm emitted by Vite", async () => {
  const { build, createServer: viteServer } = await import("vite");
  const src = join(env.app, "vite");
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, "index.html"), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>vite</title><script type="module" src="./main.js"></script>');
  writeFileSync(join(src, "main.js"), consumerSource());
  await build({ root: src, base: "./", logLevel: "error", configFile: false, build: { outDir: join(env.app, "www", "vite"), emptyOutDir: true } });
  assertSameAsNode(await runInChromium("vite"));
  // The dev server too (it pre-bundles dependencies): the page at its own URL.
  const dev = await viteServer({ root: src, configFile: false, logLevel: "error", server: { host: "127.0.0.1", port: 0 } });
  await dev.listen();
  try {
    assertSameAsNode(await runInChromium("vite-dev", dev.resolvedUrls.local[0]));
  } finally {
    await dev.close();
  }
});

test("webpack 5: init() with no argument, the wasm emitted by webpack", async () => {
  const webpack = (await import("webpack")).default;
  const dir = page("webpack", "./main.js");
  const src = join(env.app, "webpack-main.js");
  writeFileSync(src, consumerSource());
  const stats = await new Promise((resolve, reject) =>
    webpack({ mode: "production", context: env.app, entry: src, output: { path: dir, filename: "main.js", module: true }, experiments: { outputModule: true } }, (e, s) =>
      e ? reject(e) : resolve(s),
    ),
  );
  assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
  assertSameAsNode(await runInChromium("webpack"));
});

test('a plain <script type="module"> page, no bundler: an import map to the package, no other mapping needed', async () => {
  const dir = page(
    "plain",
    "./main.js",
    '<script type="importmap">{ "imports": { "nutgraf": "/node_modules/nutgraf/js/browser.mjs" } }</script>',
  );
  writeFileSync(join(dir, "main.js"), consumerSource());
  assertSameAsNode(await runInChromium("plain"));
});

test("a module worker: summarize and summarizeHtml from nutgraf/worker; the main entry refuses HTML there, naming nutgraf/worker", async () => {
  const dir = page("worker", "./main.js");
  writeFileSync(
    join(dir, "main.js"),
    `const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
worker.onmessage = ({ data }) => (window.__result = data);
worker.onerror = (e) => (window.__result = { error: e.message ?? "worker error" });`,
  );
  // Import maps do not reach workers: the worker imports the package's file by its path.
  writeFileSync(
    join(dir, "worker.js"),
    `import { init, summarize, summarizeHtml, version } from "/node_modules/nutgraf/js/worker.mjs";
import * as main from "/node_modules/nutgraf/js/browser.mjs";
const TEXT = ${JSON.stringify(TEXT)};
const ARTICLE = ${JSON.stringify(ARTICLE)};
async function report() {
  await init();${REPORT.replace("return {", "const result = {")}
  try {
    main.summarizeHtml(ARTICLE);
    result.refusal = "none";
  } catch (e) {
    result.refusal = \`\${e.code}: \${e.message}\`;
  }
  return result;
}
report().then((r) => postMessage(r), (e) => postMessage({ error: \`\${e?.code ?? ""} \${e?.message ?? e}\` }));`,
  );
  const { result, errors } = await runInChromium("worker");
  assert.match(result.refusal ?? "", /^INVALID_INPUT: .*nutgraf\/worker/);
  delete result.refusal;
  assertSameAsNode({ result, errors });
});
