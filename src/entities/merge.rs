//! Variant merging: mentions with the same name, a person's surname or
//! first name alone ("Biden", "Mr Hun"), and acronyms of longer names
//! ("US" for "United States") become one entity.
//!
//! Linear in the number of mentions: exact keys go through a hash map, and
//! every short mention looks its word or acronym up in another.

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap as HashMap;

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
    /// Lower-case words of the name, without dots and apostrophes, joined
    /// by single spaces (no word is empty or holds a space).
    pub words: String,
    /// Number of words in `words`.
    pub count: usize,
    /// A date or amount; `None` for names, typed from `evidence`.
    pub fixed: Option<EntityKind>,
    /// Typing evidence (names).
    pub evidence: Evidence,
    /// Written as an acronym ("US", "U.S.", "ASEAN").
    pub acronym: bool,
}

impl Mention {
    /// The first word (`""` if there are none).
    fn first(&self) -> &str {
        // A space is one byte: found without decoding.
        let w = &self.words;
        &w[..w.bytes().position(|b| b == b' ').unwrap_or(w.len())]
    }

    /// The last word (`""` if there are none).
    fn last(&self) -> &str {
        let w = &self.words;
        &w[w.bytes().rposition(|b| b == b' ').map_or(0, |p| p + 1)..]
    }

    /// The words, in order.
    fn words(&self) -> impl Iterator<Item = &str> {
        self.words.split(' ').take(self.count)
    }
}

/// A group of mentions that are one entity.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    /// Where its mentions are in [`Groups::members`].
    members: std::ops::Range<usize>,
    /// The decided kind.
    pub kind: EntityKind,
}

/// The groups of a document's mentions, their members kept in one list.
#[derive(Debug, Clone, Default)]
pub(crate) struct Groups {
    /// The groups, in order of first mention.
    pub list: Vec<Group>,
    /// Mention indices, group after group, each group's in document order.
    members: Vec<usize>,
}

impl Groups {
    /// Indices into the mention list of group `g`'s mentions, in document
    /// order (never empty).
    pub fn mentions(&self, g: &Group) -> &[usize] {
        &self.members[g.members.clone()]
    }
}

/// Evidence for another kind above which a one-word name is not taken as
/// a person's surname or first name ("Jordan" the country with "in").
pub(crate) const DEFAULT_ALIAS_BLOCK: f32 = 4.5;

/// Words that do not count in a name's initials.
const MINOR: &[&str] = &[
    "of", "the", "and", "for", "de", "del", "la", "van", "der", "y", "&",
];

/// Groups `mentions` (in document order) into entities.
pub(crate) fn merge(mentions: &[Mention]) -> Groups {
    let mut uf = UnionFind::new(mentions.len());
    let firsts = exact(mentions, &mut uf);
    let evidence = group_evidence(mentions, &mut uf);
    aliases(mentions, &firsts, &evidence, &mut uf);
    collect(mentions, &mut uf)
}

/// Joins mentions with the same words; returns the first mention of each
/// key, in order. One-word names are left apart (see [`aliases`]):
/// "Collins" may be two people.
fn exact(mentions: &[Mention], uf: &mut UnionFind) -> Vec<usize> {
    let mut keys: HashMap<Key<'_>, usize> =
        HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    let mut firsts = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        match keys.entry(key_of(m)) {
            Entry::Occupied(first) if !is_single(m) => uf.union(*first.get(), i),
            Entry::Occupied(_) => {}
            Entry::Vacant(slot) => {
                slot.insert(i);
                firsts.push(i);
            }
        }
    }
    firsts
}

/// A one-word name, that may stand for a longer name.
fn is_single(m: &Mention) -> bool {
    m.fixed.is_none() && m.count == 1
}

/// A mention's kind ("name" for names) and words: ("name", "joe biden"),
/// ("date", "last tuesday").
type Key<'m> = (&'static str, &'m str);

fn key_of(m: &Mention) -> Key<'_> {
    let kind = m.fixed.map_or("name", EntityKind::as_str);
    (kind, m.words.as_str())
}

/// Summed evidence of each mention's current group, indexed by root
/// (zero for mentions that are no root).
fn group_evidence(mentions: &[Mention], uf: &mut UnionFind) -> Vec<Evidence> {
    let mut out: Vec<Evidence> = vec![[0.0; 4]; mentions.len()];
    for (i, m) in mentions.iter().enumerate() {
        let e = &mut out[uf.find(i)];
        *e = add(*e, m.evidence);
    }
    out
}

