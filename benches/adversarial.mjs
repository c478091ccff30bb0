#!/usr/bin/env node
// `npm run bench:adversarial [-- --size MB] [--only a,b] [corpus dir]` (also
// `npm run bench -- --adversarial`): worst-case inputs (issue 12) against news
// text of the same size. Each case runs in its own child process (the npm
// module in Node, `summarize` or `summarizeHtml`), which reports its time and
// its peak RSS; the news baseline runs the same way: news text (BBC articles
// joined) for the text cases, the same articles as <p> paragraphs of an
// <article> for the HTML cases. Printed as a Markdown table with the ratios
// (target: at most 2x news in time and in memory) and as JSON on the last line.
// Each baseline is the quicker of two runs; the cases run once.
//
// --size sets the text cases' size in MiB (default 4; the input limit is 32).
// The HTML cases have the sizes the issue names (200,000 unclosed <b>, 50,000
// nested <div>s, 100,000 links...), their baseline the same size in bytes.
// A case that takes longer than --timeout seconds (default 300) is stopped
// and reported as such. The corpus defaults to ../shared/corpus; without it,
// the baseline is generated sentences (and says so).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bbcArticles, synthetic } from "./corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const MiB = 1024 * 1024;

// ---------------------------------------------------------------------------
// Generators: each returns the input for `bytes` (text cases) or for its own
// count (HTML cases, whose size follows from the count).

/** `unit` repeated to `bytes` (cut at a unit boundary). */
function fill(unit, bytes) {
  return unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit))));
}

const PARA = "The river flooded the old town on Monday after three days of rain. Rescue teams moved families to the school on the hill.";

/** The cases: name -> { kind: "text" | "html", make(bytes, news) , what }. */
export const CASES = {
  "one word": { kind: "text", what: "one word of letters, no space", make: (b) => "a".repeat(b) },
  punctuation: { kind: "text", what: "punctuation only", make: (b) => fill(".,;:!?…—()\"'", b) },
  "all caps": { kind: "text", what: "news text in capitals", make: (b, news) => news(b).toUpperCase() },
  "tiny sentences": { kind: "text", what: "\"A b. \" repeated (a million per 5 MiB)", make: (b) => fill("A b. ", b) },
  "digits and dates": {
    kind: "text",
    what: "dates, times, amounts, then a run of digits",
    make: (b) => fill("On 2024-01-02 at 10:30 the index rose 1,234.56 points (3.4%) to $98.7bn. ", b / 2) + "7".repeat(b / 2),
  },
  "capitalised words": { kind: "text", what: "\"Hun Sen Met Joe Biden In Phnom Penh \" repeated", make: (b) => fill("Hun Sen Met Joe Biden In Phnom Penh ", b) },
  newlines: { kind: "text", what: "newlines, then two sentences", make: (b) => "\n".repeat(b - 200) + PARA },
  "repeated sentence": { kind: "text", what: "one sentence over and over", make: (b) => fill("The council approved the new bridge over the river. ", b) },
  "one long sentence": { kind: "text", what: "words without a full stop", make: (b) => fill("council river bridge budget vote ", b) },
  "combining marks": { kind: "text", what: "one letter with a run of combining accents, in words", make: (b) => fill(`e${"\u0301".repeat(500)} `, b) },
  "no spaces (CJK)": { kind: "text", what: "Japanese without spaces", make: (b) => fill("東京の川が月曜日に氾濫した。救助隊が家族を学校に移した", b) },
  "unclosed <b>": { kind: "html", what: "200,000 unclosed <b> tags", make: () => `<html><body><p>${PARA}</p>${"<b>x ".repeat(200000)}<p>${PARA}</p></body></html>` },
  "nested <div>": {
    kind: "html",
    what: "50,000 nested <div>s",
    make: () => `<html><body>${"<div>".repeat(50000)}<p>${PARA}</p>${"</div>".repeat(50000)}</body></html>`,
  },
  "huge attribute": {
    kind: "html",
    what: "a 4 MiB attribute value",
    make: () => `<html><body><article><p title="${"x".repeat(4 * MiB)}">${PARA}</p><p>${PARA}</p></article></body></html>`,
  },
  "100k links": {
    kind: "html",
    what: "a page of 100,000 links, and an article",
    make: () =>
      `<html><body><article><p>${PARA}</p><p>${PARA}</p></article><ul>${Array.from({ length: 100000 }, (_, i) => `<li><a href="/story/${i}">Story number ${i}</a></li>`).join("")}</ul></body></html>`,
  },
  "many elements": {
    kind: "html",
    what: "400,000 empty <span>s",
    make: () => `<html><body><article><p>${PARA}</p>${"<span></span>".repeat(400000)}<p>${PARA}</p></article></body></html>`,
  },
};

// ---------------------------------------------------------------------------
// The child: one case, one call, its time and peak RSS on stdout.

async function child(name, bytes, corpusDir) {
  const { summarize, summarizeHtml } = await import(pathToFileURL(join(root, "js", "node.mjs")).href);
  const news = newsMaker(corpusDir);
  let input;
  let kind;
  if (name === "news text") [input, kind] = [news(bytes), "text"];
  else if (name === "news html") [input, kind] = [newsHtml(news, bytes), "html"];
  else [input, kind] = [CASES[name].make(bytes, news), CASES[name].kind];
  const inputBytes = Buffer.byteLength(input);
  const t0 = performance.now();
  let sentences = 0;
  let error = null;
  try {
    const r = kind === "html" ? summarizeHtml(input) : summarize(input);
    sentences = r.sentences.length;
  } catch (e) {
    error = e.code ?? e.constructor.name;
  }
  const ms = performance.now() - t0;
  const rssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ name, kind, bytes: inputBytes, ms, rssMB, sentences, error }));
}

