//! The sentence similarity graph, built from an inverted index over terms so
//! that the cost grows with the pairs of sentences that share a term, not
//! with the square of the number of sentences.

use std::collections::BinaryHeap;

/// Terms found in more than this many sentences are left out of the graph:
/// they link almost everything to everything and carry no signal, and they
/// would make the cost quadratic on very long texts.
pub const DEFAULT_MAX_POSTINGS: usize = 300;
/// Each sentence keeps at most this many strongest edges (plus the edges
/// other sentences keep to it), which bounds memory on very long texts.
pub const DEFAULT_MAX_NEIGHBOURS: usize = 64;

/// An undirected weighted graph in compressed sparse rows: each edge is
/// stored once per end, a node's edges sorted by the other end. Flat arrays
/// instead of a vector per node: about half the memory on long texts, and
/// PageRank reads them as they are.
///
/// Most rows of a word graph have only edges of weight 1 (88 % of a news
/// article's): those rows are marked `plain`, and PageRank adds their
/// ends' shares without multiplying them by 1 (the same numbers: `x * 1.0
/// == x`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Graph {
    /// The edges of node `i` are `offsets[i]..offsets[i + 1]`.
    offsets: Vec<usize>,
    /// The other end of each edge (node ids fit in `u32`: a text within
    /// the input limit has far fewer units).
    targets: Vec<u32>,
    /// The weight of each edge.
    weights: Vec<f64>,
    /// Per node: whether all its edges weigh 1.
    plain: Vec<bool>,
}

/// A [`Graph`]'s arrays, as PageRank reads them one row after the other.
pub(crate) struct Rows<'g> {
    /// Node `i`'s edges are `offsets[i]..offsets[i + 1]` in `targets`;
    /// one entry more than there are nodes.
    pub offsets: &'g [usize],
    /// The other end of each edge.
    pub targets: &'g [u32],
    /// The weight of each edge.
    pub weights: &'g [f64],
    /// Per node: whether all its edges weigh 1.
    pub plain: &'g [bool],
}

/// Sentences as bags of interned terms, with their document frequencies.
#[derive(Debug, Clone)]
pub struct Bags {
    /// Per sentence: `(term id, count)`, sorted by term id.
    pub bags: Vec<Vec<(u32, u32)>>,
    /// Per term id: number of eligible sentences containing it.
    pub df: Vec<u32>,
}

impl Bags {
    /// The bags of sentences given as term ids (`0..term_count`), one
    /// sentence after the other; document frequencies count only the
    /// eligible sentences.
    pub fn new<'t>(
        terms: impl Iterator<Item = &'t [u32]>,
        term_count: usize,
        eligible: &[bool],
    ) -> Bags {
        let mut scratch = Vec::new();
        let bags: Vec<Vec<(u32, u32)>> = terms.map(|ts| bag(ts, &mut scratch)).collect();
        let mut df = vec![0u32; term_count];
        for (i, b) in bags.iter().enumerate() {
            if is(eligible, i) {
                b.iter().for_each(|&(t, _)| df[t as usize] += 1);
            }
        }
        Bags { bags, df }
    }
}

fn is(eligible: &[bool], i: usize) -> bool {
    eligible.get(i).copied().unwrap_or(false)
}

/// `(term id, count)` for `terms`, sorted by id; `scratch` is a reusable
/// buffer.
fn bag(terms: &[u32], scratch: &mut Vec<u32>) -> Vec<(u32, u32)> {
    scratch.clear();
    scratch.extend_from_slice(terms);
    sort_ids(scratch);
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(scratch.len());
    for &t in scratch.iter() {
        match out.last_mut() {
            Some((last, c)) if *last == t => *c += 1,
            _ => out.push((t, 1)),
        }
    }
    out
}

/// Sorts `ids`: insertion sort for the usual short lists (a sentence's
/// terms, its [`DEFAULT_MAX_NEIGHBOURS`] edges), the shared sort for long
/// ones.
fn sort_ids(ids: &mut [u32]) {
    // Natively and in the wasm built for speed, the standard library's
    // unstable sort (equal ids are alike, so the order is the same):
    // it costs the bookmarklet's wasm bytes it does not have.
    #[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
    if ids.len() > 20 {
        ids.sort_unstable();
        return;
    }
    if ids.len() > DEFAULT_MAX_NEIGHBOURS {
        crate::order::sort(ids);
        return;
    }
    for k in 1..ids.len() {
        // Larger ids move up one place each, then `id` goes into the gap.
        let id = ids[k];
        let mut m = k;
        while m > 0 && ids[m - 1] > id {
            ids[m] = ids[m - 1];
            m -= 1;
        }
        ids[m] = id;
    }
}

