//! Ranking parameters, with the defaults chosen on the BBC and XSum dev sets
//! (`cargo run --release --bin eval_rouge -- --set NAME=VALUE`).
//!
//! A change was kept only if it helped on both sets. Measured on the whole
//! dev sets (ROUGE-1/2/L F1; plain TextRank: BBC 85.0/80.6/81.9, XSum
//! 20.4/3.0/14.3), one was kept: term coverage (the mean, over a sentence's
//! distinct terms, of the number of other sentences sharing the term) as a
//! factor `coverage^0.5`, with the length normalisation `words^+0.4`:
//! BBC 85.4/81.1/82.5, XSum 20.6/3.2/14.6. These were tried and rejected:
//!
//! | change | BBC | XSum |
//! |---|---|---|
//! | BM25 similarity (k1 1.2, b 0.75; Barrios et al. 2016) | 78.0/70.7/72.9 | 20.3/3.2/14.5 |
//! | IDF-weighted overlap | 78.0/70.8/73.0 | 20.2/3.2/14.4 |
//! | position prior `k^-0.5` in the restart (PacSum-style lead bias) | 84.5/79.8/81.2 | 20.2/3.0/14.2 |
//! | position prior `k^-1` | 83.6/78.6/79.9 | 18.6/2.4/13.3 |
//! | title affinity in the restart, weight 1 / 3 | 85.0 / 84.7 | (no titles) |
//! | title as a graph node | 84.9/80.4/81.9 | (no titles) |
//! | length normalisation `words^-0.3` / `words^+0.2` | 85.1 / 83.4 | 19.1 / 20.7 |
//! | penalty below 15 words / above 35 words | 84.5 / 85.2 | 20.6 / 20.3 |
//! | damping 0.95 | 85.0/80.5/81.9 | 20.7/3.1/14.6 |
//! | edge weights squared / square-rooted | 83.8 / 84.0 | 20.4/3.1/14.5 / 20.2/3.0/14.4 |
//! | bigrams as terms | 84.5/79.9/81.3 | 20.1/3.0/14.3 |
//! | penalty for openers pointing back ("But", "He"), 0.2 | 84.1/79.3/80.7 | 20.4/3.0/14.5 |
//! | centroid cosine (MEAD; tf x in-document `ln N/df`), times centrality^1 / ^0.5 / ^0.3 | 81.5 / 83.2/78.2/79.7 / 84.0/79.3/80.8 | 20.4/3.2/14.3 / 20.6/3.2/14.4 / 20.6/3.2/14.5 |
//! | term coverage `sum (df - 1) / terms^0.5`, times centrality (^1) | 85.6/81.3/82.7 | 20.2/2.9/14.3 |
//! | word-TextRank keyword coverage `/ terms^0.7` (^0.5) / `/ terms^0.5` (^0.3) | 85.2/80.9/82.2 / 84.8/80.3/81.6 | 20.7/3.3/14.5 / 20.6/3.3/14.5 |
//! | salient names (capitalised words, by sentence count), factor `(1 + s)^0.5` | 83.9/79.1/80.6 | 20.1/3.0/14.2 |
//! | reciprocal-rank fusion (k 60) of centrality, coverage, centroid | 82.7/77.6/79.2 | 20.5/3.0/14.4 |
//! | PacSum directed degree (Zheng & Lapata 2019), weights back/forward -2/1, -1/1, -0.5/1, 0/1, alone | 69.6 / 71.8 / 73.8 / 77.9 | 18.8 / 18.9 / 19.2 / 19.4 |
//! | the same, -0.5/1 and 0.5/1, mixed half / 0.3 with TextRank | 82.7/77.2/78.3 / 85.4/81.2/82.5 | 19.6/2.8/13.9 / 20.4/3.2/14.5 |
//! | first mentions: factor `(1 + n)^g`, n = terms (in >= 2 / 3 sentences) first seen there, g 0.2 / 0.3 / -0.2 | 84.0 / 84.2 / 84.1 | 20.1 / 19.7 / 20.1 |
//!
//! What helps XSum (longer-range restart, favouring longer sentences) hurts
//! BBC, whose reference extracts follow plain TextRank closely. No mix of
//! centrality with centroid, coverage, keyword or name features passed XSum
//! ROUGE-1 20.7 (the target was 22.3; the best single sentence
//! scores 30.8, the better of TextRank's top two 23.8). In a Python replica
//! (TextRank 20.4 there), penalties for quotes or first-person words,
//! bonuses for digits or capitalised words, and LexRank (tf-idf cosine,
//! thresholds 0 / 0.1 / 0.2, alone or times TextRank) scored 17.2 to 20.6. The
//! redundancy guard (MMR above a 0.7 cosine floor) costs BBC 0.04 ROUGE-1
//! and cannot change one-sentence XSum summaries; it is kept because a
//! summary must not say the same thing twice.

