//! Byte offsets of the core to code point offsets, the indices of a Python
//! `str`, so that `text[s["start"]:s["end"]] == s["text"]`.

use nutgraf::Summary;

/// Rewrites every byte offset of `summary` as code points of `text`
/// ([`CharOffsets`]).
pub(crate) fn to_code_points(text: &str, summary: &mut Summary) {
    let map = CharOffsets::new(text);
    for s in &mut summary.sentences {
        s.start = map.get(s.start);
        s.end = map.get(s.end);
    }
    for m in summary.entities.iter_mut().flat_map(|e| &mut e.mentions) {
        m.start = map.get(m.start);
        m.end = map.get(m.end);
    }
}

/// Byte offset to code point offset: the code points before each block of
/// [`CharOffsets::BLOCK`] bytes, counted in one pass over the text, so an
/// offset only counts the bytes of its own block and needs no sorting (the
/// scheme of `Utf16Offsets` in `src/wasm.rs`).
struct CharOffsets<'a> {
    bytes: &'a [u8],
    /// Code points before block `k`, then the text's total.
    blocks: Vec<usize>,
}

impl<'a> CharOffsets<'a> {
    const BLOCK: usize = 64;

    fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / Self::BLOCK + 2);
        let mut chars = 0;
        for block in bytes.chunks(Self::BLOCK) {
            blocks.push(chars);
            chars += char_count(block);
        }
        blocks.push(chars);
        CharOffsets { bytes, blocks }
    }

    /// The code point offset of byte offset `byte`, a character boundary of
    /// the text (past the end: the text's length).
    fn get(&self, byte: usize) -> usize {
        let k = byte / Self::BLOCK;
        let rest = self.bytes.get(k * Self::BLOCK..byte);
        match (self.blocks.get(k), rest) {
            (Some(before), Some(rest)) => before + char_count(rest),
            _ => self.blocks.last().copied().unwrap_or(0),
        }
    }
}

/// Code points in whole UTF-8 characters: the bytes that are not
/// continuation bytes.
fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}
