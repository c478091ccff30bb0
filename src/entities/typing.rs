//! Typing names from cues: titles, gazetteers, name words ("Bank",
//! "River", "Cup"), neighbours ("said", "in") and shape (acronyms).
//!
//! Each mention gets [`Evidence`]; an entity's kind is decided from the
//! evidence of all its mentions together (see `merge`).

use super::context::Ctx;
use super::gazetteer::{Known, ALPHA3, COUNTRY, GIVEN, NATIONALITY, PLACE, SURNAME};
use super::lexicon::{
    self, Cues, COMPANY_WORD, EVENT, EVENT_HEAD, LOC_PREFIX, LOC_SUFFIX, ORG_PREFIX, ORG_SUFFIX,
    PERSON_NEXT, PLACE_NOUN, RELIGION, SAY, TEAM_ROLE, TITLE, VERSUS,
};
use super::names::Name;
use super::token::Shape;
use crate::EntityKind;

/// Weights for person, place, organization and other, in that order.
pub(crate) type Evidence = [f32; 4];

/// The kinds an [`Evidence`] weighs, in order.
pub(crate) const KINDS: [EntityKind; 4] = [
    EntityKind::Person,
    EntityKind::Place,
    EntityKind::Organization,
    EntityKind::Other,
];

const PER: usize = 0;
const LOC: usize = 1;
const ORG: usize = 2;
const MISC: usize = 3;

/// A defining cue: the acronym follows the words it abbreviates.
pub(crate) const DEFAULT_DEFINING: f32 = 8.0;
/// A strong cue: a country, a nationality, a personal title.
pub(crate) const DEFAULT_STRONG: f32 = 4.0;
/// A firm cue: a city or region, a dateline, "North" before a place.
pub(crate) const DEFAULT_FIRM: f32 = 3.0;
/// A clear cue: an initial before a surname, a company or event word.
pub(crate) const DEFAULT_CLEAR: f32 = 2.5;
/// A cue: a common given name first, "&" in a name, a religion word.
pub(crate) const DEFAULT_CUE: f32 = 2.0;
/// A hint: an acronym, an adjective ending, a "-land" name.
pub(crate) const DEFAULT_HINT: f32 = 1.5;
/// A weak cue: "said" next to the name, a surname last.
pub(crate) const DEFAULT_WEAK: f32 = 1.0;
/// A slight cue: a one-word surname, a place preposition.
pub(crate) const DEFAULT_SLIGHT: f32 = 0.8;
/// A faint cue: a one-word given name, "North" before a name.
pub(crate) const DEFAULT_FAINT: f32 = 0.5;
/// A trace: an article before the name.
pub(crate) const DEFAULT_TRACE: f32 = 0.3;

/// Weight of a personal title before the name.
pub(crate) const DEFAULT_TITLE_WEIGHT: f32 = 4.0;
/// Weight of a gazetteer country.
pub(crate) const DEFAULT_COUNTRY_WEIGHT: f32 = 4.0;
/// Weight of a gazetteer city, state or continent.
pub(crate) const DEFAULT_PLACE_WEIGHT: f32 = 3.0;

