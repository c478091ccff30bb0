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
    InputTooLarge {
        len: usize,
        max: usize,
    },
    BinaryInput,
    /// The binding was given something other than a string (what it was).
    NotText(String),
    /// Why the options were refused.
    InvalidOptions(String),
    /// A failure that is a bug of nutgraf's (what failed).
    Internal(String),
    /// Language data given at run time was refused (why).
    InvalidLanguageData(String),
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

    /// For bindings: the text is not a string; `given` says what it is
    /// ("a number", "null").
    // No caller since the wasm binding stopped building JS objects in Rust;
    // kept for the `INTERNAL` code that index.d.ts documents.
    #[allow(dead_code)]
    pub(crate) fn not_text(given: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::NotText(given.into()),
        }
    }

    pub(crate) fn invalid_options(why: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::InvalidOptions(why.into()),
        }
    }

    // No caller since the wasm binding stopped building JS objects in Rust;
    // kept for the `INTERNAL` code that index.d.ts documents.
    #[allow(dead_code)]
    pub(crate) fn internal(what: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Internal(what.into()),
        }
    }

    pub(crate) fn invalid_language_data(why: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::InvalidLanguageData(why.into()),
        }
    }

    /// A stable code for programs: `EMPTY_INPUT`, `INPUT_TOO_LARGE`,
    /// `BINARY_INPUT`, `INVALID_OPTIONS`, `INVALID_LANGUAGE_DATA`
    /// ([`crate::load_language`]); from the bindings also
    /// `INVALID_INPUT` (the text is not a string) and `INTERNAL` (a bug).
    pub fn code(&self) -> &'static str {
        match self.kind {
            ErrorKind::EmptyInput => "EMPTY_INPUT",
            ErrorKind::InputTooLarge { .. } => "INPUT_TOO_LARGE",
            ErrorKind::BinaryInput => "BINARY_INPUT",
            ErrorKind::NotText(_) => "INVALID_INPUT",
            ErrorKind::InvalidOptions(_) => "INVALID_OPTIONS",
            ErrorKind::Internal(_) => "INTERNAL",
            ErrorKind::InvalidLanguageData(_) => "INVALID_LANGUAGE_DATA",
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
            ErrorKind::NotText(given) => write!(f, "the text must be a string, not {given}"),
            ErrorKind::InvalidOptions(why) => write!(f, "invalid options: {why}"),
            ErrorKind::Internal(what) => {
                write!(f, "internal error, please report it: {what}")
            }
            ErrorKind::InvalidLanguageData(why) => write!(f, "invalid language data: {why}"),
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

#[cfg(test)]
mod tests {
    use super::*;

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
            (
                Error::not_text("a number"),
                "INVALID_INPUT",
                "the text must be a string, not a number",
            ),
            (
                Error::internal("the result"),
                "INTERNAL",
                "please report it: the result",
            ),
            (
                Error::invalid_language_data("no header line"),
                "INVALID_LANGUAGE_DATA",
                "invalid language data: no header line",
            ),
        ];
        for (error, code, text) in cases {
            assert_eq!(error.code(), code);
            assert!(error.to_string().contains(text), "{error}");
        }
    }
}
