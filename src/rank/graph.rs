//! The sentence similarity graph, built from an inverted index over terms so
//! that the cost grows with the pairs of sentences that share a term, not
//! with the square of the number of sentences.

use rustc_hash::FxHashMap as HashMap;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// Terms found in more than this many sentences are left out of the graph:
/// they link almost everything to everything and carry no signal, and they
/// would make the cost quadratic on very long texts.
pub const DEFAULT_MAX_POSTINGS: usize = 300;
/// Each sentence keeps at most this many strongest edges (plus the edges
/// other sentences keep to it), which bounds memory on very long texts.
pub const DEFAULT_MAX_NEIGHBOURS: usize = 64;

/// An undirected weighted graph in adjacency-list form.
#[derive(Debug, Clone, PartialEq)]
pub struct Graph {
    /// `adj[i]` lists `(j, weight)` for each edge of node `i`, sorted by `j`.
    pub adj: Vec<Vec<(usize, f64)>>,
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
    /// Interns the terms of each sentence; document frequencies count only
    /// the eligible sentences.
    pub fn new(terms: &[Vec<String>], eligible: &[bool]) -> Bags {
        let mut ids: HashMap<String, u32> = HashMap::default();
        let bags: Vec<Vec<(u32, u32)>> = terms.iter().map(|ts| bag(&mut ids, ts)).collect();
        let mut df = vec![0u32; ids.len()];
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

fn bag(ids: &mut HashMap<String, u32>, terms: &[String]) -> Vec<(u32, u32)> {
    let mut v: Vec<u32> = terms
        .iter()
        .map(|t| {
            let next = ids.len() as u32;
            *ids.entry(t.clone()).or_insert(next)
        })
        .collect();
    crate::order::sort(&mut v);
    let mut out: Vec<(u32, u32)> = Vec::new();
    for t in v {
        match out.last_mut() {
            Some((last, c)) if *last == t => *c += 1,
            _ => out.push((t, 1)),
        }
    }
    out
}

impl Graph {
    /// A graph from explicit undirected edges `(i, j, weight)` over `n` nodes.
    pub fn from_edges(n: usize, edges: &[(usize, usize, f64)]) -> Graph {
        let mut adj = vec![Vec::new(); n];
        for &(i, j, w) in edges {
            if i != j && i < n && j < n && w > 0.0 && w.is_finite() {
                adj[i].push((j, w));
                adj[j].push((i, w));
            }
        }
        for list in &mut adj {
            crate::order::sort_by_key(list, |&(j, _)| j);
        }
        Graph { adj }
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.adj.len()
    }

    /// The TextRank similarity graph of the eligible sentences of `bags`
    /// (Mihalcea & Tarau 2004): the weight of an edge is the number of
    /// distinct terms two sentences share, divided by `ln |S_i| + ln |S_j|`.
    /// Only pairs that share a term are visited (through the postings
    /// lists).
    pub fn similarity(bags: &Bags, eligible: &[bool]) -> Graph {
        let postings = postings(bags, eligible);
        let n = bags.bags.len();
        let log_len: Vec<f64> = bags
            .bags
            .iter()
            .map(|b| (b.len().max(1) as f64).ln())
            .collect();
        let mut acc = vec![0f64; n];
        let mut touched = Vec::new();
        let mut edges = Vec::new();
        for i in (0..n).filter(|&i| is(eligible, i)) {
            for &(t, _) in &bags.bags[i] {
                let list = &postings[t as usize];
                let later = list.partition_point(|&j| j <= i);
                for &j in &list[later..] {
                    if acc[j] == 0.0 {
                        touched.push(j);
                    }
                    acc[j] += 1.0;
                }
            }
            let mut mine: Vec<(usize, f64)> = touched
                .drain(..)
                .map(|j| {
                    let w = acc[j] / norm(log_len[i] + log_len[j]);
                    acc[j] = 0.0;
                    (j, w)
                })
                .collect();
            keep_strongest(&mut mine);
            edges.extend(mine.into_iter().map(|(j, w)| (i, j, w)));
        }
        Graph::from_edges(n, &edges)
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

/// Keeps the [`DEFAULT_MAX_NEIGHBOURS`] heaviest edges (ties by index).
///
/// A bounded heap rather than `select_nth_unstable_by`, whose own copy of
/// the standard library's selection code costs the wasm 1.5 KB gzipped
/// (see `crate::order`); a full sort is slower on long lists.
fn keep_strongest(edges: &mut Vec<(usize, f64)>) {
    if edges.len() > DEFAULT_MAX_NEIGHBOURS {
        let mut kept: BinaryHeap<Weaker> = BinaryHeap::with_capacity(DEFAULT_MAX_NEIGHBOURS);
        for &edge in edges.iter() {
            let edge = Weaker(edge);
            if kept.len() < DEFAULT_MAX_NEIGHBOURS {
                kept.push(edge);
            } else if let Some(mut weakest) = kept.peek_mut().filter(|w| edge < **w) {
                *weakest = edge;
            }
        }
        edges.clear();
        edges.extend(kept.into_iter().map(|w| w.0));
    }
}

/// An edge ordered so that the heap's top is the weakest: lighter first,
/// then the higher index.
struct Weaker((usize, f64));

impl Ord for Weaker {
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = (self.0, other.0);
        b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
    }
}

impl PartialOrd for Weaker {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Weaker {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Weaker {}

/// Term id → the eligible sentences that contain it, ascending; terms in
/// more than [`DEFAULT_MAX_POSTINGS`] sentences get an empty list.
fn postings(bags: &Bags, eligible: &[bool]) -> Vec<Vec<usize>> {
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); bags.df.len()];
    for (i, bag) in bags
        .bags
        .iter()
        .enumerate()
        .filter(|(i, _)| is(eligible, *i))
    {
        for &(t, _) in bag {
            postings[t as usize].push(i);
        }
    }
    for list in &mut postings {
        if list.len() > DEFAULT_MAX_POSTINGS {
            list.clear();
        }
    }
    postings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(sents: &[&str]) -> Vec<Vec<String>> {
        sents
            .iter()
            .map(|s| s.split_whitespace().map(String::from).collect())
            .collect()
    }

    /// The similarity graph of whitespace-separated terms.
    fn graph(sents: &[&str], eligible: &[bool]) -> Graph {
        Graph::similarity(&Bags::new(&terms(sents), eligible), eligible)
    }

    #[test]
    fn shared_terms_make_edges() {
        let g = graph(&["a b c", "c d", "e f"], &[true; 3]);
        let w = 1.0 / (3f64.ln() + 2f64.ln());
        assert_eq!(g.adj, vec![vec![(1, w)], vec![(0, w)], vec![]]);
    }

    #[test]
    fn ineligible_sentences_have_no_edges() {
        let g = graph(&["a b", "a b", "a b"], &[true, false, true]);
        assert!(g.adj[1].is_empty());
        assert_eq!(g.adj[0].len(), 1);
    }
}
