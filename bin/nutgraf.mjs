#!/usr/bin/env node
// nutgraf CLI: see CONTRACT.md and `nutgraf --help`.
import { readFileSync } from "node:fs";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { looksLikeHtml } from "../js/sniff.mjs";

const USAGE = `usage: nutgraf [--sentences N | --words N | --ratio R] [--format text|json]
               [--html | --text] [--lang auto|en|...] [FILE | -]
       nutgraf --batch [same options as defaults]   (JSON Lines in, JSON Lines out)

Summarizes an article (plain text or HTML) from FILE or standard input.
  --sentences N   summary length in sentences (default 3)
  --words N       the best sentences that fit in N words (at least one sentence)
  --ratio R       share of the article's sentences, 0 < R <= 1
  --format F      text (default: one sentence per line) or json (the result object)
  --html, --text  force the input kind (default: sniffed)
  --lang L        language code, or auto (default)
  --batch         each input line {"id","text"} or {"id","html","url"}, optional "options"
  -h, --help      this help;  -V, --version  the version`;

/** A user mistake: printed as one line, exit status 2. */
class UsageError extends Error {}

const USER_CODES = new Set([
  "EMPTY_INPUT",
  "INPUT_TOO_LARGE",
  "BINARY_INPUT",
  "INVALID_OPTIONS",
  "INVALID_INPUT",
  "INVALID_HTML",
  "NO_ARTICLE",
]);

function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        sentences: { type: "string" },
        words: { type: "string" },
        ratio: { type: "string" },
        format: { type: "string", default: "text" },
        html: { type: "boolean" },
        text: { type: "boolean" },
        lang: { type: "string" },
        batch: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "V" },
      },
    });
  } catch (e) {
    throw new UsageError(e.message.split("\n")[0]);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}`);
  if (!["text", "json"].includes(values.format)) {
    throw new UsageError(`--format must be text or json, not '${values.format}'`);
  }
  if (values.html && values.text) throw new UsageError("give --html or --text, not both");
  if (values.batch && positionals.length && positionals[0] !== "-") {
    throw new UsageError("--batch reads standard input; do not give a FILE");
  }
  return { values, file: positionals[0] ?? "-" };
}

function positiveInt(name, raw) {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
    throw new UsageError(`--${name} must be a whole number of at least 1, not '${raw}'`);
  }
  return Number(raw);
}

function summaryOptions(values) {
  const given = ["sentences", "words", "ratio"].filter((k) => values[k] !== undefined);
  if (given.length > 1) throw new UsageError(`give only one of --sentences, --words and --ratio`);
  const options = {};
  if (values.sentences !== undefined) options.sentences = positiveInt("sentences", values.sentences);
  if (values.words !== undefined) options.words = positiveInt("words", values.words);
  if (values.ratio !== undefined) {
    const r = Number(values.ratio);
    if (values.ratio.trim() === "" || !Number.isFinite(r) || r <= 0 || r > 1) {
      throw new UsageError(`--ratio must be a number greater than 0 and at most 1, not '${values.ratio}'`);
    }
    options.ratio = r;
  }
  if (values.lang !== undefined) options.language = values.lang;
  return options;
}

/** Decodes file bytes: UTF-8 (BOM dropped) or UTF-16 with a BOM; bad bytes become U+FFFD. */
function decode(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}

/** The bytes of FILE or of standard input. */
function readInput(file) {
  try {
    return readFileSync(file === "-" ? 0 : file);
  } catch (e) {
    const why = e.code === "ENOENT" ? "no such file" : e.code === "EISDIR" ? "is a directory" : e.message;
    throw new UsageError(`cannot read ${file === "-" ? "standard input" : `'${file}'`}: ${why}`);
  }
}

function summarizeOne(api, { text, html, url }, options, forceKind) {
  const kind = forceKind ?? (html !== undefined ? "html" : looksLikeHtml(text ?? "") ? "html" : "text");
  if (kind === "html") return api.summarizeHtml(html ?? text, { ...options, ...(url ? { url } : {}) });
  return api.summarize(text, options);
}

function printText(result) {
  for (const s of result.sentences) process.stdout.write(`${s.text.replace(/\s+/g, " ")}\n`);
}

async function write(line) {
  if (!process.stdout.write(line)) await once(process.stdout, "drain");
}

function errorObject(e) {
  return { code: e.code ?? "INTERNAL", message: e.message };
}

function lineOptions(base, own) {
  if (own === undefined) return base;
  if (own === null || typeof own !== "object" || Array.isArray(own)) {
    const e = new Error("\"options\" must be an object");
    e.code = "INVALID_OPTIONS";
    throw e;
  }
  const lengthKeys = ["sentences", "words", "ratio"];
  const overridesLength = lengthKeys.some((k) => k in own);
  const kept = Object.fromEntries(Object.entries(base).filter(([k]) => !(overridesLength && lengthKeys.includes(k))));
  return { ...kept, ...own };
}

function batchRecord(api, line, options, forceKind) {
  let record;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return { id: null, error: { code: "INVALID_JSON", message: `not a JSON object: ${e.message}` } };
  }
  const id = record && typeof record === "object" && "id" in record ? record.id : null;
  try {
    if (!record || typeof record !== "object" || Array.isArray(record)) {
      throw Object.assign(new Error("each line must be a JSON object"), { code: "INVALID_INPUT" });
    }
    const hasText = typeof record.text === "string";
    const hasHtml = typeof record.html === "string";
    if (hasText === hasHtml) {
      throw Object.assign(new Error("each line needs a string \"text\" or a string \"html\" (not both)"), {
        code: "INVALID_INPUT",
      });
    }
    const input = hasHtml ? { html: record.html, url: record.url } : { text: record.text };
    const result = summarizeOne(api, input, lineOptions(options, record.options), hasHtml ? "html" : forceKind);
    return { id, ...result };
  } catch (e) {
    return { id, error: errorObject(e) };
  }
}

async function runBatch(api, options, forceKind) {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === "") continue;
    await write(`${JSON.stringify(batchRecord(api, line, options, forceKind))}\n`);
  }
}

async function main(argv) {
  const { values, file } = parseCommandLine(argv);
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const options = summaryOptions(values);
  const api = await import("../js/node.mjs");
  if (values.version) return void process.stdout.write(`nutgraf ${api.version()}\n`);
  const forceKind = values.html ? "html" : values.text ? "text" : undefined;
  if (values.batch) return runBatch(api, options, forceKind);
  const bytes = readInput(file);
  const text = decode(bytes);
  // HTML is decoded as a browser would: its BOM, else UTF-8, else its <meta charset>.
  const kind = forceKind ?? (looksLikeHtml(text) ? "html" : "text");
  const input = kind === "html" ? { html: api.decodeHtml(bytes) } : { text };
  const result = summarizeOne(api, input, options, kind);
  if (values.format === "json") await write(`${JSON.stringify(result, null, 2)}\n`);
  else printText(result);
}

main(process.argv.slice(2)).catch((e) => {
  if (e instanceof UsageError) {
    process.stderr.write(`nutgraf: ${e.message} (see 'nutgraf --help')\n`);
    process.exit(2);
  }
  if (USER_CODES.has(e?.code)) {
    process.stderr.write(`nutgraf: ${e.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`nutgraf: internal error: ${e?.message ?? e}\n`);
  process.exit(1);
});
