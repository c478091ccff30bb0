// The page: takes an article in, asks the worker for its summary, renders the
// result. No NLP here: sentences, entities, keywords and counts come from the
// wasm core (worker.js). Article text only ever goes into textContent.
//
// One state object (app/state.js); one module per part of the page:
//   app/article.js   the article: text box, files, URL, sample, clear
//   app/summary.js   summarizing in the worker, progress, the result, copy
//   app/entities.js  entity chips and the highlighted entity's mentions
//   app/view.js      edit or highlighted article; summary sentences → the article
//   app/settings.js  length and language
//   app/handover.js  the bookmarklet's link and the articles it hands over
import { setArticle, setupArticle } from "./app/article.js";
import { $, ui } from "./app/dom.js";
import { setupEntities } from "./app/entities.js";
import { setupHandover } from "./app/handover.js";
import { registerOffline } from "./app/offline.js";
import { SAMPLE } from "./app/sample.js";
import { setupSettings } from "./app/settings.js";
import { state } from "./app/state.js";
import { loadArticle, loadSettings } from "./app/store.js";
import { setupSummary, update } from "./app/summary.js";
import { setupView, setView } from "./app/view.js";

/** Phones: a "Summary ↓" pill while the summary is out of sight. */
function setupSummaryPill() {
  new IntersectionObserver(([entry]) => {
    const pill = $("to-summary");
    pill.classList.toggle("away", !entry.isIntersecting);
    pill.textContent = entry.boundingClientRect.top < 0 ? "Summary ↑" : "Summary ↓";
  }).observe(ui.summaryBox);
}

/** Offline use (sw.js), and the notice when a newer build takes over. */
function setupOffline() {
  $("reload").addEventListener("click", () => location.reload());
  registerOffline({
    onUpdate: () => ($("update").hidden = false),
    onReady: () => (document.body.dataset.offline = "ready"),
  });
}

/** The last article (or the sample on a first visit), summarized. */
function restoreArticle() {
  const saved = loadArticle();
  setArticle(saved ? saved.text : SAMPLE, { source: saved?.source, title: saved?.title });
  if (saved?.tooLarge) {
    ui.loadStatus.className = "load-status";
    ui.loadStatus.textContent = `The last article${saved.source ? ` (${saved.source})` : ""} was too large to keep in this browser; paste or open it again.`;
  }
}

state.settings = loadSettings();
setupSettings({ onChange: update });
setupView();
setView(state.settings.view);
setupEntities();
setupSummary();
setupArticle();
// Opened by the bookmarklet: its article, not the last one (which comes back if none arrives).
if (setupHandover({ onFailure: restoreArticle })) update();
else restoreArticle();
setupSummaryPill();
setupOffline();
