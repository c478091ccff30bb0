//! What the rules know about words and characters: abbreviations, sentence
//! openers, ordinals, list markers, addresses, and the punctuation that
//! opens, closes and ends sentences.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use super::LOOKAROUND;

/// Titles and abbreviations that never end a sentence (lower case, without
/// the final dot).
#[rustfmt::skip]
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "capt", "lt", "sgt", "cpl", "pvt",
    "cmdr", "adm", "brig", "supt", "insp", "det", "sra", "srta", "dra", "dña", "mme", "mlle", "mm",
    "mgr", "dhr", "mevr", "jhr", "mw", "ir", "lic", "ing", "arq", "gral", "cnel", "tte", "mons",
    "excmo", "dipl", "hl", "geb", "gest", "verh", "hrsg", "e.g", "i.e", "cf", "vs", "viz", "approx", "aprox", "z.b", "d.h", "bzw",
    "vgl", "ca", "inkl", "evtl", "ggf", "sog", "p.ex", "env", "d.w.z", "bijv", "o.a", "m.a.w",
];

/// Abbreviations that usually go on but may end a sentence: the sentence
/// goes on unless the next word is a common sentence opener.
#[rustfmt::skip]
const MAYBE_FINAL: &[&str] = &[
    "gen", "sen", "rep", "gov", "col", "maj", "rev", "hon", "pres", "fr", "hr", "st", "ste", "mt",
    "ft", "jr", "sr", "co", "dept", "univ", "ave", "av", "blvd", "rd", "str", "mio", "mrd", "jh",
    "ud", "uds", "u.a", "boul", "avda", "dpto", "cía", "hnos", "abb", "kap", "bd", "aufl",
];

/// Abbreviations that go on only before a number (`No. 10`, `Nov. 22`).
#[rustfmt::skip]
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "nr", "num", "núm", "art", "arts", "fig", "figs", "vol", "vols", "p", "pp", "pg",
    "pag", "pág", "ch", "chap", "sec", "para", "tel", "abs", "blz", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr", "avr", "juil", "déc",
    "ene", "abr", "ago", "dic", "okt", "dez",
];

/// Abbreviations that often end a sentence: the sentence goes on only
/// before a lower-case word (`etc. and`), as for any full stop.
#[rustfmt::skip]
const FINAL: &[&str] = &[
    "etc", "usw", "u.s.w", "enz", "inc", "ltd", "plc", "corp", "llc", "bros", "al",
];

/// Words that open a sentence; after an initial or an ambiguous
/// abbreviation they mean the full stop did end a sentence
/// (`in the U.S. The` versus `the U.S. President`).
#[rustfmt::skip]
pub(super) const SENTENCE_OPENERS: &[&str] = &[
    "A", "An", "The", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their",
    "Our", "My", "Your", "This", "That", "These", "Those", "There", "Here", "But", "And", "Or",
    "So", "Yet", "Nor", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "However",
    "Meanwhile", "Also", "Now", "Then", "Some", "Many", "Most", "What", "Why", "How", "Where",
    "Both", "For", "By", "To", "With", "From", "Since", "Although", "Though", "Because", "Let",
    "Yes", "Please", "Such", "Each", "Every", "Not", "Last", "Earlier", "Later", "Still", "Instead",
    "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Aber", "Und", "Doch",
    "Dann", "Auch", "Im", "Am", "Nach", "Il", "Elle", "Ils", "Elles", "Nous", "Je", "Mais", "Cette",
    "Ce", "Les", "Un", "Une", "Él", "Ella", "Ellos", "Pero", "Los", "Las", "Una", "Este", "Esta",
    "Hij", "Zij", "Het", "Maar", "Wij", "Ik", "Een",
];

/// Nouns after which `3.` is an ordinal, not the end of a sentence
/// (`am 3. Oktober`, `im 19. Jahrhundert`).
#[rustfmt::skip]
pub(super) const ORDINAL_NOUNS: &[&str] = &[
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember", "Jahrhundert", "Jahrtausend", "Weltkrieg", "Bundesliga",
    "Liga", "Klasse", "Platz", "Runde", "Mal", "Stock", "Quartal",
];

/// German articles and prepositions that come before an ordinal
/// (`am 10. Spieltag`).
#[rustfmt::skip]
pub(super) const ORDINAL_CUES: &[&str] = &[
    "am", "im", "vom", "zum", "zur", "beim", "dem", "den", "der", "die", "das", "des", "seit",
    "bis", "ab", "ihrem", "seinem", "ihrer", "seiner", "jeder", "jedem",
];

