//! Errors as Python sees them: one [`Failure`] (a stable code and a
//! message) for the core's [`nutgraf::Error`] and the binding's own
//! mistakes, raised as `nutgraf.NutgrafError` or, per item of
//! `summarize_many`, returned as `{"error": {"code", "message"}}`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

pyo3::create_exception!(
    nutgraf,
    NutgrafError,
    PyValueError,
    "A failure of nutgraf; `code` is stable (EMPTY_INPUT, INPUT_TOO_LARGE, BINARY_INPUT, INVALID_INPUT, INVALID_OPTIONS, INTERNAL)."
);

/// A stable code (the core's [`nutgraf::Error::code`]) and a message a
/// person can act on.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    code: &'static str,
    message: String,
}

impl From<nutgraf::Error> for Failure {
    fn from(e: nutgraf::Error) -> Self {
        Failure {
            code: e.code(),
            message: e.to_string(),
        }
    }
}

impl Failure {
    /// The text is not a `str`: the same code and words as the JS binding.
    pub(crate) fn not_text(value: &Bound<'_, PyAny>) -> Self {
        Self::invalid_input(format!(
            "the text must be a string, not {}",
            describe(value)
        ))
    }

    /// A `str` that is not valid Unicode (a lone surrogate).
    pub(crate) fn not_unicode() -> Self {
        Self::invalid_input("the text is not valid Unicode: it holds a lone surrogate")
    }

    /// `INVALID_INPUT` with `message`.
    pub(crate) fn invalid_input(message: impl Into<String>) -> Self {
        Failure {
            code: "INVALID_INPUT",
            message: message.into(),
        }
    }

    /// `INVALID_OPTIONS` with the core's prefix.
    pub(crate) fn invalid_options(why: impl std::fmt::Display) -> Self {
        Failure {
            code: "INVALID_OPTIONS",
            message: format!("invalid options: {why}"),
        }
    }

    /// `INTERNAL`: a bug of nutgraf's.
    pub(crate) fn internal(what: impl std::fmt::Display) -> Self {
        Failure {
            code: "INTERNAL",
            message: format!("internal error, please report it: {what}"),
        }
    }

    /// The one conversion to an exception: a `NutgrafError` with `code`.
    pub(crate) fn into_py_err(self, py: Python<'_>) -> PyErr {
        let err = NutgrafError::new_err(self.message);
        // Setting an attribute on a fresh exception object does not fail.
        let _ = err.value(py).setattr("code", self.code);
        err
    }

    /// The failure as one item of `summarize_many`.
    pub(crate) fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let error = PyDict::new(py);
        error.set_item("code", self.code)?;
        error.set_item("message", &self.message)?;
        let item = PyDict::new(py);
        item.set_item("error", error)?;
        Ok(item)
    }
}

/// A value as a message names it: "None", "an int", "a list".
pub(crate) fn describe(value: &Bound<'_, PyAny>) -> String {
    if value.is_none() {
        return "None".to_string();
    }
    let name = value
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".to_string());
    let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {name}")
}
