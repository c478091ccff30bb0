// Summarizing (in a Web Worker, through runner.js) and showing the result: the
// title, the summary sentences, the counts, the chips, the copy buttons; and the
// progress indication while the worker reads a long article.
import { copy, markdown, plainText } from "./copy.js";
import { $, debounce, say, ui } from "./dom.js";
import { keepActiveEntity, renderEntityChips } from "./entities.js";
import { characters, duration, el, keywordChips, mentionIndex, number, readingTime, summaryItems } from "./render.js";
import { Runner } from "./runner.js";
import { fillLanguages, showDetectedLanguage, summaryOptions } from "./settings.js";
import { articleText, LARGE_ARTICLE, state } from "./state.js";
import { summaryChanged } from "./view.js";

/** Typing waits this long for a pause before the summary follows. */
const TEXT_DEBOUNCE_MS = 150;
/** A summary quicker than this shows no progress bar (no flicker on every keystroke)... */
const PROGRESS_DELAY_MS = 120;
/** ...and one slower than this much more says what is going on. */
const SLOW_NOTE_MS = 1500;
/** How many keyword chips show. */
const KEYWORD_LIMIT = 12;

const BASE_TITLE = document.title;

const runner = new Runner({
  onBusy: showProgress,
  onReady: ({ languages }) => fillLanguages(languages),
  onResult({ result, error, text, ms, worker }) {
    if (error) showError(error);
    else render(text, result);
    // For tests and tools: how long the worker took, which worker it was, and what came back.
    const detail = {
      ms,
      worker,
      chars: text.length,
      error: error ?? null,
      language: result?.language ?? null,
      sentences: result?.sentences.length ?? 0,
      entities: result?.entities.length ?? 0,
      mentions: result?.entities.map((e) => e.mentions.length) ?? [],
    };
    document.dispatchEvent(new CustomEvent("nutgraf:rendered", { detail }));
  },
});

/** Summarizes the article now (an empty article shows the invitation instead). */
export function update() {
  updateSoon.cancel();
  const text = articleText();
  if (text.trim() === "") {
    runner.cancel();
    showEmpty();
    return;
  }
  runner.run(text, summaryOptions());
}

/** Summarizes the article once typing pauses. */
export const updateSoon = debounce(update, TEXT_DEBOUNCE_MS);

// ---- progress -------------------------------------------------------------

/** Timers of the progress indication of the run in progress. */
const progress = { timers: [], ticker: null };

/**
 * The progress bar and note while the worker runs (`busy`) on `chars` characters. A large
 * article shows them at once, with the seconds counted; a short one only if it turns out slow.
 */
function showProgress(busy, chars = 0) {
  for (const t of progress.timers) clearTimeout(t);
  clearInterval(progress.ticker);
  progress.timers = [];
  ui.summaryBox.setAttribute("aria-busy", String(busy));
  document.body.dataset.busy = String(busy);
  ui.busyNote.textContent = "";
  ui.progress.hidden = true;
  if (!busy) return;
  const started = performance.now();
  const note = () => {
    const secs = Math.round((performance.now() - started) / 1000);
    ui.busyNote.textContent = `Reading ${characters(chars)}…${secs >= 1 ? ` ${secs} s so far.` : ""} You can keep working meanwhile.`;
  };
  const showBar = () => (ui.progress.hidden = false);
  const startNote = () => {
    note();
    progress.ticker = setInterval(note, 1000);
  };
  if (chars > LARGE_ARTICLE) {
    showBar();
    startNote();
    return;
  }
  progress.timers.push(setTimeout(showBar, PROGRESS_DELAY_MS), setTimeout(startNote, PROGRESS_DELAY_MS + SLOW_NOTE_MS));
}

// ---- the result -------------------------------------------------------------

function render(text, result) {
  const marks = mentionIndex(result);
  state.summary.current = { text, result, marks };
  document.body.dataset.state = "ready";
  ui.status.textContent = result.sentences.length ? "" : "No sentence to pick in this text: it needs at least one full sentence.";
  ui.status.className = "status";
  ui.title.hidden = !result.title;
  ui.title.textContent = result.title ?? "";
  document.title = result.title ? `${result.title} — nutgraf` : BASE_TITLE;
  // The language the core read the text as, for screen readers and hyphenation.
  for (const node of [ui.title, ui.summary, ui.fulltext]) node.lang = result.language ?? "";
  ui.summary.replaceChildren(...summaryItems(text, result, marks));
  showDetectedLanguage(result.language);
  renderStats(result.stats);
  renderEntityChips(result);
  ui.keywords.replaceChildren(...keywordChips(result, KEYWORD_LIMIT));
  $("keywords-box").hidden = result.keywords.length === 0;
  summaryChanged();
  $("copy-text").disabled = $("copy-md").disabled = result.sentences.length === 0;
  keepActiveEntity();
}

function renderStats({ words, summaryWords }) {
  const cell = (id, main, sub) => $(id).replaceChildren(el("strong", { text: main }), " ", el("span", { text: sub }));
  cell("stat-article", `${number(words)} words`, readingTime(words));
  cell("stat-summary", `${number(summaryWords)} words`, readingTime(summaryWords));
  const saved = words > 0 ? Math.max(0, Math.round((1 - summaryWords / words) * 100)) : 0;
  cell("stat-saved", `${saved}%`, `${duration(words - summaryWords)} less`);
  ui.stats.hidden = false;
}

/** No summary to show: the article is empty or cannot be summarized (`pageState`: "empty" or "error"). */
function clearSummary(pageState, message, className) {
  state.summary.current = null;
  document.title = BASE_TITLE;
  document.body.dataset.state = pageState;
  ui.title.hidden = true;
  ui.summary.replaceChildren();
  ui.status.textContent = message;
  ui.status.className = className;
  ui.stats.hidden = true;
  $("entities-box").hidden = $("keywords-box").hidden = $("legend").hidden = true;
  $("copy-text").disabled = $("copy-md").disabled = true;
  summaryChanged();
}

function showEmpty() {
  clearSummary("empty", "Paste an article, drop a file, or try the sample: its gist appears here.", "status empty");
}

function showError(error) {
  if (error.code === "EMPTY_INPUT") return showEmpty();
  clearSummary("error", error.message ? `Cannot summarize this: ${error.message}` : "Cannot summarize this text.", "status error");
}

// ---- copy -------------------------------------------------------------------

/** Copies `make()`'s text, and says so on `button` for a moment. */
async function copyAs(button, make) {
  if (!state.summary.current) return;
  const ok = await copy(make(state.summary.current));
  const label = button.dataset.label ?? (button.dataset.label = button.textContent);
  button.textContent = ok ? "Copied ✓" : "Copy failed";
  say(ok ? "Summary copied." : "Could not copy the summary.");
  setTimeout(() => (button.textContent = label), 1500);
}

/** The copy buttons. */
export function setupSummary() {
  $("copy-text").addEventListener("click", (e) => copyAs(e.currentTarget, ({ text, result }) => plainText(text, result)));
  $("copy-md").addEventListener("click", (e) =>
    copyAs(e.currentTarget, ({ text, result, marks }) => {
      const { source } = state.article;
      return markdown(text, result, marks, /^https?:\/\//.test(source ?? "") ? source : null);
    }),
  );
}
