//! The WebAssembly binding: the only module that touches wasm-bindgen.
//!
//! It forwards to the core and converts: JS options to [`Options`], byte
//! offsets to UTF-16 code units, and every [`Error`] to a thrown JS `Error`
//! with a stable `code` property. It never panics on input, so the module
//! stays usable after an error.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Error, Options, Summary};

/// Summarizes `text` (a string) with `options` (an object, or
/// `undefined`/`null` for the defaults). Returns a plain JS object whose
/// offsets are UTF-16 code units; throws an `Error` with a `code` property.
#[wasm_bindgen(js_name = summarize)]
pub fn summarize_js(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let text = text
        .as_string()
        .ok_or_else(|| js_error("INVALID_INPUT", "the text must be a string"))?;
    let options = parse_options(options)?;
    let mut summary = crate::summarize(&text, &options).map_err(from_core)?;
    to_utf16_offsets(&text, &mut summary);
    to_js(&summary)
}

/// The languages nutgraf can be told to use (ISO 639-1 codes).
#[wasm_bindgen(js_name = languages)]
pub fn languages_js() -> Vec<JsValue> {
    crate::Language::codes().into_iter().map(JsValue::from_str).collect()
}

/// The crate version.
#[wasm_bindgen(js_name = version)]
pub fn version_js() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn parse_options(value: JsValue) -> Result<Options, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(js_error("INVALID_OPTIONS", "invalid options: options must be an object"));
    }
    let options: Options = serde_wasm_bindgen::from_value(value)
        .map_err(|e| js_error("INVALID_OPTIONS", &format!("invalid options: {e}")))?;
    options.validate().map_err(from_core)?;
    Ok(options)
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value
        .serialize(&serializer)
        .map_err(|e| js_error("INTERNAL", &format!("could not build the result: {e}")))
}

fn from_core(e: Error) -> JsValue {
    js_error(e.code(), &e.to_string())
}

/// A JS `Error` with `message` and a `code` property.
fn js_error(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    // Setting a property on a fresh Error object cannot fail.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &code.into());
    error.into()
}

/// Rewrites every byte offset of `summary` into UTF-16 code units of `text`.
fn to_utf16_offsets(text: &str, summary: &mut Summary) {
    let mut offsets: Vec<usize> = Vec::new();
    for s in &summary.sentences {
        offsets.extend([s.start, s.end]);
    }
    for m in summary.entities.iter().flat_map(|e| &e.mentions) {
        offsets.extend([m.start, m.end]);
    }
    let map = Utf16Map::new(text, offsets);
    for s in &mut summary.sentences {
        s.start = map.get(s.start);
        s.end = map.get(s.end);
    }
    for m in summary.entities.iter_mut().flat_map(|e| &mut e.mentions) {
        m.start = map.get(m.start);
        m.end = map.get(m.end);
    }
}

/// Byte offset → UTF-16 offset for a fixed set of byte offsets, built in
/// one pass over the text.
struct Utf16Map {
    pairs: Vec<(usize, usize)>,
}

impl Utf16Map {
    fn new(text: &str, mut bytes: Vec<usize>) -> Self {
        bytes.sort_unstable();
        bytes.dedup();
        let mut pairs = Vec::with_capacity(bytes.len());
        let mut wanted = bytes.into_iter().peekable();
        let mut units = 0;
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), '\0'))) {
            while let Some(&b) = wanted.peek() {
                if b > i {
                    break;
                }
                pairs.push((b, units));
                wanted.next();
            }
            units += c.len_utf16();
        }
        Utf16Map { pairs }
    }

    fn get(&self, byte: usize) -> usize {
        match self.pairs.binary_search_by_key(&byte, |p| p.0) {
            Ok(i) => self.pairs[i].1,
            Err(_) => byte,
        }
    }
}
