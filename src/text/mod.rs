//! Text analysis: sentences, words, stopwords, stemming, language.
//!
//! `Document::analyse` reads the text once: it splits it into units,
//! finds each unit's words, and gives every distinct spelling one entry in
//! a vocabulary (its content term, stemmed once, and its flags). Ranking,
//! keywords and later steps work on these words and integer term ids
//! instead of splitting, folding and stemming the text again.

pub(crate) mod grams;
pub mod lang;
mod scan;
pub mod sentences;
mod stems;
pub mod words;

mod stopwords {
    include!(concat!(env!("OUT_DIR"), "/stopwords.rs"));
}

use crate::Span;
use lang::Language;
use words::{Analyzer, Vocabulary};

pub(crate) use words::{is_folded, same_bytes, Key, Spelling, Word, NO_TERM};

/// Whether a unit ends like a sentence (full stop, question or exclamation
/// mark, ellipsis, possibly followed by closing quotes or brackets).
pub(crate) fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| "\"'”’»)]".contains(c));
    s.ends_with(&['.', '!', '?', '…', '。', '！', '？'][..])
}

/// One unit of the document (a sentence, or a line without closing
/// punctuation): 16 bytes in the wasm. Where its words and terms end is
/// where the next unit's start, so only the starts are kept (on text of
/// tiny sentences, "A b. " over and over, the units are the largest
/// structure after the words and live through the whole summary).
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// Byte span in the text.
    pub span: Span,
    /// Its first word: an index into `Document::words`.
    first_word: u32,
    /// Its first content term: an index into `Document::terms`.
    first_term: u32,
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
    /// Every word of every unit, in order.
    words: Vec<Word>,
    /// The content term ids of every unit, in order (with repeats).
    terms: Vec<u32>,
    /// Distinct spellings and content terms.
    vocabulary: Vocabulary<'a>,
}

impl<'a> Document<'a> {
    /// Splits and analyses `text` in `language`, or when `None`, in the
    /// language detected from its words ([`lang::DEFAULT_DETECT_BYTES`]).
    #[cfg_attr(feature = "speed", inline(never))]
    pub fn analyse(text: &'a str, language: Option<Language>) -> Self {
        // 1. Units and their words (the same in every language).
        let spans = sentences::split(text);
        let mut reader = words::Reader::new(text);
        let mut first_words = Vec::with_capacity(spans.len());
        for &span in &spans {
            first_words.push(reader.words.len());
            reader.read(span);
        }
        let (words, mut vocabulary) = reader.finish();

        // 2. The language, then each distinct spelling's content term.
        let language = language.unwrap_or_else(|| detect(text, &words, &vocabulary));
        let analyzer = Analyzer::new(language);
        vocabulary.assign_terms(&analyzer);

        // 3. Each unit's terms (the room for one a word is given back:
        //    stopwords and one-letter words have none).
        let mut terms = Vec::with_capacity(words.len());
        let units = spans
            .iter()
            .zip(&first_words)
            .enumerate()
            .map(|(i, (&span, &first_word))| {
                let end = first_words.get(i + 1).copied().unwrap_or(words.len());
                let first_term = terms.len() as u32;
                terms.extend(
                    words[first_word..end]
                        .iter()
                        .map(|w| vocabulary.spelling(w).term)
                        .filter(|&t| t != NO_TERM),
                );
                Unit {
                    span,
                    first_word: first_word as u32,
                    first_term,
                }
            })
            .collect();
        terms.shrink_to_fit();
        Document {
            text,
            units,
            language,
            analyzer,
            words,
            terms,
            vocabulary,
        }
    }

