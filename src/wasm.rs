//! The WebAssembly binding: the only module that touches wasm-bindgen,
//! js-sys and serde-wasm-bindgen. It forwards to the core and converts,
//! nothing more:
//!
//! - JS options to [`Options`] with serde-wasm-bindgen (the core words the
//!   errors: [`Options::from_deserializer`]);
//! - byte offsets to UTF-16 code units, with one pass over the text
//!   ([`to_utf16_offsets`]);
//! - the [`Summary`] to a plain JS object, built directly from it
//!   ([`summary_to_js`]);
//! - every [`Error`] to a thrown JS `Error` with a stable `code` property,
//!   in one place (`From<Error> for JsValue`).
//!
//! It never panics on input, so the module stays usable after an error.

use serde::de::{Deserializer, Visitor};
use wasm_bindgen::prelude::*;

use crate::{Error, Options, Summary};

/// Summarizes `text` (a string) with `options` (an object, or
/// `undefined`/`null` for the defaults). Returns a plain JS object whose
/// offsets are UTF-16 code units; throws an `Error` with a `code` property.
#[wasm_bindgen(js_name = summarize)]
pub fn summarize_js(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = text
        .as_string()
        .ok_or_else(|| Error::not_text(describe(&text)))?;
    let options = options_from_js(options)?;
    reserve_memory(text.len());
    let mut summary = crate::summarize(&text, &options)?;
    to_utf16_offsets(&text, &mut summary);
    Ok(summary_to_js(&summary)?)
}

/// Bytes of wasm memory reserved per byte of text before a summary: a
/// little under what the core takes at its peak (21 on 5 MB, 19 on 32 MB of
/// news text).
const RESERVE_PER_TEXT_BYTE: usize = 16;

/// Grows the wasm memory once, to about what summarizing `text_len` bytes
/// will take, by allocating that much and freeing it at once: the allocator
/// keeps the room for the core's own allocations. Grown a page run at a time
/// instead, the memory grew hundreds of times on long texts, and V8 answers
/// each growth of external memory with a full garbage collection, which
/// costs in proportion to the JS heap (holding the text itself): on 32 MB,
/// 829 collections took 4.5 of 20 s. Pages that are not written stay out
/// of the process's resident memory. If the memory cannot grow that far,
/// nothing is reserved and the core grows it as it goes.
fn reserve_memory(text_len: usize) {
    let mut room: Vec<u8> = Vec::new();
    let _ = room.try_reserve_exact(text_len.saturating_mul(RESERVE_PER_TEXT_BYTE));
}

/// The languages nutgraf can be told to use (ISO 639-1 codes).
#[wasm_bindgen(js_name = languages)]
pub fn languages_js() -> Vec<JsValue> {
    crate::Language::codes()
        .into_iter()
        .map(JsValue::from_str)
        .collect()
}

/// The crate version.
#[wasm_bindgen(js_name = version)]
pub fn version_js() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The one conversion of errors: a JS `Error` with the message and a `code`
/// property.
impl From<Error> for JsValue {
    fn from(e: Error) -> JsValue {
        let error = js_sys::Error::new(&e.to_string());
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(&error, &"code".into(), &e.code().into());
        error.into()
    }
}

/// `undefined` and `null` are the defaults; anything else must be an object.
fn options_from_js(value: JsValue) -> Result<Options, Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(Error::invalid_options(format!(
            "options must be an object such as {{ sentences: 2 }}, not {}",
            describe(&value)
        )));
    }
    Options::from_deserializer(EveryKey(serde_wasm_bindgen::Deserializer::from(value)))
}

/// A JS value as a message names it: "a number", "an array", "null".
fn describe(value: &JsValue) -> String {
    if value.is_null() {
        return "null".to_string();
    }
    if js_sys::Array::is_array(value) {
        return "an array".to_string();
    }
    match value.js_typeof().as_string().as_deref() {
        Some("undefined") => "undefined".to_string(),
        Some("object") => "an object".to_string(),
        Some(kind) => format!("a {kind}"),
        None => "another value".to_string(),
    }
}

