//! Keywords: the key phrases of the document, by TextRank over words
//! (Mihalcea & Tarau 2004): content words are linked when they occur close
//! together, PageRank ranks them, and adjacent top words are merged into
//! phrases, returned as they appear in the text.

use rustc_hash::FxHashMap as HashMap;

use crate::rank::{pagerank, Graph, DEFAULT_DAMPING, KEYWORD_TOLERANCE};
use crate::text::grams::is_cjk;
use crate::text::{same_bytes, Document, Word, NO_TERM};
use crate::Keyword;

/// Two content words are linked when at most this many content words
/// apart (2 = neighbours), within one sentence.
pub const DEFAULT_WINDOW: usize = 3;
/// Share of the ranked words that may form phrases (Mihalcea & Tarau keep
/// a third of the vertices).
pub const DEFAULT_TOP_SHARE: f64 = 1.0 / 3.0;
/// Longest phrase, in words.
pub const DEFAULT_MAX_PHRASE: usize = 4;

/// Whether `word` (lower case) is a frequent English word that is a
/// content word for ranking but never a key phrase (reporting verbs,
/// modals, vague nouns and adverbs). A `match`: compiled to a switch on the
/// length and a few comparisons, where a list would be searched word by
/// word.
fn is_not_keyword(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "say"
            | "saying"
            | "told"
            | "tell"
            | "added"
            | "according"
            | "would"
            | "could"
            | "also"
            | "use"
            | "used"
            | "using"
            | "make"
            | "made"
            | "get"
            | "got"
            | "one"
            | "two"
            | "three"
            | "like"
            | "many"
            | "much"
            | "new"
            | "year"
            | "years"
            | "per"
            | "cent"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "just"
            | "still"
            | "even"
            | "well"
            | "way"
            | "thing"
            | "things"
            | "lot"
            | "including"
            | "however"
            | "since"
            | "last"
            | "first"
            | "next"
            | "week"
            | "day"
            | "time"
            | "another"
            | "take"
            | "put"
            | "want"
            | "going"
            | "come"
            | "see"
            | "know"
            | "think"
            | "need"
            | "give"
            | "around"
    )
}

/// A content word occurrence.
#[derive(Debug, Clone)]
struct Token {
    /// Node id of the word's stem.
    node: u32,
    /// Index of its unit among the eligible ones.
    unit: u32,
    /// Byte span in the text.
    start: usize,
    end: usize,
    /// Whether it directly follows the previous token of the same unit
    /// (only spaces or a hyphen between).
    joined: bool,
}

/// The `max` key phrases of `doc`, best first, from the `eligible` units.
#[cfg_attr(feature = "speed", inline(never))]
pub(crate) fn extract(doc: &Document<'_>, eligible: &[bool], max: usize) -> Vec<Keyword> {
    if max == 0 {
        return Vec::new();
    }
    // 1. Content words of the eligible units, as graph nodes.
    let (tokens, stems) = tokens(doc, eligible);

    // 2. Co-occurrence graph and PageRank over words.
    let scores = pagerank(
        &cooccurrence(&tokens, stems.len()),
        None,
        DEFAULT_DAMPING,
        KEYWORD_TOLERANCE,
    );

    // 3. Merge adjacent top words into phrases and rank the phrases.
    let top = top_nodes(&scores, &stems);
    let phrases = phrases(doc.text, &tokens, &top, &scores);
    best(phrases, max)
}

/// The tokens of the eligible units, in order, and the stem of each node.
/// Nodes are numbered by first occurrence.
fn tokens<'d>(doc: &'d Document<'_>, eligible: &[bool]) -> (Vec<Token>, Vec<&'d str>) {
    let mut nodes = Nodes {
        node_of: vec![Nodes::NONE; doc.term_count()],
        stems: Vec::with_capacity(doc.term_count()),
        candidate: Candidates::new(doc),
    };
    let units = (0..doc.units.len()).filter(|&i| eligible.get(i).copied().unwrap_or(false));
    // Every token is one of the document's content terms: room for them
    // all at once (growing the vector took 3 % of the keywords' time).
    let mut out: Vec<Token> = Vec::with_capacity(doc.term_occurrences());
    for (unit, i) in units.enumerate() {
        nodes.unit_tokens(doc, i, unit as u32, &mut out);
    }
    (out, nodes.stems)
}

