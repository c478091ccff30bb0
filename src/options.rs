//! Options of [`crate::summarize`], their defaults, how they are read
//! (serde, see [`Options::from_deserializer`]) and their validation.

use serde::{Deserialize, Deserializer};

use crate::Error;

mod read;

/// Summary length when no length option is given: this many sentences.
pub const DEFAULT_SENTENCES: usize = 3;
/// Number of keywords returned when `keywords` is not given.
pub const DEFAULT_KEYWORDS: usize = 10;
/// Largest input accepted, in bytes of UTF-8 (32 MiB).
pub const DEFAULT_MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// Options of [`crate::summarize`]. Every field is optional.
///
/// At most one of `sentences`, `words` and `ratio` may be set; with none,
/// the summary has [`DEFAULT_SENTENCES`] sentences.
///
/// `Options` deserializes (serde) from a map with the same names in
/// camelCase, as the JavaScript API takes them: unknown names are an error,
/// a `null` value is the same as no value, and a value of the wrong type is
/// reported with the option's name and what it must be. Use
/// [`Options::from_deserializer`] to get those errors as an [`Error`].
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Options {
    /// Number of summary sentences (at least 1).
    #[serde(deserialize_with = "read::sentences")]
    pub sentences: Option<usize>,
    /// Word budget: the best sentences that fit in this many words, and at
    /// least one sentence even if it is longer.
    #[serde(deserialize_with = "read::words")]
    pub words: Option<usize>,
    /// Share of the document's sentences, `0 < ratio <= 1` (at least one).
    #[serde(deserialize_with = "read::ratio")]
    pub ratio: Option<f64>,
    /// Language as an ISO 639-1 code (`"en"`, `"es"`…) or `"auto"` (the
    /// default): detect it from the text.
    #[serde(deserialize_with = "read::language")]
    pub language: Option<String>,
    /// The article's title, when known (for HTML input it comes from the page).
    /// When absent, a headline on the first line of the text is used.
    #[serde(deserialize_with = "read::title")]
    pub title: Option<String>,
    /// Drop page furniture (share prompts, related links, captions, tag
    /// lines…) before ranking. Default `true`.
    #[serde(deserialize_with = "read::clean")]
    pub clean: Option<bool>,
    /// How many keywords to return (0 for none). Default
    /// [`DEFAULT_KEYWORDS`].
    #[serde(deserialize_with = "read::keywords")]
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
    /// Reads options from any serde deserializer of a map (a JSON object, a
    /// JS object through serde-wasm-bindgen…). Every failure is an
    /// `INVALID_OPTIONS` [`Error`] that says what is wrong: the unknown
    /// option, or the option whose value has the wrong type or is out of
    /// range. Combinations are checked later, by [`Options::validate`].
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let json = serde_json::json!({ "sentences": 2, "clean": false });
    /// let options = nutgraf::Options::from_deserializer(json)?;
    /// assert_eq!(options.sentences, Some(2));
    ///
    /// let error = nutgraf::Options::from_deserializer(serde_json::json!({ "sentence": 2 }))
    ///     .unwrap_err();
    /// assert_eq!(error.code(), "INVALID_OPTIONS");
    /// assert!(error.to_string().contains("unknown option `sentence`"));
    /// # Ok(())
    /// # }
    /// ```
    pub fn from_deserializer<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, Error> {
        Options::deserialize(deserializer)
            .map_err(|e| Error::invalid_options(read::reword(&e.to_string())))
    }

    /// Checks the options and returns the requested summary length.
    pub fn length(&self) -> Result<Length, Error> {
        let given: Vec<&str> = [
            ("`sentences`", self.sentences.is_some()),
            ("`words`", self.words.is_some()),
            ("`ratio`", self.ratio.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, set)| set.then_some(name))
        .collect();
        if given.len() > 1 {
            return Err(Error::invalid_options(format!(
                "give at most one of `sentences`, `words` and `ratio`, not {}",
                given.join(" and ")
            )));
        }
        match (self.sentences, self.words, self.ratio) {
            (Some(0), _, _) => Err(Error::invalid_options(
                "`sentences` must be at least 1, not 0",
            )),
            (Some(n), _, _) => Ok(Length::Sentences(n)),
            (_, Some(0), _) => Err(Error::invalid_options("`words` must be at least 1, not 0")),
            (_, Some(n), _) => Ok(Length::Words(n)),
            (_, _, Some(r)) if r.is_finite() && r > 0.0 && r <= 1.0 => Ok(Length::Ratio(r)),
            (_, _, Some(r)) => Err(Error::invalid_options(format!(
                "`ratio` must be greater than 0 and at most 1, not {}",
                read::Number(r)
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The options read from `value`, or the message of the error.
    fn read(value: serde_json::Value) -> Result<Options, String> {
        Options::from_deserializer(value).map_err(|e| {
            assert_eq!(e.code(), "INVALID_OPTIONS", "{e}");
            e.to_string()
        })
    }

    /// The message of validating options that read fine.
    fn invalid(value: serde_json::Value) -> String {
        let options = read(value).expect("reads");
        let e = options.validate().expect_err("invalid");
        assert_eq!(e.code(), "INVALID_OPTIONS", "{e}");
        e.to_string()
    }

    #[test]
    fn accepted() {
        let every = Options {
            sentences: None,
            words: Some(80),
            ratio: None,
            language: Some("de".into()),
            title: Some("Ein Titel".into()),
            clean: Some(false),
            keywords: Some(0),
        };
        // (name, JSON, options)
        let cases = [
            ("empty object", json!({}), Options::default()),
            (
                "every option",
                json!({ "words": 80, "language": "de", "title": "Ein Titel", "clean": false, "keywords": 0 }),
                every,
            ),
            (
                "null is absent",
                json!({ "sentences": null, "ratio": null, "title": null, "clean": null }),
                Options::default(),
            ),
            (
                "a whole number written as a float",
                json!({ "sentences": 3.0 }),
                Options {
                    sentences: Some(3),
                    ..Default::default()
                },
            ),
            (
                "an integer ratio",
                json!({ "ratio": 1 }),
                Options {
                    ratio: Some(1.0),
                    ..Default::default()
                },
            ),
        ];
        for (name, value, expected) in cases {
            assert_eq!(read(value), Ok(expected), "{name}");
        }
    }

    #[test]
    fn refused_while_reading() {
        // (name, JSON, the whole message)
        let cases = [
            (
                "unknown option",
                json!({ "sentence": 2 }),
                "invalid options: unknown option `sentence`; the options are `sentences`, \
                 `words`, `ratio`, `language`, `title`, `clean`, `keywords`",
            ),
            (
                "snake case",
                json!({ "sentences": 2, "max_words": 2 }),
                "invalid options: unknown option `max_words`; the options are `sentences`, \
                 `words`, `ratio`, `language`, `title`, `clean`, `keywords`",
            ),
            (
                "a huge count, quoted as JS writes it",
                json!({ "sentences": 1e300 }),
                "invalid options: `sentences` must be at most {MAX}, not 1e+300",
            ),
            (
                "a huge negative count",
                json!({ "words": -1e300 }),
                "invalid options: `words` must be at least 1, not -1e+300",
            ),
            (
                "a count beyond a double's exact whole numbers",
                json!({ "keywords": 1e25 }),
                "invalid options: `keywords` must be at most {MAX}, not 1e+25",
            ),
            (
                "fractional sentences",
                json!({ "sentences": 1.5 }),
                "invalid options: `sentences` must be a whole number, not 1.5",
            ),
            (
                "a number as a string",
                json!({ "sentences": "3" }),
                "invalid options: `sentences` must be a whole number, not the string \"3\"",
            ),
            (
                "negative words",
                json!({ "words": -3 }),
                "invalid options: `words` must be at least 1, not -3",
            ),
            (
                "negative keywords",
                json!({ "keywords": -1 }),
                "invalid options: `keywords` must be at least 0, not -1",
            ),
            (
                "zero sentences",
                json!({ "sentences": 0 }),
                "invalid options: `sentences` must be at least 1, not 0",
            ),
            (
                "huge words",
                json!({ "words": 1e40 }),
                "invalid options: `words` must be at most",
            ),
            (
                "ratio as a string",
                json!({ "ratio": "half" }),
                "invalid options: `ratio` must be a number, not the string \"half\"",
            ),
            (
                "language as a number",
                json!({ "language": 3 }),
                "invalid options: `language` must be a string, not 3",
            ),
            (
                "title as an array",
                json!({ "title": ["a", "b"] }),
                "invalid options: `title` must be a string, not an array",
            ),
            (
                "clean as a number",
                json!({ "clean": 1 }),
                "invalid options: `clean` must be true or false, not 1",
            ),
            (
                "clean as a string",
                json!({ "clean": "yes" }),
                "invalid options: `clean` must be true or false, not the string \"yes\"",
            ),
            (
                "keywords as an object",
                json!({ "keywords": { "n": 3 } }),
                "invalid options: `keywords` must be a whole number, not an object",
            ),
            (
                "keywords as a boolean",
                json!({ "keywords": true }),
                "invalid options: `keywords` must be a whole number, not true",
            ),
        ];
        for (name, value, message) in cases {
            let got = read(value).expect_err(name);
            let message = message.replace("{MAX}", &usize::MAX.to_string());
            assert!(got.starts_with(&message), "{name}: {got}");
        }
    }

    #[test]
    fn refused_by_validation() {
        // (name, JSON, the whole message)
        let cases = [
            (
                "two lengths",
                json!({ "sentences": 2, "words": 10 }),
                "invalid options: give at most one of `sentences`, `words` and `ratio`, \
                 not `sentences` and `words`",
            ),
            (
                "three lengths",
                json!({ "sentences": 2, "words": 10, "ratio": 0.5 }),
                "invalid options: give at most one of `sentences`, `words` and `ratio`, \
                 not `sentences` and `words` and `ratio`",
            ),
            (
                "ratio above one",
                json!({ "ratio": 1.5 }),
                "invalid options: `ratio` must be greater than 0 and at most 1, not 1.5",
            ),
            (
                "ratio zero",
                json!({ "ratio": 0 }),
                "invalid options: `ratio` must be greater than 0 and at most 1, not 0",
            ),
            (
                "unknown language",
                json!({ "language": "klingon" }),
                "invalid options: unsupported `language` \"klingon\"; use \"auto\" or one of ",
            ),
        ];
        for (name, value, message) in cases {
            let got = invalid(value);
            assert!(got.starts_with(message), "{name}: {got}");
        }
    }

    #[test]
    fn rust_callers_get_the_same_range_messages() {
        let zero = Options {
            words: Some(0),
            ..Default::default()
        };
        assert_eq!(
            zero.validate().map_err(|e| e.to_string()),
            Err("invalid options: `words` must be at least 1, not 0".to_string())
        );
        let nan = Options {
            ratio: Some(f64::NAN),
            ..Default::default()
        };
        assert_eq!(
            nan.validate().map_err(|e| e.to_string()),
            Err(
                "invalid options: `ratio` must be greater than 0 and at most 1, not NaN"
                    .to_string()
            )
        );
        let infinite = Options {
            ratio: Some(f64::INFINITY),
            ..Default::default()
        };
        assert_eq!(
            infinite.validate().map_err(|e| e.to_string()),
            Err(
                "invalid options: `ratio` must be greater than 0 and at most 1, not Infinity"
                    .to_string()
            )
        );
    }

    #[test]
    fn the_lengths_read_as_asked() {
        let cases = [
            (json!({}), Length::Sentences(DEFAULT_SENTENCES)),
            (json!({ "sentences": 5 }), Length::Sentences(5)),
            (json!({ "words": 80 }), Length::Words(80)),
            (json!({ "ratio": 0.25 }), Length::Ratio(0.25)),
        ];
        for (value, length) in cases {
            assert_eq!(
                read(value.clone()).and_then(|o| o.length().map_err(|e| e.to_string())),
                Ok(length),
                "{value}"
            );
        }
    }
}
