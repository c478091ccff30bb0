//! Similarity units for ranking in languages whose words UAX #29 cuts too
//! small: Chinese and Japanese (every ideograph and kana is a word of its
//! own) and Vietnamese (every syllable is written apart, while most words
//! have two). In those languages two sentences are compared on their
//! content terms *and* on the pairs of adjacent ones: character bigrams
//! (`北京`, `大学`) and syllable bigrams (`công an`, `điều tra`), the usual
//! stand-in for a word segmenter, which would not fit the wasm budget.
//! Other languages are compared on their content terms alone
//! ([`Grams::of`] gives `None`).

use super::{Document, Word, NO_TERM};

/// Each unit's similarity units: its content term ids
/// (`0..doc.term_count()`), then the ids of its bigrams
/// (`doc.term_count()..`, numbered in the order of their two terms' ids).
#[derive(Debug, Clone, Default)]
pub(crate) struct Grams {
    /// The units of every unit, in order.
    ids: Vec<u32>,
    /// The units of unit `i` are `ids[bounds[i]..bounds[i + 1]]`.
    bounds: Vec<usize>,
    /// Number of distinct ids (terms and bigrams).
    count: usize,
}

/// Which adjacent words make a bigram in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pairs {
    /// Two ideographs or kana with nothing between them (Chinese, Japanese).
    Characters,
    /// Two syllables with one space between them (Vietnamese).
    Syllables,
}

impl Grams {
    /// The similarity units of `doc`'s units, or `None` when its language
    /// is compared on content terms alone.
    pub fn of(doc: &Document<'_>) -> Option<Grams> {
        let pairs = match doc.language.code() {
            "zh" | "ja" => Pairs::Characters,
            "vi" => Pairs::Syllables,
            _ => return None,
        };
        let mut grams = Grams {
            ids: Vec::with_capacity(2 * doc.word_count()),
            bounds: Vec::with_capacity(doc.units.len() + 1),
            count: doc.term_count(),
        };
        // 1. Each unit's terms, and its bigrams as keys for now (where
        //    they go in `ids`, and the two terms packed in a u64).
        let function = function_characters(doc, pairs);
        let mut bigrams: Vec<(usize, u64)> = Vec::new();
        grams.bounds.push(0);
        for i in 0..doc.units.len() {
            grams
                .ids
                .extend(doc.unit_terms(i).iter().filter(|t| !function.contains(t)));
            for pair in doc.unit_words(i).windows(2) {
                let key = bigram(doc, pairs, &pair[0], &pair[1])
                    .filter(|(a, b)| !function.contains(a) && !function.contains(b));
                if let Some((a, b)) = key {
                    bigrams.push((grams.ids.len(), u64::from(a) << 32 | u64::from(b)));
                    grams.ids.push(0);
                }
            }
            grams.bounds.push(grams.ids.len());
        }
        // 2. Bigram ids after the terms' ids, in the order of their keys
        //    (sorted through the crate's one sort; no hash map type of
        //    their own, which would cost the wasm a copy of its code).
        let mut keys: Vec<u64> = bigrams.iter().map(|&(_, k)| k).collect();
        crate::order::sort(&mut keys);
        keys.dedup();
        for (at, key) in bigrams {
            let rank = keys.binary_search(&key).unwrap_or(0);
            grams.ids[at] = (grams.count + rank) as u32;
        }
        grams.count += keys.len();
        Some(grams)
    }

    /// The similarity units of unit `i`.
    pub fn unit(&self, i: usize) -> &[u32] {
        &self.ids[self.bounds[i]..self.bounds[i + 1]]
    }

    /// Number of distinct units; ids are `0..count()`.
    pub fn count(&self) -> usize {
        self.count
    }
}

/// Chinese function characters (particles, pronouns, prepositions, copulas
/// and conjunctions), written for nutgraf: in Chinese and Japanese text
/// they are left out of the similarity units, alone and in bigrams, as
/// stopwords are in other languages. (They stay content terms for
/// keywords and entities: Chinese has no stopword list.)
const FUNCTION_CHARACTERS: &str = "的了是在和也就都而及与着或等被把对从这那之其将为以于我你他她它们个有不要会能可到说让给很所又并还已";

