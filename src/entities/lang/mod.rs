//! Per-language data: everything one language needs beyond the shared
//! rules, behind one boundary: compiled in (features `ner-de`…) or loaded
//! at run time ([`registry`]), reached through [`profile`] only.
//!
//! A [`Profile`] holds a language's token model (German, Norwegian,
//! Finnish: names are not told by capitals alone, since German capitalises
//! every noun) and its name finder for scripts without capitals (Chinese,
//! Japanese, see [`cjk`]). English, Spanish and Dutch have no profile: their
//! detection is unchanged.
//!
//! The token models are averaged perceptrons over four classes (not a
//! name, person, place, organization), trained by
//! `eval/scripts/ner/export.py` on the tuning half of each language's
//! development set only (the held-out half is what `eval_ner` reports).

pub(crate) mod cjk;
mod de;
mod fi;
mod heads;
#[rustfmt::skip]
mod ja;
mod no;
pub(crate) mod registry;
#[cfg(feature = "ner-vi")]
pub(crate) mod vi;
#[rustfmt::skip]
mod zh;

use super::context::Ctx;
use super::gazetteer::{self, Known};
use super::lexicon::{Cues, GIVEN_STEM, ORG_SUFFIX, PLACE_STEM};
use super::names::Name;
use super::token::Shape;
use super::typing::Evidence;

/// A token model: one line a feature, sorted bytewise: the feature, a tab,
/// then four weights (not a name, person, place, organization), each one
/// character, the weight plus [`WEIGHT_OFFSET`]. One text, searched in
/// place: no pointer per feature, no index to build.
pub(crate) struct Model {
    /// The lines.
    pub text: &'static str,
}

/// What is added to a weight to write it as a character.
pub(crate) const WEIGHT_OFFSET: i32 = 79;

impl Model {
    /// Whether the model has no features.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The weights of `feature`, if the model has it: a binary search over
    /// the lines of the text.
    fn weights_of(&self, feature: &str) -> Option<[i32; 4]> {
        let b = self.text.as_bytes();
        let key = feature.as_bytes();
        let (mut lo, mut hi) = (0, b.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = b[lo..mid]
                .iter()
                .rposition(|&c| c == b'\n')
                .map_or(lo, |p| lo + p + 1);
            let end = b[mid..hi]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(hi, |p| mid + p);
            let line = &b[start..end];
            let tab = line.iter().position(|&c| c == b'\t').unwrap_or(line.len());
            match line[..tab].cmp(key) {
                std::cmp::Ordering::Equal => {
                    let w = line.get(tab + 1..tab + 5)?;
                    return Some([0, 1, 2, 3].map(|i| i32::from(w[i]) - WEIGHT_OFFSET));
                }
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start,
            }
        }
        None
    }
}

/// Whether a token model can be used (features `ner-de`, `ner-no`,
/// `ner-fi`, or `lang-load` for a model loaded at run time): without one,
/// the code that reads models is left out too.
pub(crate) const MODELS: bool = cfg!(any(
    feature = "ner-de",
    feature = "ner-no",
    feature = "ner-fi",
    feature = "lang-load"
));

/// Whether Chinese or Japanese lists can be used (features `ner-zh`,
/// `ner-ja`, or `lang-load`): without them, the name finder is left out
/// too.
pub(crate) const CJK_LISTS: bool = cfg!(any(
    feature = "ner-zh",
    feature = "ner-ja",
    feature = "lang-load"
));

/// What a language brings.
#[derive(Clone, Copy)]
pub(crate) struct Profile {
    /// Token model scoring capitalised words; empty when there is none.
    pub model: &'static Model,
    /// How far "not a name" may outscore the best kind of name before a
    /// word is dropped from a name (`None`: the model only types names).
    pub keep_margin: Option<i32>,
    /// How far "not a name" must outscore every kind of name for a word at
    /// the edge of a name to be cut from it (`None`: never cut).
    pub trim_margin: Option<i32>,
    /// The script has no capitals (Chinese, Japanese): names come from
    /// [`cjk`] only, dates and amounts from [`cjk::numerics`].
    pub without_capitals: bool,
    /// Name finder data for a script without capitals.
    pub cjk: Option<&'static cjk::Data>,
    /// The language's cue words, space-separated, by cue class (months,
    /// weekdays, scales, currencies, titles, legal suffixes).
    pub words: &'static [(Cues, &'static str)],
    /// A name that ends in a word joined by a hyphen to a lower-case word
    /// is the whole word (Finnish "Finlandia-talossa", "File-lehti": the
    /// compound is the name or not a name at all), not the part before the
    /// hyphen ("London-based" → "London").
    pub whole_compounds: bool,
}

