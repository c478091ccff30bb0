//! The Python binding of nutgraf (`nutgraf._nutgraf`, re-exported by the
//! `nutgraf` package): the only crate that touches PyO3. Like `src/wasm.rs`
//! it forwards to the core and converts, nothing more:
//!
//! - keyword arguments to [`nutgraf::Options`] through the core's own serde
//!   deserializer, so a bad value gets the same message as in JS
//!   ([`options`]);
//! - byte offsets to code point offsets (Python string indices), with one
//!   pass over the text (`nutgraf::Summary::convert_offsets`);
//! - the [`nutgraf::Summary`] to a dict with the JS result's names (its
//!   `Serialize` impls, through pythonize);
//! - every error to a `nutgraf.NutgrafError` with a stable `code`, in one
//!   place ([`failure`]).
//!
//! The core runs with the GIL released; `summarize_many` runs it on every
//! core with rayon and keeps the input order.

#![deny(missing_docs)]

mod failure;
mod options;

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyList;
use rayon::prelude::*;

use failure::{Failure, NutgrafError};
use nutgraf::{Options, Summary};

/// Summarizes `text`: the best sentences, every entity with every mention,
/// and keywords, as a dict with the JS result's keys. Offsets are string
/// indices: `text[s["start"]:s["end"]] == s["text"]`.
///
/// At most one of `sentences`, `words`, `ratio` (none: 3 sentences);
/// `language` an ISO 639-1 code or "auto"; `title` if known; `clean` drops
/// page furniture; `keywords` how many (0 for none). `None` is the default
/// of every option. Raises `NutgrafError` (with `.code`).
#[pyfunction]
#[pyo3(
    signature = (text, sentences=None, words=None, ratio=None, language=None, title=None, clean=None, keywords=None),
    text_signature = "(text, sentences=None, words=None, ratio=None, language='auto', title=None, clean=True, keywords=10)"
)]
#[allow(clippy::too_many_arguments)]
fn summarize<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    sentences: Option<&Bound<'py, PyAny>>,
    words: Option<&Bound<'py, PyAny>>,
    ratio: Option<&Bound<'py, PyAny>>,
    language: Option<&Bound<'py, PyAny>>,
    title: Option<&Bound<'py, PyAny>>,
    clean: Option<&Bound<'py, PyAny>>,
    keywords: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let given = options::Given {
        sentences,
        words,
        ratio,
        language,
        title,
        clean,
        keywords,
    };
    let result = (|| {
        let options = options::read(py, &given)?;
        let text = text_of(text)?;
        let summary = py.detach(|| run(&text, &options))?;
        to_python(py, &summary)
    })();
    result.map_err(|f| f.into_py_err(py))
}

/// Summarizes every text of `texts` with the options of `summarize`, on
/// `jobs` threads (None: one per core) with the GIL released, and returns
/// the results in order. A failing text gives `{"error": {"code": ...,
/// "message": ...}}` in its place and the others go on; bad options or
/// `jobs` raise `NutgrafError` at once.
#[pyfunction]
#[pyo3(
    signature = (texts, sentences=None, words=None, ratio=None, language=None, title=None, clean=None, keywords=None, jobs=None),
    text_signature = "(texts, sentences=None, words=None, ratio=None, language='auto', title=None, clean=True, keywords=10, jobs=None)"
)]
#[allow(clippy::too_many_arguments)]
fn summarize_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    sentences: Option<&Bound<'py, PyAny>>,
    words: Option<&Bound<'py, PyAny>>,
    ratio: Option<&Bound<'py, PyAny>>,
    language: Option<&Bound<'py, PyAny>>,
    title: Option<&Bound<'py, PyAny>>,
    clean: Option<&Bound<'py, PyAny>>,
    keywords: Option<&Bound<'py, PyAny>>,
    jobs: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let given = options::Given {
        sentences,
        words,
        ratio,
        language,
        title,
        clean,
        keywords,
    };
    // Mistakes that concern every item are raised, not repeated per item.
    let prepared = (|| {
        let options = options::read(py, &given)?;
        let pool = options::pool(jobs)?;
        let items = items_of(texts)?;
        Ok((options, pool, items))
    })();
    let (options, pool, items) = prepared.map_err(|f: Failure| f.into_py_err(py))?;

    // The texts are read while the GIL is held; the summaries are made without it.
    let summaries: Vec<Result<Summary, Failure>> = py.detach(|| {
        let all = || {
            items
                .par_iter()
                .map(|item| match item {
                    Ok(text) => run(text, &options),
                    Err(f) => Err(f.clone()),
                })
                .collect()
        };
        match &pool {
            Some(pool) => pool.install(all),
            None => all(),
        }
    });

    let out = PyList::empty(py);
    for result in summaries {
        let value = result.and_then(|s| to_python(py, &s));
        match value {
            Ok(dict) => out.append(dict)?,
            Err(f) => out.append(f.to_dict(py)?)?,
        }
    }
    Ok(out)
}