/// The evidence of one mention.
/// `key` is the name's words ([`super::names::key`]); `team_context`, whether
/// the name stands where a team does ([`is_team_context`]).
pub(crate) fn evidence(
    ctx: &Ctx<'_, '_>,
    n: &Name,
    key: &str,
    team_context: bool,
    sports: bool,
) -> Evidence {
    let mut ev = [0.0f32; 4];
    let len = n.end - n.start;
    if n.title {
        ev[PER] += DEFAULT_TITLE_WEIGHT;
    }
    if n.dateline {
        ev[LOC] += DEFAULT_PLACE_WEIGHT;
    }
    // What the gazetteer knows of the name as `key` writes it: for a word
    // not cut, what is kept for the word; `ctx.known` writes the same key
    // where no word is cut and every word follows a space.
    let last = &ctx.tokens[n.end - 1];
    let cut = n.to < last.end();
    let whole = if len == 1 && !cut {
        ctx.known_word(n.start)
    } else {
        ctx.lookup(key)
    };
    let same_key = !cut && (n.start + 1..n.end).all(|k| ctx.tokens[k].space_before);
    gazetteer_cues(ctx, n, key, whole, &mut ev);
    name_words(ctx, n, len, &mut ev);
    neighbours(ctx, n, len, &mut ev);
    team(
        ctx,
        n,
        same_key.then_some(whole),
        team_context,
        sports,
        &mut ev,
    );
    if is_acronym(ctx, n) && ev[LOC] == 0.0 && ev[MISC] == 0.0 {
        if spelled_out_before(ctx, n) {
            ev[MISC] += DEFAULT_DEFINING;
        } else {
            ev[ORG] += DEFAULT_HINT;
        }
    }
    if (n.start..n.end).any(|k| ctx.text(k).contains(|c: char| c.is_ascii_digit())) {
        ev[MISC] += DEFAULT_CUE;
    }
    ev
}

/// Weak kinds for a name with no other evidence, by length.
pub(crate) fn prior(len: usize) -> Evidence {
    match len {
        1 => [0.2, 0.25, 0.3, 0.0],
        2 | 3 => [0.5, 0.1, 0.3, 0.0],
        _ => [0.1, 0.0, 0.5, 0.2],
    }
}

/// Whole-name and first/last-word gazetteer hits.
/// `whole` is what the gazetteer knows of `key`.
fn gazetteer_cues(ctx: &Ctx<'_, '_>, n: &Name, key: &str, whole: Known, ev: &mut Evidence) {
    let mut whole = whole;
    let len = n.end - n.start;
    let t = &ctx.tokens[n.start];
    let short_caps = len == 1 && t.shape == Shape::Upper && !ctx.shouting[t.unit()];
    if short_caps && t.text(ctx.text).chars().count() <= 4 {
        // An acronym in running text is not a city ("ICA" is no Ica).
        whole &= !PLACE;
        let scores = ctx
            .tokens
            .get(n.end + 1)
            .is_some_and(|x| x.unit() == t.unit() && x.shape == Shape::Number)
            || ctx
                .tokens
                .get(n.end)
                .is_some_and(|x| x.unit() == t.unit() && x.shape == Shape::Number);
        // Country codes in results: "ITA 3", "( ESP )".
        let bracketed = n.start > 0
            && ctx.tokens[n.start - 1].unit() == t.unit()
            && ctx.text(n.start - 1) == "(";
        if whole & ALPHA3 != 0 && (scores || bracketed) {
            ev[LOC] += DEFAULT_PLACE_WEIGHT;
        }
    }
    if whole & COUNTRY != 0 {
        ev[LOC] += DEFAULT_COUNTRY_WEIGHT;
    } else if whole & PLACE != 0 {
        ev[LOC] += DEFAULT_PLACE_WEIGHT;
    }
    if whole & NATIONALITY != 0 || is_nationality_form(ctx, key) || is_hyphen_nationality(ctx, key)
    {
        ev[MISC] += DEFAULT_STRONG;
    } else if len == 1 && whole & (COUNTRY | PLACE) == 0 && adjective_suffix(ctx, key) {
        ev[MISC] += DEFAULT_HINT;
    } else if len == 1 && whole & (COUNTRY | PLACE | GIVEN) == 0 && land_suffix(key) {
        ev[LOC] += DEFAULT_HINT;
    }
    if whole & (GIVEN | SURNAME) != 0 && len == 1 {
        ev[PER] += if whole & SURNAME != 0 {
            DEFAULT_SLIGHT
        } else {
            DEFAULT_FAINT
        };
    }
    if is_initial_name(ctx, n) {
        ev[PER] += DEFAULT_CLEAR;
    }
    if len >= 2 {
        let first = ctx.known_word(n.start);
        let last = ctx.known_word(n.end - 1);
        if first & GIVEN != 0 && first & (COUNTRY | PLACE) == 0 {
            ev[PER] += DEFAULT_CUE;
        }
        if last & SURNAME != 0 && len <= 3 {
            ev[PER] += DEFAULT_WEAK;
        }
        if last & NATIONALITY != 0 && whole & (COUNTRY | PLACE) == 0 {
            ev[MISC] += DEFAULT_CUE;
        } else if whole == 0 && last == 0 && adjective_suffix(ctx, ctx.lower(n.end - 1)) {
            ev[MISC] += DEFAULT_HINT;
        }
        if ctx.has(n.start, LOC_PREFIX) && ctx.known(n.start + 1, n.end) & (COUNTRY | PLACE) != 0 {
            ev[LOC] += DEFAULT_FIRM;
        }
    }
}

