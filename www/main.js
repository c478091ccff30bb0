// The page: takes an article in, asks the worker for its summary, renders the
// result. No NLP here: sentences, entities, keywords and counts come from the
// wasm core (worker.js). Article text only ever goes into textContent.
import { copy, markdown, plainText } from "./app/copy.js";
import { dropFilesOn } from "./app/dropzone.js";
import { fromFile, fromUrl, Refused } from "./app/load.js";
import { duration, el, entityChips, fullText, keywordChips, mentionIndex, number, readingTime, summaryItems } from "./app/render.js";
import { registerOffline } from "./app/offline.js";
import { Runner } from "./app/runner.js";
import { SAMPLE } from "./app/sample.js";
import { loadArticle, loadSettings, saveArticle, saveSettings } from "./app/store.js";
import * as bookmarklet from "./bookmarklet-link.js";

/** The hash the bookmarklet opens this page with (receive.js, FROM_BOOKMARKLET): only then is its receiver loaded. */
const FROM_BOOKMARKLET = "#from-bookmarklet";

const $ = (id) => document.getElementById(id);
const ui = {
  article: $("article"),
  fulltext: $("fulltext"),
  amount: $("amount"),
  amountValue: $("amount-value"),
  summary: $("summary"),
  summaryBox: $("summary-box"),
  title: $("title"),
  status: $("status"),
  progress: $("progress"),
  stats: $("stats"),
  entities: $("entities"),
  keywords: $("keywords"),
  loadStatus: $("load-status"),
  source: $("source"),
};

/** The slider for each unit of length: range, label, and the core option it sets. */
const UNITS = {
  sentences: { min: 1, max: 15, step: 1, label: (n) => `${n} sentence${n === 1 ? "" : "s"}`, option: (n) => ({ sentences: n }) },
  percent: { min: 5, max: 60, step: 5, label: (n) => `${n}% of the article`, option: (n) => ({ ratio: n / 100 }) },
  words: { min: 25, max: 500, step: 25, label: (n) => `about ${n} words`, option: (n) => ({ words: n }) },
};
const TEXT_DEBOUNCE_MS = 150;
const SAVE_DEBOUNCE_MS = 400;
const PROGRESS_DELAY_MS = 120;
const SLOW_NOTE_MS = 1500;
const CHIP_LIMIT = 12;
/**
 * Articles longer than this (UTF-16 units) are not put in the text box: laying out megabytes
 * in a <textarea> blocks the page for seconds. They are summarized in full, shown in part.
 */
const LARGE = 250_000;
/** How much of a large article is shown, and how much context around each summary sentence. */
const PREVIEW_CHARS = 4000;
const CONTEXT_CHARS = 500;

