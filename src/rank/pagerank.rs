//! Weighted PageRank by power iteration.

use super::graph::{Parts, Rows, Similarity};
use super::Graph;

/// A weighted undirected graph as PageRank reads it.
pub(crate) trait Edges {
    /// Number of nodes.
    fn len(&self) -> usize;

    /// Each node's total edge weight, summed one edge after the other in
    /// the order of the other end.
    fn total_weights(&self) -> Vec<f64>;

    /// Writes to `inflow[i]`, for every node `i`, the sum of `share[j] *
    /// weight(i, j)` over its edges, added one after the other in the order
    /// of `j` (floating-point addition is not associative, and the order is
    /// part of the result). Both slices have one entry per node.
    fn inflows(&self, share: &[f64], inflow: &mut [f64]);

    /// The graph's compressed rows when it stores each edge at both ends:
    /// a round then sums each node's inflow where it uses it, without
    /// [`Edges::inflows`]' pass.
    fn rows(&self) -> Option<Rows<'_>> {
        None
    }
}

impl Edges for Graph {
    fn len(&self) -> usize {
        Graph::len(self)
    }

    fn total_weights(&self) -> Vec<f64> {
        self.parts().total_weights()
    }

    fn rows(&self) -> Option<Rows<'_>> {
        Some(self.parts())
    }

    fn inflows(&self, share: &[f64], out: &mut [f64]) {
        let rows = self.parts();
        for (i, out) in out.iter_mut().enumerate().take(Graph::len(self)) {
            let row = rows.offsets[i]..rows.offsets[i + 1];
            let (targets, weights) = (&rows.targets[row.clone()], &rows.weights[row]);
            *out = inflow(targets, weights, rows.plain[i], share);
        }
    }
}

/// Each edge is stored at its first end: what it carries to the later end
/// is added there while the earlier node is visited, so every node's sum
/// has the earlier ends' terms first and then its own, each in order: the
/// same additions in the same order as over the graph stored at both ends.
///
/// The weights are computed where they are read (a division each): computed
/// once for a run and kept, they took 8 bytes an edge (20 MB on 5 MB of
/// news, and 11 MB more peak memory in the wasm) for no time measured
/// natively (5 MB: 1.29 s CPU either way).
impl Edges for Similarity {
    fn len(&self) -> usize {
        Similarity::len(self)
    }

    fn total_weights(&self) -> Vec<f64> {
        let mut total = vec![0.0; self.len()];
        for i in 0..self.len() {
            for (j, w) in self.later(i) {
                total[i] += w;
                total[j] += w;
            }
        }
        total
    }

    // Not inlined into PageRank: in the wasm, V8 optimises a function
    // only for its later calls (there is no on-stack replacement), so a
    // long text's rounds are calls of their own.
    #[inline(never)]
    fn inflows(&self, share: &[f64], out: &mut [f64]) {
        let Parts {
            rows,
            log_len,
            alone,
        } = self.parts();
        let n = rows.len();
        // Sliced to one length, so that one check of a node id serves all.
        let (share, out) = (&share[..n], &mut out[..n]);
        let (log_len, alone) = (&log_len[..n], &alone[..n]);
        out.fill(0.0);
        for (i, row) in rows.iter().enumerate() {
            let (mine, mut own, log_i) = (share[i], out[i], log_len[i]);
            // The weight's norm is `norm(log_i + log_j)`: with more than one
            // term `log_i` is positive, and so is every sum, its own norm;
            // with one, `log_i` is 0, and the sum is `log_j`, whose norm is
            // `alone[j]`. Either way, `log_i` plus one of the two.
            let logs = if log_i > 0.0 { log_len } else { alone };
            for &(j, shared) in row.iter() {
                let j = j as usize;
                let w = f64::from(shared) / (log_i + logs[j]);
                own += share[j] * w;
                out[j] += mine * w;
            }
            out[i] = own;
        }
    }
}

/// Damping factor (probability of following an edge).
pub const DEFAULT_DAMPING: f64 = 0.85;
/// Iteration stops when the L1 change of the scores falls below this.
pub const DEFAULT_TOLERANCE: f64 = 1e-8;
/// The same for the word graph of the keywords: 100 times looser than for
/// sentences (and 100 times stricter than Mihalcea & Tarau's 1e-4 per
/// node). Keyword scores move by at most 2e-5, and the only keywords that
/// change are near-ties that rounding decides either way: run to 1e-11
/// instead, 51 of the 9,568 keyword lists of the golden dump differ from
/// those at 1e-8, and 68 from those at 1e-6. A BBC article's word graph
/// takes 38 rounds instead of 59 (the first 200 articles). Sentences keep
/// 1e-8: their ranks decide the summaries.
pub const KEYWORD_TOLERANCE: f64 = 1e-6;
/// Iteration stops after this many rounds in any case.
pub const DEFAULT_MAX_ITERATIONS: usize = 200;

