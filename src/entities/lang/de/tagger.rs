//! German names from a sequence labeller: every token of a sentence gets a
//! tag (not a name, or the first or a following word of a person, place or
//! organization), the best sequence of tags under the model's weights and
//! its tag-to-tag weights (Viterbi), so that a name's span is the model's,
//! not the capitalised runs of the shared rules ("Gebhard von Ravenna",
//! "Zentralanstalt für Meteorologie und Geodynamik"; German capitalises
//! every noun, so capitals alone find names poorly).
//!
//! The model is the profile's [`Model`] text: the line of a feature holds
//! its weights for not a name and for the first word of a person, place,
//! organization; the line of the same feature after [`INSIDE`] its weights
//! (after an unused one) for a following word of each. The features are
//! those of `eval/scripts/ner/tagger.py` `feats`, for every token; the tag
//! before a token is the feature `t=` + [`SHORT`] (`t=S` at the start,
//! whose line marks a tagger's model: [`is_tagger`]). Trained by
//! `tagger.py`, written by `eval/scripts/ner/export_de.py`.

use super::super::super::context::Ctx;
use super::super::super::gazetteer::{self, Known};
use super::super::super::lexicon::{GIVEN_STEM, PLACE_STEM, TITLE};
use super::super::super::names::Name;
use super::super::super::token::Shape;
use super::super::super::typing::Evidence;
use super::super::{evidence, has_stem, suffix, word_shape, Model, Profile, GAZETTEER_FEATURES};
use rustc_hash::FxHashMap as HashMap;

/// Tags: not a name, the first word of a person, place, organization, then
/// a following word of each (the model's weights in this order).
const TAGS: usize = 7;

/// Before the name of a feature, the line of its weights for following words.
const INSIDE: &str = "~";

/// The tags as the transition features name them (`t=BP`), and the start.
const SHORT: [&str; TAGS] = ["O", "BP", "BL", "BO", "IP", "IL", "IO"];

/// The transition feature before a sentence's first token.
const START: &str = "S";

/// A score no sequence takes (a tag that may not follow another).
const FORBIDDEN: i32 = i32::MIN / 4;

/// Whether `model` is a tagger's: it has the tag-to-tag weights of a
/// sentence's start (a token model has none).
pub(crate) fn is_tagger(model: &Model) -> bool {
    model.weights_of(&format!("t={START}")).is_some()
}

/// Whether tag `cur` may follow tag `prev` (`None`: at the start): a
/// following word only after the first or a following word of its kind.
fn allowed(prev: Option<usize>, cur: usize) -> bool {
    cur < 4 || prev.is_some_and(|p| p == cur - 3 || p == cur)
}

/// Names of every sentence of the document and their typing evidence.
/// `bias` is added to the score of a name's first word.
pub(crate) fn names(ctx: &Ctx<'_, '_>, profile: &Profile, bias: i32) -> (Vec<Name>, Vec<Evidence>) {
    let mut look = Lookup::new(profile.model);
    let trans = transitions(&mut look);
    let mut out = Vec::new();
    let mut evidences = Vec::new();
    let mut scores: Vec<[i32; TAGS]> = Vec::new();
    let mut known: Vec<Known> = Vec::new();
    // The lists of each distinct word, looked up once a document.
    let mut lists: HashMap<&str, Known> = HashMap::default();
    let mut start = 0;
    while start < ctx.tokens.len() {
        let unit = ctx.tokens[start].unit();
        let mut end = start + 1;
        while ctx.tokens.get(end).is_some_and(|t| t.unit() == unit) {
            end += 1;
        }
        scores.clear();
        known.clear();
        known.extend((start..end).map(|k| {
            *lists
                .entry(ctx.lower(k))
                .or_insert_with(|| known_bits(ctx, profile, k))
        }));
        for k in start..end {
            let mut s = emissions(ctx, &mut look, k, &known[..], start);
            s[1..4].iter_mut().for_each(|v| *v += bias);
            if ctx.taken[k] {
                // Dates and amounts are no names.
                s[1..].iter_mut().for_each(|v| *v = FORBIDDEN);
            }
            scores.push(s);
        }
        let tags = viterbi(&scores, &trans);
        spans(ctx, start, &tags, &scores, &mut out, &mut evidences);
        start = end;
    }
    (out, evidences)
}

/// The names of one sentence (its first token `first`) from its tags, each
/// with evidence from the summed scores of its words.
fn spans(
    ctx: &Ctx<'_, '_>,
    first: usize,
    tags: &[usize],
    scores: &[[i32; TAGS]],
    out: &mut Vec<Name>,
    evidences: &mut Vec<Evidence>,
) {
    let mut i = 0;
    while i < tags.len() {
        let kind = tags[i];
        if !(1..4).contains(&kind) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tags.len() && tags[j] == kind + 3 {
            j += 1;
        }
        // A title that opens the span is not part of the name ("Herr
        // Müller"), as the shared rules split names at titles.
        let unit = ctx.tokens[first + i].unit();
        let mut from = i;
        while j - from > 1 && ctx.has(first + from, TITLE) {
            from += 1;
        }
        let title = from > i
            || (first + from > 0
                && ctx.get(first + from - 1, unit).is_some()
                && ctx.has(first + from - 1, TITLE));
        let (start, end) = (first + from, first + j);
        out.push(Name {
            start,
            end,
            from: ctx.tokens[start].start(),
            to: ctx.tokens[end - 1].end(),
            title,
            dateline: false,
        });
        evidences.push(span_evidence(&scores[from..j]));
        i = j;
    }
}