const BASE_TITLE = document.title;
const scrolling = () => (matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth");
const settings = loadSettings();
if (!(settings.unit in UNITS)) settings.unit = "sentences";
let source = null;
/** The last rendered summary: { text, result, marks }. */
let current = null;
let fulltextStale = true;
let activeEntity = null; // entity text, kept across edits
let showAllEntities = false;
/** The article when it is too large for the text box (see LARGE), else null. */
let large = null;
const articleText = () => large ?? ui.article.value;

// ---- summarizing --------------------------------------------------------

let progressTimer;
const runner = new Runner({
  onBusy(busy) {
    clearTimeout(progressTimer);
    ui.summaryBox.setAttribute("aria-busy", String(busy));
    document.body.dataset.busy = String(busy);
    $("busy-note").textContent = "";
    if (busy) {
      progressTimer = setTimeout(() => {
        ui.progress.hidden = false;
        progressTimer = setTimeout(() => {
          const size = articleText().length;
          $("busy-note").textContent = `Still reading ${size > 1e6 ? `${(size / 1e6).toFixed(1)} million` : number(size)} characters… You can keep working meanwhile.`;
        }, SLOW_NOTE_MS);
      }, PROGRESS_DELAY_MS);
    } else ui.progress.hidden = true;
  },
  onReady({ languages }) {
    fillLanguages(languages);
  },
  onResult({ result, error, text, ms }) {
    if (error) showError(error);
    else render(text, result);
    // For tests and tools: how long the worker took, and what came back.
    const entities = result?.entities ?? [];
    const detail = {
      ms,
      error: error ?? null,
      language: result?.language ?? null,
      sentences: result?.sentences.length ?? 0,
      entities: entities.length,
      mentions: entities.map((e) => e.mentions.length),
    };
    document.dispatchEvent(new CustomEvent("nutgraf:rendered", { detail }));
  },
});

function options() {
  const unit = UNITS[settings.unit];
  const language = settings.language && settings.language !== "auto" ? { language: settings.language } : {};
  return { ...unit.option(settings[settings.unit]), ...language };
}

function update() {
  clearTimeout(textTimer);
  const text = articleText();
  if (text.trim() === "") {
    runner.cancel();
    showEmpty();
    return;
  }
  runner.run(text, options());
}

let textTimer;
function updateSoon(delay = TEXT_DEBOUNCE_MS) {
  clearTimeout(textTimer);
  textTimer = setTimeout(update, delay);
}

// ---- rendering ----------------------------------------------------------

function render(text, result) {
  const marks = mentionIndex(result);
  current = { text, result, marks };
  document.body.dataset.state = "ready";
  ui.status.textContent = result.sentences.length ? "" : "No sentence to pick in this text: it needs at least one full sentence.";
  ui.status.className = "status";
  ui.title.hidden = !result.title;
  ui.title.textContent = result.title ?? "";
  document.title = result.title ? `${result.title} — nutgraf` : BASE_TITLE;
  // The language the core read the text as, for screen readers and hyphenation.
  for (const node of [ui.title, ui.summary, ui.fulltext]) node.lang = result.language ?? "";
  ui.summary.replaceChildren(...summaryItems(text, result, marks));
  $("language").options[0].textContent = result.language ? `Detect (${languageName(result.language)})` : "Detect";
  renderStats(result.stats);
  renderChips(result);
  fulltextStale = true;
  if (settings.view === "read") renderFulltext();
  $("copy-text").disabled = $("copy-md").disabled = result.sentences.length === 0;
  const index = activeEntity === null ? -1 : (result.entities ?? []).findIndex((e) => e.text === activeEntity);
  setActiveEntity(index < 0 ? null : index, { announce: false });
}

function renderStats(stats) {
  if (!stats) {
    ui.stats.hidden = true;
    return;
  }
  const { words, summaryWords } = stats;
  const cell = (id, main, sub) => $(id).replaceChildren(el("strong", { text: main }), " ", el("span", { text: sub }));
  cell("stat-article", `${number(words)} words`, readingTime(words));
  cell("stat-summary", `${number(summaryWords)} words`, readingTime(summaryWords));
  const saved = words > 0 ? Math.max(0, Math.round((1 - summaryWords / words) * 100)) : 0;
  cell("stat-saved", `${saved}%`, `${duration(words - summaryWords)} less`);
  ui.stats.hidden = false;
}

function renderChips(result) {
  const entities = result.entities ?? [];
  ui.entities.replaceChildren(...entityChips(result, showAllEntities ? entities.length : CHIP_LIMIT));
  $("entities-box").hidden = $("legend").hidden = entities.length === 0;
  const more = $("more-entities");
  more.hidden = entities.length <= CHIP_LIMIT;
  more.textContent = showAllEntities ? "Show fewer" : `Show all ${entities.length}`;
  ui.keywords.replaceChildren(...keywordChips(result, CHIP_LIMIT));
  $("keywords-box").hidden = (result.keywords ?? []).length === 0;
}

function renderFulltext() {
  if (!fulltextStale) return;
  if (current) fullText(ui.fulltext, current.text, current.result, current.marks, current.text.length > LARGE ? CONTEXT_CHARS : 0);
  else ui.fulltext.replaceChildren();
  fulltextStale = false;
  if (activeEntity !== null) highlightEntity(current?.result.entities.findIndex((e) => e.text === activeEntity) ?? -1);
  mentionAt = -1;
  updateMentionNav();
}

/** No summary to show: the article is empty (`message` null) or cannot be summarized. */
function clearSummary(state, message, className) {
  current = null;
  document.title = BASE_TITLE;
  document.body.dataset.state = state;
  ui.title.hidden = true;
  ui.summary.replaceChildren();
  ui.status.textContent = message;
  ui.status.className = className;
  ui.stats.hidden = true;
  $("entities-box").hidden = $("keywords-box").hidden = $("legend").hidden = true;
  $("copy-text").disabled = $("copy-md").disabled = true;
  fulltextStale = true;
  if (settings.view === "read") renderFulltext();
}

function showEmpty() {
  clearSummary("empty", "Paste an article, drop a file, or try the sample: its gist appears here.", "status empty");
}

function showError(error) {
  if (error.code === "EMPTY_INPUT") return showEmpty();
  clearSummary("error", error.message ? `Cannot summarize this: ${error.message}` : "Cannot summarize this text.", "status error");
}

// ---- entities -----------------------------------------------------------

function highlightEntity(index) {
  for (const m of document.querySelectorAll("mark.on")) m.classList.remove("on");
  if (index < 0) return [];
  const marks = [...document.querySelectorAll(`mark[data-entity="${index}"]`)];
  for (const m of marks) m.classList.add("on");
  return marks;
}

function setActiveEntity(index, { announce = true } = {}) {
  const entity = index === null ? null : current?.result.entities[index];
  activeEntity = entity ? entity.text : null;
  for (const chip of ui.entities.querySelectorAll(".chip")) {
    chip.setAttribute("aria-pressed", String(entity != null && Number(chip.dataset.entity) === index));
  }
  document.body.classList.toggle("entity-on", Boolean(entity));
  const marks = highlightEntity(entity ? index : -1);
  mentionAt = -1;
  updateMentionNav();
  if (!entity) return;
  const inSummary = marks.filter((m) => ui.summary.contains(m)).length;
  if (announce) {
    say(`${entity.text}: ${entity.count} mention${entity.count === 1 ? "" : "s"}, ${inSummary} in the summary.`);
    if (settings.view === "read") goToMention(0);
  }
}

// In the highlighted article: step through the active entity's mentions.
let mentionAt = -1;
const fulltextMentions = () => [...ui.fulltext.querySelectorAll("mark.on")];

function updateMentionNav() {
  const marks = settings.view === "read" && activeEntity !== null ? fulltextMentions() : [];
  $("mention-nav").hidden = marks.length === 0;
  if (!marks.length) return;
  const where = mentionAt >= 0 ? `mention ${mentionAt + 1} of ${marks.length}` : `${marks.length} mention${marks.length === 1 ? "" : "s"}`;
  $("mention-label").textContent = `${activeEntity}: ${where}`;
}

function goToMention(n) {
  const marks = fulltextMentions();
  if (!marks.length) return;
  mentionAt = (n + marks.length) % marks.length;
  for (const m of ui.fulltext.querySelectorAll("mark.here")) m.classList.remove("here");
  marks[mentionAt].classList.add("here");
  marks[mentionAt].scrollIntoView({ block: "center", behavior: scrolling() });
  updateMentionNav();
}

$("mention-next").addEventListener("click", () => goToMention(mentionAt + 1));
$("mention-prev").addEventListener("click", () => goToMention(mentionAt - 1));

ui.entities.addEventListener("click", (e) => {
  const chip = e.target.closest(".chip");
  if (!chip) return;
  const index = Number(chip.dataset.entity);
  setActiveEntity(chip.getAttribute("aria-pressed") === "true" ? null : index);
});

// Escape lets go of a highlighted entity.
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && activeEntity !== null && !e.target.matches?.("textarea, input[type=url], input[type=text]")) setActiveEntity(null);
});

