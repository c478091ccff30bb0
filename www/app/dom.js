// The page's elements, and the small DOM helpers its modules share.

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** The elements the page's modules use most, looked up once. */
export const ui = {
  article: $("article"),
  fulltext: $("fulltext"),
  amount: $("amount"),
  amountValue: $("amount-value"),
  summary: $("summary"),
  summaryBox: $("summary-box"),
  title: $("title"),
  status: $("status"),
  progress: $("progress"),
  busyNote: $("busy-note"),
  stats: $("stats"),
  entities: $("entities"),
  keywords: $("keywords"),
  language: $("language"),
  loadStatus: $("load-status"),
  source: $("source"),
};

/** "smooth" scrolling, unless the person asked for reduced motion. */
export const scrolling = () => (matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth");

/** `fn`, called `ms` after the last of a burst of calls; `.cancel()` drops the pending call. */
export function debounce(fn, ms) {
  let timer;
  const call = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  call.cancel = () => clearTimeout(timer);
  return call;
}

/** Says `message` to screen readers (a polite status region, created on first use). */
export function say(message) {
  let announcer = $("announcer");
  if (!announcer) {
    announcer = Object.assign(document.createElement("p"), { id: "announcer", className: "sr-only" });
    announcer.setAttribute("role", "status");
    document.body.append(announcer);
  }
  announcer.textContent = message;
}