impl Profile {
    /// The cue classes of the lower-case `word` in this language.
    pub fn cues(&self, word: &str) -> Cues {
        let mut out = 0;
        for &(cue, list) in self.words {
            if list.split(' ').any(|w| w == word) {
                out |= cue;
            }
        }
        out
    }
}

/// The profile of language `code`, if it has one, with its model and
/// lists compiled in or loaded ([`registry::resolve`]).
pub(crate) fn profile(code: &str) -> Option<Profile> {
    let p = compiled(code)?;
    let (model, cjk) = registry::resolve(code, (p.model, p.cjk));
    Some(Profile { model, cjk, ..*p })
}

/// The profile of language `code` as compiled: its model empty and its
/// lists `None` without the language's feature.
fn compiled(code: &str) -> Option<&'static Profile> {
    match code {
        "de" => Some(&GERMAN),
        "no" => Some(&NORWEGIAN),
        "fi" => Some(&FINNISH),
        "zh" => Some(&CHINESE),
        "ja" => Some(&JAPANESE),
        _ => None,
    }
}

/// The model of languages without one.
static NO_MODEL: Model = Model { text: "" };

static GERMAN: Profile = Profile {
    model: &de::MODEL,
    keep_margin: Some(MARGIN_DE),
    trim_margin: Some(TRIM_DE),
    without_capitals: false,
    cjk: None,
    words: de::WORDS,
    whole_compounds: false,
};
static NORWEGIAN: Profile = Profile {
    model: &no::MODEL,
    keep_margin: None,
    trim_margin: Some(TRIM_NO),
    without_capitals: false,
    cjk: None,
    words: no::WORDS,
    whole_compounds: false,
};
static FINNISH: Profile = Profile {
    model: &fi::MODEL,
    keep_margin: Some(MARGIN_FI),
    trim_margin: Some(TRIM_FI),
    without_capitals: false,
    cjk: None,
    words: fi::WORDS,
    whole_compounds: true,
};
static CHINESE: Profile = Profile {
    model: &NO_MODEL,
    keep_margin: None,
    trim_margin: None,
    without_capitals: true,
    cjk: zh::DATA,
    words: &[],
    whole_compounds: false,
};
static JAPANESE: Profile = Profile {
    model: &NO_MODEL,
    keep_margin: None,
    trim_margin: None,
    without_capitals: true,
    cjk: ja::DATA,
    words: &[],
    whole_compounds: false,
};

// Margins (in weight units: weights run from -40 to 40) chosen on the
// tuning half: a model trained on its blocks 0 mod 4
// and scored on its blocks 2 mod 4 (`eval_ner --tune-check`).
const MARGIN_DE: i32 = 4;
const TRIM_DE: i32 = 20;
const TRIM_NO: i32 = 31;
// Finnish: chosen on the Turku NER dev split with a model trained on its
// train split and the tuning half (untyped F1 74.5 there, 74.7 at 30 / 30,
// 73.3 at 10 / 30).
const MARGIN_FI: i32 = 20;
const TRIM_FI: i32 = 30;

