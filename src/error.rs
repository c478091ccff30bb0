//! The one error type of the crate.

use std::fmt;

/// What went wrong, with a stable machine-readable [`Error::code`].
///
/// The kind is private so that new kinds can be added without breaking users;
/// match on [`Error::code`] instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq)]
enum ErrorKind {
    EmptyInput,
    InputTooLarge { len: usize, max: usize },
    BinaryInput,
    InvalidOptions(String),
}

impl Error {
    pub(crate) fn empty_input() -> Self {
        Error {
            kind: ErrorKind::EmptyInput,
        }
    }

    pub(crate) fn input_too_large(len: usize, max: usize) -> Self {
        Error {
            kind: ErrorKind::InputTooLarge { len, max },
        }
    }

    pub(crate) fn binary_input() -> Self {
        Error {
            kind: ErrorKind::BinaryInput,
        }
    }

    pub(crate) fn invalid_options(why: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::InvalidOptions(why.into()),
        }
    }

    /// A stable code for programs: `EMPTY_INPUT`, `INPUT_TOO_LARGE`,
    /// `BINARY_INPUT` or `INVALID_OPTIONS`.
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::EmptyInput => "EMPTY_INPUT",
            ErrorKind::InputTooLarge { .. } => "INPUT_TOO_LARGE",
            ErrorKind::BinaryInput => "BINARY_INPUT",
            ErrorKind::InvalidOptions(_) => "INVALID_OPTIONS",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::EmptyInput => {
                write!(
                    f,
                    "the text is empty: give an article with at least one sentence"
                )
            }
            ErrorKind::InputTooLarge { len, max } => write!(
                f,
                "the text is too large ({} MB); the limit is {} MB",
                mb(*len),
                mb(*max)
            ),
            ErrorKind::BinaryInput => write!(
                f,
                "the input looks like binary data, not text: give the article as plain text or HTML"
            ),
            ErrorKind::InvalidOptions(why) => write!(f, "invalid options: {why}"),
        }
    }
}

/// Megabytes with one decimal, in integer arithmetic (no float formatting
/// code in the wasm).
fn mb(bytes: usize) -> String {
    let tenths = (bytes as u64 * 10 + 524_288) / 1_048_576;
    format!("{}.{}", tenths / 10, tenths % 10)
}

impl std::error::Error for Error {}

/// `v` as `{}` writes an `f64`, for messages. In the wasm the digits come
/// from JS, so that the module carries no float formatting code (about
/// 10 KB gzipped, once no message formats an `f64` with `{}`); elsewhere it
/// is Rust's own `Display`.
pub(crate) struct Float(pub f64);

impl fmt::Display for Float {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[cfg(target_arch = "wasm32")]
        {
            f.write_str(&crate::wasm::rust_float(self.0))
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            fmt::Display::fmt(&self.0, f)
        }
    }
}

/// Rust's `Display` of `v` (shortest digits that read back as `v`, never an
/// exponent; `NaN`, `inf`, `-inf`, `-0`), given what JS writes for `|v|`:
/// `shortest` from `Number.prototype.toString` (the same shortest digits,
/// with an exponent past 1e21 and under 1e-6: "1e+21", "1.5e-7") and
/// `precise` from `toPrecision(100)` (the exact value's first 100 digits).
/// They differ only on a tie between two shortest candidates: JS takes the
/// even one, Rust the larger one, found from the exact digits.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn float_from_js(v: f64, shortest: &str, precise: &str) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v.is_infinite() {
        return format!("{sign}inf");
    }
    let (digits, mut point) = decimal(shortest);
    let mut digits = digits.trim_end_matches('0').to_string();
    if digits.is_empty() {
        return format!("{sign}0");
    }
    let (exact, exact_point) = decimal(precise);
    let n = digits.len();
    if exact.len() > n
        && exact.as_bytes()[n] == b'5'
        && exact.bytes().skip(n + 1).all(|d| d == b'0')
    {
        // A tie: Rust rounds the exact digits half up.
        let mut up = exact.as_bytes()[..n].to_vec();
        point = exact_point;
        let mut i = n;
        loop {
            if i == 0 {
                up.insert(0, b'1');
                point += 1;
                break;
            }
            i -= 1;
            if up[i] == b'9' {
                up[i] = b'0';
            } else {
                up[i] += 1;
                break;
            }
        }
        digits = String::from_utf8(up)
            .unwrap_or_default()
            .trim_end_matches('0')
            .to_string();
    }
    let n = digits.len() as i32;
    let body = if point <= 0 {
        format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize))
    } else if point < n {
        let (a, b) = digits.split_at(point as usize);
        format!("{a}.{b}")
    } else {
        format!("{digits}{}", "0".repeat((point - n) as usize))
    };
    format!("{sign}{body}")
}

/// The significant digits of a JS number string ("123.45", "1.5e-7",
/// "9.3e+14") from the first non-zero one, and where the decimal point goes:
/// the value is `0.DIGITS × 10^point`.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn decimal(js: &str) -> (String, i32) {
    let (mantissa, exp) = match js.split_once(&['e', 'E'][..]) {
        Some((m, e)) => (m, e.trim_start_matches('+').parse::<i32>().unwrap_or(0)),
        None => (js, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int}{frac}");
    let digits = all.trim_start_matches('0');
    let lead = all.len() - digits.len();
    (digits.to_string(), int.len() as i32 - lead as i32 + exp)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What JS's `toPrecision(100)` gives for `|v|` (the exact value's
    /// first 100 digits, here in exponent form).
    fn precise(v: f64) -> String {
        format!("{:.99e}", v.abs())
    }

    #[test]
    fn floats_from_js_digits_read_as_rust_writes_them() {
        // (value, what JS's String(Math.abs(value)) gives)
        let cases: &[(f64, &str)] = &[
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-3.0, "3"),
            (1.5, "1.5"),
            (0.1, "0.1"),
            (0.001, "0.001"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (-2.5e-10, "2.5e-10"),
            (123.456, "123.456"),
            (1e20, "100000000000000000000"),
            (1.2345678901234568e20, "123456789012345680000"),
            (1e21, "1e+21"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (9007199254740992.0, "9007199254740992"),
            // Ties between two shortest candidates: JS takes the even one.
            (934_108_773_681_453.0 + 0.25, "934108773681453.2"),
            (0.5, "0.5"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "Infinity"),
        ];
        for &(v, js) in cases {
            assert_eq!(
                float_from_js(v, js, &precise(v)),
                v.to_string(),
                "{v:e} from {js:?}"
            );
        }
    }

    #[test]
    fn codes_and_messages() {
        let cases = [
            (Error::empty_input(), "EMPTY_INPUT", "the text is empty"),
            (
                Error::input_too_large(35_000_000, 33_554_432),
                "INPUT_TOO_LARGE",
                "(33.4 MB); the limit is 32.0 MB",
            ),
            (Error::binary_input(), "BINARY_INPUT", "binary data"),
            (
                Error::invalid_options("`words` must be at least 1"),
                "INVALID_OPTIONS",
                "invalid options: `words`",
            ),
        ];
        for (error, code, text) in cases {
            assert_eq!(error.code(), code);
            assert!(error.to_string().contains(text), "{error}");
        }
    }
}
