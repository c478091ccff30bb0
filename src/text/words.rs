//! Words: UAX#29 word boundaries, case folding, stopwords, Snowball stemming.

use std::borrow::Cow;
use std::sync::Arc;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;
use unicode_segmentation::UnicodeSegmentation;

use super::lang::{stop_lists, Language, Stopwords};
use crate::Span;

/// Turns text into stemmed content terms for one language.
pub(crate) struct Analyzer {
    stemmer: Option<(Algorithm, Stemmer)>,
    stopwords: Stopwords,
}

impl Analyzer {
    /// An analyzer with the stemmer and stopwords of `language` (none when
    /// the language has no Snowball stemmer or stopword list).
    pub fn new(language: Language) -> Self {
        Analyzer {
            stemmer: language.algorithm().and_then(|a| Some((a, snowball(a)?))),
            stopwords: language.stopwords(),
        }
    }

    /// The stopword list.
    pub fn stopwords(&self) -> &Stopwords {
        &self.stopwords
    }

    /// Stems a lower-cased word (identity when there is no stemmer),
    /// through the thread's memo of stems ([`super::stems`]).
    pub fn stem(&self, word: &str) -> Arc<str> {
        match &self.stemmer {
            Some((algorithm, stemmer)) => super::stems::stem(*algorithm, stemmer, word),
            None => Arc::from(word),
        }
    }

    /// The content terms of `text`: words lower-cased, stopwords and
    /// one-letter Latin words dropped, then stemmed.
    #[cfg(test)]
    pub fn terms(&self, text: &str) -> Vec<String> {
        word_indices(text)
            .filter_map(|(_, w)| {
                let lower = fold(w);
                if self.is_content(&lower, stop_lists(&lower)) {
                    Some(self.stem(&lower).to_string())
                } else {
                    None
                }
            })
            .collect()
    }

    /// Whether the lower-cased `lower`, found in the stopword `lists`
    /// ([`stop_lists`]), is a content word: not a stopword, not a
    /// one-letter Latin word, and holds a letter or digit.
    fn is_content(&self, lower: &str, lists: u32) -> bool {
        let mut chars = lower.chars();
        let short_ascii = match (chars.next(), chars.next()) {
            (Some(c), None) => c.is_ascii(),
            (None, _) => true,
            _ => false,
        };
        !short_ascii && !self.stopwords.in_lists(lists) && lower.chars().any(char::is_alphanumeric)
    }
}

/// The term id of a word that is not a content term.
pub(crate) const NO_TERM: u32 = u32::MAX;

/// One word of the document (a UAX#29 word: it holds a letter or digit):
/// 8 bytes. Offsets are `u32`: input is capped far below 4 GiB
/// ([`crate::DEFAULT_MAX_INPUT_BYTES`]). Its end is its spelling's length
/// past its start ([`Spelling::len`]): every word of a spelling is written
/// alike, and the words are the largest structure of a long text after the
/// entity tokens (on text of tiny sentences, "A b. " over and over, a third
/// less for them was 54 MB less at the peak of 32 MiB).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Word {
    start: u32,
    /// Index of its spelling in the document's vocabulary.
    spelling: u32,
}

impl Word {
    /// Byte offset of the word in the text.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Index of its spelling in the document's vocabulary.
    pub fn spelling(&self) -> usize {
        self.spelling as usize
    }
}

/// What is known about one distinct spelling of a word.
#[derive(Debug, Clone)]
pub(crate) struct Spelling<'t> {
    /// Length in bytes of the words written so.
    pub len: u32,
    /// The content term (stem) id, or [`NO_TERM`] for stopwords, one-letter
    /// Latin words and words without a letter or digit.
    pub term: u32,
    /// The folded form ([`fold`]): the text's own when the word surely is
    /// its own folded form ([`is_folded`], most words of English text), so
    /// that no string is allocated for it (each spelling's folded form was
    /// a string of its own, a quarter of a news article's allocations).
    pub lower: Cow<'t, str>,
    /// Whether it holds a letter (not only digits).
    pub has_letter: bool,
    /// The stopword lists that have `lower` ([`stop_lists`]).
    stop_lists: u32,
    /// The stopword lists it votes for in language detection
    /// ([`super::lang::detection_lists`]).
    pub detection_lists: u32,
}

impl Spelling<'_> {
    /// The stopword lists that have the folded form ([`stop_lists`]).
    pub fn stop_lists(&self) -> u32 {
        self.stop_lists
    }
}

/// The distinct spellings of a document's words and its content terms,
/// each folded and stemmed once.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary<'t> {
    spellings: Vec<Spelling<'t>>,
    /// Term id -> stem (shared with the memo of stems).
    stems: Vec<Arc<str>>,
}

