// What the benchmarks read: the BBC articles of the shared corpus (never
// copied into the repository) and synthetic long documents made from them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The BBC dev articles as [{id, text}], in a fixed order. When the corpus is
 * missing: an error under CI=true, else a loud note and an empty list.
 */
export function bbcArticles(corpus) {
  const bbc = join(corpus, "bbc", "articles");
  if (!existsSync(bbc)) {
    const msg = `no BBC corpus at ${bbc}`;
    if (process.env.CI === "true") throw new Error(msg);
    console.error(`!!! bench: ${msg}: SKIPPING the corpus benchmarks !!!`);
    return [];
  }
  return readdirSync(bbc)
    .sort()
    .flatMap((topic) =>
      readdirSync(join(bbc, topic))
        .sort()
        .map((f) => ({ id: `${topic}/${f}`, text: readFileSync(join(bbc, topic, f), "utf8") })),
    );
}

/** The q-quantile of sorted numbers (nearest rank). */
export function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Milliseconds `fn` takes. */
export function time(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** About `bytes` bytes of UTF-8 text: the articles, concatenated with blank lines between them. */
export function synthetic(articles, bytes) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const a = articles[i % articles.length] ?? "A sentence about nothing in particular. ";
    parts.push(a);
    n += Buffer.byteLength(a) + 2;
  }
  const text = parts.join("\n\n");
  // Trim to the size asked for, at a paragraph break when there is one near.
  if (Buffer.byteLength(text) <= bytes) return text;
  const cut = Buffer.from(text).subarray(0, bytes).toString("utf8").replace(/\uFFFD$/, "");
  const para = cut.lastIndexOf("\n\n");
  return para > cut.length * 0.9 ? cut.slice(0, para) : cut;
}
