//! Step 2: candidate boundaries inside a line: the UAX #29 sentence
//! boundaries of `unicode-segmentation`, and the ones it misses in news
//! text (datelines, an ellipsis before a capital, a full stop before a
//! number or glued to the next sentence).

use super::joins::{Join, Units};
use super::lexicon::{classify, in_address, is_closer, is_opener, last_token, Abbreviation};
use super::lines::Line;
use super::uax29;
use super::{head, tail, DEFAULT_DATELINE_WORDS, MAX_RUN};
use crate::text::scan;

/// Splits one line into candidate pieces and hands them to `units`. The
/// first piece is joined to what came before by `join`.
pub(super) fn split_line(text: &str, line: &Line, join: Join, units: &mut Units) {
    let mut join = join;
    let mut from = line.text_start;
    while from < line.end {
        let to = window_end(text, from, line.end);
        split_window(text, from, to, join, units);
        join = Join::Soft;
        from = to;
    }
}

/// Where the UAX #29 window starting at `from` ends: after [`MAX_RUN`]
/// whitespace or closing characters in a row, or at `end`.
///
/// A run that starts at `i` cannot reach [`MAX_RUN`] characters before
/// `i + MAX_RUN - 1` (each character takes a byte at least): when the
/// byte there is ASCII and does not count, the search jumps past it, and
/// reads about one byte in [`MAX_RUN`] of running text (it decoded every
/// character, 2.5 % of a news article's time).
fn window_end(text: &str, from: usize, end: usize) -> usize {
    let counts = |c: char| c.is_whitespace() || is_closer(c);
    let bytes = &text.as_bytes()[..end];
    let mut run = 0;
    let mut i = from;
    while i < end {
        let ahead = bytes.get(i + MAX_RUN - 1);
        if run == 0 && ahead.is_some_and(|&b| b.is_ascii() && !counts(char::from(b))) {
            i += MAX_RUN;
            continue;
        }
        let Some(c) = text[i..end].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if counts(c) {
            run += 1;
            if run >= MAX_RUN {
                return i;
            }
        } else {
            run = 0;
        }
    }
    end
}

/// Splits `text[start..end]` with UAX #29, plus the boundaries it misses,
/// and pushes the pieces.
fn split_window(text: &str, start: usize, end: usize, join: Join, units: &mut Units) {
    let mut join = join;
    uax29::pieces(&text[start..end], |from, to| {
        let (mut from, to) = (start + from, start + to);
        while let Some(cut) = missed_boundary(text, from, to) {
            units.push(from, cut, join);
            join = Join::Inline;
            from = cut;
        }
        units.push(from, to, join);
        join = Join::Inline;
    });
}

/// The first sentence boundary inside the UAX #29 piece `text[from..to]`
/// that UAX #29 misses, see [`dateline_end`], [`ellipsis_ends`] and
/// [`stop_ends`].
fn missed_boundary(text: &str, from: usize, to: usize) -> Option<usize> {
    if let Some(end) = dateline_end(text, from, to) {
        return Some(end);
    }
    stops(&text[from..to]).find_map(|(i, ellipsis)| {
        let (at, after) = (from + i, from + i + if ellipsis { 3 } else { 1 });
        let closers = if ellipsis {
            ellipsis_ends(&text[after..to])
        } else {
            stop_ends(text, from, at, to)
        };
        closers.map(|len| after + len)
    })
}

/// The full stops and ellipses (`…`, UTF-8 `E2 80 A6`) of `piece`: their
/// byte offsets, and whether each is an ellipsis. Found eight bytes at a
/// time ([`scan::find`]).
fn stops(piece: &str) -> impl Iterator<Item = (usize, bool)> + '_ {
    let bytes = piece.as_bytes();
    const STARTS: scan::Needles = scan::Needles {
        bytes: b".\xE2",
        below: 0,
        non_ascii: false,
    };
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let i = scan::find(bytes, from, &STARTS)?;
        from = i + 1;
        if bytes[i] == b'.' {
            return Some((i, false));
        }
        if bytes[i + 1..].starts_with(&[0x80, 0xA6]) {
            return Some((i, true));
        }
    })
}

