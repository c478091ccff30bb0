//! Languages: detection (whatlang), Snowball stemmers and stopword lists.

use rust_stemmers::Algorithm;
use whatlang::{Detector, Lang};

use super::stopwords::STOPWORDS;

/// How many bytes of text language detection looks at.
pub const DEFAULT_DETECT_BYTES: usize = 4096;

/// A language nutgraf knows: its code, stemmer and stopwords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    code: &'static str,
    lang: Lang,
    algorithm: Option<Algorithm>,
}

/// (ISO 639-1 code, whatlang language, Snowball stemmer).
const TABLE: &[(&str, Lang, Option<Algorithm>)] = &[
    ("en", Lang::Eng, Some(Algorithm::English)),
    ("ar", Lang::Ara, Some(Algorithm::Arabic)),
    ("da", Lang::Dan, Some(Algorithm::Danish)),
    ("de", Lang::Deu, Some(Algorithm::German)),
    ("el", Lang::Ell, Some(Algorithm::Greek)),
    ("es", Lang::Spa, Some(Algorithm::Spanish)),
    ("fi", Lang::Fin, Some(Algorithm::Finnish)),
    ("fr", Lang::Fra, Some(Algorithm::French)),
    ("hu", Lang::Hun, Some(Algorithm::Hungarian)),
    ("it", Lang::Ita, Some(Algorithm::Italian)),
    ("nl", Lang::Nld, Some(Algorithm::Dutch)),
    ("no", Lang::Nob, Some(Algorithm::Norwegian)),
    ("pt", Lang::Por, Some(Algorithm::Portuguese)),
    ("ro", Lang::Ron, Some(Algorithm::Romanian)),
    ("ru", Lang::Rus, Some(Algorithm::Russian)),
    ("sv", Lang::Swe, Some(Algorithm::Swedish)),
    ("ta", Lang::Tam, Some(Algorithm::Tamil)),
    ("tr", Lang::Tur, Some(Algorithm::Turkish)),
    ("zh", Lang::Cmn, None),
    ("ja", Lang::Jpn, None),
    ("ko", Lang::Kor, None),
    ("hi", Lang::Hin, None),
    ("pl", Lang::Pol, None),
    ("cs", Lang::Ces, None),
    ("uk", Lang::Ukr, None),
    ("id", Lang::Ind, None),
    ("vi", Lang::Vie, None),
    ("he", Lang::Heb, None),
];

impl Language {
    /// English, the fallback when detection is unsure.
    pub const ENGLISH: Language = Language {
        code: "en",
        lang: Lang::Eng,
        algorithm: Some(Algorithm::English),
    };

    /// The language with ISO 639-1 `code`, if nutgraf knows it.
    pub fn from_code(code: &str) -> Option<Language> {
        TABLE
            .iter()
            .find(|(c, _, _)| c.eq_ignore_ascii_case(code))
            .map(|&(code, lang, algorithm)| Language {
                code,
                lang,
                algorithm,
            })
    }

    /// Every supported ISO 639-1 code.
    pub fn codes() -> Vec<&'static str> {
        TABLE.iter().map(|(c, _, _)| *c).collect()
    }

    /// Detects the language of `text` from its first
    /// [`DEFAULT_DETECT_BYTES`] bytes; English when unsure.
    pub fn detect(text: &str) -> Language {
        let sample = prefix(text, DEFAULT_DETECT_BYTES);
        let detector = Detector::with_allowlist(TABLE.iter().map(|(_, l, _)| *l).collect());
        detector
            .detect(sample)
            .filter(|info| info.is_reliable() || info.confidence() > 0.5)
            .and_then(|info| TABLE.iter().find(|(_, l, _)| *l == info.lang()))
            .map(|&(code, lang, algorithm)| Language {
                code,
                lang,
                algorithm,
            })
            .unwrap_or(Language::ENGLISH)
    }

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        self.code
    }

    /// Snowball stemmer, when there is one.
    pub fn algorithm(self) -> Option<Algorithm> {
        self.algorithm
    }

    /// Stopwords (lower case), empty when there is no list.
    pub fn stopwords(self) -> &'static [&'static str] {
        STOPWORDS
            .iter()
            .find(|(c, _)| *c == self.code)
            .map(|(_, w)| *w)
            .unwrap_or(&[])
    }
}

/// The longest prefix of `text` of at most `max` bytes that ends on a char
/// boundary.
pub(crate) fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_common_languages() {
        let cases = [
            (
                "The minister said on Tuesday that the government would review the policy.",
                "en",
            ),
            (
                "El ministro dijo el martes que el gobierno revisaría la política de deportación.",
                "es",
            ),
            (
                "Le ministre a déclaré mardi que le gouvernement réexaminerait la politique.",
                "fr",
            ),
            (
                "De minister zei dinsdag dat de regering het beleid zou herzien.",
                "nl",
            ),
            (
                "Der Minister sagte am Dienstag, die Regierung werde die Politik überprüfen.",
                "de",
            ),
        ];
        for (text, code) in cases {
            assert_eq!(Language::detect(text).code(), code, "{text}");
        }
    }

    #[test]
    fn codes_round_trip() {
        for code in Language::codes() {
            assert_eq!(Language::from_code(code).map(Language::code), Some(code));
        }
        assert_eq!(Language::from_code("xx"), None);
    }

    #[test]
    fn english_has_stopwords() {
        assert!(Language::ENGLISH.stopwords().contains(&"the"));
    }

    #[test]
    fn prefix_respects_char_boundaries() {
        assert_eq!(prefix("aé", 2), "a");
        assert_eq!(prefix("abc", 10), "abc");
    }
}
