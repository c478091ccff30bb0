// The one message between the content script and the background:
//   content.js ─▶ { type: SUMMARIZE, text, options }
//   background.js ─▶ { result } (the core's result) or { error: { code, message } }
// Messages carry JSON only, so errors travel as plain data.

/** The type of content.js's request for a summary. */
export const SUMMARIZE = "nutgraf:summarize";
