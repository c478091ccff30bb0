// The article pane's two views: "edit" (the text box, or the preview of a large
// article) and "read" (the article with the summary sentences and entity mentions
// marked). Clicking a summary sentence shows it in the highlighted article.
import { $, scrolling, ui } from "./dom.js";
import { markMentionsAgain, updateMentionNav } from "./entities.js";
import { fullText } from "./render.js";
import { LARGE_ARTICLE, state } from "./state.js";
import { saveSettings } from "./store.js";

/** How much context the highlighted view of a large article shows around each summary sentence. */
const CONTEXT_CHARS = 500;

/** Shows `view` ("read" or "edit"), and keeps it for the next visit. */
export function setView(view) {
  const { settings, article } = state;
  settings.view = view === "read" ? "read" : "edit";
  saveSettings(settings);
  for (const radio of document.querySelectorAll("input[name=view]")) radio.checked = radio.value === settings.view;
  ui.article.hidden = settings.view === "read" || article.large !== null;
  $("large").hidden = settings.view === "read" || article.large === null;
  ui.fulltext.hidden = settings.view !== "read";
  document.body.dataset.view = settings.view;
  if (settings.view === "read") renderFulltext();
  updateMentionNav();
}

/** The summary changed: redraw the highlighted article now if it shows, else when it is next shown. */
export function summaryChanged() {
  state.summary.fulltextStale = true;
  if (state.settings.view === "read") renderFulltext();
}

/** Draws the highlighted article, if it is out of date. */
function renderFulltext() {
  if (!state.summary.fulltextStale) return;
  const { current } = state.summary;
  if (current) fullText(ui.fulltext, current.text, current.result, current.marks, current.text.length > LARGE_ARTICLE ? CONTEXT_CHARS : 0);
  else ui.fulltext.replaceChildren();
  state.summary.fulltextStale = false;
  markMentionsAgain();
}

/** Shows summary sentence `index` (its index among all sentences) in the highlighted article. */
function showSentence(index) {
  setView("read");
  for (const s of ui.fulltext.querySelectorAll(".sent.current")) s.classList.remove("current");
  const target = document.getElementById(`sent-${index}`);
  if (!target) return;
  target.classList.add("current");
  target.scrollIntoView({ block: "center", behavior: scrolling() });
  target.focus({ preventScroll: true });
}

/** The view switch, and summary sentences as links into the highlighted article. */
export function setupView() {
  $("view").addEventListener("change", (e) => setView(e.target.value));
  ui.summary.addEventListener("click", (e) => {
    if (window.getSelection()?.toString()) return; // selecting text, not jumping
    const li = e.target.closest("li");
    if (li) showSentence(li.dataset.index);
  });
  ui.summary.addEventListener("keydown", (e) => {
    const li = e.target.closest("li");
    if (li && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      showSentence(li.dataset.index);
    }
  });
}
