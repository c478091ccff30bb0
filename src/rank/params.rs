//! Ranking parameters, with the defaults tuned on the BBC and XSum dev sets
//! (see `src/bin/eval_rouge.rs`).

use super::graph::{Similarity, DEFAULT_BM25_B, DEFAULT_BM25_K1};

/// Exponent of the position prior: the `k`-th sentence is `k^-p` times as
/// likely a restart point as the first.
pub const DEFAULT_POSITION: f64 = 0.0;
/// Weight of the title affinity in the restart distribution.
pub const DEFAULT_TITLE: f64 = 0.0;
/// Exponent of the length normalisation: scores are divided by
/// `words^exponent`.
pub const DEFAULT_LENGTH: f64 = 0.0;
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
            "redundancy" => self.redundancy = value,
            "floor" => self.redundancy_floor = value,
            _ => return Err(format!("unknown ranking parameter {name:?}")),
        }
        Ok(())
    }
}
