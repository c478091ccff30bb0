//! Step 3: joining candidate pieces into units. A boundary is undone
//! where UAX #29 is wrong for news: after titles and abbreviations,
//! initials and list markers, inside URLs and e-mail addresses, before a
//! lower-case word after `?` or `!`; closing quotes set off by a space
//! move back to the sentence they close.

use super::lexicon::{
    classify, first_letter_is_lower, first_word, in_address, is_list_marker, is_time_zone,
    last_terminal, last_token, opens_sentence, starts_with_digit, starts_with_lower_word,
    Abbreviation, ORDINAL_CUES, ORDINAL_NOUNS, SENTENCE_OPENERS,
};
use super::{head, tail, trim};
use crate::Span;

/// How a piece of text is joined to the piece before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Join {
    /// A boundary found inside a line, by UAX #29 or one it misses (see
    /// `boundaries`).
    Inline,
    /// A soft line break or a long run of spaces: a boundary only if the
    /// text before ends with sentence punctuation.
    Soft,
    /// A hard line break or a paragraph break: always a boundary.
    Hard,
}

/// A unit being built.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    /// Whether it holds a letter or a digit.
    has_word: bool,
}

/// Collects pieces into units.
pub(super) struct Units<'a> {
    text: &'a str,
    out: Vec<Span>,
    pending: Option<Piece>,
    /// The strongest join seen since the last piece (blank pieces carry
    /// their join over).
    join: Join,
}

impl<'a> Units<'a> {
    /// No units yet, in `text`.
    pub(super) fn new(text: &'a str) -> Self {
        Units {
            text,
            out: Vec::new(),
            pending: None,
            join: Join::Hard,
        }
    }

    /// Adds the piece `text[start..end]`, joined to the previous one by
    /// `join`.
    pub(super) fn push(&mut self, start: usize, end: usize, join: Join) {
        self.join = strongest(self.join, join);
        let Some(span) = trim(self.text, start, end) else {
            return;
        };
        let next = Piece {
            start: span.start,
            end: span.end,
            has_word: self.text[span.start..span.end]
                .chars()
                .any(char::is_alphanumeric),
        };
        let join = std::mem::replace(&mut self.join, Join::Inline);
        self.pending = Some(match self.pending.take() {
            None => next,
            Some(prev) if continues(self.text, &prev, &next, join) => Piece {
                start: prev.start,
                end: next.end,
                has_word: prev.has_word || next.has_word,
            },
            Some(prev) => {
                let (prev, next) = move_closers(self.text, prev, next, join);
                let (prev, next) = move_openers(self.text, prev, next);
                self.emit(prev);
                next
            }
        });
    }

    /// Ends the current unit (pieces are trimmed, and so is the unit).
    fn emit(&mut self, unit: Piece) {
        self.out.push(Span {
            start: unit.start,
            end: unit.end,
        });
    }

    /// The units, in order (of any length: step 4 bounds them).
    pub(super) fn finish(mut self) -> Vec<Span> {
        if let Some(unit) = self.pending.take() {
            self.emit(unit);
        }
        self.out
    }
}

/// The stronger of two joins.
fn strongest(a: Join, b: Join) -> Join {
    match (a, b) {
        (Join::Hard, _) | (_, Join::Hard) => Join::Hard,
        (Join::Soft, _) | (_, Join::Soft) => Join::Soft,
        _ => Join::Inline,
    }
}

/// Whether `next` continues the unit `prev` across a candidate boundary.
fn continues(text: &str, prev: &Piece, next: &Piece, join: Join) -> bool {
    let before = tail(text, prev.start, prev.end);
    let after = head(text, next.start, next.end);
    match join {
        Join::Hard => return false,
        Join::Soft if last_terminal(before).is_none() => return true,
        _ => {}
    }
    if !prev.has_word || !next.has_word || is_list_marker(&text[prev.start..prev.end]) {
        return true;
    }
    let address = prev.end == next.start && in_address(before, after);
    match last_terminal(before) {
        Some('.') => address || period_continues(before, after, join),
        Some('?' | '!') => address || starts_with_lower_word(after),
        Some('…' | '‽') => starts_with_lower_word(after),
        Some('。' | '！' | '？') => {
            before.ends_with(&['」', '』'][..]) && after.starts_with(&['と', 'っ'][..])
        }
        _ => false,
    }
}

/// Whether the full stop ending `before` goes on into `after`.
fn period_continues(before: &str, after: &str, join: Join) -> bool {
    if join == Join::Soft && !starts_with_digit(after) && first_letter_is_lower(after) {
        return true; // UAX #29 rule SB8 (applied inside lines), minus numbers
    }
    let Some(body) = before.strip_suffix('.') else {
        return false; // closing quotes after the full stop
    };
    if body.ends_with(|c: char| c.is_ascii_digit()) && after.starts_with(is_ideograph) {
        // A list number inside Chinese or Japanese text (`；2.从人开始`):
        // their sentences end with `。`, not with a full stop.
        return true;
    }
    if body.ends_with('.') {
        return false; // an ellipsis before a capital
    }
    match classify(last_token(body)) {
        Abbreviation::NeverFinal => true,
        Abbreviation::MaybeFinal => !opens_sentence(after),
        Abbreviation::BeforeNumber => starts_with_digit(after),
        Abbreviation::Ordinal => ordinal_continues(body, after),
        Abbreviation::Time => is_time_zone(after),
        Abbreviation::Final | Abbreviation::None => false,
    }
}