/// The term ids of `doc` that are [`FUNCTION_CHARACTERS`] (none outside
/// Chinese and Japanese).
fn function_characters(doc: &Document<'_>, pairs: Pairs) -> Vec<u32> {
    if pairs != Pairs::Characters {
        return Vec::new();
    }
    (0..doc.term_count() as u32)
        .filter(|&t| {
            let term = doc.term(t);
            term.chars().count() == 1 && FUNCTION_CHARACTERS.contains(term)
        })
        .collect()
}

/// The content terms of `a` and `b` when the two words, in this order,
/// make a bigram.
fn bigram(doc: &Document<'_>, pairs: Pairs, a: &Word, b: &Word) -> Option<(u32, u32)> {
    let (ta, tb) = (doc.spelling(a).term, doc.spelling(b).term);
    if ta == NO_TERM || tb == NO_TERM {
        return None;
    }
    let between = &doc.text[doc.word_end(a)..b.start()];
    let adjacent = match pairs {
        Pairs::Characters => {
            between.is_empty()
                && is_cjk(&doc.text[a.start()..doc.word_end(a)])
                && is_cjk(&doc.text[b.start()..doc.word_end(b)])
        }
        Pairs::Syllables => between == " ",
    };
    adjacent.then_some((ta, tb))
}

/// Whether `word` is written in ideographs or kana (not Latin letters or
/// digits, which UAX #29 already keeps whole).
pub(crate) fn is_cjk(word: &str) -> bool {
    word.chars().all(|c| {
        matches!(c,
            '\u{3040}'..='\u{30FF}' // hiragana, katakana
            | '\u{3400}'..='\u{4DBF}' // CJK extension A
            | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
            | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
            | '\u{20000}'..='\u{3134F}') // extensions B to G
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Language;

    fn grams(text: &str, code: &str) -> Option<Grams> {
        let doc = Document::analyse(text, Language::from_code(code));
        Grams::of(&doc)
    }

    #[test]
    fn english_is_compared_on_terms_alone() {
        assert!(grams("Ministers meet. The minister met ministers.", "en").is_none());
        assert!(grams("Le ministre parle. Les ministres parlent.", "fr").is_none());
    }

    #[test]
    fn chinese_character_bigrams() {
        // Terms 北 0, 京 1, 大 2, 学 3, abc 4; bigrams from 5: 北京 5,
        // 京大 6, 大学 7. The full stop ends the unit; the Latin word parts
        // the bigrams.
        let g = grams("北京大学。大学ABC北京", "zh").unwrap_or_default();
        assert_eq!(g.unit(0), [0, 1, 2, 3, 5, 6, 7]);
        assert_eq!(g.unit(1), [2, 3, 4, 0, 1, 7, 5]);
        assert_eq!(g.count(), 8);
    }

    #[test]
    fn japanese_kana_and_kanji_pair_up() {
        let g = grams("東京へ行く。", "ja").unwrap_or_default();
        // 東 京 へ 行 く, then 東京 京へ へ行 行く.
        assert_eq!(g.unit(0).len(), 9);
    }

    #[test]
    fn vietnamese_syllable_bigrams_skip_stopwords_and_punctuation() {
        // "công an" and "điều tra" are bigrams; "của" is a stopword; the
        // comma parts "tra" and "Huy".
        let text = "Công an điều tra của Huy. Điều tra, Huy nói.";
        let g = grams(text, "vi").unwrap_or_default();
        // Terms công 0, an 1, điều 2, tra 3, huy 4, nói 5; bigrams from 6:
        // công an 6, an điều 7, điều tra 8, huy nói 9.
        assert_eq!(g.unit(0), [0, 1, 2, 3, 4, 6, 7, 8]);
        assert_eq!(g.unit(1), [2, 3, 4, 5, 8, 9]);
    }
}
