// The extension's background: a service worker in Chromium, an event page in
// Firefox (manifest.json lists both). It owns the wasm: the core runs here,
// under the extension's own CSP ('wasm-unsafe-eval'), so that a page whose CSP
// forbids WebAssembly still gets its summary. The content script (content.js)
// extracts the article and draws the panel; it asks here for each summary.
//
//   toolbar button, its shortcut  ─▶ summarizePage(tab)      ─▶ content.js run("page")
//   context menu on a selection   ─▶ summarizeSelection(tab) ─▶ content.js run("selection")
//   content.js's SUMMARIZE message (protocol.js) ─▶ the core's result, or its error as data
//
// Both entry points are user gestures, which grant `activeTab`: no host permissions.
import { init, summarize } from "nutgraf";
import { SUMMARIZE } from "./protocol.js";

const api = globalThis.browser ?? globalThis.chrome;
/** The content script's file in the extension (scripts/bookmarklet.mjs builds it). */
const CONTENT_SCRIPT = "content.js";
/** The wasm in the extension's own files (the size-optimised build, as the bookmarklet's). */
const WASM = "nutgraf_bg.wasm";
const MENU_ID = "nutgraf-selection";

api.runtime.onInstalled.addListener(() => {
  api.contextMenus.create({ id: MENU_ID, title: "Summarize the selection with nutgraf", contexts: ["selection"] });
});
api.action.onClicked.addListener((tab) => void summarizePage(tab));
api.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID) void summarizeSelection(tab);
});
api.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type !== SUMMARIZE || sender.id !== api.runtime.id) return false;
  answer(message).then(reply);
  return true; // the reply comes later
});

/** What the toolbar button and its shortcut do: the panel for the page, or closes it. */
export function summarizePage(tab) {
  return run(tab, "page");
}

/** What the context-menu entry does: the panel for the selected text. */
export function summarizeSelection(tab) {
  return run(tab, "selection");
}

/** Injects the content script once per page, then runs it in `mode`. */
async function run(tab, mode) {
  const target = { tabId: tab.id };
  try {
    const [probe] = await api.scripting.executeScript({ target, func: () => typeof globalThis.__nutgrafRun === "function" });
    if (!probe?.result) await api.scripting.executeScript({ target, files: [CONTENT_SCRIPT] });
    await api.scripting.executeScript({ target, func: (m) => globalThis.__nutgrafRun(m), args: [mode] });
    await clearBadge(tab.id);
  } catch (error) {
    // Pages no extension may script (the browser's own pages, the web store): say so on the button.
    await api.action.setBadgeText({ tabId: tab.id, text: "!" });
    await api.action.setTitle({ tabId: tab.id, title: `nutgraf cannot run on this page (${error?.message ?? error})` });
  }
}

/** Takes back a "!" left by an earlier failure on this tab (a page it could not script before it navigated). */
async function clearBadge(tabId) {
  if (!(await api.action.getBadgeText({ tabId }))) return;
  await api.action.setBadgeText({ tabId, text: "" });
  await api.action.setTitle({ tabId, title: api.runtime.getManifest().action.default_title });
}

/** A summary for content.js, or the core's error as plain data (messages carry JSON only). */
async function answer({ text, options }) {
  try {
    await init(api.runtime.getURL(WASM));
    // No language's entity data: the wasm (the bookmarklet's) has none, and the extension fetches
    // none (README, "Language data on demand": it may not run a core fetched from a server).
    return { result: summarize(text, options) };
  } catch (error) {
    return { error: { code: error?.code ?? "INTERNAL", message: String(error?.message ?? error) } };
  }
}

// For the tests (tests/browser/extension.test.mjs), which call what a click calls.
globalThis.nutgraf = { summarizePage, summarizeSelection };
