//! Tokens for entity detection: words, numbers and punctuation with byte
//! spans, letter case and sentence position.

use crate::text::Document;

/// The letter case of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// Starts with a lower-case letter ("deportation").
    Lower,
    /// Starts with a capital and has lower-case letters ("Cambodia", "MoU").
    Title,
    /// Letters, all capitals ("ASEAN", "U.S.").
    Upper,
    /// Starts with a digit ("2002", "10.9bn", "1996-08-30").
    Number,
    /// Anything else (punctuation, symbols).
    Punct,
}

/// One token of the document: 16 bytes (offsets are `u32`: input is capped
/// far below 4 GiB, [`crate::DEFAULT_MAX_INPUT_BYTES`]). On texts made of
/// punctuation there is a token per byte, so its size bounds the memory of
/// the whole detection step.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of the first byte in the document.
    start: u32,
    /// Byte offset just past the token (possessive excluded).
    end: u32,
    /// Index of the unit (sentence) holding the token.
    unit: u32,
    /// Letter case.
    pub shape: Shape,
    /// First word of a sentence, a line or a quotation.
    pub initial: bool,
    /// A possessive "'s" or "'" followed the word.
    pub possessive: bool,
    /// Whitespace precedes the token.
    pub space_before: bool,
}

impl Token {
    /// Whether the token is a word starting with a capital.
    pub fn is_cap(&self) -> bool {
        matches!(self.shape, Shape::Title | Shape::Upper)
    }

    /// Byte offset of the first byte in the document.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset just past the token (possessive excluded).
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// Index of the unit (sentence) holding the token.
    pub fn unit(&self) -> usize {
        self.unit as usize
    }

    /// The token text in the document `text`, a possessive "'s" removed.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start()..self.end()]
    }
}

/// Abbreviations that keep their final dot inside a token (lower case).
const DOTTED: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "mt", "jr", "sr", "gen", "sen", "rep", "gov", "lt",
    "col", "capt", "sgt", "adm", "rev", "inc", "corp", "co", "ltd", "bros", "no", "vs", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "sra", "srta",
    "dra", "dhr", "mevr", "ir", "drs", "mr", "ing", "av", "ft",
];

/// Punctuation after which the next word starts a sentence-like position.
const OPENERS: &[&str] = &[
    "\"", "“", "‘", "'", "«", "„", ":", "-", "–", "—", "•", "*", "|", "¿", "¡",
];

/// Tokenizes every unit of `doc`.
///
/// The room reserved is about the number of tokens, from the document's
/// words and units: in news about 1.2 tokens a word with the punctuation, in
/// text of tiny sentences ("A b. ") a word and a full stop more per unit (a
/// room of one token per five bytes of text was too much for text of long
/// words; a quarter more than the words was too little for tiny sentences,
/// and the doubling that followed held both copies at once, the peak of the
/// whole call). What is left over at the end is given back.
#[cfg_attr(feature = "speed", inline(never))]
pub(crate) fn tokenize(doc: &Document<'_>) -> Vec<Token> {
    let mut out = Vec::with_capacity(room(doc));
    for (unit, u) in doc.units.iter().enumerate() {
        tokenize_unit(doc.text, u.span.start, u.span.end, unit, &mut out);
    }
    // The tokens live through the whole detection step.
    out.shrink_to_fit();
    out
}

/// The number of tokens [`tokenize`] makes room for.
fn room(doc: &Document<'_>) -> usize {
    let words = doc.word_count();
    words + (words / 4).max(doc.units.len()) + 16
}