/// The graph's nodes as they are found: one per content term.
struct Nodes<'d> {
    /// Per term id: its node, or [`Nodes::NONE`].
    node_of: Vec<u32>,
    /// The stem of each node.
    stems: Vec<&'d str>,
    candidate: Candidates,
}

impl<'d> Nodes<'d> {
    const NONE: u32 = u32::MAX;

    /// Appends to `out` the tokens of unit `i`, the `unit`-th eligible one.
    ///
    /// A function of its own, called once a unit: in the wasm, V8 optimises
    /// a function only for its later calls (there is no on-stack
    /// replacement), so a long text's units run optimised code.
    #[inline(never)]
    fn unit_tokens(&mut self, doc: &'d Document<'_>, i: usize, unit: u32, out: &mut Vec<Token>) {
        let mut last_end: Option<usize> = None;
        for word in doc.unit_words(i) {
            let (start, end) = (word.start(), doc.word_end(word));
            let Some(term) = self.candidate.term(doc, word) else {
                last_end = None;
                continue;
            };
            // `last_end` is set only by the previous word, when it is a
            // token of this unit.
            let joined = last_end.is_some_and(|e| is_joining_gap(&doc.text[e..start]));
            last_end = Some(end);
            let node = &mut self.node_of[term as usize];
            if *node == Self::NONE {
                *node = self.stems.len() as u32;
                self.stems.push(doc.term(term));
            }
            out.push(Token {
                node: *node,
                unit,
                start,
                end,
                joined,
            });
        }
    }
}

/// Which spellings may be part of a keyword, decided once per spelling.
struct Candidates {
    /// Per spelling: unknown yet, or whether it is a candidate.
    known: Vec<Option<bool>>,
}

impl Candidates {
    fn new(doc: &Document<'_>) -> Self {
        Candidates {
            known: vec![None; doc.spelling_count()],
        }
    }

    /// The content term of `word` when it may be part of a keyword: it has
    /// a letter and is not a word that [`is_not_keyword`].
    fn term(&mut self, doc: &Document<'_>, word: &Word) -> Option<u32> {
        let spelling = doc.spelling(word);
        if spelling.term == NO_TERM {
            return None;
        }
        let known = &mut self.known[word.spelling()];
        let ok =
            *known.get_or_insert_with(|| spelling.has_letter && !is_not_keyword(&spelling.lower));
        ok.then_some(spelling.term)
    }
}

/// Only spaces, or a hyphen, between two words of a phrase.
fn is_joining_gap(gap: &str) -> bool {
    // One space, the most of gaps, without trimming it.
    if let [b' '] = gap.as_bytes() {
        return true;
    }
    let t = gap.trim();
    t.is_empty() || t == "-"
}

/// Words linked by how often they occur within [`DEFAULT_WINDOW`]: the
/// weight of an edge is the number of pairs of their occurrences that are
/// this close in one unit. The nodes are visited in order, each adding
/// itself to the rows of the nodes it occurs near: every row comes out
/// sorted by the other end without a sort, and no map of pairs is needed.
fn cooccurrence(tokens: &[Token], n: usize) -> Graph {
    let (offsets, positions) = occurrences(tokens, n);
    // Each node's row has room for as many edges as its tokens have
    // neighbours at most.
    let mut rows = Rows {
        cursors: (offsets[..n].iter())
            .map(|&at| Cursor {
                at: (at * NEAR) as u32,
                last: u32::MAX,
            })
            .collect(),
        targets: vec![0; tokens.len() * NEAR],
        counts: vec![0; tokens.len() * NEAR],
    };
    for (i, range) in offsets.windows(2).enumerate() {
        let at = positions.get(range[0]..range[1]).unwrap_or_default();
        rows.add(tokens, i as u32, at);
    }
    let filled = (offsets.iter().zip(&rows.cursors)).map(|(&start, c)| {
        let row = start * NEAR..c.at as usize;
        let targets = rows.targets.get(row.clone()).unwrap_or_default();
        (targets, rows.counts.get(row).unwrap_or_default())
    });
    Graph::from_counts(filled)
}

