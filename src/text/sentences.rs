//! Sentence splitting: UAX#29 sentence boundaries (unicode-segmentation),
//! corrected for what news text needs.
//!
//! Every line is split on its own, so a line without closing punctuation (a
//! headline, a list item, a tag line) is its own unit. Inside a line, UAX#29
//! breaks are undone after abbreviations, titles and initials.

use unicode_segmentation::UnicodeSegmentation;

use crate::Span;

/// Abbreviations after which a full stop does not end a sentence
/// (lower case, without the final dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "gov", "sen", "rep", "col",
    "lt", "sgt", "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "messrs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "etc", "e.g", "i.e", "cf", "al", "approx", "inc", "ltd", "co", "corp", "u.s", "u.k",
    "u.n", "e.u", "a.m", "p.m", "fig", "vol", "pp", "ave", "blvd", "rd", "dept", "est", "univ",
];

/// Splits `text` into sentence spans (byte offsets, whitespace trimmed, in
/// order, non-overlapping). Empty or whitespace-only text gives no span.
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        split_line(text, line_start, line_start + line.len(), &mut out);
        line_start += line.len();
    }
    out
}

/// Splits the line `text[start..end]` and pushes its sentences.
fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let line = &text[start..end];
    let mut pending: Option<Span> = None;
    for (offset, piece) in line.split_sentence_bound_indices() {
        let Some(span) = trim(text, start + offset, start + offset + piece.len()) else {
            continue;
        };
        pending = Some(match pending {
            Some(prev) if continues(&text[prev.start..prev.end], &text[span.start..span.end]) => {
                Span {
                    start: prev.start,
                    end: span.end,
                }
            }
            Some(prev) => {
                out.push(prev);
                span
            }
            None => span,
        });
    }
    out.extend(pending);
}

/// Whether `next` continues the sentence `prev` although UAX#29 broke there.
fn continues(prev: &str, next: &str) -> bool {
    let Some(before_dot) = prev.strip_suffix('.') else {
        return false;
    };
    let last = before_dot
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = last.to_lowercase();
    let initial = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    let starts_lower = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    initial || ABBREVIATIONS.contains(&lower.as_str()) || starts_lower
}

/// `text[start..end]` without surrounding whitespace, or `None` if blank.
fn trim(text: &str, start: usize, end: usize) -> Option<Span> {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        None
    } else {
        Some(Span {
            start: start + lead,
            end: start + lead + trimmed.len(),
        })
    }
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

    #[test]
    fn titles_and_initials() {
        assert_eq!(
            texts("Mr. Hun met Dr. Smith. J. R. R. Tolkien wrote it."),
            ["Mr. Hun met Dr. Smith.", "J. R. R. Tolkien wrote it."]
        );
    }

    #[test]
    fn headline_lines_stand_alone() {
        assert_eq!(
            texts("Big news today\nThe minister spoke. He left."),
            ["Big news today", "The minister spoke.", "He left."]
        );
    }
}
