//! Sentence ranking: TextRank. A similarity graph over sentences (built
//! from an inverted index) and PageRank on it. A restart distribution from
//! a position and title prior, BM25 similarity and a length normalisation
//! are available as [`Params`] but off by default: on the dev sets they did
//! not help both BBC and XSum (see `params.rs`).

pub mod graph;
pub mod pagerank;
mod params;
pub mod prior;

pub use graph::{Bags, Graph, Similarity};
pub use pagerank::{pagerank, DEFAULT_DAMPING, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE};
pub use params::{
    Params, DEFAULT_COVERAGE, DEFAULT_LENGTH, DEFAULT_POSITION, DEFAULT_REDUNDANCY,
    DEFAULT_REDUNDANCY_FLOOR, DEFAULT_TITLE,
};

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
    /// The title's term ids, when the document has a title.
    pub title: Option<&'a [u32]>,
}

/// Scores of the units, and what is needed to measure their overlap.
pub(crate) struct Ranking {
    /// Score of each unit (0 for ineligible units); higher is better.
    pub scores: Vec<f64>,
    bags: Bags,
    graph: Graph,
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
        self.graph
            .edges(i)
            .map(|(j, _)| {
                let d = dot(&self.bags.bags[i], &self.bags.bags[j]);
                (j, d / (self.norms[i] * self.norms[j]).max(1e-12))
            })
            .collect()
    }
}

/// Ranks the units: PageRank over the similarity graph, restarting from the
/// position and title prior, divided by a power of the sentence length
/// (with the default [`Params`]: plain TextRank).
pub(crate) fn rank(input: &Input<'_>, params: &Params) -> Ranking {
    // 1. Bags of terms and the similarity graph (inverted index).
    let bags = Bags::new(input.terms, input.term_count, input.eligible);
    let graph = Graph::similarity(&bags, input.eligible, params.similarity);

    // 2. The restart distribution: position prior times title affinity.
    let teleport = restart(&bags, input, params);

    // 3. PageRank, then length normalisation.
    let centrality = pagerank(&graph, Some(&teleport), params.damping, DEFAULT_TOLERANCE);
    let mut scores = normalise_length(&centrality, input, params.length);

    // 4. Term coverage: sentences made of the document's recurring terms.
    if params.coverage != 0.0 {
        for (s, c) in scores.iter_mut().zip(coverage(&bags)) {
            *s *= c.max(DEFAULT_MIN_COVERAGE).powf(params.coverage);
        }
    }

    Ranking {
        scores,
        norms: norms(&bags),
        bags,
        graph,
    }
}

/// The restart distribution (unnormalised): `position^-p * (1 + t * title)`.
fn restart(bags: &Bags, input: &Input<'_>, params: &Params) -> Vec<f64> {
    let mut prior = prior::position(input.eligible, params.position);
    if let (Some(title), true) = (input.title, params.title > 0.0) {
        let (k1, b) = bm25_params(params.similarity);
        let affinity = prior::title(bags, title, k1, b);
        for (p, a) in prior.iter_mut().zip(affinity) {
            *p *= 1.0 + params.title * a;
        }
    }
    prior
}

fn bm25_params(sim: Similarity) -> (f64, f64) {
    match sim {
        Similarity::Bm25 { k1, b } => (k1, b),
        Similarity::Overlap => (graph::DEFAULT_BM25_K1, graph::DEFAULT_BM25_B),
    }
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
