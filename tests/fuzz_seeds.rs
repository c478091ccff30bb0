//! The fuzz targets on the stable toolchain: every file of `fuzz/seeds/`
//! (the seed corpus, and one file per finding, named `regress-…`) goes
//! through the same target function and invariant checks as under
//! libFuzzer (`fuzz/src/`), so `cargo test` keeps them checked without
//! nightly. `npm run fuzz` runs the fuzzer itself.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod fuzz;

use std::path::Path;

/// Runs `target` on every seed file of `fuzz/seeds/NAME`.
fn replay(name: &str, target: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/seeds")
        .join(name);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no seeds in {}", dir.display());
    for file in files {
        let data = std::fs::read(&file).expect("a seed file");
        let result = std::panic::catch_unwind(|| target(&data));
        assert!(result.is_ok(), "{name} fails on {}", file.display());
    }
}

#[test]
fn summarize_utf8_seeds() {
    replay("summarize_utf8", fuzz::targets::summarize_utf8);
}

#[test]
fn summarize_structured_seeds() {
    replay("summarize_structured", fuzz::targets::summarize_structured);
}

#[test]
fn sentences_seeds() {
    replay("sentences", fuzz::targets::sentences);
}

#[test]
fn furniture_seeds() {
    replay("furniture", fuzz::targets::furniture);
}

#[test]
fn entities_seeds() {
    replay("entities", fuzz::targets::entities);
}

/// The checks themselves catch what they should: a test that cannot fail
/// proves nothing.
mod checks_catch {
    use super::fuzz::checks;
    use nutgraf::Span;

    #[test]
    #[should_panic(expected = "text lost between units")]
    fn a_lost_word() {
        let text = "One. Two. Three.";
        checks::units(
            text,
            &[Span { start: 0, end: 4 }, Span { start: 10, end: 16 }],
            1000,
        );
    }

    #[test]
    #[should_panic(expected = "not on char boundaries")]
    fn a_split_character() {
        checks::units("é.", &[Span { start: 0, end: 1 }], 1000);
    }

    #[test]
    #[should_panic(expected = "overlaps")]
    fn overlapping_units() {
        let text = "One two. Three.";
        checks::units(
            text,
            &[Span { start: 0, end: 8 }, Span { start: 4, end: 15 }],
            1000,
        );
    }
}
