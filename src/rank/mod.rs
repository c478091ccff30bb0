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
pub(crate) use graph::Graph;
pub(crate) use pagerank::{pagerank, DEFAULT_DAMPING, DEFAULT_TOLERANCE, KEYWORD_TOLERANCE};
pub use params::Params;

/// What ranking needs to know about the document's units.
pub(crate) struct Input<'a> {
    /// Content term ids of unit `i` (ids `0..term_count`), for `i` in
    /// `0..units` (asked for one unit after the other, not listed: on text
    /// of tiny sentences a list of them took 8 bytes a unit at the peak).
    pub terms: &'a dyn Fn(usize) -> &'a [u32],
    /// Number of units.
    pub units: usize,
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
        let (bag, bags) = (&self.bags.bags[i], &self.bags.bags);
        let mine = norm(bag);
        earlier
            .iter()
            .map(|&j| j as usize)
            .chain(later)
            .map(|j| {
                let d = dot(bag, &bags[j]);
                (j, d / (mine * norm(&bags[j])).max(1e-12))
            })
            .collect()
    }
}

/// Ranks the units: PageRank over the similarity graph, restarting from
/// the eligible units alike, scaled by a power of the sentence length and
/// of its term coverage.
pub(crate) fn rank(input: &Input<'_>, params: &Params) -> Ranking {
    // 1. Bags of terms and the similarity graph (inverted index).
    let bags = Bags::new(
        (0..input.units).map(input.terms),
        input.term_count,
        input.eligible,
    );
    let graph = Similarity::new(&bags, input.eligible);

    // 2. PageRank, restarting from the eligible units only, then length
    //    normalisation.
    let eligible = Some(input.eligible);
    let tolerance = sentence_tolerance(input.units);
    let mut scores = pagerank(&graph, eligible, params.damping, tolerance);
    normalise_length(&mut scores, input, params.length);

    // 3. Term coverage: sentences made of the document's recurring terms.
    for (s, bag) in scores.iter_mut().zip(&bags.bags) {
        *s *= coverage(bag, &bags.df)
            .max(DEFAULT_MIN_COVERAGE)
            .powf(params.coverage);
    }

    Ranking {
        scores,
        bags,
        graph,
        earlier: OnceCell::new(),
    }
}

/// Units from which the PageRank tolerance grows with the graph.
const TOLERANCE_UNITS: usize = 1000;

/// How much looser than [`TOLERANCE_UNITS`]' per-unit change a long text's
/// is allowed at most (reached at ten times as many units).
const TOLERANCE_LOOSENING: f64 = 10.0;

/// The L1 change at which the sentence PageRank stops for a text of
/// `units` units: [`DEFAULT_TOLERANCE`] up to [`TOLERANCE_UNITS`] units (every
/// text of the corpus); past that, the change allowed per unit (1e-11
/// there) grows with the length, to [`TOLERANCE_LOOSENING`] times at 10,000
/// units (1e-10 per unit from there on), so that a long text is not held to
/// a precision per sentence far finer than a news article's.
///
/// Measured on BBC articles joined into texts of 1, 2, 3, 5 and 32 MB: the
/// 20 best sentences, their order, the keywords and the entities are the
/// same as with the per-unit change of 1,000 units (scores within 3.3e-4
/// relative); with the change growing as the square of the length instead,
/// the 20th sentence of the 32 MB text changed (a near-tie). On 5 MB (43,700
/// units) the instructions of the whole summary fall by 7 %.
fn sentence_tolerance(units: usize) -> f64 {
    let scale = units.max(TOLERANCE_UNITS) as f64 / TOLERANCE_UNITS as f64;
    DEFAULT_TOLERANCE * scale * scale.min(TOLERANCE_LOOSENING)
}

/// Turns each centrality into `centrality / words^exponent` for eligible
/// units, 0 for the others.
fn normalise_length(scores: &mut [f64], input: &Input<'_>, exponent: f64) {
    for (i, c) in scores.iter_mut().enumerate() {
        *c = if input.eligible.get(i).copied().unwrap_or(false) {
            let w = input.words.get(i).copied().unwrap_or(1).max(1) as f64;
            *c / w.powf(exponent)
        } else {
            0.0
        };
    }
}

/// Floor of the coverage factor, so that a sentence sharing no term keeps
/// its order by centrality among its peers instead of scoring 0.
const DEFAULT_MIN_COVERAGE: f64 = 1e-9;

/// Term coverage of a unit's `bag`: the mean, over its distinct terms, of
/// the number of other eligible units that contain the term (`df`).
fn coverage(bag: &[(u32, u32)], df: &[u32]) -> f64 {
    let shared: f64 = bag
        .iter()
        .map(|&(t, _)| f64::from(df[t as usize].saturating_sub(1)))
        .sum();
    shared / bag.len().max(1) as f64
}

/// Euclidean norm of a unit's term-count vector.
fn norm(bag: &[(u32, u32)]) -> f64 {
    bag.iter().map(|&(_, c)| (c * c) as f64).sum::<f64>().sqrt()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_stop_at_a_coarser_change_per_unit_up_to_a_limit() {
        let per_unit = |units: usize| sentence_tolerance(units) / units.max(TOLERANCE_UNITS) as f64;
        for units in [0, 1, 50, 999, 1000] {
            assert_eq!(sentence_tolerance(units), DEFAULT_TOLERANCE);
        }
        // No jump past 1,000 units; growing; never looser per unit than
        // TOLERANCE_LOOSENING times the change per unit at 1,000.
        assert!(sentence_tolerance(1001) < DEFAULT_TOLERANCE * 1.01);
        let mut last = DEFAULT_TOLERANCE;
        for units in (1001..200_000).step_by(997) {
            let t = sentence_tolerance(units);
            assert!(t > last, "{units}: {t} after {last}");
            assert!(per_unit(units) <= per_unit(1000) * TOLERANCE_LOOSENING * (1.0 + 1e-12));
            last = t;
        }
        assert!((per_unit(50_000) / per_unit(1000) - TOLERANCE_LOOSENING).abs() < 1e-9);
    }
}