/// Whether `c` is a CJK ideograph or kana.
fn is_ideograph(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
}

/// Whether the number ending `body` is an ordinal that goes on into
/// `after`: before a noun that takes ordinals (`3. Oktober`), or after a
/// German article or preposition and before a capitalised word that does
/// not open sentences (`am 10. Spieltag`, `zum 2. Mal`).
fn ordinal_continues(body: &str, after: &str) -> bool {
    let (word, rest) = first_word(after);
    if ORDINAL_NOUNS.contains(&word) {
        return true;
    }
    let before_number = body
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    let cue = before_number
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    ORDINAL_CUES.contains(&cue)
        && word.starts_with(char::is_uppercase)
        && after.starts_with(word)
        && !rest.starts_with('.')
        && !SENTENCE_OPENERS.contains(&word)
}

/// Moves closing quotes set off by a space at the start of `next`
/// (`… parti. » Elle` in French spacing) over to `prev`.
fn move_closers(text: &str, prev: Piece, next: Piece, join: Join) -> (Piece, Piece) {
    if join == Join::Hard {
        return (prev, next);
    }
    let after = head(text, next.start, next.end);
    let rest = after.trim_start_matches(&['»', '”', '’', '›', ')', ']', '）', '」', '』'][..]);
    let moved = after.len() - rest.len();
    if moved == 0 || !rest.starts_with(char::is_whitespace) {
        return (prev, next);
    }
    match trim(text, next.start + moved, next.end) {
        Some(span) => (
            Piece {
                end: next.start + moved,
                ..prev
            },
            Piece {
                start: span.start,
                ..next
            },
        ),
        None => (prev, next),
    }
}

/// Opening brackets and quotes that UAX #29 leaves at the end of a unit:
/// its rule SB9 counts them as closing punctuation, so in text without
/// spaces (`彼女は聞いた！「はい。」`) they go with the sentence before.
const OPENERS: &[char] = &['「', '『', '（', '【', '《', '〈', '“', '‘'];

/// Opening brackets in ASCII, which Chinese and Japanese text uses too
/// (`效果。(中新网)`): they move like [`OPENERS`] when the next unit starts
/// with an ideograph or kana, or the unit before ends with `。！？`.
const ASCII_OPENERS: &[char] = &['(', '['];

/// Closing quotes and brackets that may stand between a terminator and an
/// opener in Chinese and Japanese text (`他说：“好。”“不好。”`).
const CJK_CLOSERS: &[char] = &['”', '’', '」', '』', '）', '】', '》', '〉', ')', ']'];

/// Characters that end a sentence before an opener.
const TERMINATORS: &[char] = &['。', '！', '？', '.', '!', '?'];

/// The [`TERMINATORS`] of Chinese and Japanese.
const CJK_TERMINATORS: &[char] = &['。', '！', '？'];

/// Moves [`OPENERS`] that end `prev` right after its terminator over to
/// `next`, when `next` follows them directly. In Chinese and Japanese (the
/// next unit starts with an ideograph or kana, or this one ends with
/// `。！？`), [`ASCII_OPENERS`] move too, and so do openers after a
/// terminator and [`CJK_CLOSERS`] (`“好。”“不好。”`: the second quotation
/// opens the next sentence).
fn move_openers(text: &str, prev: Piece, next: Piece) -> (Piece, Piece) {
    if prev.end != next.start {
        return (prev, next);
    }
    // Every opener but the ASCII ones is outside ASCII: most units end in
    // a plain `.`.
    let last = text.as_bytes()[prev.end - 1];
    if last.is_ascii() && !ASCII_OPENERS.contains(&char::from(last)) {
        return (prev, next);
    }
    let before = tail(text, prev.start, prev.end);
    let any_opener = |c: char| OPENERS.contains(&c) || ASCII_OPENERS.contains(&c);
    let wide = before.trim_end_matches(any_opener);
    let quoted_end = |body: &str, ends: &[char]| body.trim_end_matches(CJK_CLOSERS).ends_with(ends);
    let cjk = text[next.start..].starts_with(is_ideograph) || quoted_end(wide, CJK_TERMINATORS);
    let body = if cjk {
        wide
    } else {
        before.trim_end_matches(OPENERS)
    };
    let moved = before.len() - body.len();
    let after_terminator = body.ends_with(TERMINATORS) || cjk && quoted_end(body, TERMINATORS);
    if moved == 0 || !after_terminator || body.is_empty() {
        return (prev, next);
    }
    (
        Piece {
            end: prev.end - moved,
            ..prev
        },
        Piece {
            start: next.start - moved,
            ..next
        },
    )
}
