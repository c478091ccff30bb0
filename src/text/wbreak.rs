//! UAX #29 word boundaries (Unicode Standard Annex #29, section 4, rules
//! WB1 to WB999): the words that terms, keywords and language detection
//! read, and the places where an over-long unit may be cut.
//!
//! `unicode-segmentation` gives the same boundaries (the tests check every
//! code point and the corpus against it), but its Word_Break, emoji and
//! lookup tables cost the browser about 9 KB gzipped. Here ALetter and Any
//! come from `char::is_alphabetic` where it agrees with the Unicode data,
//! and the rest from runs (`super::unicode_runs`) in `data.rs`, generated from that crate's tables
//! by `scripts/unicode/word_break.py`.

mod data;

use super::unicode_runs::Runs;

/// A Word_Break category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cat {
    Any,
    ALetter,
    CR,
    LF,
    Newline,
    Extend,
    Zwj,
    Format,
    RegionalIndicator,
    Katakana,
    HebrewLetter,
    SingleQuote,
    DoubleQuote,
    MidNumLet,
    MidLetter,
    MidNum,
    Numeric,
    ExtendNumLet,
    WSegSpace,
}

use Cat::*;

/// The pieces of `text` between word boundaries, with their byte offsets
/// (`split_word_bound_indices` of `unicode-segmentation`).
pub fn split_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut ends = Breaks::new(text);
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = ends.next().unwrap_or(text.len());
        let piece = (start, &text[start..end]);
        start = end;
        Some(piece)
    })
}

/// The words of `text`: pieces between word boundaries that hold a letter
/// or digit (`unicode_words` of `unicode-segmentation`).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    word_indices(text).map(|(_, word)| word)
}

/// [`words`] with their byte offsets (`unicode_word_indices`).
pub fn word_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    split_indices(text).filter(|(_, piece)| piece.chars().any(char::is_alphanumeric))
}

/// Whether rule WB4 attaches `c` to the character before it (Extend,
/// Format, ZWJ).
pub(crate) fn attaches(c: char) -> bool {
    matches!(category(c).0, Extend | Format | Zwj)
}

/// A character with the Extend, Format and ZWJ characters WB4 attaches to
/// it.
#[derive(Debug, Clone, Copy)]
struct Unit {
    start: usize,
    cat: Cat,
    /// Its last character is ZWJ (WB3c).
    zwj: bool,
    /// Something is attached to it (WB3d holds only for bare spaces).
    attached: bool,
    /// It begins with an Extended_Pictographic character (WB3c).
    pict: bool,
}

/// The text's units, in order.
struct Units<'a> {
    text: &'a str,
    /// Byte offset of the next character.
    at: usize,
    /// That character's category and Extended_Pictographic, once looked up.
    peeked: Option<(Cat, bool)>,
}

impl Units<'_> {
    /// The category of the character at `self.at`, looked up once.
    fn peek(&mut self) -> Option<(Cat, bool)> {
        if self.peeked.is_none() {
            self.peeked = self.text[self.at..].chars().next().map(category);
        }
        self.peeked
    }

    /// Moves past the character at `self.at`.
    fn advance(&mut self) {
        let len = self.text[self.at..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        self.at += len;
        self.peeked = None;
    }
}

impl Iterator for Units<'_> {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        let start = self.at;
        let (cat, pict) = self.peek()?;
        self.advance();
        let mut unit = Unit {
            start,
            cat,
            zwj: cat == Zwj,
            attached: false,
            pict,
        };
        if matches!(cat, CR | LF | Newline) {
            return Some(unit); // WB4 does not attach after line breaks.
        }
        while let Some((next, _)) = self.peek() {
            if !matches!(next, Extend | Format | Zwj) {
                break;
            }
            self.advance();
            unit.zwj = next == Zwj;
            unit.attached = true;
        }
        Some(unit)
    }
}

/// Byte offsets of the boundaries inside the text, in order.
struct Breaks<'a> {
    units: std::iter::Peekable<Units<'a>>,
    /// The two units before the candidate boundary (`before`, `prev`).
    before: Option<Unit>,
    prev: Option<Unit>,
    /// Regional indicators in a row, ending at `prev`.
    regional: usize,
}