/// The most tokens near a token: [`DEFAULT_WINDOW`] - 1 on either side.
const NEAR: usize = 2 * (DEFAULT_WINDOW - 1);

/// The word graph's rows as they are filled, each with room to spare.
struct Rows {
    /// Per node: where its row goes on, and the last node in it.
    cursors: Vec<Cursor>,
    /// The other end of each edge, ascending in each row.
    targets: Vec<u32>,
    /// How often the two ends occur near each other.
    counts: Vec<u32>,
}

/// Where a row of [`Rows`] goes on.
struct Cursor {
    /// The place of its next edge.
    at: u32,
    /// The other end of its last edge, or `u32::MAX` while it has none.
    last: u32,
}

impl Rows {
    /// Adds node `i`, whose tokens are at `positions`, to the rows of the
    /// nodes near them. The nodes are added in order, so each row stays
    /// sorted, and a node already at the end of a row is counted again.
    ///
    /// Called once a node, not inlined: see [`Nodes::unit_tokens`].
    #[inline(never)]
    fn add(&mut self, tokens: &[Token], i: u32, positions: &[u32]) {
        for &k in positions {
            each_near(tokens, k as usize, |node| {
                let Some(row) = self.cursors.get_mut(node as usize) else {
                    return;
                };
                let at = row.at as usize;
                if row.last == i {
                    if let Some(count) = self.counts.get_mut(at - 1) {
                        *count += 1;
                    }
                } else if let (Some(target), Some(count)) =
                    (self.targets.get_mut(at), self.counts.get_mut(at))
                {
                    (*target, *count) = (i, 1);
                    row.at += 1;
                    row.last = i;
                }
            });
        }
    }
}

/// The positions of each node's tokens: node `i`'s are
/// `positions[offsets[i]..offsets[i + 1]]`, ascending.
fn occurrences(tokens: &[Token], n: usize) -> (Vec<usize>, Vec<u32>) {
    let mut offsets = vec![0usize; n + 1];
    for t in tokens {
        offsets[t.node as usize + 1] += 1;
    }
    for i in 0..n {
        offsets[i + 1] += offsets[i];
    }
    let mut cursor = offsets.clone();
    let mut positions = vec![0u32; tokens.len()];
    for (k, t) in tokens.iter().enumerate() {
        let at = &mut cursor[t.node as usize];
        positions[*at] = k as u32;
        *at += 1;
    }
    (offsets, positions)
}

/// Calls `f` with the node of each token of token `k`'s unit within
/// [`DEFAULT_WINDOW`] of it, before and after it, but those of its own
/// node.
#[inline(always)]
fn each_near(tokens: &[Token], k: usize, mut f: impl FnMut(u32)) {
    let Some(me) = tokens.get(k) else {
        return;
    };
    // Before the start, `wrapping_sub` gives an index past the end.
    for d in 1..DEFAULT_WINDOW {
        for t in [k.wrapping_sub(d), k + d].map(|at| tokens.get(at)) {
            if let Some(t) = t.filter(|t| t.unit == me.unit && t.node != me.node) {
                f(t.node);
            }
        }
    }
}

/// Whether each node is among the best [`DEFAULT_TOP_SHARE`] (by score,
/// then stem).
fn top_nodes(scores: &[f64], stems: &[&str]) -> Vec<bool> {
    let keep = (scores.len() as f64 * DEFAULT_TOP_SHARE).ceil() as usize;
    let floor = floor(scores, keep);
    let mut order: Vec<usize> = (0..scores.len()).filter(|&i| scores[i] >= floor).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        scores[b]
            .total_cmp(&scores[a])
            .then_with(|| stems[a].cmp(stems[b]))
    });
    let mut top = vec![false; scores.len()];
    order.iter().take(keep).for_each(|&i| top[i] = true);
    top
}

