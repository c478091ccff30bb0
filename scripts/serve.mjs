#!/usr/bin/env node
// Serves the built page (dist/) on 127.0.0.1:$PORT (default 8080).
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import sirv from "sirv";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const HOST = "127.0.0.1";

/** Headers for every response: a strict CSP, and CORS so the bookmarklet can load its code from here. */
export function setHeaders(res, path) {
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
  if (path.endsWith(".wasm")) res.setHeader("Content-Type", "application/wasm");
}

/** Starts the server; resolves to the http.Server once listening. */
export function serve({ port = Number(process.env.PORT ?? 8080), dir = join(root, "dist"), quiet = false } = {}) {
  const files = sirv(dir, { dev: true, etag: true, setHeaders });
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.end("not found");
    }),
  );
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