/// What a word before a full stop is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Abbreviation {
    /// A title or connective: the sentence goes on (`Mr.`, `e.g.`).
    NeverFinal,
    /// An initial, acronym or ambiguous abbreviation (`J.`, `U.S.`, `St.`).
    MaybeFinal,
    /// Goes on before a number (`No.`, `Nov.`).
    BeforeNumber,
    /// A small number, an ordinal before some nouns (`3. Oktober`).
    Ordinal,
    /// Often ends a sentence (`etc.`, `Inc.`).
    Final,
    /// `a.m.` or `p.m.`: goes on before a time zone (`10 a.m. ET`).
    Time,
    /// An ordinary word.
    None,
}

/// Classifies `token`, the word before a full stop.
pub(super) fn classify(token: &str) -> Abbreviation {
    let mut chars = token.chars();
    let (first, second) = (chars.next(), chars.next());
    if first.is_some_and(char::is_uppercase) && second.is_none() {
        return Abbreviation::MaybeFinal; // an initial
    }
    if (1..=2).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_digit()) {
        return Abbreviation::Ordinal;
    }
    if second.is_some() && !token.chars().any(char::is_lowercase) {
        // An acronym (`MS`, `NO`), not a title: only dotted ones (`U.S`)
        // are abbreviations.
        return if is_dotted(token) {
            Abbreviation::MaybeFinal
        } else {
            Abbreviation::None
        };
    }
    let lower = Lowered::new(token);
    if lower.is("a.m") || lower.is("p.m") {
        return Abbreviation::Time;
    }
    if let Some((word, &kind)) = abbreviations().get_key_value(&*lower.lower) {
        if lower.is(word) {
            return kind;
        }
    }
    if (first.is_some_and(char::is_alphabetic) && second.is_none()) || is_dotted(token) {
        return Abbreviation::MaybeFinal;
    }
    Abbreviation::None
}

/// Whether `token` is short letter groups joined by dots (`U.S`, `EE.UU`,
/// `Ph.D`).
fn is_dotted(token: &str) -> bool {
    token.contains('.')
        && token.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// Every abbreviation of the lists, with its kind (the first list that has
/// it, in the order `FINAL`, `NEVER_FINAL`, `BEFORE_NUMBER`, `MAYBE_FINAL`).
fn abbreviations() -> &'static HashMap<&'static str, Abbreviation> {
    static MAP: OnceLock<HashMap<&'static str, Abbreviation>> = OnceLock::new();
    MAP.get_or_init(|| {
        let lists = [
            (FINAL, Abbreviation::Final),
            (NEVER_FINAL, Abbreviation::NeverFinal),
            (BEFORE_NUMBER, Abbreviation::BeforeNumber),
            (MAYBE_FINAL, Abbreviation::MaybeFinal),
        ];
        let mut map = HashMap::default();
        for (list, kind) in lists {
            for &word in list {
                map.entry(word).or_insert(kind);
            }
        }
        map
    })
}

/// A token and its lower case (character by character), folded once for
/// comparing with many lower-case words.
struct Lowered<'t> {
    token: &'t str,
    lower: std::borrow::Cow<'t, str>,
}

impl<'t> Lowered<'t> {
    fn new(token: &'t str) -> Self {
        let lower = if token
            .bytes()
            .any(|b| !b.is_ascii() || b.is_ascii_uppercase())
        {
            token.chars().flat_map(char::to_lowercase).collect()
        } else {
            std::borrow::Cow::Borrowed(token)
        };
        Lowered { token, lower }
    }

    /// Whether the token lower-cased is `word` (and not more than two
    /// bytes longer than it, as folding shrinks a few characters).
    fn is(&self, word: &str) -> bool {
        self.token.len() <= word.len() + 2 && self.lower == word
    }
}

/// Whether `piece` is only a list marker (`1.`, `iv.`, `B.`).
pub(super) fn is_list_marker(piece: &str) -> bool {
    let Some(body) = piece.strip_suffix(&['.', ')'][..]) else {
        return false;
    };
    let mut chars = body.chars();
    if chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none() {
        return true;
    }
    let digits = (1..=3).contains(&body.len()) && body.bytes().all(|b| b.is_ascii_digit());
    let roman = (1..=4).contains(&body.len())
        && (body.bytes().all(|b| b"ivxlcdm".contains(&b))
            || body.bytes().all(|b| b"IVXLCDM".contains(&b)));
    digits || roman
}

