//! Step 1: lines, paragraphs and soft line breaks.
//!
//! A blank line ends a paragraph. Inside a paragraph a line break is soft
//! (a space inside a sentence) when the text looks hard-wrapped, or when a
//! line plainly runs on into the next; otherwise it is hard.

use super::joins::Join;
use super::lexicon::{
    classify, is_list_marker, last_terminal, last_token, starts_with_lower_word, Abbreviation,
};
use super::{head, tail, trim};
use super::{DEFAULT_MAX_WRAP_WIDTH, DEFAULT_MIN_WRAPPED_LINES, DEFAULT_MIN_WRAP_WIDTH};
use crate::text::scan;

/// A non-blank line.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line {
    /// Byte offset of the line start (indentation included).
    start: usize,
    /// Byte offset of the first non-whitespace character.
    pub(super) text_start: usize,
    /// Byte offset just past the last non-whitespace character.
    pub(super) end: usize,
    /// Whether a blank line, a paragraph separator or the start of the text
    /// comes before it.
    new_paragraph: bool,
}

/// Whether `c` ends a line (`\r\n` is handled by the caller).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The non-blank lines of `text`, each marked when it opens a paragraph.
pub(super) fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut new_paragraph = true;
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in line_breaks(text) {
        if c == '\n' && i > 0 && bytes[i - 1] == b'\r' {
            start = i + 1;
            continue;
        }
        push_line(text, start, i, &mut new_paragraph, &mut out);
        new_paragraph |= c == '\u{2029}';
        start = i + c.len_utf8();
    }
    push_line(text, start, text.len(), &mut new_paragraph, &mut out);
    out
}

/// The line breaks of `text` with their byte offsets: the ASCII ones, and
/// the characters whose UTF-8 starts with 0xC2 (NEL) or 0xE2 (the line and
/// paragraph separators). Eight bytes are skipped at once when none is
/// below 0x0E or outside ASCII ([`scan::find`]; testing every byte was 6 %
/// of a news article's analysis).
fn line_breaks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    // Bytes below 0x0E hold LF, VT, FF and CR (and a few more, such as
    // the tab: looked at, then passed over).
    const STARTS: scan::Needles = scan::Needles {
        bytes: &[0xC2, 0xE2],
        below: 0x0E,
        non_ascii: false,
    };
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let i = scan::find(bytes, from, &STARTS)?;
        from = i + 1;
        match text[i..].chars().next() {
            Some(c) if is_line_break(c) => return Some((i, c)),
            _ => continue,
        }
    })
}

/// Records the line `text[start..end]`, or a paragraph break if it is blank.
fn push_line(text: &str, start: usize, end: usize, new_paragraph: &mut bool, out: &mut Vec<Line>) {
    match trim(text, start, end) {
        Some(span) => {
            out.push(Line {
                start,
                text_start: span.start,
                end: span.end,
                new_paragraph: *new_paragraph,
            });
            *new_paragraph = false;
        }
        None => *new_paragraph = true,
    }
}

/// The paragraphs of `lines`: runs of lines, each opened by a line marked
/// `new_paragraph`.
pub(super) fn paragraphs(lines: &[Line]) -> impl Iterator<Item = &[Line]> {
    lines.chunk_by(|_, next| !next.new_paragraph)
}

/// How each line of `paragraph` is joined to the text before it: the first
/// by a hard break, the others by the break before them, soft or hard (see
/// [`soft_breaks`]).
pub(super) fn joins(text: &str, paragraph: &[Line]) -> impl Iterator<Item = Join> {
    let soft = soft_breaks(text, paragraph);
    std::iter::once(Join::Hard).chain(soft.into_iter().map(|soft| {
        if soft {
            Join::Soft
        } else {
            Join::Hard
        }
    }))
}

/// What decides whether the break after a line is soft.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// Characters from the line start (indentation included) to its end.
    width: usize,
    /// Characters in the first word.
    first_word: usize,
    /// Whether the line starts with a lower-case word.
    starts_lower: bool,
    /// Whether the line ends with sentence punctuation.
    ends_sentence: bool,
    /// Whether the line ends with a title or abbreviation that never ends a
    /// sentence (`Mr.`, `e.g.`), or is only a list marker (`A.`).
    ends_open: bool,
    /// Whether the line ends inside a phrase: with a lower-case word or
    /// with `,` `;` `:` or a dash.
    ends_mid_phrase: bool,
    /// Whether the line starts with a bullet or a list number.
    list_item: bool,
}

impl Shape {
    /// The shape of `line`.
    fn of(text: &str, line: &Line) -> Shape {
        let body = &text[line.text_start..line.end];
        let tail = tail(text, line.text_start, line.end);
        Shape {
            width: text[line.start..line.end].chars().count(),
            first_word: body
                .split(char::is_whitespace)
                .next()
                .map_or(0, |w| w.chars().count()),
            starts_lower: starts_with_lower_word(head(text, line.text_start, line.end)),
            ends_sentence: last_terminal(tail).is_some(),
            ends_open: is_list_marker(tail)
                || tail
                    .strip_suffix('.')
                    .is_some_and(|body| classify(last_token(body)) == Abbreviation::NeverFinal),
            ends_mid_phrase: ends_mid_phrase(tail),
            list_item: is_list_item(body),
        }
    }

