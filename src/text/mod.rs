//! Text analysis: sentences, words, stopwords, stemming, language.

pub mod lang;
pub mod sentences;
pub mod words;

mod stopwords {
    include!(concat!(env!("OUT_DIR"), "/stopwords.rs"));
}

use crate::Span;
use lang::Language;
use words::Analyzer;

/// Whether a unit ends like a sentence (full stop, question or exclamation
/// mark, ellipsis, possibly followed by closing quotes or brackets).
pub(crate) fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| "\"'”’»)]".contains(c));
    s.ends_with(&['.', '!', '?', '…', '。', '！', '？'][..])
}

/// One unit of the document (a sentence, or a line without closing
/// punctuation) with its analysed terms.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// Byte span in the text.
    pub span: Span,
    /// Stemmed content terms, stopwords removed, in order (with repeats).
    pub terms: Vec<String>,
    /// Number of words (all words, stopwords included).
    pub words: usize,
}

/// A text split into units and analysed.
pub(crate) struct Document<'a> {
    /// The input text.
    pub text: &'a str,
    /// The units, in order.
    pub units: Vec<Unit>,
    /// The language used for stemming and stopwords.
    pub language: Language,
    /// The stemmer and stopwords of `language`, for every later step.
    pub analyzer: Analyzer,
}

impl<'a> Document<'a> {
    /// Splits and analyses `text` as `language`.
    pub fn analyse(text: &'a str, language: Language) -> Self {
        let analyzer = Analyzer::new(language);
        let units = sentences::split(text)
            .into_iter()
            .map(|span| {
                let s = &text[span.start..span.end];
                Unit {
                    span,
                    terms: analyzer.terms(s),
                    words: words::count(s),
                }
            })
            .collect();
        Document {
            text,
            units,
            language,
            analyzer,
        }
    }

    /// The text of unit `i`.
    pub fn unit_text(&self, i: usize) -> &'a str {
        let span = self.units[i].span;
        &self.text[span.start..span.end]
    }
}
