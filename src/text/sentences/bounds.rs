//! Step 4: bounding long units. A unit longer than
//! [`DEFAULT_MAX_UNIT_BYTES`] is cut into chunks of even size, after a
//! clause if possible, else between words, else between characters, never
//! inside the grapheme clusters that occur in practice.

use unicode_segmentation::UnicodeSegmentation;

use super::{ceil_boundary, floor_boundary, trim, DEFAULT_MAX_UNIT_BYTES};
use crate::Span;

/// The chunks of `unit`: the unit itself when it is at most
/// [`DEFAULT_MAX_UNIT_BYTES`] long, else pieces ending where [`chunk_end`]
/// says, trimmed of whitespace.
pub(super) fn chunks(text: &str, unit: Span) -> impl Iterator<Item = Span> + '_ {
    let mut next = Some(unit.start);
    std::iter::from_fn(move || loop {
        let start = next?;
        let end = if unit.end - start > DEFAULT_MAX_UNIT_BYTES {
            chunk_end(text, start, unit.end)
        } else {
            unit.end
        };
        next = (end < unit.end).then_some(end);
        if let Some(chunk) = trim(text, start, end) {
            return Some(chunk);
        }
    })
}

/// Where to end the next chunk of the over-long unit `text[start..end]`:
/// chunks come out of even size, at most [`DEFAULT_MAX_UNIT_BYTES`], cut
/// after a clause if possible, else at a space, else at a word boundary
/// (CJK), else between characters where [`may_cut`] allows it. A unit with
/// no such place before the limit (one base character and a long run of
/// combining marks) ends at the first place after it.
fn chunk_end(text: &str, start: usize, end: usize) -> usize {
    let len = end - start;
    let target = len.div_ceil(len.div_ceil(DEFAULT_MAX_UNIT_BYTES));
    let limit = floor_boundary(text, start + target);
    let min = ceil_boundary(text, start + target / 2);
    space_cut(text, min, limit, true)
        .or_else(|| space_cut(text, min, limit, false))
        .or_else(|| word_cut(text, start, min, limit))
        .or_else(|| char_cut(text, start, limit))
        .unwrap_or_else(|| {
            text[limit..end]
                .char_indices()
                .map(|(i, _)| limit + i)
                .find(|&i| i > start && may_cut(text, start, i))
                .unwrap_or(end)
        })
}

/// The last whitespace in `text[min..limit]` (after clause punctuation if
/// `clause`).
fn space_cut(text: &str, min: usize, limit: usize, clause: bool) -> Option<usize> {
    let window = &text[min..limit];
    window
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            c.is_whitespace()
                && (!clause
                    || window[..i].chars().next_back().is_some_and(|p| {
                        matches!(p, ',' | ';' | ':' | '—' | '–' | '、' | '，' | '；' | '：')
                    }))
        })
        .map(|(i, _)| min + i)
}

/// The last UAX #29 word boundary in `text[min..limit]`, reading from
/// `start` (the boundary just before `limit` is not trusted: the word may
/// go on past it), where [`may_cut`] allows a cut: word rules break Thai
/// and Lao before `AM` (`กำ`) and after a `Prepend` character.
fn word_cut(text: &str, start: usize, min: usize, limit: usize) -> Option<usize> {
    let mut bounds = text[start..limit]
        .split_word_bound_indices()
        .map(|(i, _)| start + i);
    let mut last = None;
    let mut candidate = bounds.next();
    for next in bounds {
        if let Some(c) = candidate.filter(|&c| c >= min && may_cut(text, start, c)) {
            last = Some(c);
        }
        candidate = Some(next);
    }
    last.filter(|&c| c > start)
}

/// The last place in `text[start..limit]` after `start` where [`may_cut`]
/// allows a cut.
fn char_cut(text: &str, start: usize, limit: usize) -> Option<usize> {
    std::iter::once(limit)
        .chain(
            text[start..limit]
                .char_indices()
                .rev()
                .map(|(i, _)| start + i),
        )
        .find(|&i| i > start && may_cut(text, start, i))
}