impl Graph {
    /// A graph from explicit undirected edges `(i, j, weight)` over `n`
    /// nodes. Loops, out-of-range nodes and weights that are not positive
    /// and finite are left out.
    #[cfg(test)]
    pub fn from_edges(n: usize, edges: &[(usize, usize, f64)]) -> Graph {
        let valid = |&&(i, j, w): &&(usize, usize, f64)| {
            i != j && i < n && j < n && w > 0.0 && w.is_finite()
        };
        let mut degree = vec![0usize; n];
        for &(i, j, _) in edges.iter().filter(valid) {
            degree[i] += 1;
            degree[j] += 1;
        }
        let mut graph = Weighted::with_degrees(&degree);
        let mut cursor: Vec<usize> = graph.offsets[..n].to_vec();
        for &(i, j, w) in edges.iter().filter(valid) {
            graph.set(&mut cursor[i], j, w);
            graph.set(&mut cursor[j], i, w);
        }
        for i in 0..n {
            graph.sort_row(i);
        }
        graph.into_graph()
    }

    /// The symmetric graph of the `forward` edges, weighted by `weight(i,
    /// j, shared terms)`: each node's row lists the nodes before it
    /// (ascending, in the order they are visited) and then its own forward
    /// edges, which are ascending: sorted without a sort.
    #[cfg(test)]
    fn from_forward(forward: &Forward, weight: impl Fn(usize, usize, u32) -> f64) -> Graph {
        let n = forward.rows.len();
        let mut degree = vec![0usize; n];
        for (i, row) in forward.rows.iter().enumerate() {
            degree[i] += row.len();
            row.iter().for_each(|&(j, _)| degree[j as usize] += 1);
        }
        let mut graph = Weighted::with_degrees(&degree);
        drop(degree);
        let mut before: Vec<usize> = graph.offsets[..n].to_vec();
        for (i, row) in forward.rows.iter().enumerate() {
            let mut own = graph.offsets[i + 1] - row.len();
            for &(j, shared) in row.iter() {
                let w = weight(i, j as usize, shared);
                graph.set(&mut before[j as usize], i, w);
                graph.set(&mut own, j as usize, w);
            }
        }
        graph.into_graph()
    }

    /// The graph whose node `i`'s edges are the `i`-th of `rows`: the
    /// other ends, ascending, and the weights (whole numbers).
    pub fn from_counts<'e>(rows: impl Iterator<Item = (&'e [u32], &'e [u32])> + Clone) -> Graph {
        let (n, ends) = rows
            .clone()
            .fold((0, 0), |(n, e), (row, _)| (n + 1, e + row.len()));
        let mut graph = Graph {
            offsets: Vec::with_capacity(n + 1),
            targets: Vec::with_capacity(ends),
            weights: Vec::with_capacity(ends),
            plain: Vec::with_capacity(n),
        };
        graph.offsets.push(0);
        for (targets, counts) in rows {
            graph.targets.extend_from_slice(targets);
            graph.weights.extend(counts.iter().map(|&c| f64::from(c)));
            graph.plain.push(counts.iter().all(|&c| c == 1));
            graph.offsets.push(graph.targets.len());
        }
        graph
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.plain.len()
    }

    /// Whether the graph has no node.
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of edge ends (twice the number of edges).
    #[cfg(test)]
    pub fn edge_ends(&self) -> usize {
        self.targets.len()
    }

    /// The arrays behind the rows.
    pub(super) fn parts(&self) -> Rows<'_> {
        Rows {
            offsets: &self.offsets,
            targets: &self.targets,
            plain: &self.plain,
            weights: &self.weights,
        }
    }

    /// `(other end, weight)` for each edge of node `i`, sorted by the other
    /// end (none when there is no node `i`).
    #[cfg(test)]
    pub fn edges(&self, i: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let row = match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => a..b,
            _ => 0..0,
        };
        self.targets[row.clone()]
            .iter()
            .zip(&self.weights[row])
            .map(|(&j, &w)| (j as usize, w))
    }

    /// The same graph with no row marked plain: every weight multiplied.
    #[cfg(test)]
    pub fn without_plain_rows(mut self) -> Graph {
        self.plain.iter_mut().for_each(|p| *p = false);
        self
    }

    /// The TextRank graph of sentences given as term ids, stored at both
    /// ends.
    #[cfg(test)]
    pub fn from_terms(terms: &[&[u32]], term_count: usize, eligible: &[bool]) -> Graph {
        let bags = Bags::new(terms.iter().copied(), term_count, eligible);
        Similarity::new(&bags, eligible).to_graph()
    }
}

