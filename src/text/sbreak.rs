//! UAX #29 sentence boundaries (Unicode Standard Annex #29, section 5,
//! rules SB1 to SB998), the base the splitter in `sentences` repairs.
//!
//! `unicode-segmentation` gives the same boundaries, but its Sentence_Break
//! table (2,495 ranges, 12 bytes each) cost the browser 11 KB gzipped.
//! Here the large categories (Lower, Upper, OLetter, Sp) come from `char`'s
//! own methods, whose tables the wasm carries anyway, and only the small
//! ones (terminators, closing punctuation, continuations, digits, combining
//! marks) are listed, as runs (`super::unicode_runs`) in `data.rs`, generated from that crate's table by
//! `scripts/unicode/sentence_break.py`. The tests check every code point
//! against the crate.

mod data;

use super::unicode_runs::Runs;

/// A Sentence_Break category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cat {
    Any,
    CR,
    LF,
    Sep,
    Sp,
    Lower,
    Upper,
    OLetter,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Extend,
    Format,
}

use Cat::*;

/// The pieces of `text` between sentence boundaries, with their byte
/// offsets: what `split_sentence_bound_indices` of `unicode-segmentation`
/// gives.
pub fn split_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut ends = breaks(text);
    if !text.is_empty() {
        ends.push(text.len());
    }
    let mut start = 0;
    ends.into_iter().map(move |end| {
        let piece = (start, &text[start..end]);
        start = end;
        piece
    })
}

/// Byte offsets of the boundaries inside `text` (not 0, not its length).
fn breaks(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    // The two units before the candidate boundary; a unit is a character
    // with the Extend and Format characters after it (SB5).
    let (mut before, mut prev): (Option<Cat>, Option<Cat>) = (None, None);
    let mut run = Run::Outside;
    let mut lookahead = Lookahead::default();
    for (i, c) in text.char_indices() {
        let cat = category(c);
        let Some(p) = prev else {
            prev = Some(cat);
            continue;
        };
        if matches!(cat, Extend | Format) && !is_para_sep(p) {
            continue;
        }
        run = run.after(p);
        if breaks_between(before, p, cat, run, || lookahead.lower_follows(text, i)) {
            out.push(i);
        }
        before = Some(p);
        prev = Some(cat);
    }
    out
}

/// Whether a boundary falls between the unit `prev` (after `before`) and
/// `next`, `run` being the terminator context that ends at `prev`.
fn breaks_between(
    before: Option<Cat>,
    prev: Cat,
    next: Cat,
    run: Run,
    lower_follows: impl FnOnce() -> bool,
) -> bool {
    if prev == CR && next == LF {
        return false; // SB3
    }
    if is_para_sep(prev) {
        return true; // SB4
    }
    if prev == ATerm && next == Numeric {
        return false; // SB6
    }
    if matches!(before, Some(Upper | Lower)) && prev == ATerm && next == Upper {
        return false; // SB7
    }
    let Run::Term(term, spaced) = run else {
        return false; // SB998
    };
    if term == ATerm && lower_follows() {
        return false; // SB8
    }
    if matches!(next, SContinue | STerm | ATerm) {
        return false; // SB8a
    }
    if !spaced && next == Close {
        return false; // SB9
    }
    // SB9 and SB10 keep spaces and paragraph separators; SB11 breaks.
    !matches!(next, Sp | Sep | CR | LF)
}

/// Where the text stands in a run `SATerm Close* Sp*`.
#[derive(Debug, Clone, Copy)]
enum Run {
    Outside,
    /// After this terminator, its closing punctuation, and (when `true`)
    /// spaces.
    Term(Cat, bool),
}

impl Run {
    /// The run after one more unit of category `cat`.
    fn after(self, cat: Cat) -> Run {
        match (cat, self) {
            (ATerm | STerm, _) => Run::Term(cat, false),
            (Close, Run::Term(t, false)) => Run::Term(t, false),
            (Sp, Run::Term(t, _)) => Run::Term(t, true),
            _ => Run::Outside,
        }
    }
}

/// SB8's look-ahead, remembered: the first character at or after a
/// position that is a letter, a paragraph separator or a terminator.
#[derive(Debug, Default)]
struct Lookahead {
    /// (byte offset of that character, whether it is lower case); `None`
    /// offset: the text ended first.
    found: Option<(Option<usize>, bool)>,
}

impl Lookahead {
    /// Whether the first such character at or after byte `from` is lower
    /// case.
    fn lower_follows(&mut self, text: &str, from: usize) -> bool {
        if let Some((at, lower)) = self.found {
            if at.map_or(true, |at| from <= at) {
                return lower;
            }
        }
        let stop = text[from..]
            .char_indices()
            .map(|(i, c)| (from + i, category(c)))
            .find(|&(_, cat)| {
                matches!(cat, OLetter | Upper | Lower | Sep | CR | LF | STerm | ATerm)
            });
        let found = (
            stop.map(|(at, _)| at),
            stop.is_some_and(|(_, cat)| cat == Lower),
        );
        self.found = Some(found);
        found.1
    }
}

