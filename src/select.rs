//! Choosing the summary: the best sentences for the requested length, with
//! redundancy control (maximal marginal relevance, Carbonell & Goldstein
//! 1998), returned in document order.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::options::Length;

/// What selection knows about the units.
pub(crate) struct Candidates<'a> {
    /// Rank score of each unit (higher is better).
    pub scores: &'a [f64],
    /// Number of words of each unit.
    pub words: &'a [usize],
    /// Which units may be chosen.
    pub eligible: &'a [bool],
    /// `overlap(i)`: `(j, similarity in 0..=1)` for units similar to `i`.
    pub overlap: &'a dyn Fn(usize) -> Vec<(usize, f64)>,
}

/// How much a candidate is penalised for repeating a chosen unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Redundancy {
    /// Penalty per unit of excess similarity (scores are scaled to at most 1).
    pub weight: f64,
    /// Similarity below this is not redundancy; above it, the excess is
    /// rescaled to `0..=1`.
    pub floor: f64,
}

impl Redundancy {
    /// The penalty for a largest similarity `sim` to the chosen units.
    fn penalty(self, sim: f64) -> f64 {
        if sim <= self.floor {
            0.0
        } else {
            self.weight * (sim - self.floor) / (1.0 - self.floor).max(1e-9)
        }
    }
}

/// Indices of the summary sentences, ascending. Greedily takes the unit
/// with the best score minus its redundancy penalty (its largest similarity
/// to a unit already chosen), until the length is reached. A document with
/// an eligible unit never gets an empty summary.
pub(crate) fn select(c: &Candidates<'_>, length: Length, redundancy: Redundancy) -> Vec<usize> {
    let eligible = (0..c.scores.len()).filter(|&i| c.eligible.get(i) == Some(&true));
    let count = eligible.clone().count();
    let (max_n, budget) = match length {
        Length::Sentences(n) => (n, None),
        Length::Ratio(r) => (((count as f64) * r).ceil().max(1.0) as usize, None),
        Length::Words(w) => (usize::MAX, Some(w)),
    };
    let mut chosen = greedy(c, eligible.collect(), max_n, budget, redundancy);
    crate::order::sort(&mut chosen);
    chosen
}

/// A heap entry: value, then earlier index first on ties.
#[derive(PartialEq)]
struct Entry(f64, usize);

impl Eq for Entry {}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0).then(other.1.cmp(&self.1))
    }
}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Lazy greedy selection: a unit's value can only drop as units are
/// chosen, so a popped entry whose value is still current is the best.
fn greedy(
    c: &Candidates<'_>,
    pool: Vec<usize>,
    max_n: usize,
    budget: Option<usize>,
    redundancy: Redundancy,
) -> Vec<usize> {
    let top = pool.iter().map(|&i| c.scores[i]).fold(0.0, f64::max);
    let scale = if top > 0.0 { 1.0 / top } else { 1.0 };
    let mut similarity = vec![0.0f64; c.scores.len()];
    let value = |i: usize, sim: &[f64]| c.scores[i] * scale - redundancy.penalty(sim[i]);
    let mut heap: BinaryHeap<Entry> = pool
        .iter()
        .map(|&i| Entry(value(i, &similarity), i))
        .collect();
    // The heap holds them now (on text of tiny sentences the pool was 4
    // bytes a unit at the peak of the whole summary).
    drop(pool);
    let (mut out, mut used) = (Vec::new(), 0usize);
    let first = heap.peek().map(|e| e.1);
    while let Some(Entry(v, i)) = heap.pop() {
        if out.len() >= max_n {
            break;
        }
        let now = value(i, &similarity);
        if now < v - 1e-12 {
            heap.push(Entry(now, i));
            continue;
        }
        let w = c.words.get(i).copied().unwrap_or(0);
        if budget.is_some_and(|b| used + w > b) {
            continue;
        }
        used += w;
        out.push(i);
        for (j, s) in (c.overlap)(i) {
            similarity[j] = similarity[j].max(s);
        }
    }
    if out.is_empty() {
        out.extend(first);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCORES: &[f64] = &[0.1, 0.4, 0.2, 0.3];
    const WORDS: &[usize] = &[5, 30, 10, 12];

    fn pick(
        eligible: &[bool],
        overlap: &[Vec<(usize, f64)>],
        length: Length,
        weight: f64,
    ) -> Vec<usize> {
        let lookup = |i: usize| overlap.get(i).cloned().unwrap_or_default();
        let c = Candidates {
            scores: SCORES,
            words: WORDS,
            eligible,
            overlap: &lookup,
        };
        select(&c, length, Redundancy { weight, floor: 0.0 })
    }

    fn plain(length: Length) -> Vec<usize> {
        pick(&[true; 4], &[], length, 0.0)
    }

    #[test]
    fn by_sentences_in_document_order() {
        assert_eq!(plain(Length::Sentences(2)), [1, 3]);
        assert_eq!(plain(Length::Sentences(9)), [0, 1, 2, 3]);
    }

    #[test]
    fn by_ratio_rounds_up() {
        assert_eq!(plain(Length::Ratio(0.3)), [1, 3]);
        assert_eq!(plain(Length::Ratio(0.01)), [1]);
    }

    #[test]
    fn by_words_fits_budget_or_takes_one() {
        assert_eq!(plain(Length::Words(25)), [2, 3]);
        assert_eq!(plain(Length::Words(3)), [1]);
    }

    #[test]
    fn only_eligible() {
        assert_eq!(
            pick(&[true, false, true, false], &[], Length::Sentences(1), 0.0),
            [2]
        );
        assert!(pick(&[false; 4], &[], Length::Sentences(1), 0.0).is_empty());
    }

    #[test]
    fn redundancy_skips_near_duplicates() {
        // Unit 3 repeats unit 1: with redundancy control, 2 comes instead.
        let overlap = vec![vec![], vec![(3, 0.9)], vec![], vec![(1, 0.9)]];
        assert_eq!(
            pick(&[true; 4], &overlap, Length::Sentences(2), 0.0),
            [1, 3]
        );
        assert_eq!(
            pick(&[true; 4], &overlap, Length::Sentences(2), 0.5),
            [1, 2]
        );
    }
}