/// A score that at least `keep` of `scores` reach (0 at worst): only
/// those can be among the best `keep`, and the sort is left with them.
/// Tried from the mean score down, a tenth at a time.
fn floor(scores: &[f64], keep: usize) -> f64 {
    let mut floor = 1.0 / scores.len() as f64;
    for _ in 0..DEFAULT_FLOOR_STEPS {
        if scores.iter().filter(|&&s| s >= floor).count() >= keep {
            return floor;
        }
        floor *= 0.9;
    }
    0.0
}

/// How many times [`floor`] lowers its guess before it gives up.
const DEFAULT_FLOOR_STEPS: usize = 30;

/// A candidate phrase: its stems, score and surface forms with counts.
struct Phrase<'t> {
    key: Key,
    score: f64,
    /// The first surface form seen and its count.
    form: (&'t str, usize),
    /// The other surface forms, in order of first use (most phrases have
    /// one form: no vector to allocate for them).
    other_forms: Vec<(&'t str, usize)>,
    first: usize,
}

/// The nodes of a phrase, in order, held in place (a phrase has at most
/// [`DEFAULT_MAX_PHRASE`] words).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Key {
    nodes: [u32; DEFAULT_MAX_PHRASE],
    len: usize,
}

impl Key {
    /// The nodes of `tokens` (the first [`DEFAULT_MAX_PHRASE`]).
    fn new(tokens: &[Token]) -> Key {
        let mut key = Key {
            nodes: [0; DEFAULT_MAX_PHRASE],
            len: tokens.len().min(DEFAULT_MAX_PHRASE),
        };
        for (slot, t) in key.nodes.iter_mut().zip(tokens) {
            *slot = t.node;
        }
        key
    }

    fn nodes(&self) -> &[u32] {
        &self.nodes[..self.len]
    }
}

/// Maximal runs of adjacent top words (up to [`DEFAULT_MAX_PHRASE`]).
/// A run of several words that occurs only once is taken word by word.
/// Phrases are merged by stems and score the sum of their words' scores.
fn phrases<'t>(text: &'t str, tokens: &[Token], top: &[bool], scores: &[f64]) -> Vec<Phrase<'t>> {
    let runs = runs(tokens, top);
    // Room for about the distinct phrases, not for every run: phrases are
    // made of top words, and most are single words or recur. The order of
    // the maps does not reach the result ([`best`] sorts by score, then by
    // first offset, which no two phrases share).
    let top_words = top.iter().filter(|&&t| t).count();
    let room = runs.len().min(2 * top_words + 16);
    let mut counts: HashMap<Key, usize> = with_room(room);
    for run in &runs {
        *counts.entry(Key::new(run)).or_insert(0) += 1;
    }
    let mut by_key: HashMap<Key, Phrase<'t>> = with_room(room);
    for run in &runs {
        let key = Key::new(run);
        if run.len() == 1 || counts.get(&key).copied().unwrap_or(0) >= 2 {
            let (start, end) = (run[0].start, run[run.len() - 1].end);
            add_form(&mut by_key, key, &text[start..end], start, scores);
        } else {
            for t in run.iter() {
                let key = Key::new(std::slice::from_ref(t));
                add_form(&mut by_key, key, &text[t.start..t.end], t.start, scores);
            }
        }
    }
    by_key.into_values().collect()
}

/// An empty map with room for `n` entries.
fn with_room<V>(n: usize) -> HashMap<Key, V> {
    HashMap::with_capacity_and_hasher(n, Default::default())
}

/// Counts `form`, found at byte `start`, as a surface form of the phrase
/// of `key`.
fn add_form<'t>(
    by_key: &mut HashMap<Key, Phrase<'t>>,
    key: Key,
    form: &'t str,
    start: usize,
    scores: &[f64],
) {
    let entry = by_key.entry(key).or_insert_with(|| Phrase {
        score: key.nodes().iter().map(|&n| scores[n as usize]).sum(),
        key,
        form: (form, 0),
        other_forms: Vec::new(),
        first: start,
    });
    let same = |f: &str| same_bytes(f.as_bytes(), form.as_bytes());
    if same(entry.form.0) {
        entry.form.1 += 1;
        return;
    }
    match entry.other_forms.iter_mut().find(|(f, _)| same(f)) {
        Some((_, c)) => *c += 1,
        None => entry.other_forms.push((form, 1)),
    }
}

