#!/usr/bin/env node
// Evaluates article extraction (js/node.mjs `extract`) on the shared corpus:
//
//   readability/<case>/{source.html, expected.html, expected-metadata.json}
//     text: the article-extraction-benchmark metric against the text of
//     expected.html (lower-cased \w+ tokens, 4-token shingles counted as a
//     multiset, precision and recall per page, averaged over pages, F1 of the
//     averages); metadata: share of pages whose field equals the expected one
//     (whitespace collapsed, "" = null).
//   trafilatura/{html/, evaldata.subset.json}
//     per page, `with` snippets must be in the text and `without` snippets must
//     not (a plain substring test, as trafilatura's own comparison does); counts
//     summed over pages; precision, recall, F1 and the share kept / dropped.
//
// usage: node eval/scripts/eval_extract.mjs [CORPUS | --corpus DIR] [--only readability|trafilatura]
//                                      [--baseline] [--worst N] [--json]
//   CORPUS      ../shared/corpus (default) or its html/ folder
//   --baseline  plain Readability (no furniture removal): the parity check
//   --worst N   list the N worst pages of each set
// Under CI=true a missing corpus is an error (exit 1); otherwise a loud message.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseHTML } from "linkedom";
import { decodeHtml, extract } from "../../js/node.mjs";
import { extractArticle, renderText } from "../../js/extract.mjs";

/** The repository (this file is eval/scripts/eval_extract.mjs). */
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DEFAULT_CORPUS = join(root, "..", "shared", "corpus", "html");
/** Readability's own tests parse every page as if it lived here. */
const READABILITY_URL = "http://fakehost/test/page.html";
/** Shingle length of the article-extraction-benchmark metric. */
const NGRAM = 4;
/** Issue #6's targets (F1); Readability.js scores 0.995 and 0.887, trafilatura 0.933 and 0.926. */
const TARGETS = { readability: 0.98, trafilatura: 0.93 };
const METADATA_FIELDS = ["title", "byline", "lang", "siteName", "publishedTime", "excerpt"];
const TOKEN_RE = /[\p{L}\p{M}\p{N}_]+/gu;

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: "string" },
    only: { type: "string" },
    baseline: { type: "boolean" },
    worst: { type: "string", default: "0" },
    json: { type: "boolean" },
  },
});

/** The extraction under test: ours, or plain Readability for --baseline. */
function run(html, url) {
  if (!args.baseline) return extract(html, { url });
  const { document } = parseHTML(html);
  return extractArticle(document, url, { furniture: false });
}

// ---- the article-extraction-benchmark metric ----

