//! How each option is read by serde: its value is taken as given (a number,
//! a string, `true`/`false`, or something else), then checked here, so that
//! a wrong value is reported with the option's name, what it must be and
//! what it was, in the same words whatever the format (a JS object, JSON).
//! Ranges that involve several options are checked by
//! [`Options::length`](super::Options::length).

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// Reads `sentences`: a whole number, at least 1.
pub(super) fn sentences<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    whole(d, "sentences", 1)
}

/// Reads `words`: a whole number, at least 1.
pub(super) fn words<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    whole(d, "words", 1)
}

/// Reads `ratio`: a number (its range is checked with the other lengths).
pub(super) fn ratio<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    read(d, "ratio", |given| match given {
        Given::Whole(n) => Ok(n as f64),
        Given::Number(x) => Ok(x),
        other => Err(wrong("ratio", "a number", &other)),
    })
}

/// Reads `language`: a string.
pub(super) fn language<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    text(d, "language")
}

/// Reads `title`: a string.
pub(super) fn title<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    text(d, "title")
}

/// Reads `clean`: `true` or `false`.
pub(super) fn clean<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    read(d, "clean", |given| match given {
        Given::Flag(b) => Ok(b),
        other => Err(wrong("clean", "true or false", &other)),
    })
}

/// Reads `keywords`: a whole number, at least 0.
pub(super) fn keywords<'de, D: Deserializer<'de>>(d: D) -> Result<Option<usize>, D::Error> {
    whole(d, "keywords", 0)
}

/// Rewords the one message serde writes itself, for a name
/// `deny_unknown_fields` rejects ("unknown field `x`, expected one of `a`,
/// `b`"), as ours; every other message is already ours (see [`wrong`]).
pub(super) fn reword(message: &str) -> String {
    let unknown = message
        .strip_prefix("unknown field ")
        .and_then(|rest| rest.split_once(", expected one of "));
    match unknown {
        Some((name, known)) => format!("unknown option {name}; the options are {known}"),
        None => message.to_string(),
    }
}

/// An option's value as given, before its type is checked.
enum Given {
    /// An integer.
    Whole(i128),
    /// Any other number (fractional, or too large for an integer type).
    Number(f64),
    Text(String),
    Flag(bool),
    /// Anything else: "an object", "an array", "bytes".
    Other(&'static str),
    /// A value the format cannot read, named as JS names it: see
    /// [`unreadable`].
    Unreadable(&'static str),
}

/// What a format's error names as a value it cannot read at all, if it is
/// one of JS's: serde-wasm-bindgen refuses a symbol or a function with
/// "invalid type: JsValue(Symbol(…)), expected …". Such a value is then
/// reported as any other wrong type ("`title` must be a string, not a
/// symbol") rather than with the format's words.
fn unreadable(message: &str) -> Option<&'static str> {
    let (_, value) = message.split_once("invalid type: JsValue(")?;
    if value.starts_with("Symbol(") {
        Some("a symbol")
    } else if value.starts_with("Function(") {
        Some("a function")
    } else {
        None
    }
}

/// The value as a message quotes it ("1.5", "the string \"3\"").
impl fmt::Display for Given {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Given::Whole(n) => write!(f, "{n}"),
            Given::Number(x) => write!(f, "{}", Number(*x)),
            Given::Text(s) => write!(f, "the string {s:?}"),
            Given::Flag(b) => write!(f, "{b}"),
            Given::Other(what) => f.write_str(what),
            Given::Unreadable(what) => f.write_str(what),
        }
    }
}

/// A number as messages write it, as JS would: plain digits from 1e-6 to
/// 1e21, an exponent outside (`1e+300`, not 301 digits; `1.5e-7`), and JS's
/// names for the infinities.
pub(super) struct Number(pub(super) f64);

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            x if x == f64::INFINITY => f.write_str("Infinity"),
            x if x == f64::NEG_INFINITY => f.write_str("-Infinity"),
            x if x.abs() >= 1e21 || (x != 0.0 && x.abs() < 1e-6) => {
                let exp = format!("{x:e}");
                match exp.split_once('e') {
                    Some((mantissa, power)) if !power.starts_with('-') => {
                        write!(f, "{mantissa}e+{power}")
                    }
                    _ => f.write_str(&exp),
                }
            }
            x => write!(f, "{x}"),
        }
    }
}

/// The largest whole number a double holds exactly (2^53).
const EXACT_WHOLE: f64 = 9_007_199_254_740_992.0;

