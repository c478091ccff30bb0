//! Languages: detection, Snowball stemmers and stopword lists.
//!
//! Detection reads the writing system with whatlang's script detector, then,
//! for alphabets shared by several languages (Latin, Cyrillic), counts the
//! stopwords of each candidate language in a sample of the text: articles
//! are long enough for function words to decide, and the stopword lists are
//! already in the module, so detection adds almost nothing to the wasm
//! (whatlang's trigram tables would add about 58 KB gzipped).
//!
//! Vietnamese is told apart by its letters before any vote: its tone and
//! vowel marks (`ơ`, `ư`, `đ` and the precomposed letters of Latin Extended
//! Additional, `ạ` to `ỹ`) hardly occur in other languages, while its
//! function syllables ("do", "em", "con") are words of several others.
//! Its stopword list therefore takes no part in the votes.

use std::sync::OnceLock;

use rust_stemmers::Algorithm;
use rustc_hash::FxHashMap as HashMap;
use whatlang::Script;

use super::stopwords::{NLTK_LISTS, STOPWORDS};
use super::words::Key;

/// How many bytes of text language detection looks at.
pub const DEFAULT_DETECT_BYTES: usize = 8192;
/// Fewest stopword hits for a stopword-based guess to be trusted; below it
/// the text is taken as English, unless no English stopword is in it
/// ([`DEFAULT_MIN_HITS_WITHOUT_ENGLISH`]).
pub const DEFAULT_MIN_STOPWORD_HITS: usize = 3;
/// Fewest stopword hits for a guess when the text has no English stopword
/// at all: a sentence or two ("Ministeri sanoi tiistaina, että hallitus
/// tarkistaa politiikan.") has too few stopwords for
/// [`DEFAULT_MIN_STOPWORD_HITS`], and English, the fallback, has no evidence
/// either. On texts of one and two sentences from the NER sets (400 each),
/// German 88.5 -> 94.5 and 99.3 -> 100 %, Finnish 39.0 -> 54.0 and 76.7 ->
/// 83.6 %, Dutch 77.5 -> 84.8 and 97.0 -> 98.0 %, Norwegian 62.3 -> 65.8 and
/// 86.3 -> 87.3 %; English 99.5 % either way for one sentence, 99.8 -> 99.3 %
/// for two (cricket fixture lists taken as Romanian); one hit instead of two
/// took English to 96.5 %. No corpus article or 40-sentence text changes.
pub const DEFAULT_MIN_HITS_WITHOUT_ENGLISH: usize = 2;
/// A Latin-script text is Vietnamese when at least one letter in this many
/// is one of the letters only Vietnamese uses (`ơ`, `ư`, `đ`, `ạ`…`ỹ`): in
/// the VietNews tuning half about one in nine is.
pub const DEFAULT_VIETNAMESE_SHARE: usize = 40;
/// Fewest Vietnamese letters for a text to be taken as Vietnamese.
pub const DEFAULT_MIN_VIETNAMESE_LETTERS: usize = 3;

/// A language nutgraf knows: its code, stemmer and stopwords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    code: &'static str,
    algorithm: Option<Algorithm>,
}

/// (ISO 639-1 code, Snowball stemmer). Languages with a stopword list are
/// detected by their stopwords; the others by their script.
const TABLE: &[(&str, Option<Algorithm>)] = &[
    ("en", Some(Algorithm::English)),
    // Arabic, Greek, Romanian and Tamil are detected and summarized
    // without stemming (see `words::snowball`).
    ("ar", None),
    ("da", Some(Algorithm::Danish)),
    ("de", Some(Algorithm::German)),
    ("el", None),
    ("es", Some(Algorithm::Spanish)),
    ("fi", Some(Algorithm::Finnish)),
    ("fr", Some(Algorithm::French)),
    ("hu", Some(Algorithm::Hungarian)),
    ("it", Some(Algorithm::Italian)),
    ("nl", Some(Algorithm::Dutch)),
    ("no", Some(Algorithm::Norwegian)),
    ("pt", Some(Algorithm::Portuguese)),
    ("ro", None),
    ("ru", Some(Algorithm::Russian)),
    ("sv", Some(Algorithm::Swedish)),
    ("ta", None),
    ("tr", Some(Algorithm::Turkish)),
    // Vietnamese has no stemmer (its words do not inflect).
    ("vi", None),
    ("zh", None),
    ("ja", None),
    ("ko", None),
    ("hi", None),
    ("he", None),
];

impl Language {
    /// English, the fallback when detection is unsure.
    pub const ENGLISH: Language = Language {
        code: "en",
        algorithm: Some(Algorithm::English),
    };