impl Rows<'_> {
    /// Each node's total edge weight, summed one edge after the other in
    /// the order of the other end.
    pub fn total_weights(&self) -> Vec<f64> {
        self.offsets
            .windows(2)
            .map(|w| self.weights[w[0]..w[1]].iter().sum())
            .collect()
    }
}

/// A graph being built in the tests, every weight stored: see
/// [`Graph::from_edges`].
#[cfg(test)]
struct Weighted {
    offsets: Vec<usize>,
    targets: Vec<u32>,
    weights: Vec<f64>,
}

#[cfg(test)]
impl Weighted {
    /// A graph whose node `i` has room for `degree[i]` edges.
    fn with_degrees(degree: &[usize]) -> Weighted {
        let mut offsets = Vec::with_capacity(degree.len() + 1);
        let mut total = 0;
        offsets.push(0);
        for d in degree {
            total += d;
            offsets.push(total);
        }
        Weighted {
            offsets,
            targets: vec![0; total],
            weights: vec![0.0; total],
        }
    }

    /// Writes edge `(target, weight)` at `*at`, then moves `*at` on.
    fn set(&mut self, at: &mut usize, target: usize, weight: f64) {
        self.targets[*at] = target as u32;
        self.weights[*at] = weight;
        *at += 1;
    }

    /// Sorts node `i`'s edges by target, stably (insertion sort).
    fn sort_row(&mut self, i: usize) {
        let range = self.offsets[i]..self.offsets[i + 1];
        for k in range.start + 1..range.end {
            let mut m = k;
            while m > range.start && self.targets[m - 1] > self.targets[m] {
                self.targets.swap(m - 1, m);
                self.weights.swap(m - 1, m);
                m -= 1;
            }
        }
    }

    /// The graph, its plain rows marked.
    fn into_graph(self) -> Graph {
        let plain = (self.offsets.windows(2))
            .map(|w| self.weights[w[0]..w[1]].iter().all(|&w| w == 1.0))
            .collect();
        Graph {
            offsets: self.offsets,
            targets: self.targets,
            weights: self.weights,
            plain,
        }
    }
}

/// The TextRank similarity graph of sentences, each edge stored once: at
/// its first end, as the other end and the number of distinct terms the two
/// share (8 bytes an edge). The weight is computed where it is read, by
/// the same expression each time, so it is the same number at both ends.
///
/// Stored at both ends with its weight, the graph took 24 bytes an edge,
/// built from these rows (8 more): on long news text it was the largest
/// structure of the whole summary.
#[derive(Debug)]
pub struct Similarity {
    /// Per node: `(later node, shared terms)`, ascending.
    forward: Forward,
    /// Per node: `ln` of its number of distinct terms (at least 1).
    log_len: Vec<f64>,
    /// Per node: the norm of its log alone, what it is summed with from a
    /// node whose log is 0 (one term).
    alone: Vec<f64>,
}

/// The arrays the weights of a [`Similarity`] graph are computed from.
pub(super) struct Parts<'a> {
    /// Per node: its edges to later nodes, `(later node, shared terms)`.
    pub rows: &'a [Box<Later>],
    /// Per node: the log of its number of distinct terms.
    pub log_len: &'a [f64],
    /// Per node: the norm of its log alone.
    pub alone: &'a [f64],
}

