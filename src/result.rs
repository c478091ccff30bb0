//! The result shape of [`crate::summarize`] (see CONTRACT.md).
//!
//! All `start`/`end` fields are byte offsets into the input text, end
//! exclusive, so `&text[start..end]` is the sentence or mention.

use serde::Serialize;

/// A summary of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// ISO 639-1 code of the language the text was processed as.
    pub language: String,
    /// The article's title: the one given in the options, or a headline
    /// found on the first line of the text.
    pub title: Option<String>,
    /// The summary sentences, in document order.
    pub sentences: Vec<Sentence>,
    /// Every entity found in the document, most salient first.
    pub entities: Vec<Entity>,
    /// Key phrases of the document, best first.
    pub keywords: Vec<Keyword>,
    /// Counts over the whole document and the summary.
    pub stats: Stats,
}

/// One sentence of the summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    /// Position of the sentence among all sentences of the document.
    pub index: usize,
    /// The sentence, exactly `&text[start..end]`.
    pub text: String,
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// Rank score (higher is more central).
    pub score: f64,
}

/// Kinds of entities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// People.
    Person,
    /// Countries, cities, regions, geographic features.
    Place,
    /// Companies, agencies, institutions, teams.
    Organization,
    /// Dates and times ("Nov 22", "2002", "last Tuesday").
    Date,
    /// Money, percentages, quantities ("$10.9bn", "6.6 %").
    Amount,
    /// Anything else with a name: nationalities, events, products, laws…
    Other,
}

impl EntityKind {
    /// The lower-case name used in JSON (`"person"`, `"place"`…).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Date => "date",
            EntityKind::Amount => "amount",
            EntityKind::Other => "other",
        }
    }
}

/// A byte span of the input text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

/// One entity with all its mentions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity {
    /// Canonical name: the longest variant, without titles.
    pub text: String,
    /// What kind of entity it is.
    pub kind: EntityKind,
    /// Number of mentions.
    pub count: usize,
    /// Salience in `0..=1` (higher is more what the article is about).
    pub score: f64,
    /// Every mention, in document order.
    pub mentions: Vec<Span>,
}

/// A key phrase of the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keyword {
    /// The phrase as it appears in the text.
    pub text: String,
    /// Rank score (higher is more central).
    pub score: f64,
}

/// Counts over the document and the summary. Serialized with camelCase
/// names (`summaryWords`), as the JS API gives them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stats {
    /// Sentences (units) in the document, furniture included.
    pub sentences: usize,
    /// Words in the document.
    pub words: usize,
    /// Units dropped as page furniture.
    pub furniture: usize,
    /// Words in the summary.
    pub summary_words: usize,
}