    /// The language with ISO 639-1 `code`, if nutgraf knows it.
    pub fn from_code(code: &str) -> Option<Language> {
        TABLE
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code))
            .map(|&(code, algorithm)| Language { code, algorithm })
    }

    /// Every supported ISO 639-1 code.
    pub fn codes() -> Vec<&'static str> {
        TABLE.iter().map(|(c, _)| *c).collect()
    }

    /// Detects the language of `text` from its first
    /// `DEFAULT_DETECT_BYTES` (8,192) bytes; English when unsure. The stopwords
    /// counted are those of the words of the sample's units, as a
    /// summary's analysis reads them (see `Votes`).
    pub fn detect(text: &str) -> Language {
        let sample = prefix(text, DEFAULT_DETECT_BYTES);
        Language::detect_sample(sample, || {
            let mut votes = Votes::default();
            for span in super::sentences::split(sample) {
                for (_, word) in super::words::word_indices(&sample[span.start..span.end]) {
                    votes.add(detection_lists(word));
                }
            }
            votes
        })
    }

    /// The language of `sample` (at most [`DEFAULT_DETECT_BYTES`]): from
    /// its writing system, or for alphabets that several languages share,
    /// from the stopword `votes` (counted only then).
    pub(crate) fn detect_sample(sample: &str, votes: impl FnOnce() -> Votes) -> Language {
        // Latin, like no script at all, leaves the decision to the
        // stopwords: whatlang need not count a sample Latin surely wins.
        let letters = Letters::count(sample);
        let script = if letters.latin_wins() {
            None
        } else {
            whatlang::detect_script(sample)
        };
        let code = match script {
            // Japanese mixes kanji with kana; any kana means Japanese.
            Some(Script::Mandarin) if sample.chars().any(is_kana) => "ja",
            Some(Script::Mandarin) => "zh",
            Some(Script::Hiragana | Script::Katakana) => "ja",
            Some(Script::Hangul) => "ko",
            Some(Script::Devanagari) => "hi",
            Some(Script::Hebrew) => "he",
            Some(Script::Tamil) => "ta",
            Some(Script::Greek) => "el",
            Some(Script::Arabic) => "ar",
            _ if letters.vietnamese() => "vi",
            _ => votes().winner(),
        };
        Language::from_code(code).unwrap_or(Language::ENGLISH)
    }

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        self.code
    }

    /// Snowball stemmer, when there is one.
    pub fn algorithm(self) -> Option<Algorithm> {
        self.algorithm
    }

    /// Stopwords (lower case, sorted), empty when there is no list.
    pub fn stopwords(self) -> Stopwords {
        STOPWORDS
            .iter()
            .position(|(c, _)| *c == self.code)
            .map_or_else(Stopwords::default, |i| Stopwords {
                bit: 1 << i,
                list: STOPWORDS[i].1,
            })
    }
}

/// A language's stopword list. Lookups go through one hash map shared by
/// every language (`lexicon`); the sorted list is kept for listing.
#[derive(Debug, Clone, Default)]
pub struct Stopwords {
    /// This language's bit in the [`lexicon`] masks (0: no list).
    bit: u32,
    /// The words joined by newlines, sorted (build.rs sorts them).
    list: &'static str,
}

impl Stopwords {
    /// Whether the lower-cased `word` is on the list.
    pub fn contains(&self, word: &str) -> bool {
        self.bit != 0 && stop_lists(word) & self.bit != 0
    }

    /// Whether a word found in the stopword `lists` (a mask from
    /// [`stop_lists`]) is on this list.
    pub(crate) fn in_lists(&self, lists: u32) -> bool {
        lists & self.bit != 0
    }

    /// The words, sorted.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.list.split('\n').filter(|w| !w.is_empty())
    }
}

/// Every stopword of every list, mapped to the set of lists that have it
/// (bit `i` = `STOPWORDS[i]`), built on first use: one hashed lookup per
/// word answers for all languages at once.
fn lexicon() -> &'static HashMap<Key<&'static str>, u32> {
    static LEXICON: OnceLock<HashMap<Key<&'static str>, u32>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map: HashMap<Key<&'static str>, u32> = HashMap::default();
        for (i, (_, list)) in STOPWORDS.iter().enumerate() {
            for word in list.split('\n').filter(|w| !w.is_empty()) {
                *map.entry(Key(word)).or_insert(0) |= 1 << i;
            }
        }
        map
    })
}