/// Scores of token `k` under `model`: not a name, person, place,
/// organization (`affixes`: with Finnish's extra features,
/// [`fi::features`]).
fn token_scores(
    ctx: &Ctx<'_, '_>,
    profile: &Profile,
    k: usize,
    affixes: bool,
    buf: &mut String,
) -> [i32; 4] {
    let model = profile.model;
    let t = &ctx.tokens[k];
    let unit = t.unit();
    let lower = ctx.lower(k);
    let prev = match ctx.get(k.wrapping_sub(1), unit) {
        Some(_) if k > 0 => ctx.lower(k - 1),
        _ => "<s>",
    };
    let next = ctx.get(k + 1, unit).map_or("</s>", |_| ctx.lower(k + 1));
    let has_cap = |i: usize| {
        ctx.get(i, unit)
            .is_some_and(|_| ctx.text(i).chars().any(char::is_uppercase))
    };
    let mut sum = [0i32; 4];
    let mut feature = |buf: &mut String, name: &str, value: &str| {
        add_feature(model, buf, name, value, &mut sum);
    };
    feature(buf, "w=", lower);
    feature(buf, "s2=", suffix(lower, 2));
    feature(buf, "s3=", suffix(lower, 3));
    feature(buf, "s4=", suffix(lower, 4));
    feature(buf, "p=", prev);
    feature(buf, "n=", next);
    feature(buf, "b", "");
    if k == 0 || ctx.tokens[k - 1].unit() != unit {
        feature(buf, "init", "");
    }
    feature(buf, "ps2=", suffix(prev, 2));
    if t.shape == Shape::Upper && lower.chars().nth(1).is_some() {
        feature(buf, "upper", "");
    }
    if lower.contains('-') {
        feature(buf, "hy", "");
    }
    if k > 0 && has_cap(k - 1) {
        feature(buf, "pc", "");
    }
    if has_cap(k + 1) {
        feature(buf, "nc", "");
    }
    let mut shape = String::new();
    word_shape(ctx.text(k), &mut shape);
    feature(buf, "sh=", &shape);
    let mut known = ctx.known_word(k);
    if has_stem(profile.words, PLACE_STEM, lower) {
        known |= gazetteer::PLACE;
    }
    if has_stem(profile.words, GIVEN_STEM, lower) {
        known |= gazetteer::GIVEN;
    }
    for &(bit, name) in GAZETTEER_FEATURES {
        if known & bit != 0 {
            feature(buf, "g=", name);
        }
    }
    if affixes {
        let prev = ctx
            .get(k.wrapping_sub(1), unit)
            .map_or("<s>", |_| ctx.text(k - 1));
        let next = ctx.get(k + 1, unit).map_or("</s>", |_| ctx.text(k + 1));
        fi::features::add(lower, prev, next, &mut |name, value| {
            feature(buf, name, value);
        });
    }
    sum
}

/// Whether token `k` is a place the gazetteer or the language's list knows.
fn is_place(ctx: &Ctx<'_, '_>, profile: &Profile, k: usize) -> bool {
    ctx.known_word(k) & (gazetteer::PLACE | gazetteer::COUNTRY) != 0
        || has_stem(profile.words, PLACE_STEM, ctx.lower(k))
}

/// Most characters after a stem of [`PLACE_STEM`] or [`GIVEN_STEM`] in a
/// word that starts with it (a case ending and a possessive: "-ssämme").
pub(crate) const DEFAULT_MAX_ENDING: usize = 5;

/// What may follow a name written "name=": nothing or a genitive ending.
const GENITIVE_ENDINGS: &[&str] = &["", "s", "es"];

/// Whether the lower-case `word` starts with one of the language's stems of
/// class `cue`, followed by at most [`DEFAULT_MAX_ENDING`] characters.
fn has_stem(words: &[(Cues, &str)], cue: Cues, word: &str) -> bool {
    words
        .iter()
        .filter(|(c, _)| *c == cue)
        .flat_map(|(_, list)| list.split(' '))
        .filter(|stem| !stem.is_empty())
        .any(|stem| {
            // "name=": the name itself or its genitive ("Deutschlands"),
            // where longer endings derive other words ("Berliner").
            match stem.strip_suffix('=') {
                Some(name) => word
                    .strip_prefix(name)
                    .is_some_and(|rest| GENITIVE_ENDINGS.contains(&rest)),
                None => word
                    .strip_prefix(stem)
                    .is_some_and(|rest| rest.chars().count() <= DEFAULT_MAX_ENDING),
            }
        })
}

/// The gazetteer lists a token may be in, as the model names them.
const GAZETTEER_FEATURES: &[(Known, &str)] = &[
    (gazetteer::ALPHA3, "alpha3"),
    (gazetteer::COUNTRY, "country"),
    (gazetteer::GIVEN, "given"),
    (gazetteer::NATIONALITY, "nat"),
    (gazetteer::PLACE, "place"),
    (gazetteer::SURNAME, "surname"),
];

/// Writes the shape of `word` into `out`: each run of capitals as `X`,
/// of other letters as `x`, of digits as `d`, any other character as
/// itself ("McDonald's" → "XxXx'x").
fn word_shape(word: &str, out: &mut String) {
    out.clear();
    let mut last = None;
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_alphabetic() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if last != Some(class) {
            out.push(class);
            last = Some(class);
        }
    }
}

/// Adds the weights of feature `name` + `value` to `sum` (`buf`: scratch).
/// Not inlined: one copy serves every feature of [`token_scores`].
#[inline(never)]
fn add_feature(model: &Model, buf: &mut String, name: &str, value: &str, sum: &mut [i32; 4]) {
    buf.clear();
    buf.push_str(name);
    buf.push_str(value);
    if let Some(w) = model.weights_of(buf) {
        for (s, w) in sum.iter_mut().zip(w) {
            *s += w;
        }
    }
}

