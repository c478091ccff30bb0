//! Language data given at run time: the builds without a language's data
//! compiled in (the page, the bookmarklet, the extension) are handed it
//! as one blob per language, fetched only when a text is in that language
//! ([`load`]). [`resolve`] is the one way the rest of the crate reaches a
//! language's model and lists: the compiled-in data (features `ner-de`…)
//! when there is some, else what was loaded, else nothing.
//!
//! # The blob
//!
//! UTF-8 text (served as `lang/<code>.txt`), a header line, then sections,
//! each a line with its name and its length in bytes, the bytes, and a
//! line break:
//!
//! ```text
//! nutgraf-lang 1 de
//! model 5491
//! b<TAB>iLFB
//! hy<TAB>V;O\
//! …
//! ```
//!
//! German, Norwegian and Finnish have one section, `model` (the token
//! model's text as [`Model`] describes it). Chinese and Japanese have one
//! section per field of [`cjk::Data`]: `places`, `orgs`, `people` (names
//! sorted bytewise, space-separated), `place_ends`, `org_ends`,
//! `org_starts`, `person_after`, `person_before`, `generic` (words,
//! space-separated), `surnames`, `stops` (as in the lists) and `runs`
//! (`0` or `1`). Every section of the language must be there, once. The
//! loaded text is kept for the life of the instance (leaked once per
//! language) and searched in place, as the compiled-in text is. [`blob`]
//! writes the compiled-in data in this form (`examples/lang_data.rs`).

use std::sync::OnceLock;

use super::cjk::{self, Names};
use super::Model;
use crate::Error;

/// The version the header names; a blob of another version is refused.
const VERSION: &str = "1";

/// What opens every blob.
const MAGIC: &str = "nutgraf-lang";

/// The languages with data, and whether theirs is a token model (`false`:
/// name lists for a script without capitals).
const LANGUAGES: [(&str, bool); 5] = [
    ("de", true),
    ("no", true),
    ("fi", true),
    ("zh", false),
    ("ja", false),
];

/// The sections of the lists of a script without capitals, in order.
const CJK_SECTIONS: [&str; 12] = [
    "places",
    "orgs",
    "people",
    "place_ends",
    "org_ends",
    "org_starts",
    "person_after",
    "person_before",
    "generic",
    "surnames",
    "stops",
    "runs",
];

/// One language's loaded data.
enum Loaded {
    /// A token model (German, Norwegian, Finnish).
    Model(Model),
    /// Name lists (Chinese, Japanese).
    Lists(cjk::Data),
}

/// What was loaded, by position in [`LANGUAGES`].
static LOADED: [OnceLock<Loaded>; 5] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];

/// The position of `code` in [`LANGUAGES`].
fn position(code: &str) -> Option<usize> {
    LANGUAGES.iter().position(|&(c, _)| c == code)
}

/// The model and lists of language `code`: `compiled` (the compiled-in
/// data, empty or `None` without it) unless it is missing and data was
/// loaded (feature `lang-load`).
pub(crate) fn resolve(
    code: &str,
    compiled: (&'static Model, Option<&'static cjk::Data>),
) -> (&'static Model, Option<&'static cjk::Data>) {
    let (model, lists) = compiled;
    if !cfg!(feature = "lang-load") || !model.is_empty() || lists.is_some() {
        return compiled;
    }
    match position(code).and_then(|i| LOADED[i].get()) {
        Some(Loaded::Model(m)) => (m, lists),
        Some(Loaded::Lists(d)) => (model, Some(d)),
        None => compiled,
    }
}

/// Whether language `code` has entity data that this build can load
/// (feature `lang-load`) but has neither compiled in nor loaded yet
/// (`false` for languages without data, such as English).
pub fn missing(code: &str) -> bool {
    cfg!(feature = "lang-load")
        && position(code).is_some_and(|i| LOADED[i].get().is_none() && !compiled_in(code))
}

/// Whether `code`'s data is compiled into this build.
fn compiled_in(code: &str) -> bool {
    super::compiled(code).is_some_and(|p| !p.model.is_empty() || p.cjk.is_some())
}

