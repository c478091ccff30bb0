//! Name spans: runs of capitalised words joined by connectors ("Bank of
//! England", "Ludwig van Beethoven"), split at titles ("Prime Minister |
//! Hun Sen"), with sentence-initial common words left out and headlines in
//! capitals matched against the names of the running text.

use rustc_hash::FxHashSet as HashSet;

use super::context::Ctx;
use super::gazetteer::{self, COUNTRY, GIVEN, NATIONALITY, PLACE};
use super::lexicon::{
    DEPARTMENT, LOC_PREFIX, LOC_SUFFIX, MONTH, ORG_PREFIX, ORG_SUFFIX, PARTICLE, SAY, STARTER,
    TITLE, TITLE_MOD, WEEKDAY,
};
use super::token::{Shape, Token};

/// Longest name, in tokens, looked up as a whole in a headline.
pub(crate) const DEFAULT_MAX_LOOKUP: usize = 5;

/// Legal suffixes that end a company's name.
const LEGAL_SUFFIXES: &[&str] = &[
    "inc", "corp", "co", "ltd", "plc", "llc", "ag", "gmbh", "sa", "nv", "bv", "spa",
];

/// Articles that are part of a name when capitalised inside a sentence.
const ARTICLES: &[&str] = &[
    "the", "de", "het", "el", "la", "los", "las", "le", "les", "il",
];

/// A name span before typing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Name {
    /// First token.
    pub start: usize,
    /// Token just past the last one.
    pub end: usize,
    /// Byte offset of the first byte.
    pub from: usize,
    /// Byte offset just past the name.
    pub to: usize,
    /// A personal title stands before the name ("Mr", "President").
    pub title: bool,
    /// The name opens a dateline ("PHNOM PENH (Reuters) -").
    pub dateline: bool,
}

/// Names seen in running text, to recognise them in headlines.
#[derive(Default)]
struct Seen<'c> {
    /// Lower-case keys of whole names.
    names: HashSet<String>,
    /// Lower-case words of names of two words or more.
    parts: HashSet<&'c str>,
    /// First words of those names.
    firsts: HashSet<&'c str>,
}

/// Every name span of the document, in order.
pub(crate) fn find(ctx: &Ctx<'_, '_>) -> Vec<Name> {
    let mut out = Vec::new();
    let mut headlines = false;
    for (s, e) in unit_ranges(ctx.tokens) {
        if ctx.shouting[ctx.tokens[s].unit()] {
            headlines = true;
        } else {
            scan_running(ctx, s, e, &mut out);
        }
    }
    // Names seen in running text, only when there are headlines to read.
    if headlines {
        let seen = seen(ctx, &out);
        for (s, e) in unit_ranges(ctx.tokens) {
            if ctx.shouting[ctx.tokens[s].unit()] {
                scan_headline(ctx, s, e, &seen, &mut out);
            }
        }
    }
    crate::order::sort_by_key(&mut out, |n| n.start);
    out
}

/// Token ranges of the units that have tokens, in order (walked again
/// rather than kept: on text of tiny sentences a list of them took 8 bytes
/// a unit, and twice that while it grew, at the peak of the whole call).
fn unit_ranges(tokens: &[Token]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let start = i;
        let unit = tokens.get(start)?.unit();
        i += 1;
        while tokens.get(i).is_some_and(|t| t.unit() == unit) {
            i += 1;
        }
        Some((start, i))
    })
}

fn seen<'c>(ctx: &'c Ctx<'_, '_>, names: &[Name]) -> Seen<'c> {
    let mut seen = Seen::default();
    for n in names {
        seen.names.insert(ctx.key(n.start, n.end));
        if n.end - n.start >= 2 {
            seen.firsts.insert(ctx.lower(n.start));
            for i in n.start..n.end {
                if ctx.tokens[i].is_cap() && !ctx.is_stopword(i) {
                    seen.parts.insert(ctx.lower(i));
                }
            }
        }
    }
    seen
}

/// Whether token `k` can be part of a name.
fn is_name_token(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    let t = &ctx.tokens[k];
    if ctx.taken[k] || !t.is_cap() {
        return false;
    }
    // A month or weekday is a name only next to another name ("Theresa
    // May", "Jan Hautekiet").
    if ctx.has(k, MONTH | WEEKDAY) {
        let given = ctx.known_word(k) & GIVEN != 0;
        let before_name = ctx
            .get(k + 1, t.unit())
            .is_some_and(|n| n.shape == Shape::Title && !ctx.taken[k + 1]);
        if !(given && (after_name(ctx, k) || before_name)) {
            return false;
        }
    }
    // A lone capital letter without a dot ("I", "A") is no name.
    t.text(ctx.text).chars().nth(1).is_some()
}