$("more-entities").addEventListener("click", () => {
  showAllEntities = !showAllEntities;
  if (current) renderChips(current.result);
  setActiveEntity(activeEntity === null ? null : current.result.entities.findIndex((e) => e.text === activeEntity), { announce: false });
});

// ---- summary sentences → the article -------------------------------------

function showSentence(index) {
  setView("read");
  renderFulltext();
  for (const s of ui.fulltext.querySelectorAll(".sent.current")) s.classList.remove("current");
  const target = document.getElementById(`sent-${index}`);
  if (!target) return;
  target.classList.add("current");
  target.scrollIntoView({ block: "center", behavior: scrolling() });
  target.focus({ preventScroll: true });
}

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

// ---- view: edit or highlighted -------------------------------------------

function setView(view) {
  settings.view = view === "read" ? "read" : "edit";
  saveSettings(settings);
  for (const radio of document.querySelectorAll("input[name=view]")) radio.checked = radio.value === settings.view;
  ui.article.hidden = settings.view === "read" || large !== null;
  $("large").hidden = settings.view === "read" || large === null;
  ui.fulltext.hidden = settings.view !== "read";
  document.body.dataset.view = settings.view;
  if (settings.view === "read") renderFulltext();
  updateMentionNav();
}

$("view").addEventListener("change", (e) => setView(e.target.value));

// ---- length -------------------------------------------------------------