/// Loads the entity data of language `code` from `blob` (the format above),
/// for every later summary in this instance. A language loaded once stays
/// loaded (a second call checks `blob` and keeps the first data); with the
/// language's data compiled in, `blob` is checked and nothing is loaded.
///
/// Errors (code `INVALID_LANGUAGE_DATA`): `code` has no data, `blob` is
/// not such data for `code`, or this build cannot load data (without the
/// feature `lang-load`). Nothing is loaded then.
pub fn load(code: &str, blob: Vec<u8>) -> Result<(), Error> {
    let i = position(code).ok_or_else(|| {
        invalid_in(
            code,
            "has no data to load (languages with data: de, no, fi, zh, ja)",
        )
    })?;
    if !cfg!(feature = "lang-load") {
        return match compiled_in(code) {
            true => Ok(()),
            false => Err(invalid(
                "this build cannot load language data (feature lang-load)",
            )),
        };
    }
    let text = String::from_utf8(blob).map_err(|_| invalid("the data is not UTF-8 text"))?;
    check(code, &text)?;
    if compiled_in(code) || LOADED[i].get().is_some() {
        return Ok(());
    }
    // Checked first, so only good data is kept (and leaked, once).
    let text: &'static str = Box::leak(text.into_boxed_str());
    let loaded = build(code, &sections(code, text)?);
    let _ = LOADED[i].set(loaded);
    Ok(())
}

/// An `INVALID_LANGUAGE_DATA` error saying `why`.
fn invalid(why: &str) -> Error {
    Error::invalid_language_data(why)
}

/// An `INVALID_LANGUAGE_DATA` error: `what` (quoted), then `why`.
/// (Concatenated, not formatted: the smaller code.)
fn invalid_in(what: &str, why: &str) -> Error {
    let what: String = what.chars().take(40).collect();
    Error::invalid_language_data("\"".to_string() + &what + "\" " + why)
}

/// Whether language `code`'s data is a token model (else name lists).
fn is_model(code: &str) -> bool {
    LANGUAGES.iter().any(|&(c, m)| c == code && m)
}

/// The sections of `text`, a blob of language `code`: (name, bytes), each
/// name known and there once.
fn sections<'a>(code: &str, text: &'a str) -> Result<Vec<(&'a str, &'a str)>, Error> {
    let (header, mut rest) = text
        .split_once('\n')
        .ok_or_else(|| invalid("no header line"))?;
    let expected = MAGIC.to_string() + " " + VERSION + " " + code;
    if header != expected {
        return Err(invalid_in(
            header,
            &("is not the header of this data, \"".to_string() + &expected + "\""),
        ));
    }
    let known: &[&str] = if is_model(code) {
        &["model"]
    } else {
        &CJK_SECTIONS
    };
    let mut out: Vec<(&str, &str)> = Vec::with_capacity(known.len());
    while !rest.is_empty() {
        let (name, body, after) = section(rest)?;
        if !known.contains(&name) {
            return Err(invalid_in(name, "is not a section of this language"));
        }
        if out.iter().any(|s| s.0 == name) {
            return Err(invalid_in(name, "is there twice"));
        }
        out.push((name, body));
        rest = after;
    }
    if let Some(name) = known.iter().find(|n| !out.iter().any(|s| s.0 == **n)) {
        return Err(invalid_in(name, "is missing"));
    }
    Ok(out)
}

/// The first section of `rest`: its name, its bytes, and what follows.
fn section(rest: &str) -> Result<(&str, &str, &str), Error> {
    let (line, after) = rest
        .split_once('\n')
        .ok_or_else(|| invalid("a section line without a line break"))?;
    let (name, len) = line
        .split_once(' ')
        .and_then(|(name, len)| Some((name, whole(len)?)))
        .ok_or_else(|| invalid_in(line, "is not \"<section> <length>\""))?;
    let body = after
        .get(..len)
        .ok_or_else(|| invalid_in(name, "is cut short"))?;
    let after = after[len..]
        .strip_prefix('\n')
        .ok_or_else(|| invalid_in(name, "does not end where its length says"))?;
    Ok((name, body, after))
}

