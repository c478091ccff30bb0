//! What every detection step reads: tokens, their lower-case forms, cue
//! words, stopwords and how each word is written across the document.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use rustc_hash::FxHashMap as HashMap;

use super::gazetteer::{self, Known};
use super::lexicon::{Cues, Lexicon};
use super::token::{Shape, Token};
use crate::text::lang::{stop_lists, Stopwords};
use crate::text::{is_folded, Document, Key, Word};

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
///
/// The distinct lower-case forms of the tokens are numbered and written
/// once into one buffer: cue classes, stopword flags, usage counts and
/// gazetteer answers of single words are kept per distinct form, so a word
/// that recurs is looked up once.
pub(crate) struct Ctx<'t, 'a> {
    /// The document's text.
    pub text: &'a str,
    /// The document's tokens.
    pub tokens: &'t [Token],
    /// Cue words.
    pub lex: &'static Lexicon,
    /// ISO 639-1 code of the document's language.
    pub lang: &'static str,
    /// Tokens already used by a date or amount.
    pub taken: Vec<bool>,
    /// Units written in capitals or Title Case (headlines).
    pub shouting: Vec<bool>,
    /// The distinct lower-case forms, one after the other.
    lower: String,
    /// Where form `f` ends in `lower` (it starts where form `f - 1` ends).
    ends: Vec<u32>,
    /// Number of token `i`'s distinct lower-case form.
    form: Vec<u32>,
    /// Per form: cue classes and stopword flags.
    info: Vec<FormInfo>,
    /// Per form: usage in running text.
    usage: Vec<Usage>,
    /// Per form: what the gazetteer knows, [`UNKNOWN`] until looked up.
    known: Vec<Cell<Known>>,
    /// A buffer for keys of several words.
    key: RefCell<String>,
}

/// Endings of English contractions ("I've", "they'll", "we're", "it's").
const CONTRACTIONS: &[&str] = &["ve", "m", "ll", "d", "re", "s", "t"];

/// Room reserved for the distinct forms of tokens that are not words
/// (punctuation, possessives cut, "U.S."), beyond the document's spellings.
const DEFAULT_OTHER_FORMS: usize = 256;

/// A gazetteer answer not looked up yet (no list has this bit).
const UNKNOWN: Known = 1 << 7;

impl<'t, 'a> Ctx<'t, 'a> {
    /// Builds the context over `tokens` of `doc`.
    #[cfg_attr(feature = "speed", inline(never))]
    pub fn new(doc: &Document<'a>, tokens: &'t [Token]) -> Self {
        let lex = Lexicon::get();
        let mut forms = Forms::number(doc, tokens, lex);
        // The document language's own cue words (German months, "GmbH").
        if let Some(p) = super::lang::profile(doc.language.code()) {
            for (f, info) in forms.info.iter_mut().enumerate() {
                info.cues |= p.cues(form_str(&forms.lower, &forms.ends, f));
            }
        }
        let shouting = shouting_units(doc.text, tokens, doc.units.len(), &forms);
        let usage = usage(tokens, &forms.form, forms.ends.len(), &shouting);
        let known = vec![Cell::new(UNKNOWN); forms.ends.len()];
        Ctx {
            text: doc.text,
            tokens,
            lex,
            lang: doc.language.code(),
            taken: vec![false; tokens.len()],
            shouting,
            lower: forms.lower,
            ends: forms.ends,
            form: forms.form,
            info: forms.info,
            usage,
            known,
            key: RefCell::new(String::new()),
        }
    }

    /// Text of token `i` (a possessive "'s" removed).
    pub fn text(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// Lower-case text of token `i` (with ’ as ').
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        form_str(&self.lower, &self.ends, self.form[i] as usize)
    }

    /// What the gazetteer knows about the lower-case `key`.
    pub fn lookup(&self, key: &str) -> Known {
        gazetteer::lookup(key)
    }

    /// What the gazetteer knows about token `i` alone (looked up once per
    /// distinct word).
    pub fn known_word(&self, i: usize) -> Known {
        let cell = &self.known[self.form[i] as usize];
        if cell.get() == UNKNOWN {
            cell.set(gazetteer::lookup(self.lower(i)));
        }
        cell.get()
    }

    /// Cue classes of token `i`.
    pub fn cues(&self, i: usize) -> Cues {
        self.info[self.form[i] as usize].cues
    }

    /// Whether token `i` has one of `cues`.
    pub fn has(&self, i: usize, cues: Cues) -> bool {
        self.cues(i) & cues != 0
    }

    /// Whether token `i` is a stopword (or a contraction of one: "I've").
    pub fn is_stopword(&self, i: usize) -> bool {
        self.info[self.form[i] as usize].stop
    }

    /// Usage of token `i`'s lower-case form.
    pub fn usage_of(&self, i: usize) -> Usage {
        self.usage[self.form[i] as usize]
    }

    /// Token `i` if it is in `unit`.
    pub fn get(&self, i: usize, unit: usize) -> Option<&Token> {
        self.tokens.get(i).filter(|t| t.unit() == unit)
    }

