//! Invariants of nutgraf's results, as assertions: a failed check panics
//! with the text and what is wrong, which is what libFuzzer reports.

use nutgraf::{Entity, Error, Length, Options, Span, Summary};
use unicode_segmentation::UnicodeSegmentation;

/// The error codes the core may return (`src/error.rs`).
const CODES: &[&str] = &[
    "EMPTY_INPUT",
    "INPUT_TOO_LARGE",
    "BINARY_INPUT",
    "INVALID_INPUT",
    "INVALID_OPTIONS",
];

/// Checks `span` as a piece of `text`: inside it, on char boundaries, not
/// empty and without surrounding whitespace.
pub fn span(text: &str, s: Span, what: &str) {
    assert!(
        s.start < s.end && s.end <= text.len(),
        "{what} {s:?} outside 0..{} or empty",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{what} {s:?} not on char boundaries"
    );
    let piece = &text[s.start..s.end];
    assert_eq!(
        piece,
        piece.trim(),
        "{what} {s:?} has surrounding whitespace"
    );
}

/// Checks the units of `split_sentences` (or the furniture pass): valid
/// spans, in order, nothing but whitespace between and around them, none
/// longer than the longest unit unless it cannot be cut (one grapheme).
pub fn units(text: &str, spans: &[Span], max_bytes: usize) {
    let mut at = 0;
    for &s in spans {
        span(text, s, "unit");
        assert!(
            s.start >= at,
            "unit {s:?} overlaps or precedes the one before (ends at {at})"
        );
        let gap = &text[at..s.start];
        assert!(gap.trim().is_empty(), "text lost between units: {gap:?}");
        let piece = &text[s.start..s.end];
        assert!(
            piece.len() <= max_bytes || piece.graphemes(true).count() == 1,
            "unit {s:?} of {} bytes is longer than {max_bytes}",
            piece.len()
        );
        at = s.end;
    }
    let rest = &text[at..];
    assert!(
        rest.trim().is_empty(),
        "text lost after the last unit: {rest:?}"
    );
    assert_eq!(
        spans.is_empty(),
        text.trim().is_empty(),
        "units of blank text"
    );
}

/// Checks the result of `summarize(text, options)`; `again` is a second
/// call with the same input, which must give the same result.
pub fn summary(
    text: &str,
    options: &Options,
    result: &Result<Summary, Error>,
    again: &Result<Summary, Error>,
) {
    match (result, again) {
        (Ok(a), Ok(b)) => assert!(a == b, "two calls gave different results"),
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "two calls, different errors"),
        _ => panic!("two calls: one failed, one did not"),
    }
    match result {
        Err(e) => error(text, options, e),
        Ok(s) => {
            assert!(
                options.validate().is_ok(),
                "invalid options accepted: {options:?}"
            );
            sentences(text, s);
            length(options, s);
            entities(text, &s.entities);
            keywords(text, options, s);
            title(text, options, s);
        }
    }
}

/// An error must have a known code, and must be the right one for the
/// cases that can be told from outside.
fn error(text: &str, options: &Options, e: &Error) {
    assert!(
        CODES.contains(&e.code()),
        "unexpected error {}: {e}",
        e.code()
    );
    assert!(
        !e.to_string().is_empty(),
        "error {} without a message",
        e.code()
    );
    match e.code() {
        "INVALID_OPTIONS" => assert!(options.validate().is_err(), "valid options refused: {e}"),
        "EMPTY_INPUT" => assert!(text.trim().is_empty(), "text refused as empty: {e}"),
        "INPUT_TOO_LARGE" => assert!(text.len() > nutgraf::DEFAULT_MAX_INPUT_BYTES),
        _ => {}
    }
    if options.validate().is_ok() && !text.trim().is_empty() && e.code() != "BINARY_INPUT" {
        assert!(
            text.len() > nutgraf::DEFAULT_MAX_INPUT_BYTES,
            "text refused: {e}"
        );
    }
}