    /// Whether a line of this shape, taken alone, runs on into `next`: it
    /// ends with `Mr.`, or it does not end a sentence, the next line starts
    /// in lower case, and it is either wide (wrapped) or stops mid-phrase
    /// (`The transit was a` / `very rare event`, as left by pages whose
    /// links or emphasis were put on lines of their own).
    fn runs_into(&self, next: &Shape) -> bool {
        let wide = self.width >= DEFAULT_MIN_WRAP_WIDTH;
        self.ends_open
            || (!self.ends_sentence && next.starts_lower && (wide || self.ends_mid_phrase))
    }
}

/// Whether the line ending `tail` stops inside a phrase: a lower-case last
/// word, or a comma, semicolon, colon or dash.
fn ends_mid_phrase(tail: &str) -> bool {
    let word = tail.rsplit(char::is_whitespace).next().unwrap_or("");
    let lower_word = word.ends_with(char::is_lowercase) && !word.chars().any(char::is_uppercase);
    lower_word || tail.ends_with(&[',', ';', ':', '-', '–', '—'][..])
}

/// For each line break in `paragraph`, whether it is soft (a space inside a
/// sentence) rather than hard (the end of a unit).
fn soft_breaks(text: &str, paragraph: &[Line]) -> Vec<bool> {
    if paragraph.len() < 2 {
        return Vec::new(); // no line break, no shape needed
    }
    let shapes: Vec<Shape> = paragraph.iter().map(|l| Shape::of(text, l)).collect();
    let wrapped_from = wrapped_from(&shapes);
    shapes
        .windows(2)
        .enumerate()
        .map(|(i, pair)| {
            let wrapped = wrapped_from.is_some_and(|from| i >= from);
            !pair[1].list_item && (wrapped || pair[0].runs_into(&pair[1]))
        })
        .collect()
}

/// The first line of the hard-wrapped part of a paragraph: all of it, or
/// all but a first line that stands alone (a headline or dateline).
fn wrapped_from(shapes: &[Shape]) -> Option<usize> {
    if is_wrapped(shapes) {
        Some(0)
    } else if shapes.len() > DEFAULT_MIN_WRAPPED_LINES && is_wrapped(&shapes[1..]) {
        Some(1)
    } else {
        None
    }
}

/// Whether a paragraph was hard-wrapped as a whole: enough lines, a
/// plausible width, every line but the last filled so that the next word
/// would not have fitted, and at least one line starting in lower case
/// (which a list of headlines never has).
fn is_wrapped(shapes: &[Shape]) -> bool {
    let width = shapes.iter().map(|s| s.width).max().unwrap_or(0);
    shapes.len() >= DEFAULT_MIN_WRAPPED_LINES
        && (DEFAULT_MIN_WRAP_WIDTH..=DEFAULT_MAX_WRAP_WIDTH).contains(&width)
        && shapes
            .windows(2)
            .all(|p| p[0].width + 1 + p[1].first_word > width)
        && shapes[1..].iter().any(|s| s.starts_lower)
        && !shapes.iter().any(|s| s.list_item)
}

/// Whether `line` starts like a list item: a bullet, or a number or letter
/// followed by `.` or `)`, then a space.
fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    let first = chars.next();
    if matches!(
        first,
        Some('-' | '*' | '+' | '•' | '·' | '–' | '—' | '▪' | '►' | '◦' | '‣')
    ) {
        return chars.next().is_some_and(char::is_whitespace);
    }
    let marker = line
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(line.len());
    let marker = match marker {
        0 => first
            .filter(|c| c.is_alphabetic())
            .map_or(0, char::len_utf8),
        n if n <= 3 => n,
        _ => 0,
    };
    marker > 0
        && line[marker..].starts_with(&['.', ')'][..])
        && line[marker + 1..].starts_with(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_are_found_by_byte() {
        let text = "a\r\nb\u{85}c\u{2028}d\u{2029}e\u{0B}f\u{0C}g\u{2026}\u{A3}h";
        let expected: Vec<(usize, char)> = text
            .char_indices()
            .filter(|&(_, c)| is_line_break(c))
            .collect();
        assert_eq!(line_breaks(text).collect::<Vec<_>>(), expected);
        assert_eq!(expected.len(), 7);
    }

    #[test]
    fn list_items() {
        let cases = [
            ("- apples", true),
            ("• pears", true),
            ("1. Item", true),
            ("12) Item", true),
            ("a. item", true),
            ("-5 degrees", false),
            ("2019. It", false),
            ("Item", false),
        ];
        for (line, expected) in cases {
            assert_eq!(is_list_item(line), expected, "{line}");
        }
    }
}
