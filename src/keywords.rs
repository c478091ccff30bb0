//! Keywords: the key phrases of the document.

use crate::text::Document;
use crate::Keyword;

/// The key phrases of `doc`, best first.
pub(crate) fn extract(doc: &Document<'_>, eligible: &[bool]) -> Vec<Keyword> {
    let _ = (doc, eligible);
    Vec::new()
}
