// The JSON Lines loop both bench peers share (lead.mjs, wink.mjs), so that
// they pay the same reading, parsing and writing as `nutgraf --batch`: each
// input line {"id","text"} gives one output line, `{id, ...analyse(text, n)}`,
// or {"id","error"} for a bad line, and the batch goes on.
import { createInterface } from "node:readline";
import { once } from "node:events";

/** `--sentences N` from the command line (default 3). */
function sentenceCount(argv) {
  const i = argv.indexOf("--sentences");
  const n = i >= 0 ? Number(argv[i + 1]) : 3;
  if (!Number.isInteger(n) || n < 1) throw new Error(`--sentences must be a whole number of at least 1`);
  return n;
}

function record(line, n, analyse) {
  let id = null;
  try {
    const input = JSON.parse(line);
    id = input?.id ?? null;
    if (typeof input?.text !== "string") throw new Error('each line needs a string "text"');
    return { id, ...analyse(input.text, n) };
  } catch (e) {
    return { id, error: { code: "ERROR", message: e.message } };
  }
}

/** Answers standard input's lines on standard output with `analyse(text, n)`. */
export async function serveLines(analyse) {
  const n = sentenceCount(process.argv.slice(2));
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!process.stdout.write(`${JSON.stringify(record(line, n, analyse))}\n`)) await once(process.stdout, "drain");
  }
}