impl Similarity {
    /// The TextRank similarity graph of the eligible sentences of `bags`
    /// (Mihalcea & Tarau 2004): the weight of an edge is the number of
    /// distinct terms two sentences share, divided by `ln |S_i| + ln |S_j|`.
    /// Only pairs that share a term are visited (through the postings
    /// lists).
    pub fn new(bags: &Bags, eligible: &[bool]) -> Similarity {
        let n = bags.bags.len();
        let log_len: Vec<f64> = bags
            .bags
            .iter()
            .map(|b| (b.len().max(1) as f64).ln())
            .collect();
        let mut links = Links {
            postings: Postings::new(bags, eligible),
            shared: vec![0; n],
            touched: Vec::new(),
            strongest: Strongest::default(),
            kept: Vec::new(),
        };
        // The edges each sentence keeps to later sentences, with the
        // number of terms shared: 8 bytes an edge, where the final graph
        // takes 12 at each end.
        let mut forward = Forward::default();
        for i in 0..n {
            if is(eligible, i) {
                links.row(i, &bags.bags[i], &log_len, &mut forward);
            } else {
                forward.push_row(std::iter::empty());
            }
        }
        forward.scratch = Vec::new();
        let alone = log_len.iter().map(|&l| norm(l)).collect();
        Similarity {
            forward,
            log_len,
            alone,
        }
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.forward.rows.len()
    }

    /// The weight of the edge between `i` and a later `j` that share
    /// `shared` terms: `shared / (ln |S_i| + ln |S_j|)`.
    fn weight(&self, i: usize, j: usize, shared: u32) -> f64 {
        f64::from(shared) / norm(self.log_len[i] + self.log_len[j])
    }

    /// The arrays the weights are computed from (see
    /// [`Similarity::weight`]).
    pub(super) fn parts(&self) -> Parts<'_> {
        Parts {
            rows: &self.forward.rows,
            log_len: &self.log_len,
            alone: &self.alone,
        }
    }

    /// `(other end, weight)` of node `i`'s edges to later nodes, ascending.
    pub fn later(&self, i: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        self.forward.rows[i]
            .iter()
            .map(move |&(j, shared)| (j as usize, self.weight(i, j as usize, shared)))
    }

    /// The same graph stored at both ends.
    #[cfg(test)]
    pub fn to_graph(&self) -> Graph {
        Graph::from_forward(&self.forward, |i, j, shared| self.weight(i, j, shared))
    }

    /// Per node, the earlier nodes it is linked to, ascending (the edges
    /// not stored at this end): node `i`'s are `nodes[offsets[i]..offsets[i
    /// + 1]]` of `(offsets, nodes)`.
    pub fn earlier(&self) -> (Vec<u32>, Vec<u32>) {
        let n = self.len();
        let mut offsets = vec![0u32; n + 1];
        for row in &self.forward.rows {
            row.iter().for_each(|&(j, _)| offsets[j as usize + 1] += 1);
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        // Each node's start serves as its cursor, and ends at the next
        // node's start: shifted back one place after (no copy of the
        // offsets, 4 bytes a unit at the peak on text of tiny sentences).
        let mut nodes = vec![0u32; offsets[n] as usize];
        for (i, row) in self.forward.rows.iter().enumerate() {
            for &(j, _) in row.iter() {
                let at = &mut offsets[j as usize];
                nodes[*at as usize] = i as u32;
                *at += 1;
            }
        }
        if n > 0 {
            offsets.copy_within(0..n - 1, 1);
            offsets[0] = 0;
        }
        (offsets, nodes)
    }
}

/// A node's edges to later nodes: `(other end, shared terms)`, ascending.
pub(super) type Later = [(u32, u32)];

/// The edges each node keeps to later nodes: `(other end, shared terms)`,
/// ascending. A slice per node rather than flat arrays grown by doubling:
/// the grown arrays took twice their size and left holes that wasm memory,
/// which never shrinks, kept (on 5 MB of text the wasm memory ended at 143
/// MB with them, 118 MB without).
#[derive(Debug, Default)]
struct Forward {
    rows: Vec<Box<Later>>,
    /// Reused buffer, so that each row is allocated once, at its size.
    scratch: Vec<(u32, u32)>,
}

impl Forward {
    /// Adds the next node's edges.
    fn push_row(&mut self, edges: impl Iterator<Item = (u32, u32)>) {
        self.scratch.clear();
        self.scratch.extend(edges);
        self.rows.push(Box::from(&self.scratch[..]));
    }
}

