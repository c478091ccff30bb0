// The summary's settings: its length (in sentences, a share of the article, or
// words) and the article's language; and the options they give the core.
import { $, ui } from "./dom.js";
import { el, languageName } from "./render.js";
import { state } from "./state.js";
import { saveSettings } from "./store.js";

/** The slider for each unit of length: range, label, and the core option it sets. */
const UNITS = {
  sentences: { min: 1, max: 15, step: 1, label: (n) => `${n} sentence${n === 1 ? "" : "s"}`, option: (n) => ({ sentences: n }) },
  percent: { min: 5, max: 60, step: 5, label: (n) => `${n}% of the article`, option: (n) => ({ ratio: n / 100 }) },
  words: { min: 25, max: 500, step: 25, label: (n) => `about ${n} words`, option: (n) => ({ words: n }) },
};

/** The core's options: the length, the language unless detected, and a loaded page's title. */
export function summaryOptions() {
  const { settings, article } = state;
  return {
    ...UNITS[settings.unit].option(settings[settings.unit]),
    ...(settings.language && settings.language !== "auto" ? { language: settings.language } : {}),
    ...(article.title ? { title: article.title } : {}),
  };
}

/** Puts the slider in the current unit, at its value (clamped to the unit's range). */
function syncSlider() {
  const { settings } = state;
  const unit = UNITS[settings.unit];
  const value = Math.min(unit.max, Math.max(unit.min, Number(settings[settings.unit]) || unit.min));
  settings[settings.unit] = value;
  Object.assign(ui.amount, { min: unit.min, max: unit.max, step: unit.step });
  ui.amount.value = value;
  ui.amount.setAttribute("aria-valuetext", unit.label(value));
  ui.amountValue.textContent = unit.label(value);
  for (const radio of document.querySelectorAll("input[name=unit]")) radio.checked = radio.value === settings.unit;
}

/** The languages the core knows, by name, once a worker has reported them. */
export function fillLanguages(codes) {
  const select = ui.language;
  if (select.options.length > 1) return;
  const sorted = [...codes].sort((a, b) => languageName(a).localeCompare(languageName(b)));
  select.append(...sorted.map((code) => el("option", { value: code, text: languageName(code) })));
  select.value = codes.includes(state.settings.language) ? state.settings.language : "auto";
}

/** "Detect (German)": the language the core read the text as, or null. */
export function showDetectedLanguage(code) {
  ui.language.options[0].textContent = code ? `Detect (${languageName(code)})` : "Detect";
}

/** The length and language controls; `onChange()` after each change. */
export function setupSettings({ onChange }) {
  const { settings } = state;
  if (!(settings.unit in UNITS)) settings.unit = "sentences";
  syncSlider();
  const changed = () => {
    saveSettings(settings);
    onChange();
  };
  $("length").addEventListener("change", (e) => {
    if (e.target.name !== "unit") return;
    settings.unit = e.target.value;
    syncSlider();
    changed();
  });
  ui.amount.addEventListener("input", () => {
    settings[settings.unit] = Number(ui.amount.value);
    syncSlider();
    changed();
  });
  ui.language.addEventListener("change", (e) => {
    settings.language = e.target.value;
    changed();
  });
}