/// "A. Dale", "T.O'Gorman", "George W. Bush": an initial and a name.
fn is_initial_name(ctx: &Ctx<'_, '_>, n: &Name) -> bool {
    let is_initial = |t: &str| {
        let mut c = t.chars();
        matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
    };
    let first = ctx.text(n.start);
    let glued = {
        let mut c = first.chars();
        matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), Some(b)) if a.is_uppercase() && b.is_uppercase())
            && first.chars().filter(|c| c.is_lowercase()).count() >= 2
    };
    let len = n.end - n.start;
    (len >= 2
        && (n.start..n.end - 1).any(|k| is_initial(ctx.text(k)))
        && !is_initial(ctx.text(n.end - 1)))
        || (len == 1 && glued)
}

/// Endings of inflected nationalities ([`is_nationality_form`]).
const NATIONALITY_FORM_SUFFIXES: [&str; 5] = ["s", "e", "se", "sche", "che"];

/// Inflected nationalities: "Americans", "Amerikaanse", "Belgische".
fn is_nationality_form(ctx: &Ctx<'_, '_>, key: &str) -> bool {
    // Every ending below ends in "s" or "e".
    if !matches!(key.as_bytes().last(), Some(b's' | b'e')) {
        return false;
    }
    NATIONALITY_FORM_SUFFIXES.iter().any(|suffix| {
        key.strip_suffix(suffix)
            .is_some_and(|k| ctx.lookup(k) & NATIONALITY != 0)
    })
}

/// Endings of adjectives of peoples, regions and religions ("Kurdish",
/// "Palestinian", "Vlaamse"), for words the gazetteer does not know.
const ADJECTIVE_SUFFIXES: &[&str] = &[
    "ian", "ese", "ish", "ean", "aanse", "ische", "iaanse", "sche",
];

/// Place names in "-land" the gazetteer does not hold ("England").
fn land_suffix(key: &str) -> bool {
    key.ends_with("land") && key.chars().count() > 5
}

/// Endings of Dutch adjectives of places ("Antwerpse", "Vlaamse").
const DUTCH_ADJECTIVE_SUFFIXES: &[&str] = &["se", "sche"];

fn adjective_suffix(ctx: &Ctx<'_, '_>, key: &str) -> bool {
    // Every ending ends in "n", "e" or "h".
    if !matches!(key.as_bytes().last(), Some(b'n' | b'e' | b'h')) {
        return false;
    }
    let dutch = ctx.lang == "nl" && DUTCH_ADJECTIVE_SUFFIXES.iter().any(|s| key.ends_with(s));
    key.chars().count() > 5 && (dutch || ADJECTIVE_SUFFIXES.iter().any(|s| key.ends_with(s)))
}

/// "Cambodian-Americans", "Anglo-Irish".
fn is_hyphen_nationality(ctx: &Ctx<'_, '_>, key: &str) -> bool {
    key.as_bytes().contains(&b'-')
        && key.split('-').all(|p| {
            let p = p.strip_suffix('s').unwrap_or(p);
            ctx.lookup(p) & NATIONALITY != 0 || ctx.lookup(p) & COUNTRY != 0
        })
        && key
            .split('-')
            .any(|p| ctx.lookup(p.strip_suffix('s').unwrap_or(p)) & NATIONALITY != 0)
}

