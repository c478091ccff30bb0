//! ROUGE-1, ROUGE-2 and ROUGE-L F1 exactly as Google's `rouge-score`
//! (`RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)`)
//! computes them: lower case, every run of characters outside `[a-z0-9]`
//! becomes a space, tokens longer than 3 characters are Porter-stemmed
//! (NLTK's variant), n-gram overlap with clipped counts, and the longest
//! common subsequence over the whole token sequences for ROUGE-L.
//!
//! Other languages are scored as the corpus README says (no stemming):
//! [`Tokens::Words`] takes lower-cased Unicode `\w+` runs (French,
//! Vietnamese), [`Tokens::Chars`] every letter or digit alone (Chinese, as
//! LCSTS papers do).

use std::collections::HashMap;

use super::porter;

/// F1 of ROUGE-1, ROUGE-2 and ROUGE-L, each in `0..=1`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Scores {
    /// Unigram F1.
    pub r1: f64,
    /// Bigram F1.
    pub r2: f64,
    /// Longest-common-subsequence F1.
    pub rl: f64,
}

impl Scores {
    /// Component-wise sum, for averaging.
    pub fn add(&mut self, other: Scores) {
        self.r1 += other.r1;
        self.r2 += other.r2;
        self.rl += other.rl;
    }

    /// Component-wise division by `n` (no-op for zero).
    pub fn mean(self, n: usize) -> Scores {
        let d = n.max(1) as f64;
        Scores {
            r1: self.r1 / d,
            r2: self.r2 / d,
            rl: self.rl / d,
        }
    }
}

/// How a scorer cuts text into tokens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tokens {
    /// `rouge-score`'s tokenizer with Porter stemming (English).
    #[default]
    English,
    /// Lower-cased runs of Unicode word characters (`\w+`: letters,
    /// digits and `_`), no stemming.
    Words,
    /// Each letter or digit alone, lower-cased (Chinese).
    Chars,
}

/// A scorer with a cache of stems (stemming dominates the cost).
#[derive(Default)]
pub struct Scorer {
    stems: HashMap<String, String>,
    mode: Tokens,
}

impl Scorer {
    /// A scorer that cuts text into tokens as `mode` says.
    pub fn new(mode: Tokens) -> Scorer {
        Scorer {
            stems: HashMap::new(),
            mode,
        }
    }

    /// ROUGE F1 scores of `candidate` against `reference`.
    pub fn score(&mut self, reference: &str, candidate: &str) -> Scores {
        let r = self.tokens(reference);
        let c = self.tokens(candidate);
        Scores {
            r1: ngram_f1(&r, &c, 1),
            r2: ngram_f1(&r, &c, 2),
            rl: lcs_f1(&r, &c),
        }
    }

    /// The tokens of `text` in this scorer's mode.
    pub fn tokens(&mut self, text: &str) -> Vec<String> {
        match self.mode {
            Tokens::English => self.english_tokens(text),
            Tokens::Words => word_tokens(text),
            Tokens::Chars => char_tokens(text),
        }
    }