    /// Lower-case text of tokens `start..end` joined by single spaces.
    pub fn key(&self, start: usize, end: usize) -> String {
        let len = (start..end).map(|i| self.lower(i).len() + 1).sum();
        let mut s = String::with_capacity(len);
        self.push_key(start, end, &mut s);
        s
    }

    fn push_key(&self, start: usize, end: usize, s: &mut String) {
        for i in start..end {
            if i > start && self.tokens[i].space_before {
                s.push(' ');
            }
            s.push_str(self.lower(i));
        }
    }

    /// What the gazetteer knows about tokens `start..end`.
    pub fn known(&self, start: usize, end: usize) -> Known {
        if end == start + 1 {
            return self.known_word(start);
        }
        let mut key = self.key.borrow_mut();
        key.clear();
        self.push_key(start, end, &mut key);
        gazetteer::lookup(&key)
    }
}

/// Form `f` of the forms written one after the other in `lower`, each
/// ending at `ends[f]`.
#[inline]
fn form_str<'l>(lower: &'l str, ends: &[u32], f: usize) -> &'l str {
    let start = if f == 0 { 0 } else { ends[f - 1] as usize };
    &lower[start..ends[f] as usize]
}

/// The tokens' distinct lower-case forms (’ written '), numbered in order
/// of first use, and what is known of each.
struct Forms {
    /// The distinct forms, one after the other.
    lower: String,
    /// Where each form ends in `lower`.
    ends: Vec<u32>,
    /// The number of each token's form.
    form: Vec<u32>,
    /// Per form: cue classes and stopword flags.
    info: Vec<FormInfo>,
}

/// What is known of one form, kept together (one push per new form).
#[derive(Debug, Clone, Copy)]
struct FormInfo {
    /// Cue classes.
    cues: Cues,
    /// A stopword.
    plain: bool,
    /// A stopword or a contraction of one ("I've").
    stop: bool,
    /// Two characters or more.
    long: bool,
}

impl Forms {
    /// Numbers the forms of `tokens`. A token that is one of `doc`'s words
    /// (same span) takes that word's folded spelling, and a spelling seen
    /// before takes the number its form got then, without hashing; the
    /// others (punctuation, words cut at a possessive, "U.S.", "Jean-Claude")
    /// are folded here.
    fn number(doc: &Document<'_>, tokens: &[Token], lex: &Lexicon) -> Forms {
        // Word tokens take the folded forms of the document's spellings
        // (fewer than the spellings); tokens that are not words add a few
        // more (punctuation, possessives cut, "U.S."). Counted from the
        // spellings, not the tokens, so text that is all punctuation or one
        // word over and over does not reserve room for forms it never has.
        let distinct = (doc.spelling_count() + DEFAULT_OTHER_FORMS).min(tokens.len());
        let mut forms = Forms {
            lower: String::with_capacity(distinct * 8),
            ends: Vec::with_capacity(distinct),
            form: Vec::with_capacity(tokens.len()),
            info: Vec::with_capacity(distinct),
        };
        let mut ids: HashMap<Key<Cow<'_, str>>, u32> =
            HashMap::with_capacity_and_hasher(distinct, Default::default());
        let mut by_spelling = vec![u32::MAX; doc.spelling_count()];
        let stopwords = doc.analyzer.stopwords();
        let new_form = |forms: &mut Forms, w: &str, lists: u32| {
            forms.add(w, lex.cues(w), stopwords.in_lists(lists), stopwords)
        };
        let mut folded = String::new();
        // Forms of one-byte tokens that are not words, by byte.
        let mut by_byte = [u32::MAX; 128];
        let mut words: &[Word] = &[];
        let mut unit = usize::MAX;
        for t in tokens {
            if t.unit() != unit {
                unit = t.unit();
                words = doc.unit_words(unit);
            }
            // Words and tokens both run in text order.
            while words.first().is_some_and(|w| w.start() < t.start()) {
                words = &words[1..];
            }
            let id = match words.first() {
                Some(&w) if w.start() == t.start() && doc.word_end(&w) == t.end() => {
                    let known = by_spelling[w.spelling()];
                    if known != u32::MAX {
                        known
                    } else {
                        // A word's spelling knows its stopword lists.
                        let s = doc.spelling(&w);
                        let id = *ids
                            .entry(Key(Cow::Borrowed(s.lower.as_ref())))
                            .or_insert_with(|| new_form(&mut forms, &s.lower, s.stop_lists()));
                        by_spelling[w.spelling()] = id;
                        id
                    }
                }
                _ if is_folded(t.text(doc.text)) => {
                    let text = t.text(doc.text);
                    // One ASCII byte (punctuation, mostly): its form is kept
                    // by byte once found.
                    let byte = match text.as_bytes() {
                        &[b] if b.is_ascii() => Some(usize::from(b)),
                        _ => None,
                    };
                    match byte.map(|b| by_byte[b]) {
                        Some(id) if id != u32::MAX => id,
                        _ => {
                            let id = *ids
                                .entry(Key(Cow::Borrowed(text)))
                                .or_insert_with(|| new_form(&mut forms, text, stop_lists(text)));
                            if let Some(b) = byte {
                                by_byte[b] = id;
                            }
                            id
                        }
                    }
                }
                _ => {
                    folded.clear();
                    fold_into(t.text(doc.text), &mut folded);
                    match ids.get(&Key(Cow::Borrowed(folded.as_str()))) {
                        Some(&id) => id,
                        None => {
                            let id = new_form(&mut forms, &folded, stop_lists(&folded));
                            ids.insert(Key(Cow::Owned(folded.clone())), id);
                            id
                        }
                    }
                }
            };
            forms.form.push(id);
        }
        forms
    }

