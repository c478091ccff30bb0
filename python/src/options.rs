//! Keyword arguments to [`Options`]: the given ones (not `None`) become a
//! dict with the JS names, read by the core's deserializer
//! ([`Options::from_deserializer`]), so every check and message is the
//! core's; then the core's own validation.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use pythonize::Depythonizer;

use crate::failure::{describe, Failure};
use nutgraf::Options;

/// The option arguments of a call, `None` where not given.
pub(crate) struct Given<'a, 'py> {
    pub sentences: Option<&'a Bound<'py, PyAny>>,
    pub words: Option<&'a Bound<'py, PyAny>>,
    pub ratio: Option<&'a Bound<'py, PyAny>>,
    pub language: Option<&'a Bound<'py, PyAny>>,
    pub title: Option<&'a Bound<'py, PyAny>>,
    pub clean: Option<&'a Bound<'py, PyAny>>,
    pub keywords: Option<&'a Bound<'py, PyAny>>,
}

/// The options of a call, checked.
pub(crate) fn read(py: Python<'_>, given: &Given<'_, '_>) -> Result<Options, Failure> {
    let named = [
        ("sentences", given.sentences),
        ("words", given.words),
        ("ratio", given.ratio),
        ("language", given.language),
        ("title", given.title),
        ("clean", given.clean),
        ("keywords", given.keywords),
    ];
    let dict = PyDict::new(py);
    for (name, value) in named {
        if let Some(value) = value.filter(|v| !v.is_none()) {
            dict.set_item(name, value)
                .map_err(|e| Failure::internal(format!("could not read the options: {e}")))?;
        }
    }
    let options = Options::from_deserializer(&mut Depythonizer::from_object(dict.as_any()))?;
    options.validate()?;
    Ok(options)
}

/// The thread pool for `jobs` threads, or `None` for rayon's global pool
/// (one thread per core).
pub(crate) fn pool(jobs: Option<&Bound<'_, PyAny>>) -> Result<Option<rayon::ThreadPool>, Failure> {
    let Some(jobs) = jobs.filter(|j| !j.is_none()) else {
        return Ok(None);
    };
    let n = jobs
        .extract::<usize>()
        .ok()
        .filter(|&n| n >= 1 && !jobs.is_instance_of::<pyo3::types::PyBool>())
        .ok_or_else(|| {
            Failure::invalid_options(format!(
                "`jobs` must be a whole number at least 1, or None for one per core, not {}",
                shown(jobs)
            ))
        })?;
    rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map(Some)
        .map_err(|e| Failure::internal(format!("could not start {n} threads: {e}")))
}

/// A value in a message: its repr for numbers and booleans, else its type.
fn shown(value: &Bound<'_, PyAny>) -> String {
    if value.is_instance_of::<pyo3::types::PyInt>()
        || value.is_instance_of::<pyo3::types::PyFloat>()
    {
        if let Ok(repr) = value.repr() {
            return repr.to_string();
        }
    }
    describe(value)
}
