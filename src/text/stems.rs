//! A per-thread memo of Snowball stems, shared by the documents a thread
//! summarizes.
//!
//! A document stems each distinct word once; across documents the same
//! words come back ("said", "government", "people"), and the CLI, the
//! module and the benches summarize many articles in one process. Stemming
//! is most of the cost of a document's vocabulary, so the stems are kept
//! per language, up to [`DEFAULT_STEM_MEMO_ENTRIES`] words in all; past
//! that the memo starts over, which bounds its memory (about 4 MB). 40,000
//! words hold the vocabulary of the 1,328 BBC dev articles (22,000 words):
//! with 10,000 the memo started over twice in that batch, and the
//! batch took 4.2 % more instructions.

use std::cell::RefCell;
use std::sync::Arc;

use rust_stemmers::{Algorithm, Stemmer};
use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap as HashMap};

use super::words::Key;

/// Most words the memo of one thread holds, all languages together.
pub const DEFAULT_STEM_MEMO_ENTRIES: usize = 40_000;

/// Lower-case word -> stem, for one stemming algorithm, keyed by the
/// word's hash ([`hash`]) and holding the word: a look-up compares the word
/// in line ([`Key`]) instead of calling `memcmp` (in the wasm, a loop over
/// bytes of its own), which a map keyed by the word itself did on every hit.
type Stems = HashMap<u64, (Box<str>, Arc<str>)>;

/// The hash of `word` that [`Stems`] is keyed by.
fn hash(word: &str) -> u64 {
    FxBuildHasher.hash_one(word)
}

/// Lower-case word -> stem, per stemming algorithm.
#[derive(Default)]
struct Memo {
    /// Words held, all languages together.
    entries: usize,
    by_algorithm: Vec<(Algorithm, Stems)>,
}

impl Memo {
    /// The stem of `word` by `stemmer` (of `algorithm`), from the memo or
    /// computed and remembered. The memo is emptied first when it holds
    /// `max` words.
    fn stem(
        &mut self,
        algorithm: Algorithm,
        stemmer: &Stemmer,
        word: &str,
        max: usize,
    ) -> Arc<str> {
        if self.entries >= max {
            *self = Memo::default();
        }
        let i = match self.by_algorithm.iter().position(|(a, _)| *a == algorithm) {
            Some(i) => i,
            None => {
                self.by_algorithm.push((algorithm, Stems::default()));
                self.by_algorithm.len() - 1
            }
        };
        let stems = &mut self.by_algorithm[i].1;
        let key = hash(word);
        let held = stems.get(&key);
        if let Some((_, stem)) = held.filter(|(w, _)| Key(&**w) == Key(word)) {
            return Arc::clone(stem);
        }
        let stem: Arc<str> = Arc::from(stemmer.stem(word).as_ref());
        // Another word with the same hash keeps its place.
        if held.is_none() {
            stems.insert(key, (word.into(), Arc::clone(&stem)));
            self.entries += 1;
        }
        stem
    }
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::default();
}

/// The stem of the lower-case `word` by `stemmer`, the Snowball stemmer of
/// `algorithm`, through this thread's memo.
pub(crate) fn stem(algorithm: Algorithm, stemmer: &Stemmer, word: &str) -> Arc<str> {
    MEMO.with(|memo| {
        memo.borrow_mut()
            .stem(algorithm, stemmer, word, DEFAULT_STEM_MEMO_ENTRIES)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_as_the_stemmer_does() {
        let english = Stemmer::create(Algorithm::English);
        let mut memo = Memo::default();
        for _ in 0..2 {
            for word in ["ministers", "meeting", "said", "generously"] {
                let stem = memo.stem(Algorithm::English, &english, word, 100);
                assert_eq!(&*stem, english.stem(word));
            }
        }
        assert_eq!(memo.entries, 4);
    }

    #[test]
    fn a_word_whose_hash_another_holds_is_stemmed_not_kept() {
        let english = Stemmer::create(Algorithm::English);
        let mut memo = Memo::default();
        memo.stem(Algorithm::English, &english, "said", 100);
        // "ministers" as if its hash were the one "other" is held under.
        let stems = &mut memo.by_algorithm[0].1;
        stems.insert(hash("ministers"), ("other".into(), Arc::from("oth")));
        for _ in 0..2 {
            let stem = memo.stem(Algorithm::English, &english, "ministers", 100);
            assert_eq!(&*stem, "minist");
        }
        assert_eq!(memo.entries, 1);
        assert_eq!(
            &*memo.stem(Algorithm::English, &english, "said", 100),
            "said"
        );
    }

    #[test]
    fn keeps_languages_apart() {
        let english = Stemmer::create(Algorithm::English);
        let german = Stemmer::create(Algorithm::German);
        let mut memo = Memo::default();
        let en = memo.stem(Algorithm::English, &english, "häuser", 100);
        let de = memo.stem(Algorithm::German, &german, "häuser", 100);
        assert_eq!((&*en, &*de), ("häuser", "haus"));
        assert_eq!(
            &*memo.stem(Algorithm::English, &english, "häuser", 100),
            "häuser"
        );
    }

    #[test]
    fn starts_over_when_full() {
        let english = Stemmer::create(Algorithm::English);
        let mut memo = Memo::default();
        let words = ["one", "two", "three", "four", "five"];
        for word in words {
            memo.stem(Algorithm::English, &english, word, 3);
            assert!(memo.entries <= 3);
        }
        // 3 words, then a fresh memo with "four" and "five".
        assert_eq!(memo.entries, 2);
        assert_eq!(&*memo.stem(Algorithm::English, &english, "five", 3), "five");
        assert_eq!(memo.entries, 2);
    }

    #[test]
    fn the_thread_memo_stems() {
        let english = Stemmer::create(Algorithm::English);
        assert_eq!(
            &*stem(Algorithm::English, &english, "deportation"),
            "deport"
        );
        assert_eq!(
            &*stem(Algorithm::English, &english, "deportation"),
            "deport"
        );
    }
}