/// Counts of a sample's characters, in one pass over its bytes.
#[derive(Debug, Clone, Copy)]
struct Letters<'a> {
    sample: &'a str,
    /// ASCII letters (in a sample all ASCII, 1 when it has any).
    ascii: usize,
    /// Characters outside ASCII.
    others: usize,
}

impl<'a> Letters<'a> {
    fn count(sample: &'a str) -> Letters<'a> {
        // In ASCII text (`is_ascii` reads a word at a time) no character
        // is outside ASCII, and only whether there is a letter decides
        // ([`Letters::latin_wins`]; [`Letters::vietnamese`] needs others):
        // counted as one letter at most.
        if sample.is_ascii() {
            let ascii = sample.bytes().any(|b| b.is_ascii_alphabetic());
            return Letters {
                sample,
                ascii: usize::from(ascii),
                others: 0,
            };
        }
        let (mut ascii, mut others) = (0usize, 0usize);
        // Without branches: most bytes are letters, spaces and punctuation
        // mixed at random.
        for &b in sample.as_bytes() {
            ascii += usize::from((b | 0x20).wrapping_sub(b'a') < 26);
            // The first byte of a character outside ASCII.
            others += usize::from(b >= 0xC0);
        }
        Letters {
            sample,
            ascii,
            others,
        }
    }

    /// Whether whatlang's script detector surely finds the sample in Latin
    /// script: it counts the characters of each script and picks the
    /// largest count, so Latin wins when the ASCII letters (all Latin)
    /// outnumber the characters outside ASCII (the only ones another script
    /// can count).
    fn latin_wins(self) -> bool {
        self.ascii > self.others
    }

    /// Whether enough of the letters are Vietnamese ones
    /// ([`DEFAULT_VIETNAMESE_SHARE`], [`DEFAULT_MIN_VIETNAMESE_LETTERS`]).
    /// They are characters outside ASCII, so they are counted only when
    /// those are enough (not in English, which has a few quotes and dashes).
    fn vietnamese(self) -> bool {
        let enough = |n: usize| {
            n >= DEFAULT_MIN_VIETNAMESE_LETTERS
                && n * DEFAULT_VIETNAMESE_SHARE >= self.ascii + self.others
        };
        enough(self.others) && enough(self.vietnamese_letters())
    }

    /// The number of letters only Vietnamese uses ([`is_vietnamese_letter`]).
    fn vietnamese_letters(self) -> usize {
        let bytes = self.sample.as_bytes();
        (0..bytes.len())
            .filter(|&i| bytes[i] >= 0xC0 && is_vietnamese_letter(&bytes[i..]))
            .count()
    }
}

/// Whether the character that `utf8` starts with is a letter only
/// Vietnamese uses: `Đ đ` (U+0110, U+0111), `Ơ ơ Ư ư` (U+01A0, U+01A1,
/// U+01AF, U+01B0), or one of `Ạ`…`ỹ` (U+1EA0 to U+1EF9, encoded `E1 BA A0`
/// to `E1 BB B9`; the rest of Latin Extended Additional, from `E1 B8 80`
/// to `E1 BA 9F`, holds letters of other languages such as Welsh `ẁ` and
/// German `ẞ`).
fn is_vietnamese_letter(utf8: &[u8]) -> bool {
    match utf8 {
        [0xC4, 0x90 | 0x91, ..] | [0xC6, 0xA0 | 0xA1 | 0xAF | 0xB0, ..] => true,
        [0xE1, 0xBA, third, ..] => *third >= 0xA0,
        [0xE1, 0xBB, third, ..] => *third <= 0xB9,
        _ => false,
    }
}

/// The stopword lists (bits of `STOPWORDS` indices) that have the
/// lower-cased `word`.
pub(crate) fn stop_lists(word: &str) -> u32 {
    lexicon().get(&Key(word)).copied().unwrap_or(0)
}

/// The stopword lists that a word votes for in language detection: only
/// words written without capitals vote (stopwords are lower case, while
/// capitalised names such as "Hun Sen" often spell another language's
/// stopwords).
pub(crate) fn detection_lists(word: &str) -> u32 {
    if word.chars().any(char::is_uppercase) {
        0
    } else {
        stop_lists(word)
    }
}

/// Stopword evidence for language detection, added word by word. A
/// stopword shared by `k` lists counts `1/k` for each, so shared words
/// ("a", "la") do not decide.
#[derive(Debug, Clone)]
pub(crate) struct Votes {
    weight: [f64; 32],
    hits: [usize; 32],
}

impl Default for Votes {
    fn default() -> Self {
        Votes {
            weight: [0.0; 32],
            hits: [0; 32],
        }
    }
}

impl Votes {
    /// Counts one word found in the stopword `lists` (a mask from
    /// [`detection_lists`]).
    pub fn add(&mut self, lists: u32) {
        let lists = lists & voting_lists();
        if lists == 0 {
            return;
        }
        let share = 1.0 / lists.count_ones() as f64;
        // The lists' bits in rising order, one step each (not a test of
        // every list's bit per word).
        let mut rest = lists;
        while rest != 0 {
            let i = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            self.weight[i] += share;
            self.hits[i] += 1;
        }
    }