/// Typing evidence of a name from its words' `scores`: each kind as if the
/// whole span were of that kind (its first word's score, then following
/// words'), against not a name.
fn span_evidence(scores: &[[i32; TAGS]]) -> Evidence {
    let mut total = [0i32; 4];
    for (n, s) in scores.iter().enumerate() {
        total[0] += s[0];
        for c in 1..4 {
            total[c] += if n == 0 { s[c] } else { s[c + 3] };
        }
    }
    evidence(total)
}

/// The best tag sequence for a sentence's `scores` (Viterbi).
fn viterbi(scores: &[[i32; TAGS]], trans: &[[i32; TAGS]; TAGS + 1]) -> Vec<usize> {
    let n = scores.len();
    if n == 0 {
        return Vec::new();
    }
    let mut best = vec![[FORBIDDEN; TAGS]; n];
    let mut back = vec![[0usize; TAGS]; n];
    for (k, b) in best[0].iter_mut().enumerate() {
        if allowed(None, k) {
            *b = scores[0][k].saturating_add(trans[TAGS][k]);
        }
    }
    for i in 1..n {
        for k in 0..TAGS {
            let mut top = FORBIDDEN;
            for p in 0..TAGS {
                if best[i - 1][p] <= FORBIDDEN || !allowed(Some(p), k) {
                    continue;
                }
                let v = best[i - 1][p] + trans[p][k];
                if v > top {
                    top = v;
                    back[i][k] = p;
                }
            }
            best[i][k] = if top <= FORBIDDEN {
                FORBIDDEN
            } else {
                top.saturating_add(scores[i][k])
            };
        }
    }
    let mut k = (0..TAGS)
        .max_by_key(|&k| (best[n - 1][k], usize::MAX - k))
        .unwrap_or(0);
    let mut tags = vec![0; n];
    for i in (0..n).rev() {
        tags[i] = k;
        k = back[i][k];
    }
    tags
}

/// Tag-to-tag weights: row `p` for tag `p` before, row [`TAGS`] at the start.
fn transitions(look: &mut Lookup<'_>) -> [[i32; TAGS]; TAGS + 1] {
    let mut out = [[0; TAGS]; TAGS + 1];
    for (row, prev) in out.iter_mut().zip(SHORT.iter().chain([&START])) {
        *row = look.weights("t=", prev);
    }
    out
}

/// Most features whose weights a document remembers (a bound on the
/// memory of a long text; past it, features are searched in the model).
pub(crate) const DEFAULT_MEMO_ENTRIES: usize = 1 << 16;

/// The model's weights of features, each searched once a document.
struct Lookup<'m> {
    /// The model.
    model: &'m Model,
    /// Weights of the features searched so far.
    memo: HashMap<String, [i32; TAGS]>,
    /// Scratch for a feature's name.
    buf: String,
}

impl<'m> Lookup<'m> {
    fn new(model: &'m Model) -> Self {
        Lookup {
            model,
            memo: HashMap::default(),
            buf: String::new(),
        }
    }

    /// The weights of feature `name` + `value` for every tag (zero when
    /// the model does not have it).
    fn weights(&mut self, name: &str, value: &str) -> [i32; TAGS] {
        self.buf.clear();
        self.buf.push_str(name);
        self.buf.push_str(value);
        if let Some(w) = self.memo.get(self.buf.as_str()) {
            return *w;
        }
        let w = search(self.model, &mut self.buf);
        if self.memo.len() < DEFAULT_MEMO_ENTRIES {
            self.buf.drain(..INSIDE.len());
            self.memo.insert(self.buf.clone(), w);
        }
        w
    }
}

/// The weights of the feature in `buf` (both of its lines); leaves
/// [`INSIDE`] before it in `buf`.
fn search(model: &Model, buf: &mut String) -> [i32; TAGS] {
    let mut w = [0; TAGS];
    if let Some(first) = model.weights_of(buf) {
        w[..4].copy_from_slice(&first);
    }
    buf.insert_str(0, INSIDE);
    if let Some(next) = model.weights_of(buf) {
        w[4..].copy_from_slice(&next[1..]);
    }
    w
}

