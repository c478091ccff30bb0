//! nutgraf: the gist of any article.
//!
//! nutgraf splits an article into sentences, drops the page furniture a
//! pasted web page brings along (share prompts, plugs, captions, tag lines,
//! related headlines), ranks the sentences with TextRank (a similarity graph
//! built from an inverted index, and PageRank), picks a summary of the
//! requested length without near-repeats, and finds the key entities and
//! keyphrases, all with byte offsets into the input.
//!
//! Code size matters (the wasm is part of a 240 KB bookmarklet budget):
//! sorting goes through one shared copy of the standard sort
//! (`order.rs`), and sets of characters are passed to `str` methods as
//! slices (`&[' ', '\t'][..]`), since each array length would compile its
//! own copy of the pattern searcher.
//!
//! Quality is measured by the `nutgraf-eval` crate in `eval/`:
//! `cargo run --release -p nutgraf-eval --bin eval_rouge` (ROUGE on the BBC
//! News Summary and XSum dev sets, against Lead-N), `--bin eval_clean`
//! (furniture on real pages) and `--bin eval_ner` (CoNLL entities). What
//! they need from inside the crate is in `nutgraf::eval`, behind the `eval`
//! feature.
//!
//! ```
//! let text = "Rain fell on Paris on Monday. The rain flooded roads in Paris. \
//!             Officials said the roads would reopen. Cats slept.";
//! let summary = nutgraf::summarize(text, &nutgraf::Options {
//!     sentences: Some(1),
//!     ..Default::default()
//! })?;
//! assert_eq!(summary.sentences.len(), 1);
//! let s = &summary.sentences[0];
//! assert_eq!(&text[s.start..s.end], s.text);
//! # Ok::<(), nutgraf::Error>(())
//! ```
#![deny(missing_docs)]

// The README's Rust examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

mod clean;
mod entities;
mod error;
#[cfg(feature = "eval")]
pub mod eval;
// Used by the wasm binding only (and its own tests).
#[cfg(all(feature = "json", any(target_arch = "wasm32", test)))]
mod json;
mod keywords;
mod offsets;
mod options;
mod order;
mod rank;
mod result;
mod select;
mod text;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use entities::lang_data::{
    blob as language_data, load as load_language, missing as language_data_missing,
};
pub use error::Error;
pub use offsets::OffsetUnit;
pub use options::{Length, Options, DEFAULT_KEYWORDS, DEFAULT_MAX_INPUT_BYTES, DEFAULT_SENTENCES};
pub use result::{Entity, EntityKind, Keyword, Sentence, Span, Stats, Summary};
pub use text::lang::Language;
pub use text::sentences::split as split_sentences;

use text::{ends_sentence, Document};

/// Summarizes `text`: the best sentences for the requested length, key
/// entities and keywords. Offsets in the result are byte offsets into `text`.
///
/// Errors: invalid options, empty or blank text, text over
/// [`DEFAULT_MAX_INPUT_BYTES`], and binary data.
pub fn summarize(text: &str, options: &Options) -> Result<Summary, Error> {
    summarize_with(text, options, &rank::Params::default())
}

/// The language `text` will be summarized in with `options` (the one the
/// options name, or the one detected from the text's first 8,192 bytes
/// with [`Language::detect`], the rules and sample [`summarize`] uses),
/// without summarizing: about 0.08 ms per news article in wasm, so a
/// caller can ask before a long text whether its language's data is
/// [missing](language_data_missing) and worth [loading](load_language).
///
/// Errors: invalid options.
pub fn summary_language(text: &str, options: &Options) -> Result<Language, Error> {
    options.validate()?;
    Ok(chosen_language(options).unwrap_or_else(|| Language::detect(text)))
}

/// [`summarize`] with explicit ranking parameters (tuning runs reach it
/// through `eval::summarize_with` with the `eval` feature).
fn summarize_with(text: &str, options: &Options, params: &rank::Params) -> Result<Summary, Error> {
    // 1. Check the request.
    options.validate()?;
    let length = options.length()?;
    check_input(text)?;

    // 2. Split into units and analyse words in the document's language.
    let doc = Document::analyse(text, chosen_language(options));
    let language = doc.language;

    // 3. Decide which units may be summary sentences.
    let furniture = if options.clean() {
        clean::furniture(&doc)
    } else {
        vec![false; doc.units.len()]
    };
    let title = title(&doc, options);
    // The title is left out of the summary when it is the text's first
    // unit (a headline line); a title given apart from the text is not.
    let title_in_text =
        title.is_some_and(|t| !doc.units.is_empty() && doc.unit_text(0).trim() == t);
    let eligible = eligible(&doc, &furniture, title_in_text);

    // 4. Rank the units and pick the summary (steps in `choose`); only
    //    what the result needs outlives it.
    let (chosen, sentences, stats) = choose(&doc, &eligible, &furniture, length, params);

    // 5. Entities and keywords over the whole document.
    let entities = entities::find(&doc, &chosen);
    let content: Vec<bool> = furniture.iter().map(|f| !f).collect();
    let keywords = keywords::extract(&doc, &content, options.keywords());

    Ok(Summary {
        language: language.code().to_string(),
        title: title.map(str::to_string),
        stats,
        sentences,
        entities,
        keywords,
    })
}