/// Most words in a line that is only a name ("De Morgen", "Het Leven").
pub(crate) const DEFAULT_NAME_LINE_WORDS: usize = 4;

/// Whether the unit of tokens `s..e` is a short line of capitalised words
/// only (stops early on long lines).
fn is_name_line(ctx: &Ctx<'_, '_>, s: usize, e: usize) -> bool {
    let mut words = 0;
    for t in &ctx.tokens[s..e] {
        if t.shape == Shape::Punct {
            continue;
        }
        words += 1;
        if words > DEFAULT_NAME_LINE_WORDS || !t.is_cap() {
            return false;
        }
    }
    true
}

/// Whether token `k` follows a capitalised word of the same unit that is
/// no date (a month that is also a given name: "Theresa May").
fn after_name(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    k > 0
        && ctx.tokens[k - 1].unit() == ctx.tokens[k].unit()
        && ctx.tokens[k - 1].shape == Shape::Title
        && !ctx.taken[k - 1]
        && !ctx.has(k - 1, MONTH | WEEKDAY)
}

/// Whether a name can start at token `k`.
fn can_start(ctx: &Ctx<'_, '_>, k: usize, unit_start: usize, end: usize) -> bool {
    if !is_name_token(ctx, k) {
        return false;
    }
    let t = &ctx.tokens[k];
    if t.shape != Shape::Title || ctx.has(k, TITLE | TITLE_MOD) {
        return true;
    }
    let w = ctx.lower(k);
    let article = ARTICLES.contains(&w) || ctx.has(k, PARTICLE);
    if article && (!t.initial || is_name_line(ctx, unit_start, end)) {
        // A capitalised article or particle inside a sentence belongs to
        // the name ("at The Oval", "volgens De Morgen", "tegen Van Roost"),
        // and so it does in a line that is only a name ("De Morgen").
        return k + 1 < end && is_name_token(ctx, k + 1) && ctx.tokens[k + 1].shape == Shape::Title;
    }
    let usage = ctx.usage_of(k);
    let common = ctx.is_stopword(k) || (t.initial && ctx.has(k, STARTER));
    if common || t.initial {
        let needed = if common { 2 } else { 1 };
        if usage.capital >= needed && usage.lower == 0 {
            return true;
        }
        if common || usage.lower > 0 {
            return false;
        }
    }
    if !t.initial {
        return true;
    }
    initial_is_name(ctx, k, end)
}

/// Whether the capitalised first word of a sentence, unknown so far, is a
/// name: it starts a run of names, is in the gazetteer, or is followed by
/// "said" or a possessive.
fn initial_is_name(ctx: &Ctx<'_, '_>, k: usize, end: usize) -> bool {
    let w = ctx.lower(k);
    let known = ctx.known(k, k + 1);
    let inflected = ["ing", "ly", "ed"]
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s));
    if inflected && known == 0 {
        return false;
    }
    if k + 1 < end && is_name_token(ctx, k + 1) {
        return true;
    }
    let next_says = k + 1 < end && ctx.has(k + 1, SAY);
    let next_score = k + 1 < end && ctx.tokens[k + 1].shape == Shape::Number && !ctx.taken[k + 1];
    known != 0 || ctx.tokens[k].possessive || next_says || next_score
}

/// Finds the names of one unit of running text (tokens `s..e`).
fn scan_running(ctx: &Ctx<'_, '_>, s: usize, e: usize, out: &mut Vec<Name>) {
    let mut i = s;
    while i < e {
        if !can_start(ctx, i, s, e) {
            i += 1;
            continue;
        }
        let j = extend(ctx, i, e);
        split_titles(ctx, i, j, out);
        i = j;
    }
}

/// End of the run of name tokens and connectors starting at `i`.
fn extend(ctx: &Ctx<'_, '_>, i: usize, e: usize) -> usize {
    let mut j = i + 1;
    while j < e && !ctx.tokens[j - 1].possessive && !has_lower_suffix(ctx.text(j - 1)) {
        if is_name_token(ctx, j) && !ctx.tokens[j].initial {
            j += 1;
        } else if let Some(next) = connector(ctx, i, j, e) {
            j = next;
        } else {
            break;
        }
    }
    j
}