/// What building a sentence's row of the graph needs, kept from one
/// sentence to the next.
struct Links {
    postings: Postings,
    /// Per sentence: the number of terms it shares with the current one
    /// (0 outside [`Links::touched`]).
    shared: Vec<u32>,
    /// The later sentences sharing a term with the current one.
    touched: Vec<usize>,
    /// The strongest of their edges, while they are chosen.
    strongest: Strongest,
    /// The sentences of the edges kept.
    kept: Vec<u32>,
}

impl Links {
    /// Adds to `forward` the edges sentence `i` (with terms `bag`) keeps to
    /// later sentences.
    ///
    /// A function of its own, called once a sentence: in the wasm, V8
    /// optimises a function only for its later calls (there is no on-stack
    /// replacement), and inlined into the graph's construction this loop
    /// ran unoptimised on a long text (a third of the time on 5 MB).
    #[inline(never)]
    fn row(&mut self, i: usize, bag: &[(u32, u32)], log_len: &[f64], forward: &mut Forward) {
        let Links {
            postings,
            shared,
            touched,
            strongest,
            kept,
        } = self;
        for &(t, _) in bag {
            let list = postings.of(t);
            let later = list.partition_point(|&j| j as usize <= i);
            for &j in &list[later..] {
                let j = j as usize;
                if shared[j] == 0 {
                    touched.push(j);
                }
                shared[j] += 1;
            }
        }
        kept.clear();
        if touched.len() > DEFAULT_MAX_NEIGHBOURS {
            let mine = log_len[i];
            for &j in touched.iter() {
                strongest.offer((j, f64::from(shared[j]) / norm(mine + log_len[j])));
            }
            let strong = strongest.drain().filter(|&(_, w)| w > 0.0 && w.is_finite());
            kept.extend(strong.map(|(j, _)| j as u32));
        } else {
            // All are kept, and no weight is needed to choose: each is a
            // count of at least 1 over a norm that is at least ln 2 or 1
            // (sums of logarithms of whole numbers), so positive and finite.
            kept.extend(touched.iter().map(|&j| j as u32));
        }
        // Sorted as bare ids: 4 bytes moved a step, where the edges took 16
        // (the sort was a quarter of the graph's construction on 5 MB).
        sort_ids(kept);
        forward.push_row(kept.iter().map(|&j| (j, shared[j as usize])));
        touched.drain(..).for_each(|j| shared[j] = 0);
    }
}

/// Mihalcea & Tarau's length normalisation; never zero.
fn norm(log_lens: f64) -> f64 {
    if log_lens > 0.0 {
        log_lens
    } else {
        1.0
    }
}

/// The [`DEFAULT_MAX_NEIGHBOURS`] heaviest of the edges offered (ties to
/// the lower node): a bounded heap whose top is the weakest kept. Each edge
/// is one number, its [`weakness`], so that choosing compares integers (on
/// a long text most offers are one comparison with the top, and the rest
/// reorder the heap).
/// The heap is kept from one sentence to the next, emptied by
/// [`Strongest::drain`].
///
/// A heap rather than `select_nth_unstable_by`, whose own copy of the
/// standard library's selection code costs the wasm 1.5 KB gzipped (see
/// `crate::order`). The order of the offers cannot change what is kept,
/// the heaviest under a total order.
struct Strongest {
    heap: BinaryHeap<u128>,
    /// The top of the heap once it is full ([`u128::MAX`] until then): an
    /// edge at least as weak is turned away with one comparison.
    weakest: u128,
}

impl Default for Strongest {
    fn default() -> Self {
        Strongest {
            heap: BinaryHeap::new(),
            weakest: u128::MAX,
        }
    }
}

impl Strongest {
    /// Offers `edge` `(node, weight)`: kept if it is among the heaviest so far.
    fn offer(&mut self, edge: (usize, f64)) {
        let edge = weakness(edge);
        if edge >= self.weakest {
            return;
        }
        if self.heap.len() < DEFAULT_MAX_NEIGHBOURS {
            self.heap.push(edge);
            if self.heap.len() < DEFAULT_MAX_NEIGHBOURS {
                return;
            }
        } else if let Some(mut weakest) = self.heap.peek_mut() {
            *weakest = edge;
        }
        self.weakest = self.heap.peek().copied().unwrap_or(u128::MAX);
    }