impl<'t> Vocabulary<'t> {
    /// The spelling of `word`.
    pub fn spelling(&self, word: &Word) -> &Spelling<'t> {
        &self.spellings[word.spelling as usize]
    }

    /// Number of distinct spellings.
    pub fn spelling_count(&self) -> usize {
        self.spellings.len()
    }

    /// Number of distinct content terms.
    pub fn term_count(&self) -> usize {
        self.stems.len()
    }

    /// The stem of term `id`.
    pub fn term(&self, id: u32) -> &str {
        &self.stems[id as usize]
    }

    /// Adds the spelling `word` (not seen before) and returns its index.
    fn add(&mut self, word: &'t str) -> u32 {
        let folded = is_folded(word);
        let lower = if folded {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(fold(word))
        };
        let stop = stop_lists(&lower);
        // What `detection_lists` gives, without a second look-up when the
        // word is its own folded form (surely so when `folded`: no
        // capitals, and no comparison needed).
        let detection = if folded {
            stop
        } else if word.chars().any(char::is_uppercase) {
            0
        } else if lower == word {
            stop
        } else {
            stop_lists(word)
        };
        self.spellings.push(Spelling {
            len: word.len() as u32,
            term: NO_TERM,
            lower,
            has_letter: word.chars().any(char::is_alphabetic),
            stop_lists: stop,
            detection_lists: detection,
        });
        (self.spellings.len() - 1) as u32
    }

    /// Gives every spelling its content term in `analyzer`'s language.
    /// Spellings are in order of first occurrence, so term ids are too.
    /// Each content spelling asks the memo of stems for its stem (a
    /// spelling that folds like one before, "Minister" after "minister",
    /// finds it there; a map by folded form to skip that look-up missed
    /// for most spellings, and cost a third hash each).
    pub fn assign_terms(&mut self, analyzer: &Analyzer) {
        let Self { spellings, stems } = self;
        let mut ids: HashMap<Key<Arc<str>>, u32> =
            HashMap::with_capacity_and_hasher(spellings.len(), Default::default());
        stems.reserve(spellings.len());
        for s in spellings.iter_mut() {
            if analyzer.is_content(&s.lower, s.stop_lists) {
                let next = stems.len() as u32;
                s.term = *ids
                    .entry(Key(analyzer.stem(&s.lower)))
                    .or_insert_with_key(|stem| {
                        stems.push(Arc::clone(&stem.0));
                        next
                    });
            }
        }
    }
}

/// A word (`&str`, `Arc<str>`) as a hash key, hashed as a `str` and
/// compared byte by byte in line: words are short, and a call to `memcmp`
/// per look-up costs more than the comparison (in the wasm most, where
/// `memcmp` is a loop over bytes of its own).
#[derive(Clone, Copy)]
pub(crate) struct Key<S>(pub S);

impl<S: AsRef<str>> std::hash::Hash for Key<S> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.as_ref().hash(state);
    }
}

impl<S: AsRef<str>> Eq for Key<S> {}

impl<S: AsRef<str>> PartialEq for Key<S> {
    fn eq(&self, other: &Self) -> bool {
        same_bytes(self.0.as_ref().as_bytes(), other.0.as_ref().as_bytes())
    }
}

/// Whether `a` and `b` hold the same bytes, compared in line (see [`Key`]).
pub(crate) fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Reads the words of a document's units, one unit after the other, and
/// records each distinct spelling once.
pub(crate) struct Reader<'t> {
    text: &'t str,
    /// Spelling -> index in `vocabulary`.
    seen: HashMap<Key<&'t str>, u32>,
    /// The words read so far.
    pub words: Vec<Word>,
    vocabulary: Vocabulary<'t>,
}

impl<'t> Reader<'t> {
    /// A reader of `text`.
    pub fn new(text: &'t str) -> Self {
        // Distinct spellings: about one per ten bytes in a news article,
        // fewer in longer texts (the capacity is only a first guess).
        let spellings = (text.len() / 10).min(4096);
        Reader {
            text,
            seen: HashMap::with_capacity_and_hasher(spellings, Default::default()),
            // About one word per six bytes in English prose.
            words: Vec::with_capacity(text.len() / 6),
            vocabulary: Vocabulary {
                spellings: Vec::with_capacity(spellings),
                ..Vocabulary::default()
            },
        }
    }

    /// Reads the words of `text[span]`.
    pub fn read(&mut self, span: Span) {
        let unit = &self.text[span.start..span.end];
        for (at, w) in word_indices(unit) {
            let spelling = self.spelling_of(w);
            self.words.push(Word {
                start: (span.start + at) as u32,
                spelling,
            });
        }
    }

    fn spelling_of(&mut self, w: &'t str) -> u32 {
        let vocabulary = &mut self.vocabulary;
        *self.seen.entry(Key(w)).or_insert_with(|| vocabulary.add(w))
    }

