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

fn parse_options(value: JsValue) -> Result<Options, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !value.is_object() || js_sys::Array::is_array(&value) {
        return Err(js_error(
            "INVALID_OPTIONS",
            "invalid options: options must be an object",
        ));
    }
    check_option_names(&value)?;
    let options: Options = serde_wasm_bindgen::from_value(value.clone())
        .map_err(|_| js_error("INVALID_OPTIONS", &explain_bad_option(&value)))?;
    options.validate().map_err(from_core)?;
    Ok(options)
}

/// serde-wasm-bindgen only reads the fields it knows, so unknown names are
/// rejected here, against the field list of [`Options`].
fn check_option_names(value: &JsValue) -> Result<(), JsValue> {
    let known = option_names();
    for key in js_sys::Object::keys(&js_sys::Object::from(value.clone())).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            let msg = format!(
                "invalid options: unknown option `{key}`; known options: {}",
                known.join(", ")
            );
            return Err(js_error("INVALID_OPTIONS", &msg));
        }
    }
    Ok(())
}

/// Names the option whose value has the wrong type, by reading each one
/// alone.
fn explain_bad_option(value: &JsValue) -> String {
    for name in option_names() {
        let Ok(field) = js_sys::Reflect::get(value, &JsValue::from_str(name)) else {
            continue;
        };
        let single = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&single, &JsValue::from_str(name), &field);
        if let Err(e) = serde_wasm_bindgen::from_value::<Options>(single.into()) {
            let why = e.to_string();
            let why = why
                .trim_start_matches("Error: ")
                .replace("usize", "a whole number")
                .replace("f64", "a number");
            return format!("invalid options: `{name}` has a wrong value ({why})");
        }
    }
    "invalid options".to_string()
}

/// The field names of [`Options`], read from its `Deserialize` impl so the
/// list cannot drift from the struct.
fn option_names() -> &'static [&'static str] {
    struct Names(Option<&'static [&'static str]>);
    #[derive(Debug)]
    struct Stop;
    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("stop")
        }
    }
    impl std::error::Error for Stop {}
    impl serde::de::Error for Stop {
        fn custom<T: std::fmt::Display>(_: T) -> Self {
            Stop
        }
    }
    impl<'de> serde::Deserializer<'de> for &mut Names {
        type Error = Stop;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
            Err(Stop)
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Stop> {
            self.0 = Some(fields);
            Err(Stop)
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
            option unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier
            ignored_any
        }
    }
    let mut names = Names(None);
    let _ = <Options as serde::Deserialize>::deserialize(&mut names);
    names.0.unwrap_or(&[])
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
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), '\0')))
        {
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
