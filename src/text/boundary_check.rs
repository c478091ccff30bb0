//! Test helpers: nutgraf's UAX #29 boundaries (`sbreak`, `wbreak`) against
//! the `unicode-segmentation` crate's.

/// A splitter: the pieces of a text between boundaries.
pub(crate) type Split = fn(&str) -> Vec<&str>;

/// Asserts that `ours` and `theirs` split every probe of every code point
/// alike; `probes(c)` are texts in which the category of `c` decides a
/// boundary. Reports the first 50 code points that differ.
pub(crate) fn every_code_point<const N: usize>(
    probes: fn(char) -> [String; N],
    ours: Split,
    theirs: Split,
) {
    let wrong: Vec<char> = (0..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|&c| probes(c).iter().any(|p| ours(p) != theirs(p)))
        .collect();
    let hex: Vec<String> = wrong
        .iter()
        .take(50)
        .map(|&c| format!("{:X}", c as u32))
        .collect();
    assert!(
        wrong.is_empty(),
        "{} code points differ: {}",
        wrong.len(),
        hex.join(" ")
    );
}

/// Asserts that `ours` and `theirs` split every suffix of `text` alike.
pub(crate) fn every_suffix(text: &str, ours: Split, theirs: Split) {
    for tail in (0..text.len()).filter_map(|start| text.get(start..)) {
        assert_eq!(ours(tail), theirs(tail), "{tail:?}");
    }
}