/// Cues from the words of the name: "Bank", "University", "River", "Cup".
fn name_words(ctx: &Ctx<'_, '_>, n: &Name, len: usize, ev: &mut Evidence) {
    if len == 1 && ctx.has(n.start, RELIGION) {
        ev[MISC] += DEFAULT_FIRM;
    }
    if len < 2 {
        return;
    }
    let (first, last) = (n.start, n.end - 1);
    if ctx.has(last, ORG_SUFFIX) {
        ev[ORG] += DEFAULT_CLEAR;
    }
    if ctx.has(first, ORG_PREFIX) {
        ev[ORG] += DEFAULT_CUE;
    }
    if ctx.has(last, LOC_SUFFIX) {
        ev[LOC] += DEFAULT_CUE;
    }
    if ctx.has(first, LOC_PREFIX) {
        ev[LOC] += DEFAULT_FAINT;
    }
    if (n.start..n.end).any(|k| ctx.text(k) == "&") {
        ev[ORG] += DEFAULT_CUE;
    }
    if ctx.has(first, RELIGION) || ctx.has(last, RELIGION) {
        ev[MISC] += DEFAULT_CUE;
    }
    if ctx.has(first, EVENT_HEAD) {
        ev[MISC] += DEFAULT_CLEAR;
    }
    if ctx.has(last, EVENT) {
        ev[MISC] += DEFAULT_CLEAR;
    }
    if (n.start..n.end).any(|k| ctx.lower(k) == "of" || ctx.lower(k) == "de") && ev[PER] == 0.0 {
        ev[ORG] += DEFAULT_FAINT;
    }
}

/// Cues from the words around the name: "said", "in", ", who".
fn neighbours(ctx: &Ctx<'_, '_>, n: &Name, len: usize, ev: &mut Evidence) {
    let unit = ctx.tokens[n.start].unit();
    let word = |k: usize| ctx.get(k, unit).map(|_| ctx.lower(k));
    let before = n.start.checked_sub(1).and_then(word);
    let after = word(n.end);
    // Whether token `k` of the unit has one of `cues`.
    let cue = |k: usize, cues: Cues| ctx.get(k, unit).is_some() && ctx.has(k, cues);
    if len <= 3 && (cue(n.end, SAY) || (after == Some(",") && cue(n.end + 1, SAY))) {
        ev[PER] += DEFAULT_WEAK;
    }
    let said = |w: Option<&str>| {
        matches!(
            w,
            Some("said" | "says" | "added" | "dijo" | "zei" | "aldus")
        )
    };
    if len <= 3 && said(before) && matches!(after, Some(",") | Some(".") | None) {
        ev[PER] += DEFAULT_WEAK;
    }
    if after == Some(",") && cue(n.end + 1, PERSON_NEXT) {
        ev[PER] += DEFAULT_WEAK;
    }
    if after == Some(",")
        && ctx
            .get(n.end + 1, unit)
            .is_some_and(|t| t.shape == Shape::Number && t.text(ctx.text).len() <= 2)
        && word(n.end + 2) == Some(",")
    {
        ev[PER] += DEFAULT_HINT;
    }
    let role_after = ctx
        .get(n.end, unit)
        .is_some_and(|t| t.shape == Shape::Lower && ctx.has(n.end, TITLE));
    if role_after && ev[LOC] == 0.0 {
        // "Labour spokeswoman", "Apple chief": the name is a body.
        ev[ORG] += DEFAULT_WEAK;
    }
    let next_word = if after == Some("'s") {
        n.end + 1
    } else {
        n.end
    };
    let lower_before = n.start > 0
        && ctx
            .get(n.start - 1, unit)
            .is_some_and(|t| t.shape == Shape::Lower);
    if (lower_before && cue(n.start - 1, COMPANY_WORD))
        || ((ctx.tokens[n.end - 1].possessive || after == Some("'s"))
            && cue(next_word, COMPANY_WORD))
    {
        // "carmaker Kia", "Magna's shares".
        ev[ORG] += DEFAULT_WEAK;
    }
    if before.is_some_and(|w| lexicon::is_place_preposition(ctx.lang, w)) {
        ev[LOC] += DEFAULT_SLIGHT;
    }
    if ev[MISC] == 0.0 && place_noun_after(ctx, n) {
        // "the Riverside city council", "Orly airport": a place ("Leicester
        // City", capitalised, is a team's name). Not for what reads as a
        // people's adjective ("an Eastern European city").
        ev[LOC] += DEFAULT_WEAK;
    }
    if before.is_some_and(|w| is_article(ctx.lang, w)) {
        ev[PER] -= DEFAULT_WEAK;
        ev[ORG] += DEFAULT_TRACE;
    }
}