/** `news(bytes)`: BBC articles joined to about `bytes`, or generated sentences without the corpus. */
function newsMaker(corpusDir) {
  const articles = existsSync(corpusDir) ? bbcArticles(corpusDir).map((a) => a.text) : [];
  if (!articles.length) {
    const towns = ["Riverside", "Northgate", "Lakeside", "Hillview", "Eastport"];
    articles.push(towns.map((t, i) => `The council of ${t} voted on ${i + 2} March to build a library and ${i + 3} parks. ${PARA}`).join("\n\n"));
  }
  return (bytes) => synthetic(articles, bytes);
}

/** News as an HTML page of about `bytes`: an <article> of <p> paragraphs. */
function newsHtml(news, bytes) {
  const paragraphs = news(bytes)
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`);
  return `<html><head><title>News</title></head><body><article>${paragraphs.join("\n")}</article></body></html>`;
}

// ---------------------------------------------------------------------------
// The parent: every case and its baseline, each in a child.

function runChild(name, bytes, corpusDir, timeoutS) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", name, String(bytes), corpusDir], {
    encoding: "utf8",
    timeout: timeoutS * 1000,
    maxBuffer: 64 * MiB,
  });
  if (r.error?.code === "ETIMEDOUT" || r.signal) return { name, ms: timeoutS * 1000, rssMB: NaN, error: `stopped after ${timeoutS} s` };
  const line = r.stdout.trim().split("\n").at(-1);
  try {
    return JSON.parse(line);
  } catch {
    return { name, ms: NaN, rssMB: NaN, error: `crashed: ${r.stderr.trim().split("\n").at(-1)}` };
  }
}

function parseArgs(argv) {
  const args = { size: 4, only: null, timeout: 300, corpus: join(root, "..", "shared", "corpus") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--size") args.size = Number(argv[++i]);
    else if (a === "--only") args.only = argv[++i].split(",");
    else if (a === "--timeout") args.timeout = Number(argv[++i]);
    else if (a === "--adversarial") continue;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else args.corpus = resolve(a);
  }
  return args;
}

const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "–");

export function main(argv = process.argv.slice(2)) {
  const args = parseArgs(argv);
  if (!existsSync(args.corpus)) {
    const msg = `no corpus at ${args.corpus}: the news baseline is generated sentences`;
    if (process.env.CI === "true") throw new Error(msg);
    console.error(`!!! bench: ${msg} !!!`);
  }
  const names = Object.keys(CASES).filter((n) => !args.only || args.only.includes(n));
  const baselines = new Map();
  const baseline = (kind, bytes) => {
    // One baseline per kind and size (rounded to 64 KiB, so HTML cases of about the same size share it).
    const key = `${kind}:${Math.round(bytes / 65536)}`;
    if (!baselines.has(key)) {
      // The quicker of two runs: the machine's load varies, and one slow baseline would flatter every case.
      const name = kind === "html" ? "news html" : "news text";
      const runs = [runChild(name, bytes, args.corpus, args.timeout), runChild(name, bytes, args.corpus, args.timeout)];
      baselines.set(key, { ms: Math.min(...runs.map((r) => r.ms)), rssMB: Math.min(...runs.map((r) => r.rssMB)) });
    }
    return baselines.get(key);
  };
  const rows = [];
  console.error(`[adversarial] text cases of ${args.size} MiB; each case and baseline in its own process`);
  for (const name of names) {
    const r = runChild(name, Math.round(args.size * MiB), args.corpus, args.timeout);
    const base = baseline(CASES[name].kind, r.bytes ?? args.size * MiB);
    const row = { ...r, what: CASES[name].what, baseMs: base.ms, baseRssMB: base.rssMB, timeRatio: r.ms / base.ms, rssRatio: r.rssMB / base.rssMB };
    rows.push(row);
    console.error(`[adversarial] ${name}: ${fmt(r.ms / 1000)} s, ${fmt(r.rssMB, 0)} MB (news: ${fmt(base.ms / 1000)} s, ${fmt(base.rssMB, 0)} MB)${r.error ? ` ${r.error}` : ""}`);
  }
  console.log("| case | input | MiB | s | peak RSS MB | news s | news MB | time × | memory × | result |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
  for (const r of rows) {
    const over = (ratio) => (ratio <= 2 ? "" : " ⚠");
    const result = r.error ?? `${r.sentences} sentences`;
    console.log(
      `| ${r.name} | ${r.what} | ${fmt((r.bytes ?? NaN) / MiB, 1)} | ${fmt(r.ms / 1000)} | ${fmt(r.rssMB, 0)} | ${fmt(r.baseMs / 1000)} | ${fmt(r.baseRssMB, 0)} | ${fmt(r.timeRatio, 1)}${over(r.timeRatio)} | ${fmt(r.rssRatio, 1)}${over(r.rssRatio)} | ${result} |`,
    );
  }
  console.log(JSON.stringify({ adversarial: rows }));
}

if (process.argv[2] === "--child") await child(process.argv[3], Number(process.argv[4]), process.argv[5]);
else if (process.argv[1] === fileURLToPath(import.meta.url)) main();
