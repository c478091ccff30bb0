//! Small versions of the worst cases of issue #12 (the timed ones are the
//! `adversarial` group of `benches/summarize.rs`): what each gives, so that
//! changes made for their time and memory keep the results.

use nutgraf::{summarize, EntityKind, Options};

fn run(text: &str) -> nutgraf::Summary {
    match summarize(text, &Options::default()) {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    }
}

/// The summary sentences' texts, checked against their spans.
fn texts<'t>(text: &'t str, s: &nutgraf::Summary) -> Vec<&'t str> {
    s.sentences
        .iter()
        .map(|x| {
            let t = &text[x.start..x.end];
            assert_eq!(t, x.text);
            t
        })
        .collect()
}

#[test]
fn newlines_then_two_sentences() {
    let mut text = "\n".repeat(10_000);
    text.push_str("The first sentence is here. The second one follows it.");
    let s = run(&text);
    assert_eq!(
        texts(&text, &s),
        ["The first sentence is here.", "The second one follows it."]
    );
    assert_eq!(s.stats.sentences, 2);
}

#[test]
fn punctuation_only_has_no_entities_or_keywords() {
    let text = "!?.,;:-()\"'".repeat(2_000);
    let s = run(&text);
    assert!(s.entities.is_empty());
    assert!(s.keywords.is_empty());
    assert_eq!(s.stats.words, 0);
}

#[test]
fn tiny_sentences_are_units_without_terms() {
    let text = "A b. ".repeat(2_000);
    let s = run(&text);
    assert_eq!(s.stats.sentences, 2_000);
    assert_eq!(s.stats.words, 4_000);
    assert_eq!(texts(&text, &s), ["A b.", "A b.", "A b."]);
    assert!(s.entities.is_empty());
}

#[test]
fn capitalised_words_are_cut_into_units_and_names() {
    let text = "Hun Sen Met Joe Biden In Phnom Penh ".repeat(500);
    let s = run(&text);
    assert_eq!(s.stats.words, 4_000);
    // No sentence ends: the text is cut into units of bounded length.
    assert_eq!(s.stats.sentences, 19);
    let found: Vec<(&str, usize)> = s.entities.iter().map(|e| (&*e.text, e.count)).collect();
    assert_eq!(found, [("Phnom Penh", 496)]);
}

#[test]
fn dates_and_amounts_are_found_among_digits() {
    let text = "12345678901234567890 31/12/2024 2024-01-05 5 March 2021 $3.5bn 12:30 1,234,567.89 "
        .repeat(200);
    let s = run(&text);
    let kinds: Vec<EntityKind> = s.entities.iter().map(|e| e.kind).collect();
    assert!(kinds.contains(&EntityKind::Date), "{kinds:?}");
    assert!(kinds.contains(&EntityKind::Amount), "{kinds:?}");
    let found: Vec<(&str, usize)> = s.entities.iter().map(|e| (&*e.text, e.count)).collect();
    assert_eq!(
        found,
        [
            ("31/12/2024", 200),
            ("2024-01-05", 200),
            ("$3.5bn", 200),
            ("5 March 2021", 199),
            ("March 2021", 1)
        ]
    );
}

#[test]
fn one_long_word_is_cut_into_units_of_1000_bytes() {
    let text = "a".repeat(100_000);
    let s = run(&text);
    assert_eq!((s.stats.sentences, s.stats.words), (100, 100));
    let spans: Vec<(usize, usize)> = s.sentences.iter().map(|x| (x.start, x.end)).collect();
    assert_eq!(
        spans,
        [(35_000, 36_000), (36_000, 37_000), (37_000, 38_000)]
    );
    assert_eq!(texts(&text, &s).len(), 3);
}