/// Whether a lower-case English noun for a place ([`PLACE_NOUN`]) follows the name: a
/// settlement or an area ("Riverside city council", "Kent county", "Sindh
/// province"), a natural feature or border ("the Adriatic coast", "the
/// US-Mexico border"), or a transport site ("Orly airport", "the Northgate
/// rail yard"). Not after "a" or "an" ("an Arab city": what kind of place,
/// not its name).
fn place_noun_after(ctx: &Ctx<'_, '_>, n: &Name) -> bool {
    let unit = ctx.tokens[n.start].unit();
    let lower_word = |k: usize| {
        ctx.get(k, unit)
            .is_some_and(|t| t.shape == Shape::Lower)
            .then(|| ctx.lower(k))
    };
    let indefinite = n.start > 0
        && ctx.get(n.start - 1, unit).is_some()
        && matches!(ctx.lower(n.start - 1), "a" | "an");
    if ctx.lang != "en" || indefinite {
        return false;
    }
    // "rail yard", "bus station": the kind of transport first.
    let noun = match lower_word(n.end) {
        Some("rail" | "railway" | "bus" | "train" | "ferry") => n.end + 1,
        _ => n.end,
    };
    lower_word(noun).is_some() && ctx.has(noun, PLACE_NOUN)
}

/// Whether `word` is a definite article in the language `code` (a person's
/// name rarely follows one).
fn is_article(code: &str, word: &str) -> bool {
    match code {
        "es" => matches!(word, "el" | "la" | "los" | "las"),
        "nl" => matches!(word, "de" | "het"),
        _ => word == "the",
    }
}

/// Weight of a team cue (a score after the name, "v", "captain").
pub(crate) const DEFAULT_TEAM_WEIGHT: f32 = 2.0;

/// Sports teams: "Surrey 429-7", "Essex v Kent", "Surrey captain". A team
/// named after a place is an organization (a country stays a place).
/// `known`: what the gazetteer knows of the name's tokens, if known already.
fn team(
    ctx: &Ctx<'_, '_>,
    n: &Name,
    known: Option<Known>,
    team_context: bool,
    sports: bool,
    ev: &mut Evidence,
) {
    let known = known.unwrap_or_else(|| ctx.known(n.start, n.end));
    // A country stays a place; a surname with a score is a player.
    if known & COUNTRY != 0 || (known & SURNAME != 0 && known & PLACE == 0) {
        return;
    }
    let weight = if team_context {
        DEFAULT_TEAM_WEIGHT
    } else if sports && n.end - n.start == 1 && !after_place_word(ctx, n) {
        DEFAULT_SPORTS_WEIGHT
    } else {
        return;
    };
    ev[ORG] += weight;
    if known & PLACE != 0 {
        ev[LOC] -= weight;
    }
}

/// Weight of a one-word place name in a sports report (a team, likely).
pub(crate) const DEFAULT_SPORTS_WEIGHT: f32 = 1.5;

/// Team contexts in a document from which it is a sports report.
pub(crate) const DEFAULT_SPORTS_MIN: usize = 3;