impl<'a> Breaks<'a> {
    fn new(text: &'a str) -> Self {
        let mut units = Units {
            text,
            at: 0,
            peeked: None,
        }
        .peekable();
        let prev = units.next();
        let regional = usize::from(prev.is_some_and(|u| u.cat == RegionalIndicator));
        Breaks {
            units,
            before: None,
            prev,
            regional,
        }
    }
}

impl Iterator for Breaks<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        loop {
            let prev = self.prev?;
            let next = self.units.next()?;
            let after = self.units.peek().map(|u| u.cat);
            let context = Context {
                before: self.before.map(|u| u.cat),
                after,
                regional: self.regional,
            };
            let cut = breaks_between(&context, prev, next);
            self.regional = if next.cat == RegionalIndicator {
                self.regional + 1
            } else {
                0
            };
            self.before = Some(prev);
            self.prev = Some(next);
            if cut {
                return Some(next.start);
            }
        }
    }
}

/// What the rules see around a candidate boundary besides its two units.
struct Context {
    /// The category of the unit before the previous one.
    before: Option<Cat>,
    /// The category of the unit after the next one.
    after: Option<Cat>,
    /// Regional indicators in a row, ending with the previous unit.
    regional: usize,
}

fn ah_letter(cat: Cat) -> bool {
    matches!(cat, ALetter | HebrewLetter)
}

fn mid_num_let_q(cat: Cat) -> bool {
    matches!(cat, MidNumLet | SingleQuote)
}

/// Whether a word boundary falls between the units `prev` and `next`.
fn breaks_between(context: &Context, prev: Unit, next: Unit) -> bool {
    let (a, b) = (prev.cat, next.cat);
    let before = context.before;
    let after = context.after;
    let joins = match (a, b) {
        (CR, LF) => true,                                           // WB3
        (CR | LF | Newline, _) | (_, CR | LF | Newline) => false,   // WB3a, WB3b
        _ if prev.zwj && next.pict => true,                         // WB3c
        (WSegSpace, WSegSpace) => !prev.attached,                   // WB3d
        _ if ah_letter(a) && ah_letter(b) => true,                  // WB5
        (HebrewLetter, SingleQuote) => true,                        // WB7a
        (HebrewLetter, DoubleQuote) => after == Some(HebrewLetter), // WB7b
        _ if ah_letter(a) && (b == MidLetter || mid_num_let_q(b)) => {
            after.is_some_and(ah_letter) // WB6
        }
        (DoubleQuote, HebrewLetter) => before == Some(HebrewLetter), // WB7c
        (Numeric, Numeric) => true,                                  // WB8
        _ if ah_letter(a) && b == Numeric => true,                   // WB9
        _ if a == Numeric && ah_letter(b) => true,                   // WB10
        _ if a == Numeric && (b == MidNum || mid_num_let_q(b)) => {
            after == Some(Numeric) // WB12
        }
        (Katakana, Katakana) => true, // WB13
        (ALetter | HebrewLetter | Numeric | Katakana | ExtendNumLet, ExtendNumLet) => true, // WB13a
        (ExtendNumLet, ALetter | HebrewLetter | Numeric | Katakana) => true, // WB13b
        (RegionalIndicator, RegionalIndicator) => context.regional % 2 == 1, // WB15, WB16
        _ => false,
    };
    let joins = joins
        || (ah_letter(b) && (a == MidLetter || mid_num_let_q(a)) && before.is_some_and(ah_letter)) // WB7
        || (b == Numeric && (a == MidNum || mid_num_let_q(a)) && before == Some(Numeric)); // WB11
    !joins
}

