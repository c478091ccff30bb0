//! Gazetteer look-ups: binary search over the generated front-coded lists.
//!
//! Each list in `gazetteer_data.rs` is sorted by byte order; every line is
//! one base-36 digit, the number of leading bytes the name shares with the
//! previous one, then the rest of the name. Lines that share nothing
//! (digit `0`, at least every 16th line) are restart points: a look-up
//! binary-searches them, then decodes at most one block.

use super::gazetteer_data::{ALPHA3 as ALPHA3_CODES, COUNTRIES, GIVEN_NAMES, NATIONALITIES};
use super::gazetteer_data::{PLACES, SURNAMES};

/// What the gazetteer knows about a name (bits).
pub(crate) type Known = u8;

/// A country ("Cambodia", "US", "España").
pub(crate) const COUNTRY: Known = 1 << 0;
/// Another place: capital, large city, US state, continent.
pub(crate) const PLACE: Known = 1 << 1;
/// A nationality ("Cambodian", "español").
pub(crate) const NATIONALITY: Known = 1 << 2;
/// A common given name ("Joe", "Daniel").
pub(crate) const GIVEN: Known = 1 << 3;
/// A common surname ("Smith").
pub(crate) const SURNAME: Known = 1 << 4;
/// An ISO 3166-1 alpha-3 code ("ITA"), as used in sports results.
pub(crate) const ALPHA3: Known = 1 << 5;

/// The generated lists and what a name in each is.
const LISTS: [(&str, Known); 6] = [
    (COUNTRIES, COUNTRY),
    (ALPHA3_CODES, ALPHA3),
    (PLACES, PLACE),
    (NATIONALITIES, NATIONALITY),
    (GIVEN_NAMES, GIVEN),
    (SURNAMES, SURNAME),
];

/// Everything the gazetteer knows about the lower-case `name` (0 if
/// nothing). Names are stored with accents folded ("bogota"), so an
/// accented name not found as written is looked up folded.
pub(crate) fn lookup(name: &str) -> Known {
    let known = lookup_exact(name);
    if known == 0 && !name.is_ascii() {
        return lookup_exact(&fold_accents(name));
    }
    known
}

/// `word` with the accents of Latin letters removed ("josé" -> "jose").
fn fold_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'ý' | 'ÿ' => 'y',
            c => c,
        })
        .collect()
}

fn lookup_exact(name: &str) -> Known {
    LISTS
        .iter()
        .filter(|(list, _)| contains(list, name))
        .fold(0, |acc, &(_, known)| acc | known)
}

/// Whether some name of several words starts with the lower-case `word`
/// ("new" of "new york"), so that longer look-ups are only tried where one
/// may match.
pub(crate) fn starts_multiword(word: &str) -> bool {
    let prefix = format!("{word} ");
    let folded = format!("{} ", fold_accents(word));
    LISTS.iter().any(|(list, _)| {
        [&prefix, &folded]
            .iter()
            .any(|p| seek(list, p).is_some_and(|name| name.starts_with(p.as_str())))
    })
}

/// Whether the front-coded `list` holds `name`.
pub(crate) fn contains(list: &str, name: &str) -> bool {
    !name.is_empty() && !name.contains('\n') && seek(list, name).as_deref() == Some(name)
}

/// The first name of the front-coded `list` that is not less than `key`
/// (`None` if every name is less, or the list is malformed).
fn seek(list: &str, key: &str) -> Option<String> {
    let bytes = list.as_bytes();
    // Invariant: the restart at `lo` is the first line or holds a name
    // less than `key`; every restart at or after `hi` holds one not less.
    let (mut lo, mut hi) = (0usize, bytes.len());
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        let restart = restart_from(bytes, mid);
        if restart >= hi {
            // No restart in mid..hi.
            hi = mid;
            continue;
        }
        let (_, name, _) = decode_line(list, restart)?;
        if name < key {
            lo = restart;
        } else {
            hi = restart;
        }
    }
    // Decode forward from `lo`: the answer is at the latest the next restart.
    let mut name = String::new();
    let mut at = lo;
    while at < bytes.len() {
        let (shared, rest, next) = decode_line(list, at)?;
        if shared > name.len() || !name.is_char_boundary(shared) {
            return None;
        }
        name.truncate(shared);
        name.push_str(rest);
        if name.as_str() >= key {
            return Some(name);
        }
        at = next;
    }
    None
}