/// Weighted PageRank of `graph`: scores sum to 1. The walk restarts from
/// the nodes of `restart` alike (from every node when `None`, or when it
/// has no node or the wrong length). A node without edges sends its score
/// to the restart distribution.
///
/// Besides the graph, a run holds four numbers a node (scores, shares for
/// two rounds, total edge weights) and the list of nodes without edges.
pub(crate) fn pagerank(
    graph: &impl Edges,
    restart: Option<&[bool]>,
    damping: f64,
    tolerance: f64,
) -> Vec<f64> {
    let n = graph.len();
    if n == 0 {
        return Vec::new();
    }
    let walk = Walk::new(graph, restart, damping);
    let mut scores = vec![1.0 / n as f64; n];
    // Each node's score divided by its total edge weight: what flows along
    // each unit of weight; and the next round's.
    let mut share = walk.shares(&scores);
    let mut next_share = vec![0.0; n];
    let mut dangling = walk.dangling_score(&scores);
    for _ in 0..DEFAULT_MAX_ITERATIONS {
        let base = 1.0 - damping + damping * dangling;
        let change = walk.step(base, &mut scores, &share, &mut next_share);
        std::mem::swap(&mut share, &mut next_share);
        dangling = walk.dangling_score(&scores);
        if change < tolerance {
            break;
        }
    }
    scores
}

/// What stays the same from one PageRank round to the next.
struct Walk<'g, G> {
    graph: &'g G,
    damping: f64,
    /// The nodes the walk restarts from, when not all.
    restart: Option<&'g [bool]>,
    /// The restart probability of each of those nodes.
    each: f64,
    /// Per node: its total edge weight, or infinity for a node without
    /// edges (its share is then 0, and no edge reads it).
    divisor: Vec<f64>,
    /// The nodes without edges, ascending.
    dangling: Vec<u32>,
}

impl<'g, G: Edges> Walk<'g, G> {
    fn new(graph: &'g G, restart: Option<&'g [bool]>, damping: f64) -> Self {
        let n = graph.len();
        let mut divisor = graph.total_weights();
        let mut dangling = Vec::new();
        for (i, w) in divisor.iter_mut().enumerate() {
            if *w > 0.0 {
                continue;
            }
            *w = f64::INFINITY;
            dangling.push(i as u32);
        }
        dangling.shrink_to_fit();
        let count = restart
            .filter(|r| r.len() == n)
            .map_or(0, |r| r.iter().filter(|&&x| x).count());
        // From some of the nodes, each with 1 / count; or from all alike.
        let (restart, each) = if count > 0 && count < n {
            (restart, 1.0 / count as f64)
        } else {
            (None, 1.0 / n as f64)
        };
        Walk {
            graph,
            damping,
            restart,
            each,
            divisor,
            dangling,
        }
    }

    /// Each node's score per unit of its edge weight: what flows along each
    /// unit of weight.
    fn shares(&self, scores: &[f64]) -> Vec<f64> {
        scores
            .iter()
            .zip(&self.divisor)
            .map(|(s, d)| s / d)
            .collect()
    }

    /// The total score of the nodes without edges (it goes to the restart
    /// distribution), summed in node order.
    fn dangling_score(&self, scores: &[f64]) -> f64 {
        self.dangling
            .iter()
            .fold(0.0, |sum, &i| sum + scores[i as usize])
    }

    /// One round: updates `scores` in place, writes their shares to
    /// `next_share`, and returns the L1 change. `base` is the restart
    /// probability, with the dangling nodes' score.
    fn step(&self, base: f64, scores: &mut [f64], share: &[f64], next_share: &mut [f64]) -> f64 {
        let each = self.each;
        match self.restart {
            // The same product for every node: computed once.
            None => {
                let each = base * each;
                self.round(|_| each, scores, share, next_share)
            }
            Some(restart) => {
                let restart = &restart[..self.divisor.len()];
                self.round(
                    |i| base * if restart[i] { each } else { 0.0 },
                    scores,
                    share,
                    next_share,
                )
            }
        }
    }

    /// [`Walk::step`], with `restarted(i)` the score node `i` gets from the
    /// restart distribution.
    fn round(
        &self,
        restarted: impl Fn(usize) -> f64,
        scores: &mut [f64],
        share: &[f64],
        next_share: &mut [f64],
    ) -> f64 {
        if let Some(rows) = self.graph.rows() {
            return self.round_rows(rows, restarted, scores, share, next_share);
        }
        let n = self.divisor.len();
        // The inflows are summed in `next_share`, then each becomes the
        // node's new share.
        self.graph.inflows(share, next_share);
        let (divisor, scores, next_share) =
            (&self.divisor[..n], &mut scores[..n], &mut next_share[..n]);
        let mut change = 0.0;
        for i in 0..n {
            let v = restarted(i) + self.damping * next_share[i];
            change += (scores[i] - v).abs();
            scores[i] = v;
            next_share[i] = v / divisor[i];
        }
        change
    }