    /// The code of the language whose stopwords weigh most, or English
    /// with fewer than [`DEFAULT_MIN_STOPWORD_HITS`] hits (or than
    /// [`DEFAULT_MIN_HITS_WITHOUT_ENGLISH`] when no English stopword voted).
    fn winner(&self) -> &'static str {
        let best = (0..STOPWORDS.len()).fold(None, |best: Option<usize>, i| match best {
            Some(b) if self.weight[b] >= self.weight[i] => Some(b),
            _ => Some(i),
        });
        let english = STOPWORDS.iter().position(|(code, _)| *code == "en");
        let english_hits = english.map_or(0, |e| self.hits[e]);
        match best {
            Some(i) if self.hits[i] >= DEFAULT_MIN_STOPWORD_HITS => STOPWORDS[i].0,
            Some(i) if self.hits[i] >= DEFAULT_MIN_HITS_WITHOUT_ENGLISH && english_hits == 0 => {
                STOPWORDS[i].0
            }
            _ => "en",
        }
    }
}

/// The stopword lists that vote in detection (bits of `STOPWORDS`
/// indices): NLTK's, not the lists kept in the repository (Vietnamese, which
/// its letters tell apart).
const fn voting_lists() -> u32 {
    (1 << NLTK_LISTS) - 1
}