    /// The words and the vocabulary (without terms yet). The words give
    /// back the room their vector grew into: it is one of the largest
    /// structures on long texts and lives to the end of the summary (on
    /// 5 MB, 882,923 words had doubled it to 1,747,440: 21 instead of 10.6 MB).
    pub fn finish(mut self) -> (Vec<Word>, Vocabulary<'t>) {
        self.words.shrink_to_fit();
        (self.words, self.vocabulary)
    }
}

/// The Snowball stemmer for `algorithm`, for the algorithms nutgraf ships.
///
/// `Stemmer::create` with a value known only at run time links every
/// algorithm of rust-stemmers into the wasm; naming each one here lets the
/// linker keep only these. Arabic, Greek, Romanian and Tamil are left out
/// (about 18 KB gzipped of the wasm between them, which would put the
/// bookmarklet over its 200 KB budget): those languages are summarized
/// without stemming. On English, turning stemming off moves ROUGE-1 by +1.2
/// (BBC) and -0.5 (XSum), so TextRank loses little without it there;
/// agglutinative Turkish and Hungarian would likely lose more, so their
/// stemmers (5 KB) stay. No corpus here measures these languages.
fn snowball(algorithm: Algorithm) -> Option<Stemmer> {
    use Algorithm as A;
    Some(match algorithm {
        A::Danish => Stemmer::create(A::Danish),
        A::Dutch => Stemmer::create(A::Dutch),
        A::English => Stemmer::create(A::English),
        A::Finnish => Stemmer::create(A::Finnish),
        A::French => Stemmer::create(A::French),
        A::German => Stemmer::create(A::German),
        A::Hungarian => Stemmer::create(A::Hungarian),
        A::Italian => Stemmer::create(A::Italian),
        A::Norwegian => Stemmer::create(A::Norwegian),
        A::Portuguese => Stemmer::create(A::Portuguese),
        A::Russian => Stemmer::create(A::Russian),
        A::Spanish => Stemmer::create(A::Spanish),
        A::Swedish => Stemmer::create(A::Swedish),
        A::Turkish => Stemmer::create(A::Turkish),
        A::Arabic | A::Greek | A::Romanian | A::Tamil => return None,
    })
}

/// Whether `word` is surely its own folded form ([`fold`]): plain ASCII
/// without capitals. (Other text may be too; this tells without folding.)
pub(crate) fn is_folded(word: &str) -> bool {
    word.bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// Case folding for matching: lower case, typographic apostrophes unified.
pub(crate) fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let lower = word.to_lowercase();
    if lower.contains('\u{2019}') {
        lower.replace('\u{2019}', "'")
    } else {
        lower
    }
}

/// The words of `text` with their byte offsets: the pieces between UAX #29
/// word boundaries (`unicode-segmentation`) that hold a letter or digit.
///
/// The crate's own `unicode_word_indices` would test letters and digits
/// with its Unicode tables, which the wasm would then carry next to the
/// ones `char::is_alphanumeric` uses anyway.
pub fn word_indices(text: &str) -> WordIndices<'_> {
    WordIndices { text, at: 0 }
}

/// The iterator of [`word_indices`].
///
/// The engine finds each piece from where the one before ended, looking
/// at nothing before it, so where the next piece is plain ASCII its end is
/// known without asking the engine (see [`ascii_piece`]). Every other
/// piece is the engine's.
pub struct WordIndices<'a> {
    text: &'a str,
    /// Where the next piece starts.
    at: usize,
}

impl<'a> Iterator for WordIndices<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        while self.at < self.text.len() {
            let start = self.at;
            let rest = &self.text[start..];
            let (len, word) = match ascii_piece(rest.as_bytes()) {
                Some(piece) => piece,
                None => {
                    let piece = rest.split_word_bounds().next()?;
                    (piece.len(), piece.chars().any(char::is_alphanumeric))
                }
            };
            self.at += len;
            if word {
                return Some((start, &rest[..len]));
            }
        }
        None
    }
}