/// The Word_Break category of `c`, and whether it is Extended_Pictographic.
fn category(c: char) -> (Cat, bool) {
    static RUNS: Runs = Runs::new(&data::RUNS);
    let class = RUNS.class(c);
    let pict = class & data::PICT != 0;
    let cat = match usize::from(class & !data::PICT).checked_sub(1) {
        Some(n) => data::CATEGORIES.get(n).copied().unwrap_or(Any),
        None if c.is_alphabetic() => ALetter,
        None => Any,
    };
    (cat, pict)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::boundary_check;
    use unicode_segmentation::UnicodeSegmentation;

    fn ours(text: &str) -> Vec<&str> {
        split_indices(text).map(|(_, s)| s).collect()
    }

    fn crate_pieces(text: &str) -> Vec<&str> {
        text.split_word_bounds().collect()
    }

    #[test]
    fn follows_each_rule() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("a\r\nb", &["a", "\r\n", "b"]),           // WB3, WB3a/b
            ("👨\u{200D}👩", &["👨\u{200D}👩"]),       // WB3c
            ("a  b", &["a", "  ", "b"]),               // WB3d
            ("e\u{301}t\u{E9}", &["e\u{301}t\u{E9}"]), // WB4, WB5
            ("can't stop", &["can't", " ", "stop"]),   // WB6, WB7
            ("3.14, 1,000", &["3.14", ",", " ", "1,000"]), // WB11, WB12
            ("a1 1a", &["a1", " ", "1a"]),             // WB9, WB10
            ("カタカナ", &["カタカナ"]),               // WB13
            ("snake_case", &["snake_case"]),           // WB13a/b
            ("🇫🇷🇩🇪", &["🇫🇷", "🇩🇪"]),                   // WB15/16
            ("日本語", &["日", "本", "語"]),           // WB999
            ("e.g. x", &["e.g", ".", " ", "x"]),
        ];
        for &(text, expected) in cases {
            assert_eq!(ours(text), expected, "{text:?}");
            assert_eq!(crate_pieces(text), expected, "crate disagrees on {text:?}");
        }
    }

    #[test]
    fn a_digit_and_punctuation_before_a_zwj_emoji_stay_apart() {
        // WB12 needs a digit after the `;`; WB3c joins the Zwj and the
        // emoji. unicode-segmentation 1.13.3 joins all of it (see
        // tests/unicode_bounds.rs).
        assert_eq!(ours("5;\u{200D}♀"), ["5", ";\u{200D}♀"]);
    }

    #[test]
    fn words_are_the_pieces_with_a_letter_or_digit() {
        let text = "He said: \"It's 3.5% — ok?\" 東京 🇫🇷";
        let expected: Vec<&str> = text.unicode_words().collect();
        assert_eq!(words(text).collect::<Vec<_>>(), expected);
        assert_eq!(expected, ["He", "said", "It's", "3.5", "ok", "東", "京"]);
    }

    /// Texts in which the category of one code point decides a boundary.
    fn probes(c: char) -> [String; 12] {
        [
            format!("a{c}b"),        // letters, MidLetter (WB6/7)
            format!("1{c}2"),        // digits, MidNum (WB11/12)
            format!("a{c}1"),        // Numeric after a letter (WB9)
            format!("{c}{c}"),       // Katakana, spaces, RI pairs
            format!("{c}{c}{c}"),    // RI parity
            format!("ア{c}"),        // Katakana (WB13)
            format!("_{c}"),         // ExtendNumLet (WB13a/b)
            format!("א{c}ב"),        // Hebrew quotes (WB7a-c)
            format!("x {c}"),        // WB3d, line breaks
            format!("\u{200D}{c}"),  // Extended_Pictographic after Zwj (WB3c)
            format!("x{c}\u{301}y"), // WB4 attaches, not after line breaks
            format!("\u{301}{c}z"),  // what attaches at the start
        ]
    }

    #[test]
    fn agrees_with_unicode_segmentation_on_every_code_point() {
        boundary_check::every_code_point(probes, ours, crate_pieces);
    }

    #[test]
    fn agrees_with_unicode_segmentation_on_mixed_text() {
        let text = "Dr. O'Neil's e-mail: jo@ex.com; 1,234.56 USD (3.5%) at 10:30 — \
                    état, naïve, Straße; Ελλάδα; Москва; עברית \"ש\"ס\" י'; العربية؛ \
                    हिन्दी; ไทยภาษา; 東京タワーで、カタカナー 👩🏽\u{200D}🚀 🇯🇵🇰🇷🇺 a_b__c 3_000 \r\n\tend";
        boundary_check::every_suffix(text, ours, crate_pieces);
    }
}