/// If token `j` is a connector inside the name `i..j` ("of", "de", "&",
/// "van der"), the end of the connector and the name word after it.
fn connector(ctx: &Ctx<'_, '_>, i: usize, j: usize, e: usize) -> Option<usize> {
    let t = &ctx.tokens[j];
    if t.shape != Shape::Lower && t.text(ctx.text) != "&" {
        return None;
    }
    let name_at = |k: usize| k < e && is_name_token(ctx, k) && !ctx.tokens[k].initial;
    let w = ctx.lower(j);
    if w == "&" || ctx.has(j, PARTICLE) {
        if name_at(j + 1) {
            return Some(j + 2);
        }
        let two = j + 1 < e && ctx.has(j + 1, PARTICLE) && ctx.tokens[j + 1].shape == Shape::Lower;
        return (two && name_at(j + 2)).then_some(j + 3);
    }
    match w {
        "of" | "for" | "on" => {
            let head = ORG_PREFIX | ORG_SUFFIX | LOC_SUFFIX | TITLE;
            // A legal suffix ends a company's name ("Dow Chemical Co of ...").
            let legal = LEGAL_SUFFIXES.contains(&ctx.lower(j - 1).trim_end_matches('.'));
            let headed = !legal && (ctx.has(j - 1, head) || ctx.has(i, ORG_PREFIX));
            let k = if j + 1 < e && ctx.lower(j + 1) == "the" {
                j + 2
            } else {
                j + 1
            };
            // "Chambers of Commerce" joins; "Kagame of Rwanda" does not.
            let place_after = k < e && is_place_word(ctx, k);
            // ... nor does a person's name ("John Casesa of Schroder").
            let person = ctx.known_word(i) & GIVEN != 0;
            let joins = headed
                || (w == "of" && !legal && !person && !place_after && !ctx.tokens[i].initial);
            (joins && name_at(k)).then_some(k + 1)
        }
        "and" => {
            let pair = j + 1 < e && name_at(j + 1) && ctx.known(j - 1, j + 2) & COUNTRY != 0;
            let remit = name_at(j + 1)
                && ctx.has(j + 1, DEPARTMENT)
                && (i..j).any(|k| ctx.lower(k) == "of");
            (pair || remit).then_some(j + 2)
        }
        _ => None,
    }
}

/// Splits the run `i..j` at personal titles and emits its names:
/// "US President Joe Biden" gives "US" and "Joe Biden" (after a title).
fn split_titles(ctx: &Ctx<'_, '_>, i: usize, j: usize, out: &mut Vec<Name>) {
    let mut title = i > 0
        && ctx
            .get(i - 1, ctx.tokens[i].unit())
            .is_some_and(|t| t.shape == Shape::Lower)
        && ctx.has(i - 1, TITLE);
    let mut seg = i;
    let mut k = i;
    while k < j {
        if !ctx.has(k, TITLE) || !is_title_here(ctx, seg, k, j) {
            k += 1;
            continue;
        }
        let mut ts = k;
        while ts > seg
            && ctx.has(ts - 1, TITLE | TITLE_MOD | DEPARTMENT)
            && !is_place_word(ctx, ts - 1)
        {
            ts -= 1;
        }
        emit(ctx, seg, ts, title, out);
        let (te, person) = title_end(ctx, k + 1, j);
        title = person;
        seg = te;
        k = te;
    }
    emit(ctx, seg, j, title, out);
}

/// Whether the title word at `k` is used as a title in the run `seg..j`:
/// something follows that is not an organization word, or only places,
/// titles and acronyms precede it.
fn is_title_here(ctx: &Ctx<'_, '_>, seg: usize, k: usize, j: usize) -> bool {
    if k + 1 >= j {
        // Last in the run: a title after places or bodies ("US President",
        // "Labour MP"), not the end of a name ("Burger King").
        return (seg..k).all(|x| {
            is_place_word(ctx, x)
                || ctx.has(x, TITLE | TITLE_MOD)
                || ctx.tokens[x].shape == Shape::Upper
        });
    }
    !ctx.has(k + 1, ORG_SUFFIX) || ctx.has(k + 1, TITLE | TITLE_MOD)
}

/// Whether token `k` names a place or nationality (so it is not part of a
/// title: "US President", "Cambodian Minister").
fn is_place_word(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    ctx.known(k, k + 1) & (COUNTRY | PLACE | NATIONALITY) != 0
}

/// End of the title phrase that continues at `k` (more title words, "of
/// Foreign Affairs"), and whether a person's name follows it.
fn title_end(ctx: &Ctx<'_, '_>, mut k: usize, j: usize) -> (usize, bool) {
    while k < j && ctx.has(k, TITLE | TITLE_MOD) && !is_place_word(ctx, k) {
        k += 1;
    }
    if k < j && matches!(ctx.lower(k), "of" | "for") {
        let mut d = k + 1;
        while d < j && ctx.has(d, DEPARTMENT) {
            d += 1;
        }
        while d > k + 1 && matches!(ctx.lower(d - 1), "and" | "for" | "of" | "the") {
            d -= 1;
        }
        // A person follows "Minister of Foreign Affairs", not "Secretary of
        // State for ..." nor "President of France".
        let person = d > k + 1 && (d >= j || ctx.tokens[d].shape != Shape::Lower);
        return (if d > k + 1 { d } else { k + 1 }, person);
    }
    (k, true)
}

