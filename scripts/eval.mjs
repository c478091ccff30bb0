#!/usr/bin/env node
// `npm run eval`: every quality figure of the README, on ../shared/corpus
// (or the directory given as argument):
//   - summaries: ROUGE-1/2/L on BBC and XSum beside Lead-N (cargo bin eval_rouge)
//   - page furniture: lines dropped and kept (cargo bin eval_clean)
//   - entities: CoNLL-2003 English, CoNLL-2002 Spanish and Dutch (cargo bin eval_ner)
//   - article extraction from HTML (scripts/eval_extract.mjs)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = resolve(process.argv[2] ?? join(root, "..", "shared", "corpus"));

const pages = join(tmpdir(), "nutgraf-pages");

/** The furniture evaluation reads plain-text dumps of the corpus's pages
 * (scripts/rouge/dump_pages.py, BeautifulSoup); written outside the repo. */
function dumpPages() {
  const has = spawnSync("python3", ["-c", "import bs4, lxml"]).status === 0;
  if (!has) {
    console.log("installing beautifulsoup4 and lxml from PyPI for the page dumps");
    spawnSync("python3", ["-m", "pip", "install", "--quiet", "beautifulsoup4", "lxml"], { stdio: "inherit" });
  }
  return spawnSync("python3", [join(root, "scripts", "rouge", "dump_pages.py"), corpus, pages], { stdio: "inherit" })
    .status === 0;
}

const STEPS = [
  ["summaries (ROUGE)", "src/bin/eval_rouge.rs", "cargo", ["run", "--release", "-q", "--bin", "eval_rouge", "--", corpus]],
  ["page furniture", "src/bin/eval_clean.rs", "cargo", ["run", "--release", "-q", "--bin", "eval_clean", "--", pages], dumpPages],
  ["entities (CoNLL)", "src/bin/eval_ner.rs", "cargo", ["run", "--release", "-q", "--bin", "eval_ner", "--", corpus]],
  ["article extraction", "scripts/eval_extract.mjs", process.execPath, [join(root, "scripts", "eval_extract.mjs"), corpus]],
];

let failed = false;
for (const [name, source, cmd, args, prepare] of STEPS) {
  if (!existsSync(join(root, source))) continue;
  console.log(`\n=== ${name} ===`);
  if (prepare && !prepare()) {
    failed = true;
    continue;
  }
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
