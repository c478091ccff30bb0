//! The UAX #29 sentence pieces of a window, from `unicode-segmentation`,
//! with the engine run only where a boundary can be.
//!
//! Inside a line (no line or paragraph separators), UAX #29 breaks a
//! sentence only after a terminator (`.` `!` `?` or a non-ASCII one such as
//! `。`), possibly followed by closing punctuation and spaces (rules SB9 to
//! SB11). Running the engine over the long stretches between terminators
//! only confirms that nothing breaks there; in news text it spent most of
//! its time doing that.
//!
//! So the window is cut into *segments* at safe points, and the engine runs
//! only on the segments that hold a possible terminator. A point between
//! two ASCII letters is safe: no sentence breaks there (the letter before
//! it ends no sentence), the rules deciding later breaks look back through
//! closing punctuation and spaces only, so they stop at the letter after
//! it, and the SB8 look-ahead stops at the letter before it. The engine run
//! on each segment alone therefore finds exactly the breaks it finds there
//! in the whole window. Non-ASCII text is not examined: any byte outside
//! ASCII is taken as a possible terminator.

use unicode_segmentation::UnicodeSegmentation;

use crate::text::scan;

/// Calls `piece(from, to)` for each UAX #29 sentence piece of `window`, in
/// order: the same pieces as `window.split_sentence_bound_indices()`.
pub(super) fn pieces(window: &str, mut piece: impl FnMut(usize, usize)) {
    let mut from = 0;
    for (start, end) in segments(window.as_bytes()) {
        for (offset, _) in window[start..end].split_sentence_bound_indices() {
            let at = start + offset;
            if at > start {
                piece(from, at);
                from = at;
            }
        }
    }
    if from < window.len() {
        piece(from, window.len());
    }
}

/// The segments of `bytes` that may hold a sentence break, as byte ranges:
/// each spans a possible terminator and reaches out to the nearest safe
/// point on either side (or the window's ends). Segments are disjoint and
/// in order; the breaks inside them are all the window's breaks.
fn segments(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let first = scan::find(bytes, at, &MAY_END)?;
        let start = (at..first).rev().find(|&i| is_safe(bytes, i)).unwrap_or(at);
        let end = (first + 1..bytes.len())
            .find(|&i| is_safe(bytes, i))
            .unwrap_or(bytes.len());
        at = end;
        Some((start, end))
    })
}

/// The bytes that may be part of a character whose sentence break
/// property is a terminator or a separator (`STerm`, `ATerm`, `Sep`, `CR`,
/// `LF`): every byte outside ASCII, and in ASCII `!` `?` (`STerm`), `.`
/// (`ATerm`), CR and LF. The other control characters below CR (the tab
/// among them) are taken too, as one test covers them all: the engine
/// then runs on a segment more, and finds what it finds in the window.
const MAY_END: scan::Needles = scan::Needles {
    bytes: b".!?",
    below: b'\r' + 1,
    non_ascii: true,
};

/// Whether the point before `bytes[i]` lies between two ASCII letters.
fn is_safe(bytes: &[u8], i: usize) -> bool {
    i > 0 && bytes[i - 1].is_ascii_alphabetic() && bytes[i].is_ascii_alphabetic()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn fast(window: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        pieces(window, |from, to| out.push((from, to)));
        out
    }

    fn engine(window: &str) -> Vec<(usize, usize)> {
        window
            .split_sentence_bound_indices()
            .map(|(i, s)| (i, i + s.len()))
            .collect()
    }

    #[test]
    fn same_pieces_as_the_engine() {
        for window in [
            "",
            "Plain words only",
            "Mr. Hun met U.S. officials. They agreed! Did they? Yes.",
            "He said. \"2005 will\" be fine.) Then (so)  . x",
            "etc. the end.  Of it",
            "東京。大阪！ Done.",
            "e.g. a. B.c. D",
        ] {
            assert_eq!(fast(window), engine(window), "{window:?}");
        }
    }

    #[test]
    fn the_engine_runs_only_around_terminators() {
        let bytes = b"One sentence here. Another one there";
        let segments: Vec<_> = segments(bytes).collect();
        // From between the last two letters of "here" to between the first
        // two of "Another".
        assert_eq!(segments, [(16, 20)]);
        assert_eq!(&bytes[16..20], b"e. A");
    }

    proptest! {
        #[test]
        fn same_pieces_as_the_engine_on_any_mix(
            window in "[aBz .!?\"')(3,:;\u{2026}\u{3002}\u{301}\u{AD}\u{E9}\u{2019}\u{85}\t\r\n-]{0,40}"
        ) {
            prop_assert_eq!(fast(&window), engine(&window));
        }
    }
}
