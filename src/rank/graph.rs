//! The sentence similarity graph, built from an inverted index over terms so
//! that the cost grows with the pairs of sentences that share a term.

use std::collections::HashMap;

/// Terms found in more than this many sentences are left out of the graph:
/// they link almost everything to everything and carry no signal, and they
/// would make the cost quadratic on very long texts.
pub const DEFAULT_MAX_POSTINGS: usize = 1000;
/// Each sentence keeps at most this many strongest edges (plus the edges
/// other sentences keep to it), which bounds memory on very long texts.
pub const DEFAULT_MAX_NEIGHBOURS: usize = 64;

/// An undirected weighted graph in adjacency-list form.
#[derive(Debug, Clone, PartialEq)]
pub struct Graph {
    /// `adj[i]` lists `(j, weight)` for each edge of node `i`, sorted by `j`.
    pub adj: Vec<Vec<(usize, f64)>>,
}

impl Graph {
    /// A graph from explicit undirected edges `(i, j, weight)` over `n` nodes.
    pub fn from_edges(n: usize, edges: &[(usize, usize, f64)]) -> Graph {
        let mut adj = vec![Vec::new(); n];
        for &(i, j, w) in edges {
            if i != j && i < n && j < n && w > 0.0 {
                adj[i].push((j, w));
                adj[j].push((i, w));
            }
        }
        for list in &mut adj {
            list.sort_by_key(|&(j, _)| j);
        }
        Graph { adj }
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.adj.len()
    }

    /// Whether the graph has no node.
    pub fn is_empty(&self) -> bool {
        self.adj.is_empty()
    }

    /// The TextRank graph (Mihalcea & Tarau 2004): two sentences are linked
    /// by the number of distinct terms they share, divided by
    /// `ln |S_i| + ln |S_j|`.
    pub fn from_terms(terms: &[Vec<String>], eligible: &[bool]) -> Graph {
        let sets: Vec<Vec<u32>> = intern(terms);
        let postings = postings(&sets, eligible);
        let n = sets.len();
        let mut overlap = vec![0u32; n];
        let mut touched = Vec::new();
        let mut edges = Vec::new();
        for i in 0..n {
            if !eligible.get(i).copied().unwrap_or(false) {
                continue;
            }
            for t in &sets[i] {
                for &j in postings.get(*t as usize).map(Vec::as_slice).unwrap_or(&[]) {
                    if j > i {
                        if overlap[j] == 0 {
                            touched.push(j);
                        }
                        overlap[j] += 1;
                    }
                }
            }
            let mut mine: Vec<(usize, f64)> = touched
                .drain(..)
                .map(|j| {
                    let w = overlap[j] as f64 / norm(sets[i].len(), sets[j].len());
                    overlap[j] = 0;
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
fn norm(a: usize, b: usize) -> f64 {
    let d = (a.max(1) as f64).ln() + (b.max(1) as f64).ln();
    if d > 0.0 {
        d
    } else {
        1.0
    }
}

/// Keeps the [`DEFAULT_MAX_NEIGHBOURS`] heaviest edges (ties by index).
fn keep_strongest(edges: &mut Vec<(usize, f64)>) {
    if edges.len() > DEFAULT_MAX_NEIGHBOURS {
        edges.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        edges.truncate(DEFAULT_MAX_NEIGHBOURS);
    }
}

/// Distinct term ids per sentence (ids in first-seen order).
fn intern(terms: &[Vec<String>]) -> Vec<Vec<u32>> {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    terms
        .iter()
        .map(|ts| {
            let mut set: Vec<u32> = ts
                .iter()
                .map(|t| {
                    let next = ids.len() as u32;
                    *ids.entry(t.as_str()).or_insert(next)
                })
                .collect();
            set.sort_unstable();
            set.dedup();
            set
        })
        .collect()
}

/// Term id → eligible sentences containing it; over-frequent terms emptied.
fn postings(sets: &[Vec<u32>], eligible: &[bool]) -> Vec<Vec<usize>> {
    let mut postings: Vec<Vec<usize>> = Vec::new();
    for (i, set) in sets.iter().enumerate() {
        if !eligible.get(i).copied().unwrap_or(false) {
            continue;
        }
        for &t in set {
            let t = t as usize;
            if postings.len() <= t {
                postings.resize_with(t + 1, Vec::new);
            }
            postings[t].push(i);
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

    #[test]
    fn shared_terms_make_edges() {
        let t = terms(&["a b c", "c d", "e f"]);
        let g = Graph::from_terms(&t, &[true; 3]);
        let w = 1.0 / (3f64.ln() + 2f64.ln());
        assert_eq!(g.adj, vec![vec![(1, w)], vec![(0, w)], vec![]]);
    }

    #[test]
    fn ineligible_sentences_have_no_edges() {
        let t = terms(&["a b", "a b", "a b"]);
        let g = Graph::from_terms(&t, &[true, false, true]);
        assert!(g.adj[1].is_empty());
        assert_eq!(g.adj[0].len(), 1);
    }
}