/// The line starting at byte `at`: (bytes shared with the previous name,
/// the rest of the name, start of the next line).
fn decode_line(list: &str, at: usize) -> Option<(usize, &str, usize)> {
    let line = list.get(at..)?.split('\n').next()?;
    let mut chars = line.chars();
    let shared = chars.next()?.to_digit(36)?;
    Some((shared as usize, chars.as_str(), at + line.len() + 1))
}

/// The first restart line (one that shares nothing) starting at or after
/// byte `at`, or the end of `bytes`.
fn restart_from(bytes: &[u8], at: usize) -> usize {
    let mut p = if at == 0 || bytes.get(at - 1) == Some(&b'\n') {
        at
    } else {
        next_line(bytes, at)
    };
    while p < bytes.len() && bytes[p] != b'0' {
        p = next_line(bytes, p);
    }
    p.min(bytes.len())
}

/// Start of the line after the one holding byte `at` (or the end).
fn next_line(bytes: &[u8], at: usize) -> usize {
    bytes
        .get(at..)
        .and_then(|rest| rest.iter().position(|&b| b == b'\n'))
        .map_or(bytes.len(), |p| at + p + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name of the front-coded `list`, in order.
    fn names(list: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut at = 0;
        while let Some((shared, rest, next)) = decode_line(list, at) {
            let mut name = out.last().map_or("", |s| &s[..shared]).to_string();
            name.push_str(rest);
            out.push(name);
            at = next;
        }
        out
    }

    #[test]
    fn small_list() {
        // "ab", "abc", "abd", "b", "ba" with a restart at "abd".
        let list = "0ab\n2c\n0abd\n0b\n1a";
        for name in ["ab", "abc", "abd", "b", "ba"] {
            assert!(contains(list, name), "{name}");
        }
        for name in ["", "a", "abe", "bb", "c", "ab\n"] {
            assert!(!contains(list, name), "{name}");
        }
        assert_eq!(seek(list, "abca").as_deref(), Some("abd"));
        assert_eq!(seek(list, "bz"), None);
    }

    #[test]
    fn malformed_lists_answer_nothing() {
        for list in ["", "\n", "x", "9abc", "0ab\n5x", "0é\n1x"] {
            assert!(!contains(list, "abx"), "{list:?}");
        }
    }

    #[test]
    fn every_generated_name_is_found() {
        for (list, known) in LISTS {
            let all = names(list);
            assert!(all.len() > 200, "{} names", all.len());
            assert!(all.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
            for name in &all {
                assert!(lookup(name) & known != 0, "{name}");
            }
        }
    }

    #[test]
    fn kinds_and_folding() {
        assert_eq!(lookup("cambodia") & COUNTRY, COUNTRY);
        assert_eq!(lookup("españa") & COUNTRY, COUNTRY);
        assert_eq!(lookup("phnom penh") & PLACE, PLACE);
        assert_eq!(lookup("bogotá") & PLACE, PLACE);
        assert_eq!(lookup("cambodian") & NATIONALITY, NATIONALITY);
        assert_eq!(lookup("joe") & GIVEN, GIVEN);
        assert_eq!(lookup("smith") & SURNAME, SURNAME);
        assert_eq!(lookup("khm") & ALPHA3, ALPHA3);
        assert_eq!(lookup("the"), 0);
        assert!(starts_multiword("new"));
        assert!(starts_multiword("phnom"));
        assert!(starts_multiword("the")); // "the gambia"
        assert!(!starts_multiword("cambodia"));
    }
}
