//! The WebAssembly binding: the only module that touches wasm-bindgen.
//!
//! It forwards to the core and converts: JS options to [`Options`], byte
//! offsets to UTF-16 code units, and every [`Error`] to a thrown JS `Error`
//! with a stable `code` property. It never panics on input, so the module
//! stays usable after an error.

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
    summary_to_js(&summary)
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
    let options = read_options(&value)?;
    options.validate().map_err(from_core)?;
    Ok(options)
}

/// [`read_options`] only reads the fields it knows, so unknown names are
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

/// Reads [`Options`] from a JS object, field by field in declaration order,
/// as `serde_wasm_bindgen::from_value` did, with the same messages, but
/// without serde's deserializer: that one formats unexpected numbers with
/// Rust's float formatting, which is a large part of the wasm. Numbers in
/// messages are formatted by JS instead ([`rust_float`]).
fn read_options(value: &JsValue) -> Result<Options, JsValue> {
    // A struct literal without `..`: a new field of `Options` fails to
    // compile here until it is read.
    Ok(Options {
        sentences: field(value, "sentences", whole)?,
        words: field(value, "words", whole)?,
        ratio: field(value, "ratio", number)?,
        language: field(value, "language", string)?,
        title: field(value, "title", string)?,
        clean: field(value, "clean", boolean)?,
        keywords: field(value, "keywords", whole)?,
    })
}

/// One optional field: `undefined` and `null` are `None`, anything else
/// goes through `read`, whose error (serde's wording) becomes the message.
fn field<T>(
    object: &JsValue,
    name: &str,
    read: fn(&JsValue) -> Result<T, String>,
) -> Result<Option<T>, JsValue> {
    let value = js_sys::Reflect::get(object, &JsValue::from_str(name))?;
    if value.loose_eq(&JsValue::NULL) {
        return Ok(None);
    }
    read(&value).map(Some).map_err(|why| {
        let why = why
            .replace("usize", "a whole number")
            .replace("f64", "a number");
        js_error(
            "INVALID_OPTIONS",
            &format!("invalid options: `{name}` has a wrong value ({why})"),
        )
    })
}

/// A `usize`: a safe integer or a BigInt, at least 0 and at most
/// `usize::MAX`.
fn whole(value: &JsValue) -> Result<usize, String> {
    let v = if value.is_bigint() {
        u64::try_from(value.clone()).map_err(|_| {
            "Couldn't deserialize u64 from a BigInt outside u64::MIN..u64::MAX bounds".to_string()
        })?
    } else if js_sys::Number::is_safe_integer(value) {
        let v = value.as_f64().unwrap_or_default() as i64;
        if v < 0 {
            return Err(invalid_type(value, "usize"));
        }
        v as u64
    } else {
        return Err(invalid_type(value, "usize"));
    };
    usize::try_from(v).map_err(|_| format!("invalid value: integer `{v}`, expected usize"))
}

fn number(value: &JsValue) -> Result<f64, String> {
    value.as_f64().ok_or_else(|| invalid_type(value, "f64"))
}

fn string(value: &JsValue) -> Result<String, String> {
    value
        .as_string()
        .ok_or_else(|| invalid_type(value, "a string"))
}

fn boolean(value: &JsValue) -> Result<bool, String> {
    value
        .as_bool()
        .ok_or_else(|| invalid_type(value, "a boolean"))
}

/// serde's "invalid type" message, with the value described as
/// serde-wasm-bindgen describes it (`Unexpected`).
fn invalid_type(value: &JsValue, expected: &str) -> String {
    let unexpected = if let Some(b) = value.as_bool() {
        format!("boolean `{b}`")
    } else if let Some(v) = value.as_f64() {
        let mut text = rust_float(v);
        if v.is_finite() && !text.contains('.') {
            text.push_str(".0");
        }
        format!("floating point `{text}`")
    } else if let Some(s) = value.as_string() {
        format!("string {s:?}")
    } else if value.is_instance_of::<js_sys::Uint8Array>()
        || value.is_instance_of::<js_sys::ArrayBuffer>()
    {
        "byte array".to_string()
    } else {
        format!("{value:?}")
    };
    format!("invalid type: {unexpected}, expected {expected}")
}

/// `v` as Rust's `Display` for `f64` writes it, from the digits of JS's
/// `Number.prototype.toString` and `toPrecision` (see
/// [`crate::error::float_from_js`]).
pub(crate) fn rust_float(v: f64) -> String {
    let n = js_sys::Number::from(v.abs());
    let shortest = n.to_string_with_radix(10).map(String::from);
    let precise = n.to_precision(100).map(String::from);
    crate::error::float_from_js(
        v,
        &shortest.unwrap_or_default(),
        &precise.unwrap_or_default(),
    )
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

/// The summary as a plain JS object (serde-wasm-bindgen over the
/// `Serialize` impls of `result.rs`: `None` as `null`, kinds as their
/// lower-case names).
fn summary_to_js(summary: &Summary) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    serde::Serialize::serialize(summary, &serializer)
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
        crate::order::sort(&mut bytes);
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
