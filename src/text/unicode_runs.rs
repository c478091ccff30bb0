//! Compact tables of Unicode properties for the boundary rules in `sbreak`
//! and `wbreak`: runs of code points that share a class.
//!
//! A table is bytes: for each run, the distance from the previous run's
//! first code point (unsigned LEB128), then the run's class; the first run
//! starts at U+0000. Written by `scripts/unicode/runs.py`; decoded once,
//! on first use, into a sorted list for binary search, with an index of the
//! runs at each 256-code-point block of the BMP so that a look-up there
//! searches a few runs only.

use std::sync::OnceLock;

/// A run table and, once used, its decoded form.
pub(crate) struct Runs {
    bytes: &'static [u8],
    decoded: OnceLock<Decoded>,
}

struct Decoded {
    /// `first << 8 | class` of every run, sorted.
    runs: Vec<u32>,
    /// For each block of 256 code points in the BMP, and one past the last:
    /// the index of the run that holds the block's first code point.
    blocks: Vec<usize>,
    /// The classes of U+0000 to U+007F, the most frequent look-ups.
    ascii: [u8; 128],
}

impl Runs {
    /// A table over `bytes` (decoded on first use).
    pub(crate) const fn new(bytes: &'static [u8]) -> Self {
        Runs {
            bytes,
            decoded: OnceLock::new(),
        }
    }

    /// The class of the run that holds `c`.
    pub(crate) fn class(&self, c: char) -> u8 {
        let decoded = self.decoded.get_or_init(|| decode(self.bytes));
        match decoded.ascii.get(c as usize) {
            Some(&class) => class,
            None => decoded.search(c),
        }
    }
}

impl Decoded {
    /// The class of `c`, by binary search (within its block in the BMP).
    fn search(&self, c: char) -> u8 {
        let cp = c as u32;
        let block = (cp >> 8) as usize;
        let (from, to) = match (self.blocks.get(block), self.blocks.get(block + 1)) {
            (Some(&from), Some(&to)) => (from, (to + 1).min(self.runs.len())),
            _ => (0, self.runs.len()),
        };
        let window = self.runs.get(from..to).unwrap_or_default();
        let i = from + window.partition_point(|&r| r >> 8 <= cp);
        i.checked_sub(1)
            .and_then(|i| self.runs.get(i))
            .map_or(0, |&r| (r & 0xFF) as u8)
    }
}

fn decode(bytes: &[u8]) -> Decoded {
    let runs = decode_runs(bytes);
    let blocks = (0..=0x100u32)
        .map(|b| {
            runs.partition_point(|&r| r >> 8 <= b << 8)
                .saturating_sub(1)
        })
        .collect();
    let mut decoded = Decoded {
        runs,
        blocks,
        ascii: [0; 128],
    };
    for cp in 0u8..128 {
        decoded.ascii[usize::from(cp)] = decoded.search(char::from(cp));
    }
    decoded
}

fn decode_runs(bytes: &[u8]) -> Vec<u32> {
    let mut runs = Vec::new();
    let (mut first, mut delta, mut shift) = (0u32, 0u32, 0u32);
    let mut bytes = bytes.iter();
    while let Some(&b) = bytes.next() {
        delta |= u32::from(b & 0x7F) << shift;
        shift += 7;
        if b & 0x80 != 0 {
            continue;
        }
        first += delta;
        let class = bytes.next().copied().unwrap_or(0);
        runs.push(first << 8 | u32::from(class));
        (delta, shift) = (0, 0);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_class_of_the_run_holding_a_character() {
        // Runs: U+0000 class 0, U+0041 ('A') class 3, U+0100 class 1, U+10000 class 2.
        static BYTES: [u8; 11] = [0, 0, 0x41, 3, 0xBF, 0x01, 1, 0x80, 0xFE, 0x03, 2];
        let runs = Runs::new(&BYTES);
        assert_eq!(runs.class('\u{0}'), 0);
        assert_eq!(runs.class('@'), 0);
        assert_eq!(runs.class('A'), 3);
        assert_eq!(runs.class('\u{FF}'), 3);
        assert_eq!(runs.class('\u{100}'), 1);
        assert_eq!(runs.class('\u{FFFF}'), 1);
        assert_eq!(runs.class('\u{10000}'), 2);
        assert_eq!(runs.class('\u{10FFFF}'), 2);
    }
}