/// A news dateline that opens a line, up to the sentence it introduces:
/// `PHNOM PENH (The Phnom Penh Post/Asia News Network): Prime Minister…`,
/// `LONDON, Nov 22 (Reuters) - The…`, `WASHINGTON: The…`. The place is in
/// capitals (at most [`DEFAULT_DATELINE_WORDS`] words); a date may follow
/// after a comma when an agency in brackets comes next. The separator is a
/// colon, or a dash after the agency (a bare `US - China talks` is a
/// sentence). Returns where the sentence starts.
fn dateline_end(text: &str, from: usize, to: usize) -> Option<usize> {
    let line_start = text[..from].trim_end_matches(&[' ', '\t'][..]);
    if !(line_start.is_empty() || line_start.ends_with('\n')) {
        return None;
    }
    // The window (`head`: LOOKAROUND bytes) bounds the whole dateline,
    // agency included.
    let piece = head(text, from, to);
    let place = dateline_place(piece)?;
    let mut rest = &piece[place..];
    // A date after a comma needs the agency in brackets after it.
    let dated = rest.starts_with(',');
    if dated {
        let date_len = rest.find(&['(', ':', '\n'][..]).filter(|&n| n <= 30)?;
        rest = &rest[date_len..];
    }
    let mut agency = false;
    if let Some(inside) = rest.trim_start_matches(' ').strip_prefix('(') {
        let close = inside.find(')').filter(|&n| n > 0)?;
        if inside[..close].contains('\n') {
            return None;
        }
        agency = true;
        rest = &inside[close + 1..];
    } else if dated {
        return None;
    }
    let rest_trimmed = rest.trim_start_matches(' ');
    let after_sep = match rest_trimmed.chars().next()? {
        ':' => &rest_trimmed[1..],
        '-' | '–' | '—' if agency => rest_trimmed.trim_start_matches(&['-', '–', '—'][..]),
        _ => return None,
    };
    let sentence = after_sep.trim_start_matches(&[' ', '\t'][..]);
    let spaced = sentence.len() < after_sep.len();
    let opens = sentence
        .trim_start_matches(is_opener)
        .starts_with(char::is_uppercase);
    let start = from + (piece.len() - sentence.len());
    (spaced && opens && start < to).then_some(start)
}

/// The length of the place in capitals that opens `piece` (`PHNOM PENH`,
/// `WASHINGTON`, `RIO DE JANEIRO`), if it is one: up to
/// [`DEFAULT_DATELINE_WORDS`] words of capitals, at least two letters.
fn dateline_place(piece: &str) -> Option<usize> {
    let mut len = 0;
    let mut letters = 0;
    for (i, word) in piece.split(' ').enumerate() {
        let bare = word.trim_end_matches(&[',', ':'][..]);
        let caps = bare.chars().all(|c| c.is_uppercase() || ".'’-".contains(c))
            && bare.chars().any(char::is_uppercase);
        if !caps || i == DEFAULT_DATELINE_WORDS {
            break;
        }
        letters += bare.chars().filter(|c| c.is_uppercase()).count();
        len += usize::from(i > 0) + bare.len();
        if bare.len() < word.len() {
            break; // the comma before a date, or the colon
        }
    }
    (letters >= 2).then_some(len)
}

/// Whether an ellipsis followed by `after` ends a sentence (`Wait… Then`):
/// the length of the closing quotes that go with it, if so.
fn ellipsis_ends(after: &str) -> Option<usize> {
    let rest = after.trim_start_matches(is_closer);
    let next = rest.trim_start();
    let spaced = next.len() < rest.len();
    let next = next.trim_start_matches(is_opener);
    (spaced && next.starts_with(char::is_uppercase)).then_some(after.len() - rest.len())
}

/// Whether the full stop at `dot` (in the piece `text[from..to]`) ends a
/// sentence although UAX #29 goes on: the length of the closing quotes that
/// go with it, if so. Two cases:
/// - a number opens the next sentence (`he said. "2005 will`): rule SB8
///   skips digits to find a lower-case letter;
/// - no space follows (`$10.9bn.For the year`, pasted paragraphs that lost
///   their break): rule SB7 keeps `word.Word` together.
fn stop_ends(text: &str, from: usize, dot: usize, to: usize) -> Option<usize> {
    let after = &text[dot + 1..to];
    let rest = after.trim_start_matches(is_closer);
    let next = rest.trim_start();
    let before = tail(text, from, dot);
    if before.ends_with('.') {
        return None; // an ellipsis
    }
    let token = last_token(before);
    let ends = if next.len() < rest.len() {
        let next = next.trim_start_matches(is_opener);
        next.starts_with(|c: char| c.is_ascii_digit()) && classify(token) == Abbreviation::None
    } else {
        rest.len() == after.len() && is_glued_sentence(token, head(text, dot + 1, to))
    };
    ends.then_some(after.len() - rest.len())
}

