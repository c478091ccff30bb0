// The key entities: their chips, and one highlighted entity whose mentions are lit
// in the summary and in the highlighted article, where they can be stepped through.
import { $, say, scrolling, ui } from "./dom.js";
import { entityChips } from "./render.js";
import { state } from "./state.js";

/** How many entity chips show before "Show all". */
const CHIP_LIMIT = 12;

/** The entity chips of `result` (the first CHIP_LIMIT, or all) and their "Show all" toggle. */
export function renderEntityChips(result) {
  const entities = result.entities;
  ui.entities.replaceChildren(...entityChips(result, state.entity.showAll ? entities.length : CHIP_LIMIT));
  $("entities-box").hidden = $("legend").hidden = entities.length === 0;
  const more = $("more-entities");
  more.hidden = entities.length <= CHIP_LIMIT;
  more.textContent = state.entity.showAll ? "Show fewer" : `Show all ${entities.length}`;
}

/** Index of the highlighted entity in the current result, or -1. */
function activeIndex() {
  const { active } = state.entity;
  return active === null ? -1 : (state.summary.current?.result.entities.findIndex((e) => e.text === active) ?? -1);
}

/** Lights the marks of entity `index` (none for -1); returns them. */
function highlightEntity(index) {
  for (const m of document.querySelectorAll("mark.on")) m.classList.remove("on");
  if (index < 0) return [];
  const marks = [...document.querySelectorAll(`mark[data-entity="${index}"]`)];
  for (const m of marks) m.classList.add("on");
  return marks;
}

/** Highlights entity `index` of the current result (null: none); `announce` says so and, when reading, goes to its first mention. */
export function setActiveEntity(index, { announce = true } = {}) {
  const entity = index === null ? null : state.summary.current?.result.entities[index];
  state.entity.active = entity ? entity.text : null;
  for (const chip of ui.entities.querySelectorAll(".chip")) {
    chip.setAttribute("aria-pressed", String(entity != null && Number(chip.dataset.entity) === index));
  }
  document.body.classList.toggle("entity-on", Boolean(entity));
  const marks = highlightEntity(entity ? index : -1);
  state.entity.mentionAt = -1;
  updateMentionNav();
  if (!entity || !announce) return;
  const inSummary = marks.filter((m) => ui.summary.contains(m)).length;
  say(`${entity.text}: ${entity.count} mention${entity.count === 1 ? "" : "s"}, ${inSummary} in the summary.`);
  if (state.settings.view === "read") goToMention(0);
}

/** After a new result: the same entity stays highlighted if the result still has it. */
export function keepActiveEntity() {
  const index = activeIndex();
  setActiveEntity(index < 0 ? null : index, { announce: false });
}

/** After the highlighted article was redrawn: its marks of the highlighted entity lit, the stepper back at the start. */
export function markMentionsAgain() {
  if (state.entity.active !== null) highlightEntity(activeIndex());
  state.entity.mentionAt = -1;
  updateMentionNav();
}

const fulltextMentions = () => [...ui.fulltext.querySelectorAll("mark.on")];

/** Shows or hides the mention stepper of the highlighted article, with where it is. */
export function updateMentionNav() {
  const { active, mentionAt } = state.entity;
  const marks = state.settings.view === "read" && active !== null ? fulltextMentions() : [];
  $("mention-nav").hidden = marks.length === 0;
  if (!marks.length) return;
  const where = mentionAt >= 0 ? `mention ${mentionAt + 1} of ${marks.length}` : `${marks.length} mention${marks.length === 1 ? "" : "s"}`;
  $("mention-label").textContent = `${active}: ${where}`;
}

/** Scrolls the highlighted article to mention `n` (wrapping around) of the highlighted entity. */
function goToMention(n) {
  const marks = fulltextMentions();
  if (!marks.length) return;
  const at = (n + marks.length) % marks.length;
  state.entity.mentionAt = at;
  for (const m of ui.fulltext.querySelectorAll("mark.here")) m.classList.remove("here");
  marks[at].classList.add("here");
  marks[at].scrollIntoView({ block: "center", behavior: scrolling() });
  updateMentionNav();
}

/** The chips, the mention stepper, Escape, and "Show all". */
export function setupEntities() {
  $("mention-next").addEventListener("click", () => goToMention(state.entity.mentionAt + 1));
  $("mention-prev").addEventListener("click", () => goToMention(state.entity.mentionAt - 1));
  ui.entities.addEventListener("click", (e) => {
    const chip = e.target.closest(".chip");
    if (!chip) return;
    setActiveEntity(chip.getAttribute("aria-pressed") === "true" ? null : Number(chip.dataset.entity));
  });
  // Escape lets go of a highlighted entity.
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && state.entity.active !== null && !e.target.matches?.("textarea, input[type=url], input[type=text]")) setActiveEntity(null);
  });
  $("more-entities").addEventListener("click", () => {
    state.entity.showAll = !state.entity.showAll;
    const { current } = state.summary;
    if (!current) return;
    renderEntityChips(current.result);
    keepActiveEntity();
  });
}
