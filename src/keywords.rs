//! Keywords: the key phrases of the document, by TextRank over words
//! (Mihalcea & Tarau 2004): content words are linked when they occur close
//! together, PageRank ranks them, and adjacent top words are merged into
//! phrases, returned as they appear in the text.

use rustc_hash::FxHashMap as HashMap;

use crate::rank::{pagerank, Graph, DEFAULT_DAMPING, DEFAULT_TOLERANCE};
use crate::text::{Document, Word, NO_TERM};
use crate::Keyword;

/// Two content words are linked when at most this many content words
/// apart (2 = neighbours), within one sentence.
pub const DEFAULT_WINDOW: usize = 3;
/// Share of the ranked words that may form phrases (Mihalcea & Tarau keep
/// a third of the vertices).
pub const DEFAULT_TOP_SHARE: f64 = 1.0 / 3.0;
/// Longest phrase, in words.
pub const DEFAULT_MAX_PHRASE: usize = 4;

/// Frequent English words that are content words for ranking but never
/// key phrases (reporting verbs, modals, vague nouns and adverbs).
const NOT_KEYWORDS: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tell",
    "added",
    "according",
    "would",
    "could",
    "also",
    "use",
    "used",
    "using",
    "make",
    "made",
    "get",
    "got",
    "one",
    "two",
    "three",
    "like",
    "many",
    "much",
    "new",
    "year",
    "years",
    "per",
    "cent",
    "mr",
    "mrs",
    "ms",
    "dr",
    "may",
    "might",
    "must",
    "shall",
    "just",
    "still",
    "even",
    "well",
    "way",
    "thing",
    "things",
    "lot",
    "including",
    "however",
    "since",
    "last",
    "first",
    "next",
    "week",
    "day",
    "time",
    "another",
    "take",
    "put",
    "want",
    "going",
    "come",
    "see",
    "know",
    "think",
    "need",
    "give",
    "around",
];

/// A content word occurrence.
#[derive(Debug, Clone)]
struct Token {
    /// Node id of the word's stem.
    node: usize,
    /// Byte span in the text.
    start: usize,
    end: usize,
    /// Whether it directly follows the previous token of the same unit
    /// (only spaces or a hyphen between).
    joined: bool,
}

/// The `max` key phrases of `doc`, best first, from the `eligible` units.
pub(crate) fn extract(doc: &Document<'_>, eligible: &[bool], max: usize) -> Vec<Keyword> {
    if max == 0 {
        return Vec::new();
    }
    // 1. Content words of each eligible unit, as graph nodes.
    let (units, stems) = tokens(doc, eligible);

    // 2. Co-occurrence graph and PageRank over words.
    let scores = pagerank(
        &cooccurrence(&units, stems.len()),
        None,
        DEFAULT_DAMPING,
        DEFAULT_TOLERANCE,
    );

    // 3. Merge adjacent top words into phrases and rank the phrases.
    let top = top_nodes(&scores, &stems);
    let phrases = phrases(doc.text, &units, &top, &scores);
    best(phrases, max)
}

/// Tokens per eligible unit, and the stem of each node. Nodes are numbered
/// by first occurrence.
fn tokens<'d>(doc: &'d Document<'_>, eligible: &[bool]) -> (Vec<Vec<Token>>, Vec<&'d str>) {
    // Per term id: its node, or `NONE`.
    const NONE: usize = usize::MAX;
    let mut node_of = vec![NONE; doc.term_count()];
    let mut stems = Vec::new();
    let mut candidate = Candidates::new(doc);
    let mut units = Vec::new();
    for i in (0..doc.units.len()).filter(|&i| eligible.get(i).copied().unwrap_or(false)) {
        let mut out: Vec<Token> = Vec::new();
        let mut last_end: Option<usize> = None;
        for word in doc.unit_words(i) {
            let (start, end) = (word.start(), word.end());
            let gap_ok = last_end.is_some_and(|e| is_joining_gap(&doc.text[e..start]));
            last_end = Some(end);
            let Some(term) = candidate.term(doc, word) else {
                last_end = None;
                continue;
            };
            let node = &mut node_of[term as usize];
            if *node == NONE {
                *node = stems.len();
                stems.push(doc.term(term));
            }
            out.push(Token {
                node: *node,
                start,
                end,
                joined: gap_ok && !out.is_empty(),
            });
        }
        units.push(out);
    }
    (units, stems)
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
    /// a letter and is not in [`NOT_KEYWORDS`].
    fn term(&mut self, doc: &Document<'_>, word: &Word) -> Option<u32> {
        let spelling = doc.spelling(word);
        if spelling.term == NO_TERM {
            return None;
        }
        let known = &mut self.known[word.spelling()];
        let ok = *known.get_or_insert_with(|| {
            spelling.has_letter && !NOT_KEYWORDS.contains(&&*spelling.lower)
        });
        ok.then_some(spelling.term)
    }
}

/// Only spaces, or a hyphen, between two words of a phrase.
fn is_joining_gap(gap: &str) -> bool {
    let t = gap.trim();
    t.is_empty() || t == "-"
}

