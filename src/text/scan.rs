//! Byte searches that read eight bytes at a time.
//!
//! The sentence splitter looks for a few bytes (line breaks, terminators,
//! full stops) in text where they are rare: one byte in a hundred in news
//! prose. Testing each byte cost several instructions a byte; [`find`]
//! tests eight at once with the bit tricks of [`has_byte`], [`has_below`]
//! and [`has_non_ascii`] (the "determine if a word has a byte" tricks of
//! Sean Anderson's *Bit Twiddling Hacks*), and looks at single bytes only
//! in the eight where one may be.

/// `0x01` in every byte.
const ONES: u64 = u64::from_le_bytes([1; 8]);
/// `0x80` in every byte.
const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// Whether some byte of `w` is below `n` (exact for `n <= 128`).
pub(crate) const fn has_below(w: u64, n: u8) -> bool {
    w.wrapping_sub(ONES * n as u64) & !w & HIGHS != 0
}

/// Whether some byte of `w` is `b`.
pub(crate) const fn has_byte(w: u64, b: u8) -> bool {
    has_below(w ^ (ONES * b as u64), 1)
}

/// Whether some byte of `w` is outside ASCII.
pub(crate) const fn has_non_ascii(w: u64) -> bool {
    w & HIGHS != 0
}

/// The first index at or after `from` where `hit` holds for the byte of
/// `bytes`, if any. `may_hit(w)` tells whether eight bytes read as a
/// little-endian `w` may hold such a byte: it must be true when one does
/// (it may be true when none does; then they are only tested one by one).
pub(crate) fn find(
    bytes: &[u8],
    from: usize,
    may_hit: impl Fn(u64) -> bool,
    hit: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        if let Some(&chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
            if !may_hit(u64::from_le_bytes(chunk)) {
                i += 8;
                continue;
            }
        }
        let stop = (i + 8).min(bytes.len());
        if let Some(j) = bytes[i..stop].iter().position(|&b| hit(b)) {
            return Some(i + j);
        }
        i = stop;
    }
    None
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn word(bytes: [u8; 8]) -> u64 {
        u64::from_le_bytes(bytes)
    }

    #[test]
    fn tests_on_words() {
        let w = word(*b"abc.def\n");
        assert!(has_byte(w, b'.') && has_byte(w, b'\n') && !has_byte(w, b'!'));
        assert!(has_below(w, 0x0E) && !has_below(w, b'\n'));
        assert!(!has_non_ascii(w) && has_non_ascii(word(*b"caf\xC3\xA9 ok")));
        assert!(has_byte(word(*b"\xE2\x80\xA6 done"), 0xE2));
    }

    #[test]
    fn finds_the_first_hit_anywhere() {
        let text = b"A long line of words, then a stop. And more";
        let dot = |from| find(text, from, |w| has_byte(w, b'.'), |b| b == b'.');
        assert_eq!(dot(0), Some(33));
        assert_eq!(dot(33), Some(33));
        assert_eq!(dot(34), None);
        assert_eq!(dot(text.len()), None);
    }

    proptest! {
        #[test]
        fn same_as_a_byte_by_byte_search(
            bytes in proptest::collection::vec(
                prop_oneof![Just(b'a'), Just(b'.'), Just(b'\n'), Just(b'\t'), Just(0xE2u8), Just(0x7F), Just(0x80), Just(0xFF), Just(0)],
                0..40,
            ),
            from in 0usize..42,
        ) {
            let from = from.min(bytes.len());
            let hit = |b: u8| matches!(b, b'.' | b'\n' | 0xE2);
            let may = |w: u64| has_byte(w, b'.') || has_below(w, 0x0B) || has_byte(w, 0xE2);
            let slow = bytes[from..].iter().position(|&b| hit(b)).map(|j| from + j);
            prop_assert_eq!(find(&bytes, from, may, hit), slow);
        }
    }
}
