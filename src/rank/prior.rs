//! Prior importance of sentences before any graph: where they stand in the
//! document (news puts the gist first) and how much they share with the
//! title.

use super::graph::Bags;

/// The position prior: the `k`-th eligible sentence (from 0) gets
/// `1 / (k + 1)^exponent`; ineligible sentences get 0. Exponent 0 is
/// uniform.
pub fn position(eligible: &[bool], exponent: f64) -> Vec<f64> {
    let mut k = 0usize;
    eligible
        .iter()
        .map(|&ok| {
            if !ok {
                return 0.0;
            }
            k += 1;
            (k as f64).powf(-exponent)
        })
        .collect()
}

/// BM25 similarity of each sentence to the `title` terms, scaled so that
/// the best sentence has 1 (all 0 when nothing matches).
pub fn title(bags: &Bags, title: &[u32], k1: f64, b: f64) -> Vec<f64> {
    let query = bags.query(title);
    let raw: Vec<f64> = bags
        .bags
        .iter()
        .enumerate()
        .map(|(j, bag)| {
            query
                .iter()
                .filter_map(|&(t, _)| {
                    let tf = bag
                        .binary_search_by_key(&t, |e| e.0)
                        .ok()
                        .map(|k| bag[k].1)?;
                    Some(bags.idf(t) * bags.tf_weight(tf, j, k1, b))
                })
                .sum()
        })
        .collect();
    scale_to_max(raw)
}

/// Divides by the maximum (no-op when it is not positive).
pub fn scale_to_max(mut v: Vec<f64>) -> Vec<f64> {
    let max = v.iter().copied().fold(0.0, f64::max);
    if max > 0.0 {
        v.iter_mut().for_each(|x| *x /= max);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_prior_decays_over_eligible_sentences() {
        let p = position(&[false, true, true, false, true], 1.0);
        assert_eq!(p, [0.0, 1.0, 0.5, 0.0, 1.0 / 3.0]);
        assert_eq!(position(&[true, true], 0.0), [1.0, 1.0]);
    }

    #[test]
    fn title_similarity_is_scaled_to_one() {
        // Terms: 0 "rain", 1 "pari", 2 "cat".
        let terms: [&[u32]; 3] = [&[0, 1], &[2], &[0]];
        let bags = Bags::new(&terms, 3, &[true; 3]);
        let t = title(&bags, &[0, 1], 1.2, 0.75);
        assert_eq!(t[0], 1.0);
        assert_eq!(t[1], 0.0);
        assert!(t[2] > 0.0 && t[2] < 1.0);
    }
}
