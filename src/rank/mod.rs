//! Sentence ranking: TextRank. A similarity graph over sentences (built
//! from an inverted index) and PageRank on it. Two factors are on by
//! default: the length normalisation (scores multiplied by `words^0.4`) and
//! the term coverage (scores multiplied by `coverage^0.5`); together they
//! were the one change that helped both BBC and XSum. The variants that were
//! tried and rejected (a position and title prior, BM25) are listed in
//! `docs/experiments.md`.

mod graph;
pub(crate) mod lead;
mod pagerank;
mod params;

use std::cell::OnceCell;

use graph::{Bags, Similarity};
// Keyword extraction (`keywords.rs`) runs PageRank over a word graph.
pub(crate) use graph::{sort_ids, Graph};
pub(crate) use pagerank::{pagerank, DEFAULT_DAMPING, DEFAULT_TOLERANCE};
pub use params::Params;

/// What ranking needs to know about the document's units.
pub(crate) struct Input<'a> {
    /// Content term ids of each unit (ids `0..term_count`).
    pub terms: &'a [&'a [u32]],
    /// Number of distinct terms.
    pub term_count: usize,
    /// Which units may be chosen (others get no edges and score 0).
    pub eligible: &'a [bool],
    /// Number of words of each unit.
    pub words: &'a [usize],
}

/// Scores of the units, and what is needed to measure their overlap.
pub(crate) struct Ranking {
    /// Score of each unit (0 for ineligible units); higher is better.
    pub scores: Vec<f64>,
    bags: Bags,
    graph: Similarity,
    /// Per unit, the earlier units it is linked to (the edges the graph
    /// stores at their other end), listed when selection first asks.
    earlier: OnceCell<(Vec<u32>, Vec<u32>)>,
    norms: Vec<f64>,
}

impl Ranking {
    /// The scores, freeing the graph and the bags.
    pub fn into_scores(self) -> Vec<f64> {
        self.scores
    }

    /// `(other unit, cosine similarity of their terms)` for the units that
    /// unit `i` is linked to in the graph (computed on demand: selection
    /// only asks for the units it chooses).
    pub fn overlap(&self, i: usize) -> Vec<(usize, f64)> {
        if i >= self.bags.bags.len() {
            return Vec::new();
        }
        let (offsets, nodes) = self.earlier.get_or_init(|| self.graph.earlier());
        let earlier = &nodes[offsets[i] as usize..offsets[i + 1] as usize];
        let later = self.graph.later(i).map(|(j, _)| j);
        earlier
            .iter()
            .map(|&j| j as usize)
            .chain(later)
            .map(|j| {
                let d = dot(&self.bags.bags[i], &self.bags.bags[j]);
                (j, d / (self.norms[i] * self.norms[j]).max(1e-12))
            })
            .collect()
    }
}

/// Ranks the units: PageRank over the similarity graph, restarting from
/// the eligible units alike, scaled by a power of the sentence length and
/// of its term coverage.
pub(crate) fn rank(input: &Input<'_>, params: &Params) -> Ranking {
    // 1. Bags of terms and the similarity graph (inverted index).
    let bags = Bags::new(input.terms, input.term_count, input.eligible);
    let graph = Similarity::new(&bags, input.eligible);

    // 2. PageRank, restarting from the eligible units only, then length
    //    normalisation.
    let teleport = restart(input.eligible);
    let centrality = pagerank(&graph, Some(&teleport), params.damping, DEFAULT_TOLERANCE);
    let mut scores = normalise_length(&centrality, input, params.length);

    // 3. Term coverage: sentences made of the document's recurring terms.
    for (s, c) in scores.iter_mut().zip(coverage(&bags)) {
        *s *= c.max(DEFAULT_MIN_COVERAGE).powf(params.coverage);
    }

    Ranking {
        scores,
        norms: norms(&bags),
        bags,
        graph,
        earlier: OnceCell::new(),
    }
}

/// The restart distribution (unnormalised): 1 for eligible units, 0 for
/// the others.
fn restart(eligible: &[bool]) -> Vec<f64> {
    eligible
        .iter()
        .map(|&e| if e { 1.0 } else { 0.0 })
        .collect()
}

/// `score / words^exponent` for eligible units, 0 for the others.
fn normalise_length(centrality: &[f64], input: &Input<'_>, exponent: f64) -> Vec<f64> {
    centrality
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            if !input.eligible.get(i).copied().unwrap_or(false) {
                return 0.0;
            }
            let w = input.words.get(i).copied().unwrap_or(1).max(1) as f64;
            c / w.powf(exponent)
        })
        .collect()
}

/// Floor of the coverage factor, so that a sentence sharing no term keeps
/// its order by centrality among its peers instead of scoring 0.
const DEFAULT_MIN_COVERAGE: f64 = 1e-9;

/// Term coverage of each unit: the mean, over its distinct terms, of the
/// number of other eligible units that contain the term.
fn coverage(bags: &Bags) -> Vec<f64> {
    bags.bags
        .iter()
        .map(|bag| {
            let shared: f64 = bag
                .iter()
                .map(|&(t, _)| f64::from(bags.df[t as usize].saturating_sub(1)))
                .sum();
            shared / bag.len().max(1) as f64
        })
        .collect()
}

/// Euclidean norm of each unit's term-count vector.
fn norms(bags: &Bags) -> Vec<f64> {
    bags.bags
        .iter()
        .map(|b| b.iter().map(|&(_, c)| (c * c) as f64).sum::<f64>().sqrt())
        .collect()
}

/// Dot product of two sorted sparse vectors.
fn dot(a: &[(u32, u32)], b: &[(u32, u32)]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += (a[i].1 * b[j].1) as f64;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}
