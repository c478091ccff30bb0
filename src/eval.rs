//! Internals for the evaluation tools (the `nutgraf-eval` crate in `eval/`)
//! and the integration tests, compiled only with the `eval` feature. Not
//! part of nutgraf's API: these items change whenever the pipeline does.

use crate::{clean, Error, Language, Options, Span, Summary};

pub use crate::rank::Params;

/// For `tests/sentences.rs`: the longest unit `split_sentences` returns.
pub use crate::text::sentences::DEFAULT_MAX_UNIT_BYTES;

/// [`crate::summarize`] with explicit ranking and selection parameters, for
/// tuning runs (`eval_rouge --set NAME=VALUE`). With [`Params::default`]
/// it is [`crate::summarize`].
pub fn summarize_with(text: &str, options: &Options, params: &Params) -> Result<Summary, Error> {
    crate::summarize_with(text, options, params)
}

/// Every unit (sentence or line) of `text` with whether it is page
/// furniture, for the furniture evaluation (`eval_clean`).
pub fn furniture_units(text: &str) -> Vec<(Span, bool)> {
    let doc = crate::text::Document::analyse(text, Some(Language::ENGLISH));
    let flags = clean::furniture(&doc);
    doc.units.iter().map(|u| u.span).zip(flags).collect()
}