/// Scores of every tag for token `k` (the features of `tagger.py`
/// `feats`); `known` holds the lists of the sentence's tokens, the first
/// of which is `first`.
fn emissions(
    ctx: &Ctx<'_, '_>,
    look: &mut Lookup<'_>,
    k: usize,
    known: &[Known],
    first: usize,
) -> [i32; TAGS] {
    let t = &ctx.tokens[k];
    let unit = t.unit();
    let lower = ctx.lower(k);
    let initial = k == first;
    let prev = if initial { "<s>" } else { ctx.lower(k - 1) };
    let next = ctx.get(k + 1, unit).map_or("</s>", |_| ctx.lower(k + 1));
    let has_cap = |i: usize| {
        ctx.get(i, unit)
            .is_some_and(|_| ctx.text(i).chars().any(char::is_uppercase))
    };
    let mut sum = [0i32; TAGS];
    let mut add = |w: [i32; TAGS]| sum.iter_mut().zip(w).for_each(|(s, w)| *s += w);
    // A word the model does not know: what names never seen look like.
    let word = look.weights("w=", lower);
    add(word);
    if word == [0; TAGS] {
        add(look.weights("oov", ""));
    }
    let mut shape = String::new();
    word_shape(ctx.text(k), &mut shape);
    for (name, value) in [
        ("s3=", suffix(lower, 3)),
        ("s4=", suffix(lower, 4)),
        ("s2=", suffix(lower, 2)),
        ("s5=", suffix(lower, 5)),
        ("f3=", prefix(lower, 3)),
        ("f4=", prefix(lower, 4)),
        ("p=", prev),
        ("n=", next),
        ("b", ""),
        ("ps2=", suffix(prev, 2)),
        ("sh=", &shape),
    ] {
        add(look.weights(name, value));
    }
    let flags = [
        (initial, "init"),
        (
            t.shape == Shape::Upper && lower.chars().nth(1).is_some(),
            "upper",
        ),
        (lower.contains('-'), "hy"),
        (!initial && has_cap(k - 1), "pc"),
        (has_cap(k + 1), "nc"),
    ];
    for (on, name) in flags {
        if on {
            add(look.weights(name, ""));
        }
    }
    let i = k - first;
    let around = [
        ("g=", Some(i)),
        ("pg=", i.checked_sub(1)),
        ("ng=", Some(i + 1)),
    ];
    for (name, j) in around {
        let Some(&bits) = j.and_then(|j| known.get(j)) else {
            continue;
        };
        for &(bit, list) in GAZETTEER_FEATURES {
            if bits & bit != 0 {
                add(look.weights(name, list));
            }
        }
    }
    sum
}

/// The first `n` characters of `s` (all of it when shorter).
fn prefix(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// The lists token `k` is in: the gazetteer's and the language's stems.
fn known_bits(ctx: &Ctx<'_, '_>, profile: &Profile, k: usize) -> Known {
    let lower = ctx.lower(k);
    let mut known = ctx.known_word(k);
    if has_stem(profile.words, PLACE_STEM, lower) {
        known |= gazetteer::PLACE;
    }
    if has_stem(profile.words, GIVEN_STEM, lower) {
        known |= gazetteer::GIVEN;
    }
    known
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tagger_is_told_by_its_start_weights() {
        assert!(is_tagger(&Model {
            text: "b\tOOOO\nt=S\tOOOO\n"
        }));
        assert!(!is_tagger(&Model {
            text: "b\tOOOO\nw=berlin\tOOOO\n"
        }));
        assert!(!is_tagger(&Model { text: "" }));
    }

    #[cfg(feature = "ner-de")]
    #[test]
    fn the_german_model_is_a_tagger() {
        assert!(is_tagger(&super::super::MODEL));
    }

    #[test]
    fn prefixes_count_characters() {
        for (word, n, expected) in [
            ("müller", 3, "mül"),
            ("ab", 3, "ab"),
            ("", 4, ""),
            ("über", 4, "über"),
        ] {
            assert_eq!(prefix(word, n), expected, "{word}");
        }
    }

    #[test]
    fn following_words_only_after_their_kind() {
        for (prev, cur, expected) in [
            (None, 0, true),
            (None, 1, true),
            (None, 4, false),
            (Some(0), 4, false),
            (Some(1), 4, true),
            (Some(4), 4, true),
            (Some(2), 4, false),
            (Some(3), 6, true),
            (Some(6), 5, false),
        ] {
            assert_eq!(allowed(prev, cur), expected, "{prev:?} {cur}");
        }
    }

    #[test]
    fn viterbi_follows_the_scores_and_the_rules() {
        let none = [[0; TAGS]; TAGS + 1];
        // A following word of a place cannot start a sentence: the best
        // allowed sequence is the first word of a place, then its next.
        let scores = [
            [0, 0, 5, 0, 0, 9, 0],
            [0, 0, 0, 0, 0, 4, 0],
            [3, 0, 0, 0, 0, 0, 0],
        ];
        assert_eq!(viterbi(&scores, &none), vec![2, 5, 0]);
        // A tag-to-tag weight can outweigh a word's own score.
        let mut trans = none;
        trans[2][5] = -10;
        assert_eq!(viterbi(&scores, &trans), vec![2, 0, 0]);
    }
}