/// The last `n` characters of `s` (all of it when shorter).
fn suffix(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n - 1) {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

/// Names of `names` the model keeps, trimmed of leading and trailing
/// words it takes for common nouns ("Raumfahrtkonzern EADS" → "EADS"),
/// each with its typing evidence from the model.
#[cfg_attr(feature = "speed", inline(never))]
pub(crate) fn refine(
    ctx: &Ctx<'_, '_>,
    profile: &Profile,
    names: Vec<Name>,
) -> (Vec<Name>, Vec<Evidence>) {
    // A model with tag-to-tag weights (German) finds the names itself.
    if de::tagger::is_tagger(profile.model) {
        return de::tagger::names(ctx, profile, de::TAGGER_BIAS);
    }
    let margin = profile.keep_margin.unwrap_or(i32::MAX / 4);
    let trim = profile.trim_margin.unwrap_or(i32::MAX / 4);
    let mut buf = String::new();
    let affixes = profile.model.weights_of(fi::features::AFFIXES).is_some();
    let mut out = Vec::with_capacity(names.len());
    let mut evidences = Vec::with_capacity(names.len());
    for mut n in names {
        let scores: Vec<[i32; 4]> = (n.start..n.end)
            .map(|k| {
                if ctx.tokens[k].is_cap() {
                    token_scores(ctx, profile, k, affixes, &mut buf)
                } else {
                    [0; 4]
                }
            })
            .collect();
        // Edge words the model takes for common nouns are cut.
        // A known given name and the word after it are a person's name
        // ("Stefani Korn", "Oliver Herber"): neither is cut.
        let given = |i: usize| {
            i + 1 < scores.len()
                && ctx.tokens[n.start + i + 1].is_cap()
                && ctx.known_word(n.start + i) & gazetteer::GIVEN != 0
        };
        let common = |i: usize| {
            let s = &scores[i];
            let best = s[1..].iter().copied().max().unwrap_or(0);
            let person = given(i) || (i > 0 && given(i - 1));
            !ctx.tokens[n.start + i].is_cap() || (!person && s[0] - best > trim)
        };
        // A legal suffix holds its name together ("Bauer Logistik GmbH").
        let legal = n.end - n.start > 1 && ctx.has(n.end - 1, ORG_SUFFIX);
        let mut first = 0;
        let mut last = scores.len();
        while !legal && first < last && common(first) {
            first += 1;
        }
        while last > first && common(last - 1) {
            last -= 1;
        }
        // A noun the model leans to before a known place is cut from it
        // ("Stadt Berlin", "Region Helsingin"): the place is the name.
        let leans_common =
            |i: usize| scores[i][0] > scores[i][1..].iter().copied().max().unwrap_or(0);
        if !legal
            && last - first == 2
            && leans_common(first)
            && is_place(ctx, profile, n.start + first + 1)
        {
            first += 1;
        }
        if first == last {
            continue;
        }
        let mut total = [0i32; 4];
        for s in &scores[first..last] {
            for (t, v) in total.iter_mut().zip(s) {
                *t += v;
            }
        }
        let best = total[1..].iter().copied().max().unwrap_or(0);
        if best + margin <= total[0] {
            continue;
        }
        let (start, end) = (n.start + first, n.start + last);
        // Lower-case head nouns after a genitive ("Turun yliopisto") and a
        // compound's tail ("Damn Seagulls -yhtyeen").
        let (end, head) = heads::extend_name(ctx, profile, end);
        if (start, end) != (n.start, n.end) {
            n.from = ctx.tokens[start].start();
            n.to = ctx.tokens[end - 1].end();
            n.start = start;
            n.end = end;
        }
        if profile.whole_compounds {
            n.to = ctx.tokens[end - 1].end();
        }
        n.to = with_case_ending(ctx.text, n.to);
        out.push(n);
        let mut ev = evidence(total);
        if let Some(kind) = head {
            ev[kind] += DEFAULT_CUE_WEIGHT;
        }
        evidences.push(ev);
    }
    (out, evidences)
}

/// Most letters of a case ending written after a colon ("EU:ssa").
pub(crate) const DEFAULT_MAX_COLON_ENDING: usize = 4;

/// Where a name ending at byte `to` of `text` ends with the case ending
/// that Finnish writes after a colon ("EU:n", "YK:ssa"): a colon, then one
/// to [`DEFAULT_MAX_COLON_ENDING`] lower-case letters and no other letter
/// or digit.
fn with_case_ending(text: &str, to: usize) -> usize {
    let Some(rest) = text.get(to..).and_then(|r| r.strip_prefix(':')) else {
        return to;
    };
    let letters = rest.chars().take_while(|c| c.is_lowercase()).count();
    let len: usize = rest.chars().take(letters).map(char::len_utf8).sum();
    let glued = rest[len..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    if (1..=DEFAULT_MAX_COLON_ENDING).contains(&letters) && !glued {
        to + 1 + len
    } else {
        to
    }
}

/// Evidence of the cues the model does not see: a title before the name
/// ("Herr Müller"), a legal suffix ending it ("Equinor ASA", "Nokia
/// Oyj"), and a single word the gazetteer knows as a place ("Berlin").
pub(crate) fn with_cues(ctx: &Ctx<'_, '_>, n: &Name, mut ev: Evidence) -> Evidence {
    if n.title {
        ev[0] += DEFAULT_CUE_WEIGHT;
    }
    if n.end - n.start > 1 && ctx.has(n.end - 1, ORG_SUFFIX) {
        ev[2] += DEFAULT_CUE_WEIGHT;
    }
    if n.end - n.start == 1
        && ctx.known_word(n.start) & (gazetteer::PLACE | gazetteer::COUNTRY) != 0
    {
        ev[1] += DEFAULT_PLACE_WEIGHT;
    }
    ev
}

/// Weight of a single word the gazetteer knows as a place ("Berlin").
pub(crate) const DEFAULT_PLACE_WEIGHT: f32 = 1.0;

/// Weight of a title or legal suffix against the model's evidence (whose
/// best kind weighs 1).
pub(crate) const DEFAULT_CUE_WEIGHT: f32 = 2.0;

/// How far behind the best kind another one gets half its evidence, in
/// weight units.
pub(crate) const DEFAULT_EVIDENCE_SCALE: f32 = 31.0;

/// Typing evidence from summed model scores: the best kind of name gets
/// the most, the others in proportion to how close they come.
fn evidence(total: [i32; 4]) -> Evidence {
    let best = total[1..].iter().copied().max().unwrap_or(0);
    let mut ev = [0.0f32; 4];
    for (e, &s) in ev.iter_mut().zip(&total[1..]) {
        // 1 for the best kind, less the further behind (no `exp`: it
        // would bring libm into the wasm).
        *e = 1.0 / (1.0 + (best - s) as f32 / DEFAULT_EVIDENCE_SCALE);
    }
    ev
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_shapes() {
        let mut out = String::new();
        for (word, shape) in [
            ("McDonald's", "XxXx'x"),
            ("EADS", "X"),
            ("Müller", "Xx"),
            ("E3", "Xd"),
            ("Saudi-Arabien", "Xx-Xx"),
            ("", ""),
        ] {
            word_shape(word, &mut out);
            assert_eq!(out, shape, "{word}");
        }
    }

    #[test]
    fn case_endings_after_a_colon() {
        for (text, to, expected) in [
            ("EU:n jäsenet", 2, 4),
            ("YK:ssa.", 2, 6),
            ("EU: se", 2, 2),
            ("EU:n2", 2, 2),
            ("EU:Nokia", 2, 2),
            ("EU:abcde", 2, 2),
            ("EU", 2, 2),
        ] {
            assert_eq!(with_case_ending(text, to), expected, "{text}");
        }
    }

    #[test]
    fn stems_take_short_endings_only() {
        let words: &[(Cues, &str)] = &[
            (PLACE_STEM, "helsin suom deutschland= berlin="),
            (GIVEN_STEM, "pekk peka"),
        ];
        for (word, cue, expected) in [
            ("helsingissä", PLACE_STEM, true),
            ("helsinki", PLACE_STEM, true),
            ("suomesta", PLACE_STEM, true),
            // A derived word, not an inflected name.
            ("suomalainen", PLACE_STEM, false),
            ("pekan", GIVEN_STEM, true),
            ("pekan", PLACE_STEM, false),
            ("talo", PLACE_STEM, false),
            ("deutschlands", PLACE_STEM, true),
            ("berlin", PLACE_STEM, true),
            ("berliner", PLACE_STEM, false),
        ] {
            assert_eq!(has_stem(words, cue, word), expected, "{word}");
        }
    }
}
