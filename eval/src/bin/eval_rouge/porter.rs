//! The Porter stemmer exactly as NLTK's `PorterStemmer()` runs it in its
//! default `NLTK_EXTENSIONS` mode, which is what Google's `rouge-score`
//! uses. (rust-stemmers' English is Porter2, a different algorithm.)
//!
//! A line-by-line port of `nltk/stem/porter.py` for lower-case ASCII words.

/// Irregular forms NLTK maps directly.
const POOL: &[(&str, &str)] = &[
    ("sky", "sky"),
    ("skies", "sky"),
    ("dying", "die"),
    ("lying", "lie"),
    ("tying", "tie"),
    ("news", "news"),
    ("innings", "inning"),
    ("inning", "inning"),
    ("outings", "outing"),
    ("outing", "outing"),
    ("cannings", "canning"),
    ("canning", "canning"),
    ("howe", "howe"),
    ("proceed", "proceed"),
    ("exceed", "exceed"),
    ("succeed", "succeed"),
];

/// A rule's condition on the stem left after removing the suffix.
type Cond<'a> = &'a dyn Fn(&str) -> bool;

/// Stems one word (lower-cased first), like NLTK's `PorterStemmer().stem`.
pub fn stem(word: &str) -> String {
    let w = word.to_lowercase();
    if let Some((_, s)) = POOL.iter().find(|(k, _)| *k == w) {
        return (*s).to_string();
    }
    if word.chars().count() <= 2 || !w.is_ascii() {
        return w;
    }
    let w = step1a(w);
    let w = step1b(w);
    let w = step1c(w);
    let w = step2(w);
    let w = step3(w);
    let w = step4(w);
    let w = step5a(w);
    step5b(w)
}

/// Consonant flags, one per byte (`y` is a consonant at the start or after
/// a vowel).
fn consonants(w: &str) -> Vec<bool> {
    let mut flags: Vec<bool> = Vec::with_capacity(w.len());
    for (i, c) in w.bytes().enumerate() {
        let f = match c {
            b'a' | b'e' | b'i' | b'o' | b'u' => false,
            b'y' => i == 0 || !flags[i - 1],
            _ => true,
        };
        flags.push(f);
    }
    flags
}

fn is_consonant(w: &str, i: usize) -> bool {
    consonants(w)[i]
}

/// Porter's measure m: the number of vowel-consonant sequences.
fn measure(w: &str) -> usize {
    let f = consonants(w);
    f.windows(2).filter(|p| !p[0] && p[1]).count()
}

fn contains_vowel(w: &str) -> bool {
    consonants(w).iter().any(|c| !c)
}

fn ends_double_consonant(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] && is_consonant(w, b.len() - 1)
}

/// Condition *o (with NLTK's two-letter extension).
fn ends_cvc(w: &str) -> bool {
    let b = w.as_bytes();
    let n = b.len();
    let f = consonants(w);
    (n >= 3 && f[n - 3] && !f[n - 2] && f[n - 1] && !matches!(b[n - 1], b'w' | b'x' | b'y'))
        || (n == 2 && !f[0] && f[1])
}

fn positive(stem: &str) -> bool {
    measure(stem) > 0
}

fn above_one(stem: &str) -> bool {
    measure(stem) > 1
}

