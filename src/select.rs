//! Choosing the summary: the best sentences for the requested length,
//! returned in document order.

use crate::options::Length;

/// Indices of the summary sentences, ascending. `scores[i]` ranks sentence
/// `i`, `words[i]` is its length and only `eligible` sentences are chosen.
/// A document with an eligible sentence never gets an empty summary.
pub(crate) fn select(
    scores: &[f64],
    words: &[usize],
    eligible: &[bool],
    length: Length,
) -> Vec<usize> {
    let ranked = by_score(scores, eligible);
    let mut chosen: Vec<usize> = match length {
        Length::Sentences(n) => ranked.into_iter().take(n).collect(),
        Length::Ratio(r) => {
            let n = ((ranked.len() as f64) * r).ceil().max(1.0) as usize;
            ranked.into_iter().take(n).collect()
        }
        Length::Words(budget) => within_words(&ranked, words, budget),
    };
    chosen.sort_unstable();
    chosen
}

/// Eligible indices from best to worst score (ties: earlier first).
fn by_score(scores: &[f64], eligible: &[bool]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..scores.len())
        .filter(|&i| eligible.get(i) == Some(&true))
        .collect();
    idx.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    idx
}

/// Greedily the best sentences that fit in `budget` words; the best sentence
/// alone when none fits.
fn within_words(ranked: &[usize], words: &[usize], budget: usize) -> Vec<usize> {
    let mut used = 0;
    let mut out = Vec::new();
    for &i in ranked {
        let w = words.get(i).copied().unwrap_or(0);
        if used + w <= budget {
            used += w;
            out.push(i);
        }
    }
    if out.is_empty() {
        out.extend(ranked.first());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCORES: &[f64] = &[0.1, 0.4, 0.2, 0.3];
    const WORDS: &[usize] = &[5, 30, 10, 12];

    #[test]
    fn by_sentences_in_document_order() {
        assert_eq!(
            select(SCORES, WORDS, &[true; 4], Length::Sentences(2)),
            [1, 3]
        );
        assert_eq!(
            select(SCORES, WORDS, &[true; 4], Length::Sentences(9)),
            [0, 1, 2, 3]
        );
    }

    #[test]
    fn by_ratio_rounds_up() {
        assert_eq!(
            select(SCORES, WORDS, &[true; 4], Length::Ratio(0.3)),
            [1, 3]
        );
        assert_eq!(select(SCORES, WORDS, &[true; 4], Length::Ratio(0.01)), [1]);
    }

    #[test]
    fn by_words_fits_budget_or_takes_one() {
        assert_eq!(select(SCORES, WORDS, &[true; 4], Length::Words(25)), [2, 3]);
        assert_eq!(select(SCORES, WORDS, &[true; 4], Length::Words(3)), [1]);
    }

    #[test]
    fn only_eligible() {
        assert_eq!(
            select(
                SCORES,
                WORDS,
                &[true, false, true, false],
                Length::Sentences(1)
            ),
            [2]
        );
        assert!(select(SCORES, WORDS, &[false; 4], Length::Sentences(1)).is_empty());
    }
}