/// Ranks the units and picks the summary: its units (ascending), its
/// sentences and the stats. The per-unit figures (words, scores, the
/// graph) are dropped on return, before entities and keywords need their
/// own memory: on text made of tiny sentences, they would be the largest
/// structures left.
#[cfg_attr(feature = "speed", inline(never))]
fn choose(
    doc: &Document<'_>,
    eligible: &[bool],
    furniture: &[bool],
    length: Length,
    params: &rank::Params,
) -> (Vec<usize>, Vec<Sentence>, Stats) {
    // TextRank: sentence graph from an inverted index, PageRank over it.
    let words: Vec<usize> = (0..doc.units.len())
        .map(|i| doc.unit_word_count(i))
        .collect();
    let ranking = rank_units(doc, eligible, &words, params);

    // Best first, skipping near-repeats, in document order. The graph is
    // dropped here (it is the largest structure on long texts).
    let chosen = pick(&ranking, &words, eligible, length, params);
    let scores = &ranking.into_scores();
    let sentences = chosen.iter().map(|&i| sentence(doc, scores, i)).collect();
    let stats = Stats {
        sentences: doc.units.len(),
        words: words.iter().sum(),
        furniture: furniture.iter().filter(|f| **f).count(),
        summary_words: chosen.iter().map(|&i| words[i]).sum(),
    };
    (chosen, sentences, stats)
}

/// Ranks the eligible units of `doc`.
#[cfg_attr(feature = "speed", inline(never))]
fn rank_units(
    doc: &Document<'_>,
    eligible: &[bool],
    words: &[usize],
    params: &rank::Params,
) -> rank::Ranking {
    // Chinese, Japanese and Vietnamese add bigrams to the terms.
    let grams = text::grams::Grams::of(doc);
    let terms = |i| {
        grams
            .as_ref()
            .map_or_else(|| doc.unit_terms(i), |g| g.unit(i))
    };
    let input = rank::Input {
        terms: &terms,
        units: doc.units.len(),
        term_count: grams
            .as_ref()
            .map_or_else(|| doc.term_count(), |g| g.count()),
        eligible,
        words,
    };
    let mut ranking = rank::rank(&input, params);
    rank::lead::weigh(&mut ranking.scores, eligible, doc.language);
    ranking
}

/// The summary units for `length`, ascending.
#[cfg_attr(feature = "speed", inline(never))]
fn pick(
    ranking: &rank::Ranking,
    words: &[usize],
    eligible: &[bool],
    length: Length,
    params: &rank::Params,
) -> Vec<usize> {
    let candidates = select::Candidates {
        scores: &ranking.scores,
        words,
        eligible,
        overlap: &|i| ranking.overlap(i),
    };
    let redundancy = select::Redundancy {
        weight: params.redundancy,
        floor: params.redundancy_floor,
    };
    select::select(&candidates, length, redundancy)
}

/// Rejects empty, oversized and binary input.
fn check_input(text: &str) -> Result<(), Error> {
    if text.len() > DEFAULT_MAX_INPUT_BYTES {
        return Err(Error::input_too_large(text.len(), DEFAULT_MAX_INPUT_BYTES));
    }
    if text.trim().is_empty() {
        return Err(Error::empty_input());
    }
    if looks_binary(text) {
        return Err(Error::binary_input());
    }
    Ok(())
}

/// Share of control or replacement characters above which input is binary.
const BINARY_SHARE: f64 = 0.1;

/// Whether `text` looks like binary data decoded as text: many NULs, control
/// characters or U+FFFD replacement characters.
///
/// Read byte by byte, each character counted at its first byte (decoding
/// every character cost 2 % of a news article's time).
fn looks_binary(text: &str) -> bool {
    let sample = text::lang::prefix(text, 64 * 1024).as_bytes();
    let (mut bad, mut all) = (0usize, 0usize);
    for (i, &b) in sample.iter().enumerate() {
        // Printable ASCII first, most of most text.
        if b.wrapping_sub(b' ') < 0x5F {
            all += 1;
        } else if b & 0xC0 != 0x80 {
            all += 1;
            let next = |k: usize| sample.get(i + k).copied().unwrap_or(0);
            bad += usize::from(is_binary_char(b, next(1), next(2)));
        }
    }
    all > 0 && bad as f64 / all as f64 > BINARY_SHARE
}

