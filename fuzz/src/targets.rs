//! The fuzz targets: bytes in, a checked run of one part of the core.

use arbitrary::{Arbitrary, Unstructured};
use nutgraf::{summarize, Options};

use super::checks;

/// Longest unit `split_sentences` returns (`DEFAULT_MAX_UNIT_BYTES`).
const MAX_UNIT: usize = nutgraf::eval::DEFAULT_MAX_UNIT_BYTES;

/// `summarize` on arbitrary UTF-8 with the default options.
pub fn summarize_utf8(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    run_summary(text, &Options::default());
}

/// `summarize` on documents built from sentence-like pieces (words, names,
/// numbers, dates, abbreviations, quotes, markup, URLs, raw strings) with
/// arbitrary options.
pub fn summarize_structured(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(doc) = Doc::arbitrary(&mut u) else {
        return;
    };
    let Ok(options) = FuzzOptions::arbitrary(&mut u) else {
        return;
    };
    run_summary(&doc.render(), &options.into_options());
}

/// `split_sentences` on arbitrary UTF-8.
pub fn sentences(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let units = nutgraf::split_sentences(text);
    checks::units(text, &units, MAX_UNIT);
    assert_eq!(units, nutgraf::split_sentences(text), "two splits differ");
}

/// The furniture pass (`eval::furniture_units`) on arbitrary UTF-8: its
/// units are the sentence splitter's (checked as such), one flag each, the
/// same on a second pass.
pub fn furniture(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let flagged = nutgraf::eval::furniture_units(text);
    let spans: Vec<_> = flagged.iter().map(|(s, _)| *s).collect();
    checks::units(text, &spans, MAX_UNIT);
    let units = nutgraf::split_sentences(text);
    assert_eq!(spans, units, "furniture units are not the sentence units");
    assert_eq!(
        flagged,
        nutgraf::eval::furniture_units(text),
        "two passes differ"
    );
}

/// Entities of documents built from entity-like tokens (names, titles,
/// months, amounts, organisations, possessives, quotes, hyphens).
pub fn entities(data: &[u8]) {
    let text: String = data
        .iter()
        .map(|&b| ENTITY_TOKENS[b as usize % ENTITY_TOKENS.len()])
        .collect();
    if text.trim().is_empty() {
        return;
    }
    let options = Options {
        keywords: Some(0),
        ..Default::default()
    };
    match summarize(&text, &options) {
        Ok(s) => checks::entities(&text, &s.entities),
        Err(e) => panic!("entity text refused: {e}"),
    }
}

/// Runs `summarize` twice and checks both results.
fn run_summary(text: &str, options: &Options) {
    let a = summarize(text, options);
    let b = summarize(text, options);
    checks::summary(text, options, &a, &b);
}

// ---------------------------------------------------------------------------
// Structured documents.

/// Tokens for the entity target: one per input byte.
const ENTITY_TOKENS: &[&str] = &[
    "Hun ",
    "Sen ",
    "Joe ",
    "Biden ",
    "Prime ",
    "Minister ",
    "President ",
    "Mr. ",
    "Dr. ",
    "U.S. ",
    "United ",
    "States ",
    "Phnom ",
    "Penh ",
    "Bank ",
    "of ",
    "the ",
    "Inc. ",
    "Corp ",
    "Ltd. ",
    "Nov. ",
    "22 ",
    "2002 ",
    "March ",
    "last ",
    "Tuesday ",
    "$10.9bn ",
    "6.6% ",
    "£3m ",
    "1,000 ",
    "km ",
    "said ",
    "met ",
    "in ",
    "and ",
    "'s ",
    "’s ",
    "\"",
    "“",
    "” ",
    "-",
    "–",
    ". ",
    ", ",
    "\n",
    "\n\n",
    "O'Brien ",
    "McDonald ",
    "van ",
    "der ",
    "Berg ",
    "de ",
    "la ",
    "Cruz ",
    "ASEAN ",
    "NATO ",
    "Al-",
    "Qaeda ",
    "St. ",
    "Louis ",
    "New ",
    "York ",
    "City ",
    "Jr. ",
    "(",
    ") ",
    ": ",
    "? ",
    "! ",
    "The ",
    "A ",
    "In ",
    "On ",
    "He ",
    "She ",
    "É",
    "Ñ",
    "İ",
    "ß ",
    "Ⅻ ",
    "ǅ ",
    "ﬁ ",
];

/// A document: paragraphs of sentences of pieces.
#[derive(Debug, Arbitrary)]
struct Doc {
    paragraphs: Vec<Vec<Vec<Piece>>>,
}

/// One piece of a sentence.
#[derive(Debug, Arbitrary)]
enum Piece {
    Word(u8),
    Name(u8, u8),
    Number(u32),
    Decimal(u16, u8),
    Date(u8, u8, u16),
    Abbreviation(u8),
    Punct(u8),
    Markup(u8),
    Url(u8),
    Space(u8),
    Newlines(u8),
    Raw(String),
}