/// The runs of adjacent top words (units never join: the first token of a
/// unit is not `joined`).
fn runs<'t>(tokens: &'t [Token], top: &[bool]) -> Vec<&'t [Token]> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if !top[tokens[k].node as usize] {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < tokens.len()
            && end - k < DEFAULT_MAX_PHRASE
            && tokens[end].joined
            && top[tokens[end].node as usize]
        {
            end += 1;
        }
        out.push(&tokens[k..end]);
        k = end;
    }
    out
}

/// The best `max` phrases, skipping those whose words all appear in a
/// better phrase; scores scaled so the best is 1.
fn best(mut phrases: Vec<Phrase>, max: usize) -> Vec<Keyword> {
    crate::order::sort_by(&mut phrases, |a, b| {
        b.score.total_cmp(&a.score).then(a.first.cmp(&b.first))
    });
    let top = phrases
        .first()
        .map_or(1.0, |p| p.score)
        .max(f64::MIN_POSITIVE);
    let mut chosen: Vec<&Phrase> = Vec::new();
    for p in phrases.iter().filter(|p| !is_lone_character(p)) {
        if chosen.len() >= max {
            break;
        }
        let covered = chosen
            .iter()
            .any(|c| p.key.nodes().iter().all(|n| c.key.nodes().contains(n)));
        if !covered {
            chosen.push(p);
        }
    }
    chosen
        .into_iter()
        .map(|p| Keyword {
            text: surface(p),
            score: p.score / top,
        })
        .collect()
}

/// Whether a phrase is one ideograph or kana alone: UAX #29 splits Chinese
/// and Japanese into single characters, and one character ("的", "是",
/// "菜") says nothing as a keyword; phrases of two or more are kept.
fn is_lone_character(p: &Phrase) -> bool {
    let form = p.form.0;
    form.chars().nth(1).is_none() && is_cjk(form)
}