/// The length of the UAX #29 word piece that opens `bytes`, and whether it
/// is a word, when the piece is plain ASCII whose end is plain too:
/// - a run of ASCII letters and digits (one word: rules WB5, WB8 to WB10)
///   followed by the end or by an ASCII character that does not go on
///   with it (see [`ends_word`]);
/// - a run of spaces (WB3d) followed by the end or another ASCII character;
/// - one other ASCII character (but `_`, which joins words, and CR, which
///   LF joins) followed by the end or another ASCII character.
///
/// Then WB999 breaks; no ASCII character is `Extend`, `Format` or `ZWJ`,
/// which WB4 and WB3c would attach. `None` when the engine must decide.
fn ascii_piece(bytes: &[u8]) -> Option<(usize, bool)> {
    let run = |f: fn(&u8) -> bool| bytes.iter().position(|b| !f(b)).unwrap_or(bytes.len());
    let ascii_after = |len: usize| bytes.get(len).map_or(true, u8::is_ascii);
    let first = *bytes.first()?;
    if first.is_ascii_alphanumeric() {
        let len = run(u8::is_ascii_alphanumeric);
        let numeric = bytes[len - 1].is_ascii_digit();
        let ends = bytes
            .get(len)
            .map_or(true, |&b| ends_word(b, numeric, bytes.get(len + 1)));
        ends.then_some((len, true))
    } else if first == b' ' {
        let len = run(|&b| b == b' ');
        ascii_after(len).then_some((len, false))
    } else {
        let plain = first.is_ascii() && first != b'_' && first != b'\r';
        (plain && ascii_after(1)).then_some((1, false))
    }
}

/// Whether a word of ASCII letters and digits, ending in a digit when
/// `numeric`, ends before the ASCII character `b` (then `after`). Only
/// `_` (WB13a) and the middle characters go on with a word: `.` and `'`
/// before a letter after a letter (WB6, WB7) or before a digit after a
/// digit (WB11, WB12), `:` only between letters, `,` and `;` only between
/// digits. A character after them outside ASCII is left to the engine.
fn ends_word(b: u8, numeric: bool, after: Option<&u8>) -> bool {
    let same_kind = |a: &u8| {
        if numeric {
            a.is_ascii_digit()
        } else {
            a.is_ascii_alphabetic()
        }
    };
    let stops = after.map_or(true, |a| a.is_ascii() && !same_kind(a));
    match b {
        b'_' => false,
        b'.' | b'\'' => stops,
        b':' => numeric || stops,
        b',' | b';' => !numeric || stops,
        _ => b.is_ascii(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_drop_stopwords_and_stem() {
        let a = Analyzer::new(Language::ENGLISH);
        assert_eq!(
            a.terms("The Ministers were meeting in Phnom Penh."),
            ["minist", "meet", "phnom", "penh"]
        );
    }

    #[test]
    fn terms_fold_case() {
        let a = Analyzer::new(Language::ENGLISH);
        assert_eq!(
            a.terms("DEPORTATION Deportation deportation"),
            ["deport", "deport", "deport"]
        );
    }

    #[test]
    fn cjk_ideographs_are_terms() {
        let a = Analyzer::new(Language::ENGLISH);
        assert_eq!(a.terms("東京"), ["東", "京"]);
    }

    #[test]
    fn words_are_the_pieces_with_a_letter_or_digit() {
        let text = "He said: \"It's 3.5% — ok?\" 東京 🇫🇷";
        let words: Vec<(usize, &str)> = word_indices(text).collect();
        assert_eq!(
            words,
            [
                (0, "He"),
                (3, "said"),
                (10, "It's"),
                (15, "3.5"),
                (24, "ok"),
                (29, "東"),
                (32, "京")
            ]
        );
    }

    #[test]
    fn a_digit_and_punctuation_before_a_zwj_emoji_make_one_word() {
        // UAX #29 says `5` and `;` part (WB12 needs a digit after the `;`,
        // and WB3c only joins the ZWJ and the emoji), but
        // unicode-segmentation 1.13.3 keeps them together because an emoji
        // follows the ZWJ. Seen in the corpus as `&#127995;` + ZWJ + `♀`
        // on web pages; a fix could be sent upstream.
        assert_eq!(
            word_indices("5;\u{200D}♀ x").collect::<Vec<_>>(),
            [(0, "5;\u{200D}♀"), (9, "x")]
        );
    }

    fn engine(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, piece)| piece.chars().any(char::is_alphanumeric))
            .collect()
    }

    #[test]
    fn same_words_as_the_engine() {
        for text in [
            "",
            "  plain  ascii words 42 ",
            "It's 3.5% of $10.9bn, said Mr. Hun.",
            "a \u{301}b \u{93F} x\u{200D}\u{1F600} \u{1F1EB}\u{1F1F7} caf\u{E9} 東京",
        ] {
            assert_eq!(
                word_indices(text).collect::<Vec<_>>(),
                engine(text),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn same_words_as_the_engine_on_any_mix(
            text in "[aZ09 .,;()!\\r'\"_:\u{2019}\u{301}\u{93F}\u{200D}\u{1F600}\u{1F1EB}\u{E9}\u{3000}\u{30A2}\t\n-]{0,30}"
        ) {
            proptest::prop_assert_eq!(word_indices(&text).collect::<Vec<_>>(), engine(&text));
        }
    }

    #[test]
    fn count_words() {
        assert_eq!(
            word_indices("It's 3.5% of $10.9bn, said Mr. Hun.").count(),
            7
        );
    }
}
