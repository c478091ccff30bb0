//! The WebAssembly binding: the only module that touches wasm-bindgen,
//! js-sys and serde-wasm-bindgen. It forwards to the core and converts,
//! nothing more:
//!
//! - JS options to [`Options`] with serde-wasm-bindgen (the core words the
//!   errors: [`Options::from_deserializer`]);
//! - byte offsets to UTF-16 code units, with one pass over the text
//!   ([`Summary::convert_offsets`]);
//! - the [`Summary`] to two values, the numbers in one `Float64Array` and
//!   the strings the JS side cannot slice from its own input in one string
//!   ([`pack`]); `js/result.mjs` builds the result object from them;
//! - every [`Error`] to a thrown JS `Error` with a stable `code` property,
//!   in one place (`From<Error> for JsValue`).
//!
//! It never panics on input, so the module stays usable after an error.

use serde::de::{Deserializer, Visitor};
use wasm_bindgen::prelude::*;

use crate::{Entity, EntityKind, Error, Keyword, OffsetUnit, Options, Sentence, Stats, Summary};

/// Summarizes `text` (a string) with `options` (an object, or
/// `undefined`/`null` for the defaults). Returns `[numbers, strings]`, the
/// summary packed as [`pack`] describes, with offsets in UTF-16 code units;
/// `js/result.mjs` unpacks it. Throws an `Error` with a `code` property.
#[wasm_bindgen(js_name = summarizePacked)]
pub fn summarize_packed(text: JsValue, options: JsValue) -> Result<js_sys::Array, JsValue> {
    let (numbers, strings) = pack(summary_utf16(text, options)?);
    let numbers = js_sys::Float64Array::from(numbers.as_slice());
    Ok(js_sys::Array::of2(&numbers, &JsValue::from_str(&strings)))
}

/// Summarizes `text` as [`summarize_packed`] does and returns the result
/// as JSON text, as `JSON.stringify` writes the result object (offsets in
/// UTF-16 code units; `src/json.rs`). For the CLI's JSON Lines, which print
/// it as it is. Only in builds with the feature `json` (the npm package's).
#[cfg(feature = "json")]
#[wasm_bindgen(js_name = summarizeJson)]
pub fn summarize_json(text: JsValue, options: JsValue) -> Result<String, JsValue> {
    Ok(crate::json::to_json(&summary_utf16(text, options)?))
}

/// The summary of `text` (a string) with `options`, its offsets in UTF-16
/// code units. The text's copy in wasm memory is freed on return, so its
/// room serves what the caller makes of the summary.
fn summary_utf16(text: JsValue, options: JsValue) -> Result<Summary, JsValue> {
    let text = text
        .as_string()
        .ok_or_else(|| Error::not_text(describe(&text)))?;
    let options = options_from_js(options)?;
    reserve_memory(text.len());
    let mut summary = crate::summarize(&text, &options)?;
    summary.convert_offsets(&text, OffsetUnit::Utf16);
    Ok(summary)
}

/// The names of the entity kinds, in the order of the kind numbers of
/// [`pack`].
#[wasm_bindgen(js_name = entityKinds)]
pub fn entity_kinds_js() -> Vec<JsValue> {
    KINDS
        .iter()
        .map(|k| JsValue::from_str(k.as_str()))
        .collect()
}

/// Every entity kind, numbered by its position ([`kind_number`]).
const KINDS: [EntityKind; 6] = [
    EntityKind::Person,
    EntityKind::Place,
    EntityKind::Organization,
    EntityKind::Date,
    EntityKind::Amount,
    EntityKind::Other,
];

/// The position of `kind` in [`KINDS`] (a new kind fails to compile here).
fn kind_number(kind: EntityKind) -> f64 {
    match kind {
        EntityKind::Person => 0.0,
        EntityKind::Place => 1.0,
        EntityKind::Organization => 2.0,
        EntityKind::Date => 3.0,
        EntityKind::Amount => 4.0,
        EntityKind::Other => 5.0,
    }
}

/// Numbers before the sentences in [`pack`]'s array.
const HEADER: usize = 9;