/// Words linked by how often they occur within [`DEFAULT_WINDOW`].
fn cooccurrence(units: &[Vec<Token>], n: usize) -> Graph {
    let mut weights: HashMap<(usize, usize), f64> = HashMap::default();
    for tokens in units {
        for (k, a) in tokens.iter().enumerate() {
            for b in tokens.iter().skip(k + 1).take(DEFAULT_WINDOW - 1) {
                if a.node != b.node {
                    let key = (a.node.min(b.node), a.node.max(b.node));
                    *weights.entry(key).or_insert(0.0) += 1.0;
                }
            }
        }
    }
    // In any order: each pair comes once, and the graph sorts each node's
    // edges.
    let edges: Vec<(usize, usize, f64)> =
        weights.into_iter().map(|((a, b), w)| (a, b, w)).collect();
    Graph::from_edges(n, &edges)
}

/// Whether each node is among the best [`DEFAULT_TOP_SHARE`].
fn top_nodes(scores: &[f64], stems: &[&str]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        scores[b].total_cmp(&scores[a]).then(stems[a].cmp(stems[b]))
    });
    let keep = (scores.len() as f64 * DEFAULT_TOP_SHARE).ceil() as usize;
    let mut top = vec![false; scores.len()];
    order.iter().take(keep).for_each(|&i| top[i] = true);
    top
}

/// A candidate phrase: its stems, score and surface forms with counts.
struct Phrase<'t> {
    nodes: Vec<usize>,
    score: f64,
    forms: Vec<(&'t str, usize)>,
    first: usize,
}

/// A run of adjacent top words: its nodes and its tokens.
type Run<'t> = (Vec<usize>, &'t [Token]);

/// Maximal runs of adjacent top words (up to [`DEFAULT_MAX_PHRASE`]).
/// A run of several words that occurs only once is taken word by word.
/// Phrases are merged by stems and score the sum of their words' scores.
fn phrases<'t>(
    text: &'t str,
    units: &[Vec<Token>],
    top: &[bool],
    scores: &[f64],
) -> Vec<Phrase<'t>> {
    let runs: Vec<Run> = units.iter().flat_map(|t| runs(t, top)).collect();
    let mut counts: HashMap<&[usize], usize> = HashMap::default();
    for r in &runs {
        *counts.entry(&r.0).or_insert(0) += 1;
    }
    let mut by_key: HashMap<&[usize], Phrase<'t>> = HashMap::default();
    for (nodes, tokens) in &runs {
        if nodes.len() == 1 || counts.get(nodes.as_slice()).copied().unwrap_or(0) >= 2 {
            let (start, end) = (tokens[0].start, tokens[tokens.len() - 1].end);
            add_form(&mut by_key, nodes, &text[start..end], start, scores);
        } else {
            for t in tokens.iter() {
                let node = std::slice::from_ref(&t.node);
                add_form(&mut by_key, node, &text[t.start..t.end], t.start, scores);
            }
        }
    }
    by_key.into_values().collect()
}

/// Counts `form`, found at byte `start`, as a surface form of the phrase
/// of `nodes`.
fn add_form<'k, 't>(
    by_key: &mut HashMap<&'k [usize], Phrase<'t>>,
    nodes: &'k [usize],
    form: &'t str,
    start: usize,
    scores: &[f64],
) {
    let entry = by_key.entry(nodes).or_insert_with(|| Phrase {
        score: nodes.iter().map(|&n| scores[n]).sum(),
        nodes: nodes.to_vec(),
        forms: Vec::new(),
        first: start,
    });
    match entry.forms.iter_mut().find(|(f, _)| *f == form) {
        Some((_, c)) => *c += 1,
        None => entry.forms.push((form, 1)),
    }
}

/// The runs of adjacent top words in one unit's tokens.
fn runs<'t>(tokens: &'t [Token], top: &[bool]) -> Vec<Run<'t>> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if !top[tokens[k].node] {
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < tokens.len()
            && end - k < DEFAULT_MAX_PHRASE
            && tokens[end].joined
            && top[tokens[end].node]
        {
            end += 1;
        }
        let run = &tokens[k..end];
        out.push((run.iter().map(|t| t.node).collect(), run));
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
    for p in &phrases {
        if chosen.len() >= max {
            break;
        }
        let covered = chosen
            .iter()
            .any(|c| p.nodes.iter().all(|n| c.nodes.contains(n)));
        if !covered {
            chosen.push(p);
        }
    }
    chosen
        .into_iter()
        .map(|p| Keyword {
            text: surface(&p.forms),
            score: p.score / top,
        })
        .collect()
}

/// The most frequent surface form (the first seen on ties).
fn surface(forms: &[(&str, usize)]) -> String {
    let mut best: Option<&(&str, usize)> = None;
    for f in forms {
        match best {
            Some(b) if b.1 >= f.1 => {}
            _ => best = Some(f),
        }
    }
    best.map(|f| f.0.to_string()).unwrap_or_default()
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
    fn limits_and_degenerate_input() {
        assert!(keywords(STORY, 0).is_empty());
        assert_eq!(keywords(STORY, 2).len(), 2);
        assert!(keywords("The and of it.", 5).is_empty());
        assert_eq!(keywords("Deportation.", 5), ["Deportation"]);
    }
}
