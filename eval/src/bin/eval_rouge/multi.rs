//! The development sets in other languages (`multi/`: OrangeSum French,
//! LCSTS Chinese, VietNews Vietnamese): which part is reported, the
//! extractive oracle, and language detection on every set.

use std::path::Path;

use super::corpus::Item;
use super::rouge::{Scorer, Scores, Tokens};

/// Which items of a set a run scores. The sets are split by position in
/// the file: the items at even positions (0, 2, 4, …) are for tuning, the
/// ones at odd positions are held out and reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Even positions: what the language rules were tuned on.
    Tune,
    /// Odd positions: held out, the figures reported.
    Test,
    /// Every item.
    All,
}

impl Part {
    /// Parses `tune`, `test` or `all`.
    pub fn parse(s: &str) -> Option<Part> {
        match s {
            "tune" => Some(Part::Tune),
            "test" => Some(Part::Test),
            "all" => Some(Part::All),
            _ => None,
        }
    }

    /// How the part is named in the output.
    pub fn describe(self) -> &'static str {
        match self {
            Part::Tune => "tuning half (even positions in the file)",
            Part::Test => "held-out half (odd positions in the file; tuned on the even ones)",
            Part::All => "every item (tuning half included)",
        }
    }

    /// The items of this part.
    pub fn select(self, items: Vec<Item>) -> Vec<Item> {
        items
            .into_iter()
            .enumerate()
            .filter(|(i, _)| match self {
                Part::Tune => i % 2 == 0,
                Part::Test => i % 2 == 1,
                Part::All => true,
            })
            .map(|(_, item)| item)
            .collect()
    }
}

/// How ROUGE reads a language: characters for Chinese (and Japanese),
/// words without stemming otherwise.
pub fn tokens_for(language: &str) -> Tokens {
    match language {
        "zh" | "ja" => Tokens::Chars,
        _ => Tokens::Words,
    }
}

/// The greedy extractive oracle: sentences of the body added one at a time,
/// each the one that raises ROUGE-1 + ROUGE-2 F1 most, up to the item's
/// length, stopping when no sentence raises it; scored in document order.
pub fn oracle(items: &[Item], scorer: &mut Scorer) -> Scores {
    let mut total = Scores::default();
    for item in items {
        total.add(oracle_one(item, scorer));
    }
    total.mean(items.len())
}

fn oracle_one(item: &Item, scorer: &mut Scorer) -> Scores {
    let spans = nutgraf::split_sentences(&item.body);
    let texts: Vec<&str> = spans.iter().map(|s| &item.body[s.start..s.end]).collect();
    let mut chosen: Vec<usize> = Vec::new();
    let mut best = Scores::default();
    while chosen.len() < item.sentences {
        let mut step: Option<(usize, Scores)> = None;
        for i in (0..texts.len()).filter(|i| !chosen.contains(i)) {
            let mut with: Vec<usize> = chosen.clone();
            with.push(i);
            with.sort_unstable();
            let summary: Vec<&str> = with.iter().map(|&j| texts[j]).collect();
            let s = scorer.score(&item.reference, &summary.join(" "));
            if step.map_or(true, |(_, b)| s.r1 + s.r2 > b.r1 + b.r2) {
                step = Some((i, s));
            }
        }
        match step {
            Some((i, s)) if s.r1 + s.r2 > best.r1 + best.r2 => {
                chosen.push(i);
                best = s;
            }
            _ => break,
        }
    }
    best
}

/// Share of `items` whose document nutgraf detects as `language`, and the
/// languages it said instead (`code×count`, most frequent first).
pub fn detection(texts: &[String], language: &str) -> (f64, String) {
    let mut wrong: Vec<(&'static str, usize)> = Vec::new();
    let mut right = 0;
    for text in texts {
        let code = nutgraf::Language::detect(text).code();
        if code == language {
            right += 1;
        } else if let Some(w) = wrong.iter_mut().find(|(c, _)| *c == code) {
            w.1 += 1;
        } else {
            wrong.push((code, 1));
        }
    }
    wrong.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let others: Vec<String> = wrong.iter().map(|(c, n)| format!("{c}×{n}")).collect();
    (
        100.0 * right as f64 / texts.len().max(1) as f64,
        others.join(" "),
    )
}

/// The NER development sets whose language detection is checked too:
/// `(file under ner/, language, whether tokens join without spaces)`.
pub const NER_SETS: &[(&str, &str, bool)] = &[
    ("germeval2014-de-dev.txt", "de", false),
    ("norne-no-dev.txt", "no", false),
    ("turku-fi-dev.txt", "fi", false),
    ("chinese-zh-dev.txt", "zh", true),
    ("stockmark-ja-dev.txt", "ja", true),
    ("conll2002-es-test.txt", "es", false),
    ("conll2002-nl-test.txt", "nl", false),
];

/// Sentences of a NER set joined into texts of this many sentences each
/// (about a paragraph) for language detection.
pub const NER_SENTENCES_PER_TEXT: usize = 5;

/// The texts of a NER file (first column of each line, sentences separated
/// by blank lines, `-DOCSTART-` lines skipped), [`NER_SENTENCES_PER_TEXT`]
/// sentences each; tokens joined by spaces, or by nothing when `glued`
/// (`␣` is then a space).
pub fn ner_texts(path: &Path, glued: bool) -> std::io::Result<Vec<String>> {
    let raw = std::fs::read_to_string(path)?;
    let mut sentences: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in raw.lines().map(str::trim_end) {
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        let token = line.split(['\t', ' ']).next().unwrap_or("");
        if glued {
            current.push_str(if token == "␣" { " " } else { token });
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(token);
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    let sep = if glued { "" } else { " " };
    Ok(sentences
        .chunks(NER_SENTENCES_PER_TEXT)
        .map(|c| c.join(sep))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(body: &str, reference: &str, sentences: usize) -> Item {
        Item {
            id: String::new(),
            text: body.into(),
            body: body.into(),
            reference: reference.into(),
            sentences,
        }
    }

    #[test]
    fn parts_split_by_position() {
        let items = || (0..5).map(|i| item(&i.to_string(), "", 1)).collect();
        let ids =
            |p: Part| -> Vec<String> { p.select(items()).into_iter().map(|i| i.text).collect() };
        assert_eq!(ids(Part::Tune), ["0", "2", "4"]);
        assert_eq!(ids(Part::Test), ["1", "3"]);
        assert_eq!(ids(Part::All).len(), 5);
    }

    #[test]
    fn oracle_finds_the_reference_sentences() {
        let body = "Le chat dort. Il pleut sur Paris. Le chien aboie fort.";
        let mut scorer = Scorer::new(Tokens::Words);
        let s = oracle(
            &[item(body, "Il pleut sur Paris. Le chien aboie fort.", 2)],
            &mut scorer,
        );
        assert_eq!((s.r1, s.r2), (1.0, 1.0));
        // It stops when no sentence helps.
        let s = oracle(&[item(body, "Le chat dort.", 3)], &mut scorer);
        assert_eq!(s.r1, 1.0);
    }
}