/// The languages nutgraf can be told to use (ISO 639-1 codes).
#[pyfunction]
fn languages() -> Vec<&'static str> {
    nutgraf::Language::codes()
}

/// The core: a summary with code point offsets.
fn run(text: &str, options: &Options) -> Result<Summary, Failure> {
    let mut summary = nutgraf::summarize(text, options)?;
    summary.convert_offsets(text, nutgraf::OffsetUnit::CodePoint);
    Ok(summary)
}

/// The summary as a dict, built by pythonize from the core's `Serialize`
/// impls: the same names as the JS result (`summaryWords`), kinds as their
/// lower-case names, a missing title as `None`.
fn to_python<'py>(py: Python<'py>, summary: &Summary) -> Result<Bound<'py, PyAny>, Failure> {
    pythonize::pythonize(py, summary)
        .map_err(|e| Failure::internal(format!("could not build the result: {e}")))
}

/// The text of a `str`, without copying it where the interpreter allows.
fn text_of(value: &Bound<'_, PyAny>) -> Result<PyBackedStr, Failure> {
    if !value.is_instance_of::<pyo3::types::PyString>() {
        return Err(Failure::not_text(value));
    }
    value
        .extract::<PyBackedStr>()
        .map_err(|_| Failure::not_unicode())
}

/// Every item of an iterable as its text, or as the failure it will
/// report; anything but an iterable is a mistake of the call.
fn items_of(texts: &Bound<'_, PyAny>) -> Result<Vec<Result<PyBackedStr, Failure>>, Failure> {
    if texts.is_instance_of::<pyo3::types::PyString>() {
        return Err(Failure::invalid_input(
            "`texts` must be a list of strings, not one string: use summarize() for one text",
        ));
    }
    let iter = texts.try_iter().map_err(|_| {
        Failure::invalid_input(format!(
            "`texts` must be a list of strings, not {}",
            failure::describe(texts)
        ))
    })?;
    let mut items = Vec::new();
    for item in iter {
        let item =
            item.map_err(|e| Failure::invalid_input(format!("could not read `texts`: {e}")))?;
        items.push(text_of(&item));
    }
    Ok(items)
}

/// The module `nutgraf._nutgraf`.
#[pymodule]
fn _nutgraf(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(summarize, m)?)?;
    m.add_function(wrap_pyfunction!(summarize_many, m)?)?;
    m.add_function(wrap_pyfunction!(languages, m)?)?;
    m.add("NutgrafError", m.py().get_type::<NutgrafError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("DEFAULT_SENTENCES", nutgraf::DEFAULT_SENTENCES)?;
    m.add("DEFAULT_KEYWORDS", nutgraf::DEFAULT_KEYWORDS)?;
    m.add("DEFAULT_MAX_INPUT_BYTES", nutgraf::DEFAULT_MAX_INPUT_BYTES)?;
    Ok(())
}