/// The most frequent surface form of `p` (the first seen on ties).
fn surface(p: &Phrase) -> String {
    let mut best = &p.form;
    for f in &p.other_forms {
        if f.1 > best.1 {
            best = f;
        }
    }
    best.0.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::lang::Language;

    fn keywords(text: &str, max: usize) -> Vec<String> {
        let doc = Document::analyse(text, Some(Language::ENGLISH));
        let eligible = vec![true; doc.units.len()];
        extract(&doc, &eligible, max)
            .into_iter()
            .map(|k| k.text)
            .collect()
    }

    const STORY: &str = "Prime Minister Hun Sen asked the US to amend the deportation agreement. \
        Hun Sen said the deportation of Cambodians was a humanitarian issue. \
        The US has deported hundreds of Cambodians under the deportation agreement. \
        Officials in Phnom Penh say deportees struggle after the deportation.";

    #[test]
    fn names_and_repeated_terms_rank_first() {
        let got = keywords(STORY, 5);
        assert!(
            got.iter()
                .take(3)
                .any(|k| k == "deportation agreement" || k == "deportation"),
            "{got:?}"
        );
        assert!(got.contains(&"Hun Sen".to_string()), "{got:?}");
    }

    #[test]
    fn phrases_keep_their_surface_form_and_cover_their_words() {
        let got = keywords(STORY, 10);
        assert!(got.contains(&"Hun Sen".to_string()));
        assert!(
            !got.contains(&"Hun".to_string()) && !got.contains(&"Sen".to_string()),
            "{got:?}"
        );
        let doc_text = STORY;
        assert!(got.iter().all(|k| doc_text.contains(k.as_str())));
    }

    #[test]
    fn word_graph_counts_the_pairs_of_occurrences_within_the_window() {
        let doc = Document::analyse(STORY, Some(Language::ENGLISH));
        let (tokens, stems) = super::tokens(&doc, &vec![true; doc.units.len()]);
        let graph = cooccurrence(&tokens, stems.len());
        // Every pair of tokens of one unit at most DEFAULT_WINDOW - 1
        // apart, of two nodes, counted at both ends.
        let mut expected = vec![std::collections::BTreeMap::new(); stems.len()];
        for (k, a) in tokens.iter().enumerate() {
            for b in &tokens[k + 1..(k + DEFAULT_WINDOW).min(tokens.len())] {
                if a.unit == b.unit && a.node != b.node {
                    *expected[a.node as usize]
                        .entry(b.node as usize)
                        .or_insert(0.0) += 1.0;
                    *expected[b.node as usize]
                        .entry(a.node as usize)
                        .or_insert(0.0) += 1.0;
                }
            }
        }
        assert!(expected.iter().any(|row| row.values().any(|&w| w > 1.0)));
        for (i, row) in expected.iter().enumerate() {
            let got: Vec<(usize, f64)> = graph.edges(i).collect();
            assert_eq!(
                got,
                row.iter().map(|(&j, &w)| (j, w)).collect::<Vec<_>>(),
                "{i}"
            );
        }
    }

    #[test]
    fn top_third_by_score_then_stem() {
        // Nine nodes, keep three: 0.3 and 0.2 for sure, then the tie at
        // 0.1 goes to the first stem in order ("b" before "c" and "d").
        let scores = [0.05, 0.1, 0.3, 0.1, 0.2, 0.1, 0.05, 0.05, 0.05];
        let stems = ["a", "d", "e", "b", "f", "c", "g", "h", "i"];
        let top = top_nodes(&scores, &stems);
        let chosen: Vec<usize> = (0..9).filter(|&i| top[i]).collect();
        assert_eq!(chosen, [2, 3, 4]);
        // All equal: the first third of the stems.
        let top = top_nodes(&[0.25; 4], &["d", "c", "b", "a"]);
        assert_eq!(top, [false, false, true, true]);
        assert!(top_nodes(&[], &[]).is_empty());
    }

    #[test]
    fn words_join_across_spaces_or_a_hyphen() {
        for (gap, joins) in [
            (" ", true),
            ("", true),
            ("  \n", true),
            ("-", true),
            (" - ", true),
            (", ", false),
            (" -- ", false),
        ] {
            assert_eq!(is_joining_gap(gap), joins, "{gap:?}");
        }
    }

    #[test]
    fn limits_and_degenerate_input() {
        assert!(keywords(STORY, 0).is_empty());
        assert_eq!(keywords(STORY, 2).len(), 2);
        assert!(keywords("The and of it.", 5).is_empty());
        assert_eq!(keywords("Deportation.", 5), ["Deportation"]);
    }

    #[test]
    fn chinese_keywords_are_phrases_not_lone_characters() {
        let text =
            "为平抑淡季叶类菜价过高，海口市对76家供应点的大白菜、莲花白、上海青执行政府限价。\
                    其中大白菜零售价2元/斤、莲花白1.6元/斤、上海青2.3元/斤。\
                    专家称限价蔬菜种类少，且比较常见，所以难起实际效果。";
        let doc = Document::analyse(text, Language::from_code("zh"));
        let found: Vec<String> = extract(&doc, &vec![true; doc.units.len()], 10)
            .into_iter()
            .map(|k| k.text)
            .collect();
        assert!(!found.is_empty(), "{found:?}");
        for k in &found {
            assert!(
                k.chars().count() > 1 || !is_cjk(k),
                "a lone character: {found:?}"
            );
        }
        // Latin words and numbers are not characters of a script without spaces.
        assert!(!is_lone_character(&Phrase {
            key: Key {
                nodes: [0; DEFAULT_MAX_PHRASE],
                len: 1
            },
            score: 1.0,
            form: ("a", 1),
            other_forms: Vec::new(),
            first: 0,
        }));
    }
}