/// Emits the name `s..e` (trimmed), splitting runs of capitals by the
/// places they hold.
fn emit(ctx: &Ctx<'_, '_>, s: usize, e: usize, title: bool, out: &mut Vec<Name>) {
    let (s, e) = trim(ctx, s, e);
    if s >= e {
        return;
    }
    if e - s == 1 && ctx.has(s, TITLE | TITLE_MOD) && ctx.known(s, e) == 0 {
        return;
    }
    if e - s == 1 && is_lone_initial(ctx.text(s)) {
        return;
    }
    let organization = ctx.has(e - 1, ORG_SUFFIX) || (s..e).any(|k| ctx.lower(k) == "of");
    if e - s >= 2 && !organization && ctx.known(s, s + 1) & NATIONALITY != 0 && ctx.known(s, e) == 0
    {
        // "Australian Tom Moody", "Italian Foreign Ministry".
        out.push(name(ctx, s, s + 1, false));
        emit(ctx, s + 1, e, title, out);
        return;
    }
    let all_caps = (s..e).all(|k| ctx.tokens[k].shape == Shape::Upper);
    if all_caps && e - s >= 2 && ctx.known(s, e) == 0 {
        let before = out.len();
        let starts = |word: &str| gazetteer::starts_multiword(word);
        match_known(ctx, s, e, &|_: &str| false, &starts, title, out);
        if out.len() > before {
            return;
        }
    }
    out.push(name(ctx, s, e, title));
}

/// A single initial ("C."), no name on its own.
fn is_lone_initial(word: &str) -> bool {
    let mut c = word.chars();
    matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
}

/// Drops connectors and stopwords from the ends of `s..e`.
fn trim(ctx: &Ctx<'_, '_>, mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && !is_name_token(ctx, s) {
        s += 1;
    }
    while e > s && !is_name_token(ctx, e - 1) {
        e -= 1;
    }
    (s, e)
}

/// Whether a word ends in a lower-case hyphenated suffix ("London-based"):
/// the name ends there.
fn has_lower_suffix(word: &str) -> bool {
    // '-' is one byte, found without decoding.
    word.bytes()
        .rposition(|b| b == b'-')
        .is_some_and(|h| h > 0 && word[h + 1..].starts_with(char::is_lowercase))
}

/// Builds a [`Name`] over tokens `s..e`, cutting a lower-case hyphenated
/// suffix ("London-based" gives "London").
fn name(ctx: &Ctx<'_, '_>, s: usize, e: usize, title: bool) -> Name {
    let last = &ctx.tokens[e - 1];
    let mut to = last.end();
    if has_lower_suffix(last.text(ctx.text)) {
        to = last.start()
            + last
                .text(ctx.text)
                .rfind('-')
                .unwrap_or(last.text(ctx.text).len());
    }
    let first = &ctx.tokens[s];
    let unit_start = s == 0 || ctx.tokens[s - 1].unit() != first.unit();
    let after = ctx.get(e, first.unit()).map(|t| t.text(ctx.text));
    let dateline = unit_start
        && (s..e).all(|k| ctx.tokens[k].shape == Shape::Upper)
        && (matches!(after, Some("(" | "," | "-" | "–" | "—" | ":"))
            || ctx.get(e, first.unit()).is_some_and(|_| ctx.taken[e]));
    Name {
        start: s,
        end: e,
        from: first.start(),
        to,
        title,
        dateline,
    }
}

/// Lower-case words of a name joined by single spaces, the last one cut
/// where the name ends ("London" of "London-based"). No word is empty or
/// holds a space.
pub(crate) fn key(ctx: &Ctx<'_, '_>, n: &Name) -> String {
    let last = &ctx.tokens[n.end - 1];
    let cut = n.to < last.end();
    let mut out = String::with_capacity(16 * (n.end - n.start));
    for k in n.start..n.end {
        if k > n.start {
            out.push(' ');
        }
        if cut && k == n.end - 1 {
            out.push_str(&last.text(ctx.text)[..n.to - last.start()].to_lowercase());
        } else {
            out.push_str(ctx.lower(k));
        }
    }
    out
}