/// Reads the optional value of option `name` (`null` or absent is `None`)
/// and checks it.
fn read<'de, D, T>(
    d: D,
    name: &str,
    check: impl FnOnce(Given) -> Result<T, String>,
) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
{
    // Only a value the format itself cannot read fails here: a JS symbol
    // or function is checked as a wrong type; any other message, from the
    // format, gets the option's name.
    let given = match Option::<Given>::deserialize(d) {
        Ok(given) => given,
        Err(e) => {
            let message = e.to_string();
            match unreadable(&message) {
                Some(what) => Some(Given::Unreadable(what)),
                None => return Err(de::Error::custom(format_args!("`{name}`: {message}"))),
            }
        }
    };
    match given {
        None => Ok(None),
        Some(given) => check(given).map(Some).map_err(de::Error::custom),
    }
}

/// Reads an optional whole number of at least `min`. A number such as
/// `3.0` counts as whole (JSON may write it so; JS cannot tell it from 3).
fn whole<'de, D: Deserializer<'de>>(
    d: D,
    name: &str,
    min: usize,
) -> Result<Option<usize>, D::Error> {
    read(d, name, |given| {
        let n = match given {
            Given::Whole(n) => n,
            Given::Number(x) if x.fract() == 0.0 && x.abs() <= EXACT_WHOLE => x as i128,
            // Too large for its digits to matter: quoted as given (1e+300).
            Given::Number(x) if x.fract() == 0.0 && x < 0.0 => {
                return Err(format!(
                    "`{name}` must be at least {min}, not {}",
                    Number(x)
                ))
            }
            Given::Number(x) if x.fract() == 0.0 => {
                return Err(format!(
                    "`{name}` must be at most {}, not {}",
                    usize::MAX,
                    Number(x)
                ))
            }
            other => return Err(wrong(name, "a whole number", &other)),
        };
        if n < min as i128 {
            return Err(format!("`{name}` must be at least {min}, not {n}"));
        }
        usize::try_from(n).map_err(|_| format!("`{name}` must be at most {}, not {n}", usize::MAX))
    })
}

/// Reads an optional string.
fn text<'de, D: Deserializer<'de>>(d: D, name: &str) -> Result<Option<String>, D::Error> {
    read(d, name, |given| match given {
        Given::Text(s) => Ok(s),
        other => Err(wrong(name, "a string", &other)),
    })
}

/// The message for a value of the wrong type.
fn wrong(name: &str, expected: &str, given: &Given) -> String {
    format!("`{name}` must be {expected}, not {given}")
}

impl<'de> Deserialize<'de> for Given {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(GivenVisitor)
    }
}

/// Takes whatever the format holds; only values the format cannot describe
/// (a JS function, say) are refused, with serde's own message.
struct GivenVisitor;

impl<'de> Visitor<'de> for GivenVisitor {
    type Value = Given;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an option value: a number, a string, true or false")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Given, E> {
        Ok(Given::Flag(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Given, E> {
        Ok(Given::Whole(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Given, E> {
        Ok(Given::Whole(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Given, E> {
        Ok(Given::Number(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Given, E> {
        Ok(Given::Text(v.to_string()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Given, E> {
        Ok(Given::Text(v))
    }

    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Given, E> {
        Ok(Given::Other("bytes"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Given, E> {
        Ok(Given::Other("null"))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Given, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Given::Other("an object"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Given, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Given::Other("an array"))
    }
}

#[cfg(test)]
mod tests {
    use super::{unreadable, Number};

    #[test]
    fn js_values_no_format_reads_are_named() {
        let symbol = "Error: invalid type: JsValue(Symbol(s)), expected an option value";
        assert_eq!(unreadable(symbol), Some("a symbol"));
        assert_eq!(
            unreadable("invalid type: JsValue(Function(f)), expected x"),
            Some("a function")
        );
        assert_eq!(
            unreadable("invalid type: string \"x\", expected a number"),
            None
        );
        assert_eq!(
            unreadable("invalid type: JsValue(Object({})), expected x"),
            None
        );
    }

    #[test]
    fn numbers_read_as_js_writes_them() {
        for (x, js) in [
            (3.0, "3"),
            (1.5, "1.5"),
            (-0.25, "-0.25"),
            (1e20, "100000000000000000000"),
            (1e21, "1e+21"),
            (-1e300, "-1e+300"),
            (1.5e-7, "1.5e-7"),
            (0.000001, "0.000001"),
            (f64::INFINITY, "Infinity"),
            (f64::NAN, "NaN"),
        ] {
            assert_eq!(Number(x).to_string(), js, "{x:?}");
        }
    }
}