    /// The edges kept, in no particular order; the heap is left empty.
    fn drain(&mut self) -> impl Iterator<Item = (usize, f64)> + '_ {
        self.weakest = u128::MAX;
        self.heap.drain().map(edge)
    }
}

/// An edge `(node, weight)` as one number, greater for a weaker edge:
/// lighter under [`f64::total_cmp`], then the higher node.
fn weakness((node, weight): (usize, f64)) -> u128 {
    let bits = weight.to_bits();
    // `total_cmp`'s order as unsigned integers: negative numbers below
    // positive ones, reversed among themselves.
    let order = if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    };
    (u128::from(!order) << 64) | node as u128
}

/// The edge whose [`weakness`] is `key`.
fn edge(key: u128) -> (usize, f64) {
    let order = !((key >> 64) as u64);
    let bits = if order >> 63 == 1 {
        order & !(1 << 63)
    } else {
        !order
    };
    (key as u64 as usize, f64::from_bits(bits))
}

/// Term id → the eligible sentences that have it, ascending; terms in
/// more than [`DEFAULT_MAX_POSTINGS`] sentences get an empty list. All the
/// lists share one array (sized from the document frequencies).
struct Postings {
    /// The list of term `t` is `sentences[offsets[t]..offsets[t + 1]]`.
    offsets: Vec<usize>,
    sentences: Vec<u32>,
}

impl Postings {
    fn new(bags: &Bags, eligible: &[bool]) -> Postings {
        let kept = |df: u32| df as usize <= DEFAULT_MAX_POSTINGS;
        let mut offsets = Vec::with_capacity(bags.df.len() + 1);
        let mut total = 0;
        offsets.push(0);
        for &df in &bags.df {
            total += if kept(df) { df as usize } else { 0 };
            offsets.push(total);
        }
        let mut cursor = offsets.clone();
        let mut sentences = vec![0; total];
        let eligible_bags = bags
            .bags
            .iter()
            .enumerate()
            .filter(|(i, _)| is(eligible, *i));
        for (i, bag) in eligible_bags {
            for &(t, _) in bag.iter().filter(|&&(t, _)| kept(bags.df[t as usize])) {
                let at = &mut cursor[t as usize];
                sentences[*at] = i as u32;
                *at += 1;
            }
        }
        Postings { offsets, sentences }
    }

