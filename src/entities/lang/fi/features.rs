//! Finnish's extra token features: a name's case forms share their first
//! letters ("Helsinki", "Helsingissä", "Helsingin") and differ in their
//! last ones, and the shapes of the words around a word tell a name in a
//! run of capitals from one after a sentence's first word. A model that
//! holds the feature [`AFFIXES`] is scored with these too.

/// The feature that says a model was trained with [`add`]'s features.
pub(crate) const AFFIXES: &str = "+affixes";

/// Adds the extra features of token `k` (lower-case `lower`; `prev` and
/// `next` the texts of the tokens around it, "<s>" and "</s>" at a
/// sentence's edges) through `feature(name, value)`: the word's first 3, 4
/// and 5 letters, its last letter and last 5, and the shapes of the words
/// around it.
pub(crate) fn add(lower: &str, prev: &str, next: &str, feature: &mut dyn FnMut(&str, &str)) {
    feature("f3=", prefix(lower, 3));
    feature("f4=", prefix(lower, 4));
    feature("f5=", prefix(lower, 5));
    feature("s5=", super::super::suffix(lower, 5));
    feature("s1=", super::super::suffix(lower, 1));
    let mut shape = String::new();
    super::super::word_shape(prev, &mut shape);
    feature("psh=", &shape);
    super::super::word_shape(next, &mut shape);
    feature("nsh=", &shape);
}

/// The first `n` characters of `s` (all of it when shorter).
fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_of_a_case_form() {
        let mut out = Vec::new();
        add("helsingissä", "<s>", "Oy", &mut |name, value| {
            out.push(format!("{name}{value}"));
        });
        assert_eq!(
            out,
            [
                "f3=hel",
                "f4=hels",
                "f5=helsi",
                "s5=gissä",
                "s1=ä",
                "psh=<x>",
                "nsh=Xx"
            ]
        );
    }

    #[test]
    fn prefixes_of_short_words() {
        assert_eq!(prefix("yk", 3), "yk");
        assert_eq!(prefix("äiti", 3), "äit");
        assert_eq!(prefix("", 3), "");
    }
}
