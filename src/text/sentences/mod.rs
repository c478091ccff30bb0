//! Sentence splitting for articles as people paste them from web pages.
//!
//! [`split`] cuts a text into *units*: sentences, plus lines that stand on
//! their own (headlines, list items, tag lines). It runs in four steps, one
//! module each, each linear in the length of the text:
//!
//! 1. **Lines and paragraphs** (`lines`). A blank line always ends a unit. Inside a
//!    paragraph a line break is *hard* (a unit ends there) unless the text
//!    looks hard-wrapped (e-mail, Project Gutenberg), in which case it is
//!    *soft* and counts as a space. See [`DEFAULT_MIN_WRAP_WIDTH`].
//! 2. **Candidate boundaries** (`boundaries`). Each line is split with the UAX #29 sentence
//!    rules of `unicode-segmentation` (`uax29` runs the engine only around the characters
//!    that may end a sentence). They already keep decimals (`3.5%`,
//!    `14.372,4`), closing quotes (`“He left.” She said`), lower-case
//!    continuations (`e.g. the`) and CJK full stops (`。！？`) right. Three
//!    boundaries UAX #29 misses are added: an ellipsis `…` before a capital,
//!    a full stop before a number (`he said. "2005 will`) and a full stop
//!    with no space before a capitalised word (`$10.9bn.For the year`).
//! 3. **Joins** (`joins`). A boundary is undone where UAX #29 is wrong for news:
//!    after titles and abbreviations (`Mr.`, `z.B.`, `Nov. 22`), initials
//!    (`J. R. R. Tolkien`), list markers (`1. Item`), inside URLs and e-mail
//!    addresses, before a lower-case word after `?` or `!`
//!    (`“Why?” she asked`), and before closing guillemets set off by a space
//!    (`« C'est fini. »`). Abbreviations that may end a sentence (`U.S.`,
//!    `St.`, initials) end it only before a sentence opener (`The`, `He`,
//!    `Er`, a quotation mark).
//! 4. **Bounds** (`bounds`). A unit longer than [`DEFAULT_MAX_UNIT_BYTES`] is cut,
//!    preferably after a clause, else between words, else between
//!    characters, never inside a character and never inside the grapheme
//!    clusters that occur in practice (see `bounds::may_cut`).
//!
//! The word lists and character classes the rules consult (abbreviations,
//! sentence openers, quotes and terminators) are in `lexicon`. Steps 2 and
//! 3 run together: each piece is joined as soon as it is found.
//!
//! Every decision looks at a bounded window around a boundary, so the whole
//! pass stays linear and allocates only the output and per-paragraph
//! bookkeeping.

mod boundaries;
mod bounds;
mod joins;
mod lexicon;
mod lines;
mod uax29;

use joins::Units;

use crate::Span;

/// Longest unit, in bytes. A longer sentence (or a text without sentence
/// punctuation) is cut into pieces of at most this size.
pub const DEFAULT_MAX_UNIT_BYTES: usize = 1000;

/// Most words in the place name of a dateline (`RIO DE JANEIRO`).
pub const DEFAULT_DATELINE_WORDS: usize = 4;

/// Narrowest line width, in characters, that counts as hard-wrapped. A
/// line break is soft (a space) when the line before does not end a
/// sentence, the next line starts with a lower-case word, and the line
/// before is at least this wide or stops mid-phrase. A paragraph wrapped as
/// a whole (see [`DEFAULT_MIN_WRAPPED_LINES`]) is at least this wide too.
pub const DEFAULT_MIN_WRAP_WIDTH: usize = 30;

/// Widest paragraph, in characters per line, that can be hard-wrapped as a
/// whole. Wrapping tools use 60–80 columns; pasted web paragraphs are
/// single long lines.
pub const DEFAULT_MAX_WRAP_WIDTH: usize = 120;

/// Fewest lines for a paragraph to be recognised as hard-wrapped as a whole
/// (every line filled up to the width, so that the next line's first word
/// would not have fitted). Then every line break in it is soft.
pub const DEFAULT_MIN_WRAPPED_LINES: usize = 3;

/// How far (in bytes) the rules look before and after a boundary.
const LOOKAROUND: usize = 64;

/// A run of this many whitespace or closing characters starts a new UAX #29
/// window. It keeps the splitter linear: `unicode-segmentation` rescans
/// such runs after a full stop for every character in them.
const MAX_RUN: usize = 64;

/// Splits `text` into units (sentences, and lines that stand alone such as
/// headlines and list items) as byte spans: trimmed of whitespace, never
/// empty, in order and non-overlapping, with nothing but whitespace between
/// them. No unit is longer than `DEFAULT_MAX_UNIT_BYTES` (1,000 bytes) unless it has no
/// place to cut (in practice, a single grapheme cluster: a base character
/// and a long run of combining marks). Empty or whitespace-only text gives
/// no span.
///
/// ```
/// let text = "Mr. Hun met U.S. officials on Nov. 22. “We agreed.” He left.";
/// let units: Vec<&str> = nutgraf::split_sentences(text)
///     .iter()
///     .map(|s| &text[s.start..s.end])
///     .collect();
/// assert_eq!(
///     units,
///     ["Mr. Hun met U.S. officials on Nov. 22.", "“We agreed.”", "He left."]
/// );
/// ```
pub fn split(text: &str) -> Vec<Span> {
    let mut units = Units::new(text);
    // 1. Lines and paragraphs: the non-blank lines, each joined to the one
    //    before by a hard break (a unit ends) or a soft one (a space).
    let lines = lines::lines(text);
    for paragraph in lines::paragraphs(&lines) {
        for (line, join) in paragraph.iter().zip(lines::joins(text, paragraph)) {
            // 2. Candidate boundaries inside the line (UAX #29 and the ones
            //    it misses), each piece handed to step 3.
            // 3. Joins: a piece goes on the unit before it (`Mr. Hun`,
            //    `“Why?” she asked`) or starts a new one.
            boundaries::split_line(text, line, join, &mut units);
        }
    }
    // 4. Bounds: over-long units are cut into chunks.
    units
        .finish()
        .into_iter()
        .flat_map(|unit| bounds::chunks(text, unit))
        .collect()
}

// ---------------------------------------------------------------------------
// Windows of text, shared by the steps.

/// `text[start..end]` without surrounding whitespace, or `None` if blank.
fn trim(text: &str, start: usize, end: usize) -> Option<Span> {
    let s = &text[start..end];
    let trimmed = s.trim_start();
    let lead = s.len() - trimmed.len();
    let trimmed = trimmed.trim_end();
    (!trimmed.is_empty()).then(|| Span {
        start: start + lead,
        end: start + lead + trimmed.len(),
    })
}

/// The largest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or after `i`.
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The last [`LOOKAROUND`] bytes of `text[start..end]`.
fn tail(text: &str, start: usize, end: usize) -> &str {
    &text[ceil_boundary(text, end.saturating_sub(LOOKAROUND).max(start))..end]
}

/// The first [`LOOKAROUND`] bytes of `text[start..end]`.
fn head(text: &str, start: usize, end: usize) -> &str {
    &text[start..floor_boundary(text, (start + LOOKAROUND).min(end))]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn basics() {
        assert_eq!(
            texts("One here. Two there! Three?"),
            ["One here.", "Two there!", "Three?"]
        );
        assert!(texts("   \n\n ").is_empty());
    }
}