    /// [`Walk::round`] over compressed rows.
    ///
    /// Not inlined into PageRank: in the wasm, V8 optimises a function only
    /// for its later calls (there is no on-stack replacement), so a long
    /// text's rounds are calls of their own.
    #[inline(never)]
    fn round_rows(
        &self,
        rows: Rows<'_>,
        restarted: impl Fn(usize) -> f64,
        scores: &mut [f64],
        share: &[f64],
        next_share: &mut [f64],
    ) -> f64 {
        let n = self.divisor.len();
        // Everything sliced to its known length up front, so that the loop
        // checks little: one row range per node.
        let weights = &rows.weights[..rows.targets.len()];
        let (divisor, offsets, plain) = (&self.divisor[..n], &rows.offsets[..=n], &rows.plain[..n]);
        let (scores, next_share) = (&mut scores[..n], &mut next_share[..n]);
        let mut change = 0.0;
        let mut start = offsets[0];
        for i in 0..n {
            let end = offsets[i + 1];
            let row = start..end;
            start = end;
            let inflow = inflow(&rows.targets[row.clone()], &weights[row], plain[i], share);
            let v = restarted(i) + self.damping * inflow;
            change += (scores[i] - v).abs();
            scores[i] = v;
            next_share[i] = v / divisor[i];
        }
        change
    }
}

/// The score flowing in along the edges to `targets` with `weights`, given
/// each node's `share`. Summed one edge after the other: floating-point
/// addition is not associative, and the order is part of the result. The
/// edges of a `plain` row all weigh 1: their shares are added as they are,
/// the same numbers as multiplied by 1.
#[inline(always)]
fn inflow(targets: &[u32], weights: &[f64], plain: bool, share: &[f64]) -> f64 {
    if plain {
        return targets.iter().fold(0.0, |sum, &j| sum + share[j as usize]);
    }
    targets
        .iter()
        .zip(weights)
        .fold(0.0, |sum, (&j, &w)| sum + share[j as usize] * w)
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
    fn edges_stored_once_give_the_same_bits_as_at_both_ends() {
        use super::super::graph::Bags;
        // Sentences sharing terms in uneven ways (term ids), one of them
        // not eligible, one without terms.
        let units: [&[u32]; 7] = [
            &[0, 1, 2, 3],
            &[1, 2, 4],
            &[0, 4, 5, 6, 7],
            &[],
            &[2, 3, 6, 8, 8],
            &[7, 8, 9],
            &[0, 9, 1, 5],
        ];
        let eligible = [true, true, true, true, false, true, true];
        let bags = Bags::new(units.iter().copied(), 10, &eligible);
        let once = Similarity::new(&bags, &eligible);
        let both = once.to_graph();
        let restart = [true, false, true, true, false, false, true];
        for restart in [None, Some(&restart[..])] {
            let a = pagerank(&once, restart, 0.85, 1e-12);
            let b = pagerank(&both, restart, 0.85, 1e-12);
            let bits = |s: &[f64]| s.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&a), bits(&b));
        }
        assert_eq!(Edges::total_weights(&once), Edges::total_weights(&both));
    }

    #[test]
    fn plain_rows_give_the_same_bits_as_multiplying_by_one() {
        // Rows of weight 1 only (plain) beside rows with heavier edges.
        let edges = [
            (0, 1, 1.0),
            (0, 2, 1.0),
            (1, 2, 2.0),
            (2, 3, 1.0),
            (3, 4, 1.0),
            (4, 5, 3.0),
            (5, 0, 1.0),
            (6, 3, 1.0),
        ];
        let g = Graph::from_edges(8, &edges);
        let a = pagerank(&g, None, 0.85, 1e-12);
        let b = pagerank(&g.clone().without_plain_rows(), None, 0.85, 1e-12);
        let bits = |s: &[f64]| s.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&a), bits(&b));
        assert_eq!(
            Edges::total_weights(&g),
            vec![3.0, 3.0, 4.0, 3.0, 4.0, 4.0, 1.0, 0.0]
        );
    }

    #[test]
    fn edgeless_graph_follows_the_restart_nodes() {
        let g = Graph::from_edges(3, &[]);
        let pr = |restart: Option<&[bool]>| pagerank(&g, restart, 0.85, 1e-12);
        assert!(close(&pr(Some(&[true, false, true])), &[0.5, 0.0, 0.5]));
        // No restart node, or a mask of the wrong length: all alike.
        for restart in [None, Some(&[false; 3][..]), Some(&[true, false][..])] {
            assert!(close(&pr(restart), &[1.0 / 3.0; 3]), "{restart:?}");
        }
        assert!(pagerank(&Graph::from_edges(0, &[]), None, 0.85, 1e-9).is_empty());
    }

    #[test]
    fn restart_nodes_gain() {
        // A path 0 - 1 - 2 - 3: restarting from node 3 only lifts it above
        // node 0, its mirror image under a uniform restart.
        let g = Graph::from_edges(4, &[(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0)]);
        let uniform = pagerank(&g, None, 0.85, 1e-12);
        assert!((uniform[0] - uniform[3]).abs() < 1e-9);
        let s = pagerank(&g, Some(&[false, false, false, true]), 0.85, 1e-12);
        assert!(s[3] > s[0] && s[3] > uniform[3]);
        assert!((s.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }
}