    /// The sentences of term `t`.
    fn of(&self, t: u32) -> &[u32] {
        let t = t as usize;
        match (self.offsets.get(t), self.offsets.get(t + 1)) {
            (Some(&a), Some(&b)) => &self.sentences[a..b],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustc_hash::FxHashMap as HashMap;

    /// Each sentence's words as term ids (a word's id is its first
    /// occurrence), and the number of distinct words.
    fn terms(sents: &[&str]) -> (Vec<Vec<u32>>, usize) {
        let mut ids: HashMap<&str, u32> = HashMap::default();
        let units = sents
            .iter()
            .map(|s| {
                s.split_whitespace()
                    .map(|w| {
                        let next = ids.len() as u32;
                        *ids.entry(w).or_insert(next)
                    })
                    .collect()
            })
            .collect();
        (units, ids.len())
    }

    fn slices(units: &[Vec<u32>]) -> Vec<&[u32]> {
        units.iter().map(Vec::as_slice).collect()
    }

    /// The graph as adjacency lists.
    fn adj(g: &Graph) -> Vec<Vec<(usize, f64)>> {
        (0..g.len()).map(|i| g.edges(i).collect()).collect()
    }

    #[test]
    fn edges_are_stored_at_both_ends_sorted() {
        let g = Graph::from_edges(4, &[(2, 0, 1.0), (0, 1, 2.0), (3, 0, 0.5), (1, 3, 4.0)]);
        assert_eq!(
            adj(&g),
            vec![
                vec![(1, 2.0), (2, 1.0), (3, 0.5)],
                vec![(0, 2.0), (3, 4.0)],
                vec![(0, 1.0)],
                vec![(0, 0.5), (1, 4.0)],
            ]
        );
        assert_eq!(g.edge_ends(), 8);
        assert_eq!(g.edges(4).count(), 0);
    }

    #[test]
    fn invalid_edges_are_left_out() {
        let edges = [
            (0, 0, 1.0),
            (0, 5, 1.0),
            (0, 1, 0.0),
            (0, 1, f64::NAN),
            (1, 2, -1.0),
        ];
        let g = Graph::from_edges(3, &edges);
        assert_eq!(adj(&g), vec![vec![]; 3]);
        assert!(Graph::from_edges(0, &[]).is_empty());
    }

    #[test]
    fn forward_edges_make_the_same_graph() {
        // Node i keeps edges to later nodes, ascending; here the weight
        // is the shared count over the sum of the ends.
        let weight = |i: usize, j: usize, s: u32| f64::from(s) / (i + j) as f64;
        assert!(Graph::from_forward(&Forward::default(), weight).is_empty());
        let mut forward = Forward::default();
        forward.push_row([(1, 1), (3, 6)].into_iter());
        forward.push_row([(2, 5)].into_iter());
        forward.push_row(std::iter::empty());
        forward.push_row(std::iter::empty());
        let expected = Graph::from_edges(4, &[(0, 1, 1.0), (0, 3, 2.0), (1, 2, 5.0 / 3.0)]);
        assert_eq!(Graph::from_forward(&forward, weight), expected);
    }

    #[test]
    fn ids_sort_like_the_standard_library() {
        // Short lists (insertion sort) and long ones (the shared sort),
        // with repeats.
        for len in [0, 1, 2, 8, 9, 17, 31, 40, 63, 64, 65, 200] {
            let mut ids: Vec<u32> = (0..len).map(|k| (k * 7919 % 61) as u32).collect();
            let mut expected = ids.clone();
            expected.sort_unstable();
            sort_ids(&mut ids);
            assert_eq!(ids, expected, "{len}");
        }
    }

    #[test]
    fn the_heaviest_edges_are_kept_ties_to_the_lower_node() {
        // Weights with many ties, in an order that puts light edges first.
        let edges: Vec<(usize, f64)> = (0..500)
            .map(|j| (j, f64::from((j * 7919 % 13) as u32) / 4.0))
            .collect();
        let mut expected = edges.clone();
        expected.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        expected.truncate(DEFAULT_MAX_NEIGHBOURS);
        expected.sort_by_key(|e| e.0);
        let mut strongest = Strongest::default();
        let orders: [Vec<(usize, f64)>; 2] = [edges.clone(), edges.iter().rev().copied().collect()];
        for order in orders {
            order.into_iter().for_each(|e| strongest.offer(e));
            let mut kept: Vec<_> = strongest.drain().collect();
            kept.sort_by_key(|e| e.0);
            assert_eq!(kept, expected);
        }
        edges[..10].iter().for_each(|&e| strongest.offer(e));
        let mut few: Vec<_> = strongest.drain().collect();
        few.sort_by_key(|e| e.0);
        assert_eq!(few, edges[..10]);
    }

    #[test]
    fn weakness_orders_edges_as_total_cmp_then_node_and_keeps_them() {
        let weights = [
            -f64::INFINITY,
            -2.5,
            -0.0,
            0.0,
            1e-300,
            0.25,
            0.5,
            1.0,
            3.0,
            f64::INFINITY,
            f64::NAN,
        ];
        let edges: Vec<(usize, f64)> = weights
            .iter()
            .flat_map(|&w| [(0, w), (7, w), (u32::MAX as usize, w)])
            .collect();
        for &a in &edges {
            assert_eq!(edge(weakness(a)).0, a.0);
            assert_eq!(edge(weakness(a)).1.to_bits(), a.1.to_bits());
            for &b in &edges {
                let weaker = b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
                assert_eq!(weakness(a).cmp(&weakness(b)), weaker, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn shared_terms_make_edges() {
        let (t, n) = terms(&["a b c", "c d", "e f"]);
        let g = Graph::from_terms(&slices(&t), n, &[true; 3]);
        let w = 1.0 / (3f64.ln() + 2f64.ln());
        assert_eq!(adj(&g), vec![vec![(1, w)], vec![(0, w)], vec![]]);
    }

    #[test]
    fn ineligible_sentences_have_no_edges() {
        let (t, n) = terms(&["a b", "a b", "a b"]);
        let g = Graph::from_terms(&slices(&t), n, &[true, false, true]);
        assert_eq!(g.edges(1).count(), 0);
        assert_eq!(g.edges(0).count(), 1);
    }
}