/// Tokenizes `text[start..end]` as unit `unit`, appending to `out`.
pub(crate) fn tokenize_unit(
    text: &str,
    start: usize,
    end: usize,
    unit: usize,
    out: &mut Vec<Token>,
) {
    let first = out.len();
    // Whether every token of the unit so far is punctuation, kept as tokens
    // come (checking it again at each token took time quadratic in the unit's
    // length on runs of punctuation).
    let mut only_punct = true;
    let mut i = start;
    let mut space = true;
    let bytes = text.as_bytes();
    while i < end {
        // ASCII whitespace as `char::is_whitespace` has it, without decoding.
        if matches!(bytes[i], b' ' | b'\t'..=b'\r') {
            space = true;
            i += 1;
            continue;
        }
        let c = match bytes[i] {
            b if b.is_ascii() => char::from(b),
            _ => match text[i..end].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        if c.is_whitespace() {
            space = true;
            i += c.len_utf8();
            continue;
        }
        let (tok_end, possessive_end) = if c.is_alphanumeric() {
            word_end(text, i, end)
        } else {
            (i + c.len_utf8(), i + c.len_utf8())
        };
        let word = &text[i..tok_end];
        let initial = is_initial(text, &out[first..], only_punct);
        let shape = shape(word);
        only_punct &= shape == Shape::Punct;
        out.push(Token {
            start: i as u32,
            end: tok_end as u32,
            unit: unit as u32,
            shape,
            initial,
            possessive: possessive_end > tok_end,
            space_before: space,
        });
        space = false;
        i = possessive_end;
    }
}

/// Whether a word following the unit's tokens so far (`before`; `only_punct`:
/// whether all of them are punctuation) is in initial position.
fn is_initial(text: &str, before: &[Token], only_punct: bool) -> bool {
    match before.last() {
        None => true,
        Some(t) => {
            t.shape == Shape::Punct
                && (OPENERS.contains(&t.text(text)) || only_punct || is_list_marker(text, before))
        }
    }
}

/// Whether `tokens` are a list marker at the start of a line: "2)", "(3)",
/// "a)", "(b)". Not "1.": in news that mostly starts a line of results
/// ("4. El Hassane Lahssini (Morocco) 13:06.57"), where the next word is a
/// name (taking it as sentence-initial cost 0.1 typed F1 on CoNLL English).
fn is_list_marker(text: &str, tokens: &[Token]) -> bool {
    let label = |t: &Token| {
        let t_text = t.text(text);
        t.shape == Shape::Number && t_text.len() <= 3
            || t_text.len() == 1 && t_text.bytes().all(|b| b.is_ascii_lowercase())
    };
    match tokens {
        [l, close] => close.text(text) == ")" && label(l),
        [open, l, close] => open.text(text) == "(" && close.text(text) == ")" && label(l),
        _ => false,
    }
}

/// End of the word starting at `i` and end of its possessive, if any.
fn word_end(text: &str, i: usize, end: usize) -> (usize, usize) {
    let s = &text[i..end];
    // ASCII letters and digits join whatever follows: no decoding needed.
    let mut last = s
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(s.len());
    // Followed by ASCII that joins nothing (a space, a comma before a
    // letter...): the word is its ASCII letters and digits, no dot kept
    // and no apostrophe to split a possessive at.
    if s.as_bytes()
        .get(last)
        .map_or(true, |&b| b.is_ascii() && !may_join(b))
    {
        return (i + last, i + last);
    }
    let mut prev = s[..last].chars().next_back().unwrap_or(' ');
    let ascii = last;
    let mut chars = s[ascii..]
        .char_indices()
        .map(|(k, c)| (k + ascii, c))
        .peekable();
    while let Some((k, c)) = chars.next() {
        let next = chars.peek().map_or(' ', |&(_, n)| n);
        if c.is_alphanumeric() || joins(prev, c, next) {
            last = k + c.len_utf8();
            prev = c;
        } else {
            break;
        }
    }
    let mut word_end = last;
    // A final dot after initials ("U.S.") or an abbreviation ("Mr.").
    if s[last..].starts_with('.') && keeps_dot(&s[..last]) {
        word_end = last + 1;
    }
    let (w, possessive) = split_possessive(&s[..word_end]);
    (i + w, i + word_end.max(possessive))
}

/// Whether `c` between `prev` and `next` joins them into one token:
/// "U.S", "3.5", "14.372,4", "B1/B2", "Jean-Claude", "AT&T", "O'Neill".
fn joins(prev: char, c: char, next: char) -> bool {
    match c {
        '.' | '-' | '\'' | '’' | '&' => next.is_alphanumeric(),
        ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
        '/' => next.is_alphanumeric() && (prev.is_ascii_digit() || next.is_ascii_digit()),
        _ => false,
    }
}

/// Whether the ASCII byte `b` after a word's letters and digits may join
/// what follows it to the word ([`joins`]).
fn may_join(b: u8) -> bool {
    matches!(b, b'.' | b'-' | b'\'' | b'&' | b',' | b'/')
}

/// Length of the word without a possessive, and of the word with it.
fn split_possessive(word: &str) -> (usize, usize) {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(base) = word.strip_suffix(suffix) {
            if base.chars().count() >= 2 {
                return (base.len(), word.len());
            }
        }
    }
    (word.len(), word.len())
}