function syncSlider() {
  const unit = UNITS[settings.unit];
  const value = Math.min(unit.max, Math.max(unit.min, Number(settings[settings.unit]) || unit.min));
  settings[settings.unit] = value;
  Object.assign(ui.amount, { min: unit.min, max: unit.max, step: unit.step });
  ui.amount.value = value;
  ui.amount.setAttribute("aria-valuetext", unit.label(value));
  ui.amountValue.textContent = unit.label(value);
  for (const radio of document.querySelectorAll("input[name=unit]")) radio.checked = radio.value === settings.unit;
}

$("length").addEventListener("change", (e) => {
  if (e.target.name !== "unit") return;
  settings.unit = e.target.value;
  syncSlider();
  saveSettings(settings);
  update();
});
ui.amount.addEventListener("input", () => {
  settings[settings.unit] = Number(ui.amount.value);
  syncSlider();
  saveSettings(settings);
  update();
});

// ---- language -------------------------------------------------------------

const names = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "language" }) : null;
function languageName(code) {
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The languages the core knows, by name, once a worker has reported them. */
function fillLanguages(codes) {
  const select = $("language");
  if (select.options.length > 1) return;
  const sorted = [...codes].sort((a, b) => languageName(a).localeCompare(languageName(b)));
  select.append(...sorted.map((code) => el("option", { value: code, text: languageName(code) })));
  select.value = codes.includes(settings.language) ? settings.language : "auto";
}

$("language").addEventListener("change", (e) => {
  settings.language = e.target.value;
  saveSettings(settings);
  update();
});

// ---- the article: typing, saving, loading --------------------------------

let saveTimer;
function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    const kept = saveArticle(articleText(), source);
    $("article-meta").textContent = kept ? "" : "This article is too large to keep after a reload.";
  }, SAVE_DEBOUNCE_MS);
}

ui.article.addEventListener("input", (e) => {
  if (ui.article.value.trim() === "") setSource(null);
  // A paste or a drop is one complete edit: summarize at once. Typing waits for a pause.
  if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") update();
  else updateSoon();
  saveSoon();
});

function setSource(name) {
  source = name;
  ui.source.hidden = !name;
  ui.source.textContent = name ? `From ${name}` : "";
}

function setArticle(text, from) {
  if (text.length > LARGE) {
    large = text;
    ui.article.value = "";
    $("large-size").textContent = `This article is long: ${number(text.length)} characters.`;
    $("large-preview").textContent = `${text.slice(0, PREVIEW_CHARS)}${text.length > PREVIEW_CHARS ? " …" : ""}`;
  } else {
    large = null;
    ui.article.value = text;
  }
  setView(settings.view);
  setSource(from);
  saveSoon();
  update();
}

// A paste that would make the article too large for the text box goes around it.
ui.article.addEventListener("paste", (e) => {
  const pasted = e.clipboardData?.getData("text/plain") ?? "";
  const { selectionStart: a, selectionEnd: b, value } = ui.article;
  if (value.length - (b - a) + pasted.length <= LARGE) return;
  e.preventDefault();
  setArticle(value.slice(0, a) + pasted + value.slice(b), null);
});
// A paste anywhere else on the page (not in a field) replaces the article.
document.addEventListener("paste", (e) => {
  if (e.defaultPrevented || e.target.closest?.("input, textarea, [contenteditable]")) return;
  const pasted = e.clipboardData?.getData("text/plain") ?? "";
  if (!pasted.trim()) return;
  e.preventDefault();
  setArticle(pasted, null);
});
$("large-edit").addEventListener("click", () => {
  const text = large;
  large = null;
  ui.article.value = text ?? "";
  setView("edit");
  ui.article.focus();
});

let loadSeq = 0;
async function loadWith(what, task) {
  const seq = ++loadSeq;
  ui.loadStatus.className = "load-status";
  ui.loadStatus.textContent = `Loading ${what}…`;
  try {
    const { text, source: from } = await task();
    if (seq !== loadSeq) return;
    ui.loadStatus.textContent = "";
    setArticle(text, from);
  } catch (e) {
    if (seq !== loadSeq) return;
    ui.loadStatus.className = `load-status error${e instanceof Refused ? " refused" : ""}`;
    ui.loadStatus.textContent = e.message;
  }
}

function openFile(file) {
  loadWith(file.name, () => fromFile(file));
}

