//! Sentence ranking: a similarity graph over sentences and PageRank on it.

pub mod graph;
pub mod pagerank;
mod params;

pub use graph::Graph;
pub use pagerank::{pagerank, DEFAULT_DAMPING, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE};
pub use params::Params;

/// TextRank scores of sentences given their terms: the PageRank of the
/// similarity graph. Sentences with `eligible[i] == false` get no edges and
/// score 0.
pub(crate) fn textrank(terms: &[Vec<String>], eligible: &[bool], params: &Params) -> Vec<f64> {
    let graph = Graph::from_terms(terms, eligible);
    let mut scores = pagerank(&graph, None, params.damping, DEFAULT_TOLERANCE);
    for (s, ok) in scores.iter_mut().zip(eligible) {
        if !ok {
            *s = 0.0;
        }
    }
    scores
}