    /// rouge-score's tokenizer with stemming.
    fn english_tokens(&mut self, text: &str) -> Vec<String> {
        let lower = text.to_lowercase();
        let spaced: String = lower
            .chars()
            .map(|c| {
                if c.is_ascii_lowercase() || c.is_ascii_digit() {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        spaced
            .split_whitespace()
            .map(|t| {
                if t.len() > 3 {
                    self.stem(t)
                } else {
                    t.to_string()
                }
            })
            .collect()
    }

    fn stem(&mut self, token: &str) -> String {
        if let Some(s) = self.stems.get(token) {
            return s.clone();
        }
        let s = porter::stem(token);
        self.stems.insert(token.to_string(), s.clone());
        s
    }
}

/// Lower-cased runs of `\w` characters (as Python's `re` reads `\w` in a
/// `str` pattern: letters, digits and `_`).
fn word_tokens(text: &str) -> Vec<String> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    text.to_lowercase()
        .split(|c: char| !is_word(c))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// Each letter or digit, lower-cased, as a token of its own.
fn char_tokens(text: &str) -> Vec<String> {
    text.to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .map(String::from)
        .collect()
}

fn f1(overlap: usize, reference: usize, candidate: usize) -> f64 {
    let p = overlap as f64 / candidate.max(1) as f64;
    let r = overlap as f64 / reference.max(1) as f64;
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn counts(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut m = HashMap::new();
    if tokens.len() >= n {
        for g in tokens.windows(n) {
            *m.entry(g).or_insert(0) += 1;
        }
    }
    m
}

/// N-gram F1 with clipped counts.
fn ngram_f1(reference: &[String], candidate: &[String], n: usize) -> f64 {
    let r = counts(reference, n);
    let c = counts(candidate, n);
    let overlap: usize = r
        .iter()
        .map(|(g, k)| (*k).min(c.get(g).copied().unwrap_or(0)))
        .sum();
    f1(overlap, r.values().sum(), c.values().sum())
}

/// LCS F1 (rouge-score returns 0 when either side is empty).
fn lcs_f1(reference: &[String], candidate: &[String]) -> f64 {
    if reference.is_empty() || candidate.is_empty() {
        return 0.0;
    }
    let mut prev = vec![0usize; candidate.len() + 1];
    let mut row = vec![0usize; candidate.len() + 1];
    for r in reference {
        for (j, c) in candidate.iter().enumerate() {
            row[j + 1] = if r == c {
                prev[j] + 1
            } else {
                row[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut row);
    }
    f1(prev[candidate.len()], reference.len(), candidate.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pairs written for nutgraf, scored by `rouge-score` 0.1.2 with
    /// `eval/scripts/rouge/make_fixture.py` (tab-separated: id, reference,
    /// candidate, ROUGE-1, ROUGE-2, ROUGE-L F1 × 100).
    const FIXTURE: &str = include_str!("../../../tests/fixtures/rouge/pairs.tsv");

    #[test]
    fn matches_rouge_score_on_fixture_pairs() {
        let mut scorer = Scorer::default();
        let mut n = 0;
        for line in FIXTURE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 6, "bad fixture line {line:?}");
            let got = scorer.score(f[1], f[2]);
            let want: Vec<f64> = f[3..]
                .iter()
                .map(|x| x.parse().unwrap_or(f64::NAN))
                .collect();
            for (name, g, w) in [
                ("R1", got.r1, want[0]),
                ("R2", got.r2, want[1]),
                ("RL", got.rl, want[2]),
            ] {
                assert!(
                    (g * 100.0 - w).abs() <= 0.1,
                    "{} {name}: got {:.3}, want {w}",
                    f[0],
                    g * 100.0
                );
            }
            n += 1;
        }
        assert!(n >= 20, "fixture has only {n} pairs");
    }

    #[test]
    fn words_and_chars_for_other_languages() {
        let mut words = Scorer::new(Tokens::Words);
        assert_eq!(
            words.tokens("L'État a dit: Hà Nội, 3,2 tỷ_đồng."),
            ["l", "état", "a", "dit", "hà", "nội", "3", "2", "tỷ_đồng"]
        );
        let mut chars = Scorer::new(Tokens::Chars);
        assert_eq!(
            chars.tokens("乔布斯在2007年展示iPhone。"),
            [
                "乔", "布", "斯", "在", "2", "0", "0", "7", "年", "展", "示", "i", "p", "h", "o",
                "n", "e"
            ]
        );
        let s = chars.score("北京大学", "北京大学");
        assert_eq!((s.r1, s.r2, s.rl), (1.0, 1.0, 1.0));
    }

    #[test]
    fn tokenizer_like_rouge_score() {
        let mut s = Scorer::default();
        assert_eq!(
            s.tokens("Profits jumped 76% to $1.13bn.The café's"),
            ["profit", "jump", "76", "to", "1", "13bn", "the", "caf", "s"]
        );
    }
}