$("open-file").addEventListener("click", () => $("file").click());
$("file").addEventListener("change", (e) => {
  if (e.target.files[0]) openFile(e.target.files[0]);
  e.target.value = "";
});
$("url-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const value = $("url").value;
  if (value.trim()) loadWith(value.trim(), () => fromUrl(value));
});
$("load-sample").addEventListener("click", () => setArticle(SAMPLE, null));
$("clear").addEventListener("click", () => {
  const before = { text: articleText(), source };
  setArticle("", null);
  setView("edit");
  ui.article.focus();
  if (!before.text.trim()) return;
  // One step back, in case that was a mistake.
  const undo = el("button", { type: "button", class: "link", text: "Undo" });
  undo.addEventListener("click", () => {
    ui.loadStatus.textContent = "";
    setArticle(before.text, before.source);
  });
  ui.loadStatus.className = "load-status";
  ui.loadStatus.replaceChildren("Article cleared. ", undo);
});
ui.article.addEventListener("input", () => {
  if (ui.loadStatus.querySelector("button")) ui.loadStatus.replaceChildren();
});

dropFilesOn(window, $("drop"), openFile);

// ---- copy ---------------------------------------------------------------

async function copyAs(button, make) {
  if (!current) return;
  const ok = await copy(make());
  const label = button.dataset.label ?? (button.dataset.label = button.textContent);
  button.textContent = ok ? "Copied ✓" : "Copy failed";
  say(ok ? "Summary copied." : "Could not copy the summary.");
  setTimeout(() => (button.textContent = label), 1500);
}
$("copy-text").addEventListener("click", (e) => copyAs(e.currentTarget, () => plainText(current.text, current.result)));
$("copy-md").addEventListener("click", (e) =>
  copyAs(e.currentTarget, () => markdown(current.text, current.result, current.marks, /^https?:\/\//.test(source ?? "") ? source : null)),
);

// ---- announcements ------------------------------------------------------

const announcer = document.createElement("p");
announcer.className = "sr-only";
announcer.setAttribute("role", "status");
document.body.append(announcer);
function say(message) {
  announcer.textContent = message;
}

// ---- bookmarklet and articles handed over by it ---------------------------

function setupBookmarklet() {
  const link = $("nutgraf-bookmarklet");
  link.addEventListener("click", (e) => {
    e.preventDefault();
    $("bookmarklet-status").textContent = "Drag the button to your bookmarks bar; it works on other pages, not on this one.";
  });
  if (typeof bookmarklet.bookmarkletHref === "function") {
    link.href = bookmarklet.bookmarkletHref(location.origin);
  } else {
    link.setAttribute("aria-disabled", "true");
    $("bookmarklet-status").textContent = "The bookmarklet is not part of this build yet.";
  }
  if (location.hash !== FROM_BOOKMARKLET) return;
  ui.loadStatus.className = "load-status";
  ui.loadStatus.textContent = "Waiting for the article from the bookmarklet…";
  import("./receive.js").then((receive) => {
    if (typeof receive.listenForArticles !== "function") return;
    receive.listenForArticles(
      ({ title, text, url }) => {
        const body = (text ?? "").trim();
        const head = (title ?? "").trim();
        ui.loadStatus.textContent = "";
        setView("edit");
        setArticle(head && !body.startsWith(head) ? `${head}\n\n${body}` : body, url ?? null);
      },
      (error) => {
        const message = String(error?.message ?? error).replace(/^nutgraf:\s*/, "").replace(/[.\s]*$/, ".");
        ui.loadStatus.className = "load-status error";
        ui.loadStatus.textContent = message.charAt(0).toUpperCase() + message.slice(1);
      },
    );
  });
}

// ---- phones: "Summary ↓" while the summary is out of sight ---------------

new IntersectionObserver(([entry]) => {
  const pill = $("to-summary");
  pill.classList.toggle("away", !entry.isIntersecting);
  pill.textContent = entry.boundingClientRect.top < 0 ? "Summary ↑" : "Summary ↓";
}).observe(ui.summaryBox);

// ---- offline --------------------------------------------------------------

$("reload").addEventListener("click", () => location.reload());
function registerServiceWorker() {
  registerOffline({
    onUpdate: () => ($("update").hidden = false),
    onReady: () => (document.body.dataset.offline = "ready"),
  });
}

// ---- start --------------------------------------------------------------

const saved = loadArticle();
syncSlider();
setView(settings.view);
setArticle(saved ? saved.text : SAMPLE, saved ? saved.source : null);
if (saved?.tooLarge) {
  ui.loadStatus.className = "load-status";
  ui.loadStatus.textContent = `The last article${saved.source ? ` (${saved.source})` : ""} was too large to keep in this browser; paste or open it again.`;
}
setupBookmarklet();
registerServiceWorker();
