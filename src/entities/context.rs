//! What every detection step reads: tokens, their lower-case forms, cue
//! words, stopwords and how each word is written across the document.

use rustc_hash::FxHashMap as HashMap;

use super::gazetteer::{self, Known};
use super::lexicon::{Cues, Lexicon};
use super::token::{Shape, Token};
use crate::text::lang::Stopwords;

/// How often a word is written lower case, and capitalised away from the
/// start of a sentence, in the document's running text.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Usage {
    /// Lower-case occurrences.
    pub lower: u32,
    /// Capitalised occurrences not in initial position.
    pub capital: u32,
}

/// The shared state of one detection run.
pub(crate) struct Ctx<'t, 'a> {
    /// The document's tokens.
    pub tokens: &'t [Token<'a>],
    /// Lower-case form of each token.
    pub lower: Vec<String>,
    /// Cue words.
    pub lex: &'static Lexicon,
    /// ISO 639-1 code of the document's language.
    pub lang: &'static str,
    /// The language's stopwords.
    pub stopwords: Stopwords,
    /// Tokens already used by a date or amount.
    pub taken: Vec<bool>,
    /// Units written in capitals or Title Case (headlines).
    pub shouting: Vec<bool>,
    /// Usage of every lower-case word form.
    pub usage: HashMap<String, Usage>,
}

/// Endings of English contractions ("I've", "they'll", "we're", "it's").
const CONTRACTIONS: &[&str] = &["ve", "m", "ll", "d", "re", "s", "t"];

impl<'t, 'a> Ctx<'t, 'a> {
    /// Builds the context over `tokens` of a document with `units` units.
    pub fn new(
        tokens: &'t [Token<'a>],
        units: usize,
        lang: &'static str,
        stopwords: Stopwords,
    ) -> Self {
        let lower: Vec<String> = tokens
            .iter()
            .map(|t| t.text.to_lowercase().replace('’', "'"))
            .collect();
        let lex = Lexicon::get();
        let shouting = shouting_units(tokens, units, &lower, &stopwords);
        let usage = usage(tokens, &lower, &shouting);
        Ctx {
            tokens,
            lower,
            lex,
            lang,
            stopwords,
            taken: vec![false; tokens.len()],
            shouting,
            usage,
        }
    }

    /// What the gazetteer knows about the lower-case `key`.
    pub fn lookup(&self, key: &str) -> Known {
        gazetteer::lookup(key)
    }

    /// Cue classes of token `i`.
    pub fn cues(&self, i: usize) -> Cues {
        self.lex.cues(&self.lower[i])
    }

    /// Whether token `i` has one of `cues`.
    pub fn has(&self, i: usize, cues: Cues) -> bool {
        self.cues(i) & cues != 0
    }

    /// Whether the lower-case `word` is a stopword.
    pub fn is_stopword(&self, word: &str) -> bool {
        if self.stopwords.contains(word) {
            return true;
        }
        // A contraction of a stopword ("I've", "it'll", "we're") is one too;
        // names with an apostrophe ("O'Brien", "D'Angelo") are not.
        match word.split_once(&['\'', '\u{2019}'][..]) {
            Some((base, suffix)) if CONTRACTIONS.contains(&suffix) => self.stopwords.contains(base),
            _ => false,
        }
    }

    /// Usage of the lower-case `word`.
    pub fn usage_of(&self, word: &str) -> Usage {
        self.usage.get(word).copied().unwrap_or_default()
    }

    /// Token `i` if it is in `unit`.
    pub fn get(&self, i: usize, unit: usize) -> Option<&Token<'a>> {
        self.tokens.get(i).filter(|t| t.unit == unit)
    }

    /// Lower-case text of tokens `start..end` joined by single spaces.
    pub fn key(&self, start: usize, end: usize) -> String {
        let mut s = String::new();
        for i in start..end {
            if i > start && self.tokens[i].space_before {
                s.push(' ');
            }
            s.push_str(&self.lower[i]);
        }
        s
    }

    /// What the gazetteer knows about tokens `start..end`.
    pub fn known(&self, start: usize, end: usize) -> Known {
        self.lookup(&self.key(start, end))
    }
}

/// `word` with the accents of Latin letters removed ("josé" -> "jose").
pub(crate) fn fold_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'ý' | 'ÿ' => 'y',
            c => c,
        })
        .collect()
}

/// Share of words (of two letters or more) in capitals or Title Case above
/// which a unit is a headline.
pub(crate) const DEFAULT_SHOUTING_SHARE: f64 = 0.8;

/// Marks units written in capitals, or in Title Case (most content words
/// capitalised and a capitalised stopword inside: "Asks US For Help").
fn shouting_units(
    tokens: &[Token<'_>],
    units: usize,
    lower: &[String],
    stopwords: &Stopwords,
) -> Vec<bool> {
    let mut counts = vec![Shout::default(); units];
    let mut previous: Option<&Token<'_>> = None;
    for (t, l) in tokens.iter().zip(lower) {
        // A capitalised stopword that opens brackets starts a name, as in a
        // dateline's "(The Phnom Penh Post)", not a Title Case headline.
        let bracketed = previous.is_some_and(|p| p.unit == t.unit && p.text == "(");
        previous = Some(t);
        if !matches!(t.shape, Shape::Lower | Shape::Title | Shape::Upper) || l.chars().count() < 2 {
            continue;
        }
        let c = &mut counts[t.unit];
        c.words += 1;
        c.upper += usize::from(t.shape == Shape::Upper);
        if !stopwords.contains(l) {
            c.content += 1;
            c.capital += usize::from(t.shape != Shape::Lower);
        } else if t.shape == Shape::Title && !t.initial && !bracketed {
            c.capital_stopwords += 1;
        }
    }
    counts.iter().map(Shout::is_headline).collect()
}

/// Word counts of one unit for [`shouting_units`].
#[derive(Debug, Clone, Copy, Default)]
struct Shout {
    words: usize,
    upper: usize,
    content: usize,
    capital: usize,
    capital_stopwords: usize,
}

impl Shout {
    fn is_headline(&self) -> bool {
        let share = |a: usize, b: usize| b > 0 && a as f64 / b as f64 >= DEFAULT_SHOUTING_SHARE;
        share(self.upper, self.words)
            || (self.content >= 3
                && self.capital_stopwords > 0
                && share(self.capital, self.content))
    }
}

/// Counts lower-case and non-initial capitalised uses of each word in
/// running text (headlines left out).
fn usage(tokens: &[Token<'_>], lower: &[String], shouting: &[bool]) -> HashMap<String, Usage> {
    let mut map: HashMap<String, Usage> = HashMap::default();
    for (t, l) in tokens.iter().zip(lower) {
        if shouting[t.unit] {
            continue;
        }
        match t.shape {
            Shape::Lower => map.entry(l.clone()).or_default().lower += 1,
            Shape::Title | Shape::Upper if !t.initial => {
                map.entry(l.clone()).or_default().capital += 1
            }
            _ => {}
        }
    }
    map
}