/// Joins short variants to the longer names they abbreviate.
/// `firsts`: the first mention of each key ([`exact`]), in order.
fn aliases(mentions: &[Mention], firsts: &[usize], evidence: &[Evidence], uf: &mut UnionFind) {
    // Word -> the multi-word person names it begins or ends; initials ->
    // multi-word names.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    // The initials of one name at a time (a key is made only for new ones).
    let mut initials = String::new();
    for &i in firsts {
        let m = &mentions[i];
        if m.fixed.is_some() || m.count < 2 {
            continue;
        }
        let root = uf.find(i);
        let ev = evidence[root];
        if typing::decide(&add(ev, typing::prior(m.count))) == EntityKind::Person {
            for w in [m.first(), m.last()] {
                by_word.entry(w).or_default().push(i);
            }
        }
        initials.clear();
        initials.extend(
            m.words()
                .filter(|w| !MINOR.contains(w))
                .filter_map(|w| w.chars().next()),
        );
        if initials.chars().nth(1).is_some() {
            match by_initials.get_mut(initials.as_str()) {
                Some(same) => same.push(i),
                None => {
                    by_initials.insert(initials.clone(), vec![i]);
                }
            }
        }
    }
    let people = people_by_word(mentions, evidence, uf);
    for (word, same) in singles(mentions) {
        // An acronym of a longer name ("US" for "United States").
        if same.iter().any(|&k| mentions[k].acronym) {
            if let Some(t) = unique(by_initials.get(word), uf) {
                same.iter().for_each(|&k| uf.union(t, k));
                continue;
            }
        }
        // A person's first name or surname ("Biden", "Mr Hun").
        let ev = same
            .iter()
            .fold([0.0; 4], |acc, &k| add(acc, mentions[k].evidence));
        let strong_other = ev[1].max(ev[2]).max(ev[3]) >= DEFAULT_ALIAS_BLOCK;
        let candidates = by_word.get(word).filter(|_| !strong_other);
        if let Some(t) = unique(candidates, uf) {
            same.iter().for_each(|&k| uf.union(t, k));
        } else if candidates.is_some() {
            nearest(&same, people.get(word).map_or(&[], Vec::as_slice), uf);
        } else {
            same.iter().for_each(|&k| uf.union(same[0], k));
        }
    }
}

/// One-word name mentions by word, each in document order, the words in
/// order of first mention.
fn singles(mentions: &[Mention]) -> Vec<(&str, Vec<usize>)> {
    let mut index: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
    let mut out: Vec<(&str, Vec<usize>)> = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        if is_single(m) {
            let word = m.first();
            let slot = *index.entry(word).or_insert_with(|| {
                out.push((word, Vec::new()));
                out.len() - 1
            });
            out[slot].1.push(i);
        }
    }
    out
}

/// Joins each mention in `same` (one word shared by several people) to the
/// person named last before it (`people`: mentions of those people, in
/// order); mentions before all of them stay together.
fn nearest(same: &[usize], people: &[usize], uf: &mut UnionFind) {
    let mut orphan: Option<usize> = None;
    for &k in same {
        let before = people.partition_point(|&p| p < k);
        match before.checked_sub(1).map(|b| people[b]) {
            Some(p) => uf.union(p, k),
            None => match orphan {
                Some(o) => uf.union(o, k),
                None => orphan = Some(k),
            },
        }
    }
}

/// Mentions of several words of people, by their first and last word, in
/// document order.
fn people_by_word<'m>(
    mentions: &'m [Mention],
    evidence: &[Evidence],
    uf: &mut UnionFind,
) -> HashMap<&'m str, Vec<usize>> {
    let mut out: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, m) in mentions.iter().enumerate() {
        if m.fixed.is_some() || m.count < 2 {
            continue;
        }
        let ev = evidence[uf.find(k)];
        if typing::decide(&add(ev, typing::prior(m.count))) == EntityKind::Person {
            out.entry(m.first()).or_default().push(k);
            let last = m.last();
            if last != m.first() {
                out.entry(last).or_default().push(k);
            }
        }
    }
    out
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
fn collect(mentions: &[Mention], uf: &mut UnionFind) -> Groups {
    let mut roots: Vec<usize> = Vec::with_capacity(mentions.len());
    for i in 0..mentions.len() {
        roots.push(uf.find(i));
    }
    let mut sizes: Vec<usize> = vec![0; mentions.len()];
    for &root in &roots {
        sizes[root] += 1;
    }
    // Group of each root (usize::MAX until its first mention) and where its
    // members start: groups in order of first mention, one after the other.
    let mut index: Vec<usize> = vec![usize::MAX; mentions.len()];
    let mut list: Vec<Group> = Vec::new();
    for (m, &root) in mentions.iter().zip(&roots) {
        if index[root] == usize::MAX {
            let start = list.last().map_or(0, |g: &Group| g.members.end);
            index[root] = list.len();
            list.push(Group {
                members: start..start + sizes[root],
                kind: m.fixed.unwrap_or(EntityKind::Other),
            });
        }
    }
    let mut members: Vec<usize> = vec![0; mentions.len()];
    let mut filled: Vec<usize> = list.iter().map(|g| g.members.start).collect();
    let mut sums: Vec<(Evidence, usize)> = vec![([0.0; 4], 0); list.len()];
    for (i, (m, &root)) in mentions.iter().zip(&roots).enumerate() {
        let g = index[root];
        members[filled[g]] = i;
        filled[g] += 1;
        sums[g].0 = add(sums[g].0, m.evidence);
        sums[g].1 = sums[g].1.max(m.count);
    }
    for (g, (ev, longest)) in list.iter_mut().zip(sums) {
        if mentions[members[g.members.start]].fixed.is_none() {
            g.kind = typing::decide(&add(ev, typing::prior(longest)));
        }
    }
    Groups { list, members }
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