/// Whether `token.` followed directly by `next` is two sentences glued
/// together: an ordinary word (or an abbreviation that often ends a
/// sentence, `etc.`) ending in two lower-case letters, then a capitalised
/// word ([`opens_glued`]), and no URL, e-mail address or path around.
fn is_glued_sentence(token: &str, next: &str) -> bool {
    let mut last = token.chars().rev();
    let lower_end =
        last.next().is_some_and(char::is_lowercase) && last.next().is_some_and(char::is_lowercase);
    let ordinary = matches!(classify(token), Abbreviation::None | Abbreviation::Final);
    lower_end && opens_glued(next) && ordinary && !in_address(token, next)
}

/// Whether `next` opens a sentence glued to a full stop: a capital, then a
/// lower-case letter (`For`), an apostrophe and a letter (`L'objectif`,
/// `C’est`), or the French word `À` (`À cette époque`). Other one-letter
/// words stay joined: `The Zafi.D virus` and `Sober.A worm` are names.
fn opens_glued(next: &str) -> bool {
    let mut chars = next.chars();
    let first = chars.next();
    if !first.is_some_and(char::is_uppercase) {
        return false;
    }
    match chars.next() {
        Some(c) if c.is_lowercase() => true,
        Some('\'' | '’') => chars.next().is_some_and(char::is_alphabetic),
        Some(' ') => first == Some('À') && chars.next().is_some_and(char::is_alphabetic),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_sentences_open_with_a_capital() {
        for (next, glued) in [
            ("For the year", true),
            ("L'objectif était", true),
            ("C’est fini", true),
            ("À cette époque", true),
            ("À Denver, dans", true),
            ("A cette époque", false),
            ("D virus translates", false),
            ("I think so", false),
            ("A. Smith", false),
            ("SATELLITES EN", false),
            ("com", false),
            ("U.S", false),
            ("A", false),
        ] {
            assert_eq!(opens_glued(next), glued, "{next}");
        }
    }

    #[test]
    fn stops_are_full_stops_and_ellipses() {
        let piece = "a. b… c.… – d";
        let expected: Vec<(usize, bool)> = piece
            .match_indices(&['…', '.'][..])
            .map(|(i, s)| (i, s == "…"))
            .collect();
        assert_eq!(stops(piece).collect::<Vec<_>>(), expected);
        assert_eq!(expected, [(1, false), (4, true), (9, false), (10, true)]);
    }

    /// [`window_end`] as it read every character.
    fn window_end_by_chars(text: &str, from: usize, end: usize) -> usize {
        let mut run = 0;
        for (i, c) in text[from..end].char_indices() {
            if c.is_whitespace() || is_closer(c) {
                run += 1;
                if run >= MAX_RUN {
                    return from + i + c.len_utf8();
                }
            } else {
                run = 0;
            }
        }
        end
    }

    #[test]
    fn windows_end_after_a_run_of_spaces_or_closers() {
        let run = |c: &str, n: usize| c.repeat(n);
        let mut texts = vec![String::new(), "short".to_string()];
        for c in [" ", "\n", ")", "\u{3000}", "”", "\u{A0}"] {
            for n in [MAX_RUN - 2, MAX_RUN - 1, MAX_RUN, MAX_RUN + 3] {
                for lead in [0, 1, 30, 62, 63, 64, 65, 130] {
                    let word = run("w", lead);
                    texts.push(format!("{word}{}x{}", run(c, n), run("é", 70)));
                    texts.push(format!("{word} {}{}.", run(c, n / 2), run(")", n - n / 2)));
                    texts.push(format!("{word}{}", run(c, n)));
                }
            }
        }
        for text in &texts {
            for (from, _) in text.char_indices().step_by(7) {
                for end in [text.len(), text.len().saturating_sub(1)] {
                    if from <= end && text.is_char_boundary(end) {
                        let want = window_end_by_chars(text, from, end);
                        assert_eq!(window_end(text, from, end), want, "{text:?} {from} {end}");
                    }
                }
            }
        }
    }
}