/// Whether a chunk of the unit starting at `start` may end at the char
/// boundary `i` without splitting a grapheme cluster. This stands in for
/// UAX #29 grapheme segmentation, whose tables cost about 13 KB of gzipped
/// wasm. It refuses a cut
///
/// - before a character that UAX #29 *word* rule WB4 attaches to the one
///   before (Word_Break Extend, Format, ZWJ: every combining mark `M*`,
///   variation selectors, emoji modifiers, emoji tags); this reuses the
///   word tables that [`word_cut`] links in anyway;
/// - before Thai and Lao `AM` (`ำ`, `ຳ`), spacing marks of another
///   category;
/// - after a zero-width joiner (`👩‍👧`);
/// - before a Hangul (or Kirat Rai) vowel or trailing jamo, and after a
///   leading jamo;
/// - after an Indic virama (`InCB=Linker`, conjuncts such as `क्ष`) and
///   after a `Prepend` character (Arabic number signs, a few Brahmic ones);
/// - between the two regional indicators of a flag (`🇫🇷`), counting pairs
///   from `start`.
///
/// Checked against `unicode-segmentation` 1.13 (Unicode 17) for every
/// character after `a`, `क`, `가`, `ᄀ`, a ZWJ and a virama, and before
/// letters, jamo, an emoji and a regional indicator: it never allows a cut
/// that UAX #29 forbids. It is stricter in a few places (before format
/// characters such as a soft hyphen, after a virama or leading jamo that
/// does not join), where it only moves a cut back by a character.
fn may_cut(text: &str, start: usize, i: usize) -> bool {
    let (Some(prev), Some(next)) = (text[..i].chars().next_back(), text[i..].chars().next()) else {
        return true;
    };
    let regional = |c: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
    let inside_flag = || {
        let before = text[start..i].chars().rev();
        regional(prev) && regional(next) && before.take_while(|&c| regional(c)).count() % 2 == 1
    };
    #[rustfmt::skip]
    let joins_back = matches!(
        next,
        '\u{E33}' | '\u{EB3}' | '\u{1160}'..='\u{11FF}' | '\u{D7B0}'..='\u{D7FF}' | '\u{16D63}' |
        '\u{16D67}'..='\u{16D6A}'
    );
    #[rustfmt::skip]
    let joins_forward = matches!(
        prev,
        '\u{200D}' | '\u{1100}'..='\u{115F}' | '\u{A960}'..='\u{A97F}' |
        // Indic_Conjunct_Break=Linker
        '\u{94D}' | '\u{9CD}' | '\u{ACD}' | '\u{B4D}' | '\u{C4D}' | '\u{D4D}' | '\u{1039}' |
        '\u{17D2}' | '\u{1A60}' | '\u{1B44}' | '\u{1BAB}' | '\u{A9C0}' | '\u{AAF6}' |
        '\u{10A3F}' | '\u{11133}' | '\u{113D0}' | '\u{1193E}' | '\u{11A47}' | '\u{11A99}' |
        '\u{11F42}' |
        // Grapheme_Cluster_Break=Prepend
        '\u{600}'..='\u{605}' | '\u{6DD}' | '\u{70F}' | '\u{890}' | '\u{891}' | '\u{8E2}' |
        '\u{D4E}' | '\u{110BD}' | '\u{110CD}' | '\u{111C2}' | '\u{111C3}' | '\u{113D1}' |
        '\u{1193F}' | '\u{11941}' | '\u{11A84}'..='\u{11A89}' | '\u{11D46}' | '\u{11F02}'
    );
    !joins_back && !joins_forward && !attaches(next) && !inside_flag()
}

/// Whether UAX #29 word rule WB4 attaches `c` to the character before it
/// (Word_Break Extend, Format or ZWJ). `unicode-segmentation` does not
/// expose the categories, but after `%` (Word_Break Other) no rule but WB4
/// keeps a character in the same piece, so its word boundaries tell.
fn attaches(c: char) -> bool {
    let mut buf = [b'%'; 5];
    let len = 1 + c.encode_utf8(&mut buf[1..]).len();
    std::str::from_utf8(&buf[..len]).is_ok_and(|pair| pair.split_word_bounds().nth(1).is_none())
}

#[cfg(test)]
mod tests {
    use super::super::split;
    use super::*;

    #[test]
    fn chunks_are_even() {
        let text = "word ".repeat(300); // 1500 bytes
        let sizes: Vec<usize> = split(&text).iter().map(|s| s.end - s.start).collect();
        assert_eq!(sizes.len(), 2);
        assert!(
            sizes
                .iter()
                .all(|&n| (600..=DEFAULT_MAX_UNIT_BYTES).contains(&n)),
            "{sizes:?}"
        );
    }

    #[test]
    fn chunks_end_after_a_clause_when_they_can() {
        let clause = format!("{}, ", "word ".repeat(110).trim_end()); // 551 bytes
        let text = format!("{clause}{}", "more ".repeat(190));
        let first = split(&text)[0];
        assert_eq!(&text[first.start..first.end], clause.trim_end());
    }

    /// [`may_cut`] never allows a cut that UAX #29 grapheme segmentation
    /// forbids, between any character and a set of characters of each
    /// grapheme class that joins (tests only: the wasm does not link
    /// grapheme segmentation).
    #[test]
    fn may_cut_never_splits_a_grapheme_pair() {
        let others = [
            'a',
            '0',
            '\u{915}',
            '\u{94D}',
            '\u{1100}',
            '\u{1161}',
            '\u{11A8}',
            '\u{AC00}',
            '\u{AC01}',
            '\u{200D}',
            '\u{16D63}',
            '\u{1F466}',
            '\u{1F1EB}',
            '\u{301}',
        ];
        let mut pair = String::new();
        // Planes 0, 1 and 14: the others hold only ideographs and private
        // use characters, which join nothing.
        let planes = (0..0x2_0000).chain(0xE_0000..0xF_0000);
        for c in planes.filter_map(char::from_u32) {
            for other in others {
                for (a, b) in [(c, other), (other, c)] {
                    pair.clear();
                    pair.extend([a, b]);
                    let joined = pair.graphemes(true).nth(1).is_none();
                    assert!(!(joined && may_cut(&pair, 0, a.len_utf8())), "{pair:?}");
                }
            }
        }
    }

    #[test]
    fn may_cut_keeps_flags_whole() {
        let flags = "🇫🇷🇩🇪🇯🇵";
        let cuts: Vec<usize> = (1..flags.len())
            .filter(|&i| flags.is_char_boundary(i) && may_cut(flags, 0, i))
            .collect();
        assert_eq!(cuts, [8, 16]);
        assert!(may_cut("x🇫🇷", 0, 1) && !may_cut("x🇫🇷", 0, 5));
    }
}
