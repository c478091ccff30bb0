// The nutgraf page's side of the bookmarklet's fallback (see link.js).
// On a page with a strict Content-Security-Policy the bookmarklet opens
// `ORIGIN/#from-bookmarklet` and hands over the article page by postMessage:
//
//   this tab                          the article page (window.opener)
//   ── {type: "nutgraf:ready"} ──────▶  (checks: from this tab, from ORIGIN)
//   ◀── {type: "nutgraf:article", url, title, html, text}  (sent to ORIGIN only)
//   ── {type: "nutgraf:received"} ───▶  (stops listening)
//
// Only a message from window.opener whose `url` has the sender's origin is
// accepted. The page's HTML is turned into the article here (`extract`).
import { extract } from "nutgraf";
/** How often, and how many times, the tab says it is ready. */
const READY_EVERY_MS = 250;
const READY_TRIES = 120;

/**
 * Waits for the article and calls `onArticle({ title, text, url, byline, siteName, lang })`
 * once. Call it only when the bookmarklet opened this page (its hash is link.js's
 * FROM_BOOKMARKLET; the page checks before it loads this module). `onError(error)`
 * hears about a missing opener or an article with no text. Returns a function that stops listening.
 */
export function listenForArticles(onArticle, onError) {
  const opener = window.opener;
  if (!opener) {
    onError(receiveError("NO_OPENER", "opened for the bookmarklet, but the page that opened it is gone; run the bookmarklet again"));
    return () => {};
  }
  let tries = 0;
  const ping = () => {
    if (++tries > READY_TRIES) {
      stop();
      onError(receiveError("NO_ARTICLE", "the page that opened nutgraf did not send its article"));
      return;
    }
    // Nothing secret here: the article page checks that this comes from us.
    opener.postMessage({ type: "nutgraf:ready" }, "*");
  };
  const timer = setInterval(ping, READY_EVERY_MS);
  const onMessage = (event) => {
    if (event.source !== opener) return;
    const article = articleFrom(event);
    if (!article) return;
    stop();
    opener.postMessage({ type: "nutgraf:received" }, event.origin);
    history.replaceState(null, "", location.pathname + location.search);
    if (article.text.trim() === "") onError(receiveError("NO_ARTICLE", `no article text found on ${article.url}`));
    else onArticle(article);
  };
  function stop() {
    clearInterval(timer);
    window.removeEventListener("message", onMessage);
  }
  window.addEventListener("message", onMessage);
  ping();
  return stop;
}

/** The article in a valid handover message, or null to ignore the message. */
function articleFrom(event) {
  const data = event.data;
  if (!data || typeof data !== "object" || data.type !== "nutgraf:article") return null;
  if (typeof data.url !== "string" || (typeof data.html !== "string" && typeof data.text !== "string")) return null;
  let url;
  try {
    url = new URL(data.url);
  } catch {
    return null;
  }
  if (url.origin !== event.origin) return null; // a page may only hand over itself
  const fallback = {
    title: typeof data.title === "string" && data.title.trim() ? data.title.trim() : null,
    text: typeof data.text === "string" ? data.text.trim() : "",
    url: url.href,
  };
  if (typeof data.html !== "string") return fallback;
  try {
    const a = extract(data.html, { url: url.href });
    return {
      title: a.title ?? fallback.title,
      text: a.text,
      url: url.href,
      byline: a.byline,
      siteName: a.siteName,
      lang: a.lang,
      publishedTime: a.publishedTime,
    };
  } catch {
    return fallback; // no article found by extraction: the page's visible text
  }
}

function receiveError(code, message) {
  return Object.assign(new Error(`nutgraf: ${message}`), { code });
}