/// Hiragana or katakana.
fn is_kana(c: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&c)
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
    fn latin_wins_only_where_whatlang_finds_latin() {
        let cases = [
            ("Shares rose 5% to \u{A3}3.2bn on Monday.", true),
            ("Caf\u{E9} cr\u{E8}me br\u{FB}l\u{E9}e", true),
            (
                "\u{39A}\u{3B1}\u{3BB}\u{3B7}\u{3BC}\u{3AD}\u{3C1}\u{3B1} ok",
                false,
            ),
            ("\u{6771}\u{4EAC} Tokyo and Osaka \u{3067}", true),
            ("\u{6771}\u{4EAC} Tokyo \u{5927}\u{962A}\u{3067}", false),
            ("\u{6771}\u{4EAC}\u{5927}\u{962A} BBC", false),
            ("123 -- !!", false),
            ("", false),
        ];
        for (sample, wins) in cases {
            assert_eq!(Letters::count(sample).latin_wins(), wins, "{sample}");
            if wins {
                assert_eq!(
                    whatlang::detect_script(sample),
                    Some(Script::Latin),
                    "{sample}"
                );
            }
        }
    }

    #[test]
    fn detects_common_languages() {
        let cases = [
            ("The minister said on Tuesday that the government would review the policy.", "en"),
            ("El ministro dijo el martes que el gobierno revisaría la política de deportación.", "es"),
            ("Le ministre a déclaré mardi que le gouvernement allait revoir sa politique, mais il n'a pas donné de date.", "fr"),
            ("De minister zei dinsdag dat de regering het beleid zou herzien.", "nl"),
            ("Der Minister sagte am Dienstag, die Regierung werde die Politik überprüfen.", "de"),
            ("Il ministro ha detto martedì che il governo rivedrà la politica.", "it"),
            ("O ministro disse na terça-feira que o governo vai rever a política.", "pt"),
            ("Министр сказал во вторник, что правительство пересмотрит эту политику.", "ru"),
            ("東京で会議が開かれた。首相は新しい計画を発表した。", "ja"),
            ("北京今天举行了会议。总理宣布了新的计划。", "zh"),
            ("Bộ trưởng cho biết hôm thứ Ba rằng chính phủ sẽ xem xét lại chính sách.", "vi"),
            ("Theo lời khai của Huy tại phiên toà, ông đã lừa nhiều người.", "vi"),
            ("Ministeri sanoi tiistaina, että hallitus tarkistaa politiikan, mutta ei kertonut milloin.", "fi"),
            ("Ο υπουργός είπε την Τρίτη ότι η κυβέρνηση θα επανεξετάσει την πολιτική.", "el"),
        ];
        for (text, code) in cases {
            assert_eq!(Language::detect(text).code(), code, "{text}");
        }
    }

    #[test]
    fn vietnamese_letters_only_count_for_vietnamese() {
        // Letters of Latin Extended Additional that other languages use
        // (Welsh ẁ, German ẞ) and Latin-1 accents are not Vietnamese.
        for text in [
            "Die STRAẞE ist gesperrt, sagte die Polizei am Dienstag in der Stadt.",
            "Mae'r ẁyn yn y cae, meddai'r ffermwr wrth y papur newydd heddiw.",
            "À côté de l'église, où il y a une fête, le maire a parlé.",
        ] {
            assert_ne!(Language::detect(text).code(), "vi", "{text}");
        }
        let letters = Letters::count("Đà Nẵng ơi ư ỹ Ạ");
        assert_eq!(letters.vietnamese_letters(), 6);
        assert!(!Letters::count("Nẵng và").vietnamese(), "too few letters");
    }

    #[test]
    fn vietnamese_stopwords_do_not_vote() {
        // "do", "em" and "con" are Vietnamese stopwords too; only the
        // NLTK lists vote.
        assert!(Language::from_code("vi").is_some_and(|vi| vi.stopwords().contains("của")));
        let vi = Language::from_code("vi").map_or(0, |l| l.stopwords().bit);
        assert_ne!(stop_lists("do") & vi, 0);
        assert_eq!(voting_lists() & vi, 0);
        let mut votes = Votes::default();
        votes.add(stop_lists("của"));
        assert_eq!(votes.hits.iter().sum::<usize>(), 0);
    }

    #[test]
    fn names_do_not_decide() {
        // "Sen" and "on" are Finnish stopwords, "Hun" a Danish one.
        let text = "Joe Biden met Hun Sen in Phnom Penh on Nov 22. Biden said the talks went well. Hun Sen agreed.";
        assert_eq!(Language::detect(text).code(), "en");
    }

    #[test]
    fn unsure_means_english() {
        assert_eq!(Language::detect("Xyzzy plugh 42").code(), "en");
        assert_eq!(Language::detect("").code(), "en");
        // One Finnish stopword ("hän") is not enough, even without English ones.
        assert_eq!(
            Language::detect("Hän vieraili Turussa tiistaina.").code(),
            "en"
        );
        // One English stopword ("in") keeps two German ones from deciding.
        assert_eq!(Language::detect("Die Bank in Frankfurt.").code(), "en");
    }

    #[test]
    fn short_texts_without_english_stopwords_take_the_two_hits_they_have() {
        // Two Finnish stopwords ("että", "ei"), none English: fewer than
        // three hits, but English has none.
        let finnish = "Ministeri sanoi tiistaina, että hallitus ei tarkista politiikkaa.";
        assert_eq!(Language::detect(finnish).code(), "fi");
        let german = "Minister und Kanzlerin kamen nicht.";
        assert_eq!(Language::detect(german).code(), "de");
    }

    #[test]
    fn codes_round_trip() {
        for code in Language::codes() {
            assert_eq!(Language::from_code(code).map(Language::code), Some(code));
        }
        assert_eq!(Language::from_code("xx"), None);
    }

    #[test]
    fn stopword_lists() {
        assert!(Language::ENGLISH.stopwords().contains("the"));
        assert!(!Language::ENGLISH.stopwords().contains("river"));
        assert!(Language::from_code("es").is_some_and(|l| l.stopwords().contains("el")));
        for code in Language::codes() {
            let list: Vec<&str> = Language::from_code(code)
                .map(|l| l.stopwords().iter().collect())
                .unwrap_or_default();
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{code}: sorted, no repeats"
            );
        }
        assert_eq!(
            Language::from_code("zh").map(|l| l.stopwords().iter().count()),
            Some(0)
        );
    }

    #[test]
    fn one_bit_per_stopword_list() {
        assert!(STOPWORDS.len() <= 32);
        let en = Language::ENGLISH.stopwords();
        assert!(en.in_lists(stop_lists("the")));
        assert!(!en.in_lists(stop_lists("river")));
        assert_eq!(detection_lists("The"), 0);
        assert_eq!(detection_lists("the"), stop_lists("the"));
    }

    #[test]
    fn votes_split_shared_stopwords() {
        let mut votes = Votes::default();
        // "de" is on several lists, "het" and "een" only on Dutch.
        for w in ["de", "het", "een", "de"] {
            votes.add(stop_lists(w));
        }
        assert_eq!(votes.winner(), "nl");
        assert_eq!(Votes::default().winner(), "en");
    }

    #[test]
    fn prefix_respects_char_boundaries() {
        assert_eq!(prefix("aé", 2), "a");
        assert_eq!(prefix("abc", 10), "abc");
    }
}