/// Finds names in a headline (tokens `s..e`): known names and places,
/// and acronyms when the headline is in Title Case.
fn scan_headline(ctx: &Ctx<'_, '_>, s: usize, e: usize, seen: &Seen<'_>, out: &mut Vec<Name>) {
    let known = |key: &str| seen.names.contains(key);
    let starts = |word: &str| seen.firsts.contains(word) || gazetteer::starts_multiword(word);
    let first = out.len();
    let mut k = s;
    while k < e {
        let next = run_end(ctx, k, e);
        if next > k {
            let title = k > s && ctx.has(k - 1, TITLE);
            match_known(ctx, k, next, &known, &starts, title, out);
            k = next;
        } else {
            k += 1;
        }
    }
    // Single words of longer names ("CLINTON") and Title Case acronyms.
    let title_case = (s..e).any(|x| matches!(ctx.tokens[x].shape, Shape::Lower | Shape::Title));
    let taken: HashSet<usize> = out[first..].iter().flat_map(|n| n.start..n.end).collect();
    for k in s..e {
        if taken.contains(&k) || !is_name_token(ctx, k) || ctx.has(k, TITLE | TITLE_MOD) {
            continue;
        }
        let w = ctx.lower(k);
        let acronym = title_case && ctx.tokens[k].shape == Shape::Upper && !ctx.is_stopword(k);
        if seen.parts.contains(w) || acronym {
            let title = k > s && ctx.has(k - 1, TITLE);
            out.push(name(ctx, k, k + 1, title));
        }
    }
}

/// End of the run of name words starting at `k` (k itself if none).
fn run_end(ctx: &Ctx<'_, '_>, k: usize, e: usize) -> usize {
    let mut j = k;
    while j < e && (is_name_token(ctx, j) || (j > k && ctx.has(j, PARTICLE) && j + 1 < e)) {
        j += 1;
    }
    j
}

/// Emits the longest known names and places inside `s..e`, left to right.
fn match_known(
    ctx: &Ctx<'_, '_>,
    s: usize,
    e: usize,
    known: &dyn Fn(&str) -> bool,
    starts: &dyn Fn(&str) -> bool,
    title: bool,
    out: &mut Vec<Name>,
) {
    let mut k = s;
    let mut key = String::new();
    let mut ends = Vec::with_capacity(DEFAULT_MAX_LOOKUP);
    while k < e {
        // The longest key once; shorter ones are its prefixes.
        key.clear();
        ends.clear();
        let longest_try = if starts(ctx.lower(k)) || ctx.has(k, LOC_PREFIX) {
            DEFAULT_MAX_LOOKUP
        } else {
            1
        };
        for i in k..e.min(k + longest_try) {
            if i > k && ctx.tokens[i].space_before {
                key.push(' ');
            }
            key.push_str(ctx.lower(i));
            ends.push(key.len());
        }
        let longest = (1..=ends.len()).rev().find(|&n| {
            let key = &key[..ends[n - 1]];
            let shaped = n > 1 || !ctx.is_stopword(k);
            // Word n-grams are mostly unique: looked up, not cached.
            let answer = || {
                if n == 1 {
                    ctx.known_word(k)
                } else {
                    gazetteer::lookup(key)
                }
            };
            let place = || answer() & (COUNTRY | PLACE | NATIONALITY) != 0;
            shaped && (known(key) || place() || (n == 2 && loc_phrase(ctx, k, k + n)))
        });
        match longest {
            Some(n) => {
                out.push(name(ctx, k, k + n, title && k == s));
                k += n;
            }
            None => k += 1,
        }
    }
}

/// "NORTH KOREA", "LAKE GENEVA": a place prefix before a known place.
fn loc_phrase(ctx: &Ctx<'_, '_>, s: usize, e: usize) -> bool {
    e - s == 2 && ctx.has(s, LOC_PREFIX) && ctx.known(s + 1, e) & (COUNTRY | PLACE) != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::token::tokenize_unit;

    #[test]
    fn unit_ranges_group_the_tokens_of_each_unit() {
        let text = "A b. C. D e f.";
        let mut tokens = Vec::new();
        // Units 0, 1 and 3 (unit 2 has no tokens).
        tokenize_unit(text, 0, 4, 0, &mut tokens);
        tokenize_unit(text, 5, 7, 1, &mut tokens);
        tokenize_unit(text, 8, 14, 3, &mut tokens);
        let ranges: Vec<(usize, usize)> = unit_ranges(&tokens).collect();
        // "C." is one token (an initial keeps its dot).
        assert_eq!(ranges, [(0, 3), (3, 4), (4, 8)]);
        assert_eq!(unit_ranges(&[]).count(), 0);
    }
}