    /// The text of unit `i`.
    pub fn unit_text(&self, i: usize) -> &'a str {
        let span = self.units[i].span;
        &self.text[span.start..span.end]
    }

    /// The words of unit `i`, in order.
    pub fn unit_words(&self, i: usize) -> &[Word] {
        let start = self.units[i].first_word as usize;
        let end = self
            .units
            .get(i + 1)
            .map_or(self.words.len(), |u| u.first_word as usize);
        &self.words[start..end]
    }

    /// Number of words of unit `i` (all words, stopwords included).
    pub fn unit_word_count(&self, i: usize) -> usize {
        self.unit_words(i).len()
    }

    /// The content term ids of unit `i`, in order (with repeats).
    pub fn unit_terms(&self, i: usize) -> &[u32] {
        let start = self.units[i].first_term as usize;
        let end = self
            .units
            .get(i + 1)
            .map_or(self.terms.len(), |u| u.first_term as usize);
        &self.terms[start..end]
    }

    /// Number of content terms in the document, with repeats.
    pub fn term_occurrences(&self) -> usize {
        self.terms.len()
    }

    /// Number of words in the document.
    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// Byte offset just past `word`.
    pub fn word_end(&self, word: &Word) -> usize {
        word.start() + self.spelling(word).len as usize
    }

    /// What is known about a word's spelling.
    pub fn spelling(&self, word: &Word) -> &Spelling<'a> {
        self.vocabulary.spelling(word)
    }

    /// Number of distinct spellings; [`Word::spelling`] indices are
    /// `0..spelling_count()`.
    pub fn spelling_count(&self) -> usize {
        self.vocabulary.spelling_count()
    }

    /// Number of distinct content terms; term ids are `0..term_count()`,
    /// numbered by first occurrence.
    pub fn term_count(&self) -> usize {
        self.vocabulary.term_count()
    }

    /// The stem of term `id`.
    pub fn term(&self, id: u32) -> &str {
        self.vocabulary.term(id)
    }
}

/// The language of `text` from its script and the stopwords among the
/// document's words that start in its first [`lang::DEFAULT_DETECT_BYTES`].
fn detect(text: &str, words: &[Word], vocabulary: &Vocabulary<'_>) -> Language {
    let sample = lang::prefix(text, lang::DEFAULT_DETECT_BYTES);
    Language::detect_sample(sample, || {
        let mut votes = lang::Votes::default();
        for w in words.iter().take_while(|w| w.start() < sample.len()) {
            votes.add(vocabulary.spelling(w).detection_lists);
        }
        votes
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Ministers meet. The minister met ministers.";

    fn doc() -> Document<'static> {
        Document::analyse(TEXT, Some(Language::ENGLISH))
    }

    #[test]
    fn words_and_terms_per_unit() {
        let d = doc();
        assert_eq!(d.units.len(), 2);
        let words: Vec<&str> = d
            .unit_words(1)
            .iter()
            .map(|w| &TEXT[w.start()..d.word_end(w)])
            .collect();
        assert_eq!(words, ["The", "minister", "met", "ministers"]);
        assert_eq!(d.unit_word_count(1), 4);
        // Ids by first occurrence: "minist" 0, "meet" 1, "met" 2; "The" is
        // a stopword.
        assert_eq!(d.unit_terms(0), [0, 1]);
        assert_eq!(d.unit_terms(1), [0, 2, 0]);
        let stems: Vec<&str> = (0..d.term_count() as u32).map(|t| d.term(t)).collect();
        assert_eq!(stems, ["minist", "meet", "met"]);
    }

    #[test]
    fn words_and_terms_of_units_without_them_and_of_the_last() {
        let text = "Ministers meet. 42. ... The end";
        let d = Document::analyse(text, Some(Language::ENGLISH));
        let counts: Vec<usize> = (0..d.units.len()).map(|i| d.unit_word_count(i)).collect();
        let terms: Vec<usize> = (0..d.units.len()).map(|i| d.unit_terms(i).len()).collect();
        assert_eq!(counts.iter().sum::<usize>(), d.word_count());
        assert_eq!(*counts.last().unwrap(), 2);
        assert_eq!(terms.iter().sum::<usize>(), d.terms.len());
        for i in 0..d.units.len() {
            for w in d.unit_words(i) {
                let span = d.units[i].span;
                assert!(span.start <= w.start() && d.word_end(w) <= span.end);
            }
        }
    }

    #[test]
    fn one_spelling_entry_per_distinct_spelling() {
        let d = doc();
        // Ministers, meet, The, minister, met ("ministers" is new: case
        // matters for spellings, not for terms).
        assert_eq!(d.spelling_count(), 6);
        let the = d.spelling(&d.unit_words(1)[0]);
        assert_eq!(
            (the.term, &*the.lower, the.has_letter),
            (NO_TERM, "the", true)
        );
        let first = d.unit_words(0)[0].spelling();
        let last = d.unit_words(1)[3].spelling();
        assert_ne!(first, last);
        assert_eq!(d.spelling(&d.unit_words(1)[3]).term, 0);
    }
}
