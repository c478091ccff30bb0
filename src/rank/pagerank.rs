//! Weighted PageRank by power iteration.

use super::Graph;

/// Damping factor (probability of following an edge).
pub const DEFAULT_DAMPING: f64 = 0.85;
/// Iteration stops when the L1 change of the scores falls below this.
pub const DEFAULT_TOLERANCE: f64 = 1e-8;
/// Iteration stops after this many rounds in any case.
pub const DEFAULT_MAX_ITERATIONS: usize = 200;

/// Weighted PageRank of `graph`: scores sum to 1. `teleport` is the
/// personalisation (restart) distribution, uniform when `None`; it must have
/// one non-negative entry per node. A node without edges sends its score to
/// the teleport distribution.
pub fn pagerank(graph: &Graph, teleport: Option<&[f64]>, damping: f64, tolerance: f64) -> Vec<f64> {
    let n = graph.len();
    if n == 0 {
        return Vec::new();
    }
    let restart = normalised_teleport(n, teleport);
    let out_weight: Vec<f64> = (0..n).map(|i| graph.row(i).1.iter().sum()).collect();
    let mut scores = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    let mut out_share = vec![0.0; n];
    for _ in 0..DEFAULT_MAX_ITERATIONS {
        let mut dangling = 0.0;
        for ((share, s), w) in out_share.iter_mut().zip(&scores).zip(&out_weight) {
            if *w > 0.0 {
                *share = s / w;
            } else {
                *share = 0.0;
                dangling += s;
            }
        }
        let base = 1.0 - damping + damping * dangling;
        for (i, slot) in next.iter_mut().enumerate() {
            *slot = base * restart[i] + damping * inflow(graph, i, &out_share);
        }
        let change: f64 = scores.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut scores, &mut next);
        if change < tolerance {
            break;
        }
    }
    scores
}

/// Score flowing into node `i`: the sum of `share[j] * w(i, j)` over its
/// edges (the graph's rows are flat arrays, read in order).
fn inflow(graph: &Graph, i: usize, share: &[f64]) -> f64 {
    let (targets, weights) = graph.row(i);
    targets
        .iter()
        .zip(weights)
        .map(|(&j, &w)| share[j as usize] * w)
        .sum()
}

fn normalised_teleport(n: usize, teleport: Option<&[f64]>) -> Vec<f64> {
    let uniform = vec![1.0 / n as f64; n];
    let Some(t) = teleport.filter(|t| t.len() == n) else {
        return uniform;
    };
    let sum: f64 = t.iter().filter(|x| x.is_finite() && **x > 0.0).sum();
    if sum <= 0.0 {
        return uniform;
    }
    t.iter()
        .map(|x| {
            if x.is_finite() && *x > 0.0 {
                x / sum
            } else {
                0.0
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: &[f64], b: &[f64]) -> bool {
        a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-6)
    }

    #[test]
    fn star_graph_known_answer() {
        // Centre 0 linked to 1, 2, 3 with weight 1. Solving the PageRank
        // equations by hand: leaves get (1-d)/4 + d*c/3 and the centre gets
        // (1-d)/4 + d*(3*l); with d = 0.85, c = 0.47973 and l = 0.17342.
        let g = Graph::from_edges(4, &[(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0)]);
        let s = pagerank(&g, None, 0.85, 1e-12);
        let l = (0.15 / 4.0) * (1.0 + 0.85 / 3.0) / (1.0 - 0.85 * 0.85);
        let c = 1.0 - 3.0 * l;
        assert!(close(&s, &[c, l, l, l]), "{s:?}");
        assert!((c - 0.479_73).abs() < 1e-5);
    }

    #[test]
    fn symmetric_cycle_is_uniform() {
        let g = Graph::from_edges(3, &[(0, 1, 2.0), (1, 2, 2.0), (2, 0, 2.0)]);
        assert!(close(&pagerank(&g, None, 0.85, 1e-12), &[1.0 / 3.0; 3]));
    }

    #[test]
    fn weights_matter() {
        // Path 0 -(1)- 1 -(3)- 2: node 2 receives more of node 1's score than node 0.
        let g = Graph::from_edges(3, &[(0, 1, 1.0), (1, 2, 3.0)]);
        let s = pagerank(&g, None, 0.85, 1e-12);
        assert!(s[2] > s[0]);
        assert!((s.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn edgeless_graph_follows_teleport() {
        let g = Graph::from_edges(2, &[]);
        assert!(close(
            &pagerank(&g, Some(&[3.0, 1.0]), 0.85, 1e-12),
            &[0.75, 0.25]
        ));
        assert!(pagerank(&Graph::from_edges(0, &[]), None, 0.85, 1e-9).is_empty());
    }
}
