// The article: typed or pasted into the text box, or loaded from a file, a dropped
// file, a URL or the sample; a large one shown in part; kept in localStorage.
import { dropFilesOn } from "./dropzone.js";
import { $, debounce, ui } from "./dom.js";
import { fromFile, fromUrl, Refused } from "./load.js";
import { el, number } from "./render.js";
import { SAMPLE } from "./sample.js";
import { articleText, LARGE_ARTICLE, state } from "./state.js";
import { saveArticle } from "./store.js";
import { update, updateSoon } from "./summary.js";
import { setView } from "./view.js";

/** Edits are kept in localStorage once they pause this long. */
const SAVE_DEBOUNCE_MS = 400;
/** How much of a large article the preview shows. */
const PREVIEW_CHARS = 4000;

const saveSoon = debounce(() => {
  const { source, title } = state.article;
  const kept = saveArticle({ text: articleText(), source, title });
  $("article-meta").textContent = kept ? "" : "This article is too large to keep after a reload.";
}, SAVE_DEBOUNCE_MS);

/** Where the article came from (a file name or URL) and its title; null for text of unknown origin. */
function setOrigin(source, title = null) {
  state.article.source = source;
  state.article.title = title;
  ui.source.hidden = !source;
  ui.source.textContent = source ? `From ${source}` : "";
}

/**
 * Makes `text` the article, from `source` (a file name or URL, or null) with a page's `title`
 * (or null), and summarizes it. A large article goes to the preview, not the text box.
 */
export function setArticle(text, { source = null, title = null } = {}) {
  if (text.length > LARGE_ARTICLE) {
    state.article.large = text;
    ui.article.value = "";
    $("large-size").textContent = `This article is long: ${number(text.length)} characters.`;
    $("large-preview").textContent = `${text.slice(0, PREVIEW_CHARS)}${text.length > PREVIEW_CHARS ? " …" : ""}`;
  } else {
    state.article.large = null;
    ui.article.value = text;
  }
  setView(state.settings.view);
  setOrigin(source, title);
  saveSoon();
  update();
}

/** Loads an article with `task()` (resolving to `{ text, title, source }`), saying what it loads. */
async function loadWith(what, task) {
  const seq = ++state.article.loads;
  ui.loadStatus.className = "load-status";
  ui.loadStatus.textContent = `Loading ${what}…`;
  try {
    const { text, title, source } = await task();
    if (seq !== state.article.loads) return;
    ui.loadStatus.textContent = "";
    setArticle(text, { source, title });
  } catch (e) {
    if (seq !== state.article.loads) return;
    ui.loadStatus.className = `load-status error${e instanceof Refused ? " refused" : ""}`;
    ui.loadStatus.textContent = e.message;
  }
}

const openFile = (file) => loadWith(file.name, () => fromFile(file));

/** Typing and pasting in the text box, and pastes elsewhere on the page. */
function setupTyping() {
  ui.article.addEventListener("input", (e) => {
    if (ui.article.value.trim() === "") setOrigin(null);
    if (ui.loadStatus.querySelector("button")) ui.loadStatus.replaceChildren(); // the Undo of a Clear
    // A paste or a drop is one complete edit: summarize at once. Typing waits for a pause.
    if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") update();
    else updateSoon();
    saveSoon();
  });
  ui.article.addEventListener("paste", (e) => {
    const pasted = e.clipboardData?.getData("text/plain") ?? "";
    const { selectionStart: a, selectionEnd: b, value } = ui.article;
    // A paste over the whole text is a new article: the old one's origin and title go.
    if (a === 0 && b === value.length) setOrigin(null);
    // A paste that would make the article too large for the text box goes around it.
    if (value.length - (b - a) + pasted.length <= LARGE_ARTICLE) return;
    e.preventDefault();
    setArticle(value.slice(0, a) + pasted + value.slice(b), { source: state.article.source, title: state.article.title });
  });
  // A paste anywhere else on the page (not in a field) replaces the article.
  document.addEventListener("paste", (e) => {
    if (e.defaultPrevented || e.target.closest?.("input, textarea, [contenteditable]")) return;
    const pasted = e.clipboardData?.getData("text/plain") ?? "";
    if (!pasted.trim()) return;
    e.preventDefault();
    setArticle(pasted);
  });
  $("large-edit").addEventListener("click", () => {
    ui.article.value = state.article.large ?? "";
    state.article.large = null;
    setView("edit");
    ui.article.focus();
  });
}

/** The file button, dropped files, "Load from URL", the sample and Clear (with its Undo). */
function setupLoading() {
  $("open-file").addEventListener("click", () => $("file").click());
  $("file").addEventListener("change", (e) => {
    if (e.target.files[0]) openFile(e.target.files[0]);
    e.target.value = "";
  });
  dropFilesOn(window, $("drop"), openFile);
  $("url-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const value = $("url").value.trim();
    if (value) loadWith(value, () => fromUrl(value));
  });
  $("load-sample").addEventListener("click", () => setArticle(SAMPLE));
  $("clear").addEventListener("click", () => {
    const before = { text: articleText(), source: state.article.source, title: state.article.title };
    setArticle("");
    setView("edit");
    ui.article.focus();
    if (!before.text.trim()) return;
    // One step back, in case that was a mistake.
    const undo = el("button", { type: "button", class: "link", text: "Undo" });
    undo.addEventListener("click", () => {
      ui.loadStatus.textContent = "";
      setArticle(before.text, before);
    });
    ui.loadStatus.className = "load-status";
    ui.loadStatus.replaceChildren("Article cleared. ", undo);
  });
}

/** The article's controls. */
export function setupArticle() {
  setupTyping();
  setupLoading();
}