/// Whether a word keeps a following full stop: initials ("U.S", "J") or a
/// known abbreviation ("Mr").
fn keeps_dot(word: &str) -> bool {
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return word.chars().any(char::is_alphabetic);
    }
    if word.is_ascii() {
        return DOTTED.iter().any(|d| d.eq_ignore_ascii_case(word));
    }
    let lower = word.to_lowercase();
    DOTTED.contains(&lower.as_str())
}

/// The [`Shape`] of a token.
pub(crate) fn shape(word: &str) -> Shape {
    if word.is_ascii() {
        return ascii_shape(word.as_bytes());
    }
    let Some(first) = word.chars().next() else {
        return Shape::Punct;
    };
    if first.is_numeric() {
        return Shape::Number;
    }
    if !first.is_alphabetic() {
        return Shape::Punct;
    }
    if first.is_lowercase() {
        return Shape::Lower;
    }
    let has_lower = word.chars().any(char::is_lowercase);
    if has_lower {
        Shape::Title
    } else {
        Shape::Upper
    }
}

/// The [`Shape`] of an ASCII token, as [`shape`] gives it.
fn ascii_shape(word: &[u8]) -> Shape {
    match word.first() {
        Some(b) if b.is_ascii_digit() => Shape::Number,
        Some(b) if b.is_ascii_lowercase() => Shape::Lower,
        Some(b) if b.is_ascii_uppercase() => {
            if word.iter().any(u8::is_ascii_lowercase) {
                Shape::Title
            } else {
                Shape::Upper
            }
        }
        _ => Shape::Punct,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (text, start, end, shape, possessive) of the tokens of `text`.
    fn tokens(text: &str) -> Vec<(&str, usize, usize, Shape, bool)> {
        let mut out = Vec::new();
        tokenize_unit(text, 0, text.len(), 0, &mut out);
        out.iter()
            .map(|t| (t.text(text), t.start(), t.end(), t.shape, t.possessive))
            .collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        use Shape::{Lower, Number, Punct, Title, Upper};
        assert_eq!(
            tokens("Mr. Biden's U.S. visit,\tAT&T 3.5 x\u{0B}Jean-Claude"),
            [
                ("Mr.", 0, 3, Title, false),
                ("Biden", 4, 9, Title, true),
                ("U.S.", 12, 16, Upper, false),
                ("visit", 17, 22, Lower, false),
                (",", 22, 23, Punct, false),
                ("AT&T", 24, 28, Upper, false),
                ("3.5", 29, 32, Number, false),
                ("x", 33, 34, Lower, false),
                ("Jean-Claude", 35, 46, Title, false),
            ]
        );
        assert_eq!(
            tokens("Café O’Neill’s"),
            [
                ("Café", 0, 5, Title, false),
                ("O’Neill", 6, 15, Title, true),
            ]
        );
    }

    #[test]
    fn room_enough_for_news_and_tiny_sentences() {
        use crate::text::lang::Language;
        let tiny = "A b. ".repeat(2000);
        let news = "The council of Riverside voted on 2 March, after a long debate, to build \
                    a library (and three parks). \"It is a good day,\" the mayor said. "
            .repeat(100);
        let room_and_tokens = |text: &str| {
            let doc = Document::analyse(text, Some(Language::ENGLISH));
            (room(&doc), tokenize(&doc).len())
        };
        // Tiny sentences: room for all of them from the start (no doubling).
        let (room_tiny, tokens) = room_and_tokens(&tiny);
        assert!(room_tiny >= tokens && room_tiny <= tokens + 16);
        // News: about right (this sample has more punctuation than most),
        // not a quarter too much.
        let (room_news, tokens) = room_and_tokens(&news);
        assert!(room_news * 10 >= tokens * 9 && room_news <= tokens + tokens / 4 + 16);
    }

    #[test]
    fn ascii_shapes_as_the_general_rule_has_them() {
        for w in ["", "a", "Ab", "AB", "A1", "1a", "-", "x-Y", "MoU", "Mr."] {
            let general = match w.chars().next() {
                None => Shape::Punct,
                Some(c) if c.is_numeric() => Shape::Number,
                Some(c) if !c.is_alphabetic() => Shape::Punct,
                Some(c) if c.is_lowercase() => Shape::Lower,
                _ if w.chars().any(char::is_lowercase) => Shape::Title,
                _ => Shape::Upper,
            };
            assert_eq!(shape(w), general, "{w:?}");
        }
    }
}
