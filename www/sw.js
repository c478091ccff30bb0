// Service worker: the page works offline after the first visit.
// Cache-first for the app shell and the wasm, one cache per build: the build
// (scripts/page.mjs) writes VERSION (a hash of every file) and ASSETS (every
// file of dist/). A new build means a new sw.js, so the browser installs it,
// it caches the new files, and the old cache is deleted on activation.
// Only same-origin GET requests are answered; nothing else is touched.
// The language data (lang/<code>.txt) and the core that loads it
// (nutgraf_lang_bg.wasm) are not precached, so that no reader downloads a
// language they do not read: they are cached when first fetched.
const VERSION = "dev";
const ASSETS = ["./", "index.html", "main.js", "worker.js", "style.css", "nutgraf_bg.wasm"];
const CACHE = `nutgraf-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS.map((a) => new Request(a, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("nutgraf-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(fromCache(request));
});

async function fromCache(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request, { ignoreSearch: request.mode === "navigate" });
  if (hit) return hit;
  try {
    const response = await fetch(request);
    if (response.ok && /\/(lang\/[a-z]+\.txt|nutgraf_lang_bg\.wasm)$/.test(new URL(request.url).pathname)) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    // Offline and not cached: for a page, the app shell is the best answer.
    if (request.mode === "navigate") {
      const shell = await cache.match("./");
      if (shell) return shell;
    }
    throw error;
  }
}