/// Summary sentences: exact slices, in document order, without overlap,
/// with finite scores.
fn sentences(text: &str, s: &Summary) {
    assert!(!s.sentences.is_empty(), "no summary for non-blank text");
    for x in &s.sentences {
        span(
            text,
            Span {
                start: x.start,
                end: x.end,
            },
            "sentence",
        );
        assert_eq!(
            &text[x.start..x.end],
            x.text,
            "sentence text is not text[start..end]"
        );
        assert!(
            x.index < s.stats.sentences,
            "sentence index {} of {}",
            x.index,
            s.stats.sentences
        );
        assert!(x.score.is_finite(), "sentence score {}", x.score);
    }
    // Summary sentences are the document's units, as split_sentences gives them.
    let units = nutgraf::split_sentences(text);
    assert_eq!(
        s.stats.sentences,
        units.len(),
        "stats.sentences is not the number of units"
    );
    for x in &s.sentences {
        let unit = units[x.index];
        assert_eq!(
            (unit.start, unit.end),
            (x.start, x.end),
            "sentence {} is not unit {}",
            x.index,
            x.index
        );
    }
    for w in s.sentences.windows(2) {
        assert!(
            w[0].index < w[1].index && w[0].end <= w[1].start,
            "sentences out of order or overlapping"
        );
    }
    assert!(s.stats.furniture <= s.stats.sentences, "{:?}", s.stats);
    assert!(s.stats.summary_words <= s.stats.words, "{:?}", s.stats);
}

/// The requested length is obeyed.
fn length(options: &Options, s: &Summary) {
    let n = s.sentences.len();
    match options.length() {
        Ok(Length::Sentences(max)) => assert!(n <= max, "{n} sentences for sentences={max}"),
        Ok(Length::Words(w)) => assert!(
            s.stats.summary_words <= w || n == 1,
            "{} words in {n} sentences for words={w}",
            s.stats.summary_words
        ),
        Ok(Length::Ratio(r)) => {
            let max = ((s.stats.sentences as f64) * r).ceil().max(1.0) as usize;
            assert!(
                n <= max,
                "{n} sentences for ratio={r} of {}",
                s.stats.sentences
            );
        }
        Err(e) => panic!("summary with invalid options: {e}"),
    }
}

/// Entities: every mention a valid span whose text carries the entity's
/// name (or a variant of it), mentions in order, no mention shared by two
/// entities, scores in 0..=1, most salient first.
pub fn entities(text: &str, entities: &[Entity]) {
    let mut all: Vec<Span> = Vec::new();
    for e in entities {
        assert!(!e.text.trim().is_empty(), "entity without a name: {e:?}");
        assert_eq!(e.count, e.mentions.len(), "count of {:?}", e.text);
        assert!(e.count > 0, "entity {:?} without mentions", e.text);
        assert!(
            (0.0..=1.0).contains(&e.score),
            "score {} of {:?}",
            e.score,
            e.text
        );
        for &m in &e.mentions {
            span(text, m, "mention");
        }
        let named = e
            .mentions
            .iter()
            .any(|m| words(&text[m.start..m.end]).contains(&words(&e.text)));
        assert!(named, "no mention of {:?} carries its name", e.text);
        for w in e.mentions.windows(2) {
            assert!(
                w[0].end <= w[1].start,
                "mentions of {:?} out of order: {w:?}",
                e.text
            );
        }
        all.extend(&e.mentions);
    }
    for w in entities.windows(2) {
        assert!(w[0].score >= w[1].score, "entities not most salient first");
    }
    all.sort();
    for w in all.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "two mentions overlap: {:?} and {:?}",
            &text[w[0].start..w[0].end],
            &text[w[1].start..w[1].end]
        );
    }
}

/// `s` with every run of whitespace as one space.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Keywords appear in the text, at most as many as asked for.
fn keywords(text: &str, options: &Options, s: &Summary) {
    assert!(
        s.keywords.len() <= options.keywords(),
        "{} keywords",
        s.keywords.len()
    );
    for k in &s.keywords {
        assert!(
            text.contains(&k.text),
            "keyword {:?} not in the text",
            k.text
        );
        assert!(k.score > 0.0 && k.score <= 1.0, "keyword score {}", k.score);
    }
}

/// A given title comes back trimmed; a found one is in the text.
fn title(text: &str, options: &Options, s: &Summary) {
    match options
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        Some(t) => assert_eq!(s.title.as_deref(), Some(t), "given title"),
        None => {
            if let Some(t) = &s.title {
                assert!(text.contains(t.as_str()), "title {t:?} not in the text");
            }
        }
    }
}