/// serde-wasm-bindgen reads a struct by asking the object for each field
/// the struct knows, so it never sees the others and `deny_unknown_fields`
/// cannot fire (serde-wasm-bindgen issue #39). Read as a map instead, the
/// object shows every key it has.
struct EveryKey(serde_wasm_bindgen::Deserializer);

impl<'de> Deserializer<'de> for EveryKey {
    type Error = JsMessage;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, JsMessage> {
        self.0.deserialize_any(visitor).map_err(JsMessage::from)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, JsMessage> {
        self.0.deserialize_map(visitor).map_err(JsMessage::from)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
        ignored_any
    }
}

/// A serde-wasm-bindgen error as its message alone: the error is a JS
/// `Error`, whose string would start with "Error: ".
#[derive(Debug)]
struct JsMessage(String);

impl From<serde_wasm_bindgen::Error> for JsMessage {
    fn from(e: serde_wasm_bindgen::Error) -> Self {
        let value = JsValue::from(e);
        match value.dyn_ref::<js_sys::Error>() {
            Some(error) => JsMessage(error.message().into()),
            None => JsMessage(format!("{value:?}")),
        }
    }
}

impl std::fmt::Display for JsMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsMessage {}

impl serde::de::Error for JsMessage {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        JsMessage(msg.to_string())
    }
}

/// The summary as a plain JS object, built directly by serde-wasm-bindgen
/// from the `Serialize` impls of `result.rs` (`None` as `null`, kinds as
/// their lower-case names, camelCase names): each string is copied once,
/// from wasm memory into a JS string. (Writing JSON in Rust for `JSON.parse`
/// was measured too: on a 5 MB text with 77,000 entity mentions it took
/// 1.3 to 1.5 times as long, and serde_json made the wasm 8 KB gzip larger.)
fn summary_to_js(summary: &Summary) -> Result<JsValue, Error> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    serde::Serialize::serialize(summary, &serializer)
        .map_err(|e| Error::internal(format!("could not build the result: {e}")))
}

/// Rewrites every byte offset of `summary` as UTF-16 code units of `text`
/// ([`Utf16Offsets`]).
fn to_utf16_offsets(text: &str, summary: &mut Summary) {
    let map = Utf16Offsets::new(text);
    for s in &mut summary.sentences {
        s.start = map.get(s.start);
        s.end = map.get(s.end);
    }
    for m in summary.entities.iter_mut().flat_map(|e| &mut e.mentions) {
        m.start = map.get(m.start);
        m.end = map.get(m.end);
    }
}

/// Byte offset to UTF-16 offset: the code units before each block of
/// [`Utf16Offsets::BLOCK`] bytes, counted in one pass over the text, so an
/// offset only counts the bytes of its own block, and the offsets need no
/// sorting (on a 5 MB text with 155,000 offsets: less than half the time of
/// sorting them with `crate::order` and walking the text once, and faster
/// than with the standard library's unstable sort).
struct Utf16Offsets<'a> {
    bytes: &'a [u8],
    /// Code units before block `k`, then the text's total.
    blocks: Vec<usize>,
}

impl<'a> Utf16Offsets<'a> {
    const BLOCK: usize = 64;

    fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / Self::BLOCK + 2);
        let mut units = 0;
        for block in bytes.chunks(Self::BLOCK) {
            blocks.push(units);
            units += utf16_len(block);
        }
        blocks.push(units);
        Utf16Offsets { bytes, blocks }
    }

    /// The UTF-16 offset of byte offset `byte`, a character boundary of the
    /// text (past the end: the text's length).
    fn get(&self, byte: usize) -> usize {
        let k = byte / Self::BLOCK;
        let rest = self.bytes.get(k * Self::BLOCK..byte);
        match (self.blocks.get(k), rest) {
            (Some(before), Some(rest)) => before + utf16_len(rest),
            _ => self.blocks.last().copied().unwrap_or(0),
        }
    }
}

/// UTF-16 code units of whole UTF-8 characters: one per character (every
/// byte that is not a continuation byte), two for those outside the BMP
/// (4-byte characters, lead byte 0xF0 and above).
fn utf16_len(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0))
        .sum()
}
