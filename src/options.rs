//! Options of [`crate::summarize`], their defaults and their validation.

use serde::Deserialize;

use crate::Error;

/// Summary length when no length option is given: this many sentences.
pub const DEFAULT_SENTENCES: usize = 3;
/// Number of keywords returned when `keywords` is not given.
pub const DEFAULT_KEYWORDS: usize = 10;
/// Largest input accepted, in bytes of UTF-8 (32 MiB).
pub const DEFAULT_MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// Options of [`crate::summarize`]. Every field is optional.
///
/// At most one of `sentences`, `words` and `ratio` may be set; with none,
/// the summary has [`DEFAULT_SENTENCES`] sentences. In JavaScript the same
/// names are used (camelCase) and unknown names are an error.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Number of summary sentences (at least 1).
    pub sentences: Option<usize>,
    /// Word budget: the best sentences that fit in this many words, and at
    /// least one sentence even if it is longer.
    pub words: Option<usize>,
    /// Share of the document's sentences, `0 < ratio <= 1` (at least one).
    pub ratio: Option<f64>,
    /// Language as an ISO 639-1 code (`"en"`, `"es"`…) or `"auto"` (the
    /// default): detect it from the text.
    pub language: Option<String>,
    /// The article's title, when known (for HTML input it comes from the page).
    /// When absent, a headline on the first line of the text is used.
    pub title: Option<String>,
    /// Drop page furniture (share prompts, related links, captions, tag
    /// lines…) before ranking. Default `true`.
    pub clean: Option<bool>,
    /// How many keywords to return (0 for none). Default
    /// [`DEFAULT_KEYWORDS`].
    pub keywords: Option<usize>,
}

/// The summary length asked for, after validation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    /// This many sentences.
    Sentences(usize),
    /// The best sentences within this many words (at least one sentence).
    Words(usize),
    /// This share of the sentences (at least one).
    Ratio(f64),
}

impl Options {
    /// Checks the options and returns the requested summary length.
    pub fn length(&self) -> Result<Length, Error> {
        let given = [
            self.sentences.is_some(),
            self.words.is_some(),
            self.ratio.is_some(),
        ];
        if given.iter().filter(|g| **g).count() > 1 {
            return Err(Error::invalid_options(
                "give at most one of `sentences`, `words` and `ratio`",
            ));
        }
        match (self.sentences, self.words, self.ratio) {
            (Some(0), _, _) => Err(Error::invalid_options("`sentences` must be at least 1")),
            (Some(n), _, _) => Ok(Length::Sentences(n)),
            (_, Some(0), _) => Err(Error::invalid_options("`words` must be at least 1")),
            (_, Some(n), _) => Ok(Length::Words(n)),
            (_, _, Some(r)) if r.is_finite() && r > 0.0 && r <= 1.0 => Ok(Length::Ratio(r)),
            (_, _, Some(r)) => Err(Error::invalid_options(format!(
                "`ratio` must be greater than 0 and at most 1, not {}",
                crate::error::Float(r)
            ))),
            (None, None, None) => Ok(Length::Sentences(DEFAULT_SENTENCES)),
        }
    }

    /// Checks every option; see [`Options::length`].
    pub fn validate(&self) -> Result<(), Error> {
        self.length()?;
        if let Some(lang) = &self.language {
            if lang != "auto" && crate::text::lang::Language::from_code(lang).is_none() {
                return Err(Error::invalid_options(format!(
                    "unsupported `language` {lang:?}; use \"auto\" or one of {}",
                    crate::text::lang::Language::codes().join(", ")
                )));
            }
        }
        Ok(())
    }

    /// How many keywords to return (default [`DEFAULT_KEYWORDS`]).
    pub fn keywords(&self) -> usize {
        self.keywords.unwrap_or(DEFAULT_KEYWORDS)
    }

    /// Whether page furniture is removed (default `true`).
    pub fn clean(&self) -> bool {
        self.clean.unwrap_or(true)
    }
}