/** Multiset of lower-cased 4-token shingles (a shorter text gives one shorter shingle). */
function shingles(text) {
  const tokens = (text.toLowerCase().match(TOKEN_RE) ?? []);
  const counts = new Map();
  for (let i = 0; i < Math.max(1, tokens.length - NGRAM + 1); i++) {
    const key = tokens.slice(i, i + NGRAM).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Precision and recall of `pred` against `truth` over shingles. */
export function shinglePR(truth, pred) {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  return { precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0 };
}

function f1(p, r) {
  return p + r ? (2 * p * r) / (p + r) : 0;
}

// ---- the two sets ----

function evalReadability(dir) {
  const pages = [];
  const fields = Object.fromEntries(METADATA_FIELDS.map((f) => [f, 0]));
  const cases = readdirSync(dir).filter((c) => existsSync(join(dir, c, "source.html"))).sort();
  for (const name of cases) {
    const source = decodeHtml(readFileSync(join(dir, name, "source.html")));
    const { document } = parseHTML(readFileSync(join(dir, name, "expected.html"), "utf8"));
    const truth = renderText(document.documentElement);
    const meta = JSON.parse(readFileSync(join(dir, name, "expected-metadata.json"), "utf8"));
    let article = null;
    let error = null;
    try {
      article = run(source, READABILITY_URL);
    } catch (e) {
      error = e.code ?? e.message;
    }
    const { precision, recall } = shinglePR(truth, article?.text ?? "");
    for (const f of METADATA_FIELDS) if (sameField(article?.[f], meta[f])) fields[f]++;
    pages.push({ name, precision, recall, f1: f1(precision, recall), error });
  }
  const P = mean(pages.map((p) => p.precision));
  const R = mean(pages.map((p) => p.recall));
  const metadata = Object.fromEntries(METADATA_FIELDS.map((f) => [f, round(fields[f] / cases.length)]));
  return { pages: cases.length, precision: round(P), recall: round(R), f1: round(f1(P, R)), metadata, detail: pages };
}

function evalTrafilatura(dir) {
  const items = JSON.parse(readFileSync(join(dir, "evaldata.subset.json"), "utf8"));
  let tp = 0, fn = 0, fp = 0, tn = 0;
  const detail = [];
  for (const [key, item] of Object.entries(items)) {
    const html = decodeHtml(readFileSync(join(dir, "html", item.file)));
    const url = /^https?:\/\//.test(key) ? key.trim() : undefined;
    let text = null;
    let error = null;
    try {
      text = run(html, url).text;
    } catch (e) {
      error = e.code ?? e.message;
    }
    const missing = text === null ? item.with : item.with.filter((s) => !text.includes(s));
    const kept = text === null ? [] : item.without.filter((s) => text.includes(s));
    tp += item.with.length - missing.length;
    fn += missing.length;
    fp += kept.length;
    tn += item.without.length - kept.length;
    detail.push({ name: item.file, missing, kept, error, bad: missing.length + kept.length });
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return {
    pages: detail.length,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1(precision, recall)),
    kept: round(tp / (tp + fn)),
    dropped: round(tn / (tn + fp)),
    counts: { tp, fn, fp, tn },
    detail,
  };
}

/** Metadata fields compare with whitespace collapsed; "" and null are both "none". */
function sameField(a, b) {
  const norm = (v) => (typeof v === "string" && v.trim() ? v.replace(/\s+/g, " ").trim() : null);
  return norm(a) === norm(b);
}

function mean(xs) {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}

// ---- main ----

function missingCorpus(what) {
  const message = `eval_extract: the corpus is missing: ${what}`;
  if (process.env.CI === "true") {
    console.error(`ERROR ${message}`);
    process.exit(1);
  }
  console.error(`\n!!!!!!!!\n!!! ${message}\n!!! skipping the extraction evaluation\n!!!!!!!!\n`);
}

/** The corpus: `--corpus DIR` or the first argument, either the shared corpus root (with html/) or its html/ folder. */
const given = args.corpus ?? positionals[0] ?? DEFAULT_CORPUS;
const corpus = existsSync(join(given, "html")) ? join(given, "html") : given;
const sets = {
  readability: [join(corpus, "readability"), evalReadability],
  trafilatura: [join(corpus, "trafilatura"), evalTrafilatura],
};
const report = {};
for (const [name, [dir, evaluate]] of Object.entries(sets)) {
  if (args.only && args.only !== name) continue;
  if (!existsSync(dir)) {
    missingCorpus(dir);
    continue;
  }
  const t0 = Date.now();
  const { detail, ...summary } = evaluate(dir);
  report[name] = { ...summary, seconds: round((Date.now() - t0) / 1000) };
  const worst = Number(args.worst);
  if (worst > 0 && !args.json) {
    const sorted = name === "readability" ? detail.sort((a, b) => a.f1 - b.f1) : detail.sort((a, b) => b.bad - a.bad);
    console.error(`\n[${name}] worst ${worst}:`);
    for (const d of sorted.slice(0, worst)) console.error(JSON.stringify(d).slice(0, 900));
  }
}
const label = args.baseline ? "Readability (baseline)" : "nutgraf";
if (args.json) console.log(JSON.stringify({ system: label, ...report }, null, 2));
else {
  for (const [name, r] of Object.entries(report)) {
    const extra =
      name === "readability"
        ? `metadata exact: ${Object.entries(r.metadata).map(([k, v]) => `${k} ${v}`).join(", ")}`
        : `kept ${r.kept}, dropped ${r.dropped} (${JSON.stringify(r.counts)})`;
    const target = args.baseline ? "" : ` [target >= ${TARGETS[name]}: ${r.f1 >= TARGETS[name] ? "met" : "NOT MET"}]`;
    console.log(`${label} ${name} (${r.pages} pages, ${r.seconds} s): P ${r.precision} R ${r.recall} F1 ${r.f1}${target}; ${extra}`);
  }
}