/// Applies the first rule whose suffix the word ends with (NLTK's
/// `_apply_rule_list`): the replacement if its condition holds, else the
/// word unchanged.
fn apply(w: String, rules: &[(&str, &str, Option<Cond<'_>>)]) -> String {
    for (suffix, repl, cond) in rules {
        if let Some(stem) = w.strip_suffix(suffix) {
            return if cond.map_or(true, |c| c(stem)) {
                format!("{stem}{repl}")
            } else {
                w
            };
        }
    }
    w
}

fn step1a(w: String) -> String {
    if w.ends_with("ies") && w.len() == 4 {
        return format!("{}ie", &w[..w.len() - 3]);
    }
    apply(
        w,
        &[
            ("sses", "ss", None),
            ("ies", "i", None),
            ("ss", "ss", None),
            ("s", "", None),
        ],
    )
}

fn step1b(w: String) -> String {
    if let Some(stem) = w.strip_suffix("ied") {
        let repl = if w.len() == 4 { "ie" } else { "i" };
        return format!("{stem}{repl}");
    }
    if let Some(stem) = w.strip_suffix("eed") {
        return if measure(stem) > 0 {
            format!("{stem}ee")
        } else {
            w
        };
    }
    let stem = ["ed", "ing"]
        .iter()
        .find_map(|s| w.strip_suffix(s).filter(|st| contains_vowel(st)));
    let Some(stem) = stem.map(str::to_string) else {
        return w;
    };
    for (suffix, repl) in [("at", "ate"), ("bl", "ble"), ("iz", "ize")] {
        if let Some(s) = stem.strip_suffix(suffix) {
            return format!("{s}{repl}");
        }
    }
    if ends_double_consonant(&stem) {
        let last = stem.as_bytes()[stem.len() - 1];
        return if matches!(last, b'l' | b's' | b'z') {
            stem
        } else {
            stem[..stem.len() - 1].to_string()
        };
    }
    if measure(&stem) == 1 && ends_cvc(&stem) {
        format!("{stem}e")
    } else {
        stem
    }
}

fn step1c(w: String) -> String {
    let cond = |stem: &str| stem.len() > 1 && is_consonant(stem, stem.len() - 1);
    apply(w, &[("y", "i", Some(&cond))])
}

fn step2(w: String) -> String {
    if let Some(stem) = w.strip_suffix("alli") {
        if positive(stem) {
            return step2(format!("{stem}al"));
        }
    }
    let p: Cond<'_> = &positive;
    let whole = w.clone();
    let logi = move |_: &str| positive(&whole[..whole.len() - 3]);
    apply(
        w,
        &[
            ("ational", "ate", Some(p)),
            ("tional", "tion", Some(p)),
            ("enci", "ence", Some(p)),
            ("anci", "ance", Some(p)),
            ("izer", "ize", Some(p)),
            ("bli", "ble", Some(p)),
            ("alli", "al", Some(p)),
            ("entli", "ent", Some(p)),
            ("eli", "e", Some(p)),
            ("ousli", "ous", Some(p)),
            ("ization", "ize", Some(p)),
            ("ation", "ate", Some(p)),
            ("ator", "ate", Some(p)),
            ("alism", "al", Some(p)),
            ("iveness", "ive", Some(p)),
            ("fulness", "ful", Some(p)),
            ("ousness", "ous", Some(p)),
            ("aliti", "al", Some(p)),
            ("iviti", "ive", Some(p)),
            ("biliti", "ble", Some(p)),
            ("fulli", "ful", Some(p)),
            ("logi", "log", Some(&logi)),
        ],
    )
}

fn step3(w: String) -> String {
    let p: Cond<'_> = &positive;
    apply(
        w,
        &[
            ("icate", "ic", Some(p)),
            ("ative", "", Some(p)),
            ("alize", "al", Some(p)),
            ("iciti", "ic", Some(p)),
            ("ical", "ic", Some(p)),
            ("ful", "", Some(p)),
            ("ness", "", Some(p)),
        ],
    )
}

fn step4(w: String) -> String {
    let m: Cond<'_> = &above_one;
    let ion = |stem: &str| above_one(stem) && (stem.ends_with('s') || stem.ends_with('t'));
    apply(
        w,
        &[
            ("al", "", Some(m)),
            ("ance", "", Some(m)),
            ("ence", "", Some(m)),
            ("er", "", Some(m)),
            ("ic", "", Some(m)),
            ("able", "", Some(m)),
            ("ible", "", Some(m)),
            ("ant", "", Some(m)),
            ("ement", "", Some(m)),
            ("ment", "", Some(m)),
            ("ent", "", Some(m)),
            ("ion", "", Some(&ion)),
            ("ou", "", Some(m)),
            ("ism", "", Some(m)),
            ("ate", "", Some(m)),
            ("iti", "", Some(m)),
            ("ous", "", Some(m)),
            ("ive", "", Some(m)),
            ("ize", "", Some(m)),
        ],
    )
}

fn step5a(w: String) -> String {
    if let Some(stem) = w.strip_suffix('e') {
        let m = measure(stem);
        if m > 1 || (m == 1 && !ends_cvc(stem)) {
            return stem.to_string();
        }
    }
    w
}

fn step5b(w: String) -> String {
    if w.ends_with("ll") && measure(&w[..w.len() - 1]) > 1 {
        return w[..w.len() - 1].to_string();
    }
    w
}

#[cfg(test)]
mod tests {
    use super::stem;

    /// Expected stems from NLTK 3.x `PorterStemmer()` (eval/scripts/rouge/).
    const CASES: &[(&str, &str)] = &[
        ("caresses", "caress"),
        ("ponies", "poni"),
        ("ties", "tie"),
        ("cats", "cat"),
        ("feed", "feed"),
        ("agreed", "agre"),
        ("plastered", "plaster"),
        ("bled", "bled"),
        ("motoring", "motor"),
        ("sing", "sing"),
        ("conflated", "conflat"),
        ("troubled", "troubl"),
        ("sized", "size"),
        ("hopping", "hop"),
        ("falling", "fall"),
        ("hissing", "hiss"),
        ("failing", "fail"),
        ("filing", "file"),
        ("happy", "happi"),
        ("sky", "sky"),
        ("relational", "relat"),
        ("conditional", "condit"),
        ("generalization", "gener"),
        ("hopefulness", "hope"),
        ("electrical", "electr"),
        ("adjustment", "adjust"),
        ("adoption", "adopt"),
        ("controlling", "control"),
        ("dying", "die"),
        ("news", "news"),
        ("analogously", "analog"),
        ("cried", "cri"),
        ("died", "die"),
        ("radically", "radic"),
    ];

    #[test]
    fn matches_nltk_on_classic_examples() {
        for (word, want) in CASES {
            assert_eq!(stem(word), *want, "{word}");
        }
    }
}