fn is_para_sep(cat: Cat) -> bool {
    matches!(cat, Sep | CR | LF)
}

/// The Sentence_Break category of `c`.
pub(crate) fn category(c: char) -> Cat {
    match c {
        '\r' => return CR,
        '\n' => return LF,
        _ => {}
    }
    if let Some(cat) = listed(c) {
        cat
    } else if is_georgian_letter(c) {
        OLetter
    } else if c.is_lowercase() {
        Lower
    } else if c.is_uppercase() || is_titlecase(c) {
        Upper
    } else if c.is_alphabetic() || c == '\u{5F3}' {
        OLetter
    } else if c.is_whitespace() {
        Sp
    } else {
        Any
    }
}

/// The category the table lists for `c`, if any.
fn listed(c: char) -> Option<Cat> {
    static RUNS: Runs = Runs::new(&data::RUNS);
    let class = RUNS.class(c);
    data::CATEGORIES
        .get(usize::from(class).checked_sub(1)?)
        .copied()
}

/// Georgian Mkhedruli and Mtavruli letters: cased since Unicode 11, but
/// OLetter for sentence boundaries, as before.
fn is_georgian_letter(c: char) -> bool {
    matches!(c, '\u{10D0}'..='\u{10FA}' | '\u{10FD}'..='\u{10FF}' | '\u{1C90}'..='\u{1CBA}' | '\u{1CBD}'..='\u{1CBF}')
}

/// General_Category Titlecase_Letter (Sentence_Break Upper; `char` has no
/// method for it).
fn is_titlecase(c: char) -> bool {
    matches!(c,
        '\u{1C5}' | '\u{1C8}' | '\u{1CB}' | '\u{1F2}' | '\u{1F88}'..='\u{1F8F}' |
        '\u{1F98}'..='\u{1F9F}' | '\u{1FA8}'..='\u{1FAF}' | '\u{1FBC}' | '\u{1FCC}' | '\u{1FFC}'
    )
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
        text.split_sentence_bounds().collect()
    }

    #[test]
    fn follows_each_rule() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("One. Two.", &["One. ", "Two."]),
            ("Crlf.\r\nNext", &["Crlf.\r\n", "Next"]), // SB3, SB4
            ("Para\u{2029}graph", &["Para\u{2029}", "graph"]), // SB4
            ("Pi is 3.14 today.", &["Pi is 3.14 today."]), // SB6
            ("In the U.S.A today", &["In the U.S.A today"]), // SB7
            ("Etc. and more.", &["Etc. and more."]),   // SB8
            ("He said \"no.\" then left", &["He said \"no.\" then left"]), // SB8
            ("Wait?, he asked.", &["Wait?, he asked."]), // SB8a
            ("\"Stop!\" She ran.", &["\"Stop!\" ", "She ran."]), // SB9-SB11
            ("Why?  Because.", &["Why?  ", "Because."]), // SB10
            ("Hm.\u{301} Yes", &["Hm.\u{301} ", "Yes"]), // SB5
            ("日本語です。次の文。", &["日本語です。", "次の文。"]),
            ("Это так. Да.", &["Это так. ", "Да."]),
        ];
        for &(text, expected) in cases {
            assert_eq!(ours(text), expected, "{text:?}");
            assert_eq!(crate_pieces(text), expected, "crate disagrees on {text:?}");
        }
    }

    /// Texts in which the category of one code point decides a boundary:
    /// together they tell every category apart (Extend and Format aside,
    /// which the rules treat alike).
    fn probes(c: char) -> [String; 8] {
        [
            format!("a. {c}x"),         // Lower continues (SB8), letters stop
            format!("A.{c}b"),          // Upper (SB7), Numeric (SB6), Close, Sp
            format!("A.{c}B"),          // Numeric vs other punctuation
            format!("a?{c}B"),          // SContinue, STerm, ATerm (SB8a), Close, Sp (SB9)
            format!("a? {c}B"),         // Sp (SB10) vs Close (SB11)
            format!("x{c}. B"),         // Upper and Lower before a full stop (SB7)
            format!("a.{c} B"),         // Extend and Format are absorbed (SB5)
            format!("q{c}\u{300}Z. z"), // paragraph separators and marks after them
        ]
    }

    #[test]
    fn agrees_with_unicode_segmentation_on_every_code_point() {
        boundary_check::every_code_point(probes, ours, crate_pieces);
    }

    #[test]
    fn agrees_with_unicode_segmentation_on_mixed_text() {
        let text = "Dr. Smith arrived at 5 p.m. on Jan. 3. \"Really?\" she asked… (Yes.) \
                    Prices rose 3.5% to $1.2bn.\n\nNew paragraph!!! What?! ok. \
                    Él dijo: «¿Vienes?» No. Ça va ? Oui ! 你好。我很好！\u{2028}Ναι; όχι. \
                    हिन्दी वाक्य। दूसरा॥ 終わり．English ．Fullwidth？ مرحبا؟ نعم.";
        boundary_check::every_suffix(text, ours, crate_pieces);
    }
}
