#!/usr/bin/env node
// Serves the built page (dist/) on 127.0.0.1:$PORT (default 8080).
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const HOST = "127.0.0.1";

/**
 * The page's Content-Security-Policy, read from the <meta> of the built index.html (the one
 * source of truth, since static hosts can only serve the meta). Sent as a header too, so that
 * the worker scripts, which a <meta> does not reach, run under the same policy. A build
 * without it is refused: the page must never be served without its policy.
 */
export function pagePolicy(dir = join(root, "dist")) {
  const index = join(dir, "index.html");
  let html;
  try {
    html = readFileSync(index, "utf8");
  } catch {
    throw new Error(`${index} is missing; run \`npm run build\` first`);
  }
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  if (!policy) throw new Error(`${index} has no Content-Security-Policy <meta>`);
  return policy;
}

/**
 * Headers for every response: the CSP on pages and scripts (the <meta> alone does not reach the
 * worker), and CORS. None is needed: dist/ works from any static host (README, "Host your own").
 */
export function headersFor(policy) {
  return (res, path) => {
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    if (path.endsWith(".wasm")) res.setHeader("Content-Type", "application/wasm");
    if (/(\/|\.html|^\/worker\.js|^\/sw\.js)$/.test(path)) res.setHeader("Content-Security-Policy", policy);
  };
}

/**
 * True when a precompressed copy (FILE.br, FILE.gz) is older than FILE, e.g. after a step that
 * rewrote dist/nutgraf_bg.wasm without the page build: then the file itself must be sent.
 */
function staleCopies(dir, url) {
  let path;
  try {
    path = join(dir, decodeURIComponent(new URL(url, "http://localhost").pathname));
  } catch {
    return false;
  }
  if (path.endsWith("/")) path += "index.html";
  const mtime = (p) => statSync(p, { throwIfNoEntry: false })?.mtimeMs;
  const own = mtime(path);
  if (own === undefined) return false;
  return [".br", ".gz"].some((ext) => {
    const copy = mtime(path + ext);
    return copy !== undefined && copy < own;
  });
}

/** Starts the server; resolves to the http.Server once listening. */
export async function serve({ port = Number(process.env.PORT ?? 8080), dir = join(root, "dist"), quiet = false } = {}) {
  // brotli/gzip: the precompressed copies the build writes (scripts/page.mjs), when the browser takes them.
  const files = sirv(dir, { dev: true, etag: true, brotli: true, gzip: true, setHeaders: headersFor(pagePolicy(dir)) });
  const server = createServer((req, res) => {
    if (staleCopies(dir, req.url)) delete req.headers["accept-encoding"];
    files(req, res, () => {
      res.statusCode = 404;
      res.end("not found");
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => {
      if (!quiet) console.log(`nutgraf is running at http://${HOST}:${server.address().port}/`);
      resolve(server);
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  serve().catch((e) => {
    console.error(`nutgraf: cannot serve: ${e.message}`);
    process.exit(1);
  });
}
