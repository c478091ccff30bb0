//! Byte searches that read eight bytes at a time.
//!
//! The sentence splitter looks for a few bytes (line breaks, terminators,
//! full stops) in text where they are rare: one byte in a hundred in news
//! prose. Testing each byte cost several instructions a byte; [`find`]
//! tests eight at once with the bit tricks of [`has_byte`], [`has_below`]
//! and [`has_non_ascii`] (the "determine if a word has a byte" tricks of
//! Sean Anderson's *Bit Twiddling Hacks*), and looks at single bytes only
//! in the eight where one may be.
//!
//! Not in the bookmarklet's wasm: there the eight-byte test made the
//! module 123 bytes larger gzipped (over its budget, which had 136 bytes
//! left), so a wasm built without the feature `speed` tests byte by byte.

// The eight-byte tests are not used in a wasm built for bytes (see [`skip`]).
#![cfg_attr(all(target_arch = "wasm32", not(feature = "speed")), allow(dead_code))]

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

/// A set of bytes to look for: the `bytes`, those below `below`, and
/// those outside ASCII when `non_ascii`.
pub(crate) struct Needles {
    /// Bytes in the set.
    pub bytes: &'static [u8],
    /// Every byte below this one is in the set (none when 0; at most 128).
    pub below: u8,
    /// Whether the bytes outside ASCII are in the set.
    pub non_ascii: bool,
}

impl Needles {
    /// Whether `b` is in the set. (`contains` would call `memchr` for
    /// these few bytes: 5 M instructions more over 200 BBC articles.)
    #[allow(clippy::manual_contains)]
    pub(crate) fn has(&self, b: u8) -> bool {
        b < self.below || (self.non_ascii && !b.is_ascii()) || self.bytes.iter().any(|&x| x == b)
    }

    /// Whether eight bytes, read as `w`, hold one in the set.
    fn in_word(&self, w: u64) -> bool {
        has_below(w, self.below)
            || (self.non_ascii && has_non_ascii(w))
            || self.bytes.iter().any(|&b| has_byte(w, b))
    }
}

/// The first index at or after `from` where `bytes` holds a byte of
/// `needles`, if any. One generic-free function for every search keeps
/// the wasm small.
pub(crate) fn find(bytes: &[u8], from: usize, needles: &Needles) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        i = skip(bytes, i, needles);
        let stop = (i + 8).min(bytes.len());
        if let Some(j) = bytes[i..stop].iter().position(|&b| needles.has(b)) {
            return Some(i + j);
        }
        i = stop;
    }
    None
}

/// Past the runs of eight bytes from `i` that hold no byte of `needles`.
#[cfg(any(not(target_arch = "wasm32"), feature = "speed"))]
fn skip(bytes: &[u8], mut i: usize, needles: &Needles) -> usize {
    while let Some(&chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
        if needles.in_word(u64::from_le_bytes(chunk)) {
            break;
        }
        i += 8;
    }
    i
}

/// `i`: a wasm built for bytes tests byte by byte (see the module's notes).
#[cfg(all(target_arch = "wasm32", not(feature = "speed")))]
fn skip(_: &[u8], i: usize, _: &Needles) -> usize {
    i
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
        let stop = Needles {
            bytes: b".",
            below: 0,
            non_ascii: false,
        };
        let dot = |from| find(text, from, &stop);
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
            for needles in [
                Needles { bytes: b".", below: 0x0B, non_ascii: false },
                Needles { bytes: b"\xE2", below: 0, non_ascii: true },
                Needles { bytes: b".\x7F", below: 0, non_ascii: false },
            ] {
                let slow = bytes[from..].iter().position(|&b| needles.has(b)).map(|j| from + j);
                prop_assert_eq!(find(&bytes, from, &needles), slow);
            }
        }
    }
}