/// The whole number written `s` (decimal digits only).
fn whole(s: &str) -> Option<usize> {
    if s.is_empty() {
        return None;
    }
    s.bytes().try_fold(0usize, |n, b| {
        let digit = b.checked_sub(b'0').filter(|d| *d < 10)?;
        n.checked_mul(10)?.checked_add(usize::from(digit))
    })
}

/// Checks blob `text` of language `code` through and through, so that
/// [`build`] cannot fail.
fn check(code: &str, text: &str) -> Result<(), Error> {
    for (name, body) in sections(code, text)? {
        let sorted = match name {
            "model" => sorted_lines(body),
            "places" | "orgs" | "people" => sorted_names(body),
            "runs" => matches!(body, "0" | "1"),
            _ => true,
        };
        if !sorted {
            return Err(invalid_in(name, "is not written as its section must be"));
        }
    }
    Ok(())
}

/// Whether a token model's text is lines of a feature, a tab and four
/// weight characters, sorted bytewise (the search relies on it).
fn sorted_lines(text: &str) -> bool {
    let mut last = None;
    text.lines().all(|line| {
        let Some((feature, weights)) = line.split_once('\t') else {
            return false;
        };
        let ok = weights.len() == 4
            && weights.bytes().all(|b| b.is_ascii_graphic())
            && !last.is_some_and(|l| l >= feature);
        last = Some(feature);
        ok
    })
}

/// Whether a list of names is single-spaced and sorted bytewise (the
/// search relies on it).
fn sorted_names(text: &str) -> bool {
    let mut last: Option<&str> = None;
    text.is_empty()
        || text.split(' ').all(|w| {
            let ok = !w.is_empty() && !last.is_some_and(|l| l >= w);
            last = Some(w);
            ok
        })
}

/// The data of the checked `sections` of language `code`.
fn build(code: &str, sections: &[(&'static str, &'static str)]) -> Loaded {
    let get = |name: &str| sections.iter().find(|s| s.0 == name).map_or("", |s| s.1);
    if is_model(code) {
        return Loaded::Model(Model { text: get("model") });
    }
    let words = |name: &str| -> &'static [&'static str] {
        let list: Vec<&'static str> = get(name).split(' ').filter(|w| !w.is_empty()).collect();
        Box::leak(list.into_boxed_slice())
    };
    Loaded::Lists(cjk::Data {
        places: Names::new(get("places")),
        orgs: Names::new(get("orgs")),
        people: Names::new(get("people")),
        place_ends: words("place_ends"),
        org_ends: words("org_ends"),
        org_starts: words("org_starts"),
        person_after: words("person_after"),
        person_before: words("person_before"),
        generic: words("generic"),
        surnames: get("surnames"),
        stops: get("stops"),
        runs: get("runs") == "1",
    })
}

/// The blob of language `code`'s compiled-in data (the format above), or
/// `None` when none is compiled in. `examples/lang_data.rs` writes these
/// out for the builds that load them.
pub fn blob(code: &str) -> Option<String> {
    if !compiled_in(code) {
        return None;
    }
    let mut out = format!("{MAGIC} {VERSION} {code}\n");
    let mut add = |name: &str, body: &str| {
        out.push_str(&format!("{name} {}\n{body}\n", body.len()));
    };
    let p = super::compiled(code)?;
    if is_model(code) {
        add("model", p.model.text);
        return Some(out);
    }
    let d = p.cjk?;
    let join = |list: &[&str]| list.join(" ");
    add("places", d.places.text);
    add("orgs", d.orgs.text);
    add("people", d.people.text);
    add("place_ends", &join(d.place_ends));
    add("org_ends", &join(d.org_ends));
    add("org_starts", &join(d.org_starts));
    add("person_after", &join(d.person_after));
    add("person_before", &join(d.person_before));
    add("generic", &join(d.generic));
    add("surnames", d.surnames);
    add("stops", d.stops);
    add("runs", if d.runs { "1" } else { "0" });
    Some(out)
}

#[cfg(test)]
mod tests;
