#!/usr/bin/env node
// `npm run eval`: every quality figure of the README, on ../shared/corpus
// (or the directory given as argument):
//   - summaries: ROUGE-1/2/L on BBC and XSum beside Lead-N, and on the French,
//     Chinese and Vietnamese sets (held-out halves) beside Lead-N and the
//     extractive oracle; language detection on every set (eval_rouge)
//   - page furniture: lines dropped and kept (eval_clean)
//   - entities: CoNLL-2003 English, CoNLL-2002 Spanish and Dutch, and the held-out halves of
//     GermEval German, NorNE Norwegian, Turku Finnish, MSRA Chinese, Stockmark Japanese (eval_ner)
//   - article extraction from HTML (eval/scripts/eval_extract.mjs)
// The three programs are binaries of the `nutgraf-eval` crate (eval/).
// Every step runs; a step that fails (a missing program included) makes the
// exit status non-zero.
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository (this file is eval/scripts/eval.mjs). */
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const here = join(root, "eval", "scripts");
const corpus = resolve(process.argv[2] ?? join(root, "..", "shared", "corpus"));

const pages = join(tmpdir(), "nutgraf-pages");

/** The furniture evaluation reads plain-text dumps of the corpus's pages
 * (eval/scripts/rouge/dump_pages.py, BeautifulSoup); written outside the repo. */
function dumpPages() {
  const has = spawnSync("python3", ["-c", "import bs4, lxml"]).status === 0;
  if (!has) {
    console.log("installing beautifulsoup4 and lxml from PyPI for the page dumps");
    spawnSync("python3", ["-m", "pip", "install", "--quiet", "beautifulsoup4", "lxml"], { stdio: "inherit" });
  }
  return spawnSync("python3", [join(here, "rouge", "dump_pages.py"), corpus, pages], { stdio: "inherit" })
    .status === 0;
}

/** `cargo run` of one binary of the evaluation crate, in release mode. */
const evalBin = (bin, ...args) => ["run", "--release", "-q", "-p", "nutgraf-eval", "--bin", bin, "--", ...args];

const STEPS = [
  ["summaries (ROUGE) and language detection", "cargo", evalBin("eval_rouge", corpus)],
  ["page furniture", "cargo", evalBin("eval_clean", pages), dumpPages],
  ["entities (eight NER sets)", "cargo", evalBin("eval_ner", corpus)],
  ["article extraction", process.execPath, [join(here, "eval_extract.mjs"), corpus]],
];

let failed = false;
for (const [name, cmd, args, prepare] of STEPS) {
  console.log(`\n=== ${name} ===`);
  const r = prepare && !prepare() ? { status: 1 } : spawnSync(cmd, args, { stdio: "inherit", cwd: root });
  if (r.status !== 0) {
    failed = true;
    console.error(`eval: ${name} FAILED${r.error ? `: ${r.error.message}` : ""}`);
  }
}
process.exit(failed ? 1 : 0);