    /// Adds the new form `w`, with its cue classes and whether it is a
    /// `plain` stopword, and returns its number.
    fn add(&mut self, w: &str, cues: Cues, plain: bool, stopwords: &Stopwords) -> u32 {
        self.lower.push_str(w);
        self.ends
            .push(u32::try_from(self.lower.len()).unwrap_or(u32::MAX));
        self.info.push(FormInfo {
            cues,
            plain,
            stop: plain || is_contracted_stopword(stopwords, w),
            long: w.chars().nth(1).is_some(),
        });
        (self.ends.len() - 1) as u32
    }
}

/// Appends the lower-case form of `text` (’ written ') to `out`.
fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
    } else if text.contains('Σ') {
        // A final sigma lower-cases by context, as only str does it.
        for c in text.to_lowercase().chars() {
            out.push(if c == '’' { '\'' } else { c });
        }
    } else {
        for c in text.chars() {
            if c == '’' {
                out.push('\'');
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
}

/// Whether the lower-case `word` is a contraction of a stopword.
fn is_contracted_stopword(stopwords: &Stopwords, word: &str) -> bool {
    // No ' nor ’ (whose UTF-8 starts with 0xE2): no contraction.
    if !word.bytes().any(|b| b == b'\'' || b == 0xE2) {
        return false;
    }
    // A contraction of a stopword ("I've", "it'll", "we're") is one too;
    // names with an apostrophe ("O'Brien", "D'Angelo") are not.
    match word.split_once(&['\'', '\u{2019}'][..]) {
        Some((base, suffix)) if CONTRACTIONS.contains(&suffix) => stopwords.contains(base),
        _ => false,
    }
}

/// Share of words (of two letters or more) in capitals or Title Case above
/// which a unit is a headline.
pub(crate) const DEFAULT_SHOUTING_SHARE: f64 = 0.8;

/// Marks units written in capitals, or in Title Case (most content words
/// capitalised and a capitalised stopword inside: "Asks US For Help").
/// `forms` numbers each token's lower-case form and tells stopwords.
fn shouting_units(text: &str, tokens: &[Token], units: usize, forms: &Forms) -> Vec<bool> {
    // Tokens run in unit order: one unit's counts at a time, so that a
    // text of a million one-word units needs no count per unit.
    let mut out = vec![false; units];
    let mut c = Shout::default();
    let mut unit = tokens.first().map_or(0, Token::unit);
    let mut previous: Option<&Token> = None;
    for (t, &f) in tokens.iter().zip(&forms.form) {
        if t.unit() != unit {
            out[unit] = c.is_headline();
            c = Shout::default();
            unit = t.unit();
        }
        let before = previous.replace(t);
        if !matches!(t.shape, Shape::Lower | Shape::Title | Shape::Upper)
            || !forms.info[f as usize].long
        {
            continue;
        }
        c.words += 1;
        c.upper += usize::from(t.shape == Shape::Upper);
        if !forms.info[f as usize].plain {
            c.content += 1;
            c.capital += usize::from(t.shape != Shape::Lower);
        } else if t.shape == Shape::Title && !t.initial {
            // A capitalised stopword that opens brackets starts a name, as
            // in a dateline's "(The Phnom Penh Post)", not a Title Case
            // headline.
            let bracketed = before.is_some_and(|p| p.unit() == t.unit() && p.text(text) == "(");
            c.capital_stopwords += usize::from(!bracketed);
        }
    }
    if let Some(last) = out.get_mut(unit) {
        *last = c.is_headline();
    }
    out
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

/// Counts lower-case and non-initial capitalised uses of each form (of
/// `forms`) in running text (headlines left out).
fn usage(tokens: &[Token], form: &[u32], forms: usize, shouting: &[bool]) -> Vec<Usage> {
    let mut out = vec![Usage::default(); forms];
    for (t, &f) in tokens.iter().zip(form) {
        if shouting[t.unit()] {
            continue;
        }
        match t.shape {
            Shape::Lower => out[f as usize].lower += 1,
            Shape::Title | Shape::Upper if !t.initial => out[f as usize].capital += 1,
            _ => {}
        }
    }
    out
}
