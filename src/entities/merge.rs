//! Variant merging: mentions with the same name, a person's surname or
//! first name alone ("Biden", "Mr Hun"), and acronyms of longer names
//! ("US" for "United States") become one entity.
//!
//! Linear in the number of mentions: exact keys go through a hash map, and
//! every short mention looks its word or acronym up in another.

use std::collections::HashMap;

use super::typing::{self, Evidence};
use crate::EntityKind;

/// One mention before merging.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// Byte span.
    pub from: usize,
    /// Byte end (exclusive).
    pub to: usize,
    /// Unit (sentence) index.
    pub unit: usize,
    /// Lower-case words of the name, without dots and apostrophes.
    pub words: Vec<String>,
    /// A date or amount; `None` for names, typed from `evidence`.
    pub fixed: Option<EntityKind>,
    /// Typing evidence (names).
    pub evidence: Evidence,
    /// Written as an acronym ("US", "U.S.", "ASEAN").
    pub acronym: bool,
}

/// A group of mentions that are one entity.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    /// Indices into the mention list, in document order.
    pub mentions: Vec<usize>,
    /// The decided kind.
    pub kind: EntityKind,
}

/// Evidence for another kind above which a one-word name is not taken as
/// a person's surname or first name ("Jordan" the country with "in").
pub(crate) const DEFAULT_ALIAS_BLOCK: f32 = 4.5;

/// Words that do not count in a name's initials.
const MINOR: &[&str] = &[
    "of", "the", "and", "for", "de", "del", "la", "van", "der", "y", "&",
];

/// Groups `mentions` (in document order) into entities.
pub(crate) fn merge(mentions: &[Mention]) -> Vec<Group> {
    let mut uf = UnionFind::new(mentions.len());
    let keys = exact(mentions, &mut uf);
    let evidence = group_evidence(mentions, &mut uf);
    aliases(mentions, &keys, &evidence, &mut uf);
    collect(mentions, &mut uf)
}

/// Joins mentions with the same words; returns the first mention of each
/// name key.
fn exact(mentions: &[Mention], uf: &mut UnionFind) -> HashMap<String, usize> {
    let mut keys: HashMap<String, usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let key = key_of(m);
        match keys.get(&key) {
            Some(&first) => uf.union(first, i),
            None => {
                keys.insert(key, i);
            }
        }
    }
    keys
}

fn key_of(m: &Mention) -> String {
    let kind = m.fixed.map_or("name", EntityKind::as_str);
    format!("{kind}:{}", m.words.join(" "))
}

/// Summed evidence of each mention's current group, by root.
fn group_evidence(mentions: &[Mention], uf: &mut UnionFind) -> HashMap<usize, Evidence> {
    let mut out: HashMap<usize, Evidence> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let e = out.entry(uf.find(i)).or_insert([0.0; 4]);
        *e = add(*e, m.evidence);
    }
    out
}

/// Joins short variants to the longer names they abbreviate.
fn aliases(
    mentions: &[Mention],
    keys: &HashMap<String, usize>,
    evidence: &HashMap<usize, Evidence>,
    uf: &mut UnionFind,
) {
    // Word -> the multi-word person names it begins or ends; initials ->
    // multi-word names.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    let mut firsts: Vec<usize> = keys.values().copied().collect();
    firsts.sort_unstable();
    for &i in &firsts {
        let m = &mentions[i];
        if m.fixed.is_some() || m.words.len() < 2 {
            continue;
        }
        let root = uf.find(i);
        let ev = evidence.get(&root).copied().unwrap_or_default();
        if typing::decide(&add(ev, typing::prior(m.words.len()))) == EntityKind::Person {
            for w in [&m.words[0], &m.words[m.words.len() - 1]] {
                by_word.entry(w.as_str()).or_default().push(i);
            }
        }
        let initials: String = m
            .words
            .iter()
            .filter(|w| !MINOR.contains(&w.as_str()))
            .filter_map(|w| w.chars().next())
            .collect();
        if initials.chars().count() >= 2 {
            by_initials.entry(initials).or_default().push(i);
        }
    }
    for &i in &firsts {
        let m = &mentions[i];
        if m.fixed.is_some() || m.words.len() != 1 {
            continue;
        }
        let target = if m.acronym {
            unique(by_initials.get(&m.words[0]), uf)
        } else {
            None
        }
        .or_else(|| unique(by_word.get(m.words[0].as_str()), uf));
        if let Some(t) = target {
            let ev = evidence.get(&uf.find(i)).copied().unwrap_or_default();
            let strong_other = ev[1].max(ev[2]).max(ev[3]) >= DEFAULT_ALIAS_BLOCK && !m.acronym;
            if !strong_other {
                uf.union(t, i);
            }
        }
    }
}

/// The single group among `candidates`, if they all are one.
fn unique(candidates: Option<&Vec<usize>>, uf: &mut UnionFind) -> Option<usize> {
    let c = candidates?;
    let root = uf.find(*c.first()?);
    c.iter().all(|&x| uf.find(x) == root).then_some(root)
}

fn add(a: Evidence, b: Evidence) -> Evidence {
    [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]]
}

/// Builds the groups and decides their kinds.
fn collect(mentions: &[Mention], uf: &mut UnionFind) -> Vec<Group> {
    let mut index: HashMap<usize, usize> = HashMap::new();
    let mut groups: Vec<Group> = Vec::new();
    let mut sums: Vec<(Evidence, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let root = uf.find(i);
        let g = *index.entry(root).or_insert_with(|| {
            groups.push(Group {
                mentions: Vec::new(),
                kind: m.fixed.unwrap_or(EntityKind::Other),
            });
            sums.push(([0.0; 4], 0));
            groups.len() - 1
        });
        groups[g].mentions.push(i);
        sums[g].0 = add(sums[g].0, m.evidence);
        sums[g].1 = sums[g].1.max(m.words.len());
    }
    for (g, (ev, longest)) in groups.iter_mut().zip(sums) {
        if mentions[g.mentions[0]].fixed.is_none() {
            g.kind = typing::decide(&add(ev, typing::prior(longest)));
        }
    }
    groups
}

/// Disjoint sets over mention indices.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}
