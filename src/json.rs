//! A summary as JSON text, byte for byte as JavaScript's `JSON.stringify`
//! writes the result object (feature `json`).
//!
//! The CLI prints one JSON line per document (about 4 KB for a BBC
//! article). Built as an object in JS and stringified, the lines of the BBC
//! batch took 6 % more CPU time than written here as one string the CLI
//! prints as it is (`--batch --jobs 1`, A/B, the batch once and four times
//! over). The npm package's wasm is 16 KB gzip larger with it. The text is the same as `JSON.stringify`'s when
//! the offsets are already in UTF-16 code units and the input had no lone
//! surrogates (which reach Rust as U+FFFD; the CLI keeps its object path
//! for such text): keys in the order the result object has them (serde
//! follows the fields' order, which is that order), strings escaped as
//! `JSON.stringify` escapes them (`"`, `\`, and control characters, as
//! serde_json does), whole numbers as digits, and the scores as ECMAScript
//! writes a number (`ryu-js`: `0.5`, `1`, `1e-7`, `1e+21`; not `1.0` or
//! `1e21`, as `ryu` would write them).

use std::io;

use serde::Serialize;
use serde_json::ser::{Formatter, Serializer};

/// serde_json's compact output with numbers written as ECMAScript writes
/// them.
struct EcmaScriptNumbers;

impl Formatter for EcmaScriptNumbers {
    fn write_f64<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        // serde_json writes `null` for NaN and the infinities itself, as
        // JSON.stringify does; what reaches here is finite.
        writer.write_all(ryu_js::Buffer::new().format(value).as_bytes())
    }

    fn write_f32<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: f32) -> io::Result<()> {
        self.write_f64(writer, f64::from(value))
    }
}

/// `value` (a [`crate::Summary`], say) as `JSON.stringify` writes it (see
/// the module's notes).
pub(crate) fn to_json<T: Serialize>(value: &T) -> String {
    let mut out = Vec::with_capacity(4096);
    let mut serializer = Serializer::with_formatter(&mut out, EcmaScriptNumbers);
    // Writing to a Vec cannot fail, and the result types have no map with
    // keys that are not strings.
    if value.serialize(&mut serializer).is_err() {
        return String::from("null");
    }
    // serde_json writes UTF-8 only.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Entity, EntityKind, Keyword, Sentence, Span, Stats, Summary};

    #[test]
    fn numbers_as_ecmascript_writes_them() {
        let cases: [(f64, &str); 12] = [
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (0.5, "0.5"),
            (0.1 + 0.2, "0.30000000000000004"),
            (123456.0, "123456"),
            (1e-7, "1e-7"),
            (0.000001, "0.000001"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
        ];
        for (value, expected) in cases {
            assert_eq!(to_json(&value), expected, "{value:?}");
        }
    }

    #[test]
    fn strings_escaped_as_json_stringify_escapes_them() {
        let text = "a \"quote\", a \\ back\u{8}\u{c}\n\r\t\u{1}\u{1f}\u{7f} é 中 😀 \u{2028}";
        assert_eq!(
            to_json(&text),
            "\"a \\\"quote\\\", a \\\\ back\\b\\f\\n\\r\\t\\u0001\\u001f\u{7f} é 中 😀 \u{2028}\""
        );
    }

    #[test]
    fn a_summary_with_keys_in_the_result_objects_order() {
        let summary = Summary {
            language: "en".into(),
            title: None,
            sentences: vec![Sentence {
                index: 2,
                text: "It rained.".into(),
                start: 10,
                end: 20,
                score: 0.25,
            }],
            entities: vec![Entity {
                text: "Ada".into(),
                kind: EntityKind::Person,
                count: 1,
                score: 1.0,
                mentions: vec![Span { start: 0, end: 3 }],
            }],
            keywords: vec![Keyword {
                text: "rain".into(),
                score: 0.125,
            }],
            stats: Stats {
                sentences: 3,
                words: 9,
                furniture: 0,
                summary_words: 2,
            },
        };
        assert_eq!(
            to_json(&summary),
            concat!(
                r#"{"language":"en","title":null,"#,
                r#""sentences":[{"index":2,"text":"It rained.","start":10,"end":20,"score":0.25}],"#,
                r#""entities":[{"text":"Ada","kind":"person","count":1,"score":1,"mentions":[{"start":0,"end":3}]}],"#,
                r#""keywords":[{"text":"rain","score":0.125}],"#,
                r#""stats":{"sentences":3,"words":9,"furniture":0,"summaryWords":2}}"#
            )
        );
    }
}
