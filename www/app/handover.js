// The bookmarklet: its link on this page, and the articles it hands over when a
// page's Content-Security-Policy keeps it from running there (../bookmarklet/).
import { bookmarkletHref, FROM_BOOKMARKLET } from "../bookmarklet/link.js";
import { setArticle } from "./article.js";
import { $, ui } from "./dom.js";
import { setView } from "./view.js";

/** The receiver's error as a sentence: "Opened for the bookmarklet, but …." */
function sentence(error) {
  const message = String(error?.message ?? error).replace(/^nutgraf:\s*/, "").replace(/[.\s]*$/, ".");
  return message.charAt(0).toUpperCase() + message.slice(1);
}

/** Waits for the article the bookmarklet hands over; `onFailure()` when none comes. */
async function receiveArticle(onFailure) {
  ui.loadStatus.className = "load-status";
  ui.loadStatus.textContent = "Waiting for the article from the bookmarklet…";
  const { listenForArticles } = await import("../bookmarklet/receive.js");
  listenForArticles(
    ({ title, text, url }) => {
      ui.loadStatus.textContent = "";
      setView("edit");
      setArticle(text.trim(), { source: url, title });
    },
    (error) => {
      onFailure();
      ui.loadStatus.className = "load-status error";
      ui.loadStatus.textContent = sentence(error);
    },
  );
}

/**
 * The bookmarklet link (for where this page is), and the hand-over when the bookmarklet opened this
 * page: then returns true, and calls `onFailure()` if no article comes (else returns false).
 */
export function setupHandover({ onFailure }) {
  const link = $("nutgraf-bookmarklet");
  link.href = bookmarkletHref(location.href); // the page's folder: it may be served under a subpath
  link.addEventListener("click", (e) => {
    e.preventDefault();
    $("bookmarklet-status").textContent = "Drag the button to your bookmarks bar; it works on other pages, not on this one.";
  });
  if (location.hash !== FROM_BOOKMARKLET) return false;
  receiveArticle(onFailure);
  return true;
}
