//! Gazetteer look-ups: a hash map over the generated front-coded lists,
//! decoded once, at first use.
//!
//! Each list in `gazetteer_data.rs` is sorted by byte order; every line is
//! one base-36 digit, the number of leading bytes the name shares with the
//! previous one, then the rest of the name. The compact text is what the
//! wasm download carries; the first look-up decodes every list into one
//! [`FxHashMap`](rustc_hash::FxHashMap) from name to what it is, which also
//! marks the word prefixes of names of several words ("new" of "new york").

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

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

/// Marks, in the index, a prefix of a name that ends before one of its
/// spaces ("new", "bosnia", "bosnia and"); no list has this bit.
const PREFIX: Known = 1 << 6;

/// What the lists say (every bit but [`PREFIX`]).
const LISTED: Known = PREFIX - 1;

/// The decoded lists.
#[derive(Default)]
struct Index {
    /// Every name and what it is, and every [`PREFIX`]; the names are
    /// slices of one string holding them all.
    names: HashMap<&'static str, Known>,
}

impl Index {
    /// Decodes `lists` (a malformed list is read up to its first bad line).
    ///
    /// The names are written one after the other into one string that
    /// lives as long as the program (the index is built once, at first use,
    /// [`index`]): a string of its own per name was the most allocations
    /// of the whole build.
    fn build(lists: &[(&str, Known)]) -> Self {
        let lines = lists.iter().map(|(list, _)| list.split('\n').count()).sum();
        let mut all = String::with_capacity(lists.iter().map(|(list, _)| 2 * list.len()).sum());
        let mut spans: Vec<(usize, usize, Known)> = Vec::with_capacity(lines);
        for &(list, known) in lists {
            for_each_name(list, |name| {
                let start = all.len();
                all.push_str(name);
                spans.push((start, all.len(), known));
            });
        }
        let all: &'static str = Box::leak(all.into_boxed_str());
        let mut index = Index {
            names: HashMap::with_capacity_and_hasher(lines, Default::default()),
        };
        for (start, end, known) in spans {
            let name = &all[start..end];
            for (i, _) in name.match_indices(' ') {
                index.mark(&name[..i], PREFIX);
            }
            index.mark(name, known);
        }
        index
    }

    /// Adds the bits `known` to `key`.
    fn mark(&mut self, key: &'static str, known: Known) {
        *self.names.entry(key).or_insert(0) |= known;
    }

    /// What the lists say about `name` as written.
    fn get(&self, name: &str) -> Known {
        self.bits(name) & LISTED
    }

    /// Whether `prefix` is a [`PREFIX`] of some name.
    fn is_prefix(&self, prefix: &str) -> bool {
        self.bits(prefix) & PREFIX != 0
    }

    fn bits(&self, key: &str) -> Known {
        self.names.get(key).copied().unwrap_or(0)
    }
}

/// The index of the generated lists, built at first use.
fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::build(&LISTS))
}

/// Everything the gazetteer knows about the lower-case `name` (0 if
/// nothing). Names are stored with accents folded ("bogota"), so an
/// accented name not found as written is looked up folded.
pub(crate) fn lookup(name: &str) -> Known {
    let index = index();
    let known = index.get(name);
    if known == 0 && !name.is_ascii() {
        return index.get(&fold_accents(name));
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

/// Whether some name of several words starts with the lower-case `word`
/// ("new" of "new york"), so that longer look-ups are only tried where one
/// may match.
pub(crate) fn starts_multiword(word: &str) -> bool {
    let index = index();
    // Folding only changes letters outside ASCII.
    index.is_prefix(word) || (!word.is_ascii() && index.is_prefix(&fold_accents(word)))
}

/// Calls `f` with every name of the front-coded `list`, in order, up to the
/// end or the first malformed line.
fn for_each_name(list: &str, mut f: impl FnMut(&str)) {
    let mut name = String::new();
    for line in list.split('\n') {
        let mut chars = line.chars();
        let Some(shared) = chars.next().and_then(|c| c.to_digit(36)) else {
            break;
        };
        let shared = shared as usize;
        if shared > name.len() || !name.is_char_boundary(shared) {
            break;
        }
        name.truncate(shared);
        name.push_str(chars.as_str());
        if !name.is_empty() {
            f(&name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name of the front-coded `list`, in order.
    fn names(list: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_name(list, |name| out.push(name.to_string()));
        out
    }

    #[test]
    fn small_list() {
        // "ab", "abc", "abd", "b", "ba", "b c d" with restarts.
        let list = "0ab\n2c\n0abd\n0b\n1a\n0b c d";
        assert_eq!(names(list), ["ab", "abc", "abd", "b", "ba", "b c d"]);
        let index = Index::build(&[(list, PLACE), ("0ba\n0c", COUNTRY)]);
        for name in ["ab", "abc", "abd", "b", "b c d"] {
            assert_eq!(index.get(name), PLACE, "{name}");
        }
        assert_eq!(index.get("ba"), PLACE | COUNTRY);
        assert_eq!(index.get("c"), COUNTRY);
        for name in ["", "a", "abe", "bb", "d", "ab\n", "b c"] {
            assert_eq!(index.get(name), 0, "{name}");
        }
        let mut prefixes: Vec<&str> = index
            .names
            .iter()
            .filter(|(_, &k)| k & PREFIX != 0)
            .map(|(p, _)| &**p)
            .collect();
        prefixes.sort_unstable();
        assert_eq!(prefixes, ["b", "b c"]);
        assert!(index.is_prefix("b c") && !index.is_prefix("ab"));
    }

    #[test]
    fn malformed_lists_are_read_up_to_the_bad_line() {
        let cases: [(&str, &[&str]); 6] = [
            ("", &[]),
            ("\n", &[]),
            ("x", &[]),
            ("9abc", &[]),
            ("0ab\n5x\n0c", &["ab"]),
            ("0é\n1x", &["é"]),
        ];
        for (list, expected) in cases {
            assert_eq!(names(list), expected, "{list:?}");
        }
    }

    #[test]
    fn every_generated_name_is_found() {
        for (list, known) in LISTS {
            let all = names(list);
            assert!(all.len() > 200, "{} names", all.len());
            assert!(all.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
            assert_eq!(all.len(), list.split('\n').count(), "every line read");
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
        assert_eq!(lookup(""), 0);
        assert!(starts_multiword("new"));
        assert!(starts_multiword("phnom"));
        assert!(starts_multiword("the")); // "the gambia"
        assert!(starts_multiword("bosnia and")); // "bosnia and herzegovina"
        assert!(!starts_multiword("cambodia"));
        assert!(!starts_multiword(""));
    }
}
