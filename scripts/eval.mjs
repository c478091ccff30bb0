#!/usr/bin/env node
// `npm run eval`: every quality figure of the README, on ../shared/corpus
// (or the directory given as argument):
//   - summaries: ROUGE-1/2/L on BBC and XSum beside Lead-N (cargo bin eval_rouge)
//   - page furniture: lines dropped and kept (cargo bin eval_clean)
//   - entities: CoNLL-2003 English, CoNLL-2002 Spanish and Dutch (cargo bin eval_ner)
//   - article extraction from HTML (scripts/eval_extract.mjs)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus = resolve(process.argv[2] ?? join(root, "..", "shared", "corpus"));

const STEPS = [
  ["summaries (ROUGE)", "src/bin/eval_rouge.rs", "cargo", ["run", "--release", "-q", "--bin", "eval_rouge", "--", corpus]],
  ["page furniture", "src/bin/eval_clean.rs", "cargo", ["run", "--release", "-q", "--bin", "eval_clean", "--", corpus]],
  ["entities (CoNLL)", "src/bin/eval_ner.rs", "cargo", ["run", "--release", "-q", "--bin", "eval_ner", "--", corpus]],
  ["article extraction", "scripts/eval_extract.mjs", process.execPath, [join(root, "scripts", "eval_extract.mjs"), corpus]],
];

let failed = false;
for (const [name, source, cmd, args] of STEPS) {
  if (!existsSync(join(root, source))) continue;
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
