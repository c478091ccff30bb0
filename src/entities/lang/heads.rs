//! Names that go on in lower case: Finnish writes an organization or a
//! place as a name in the genitive and a common noun ("Turun yliopisto",
//! "Euroopan komissio", "Ranskan tasavalta"), and the noun belongs to the
//! name. The language lists the stems of such nouns ([`ORG_HEAD`],
//! [`PLACE_HEAD`]); a lower-case word that holds one, followed by at most
//! [`DEFAULT_MAX_HEAD_ENDING`] letters (a case ending: "yliopistossa"; a
//! compound before it: "kauppakorkeakoulun"), joins the name before it.

use super::super::context::Ctx;
use super::super::lexicon::{Cues, ORG_HEAD, PLACE_HEAD};
use super::super::token::Shape;
use super::Profile;

/// Most characters after a head's stem in the word that holds it.
pub(crate) const DEFAULT_MAX_HEAD_ENDING: usize = 5;

/// The head classes and the kind each gives, as an index of
/// [`super::super::typing::KINDS`] (place 1, organization 2).
const HEADS: &[(Cues, usize)] = &[(ORG_HEAD, 2), (PLACE_HEAD, 1)];

/// Where a name of tokens `..end` of a text in `profile`'s language ends,
/// with the head nouns after it ([`extend`]) and, where the language writes
/// compounds so ([`Profile::whole_compounds`]), a compound's tail
/// ([`hyphen_tail`]); and the kind the last head gives.
pub(crate) fn extend_name(
    ctx: &Ctx<'_, '_>,
    profile: &Profile,
    end: usize,
) -> (usize, Option<usize>) {
    let (mut end, head) = extend(ctx, profile.words, end);
    if profile.whole_compounds {
        end = hyphen_tail(ctx, end);
    }
    (end, head)
}

/// Where a name of tokens `..end` ends once the head nouns after it are
/// joined to it, and the kind the last of them gives (`None`: none joined,
/// `end` unchanged). A head follows a name whose last word is a genitive
/// (ends in "n"), in the same sentence, outside dates and amounts.
pub(crate) fn extend(
    ctx: &Ctx<'_, '_>,
    words: &[(Cues, &str)],
    end: usize,
) -> (usize, Option<usize>) {
    let Some(last) = end.checked_sub(1) else {
        return (end, None);
    };
    if !ctx.lower(last).ends_with('n') {
        return (end, None);
    }
    let unit = ctx.tokens[last].unit();
    let mut to = end;
    let mut kind = None;
    while let Some(t) = ctx.get(to, unit) {
        if t.shape != Shape::Lower || ctx.taken[to] {
            break;
        }
        let Some(k) = head_kind(words, ctx.lower(to)) else {
            break;
        };
        kind = Some(k);
        to += 1;
    }
    (to, kind)
}

/// Where a name of tokens `..end` ends with a compound's tail written
/// after it ("Damn Seagulls -yhtyeen", "Formula 1 -sarjassa": a hyphen
/// glued to a lower-case word): the tail belongs to the name (Finnish,
/// [`Profile::whole_compounds`]).
pub(crate) fn hyphen_tail(ctx: &Ctx<'_, '_>, end: usize) -> usize {
    let Some(last) = end.checked_sub(1) else {
        return end;
    };
    let unit = ctx.tokens[last].unit();
    let (Some(dash), Some(word)) = (ctx.get(end, unit), ctx.get(end + 1, unit)) else {
        return end;
    };
    let glued = ctx.text(end) == "-" && !word.space_before;
    if dash.space_before && glued && word.shape == Shape::Lower && !ctx.taken[end + 1] {
        end + 2
    } else {
        end
    }
}

/// The kind the lower-case `word` gives as a head noun, if it is one: that
/// of the longest stem it holds ("valtakunnan": a place by "valtakun", not
/// an organization by "kunna").
fn head_kind(words: &[(Cues, &str)], word: &str) -> Option<usize> {
    if !word.chars().all(char::is_alphabetic) {
        return None;
    }
    HEADS
        .iter()
        .filter_map(|&(cue, kind)| longest_head(words, cue, word).map(|len| (len, kind)))
        .max_by_key(|&(len, _)| len)
        .map(|(_, kind)| kind)
}

/// The length of the longest stem of class `cue` that `word` holds,
/// followed by at most [`DEFAULT_MAX_HEAD_ENDING`] characters.
fn longest_head(words: &[(Cues, &str)], cue: Cues, word: &str) -> Option<usize> {
    words
        .iter()
        .filter(|(c, _)| *c == cue)
        .flat_map(|(_, list)| list.split(' '))
        .filter(|stem| !stem.is_empty())
        .filter(|stem| {
            word.rfind(stem)
                .is_some_and(|i| word[i + stem.len()..].chars().count() <= DEFAULT_MAX_HEAD_ENDING)
        })
        .map(str::len)
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_and_their_kinds() {
        let words: &[(Cues, &str)] = &[
            (ORG_HEAD, "yliopisto koulu kunna"),
            (PLACE_HEAD, "tasaval valtakun"),
        ];
        for (word, kind) in [
            ("yliopistossa", Some(2)),
            ("yliopisto", Some(2)),
            ("kauppakorkeakoulun", Some(2)),
            ("tasavallan", Some(1)),
            ("kunnan", Some(2)),
            // The longer stem decides.
            ("valtakunnan", Some(1)),
            // Too long after the stem: another word.
            ("koululaisetkin", None),
            ("talo", None),
            ("yliopisto-opiskelija", None),
        ] {
            assert_eq!(head_kind(words, word), kind, "{word}");
        }
    }
}