const WORDS: &[&str] = &[
    "the",
    "council",
    "river",
    "plan",
    "said",
    "of",
    "and",
    "a",
    "vote",
    "storm",
    "budget",
    "in",
    "école",
    "straße",
    "東京",
    "mañana",
    "naïve",
    "россия",
    "مرحبا",
    "שלום",
    "नमस्ते",
    "😀",
    "e\u{301}",
];
const NAMES: &[&str] = &[
    "Hun",
    "Sen",
    "Joe",
    "Biden",
    "Angela",
    "Merkel",
    "Phnom",
    "Penh",
    "Reuters",
    "Apple",
    "BBC",
    "Mr.",
    "Dr.",
    "Ms",
    "President",
    "Minister",
    "McDonald",
    "O'Neil",
    "de",
    "Jean-Luc",
];
const ABBREVIATIONS: &[&str] = &[
    "Mr.", "U.S.", "e.g.", "i.e.", "Nov.", "No.", "St.", "etc.", "a.m.", "Ph.D.", "J.", "vs.",
];
const PUNCT: &[&str] = &[
    ".", "!", "?", "…", ";", ":", ",", "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]", "—", "–",
    "-", "...", "?!", ".\"", ".”", "•", "|", "·", "\u{200B}", "\u{00A0}", "\u{2028}", "\r",
];
const MARKUP: &[&str] = &[
    "<b>",
    "</b>",
    "<div class=\"x\">",
    "</div>",
    "&amp;",
    "&nbsp;",
    "<br>",
    "<p>",
    "</p>",
    "<a href=\"https://example.org/a?b=c\">",
    "</a>",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "# ",
    "## ",
    "* ",
    "- ",
    "1. ",
    "> ",
    "```",
    "| a | b |",
    "Share this article",
    "Advertisement",
    "Read more:",
    "Photo: AFP",
    "Follow us on Twitter",
];
const URLS: &[&str] = &[
    "https://example.org/news/2024/01/02/story.html",
    "www.example.com",
    "a@b.co",
    "http://x.y/z?q=1.2&r=3",
    "example.org/a.b.c",
    "@handle",
    "#tag",
];
const MONTHS: &[&str] = &[
    "January", "Feb.", "March", "Apr", "May", "June", "Jul.", "August", "Sept.", "October", "Nov",
    "December",
];

fn pick<'a>(list: &[&'a str], i: u8) -> &'a str {
    list[i as usize % list.len()]
}

impl Doc {
    /// The document as text: pieces joined by spaces, sentences by a
    /// space, paragraphs by a blank line.
    fn render(&self) -> String {
        let mut out = String::new();
        for (p, paragraph) in self.paragraphs.iter().enumerate() {
            if p > 0 {
                out.push_str("\n\n");
            }
            for (s, sentence) in paragraph.iter().enumerate() {
                if s > 0 {
                    out.push(' ');
                }
                for (i, piece) in sentence.iter().enumerate() {
                    if i > 0 && !matches!(piece, Piece::Punct(_)) {
                        out.push(' ');
                    }
                    piece.render(&mut out);
                }
            }
        }
        out
    }
}

impl Piece {
    fn render(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = match *self {
            Piece::Word(i) => write!(out, "{}", pick(WORDS, i)),
            Piece::Name(a, b) => write!(out, "{} {}", pick(NAMES, a), pick(NAMES, b)),
            Piece::Number(n) => write!(out, "{n}"),
            Piece::Decimal(a, b) => write!(out, "{a}.{b}"),
            Piece::Date(d, m, y) => write!(out, "{} {}, {}", pick(MONTHS, m), d % 32, y % 3000),
            Piece::Abbreviation(i) => write!(out, "{}", pick(ABBREVIATIONS, i)),
            Piece::Punct(i) => write!(out, "{}", pick(PUNCT, i)),
            Piece::Markup(i) => write!(out, "{}", pick(MARKUP, i)),
            Piece::Url(i) => write!(out, "{}", pick(URLS, i)),
            Piece::Space(n) => write!(
                out,
                "{}",
                [" ", "\t", "\u{3000}", "\u{A0}"][n as usize % 4].repeat(n as usize % 70)
            ),
            Piece::Newlines(n) => write!(out, "{}", "\n".repeat(n as usize % 70)),
            Piece::Raw(ref s) => write!(out, "{s}"),
        };
    }
}

/// Options as the fuzzer draws them: every length kind, valid and invalid
/// values, languages known and unknown.
#[derive(Debug, Arbitrary)]
struct FuzzOptions {
    sentences: Option<u8>,
    words: Option<u16>,
    ratio: Option<u8>,
    language: Option<u8>,
    title: Option<String>,
    clean: Option<bool>,
    keywords: Option<u8>,
}

const LANGUAGES: &[&str] = &[
    "auto", "en", "de", "fr", "es", "it", "pt", "nl", "xx", "EN", "",
];

impl FuzzOptions {
    fn into_options(self) -> Options {
        Options {
            sentences: self.sentences.map(usize::from),
            words: self.words.map(usize::from),
            // 0 and values above 1 are invalid on purpose.
            ratio: self.ratio.map(|r| f64::from(r) / 200.0),
            language: self.language.map(|i| pick(LANGUAGES, i).to_string()),
            title: self.title,
            clean: self.clean,
            keywords: self.keywords.map(usize::from),
        }
    }
}