/// The summary as numbers and one string, for `js/result.mjs` to build the
/// result object from: no JS object is made in wasm, and no sentence text
/// is copied out, as JS slices it from the caller's own string (which also
/// keeps lone surrogates, which reach wasm as U+FFFD). The numbers:
///
/// - header: sentence, entity and keyword counts; `stats` (sentences,
///   words, furniture, summaryWords); the UTF-16 length of the language and
///   of the title (-1 for none);
/// - per sentence: index, start, end, score;
/// - per entity: UTF-16 length of its text, kind number ([`KINDS`]),
///   count, score, number of mentions, then start and end of each mention;
/// - per keyword: UTF-16 length of its text, score.
///
/// The string: the language, the title, each entity's text, each keyword's
/// text, one after the other. Measured against building the object with
/// serde-wasm-bindgen, in one process, A/B: on 5 MB of news text (9,900
/// entities, 77,000 mentions) 10-15 % less time per call, on a BBC article
/// no difference beyond noise; the wasm is 3.8 KB smaller raw. (JSON
/// written in Rust for `JSON.parse` was slower than both, and made the wasm
/// 8 KB gzip larger.)
fn pack(summary: Summary) -> (Vec<f64>, String) {
    let Summary {
        language,
        title,
        sentences,
        entities,
        keywords,
        stats,
    } = summary;
    let Stats {
        sentences: all_sentences,
        words,
        furniture,
        summary_words,
    } = stats;
    let mentions: usize = entities.iter().map(|e| e.mentions.len()).sum();
    let mut numbers = Vec::with_capacity(
        HEADER + 4 * sentences.len() + 5 * entities.len() + 2 * mentions + 2 * keywords.len(),
    );
    let mut strings = language.clone();
    numbers.extend([
        sentences.len() as f64,
        entities.len() as f64,
        keywords.len() as f64,
        all_sentences as f64,
        words as f64,
        furniture as f64,
        summary_words as f64,
        OffsetUnit::Utf16.count(language.as_bytes()) as f64,
        title
            .as_deref()
            .map_or(-1.0, |t| OffsetUnit::Utf16.count(t.as_bytes()) as f64),
    ]);
    strings.push_str(title.as_deref().unwrap_or(""));
    for Sentence {
        index,
        start,
        end,
        score,
        ..
    } in sentences
    {
        numbers.extend([index as f64, start as f64, end as f64, score]);
    }
    for entity in &entities {
        pack_entity(entity, &mut numbers, &mut strings);
    }
    for Keyword { text, score } in &keywords {
        numbers.extend([OffsetUnit::Utf16.count(text.as_bytes()) as f64, *score]);
        strings.push_str(text);
    }
    (numbers, strings)
}

/// One entity's numbers and text ([`pack`]).
fn pack_entity(entity: &Entity, numbers: &mut Vec<f64>, strings: &mut String) {
    let Entity {
        text,
        kind,
        count,
        score,
        mentions,
    } = entity;
    numbers.extend([
        OffsetUnit::Utf16.count(text.as_bytes()) as f64,
        kind_number(*kind),
        *count as f64,
        *score,
        mentions.len() as f64,
    ]);
    for m in mentions {
        numbers.extend([m.start as f64, m.end as f64]);
    }
    strings.push_str(text);
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

/// The language `text` (a string) will be summarized in with `options`,
/// and whether that language's entity data is missing (neither compiled
/// in nor loaded): `[code, missing]`. Cheap (it reads the text's start);
/// the page asks before each summary whether to fetch `lang/<code>.txt`.
/// Throws as [`summarize_packed`] does on bad options. Only in builds that
/// can load data (feature `lang-load`; not the bookmarklet's, whose budget
/// has no room for it: `js/calls.mjs` then answers that nothing is missing,
/// and the bookmarklet reads the summary's language instead).
#[cfg(feature = "lang-load")]
#[wasm_bindgen(js_name = languageNeeds)]
pub fn language_needs(text: JsValue, options: JsValue) -> Result<js_sys::Array, JsValue> {
    let text = text
        .as_string()
        .ok_or_else(|| Error::not_text(describe(&text)))?;
    let code = crate::summary_language(&text, &options_from_js(options)?)?.code();
    let missing = crate::language_data_missing(code);
    Ok(js_sys::Array::of2(&code.into(), &missing.into()))
}

/// Loads the entity data of language `code` from `bytes` (a `Uint8Array`,
/// the contents of `lang/<code>.txt`) for the life of this instance. Throws
/// an `Error` with code `INVALID_LANGUAGE_DATA` if they are not that
/// language's data; the instance stays as it was. Only with `lang-load`.
#[cfg(feature = "lang-load")]
#[wasm_bindgen(js_name = loadLanguage)]
pub fn load_language(code: &str, bytes: Vec<u8>) -> Result<(), JsValue> {
    Ok(crate::load_language(code, bytes)?)
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