/// Whether the name stands where a team does: before a score ("Surrey
/// 429-7"), next to "v" ("Essex v Kent"), before a role ("Surrey captain").
pub(crate) fn is_team_context(ctx: &Ctx<'_, '_>, n: &Name) -> bool {
    let unit = ctx.tokens[n.start].unit();
    // Whether token `k` of the unit has one of `cues`.
    let cue = |k: usize, cues: Cues| ctx.get(k, unit).is_some() && ctx.has(k, cues);
    let score_after = ctx
        .get(n.end, unit)
        .is_some_and(|t| !ctx.taken[n.end] && is_score(t.text(ctx.text)));
    let versus_before = n.start.checked_sub(1).is_some_and(|k| cue(k, VERSUS));
    score_after || versus_before || cue(n.end, VERSUS) || cue(n.end, TEAM_ROLE)
}

/// Whether a place preposition or "at" stands before the name.
fn after_place_word(ctx: &Ctx<'_, '_>, n: &Name) -> bool {
    let unit = ctx.tokens[n.start].unit();
    n.start
        .checked_sub(1)
        .and_then(|k| ctx.get(k, unit).map(|_| ctx.lower(k)))
        .is_some_and(|w| w == "at" || lexicon::is_place_preposition(ctx.lang, w))
}

/// Whether an acronym in brackets follows the lower-case words it
/// abbreviates: "memorandum of understanding (MoU)" (a thing, not a body).
fn spelled_out_before(ctx: &Ctx<'_, '_>, n: &Name) -> bool {
    let unit = ctx.tokens[n.start].unit();
    if n.start < 2 || ctx.get(n.start - 1, unit).map(|t| t.text(ctx.text)) != Some("(") {
        return false;
    }
    let letters: Vec<char> = ctx
        .lower(n.start)
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let mut k = n.start - 1;
    let mut want = letters.len();
    while want > 0 && k > 0 {
        k -= 1;
        let Some(t) = ctx.get(k, unit) else {
            return false;
        };
        if t.shape != Shape::Lower {
            return false;
        }
        if ctx.lower(k).starts_with(letters[want - 1]) {
            want -= 1;
        } else if !matches!(ctx.lower(k), "of" | "the" | "and" | "for" | "de" | "van") {
            return false;
        }
    }
    want == 0
}

/// A score: "3", "429-7", "108-3" (not bowling figures like "8-0-39-3").
fn is_score(w: &str) -> bool {
    w.split('-').count() <= 2
        && w.split('-')
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// An acronym: one word in capitals ("ASEAN", "U.N.") or with several
/// capitals ("MoU").
fn is_acronym(ctx: &Ctx<'_, '_>, n: &Name) -> bool {
    if n.end - n.start != 1 {
        return false;
    }
    let t = &ctx.tokens[n.start];
    let letters = t
        .text(ctx.text)
        .chars()
        .filter(|c| c.is_alphabetic())
        .count();
    let capitals = t
        .text(ctx.text)
        .chars()
        .filter(|c| c.is_uppercase())
        .count();
    (2..=6).contains(&letters) && (t.shape == Shape::Upper || capitals >= 2)
}

/// The kind with the most weight.
pub(crate) fn decide(ev: &Evidence) -> EntityKind {
    let mut best = 0;
    for k in 1..4 {
        if ev[k] > ev[best] {
            best = k;
        }
    }
    KINDS[best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_rejections_know_every_ending() {
        // `adjective_suffix` and `is_nationality_form` reject a key early by
        // its last byte: every ending they test must end in one of these.
        for s in ADJECTIVE_SUFFIXES.iter().chain(DUTCH_ADJECTIVE_SUFFIXES) {
            assert!(
                matches!(s.as_bytes().last(), Some(b'n' | b'e' | b'h')),
                "{s}"
            );
        }
        for s in NATIONALITY_FORM_SUFFIXES {
            assert!(matches!(s.as_bytes().last(), Some(b's' | b'e')), "{s}");
        }
    }
}