/// Whether the boundary between `before` and `after` (with no space
/// between) falls inside a URL, an e-mail address or a path.
pub(super) fn in_address(before: &str, after: &str) -> bool {
    let left = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let right = after.split(char::is_whitespace).next().unwrap_or("");
    [left, right].iter().any(|t| {
        t.contains("://")
            || t.contains(&['@', '/'][..])
            || t.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."))
    })
}

/// Whether `c` can close a sentence's quotation or parenthesis.
#[rustfmt::skip]
pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '“' | '‘' | '»' | '«' | '›' | '‹' | ')' | ']' | '}' | '）' | '」' |
        '』' | '】' | '》' | '〉' | '〕'
    )
}

/// Whether `c` can open a sentence (quotes, brackets, Spanish `¿ ¡`).
#[rustfmt::skip]
pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '„' | '«' | '»' | '‹' | '(' | '[' | '¿' | '¡' | '「' | '『' | '（'
    )
}

/// Whether `c` ends a sentence.
#[rustfmt::skip]
fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '‽' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？' | '｡' | '．' | '।' |
        '॥' | '؟' | '۔' | '։' | '።' | '፧' | '︒' | '﹒' | '﹖' | '﹗'
    )
}

/// The sentence punctuation that ends `s`, looking past closing quotes and
/// brackets.
pub(super) fn last_terminal(s: &str) -> Option<char> {
    s.trim_end_matches(is_closer)
        .chars()
        .next_back()
        .filter(|&c| is_terminal(c))
}

/// The last word of `body` (the text before a full stop), without opening
/// punctuation; empty if the word may not be whole.
pub(super) fn last_token(body: &str) -> &str {
    match body.rsplit_once(char::is_whitespace) {
        Some((_, token)) => token.trim_start_matches(|c: char| !c.is_alphanumeric()),
        None if body.len() < LOOKAROUND - 1 => {
            body.trim_start_matches(|c: char| !c.is_alphanumeric())
        }
        None => "",
    }
}

/// The first word of `after` (letters only, after opening punctuation) and
/// the text after it.
pub(super) fn first_word(after: &str) -> (&str, &str) {
    let s = after.trim_start_matches(|c: char| !c.is_alphanumeric());
    s.split_at(s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len()))
}

/// Whether `after` opens a sentence: an opening quote or a word that opens
/// sentences (`The`, `Er`).
pub(super) fn opens_sentence(after: &str) -> bool {
    let (word, rest) = first_word(after);
    after.starts_with(&['"', '“', '„', '«', '‘', '¿', '¡', '「'][..])
        || (!rest.starts_with('.') && SENTENCE_OPENERS.contains(&word))
}

/// Whether `after` starts with a time zone: a word of two to four capitals
/// (`ET`, `GMT`, `AEST`).
pub(super) fn is_time_zone(after: &str) -> bool {
    let (word, rest) = first_word(after);
    (2..=4).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !rest.starts_with('.')
        && after.starts_with(word)
}

/// Whether `after` starts with a digit (after opening punctuation).
pub(super) fn starts_with_digit(after: &str) -> bool {
    after
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(|c: char| c.is_ascii_digit())
}

/// UAX #29 rule SB8: whether the first letter of `after` (skipping digits,
/// spaces and punctuation, but not sentence punctuation) is lower case.
pub(super) fn first_letter_is_lower(after: &str) -> bool {
    after
        .chars()
        .find(|&c| c.is_alphabetic() || is_terminal(c))
        .is_some_and(char::is_lowercase)
}

/// Whether `s` starts (after opening quotes) with a word in lower case only
/// (`and`, not `iPhone`).
pub(super) fn starts_with_lower_word(s: &str) -> bool {
    let s = s.trim_start_matches(is_opener);
    let word = s.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.starts_with(char::is_lowercase) && !word.chars().any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_tokens() {
        let cases = [
            ("J", Abbreviation::MaybeFinal),
            ("Mr", Abbreviation::NeverFinal),
            ("z.B", Abbreviation::NeverFinal),
            ("U.S", Abbreviation::MaybeFinal),
            ("EE.UU", Abbreviation::MaybeFinal),
            ("Nov", Abbreviation::BeforeNumber),
            ("P", Abbreviation::MaybeFinal),
            ("p", Abbreviation::BeforeNumber),
            ("etc", Abbreviation::Final),
            ("a.m", Abbreviation::Time),
            ("3", Abbreviation::Ordinal),
            ("2019", Abbreviation::None),
            ("house", Abbreviation::None),
            ("", Abbreviation::None),
        ];
        for (token, kind) in cases {
            assert_eq!(classify(token), kind, "{token}");
        }
    }
}