use super::graph::{Similarity, DEFAULT_BM25_B, DEFAULT_BM25_K1};

/// Exponent of the position prior: the `k`-th sentence is `k^-p` times as
/// likely a restart point as the first.
pub const DEFAULT_POSITION: f64 = 0.0;
/// Weight of the title affinity in the restart distribution.
pub const DEFAULT_TITLE: f64 = 0.0;
/// Exponent of the length normalisation: scores are divided by
/// `words^exponent`; negative favours longer sentences (with the coverage
/// factor, it helped both dev sets: see the table above).
pub const DEFAULT_LENGTH: f64 = -0.4;
/// Exponent of the term-coverage factor: scores are multiplied by
/// `coverage^exponent`, where a sentence's coverage is the mean, over its
/// distinct terms, of the number of other sentences that share the term
/// (0 turns it off).
pub const DEFAULT_COVERAGE: f64 = 0.5;
/// Weight of redundancy in selection (maximal marginal relevance): a
/// candidate loses this much per unit of cosine similarity to a sentence
/// already chosen, with scores scaled to at most 1.
pub const DEFAULT_REDUNDANCY: f64 = 1.0;

/// Cosine similarity to a chosen sentence below which a candidate is not
/// redundant at all.
pub const DEFAULT_REDUNDANCY_FLOOR: f64 = 0.7;

/// Parameters of sentence ranking and selection. [`Params::default`] holds
/// the tuned `DEFAULT_*` values; other values are for evaluation runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Params {
    /// How sentence similarity is measured.
    pub similarity: Similarity,
    /// PageRank damping factor.
    pub damping: f64,
    /// Exponent of the position prior ([`DEFAULT_POSITION`]).
    pub position: f64,
    /// Weight of the title affinity ([`DEFAULT_TITLE`]).
    pub title: f64,
    /// Exponent of the length normalisation ([`DEFAULT_LENGTH`]).
    pub length: f64,
    /// Exponent of the term-coverage factor ([`DEFAULT_COVERAGE`]).
    pub coverage: f64,
    /// Weight of redundancy in selection ([`DEFAULT_REDUNDANCY`]).
    pub redundancy: f64,
    /// Similarity that starts to count as redundancy
    /// ([`DEFAULT_REDUNDANCY_FLOOR`]).
    pub redundancy_floor: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            similarity: Similarity::Overlap,
            damping: super::DEFAULT_DAMPING,
            position: DEFAULT_POSITION,
            title: DEFAULT_TITLE,
            length: DEFAULT_LENGTH,
            coverage: DEFAULT_COVERAGE,
            redundancy: DEFAULT_REDUNDANCY,
            redundancy_floor: DEFAULT_REDUNDANCY_FLOOR,
        }
    }
}

impl Params {
    /// Sets the parameter called `name` to `value`: a field name, or `bm25`
    /// (1 for BM25 similarity, 0 for TextRank overlap), `k1` or `b`.
    pub fn set(&mut self, name: &str, value: f64) -> Result<(), String> {
        let (k1, b) = match self.similarity {
            Similarity::Bm25 { k1, b } => (k1, b),
            Similarity::Overlap => (DEFAULT_BM25_K1, DEFAULT_BM25_B),
        };
        match name {
            "bm25" if value > 0.0 => self.similarity = Similarity::Bm25 { k1, b },
            "bm25" => self.similarity = Similarity::Overlap,
            "k1" => self.similarity = Similarity::Bm25 { k1: value, b },
            "b" => self.similarity = Similarity::Bm25 { k1, b: value },
            "damping" => self.damping = value,
            "position" => self.position = value,
            "title" => self.title = value,
            "length" => self.length = value,
            "coverage" => self.coverage = value,
            "redundancy" => self.redundancy = value,
            "floor" => self.redundancy_floor = value,
            _ => return Err(format!("unknown ranking parameter {name:?}")),
        }
        Ok(())
    }
}