/// Whether the character whose UTF-8 starts with `first`, then `second`
/// and `third` (0 past the end), is U+FFFD (`EF BF BD`) or a control
/// character that is not whitespace: in ASCII all below the space but tab
/// to carriage return, and DEL; beyond it U+0080 to U+009F (`C2 80` to
/// `C2 9F`) but U+0085, a line break.
fn is_binary_char(first: u8, second: u8, third: u8) -> bool {
    match first {
        0x00..=0x08 | 0x0E..=0x1F | 0x7F => true,
        0xC2 => second <= 0x9F && second != 0x85,
        0xEF => second == 0xBF && third == 0xBD,
        _ => false,
    }
}

/// The language the options ask for; `None` for detection.
fn chosen_language(options: &Options) -> Option<Language> {
    match options.language.as_deref() {
        None | Some("auto") => None,
        Some(code) => Some(Language::from_code(code).unwrap_or(Language::ENGLISH)),
    }
}

/// The title: given in the options, or a headline on the text's first line
/// (a line without closing punctuation, followed by more text).
fn title<'a>(doc: &Document<'a>, options: &'a Options) -> Option<&'a str> {
    if let Some(t) = options.title.as_deref().filter(|t| !t.trim().is_empty()) {
        return Some(t.trim());
    }
    let first = doc.units.first()?;
    let line_end = doc.text[first.span.end..]
        .find('\n')
        .map(|i| first.span.end + i)?;
    let is_headline =
        doc.units.len() > 1 && !ends_sentence(doc.unit_text(0)) && doc.unit_word_count(0) <= 30;
    (is_headline && doc.text[first.span.end..line_end].trim().is_empty()).then(|| doc.unit_text(0))
}

/// Units that may be chosen: not furniture, not the title, and, when the
/// document has such units, complete sentences (ending like a sentence and
/// not starting inside a quotation).
#[cfg_attr(feature = "speed", inline(never))]
fn eligible(doc: &Document<'_>, furniture: &[bool], has_title: bool) -> Vec<bool> {
    let n = doc.units.len();
    let skip_title = has_title && n > 1;
    let base: Vec<bool> = (0..n)
        .map(|i| !(furniture[i] || skip_title && i == 0))
        .collect();
    let full: Vec<bool> = (0..n)
        .map(|i| base[i] && is_complete(doc.unit_text(i)))
        .collect();
    if full.iter().any(|x| *x) {
        full
    } else if base.iter().any(|x| *x) {
        base
    } else {
        vec![true; n]
    }
}

/// Ends like a sentence and does not start inside a quotation: a unit
/// whose first quotation mark is a closing `”` (`Once, they left,” he
/// said.`) continues a quote begun in the unit before, and reads as a
/// fragment on its own.
fn is_complete(unit: &str) -> bool {
    // Most units have no closing quotation mark at all, which `contains`
    // tells with a byte search instead of decoding every character.
    let opens_inside =
        || unit.contains('”') && unit.chars().find(|c| matches!(c, '“' | '”' | '„')) == Some('”');
    ends_sentence(unit) && !opens_inside()
}

fn sentence(doc: &Document<'_>, scores: &[f64], i: usize) -> Sentence {
    let span = doc.units[i].span;
    Sentence {
        index: i,
        text: doc.unit_text(i).to_string(),
        start: span.start,
        end: span.end,
        score: scores[i],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_characters_are_control_or_replacement_characters() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut bytes = [0u8; 3];
            let utf8 = c.encode_utf8(&mut buf).as_bytes();
            let n = utf8.len().min(3);
            bytes[..n].copy_from_slice(&utf8[..n]);
            let expected = c == '\u{FFFD}' || (c.is_control() && !c.is_whitespace());
            assert_eq!(
                is_binary_char(bytes[0], bytes[1], bytes[2]),
                expected,
                "{c:?}"
            );
        }
    }

    #[test]
    fn complete_units_end_a_sentence_and_do_not_close_a_quote_first() {
        assert!(is_complete("He left."));
        assert!(!is_complete("He left"));
        assert!(!is_complete("Once, they left,” he said."));
        assert!(is_complete("He said: “Once, they left.”"));
        assert!(is_complete("„Ja“, sagte er, „nein”."));
        assert!(is_complete("It’s ‘fine’, “really”."));
    }

    #[test]
    fn binary_input_by_share_of_characters() {
        // 1 bad character in 10 is not more than a tenth; 2 in 11 are.
        assert!(!looks_binary("\u{0}éééééééé\u{85}"));
        assert!(looks_binary("\u{0}\u{FFFD}ééééééééé"));
        assert!(!looks_binary("plain text\r\n\t"));
        assert!(looks_binary("\u{1}\u{2}\u{7F}\u{9F}"));
    }
}
