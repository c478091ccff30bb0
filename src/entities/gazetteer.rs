//! Gazetteer look-ups: binary search over the generated sorted lines.

use std::collections::HashSet;

use super::gazetteer_data::GAZETTEER;

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

/// Everything the gazetteer knows about the lower-case `name` (0 if
/// nothing).
pub(crate) fn lookup(name: &str) -> Known {
    lookup_in(GAZETTEER, name)
}

/// First words of the gazetteer's names of several words ("new" of "new
/// york"), so that longer look-ups are only tried where one may match.
pub(crate) fn multiword_firsts() -> HashSet<&'static str> {
    GAZETTEER
        .lines()
        .filter_map(|line| line.split('\t').next())
        .filter_map(|name| name.split_once(' ').map(|(first, _)| first))
        .collect()
}

/// [`lookup`] over any sorted `name\tcodes` lines (tests use small ones).
pub(crate) fn lookup_in(data: &str, name: &str) -> Known {
    if name.is_empty() || name.contains(['\n', '\t']) {
        return 0;
    }
    let bytes = data.as_bytes();
    let (mut lo, mut hi) = (0usize, bytes.len());
    while lo < hi {
        let mid = line_start(bytes, lo + (hi - lo) / 2);
        let end = line_end(bytes, mid);
        let line = &data[mid..end];
        let (key, codes) = line.split_once('\t').unwrap_or((line, ""));
        match key.cmp(name) {
            std::cmp::Ordering::Equal => return decode(codes),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => {
                if mid <= lo {
                    return 0;
                }
                hi = mid;
            }
        }
    }
    0
}

/// Start of the line holding byte `i`.
fn line_start(bytes: &[u8], i: usize) -> usize {
    bytes[..i]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1)
}

/// End (exclusive, the newline or the end) of the line starting at `i`.
fn line_end(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| i + p)
}

fn decode(codes: &str) -> Known {
    codes.chars().fold(0, |acc, c| {
        acc | match c {
            'C' => COUNTRY,
            'L' => PLACE,
            'N' => NATIONALITY,
            'G' => GIVEN,
            'S' => SURNAME,
            'A' => ALPHA3,
            _ => 0,
        }
    })
}
