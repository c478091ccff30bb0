//! Sentence splitting for articles as people paste them from web pages.
//!
//! [`split`] cuts a text into *units*: sentences, plus lines that stand on
//! their own (headlines, list items, tag lines). It runs in four steps, each
//! linear in the length of the text:
//!
//! 1. **Lines and paragraphs.** A blank line always ends a unit. Inside a
//!    paragraph a line break is *hard* (a unit ends there) unless the text
//!    looks hard-wrapped (e-mail, Project Gutenberg), in which case it is
//!    *soft* and counts as a space. See [`DEFAULT_MIN_WRAP_WIDTH`].
//! 2. **Candidate boundaries.** Each line is split with the UAX #29 sentence
//!    rules of `unicode-segmentation`. They already keep decimals (`3.5%`,
//!    `14.372,4`), closing quotes (`“He left.” She said`), lower-case
//!    continuations (`e.g. the`) and CJK full stops (`。！？`) right. Three
//!    boundaries UAX #29 misses are added: an ellipsis `…` before a capital,
//!    a full stop before a number (`he said. "2005 will`) and a full stop
//!    with no space before a capitalised word (`$10.9bn.For the year`).
//! 3. **Repairs.** A boundary is undone where UAX #29 is wrong for news:
//!    after titles and abbreviations (`Mr.`, `z.B.`, `Nov. 22`), initials
//!    (`J. R. R. Tolkien`), list markers (`1. Item`), inside URLs and e-mail
//!    addresses, before a lower-case word after `?` or `!`
//!    (`“Why?” she asked`), and before closing guillemets set off by a space
//!    (`« C'est fini. »`). Abbreviations that may end a sentence (`U.S.`,
//!    `St.`, initials) end it only before a sentence opener (`The`, `He`,
//!    `Er`, a quotation mark).
//! 4. **Bounding.** A unit longer than [`DEFAULT_MAX_UNIT_BYTES`] is cut,
//!    preferably after a clause, else between words, else between
//!    characters, never inside a character and never inside the grapheme
//!    clusters that occur in practice (see `may_cut`).
//!
//! Every decision looks at a bounded window around a boundary, so the whole
//! pass stays linear and allocates only the output and per-paragraph
//! bookkeeping.

use unicode_segmentation::UnicodeSegmentation;

use crate::Span;

/// Longest unit, in bytes. A longer sentence (or a text without sentence
/// punctuation) is cut into pieces of at most this size.
pub const DEFAULT_MAX_UNIT_BYTES: usize = 1000;

/// Most words in the place name of a dateline (`RIO DE JANEIRO`).
pub const DEFAULT_DATELINE_WORDS: usize = 4;

/// Narrowest line width, in characters, that counts as hard-wrapped. A
/// line break is soft (a space) when the line before does not end a
/// sentence, the next line starts with a lower-case word, and the line
/// before is at least this wide or stops mid-phrase. A paragraph wrapped as
/// a whole (see [`DEFAULT_MIN_WRAPPED_LINES`]) is at least this wide too.
pub const DEFAULT_MIN_WRAP_WIDTH: usize = 30;

/// Widest paragraph, in characters per line, that can be hard-wrapped as a
/// whole. Wrapping tools use 60–80 columns; pasted web paragraphs are
/// single long lines.
pub const DEFAULT_MAX_WRAP_WIDTH: usize = 120;

/// Fewest lines for a paragraph to be recognised as hard-wrapped as a whole
/// (every line filled up to the width, so that the next line's first word
/// would not have fitted). Then every line break in it is soft.
pub const DEFAULT_MIN_WRAPPED_LINES: usize = 3;

/// How far (in bytes) the rules look before and after a boundary.
const LOOKAROUND: usize = 64;

/// A run of this many whitespace or closing characters starts a new UAX #29
/// window. It keeps the splitter linear: `unicode-segmentation` rescans
/// such runs after a full stop for every character in them.
const MAX_RUN: usize = 64;

/// Titles and abbreviations that never end a sentence (lower case, without
/// the final dot).
#[rustfmt::skip]
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "capt", "lt", "sgt", "cpl", "pvt",
    "cmdr", "adm", "brig", "supt", "insp", "det", "sra", "srta", "dra", "dña", "mme", "mlle", "mm",
    "mgr", "dhr", "mevr", "jhr", "mw", "ir", "lic", "ing", "arq", "gral", "cnel", "tte", "mons",
    "excmo", "dipl", "hl", "geb", "gest", "verh", "hrsg", "e.g", "i.e", "cf", "vs", "viz", "approx", "aprox", "z.b", "d.h", "bzw",
    "vgl", "ca", "inkl", "evtl", "ggf", "sog", "p.ex", "env", "d.w.z", "bijv", "o.a", "m.a.w",
];

/// Abbreviations that usually go on but may end a sentence: the sentence
/// goes on unless the next word is a common sentence opener.
#[rustfmt::skip]
const MAYBE_FINAL: &[&str] = &[
    "gen", "sen", "rep", "gov", "col", "maj", "rev", "hon", "pres", "fr", "hr", "st", "ste", "mt",
    "ft", "jr", "sr", "co", "dept", "univ", "ave", "av", "blvd", "rd", "str", "mio", "mrd", "jh",
    "ud", "uds", "u.a", "boul", "avda", "dpto", "cía", "hnos", "abb", "kap", "bd", "aufl",
];

/// Abbreviations that go on only before a number (`No. 10`, `Nov. 22`).
#[rustfmt::skip]
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "nr", "num", "núm", "art", "arts", "fig", "figs", "vol", "vols", "p", "pp", "pg",
    "pag", "pág", "ch", "chap", "sec", "para", "tel", "abs", "blz", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "févr", "avr", "juil", "déc",
    "ene", "abr", "ago", "dic", "okt", "dez",
];

/// Abbreviations that often end a sentence: the sentence goes on only
/// before a lower-case word (`etc. and`), as for any full stop.
#[rustfmt::skip]
const FINAL: &[&str] = &[
    "etc", "usw", "u.s.w", "enz", "inc", "ltd", "plc", "corp", "llc", "bros", "al",
];

/// Words that open a sentence; after an initial or an ambiguous
/// abbreviation they mean the full stop did end a sentence
/// (`in the U.S. The` versus `the U.S. President`).
#[rustfmt::skip]
const SENTENCE_OPENERS: &[&str] = &[
    "A", "An", "The", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their",
    "Our", "My", "Your", "This", "That", "These", "Those", "There", "Here", "But", "And", "Or",
    "So", "Yet", "Nor", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "However",
    "Meanwhile", "Also", "Now", "Then", "Some", "Many", "Most", "What", "Why", "How", "Where",
    "Both", "For", "By", "To", "With", "From", "Since", "Although", "Though", "Because", "Let",
    "Yes", "Please", "Such", "Each", "Every", "Not", "Last", "Earlier", "Later", "Still", "Instead",
    "Der", "Die", "Das", "Ein", "Eine", "Er", "Sie", "Es", "Wir", "Ich", "Aber", "Und", "Doch",
    "Dann", "Auch", "Im", "Am", "Nach", "Il", "Elle", "Ils", "Elles", "Nous", "Je", "Mais", "Cette",
    "Ce", "Les", "Un", "Une", "Él", "Ella", "Ellos", "Pero", "Los", "Las", "Una", "Este", "Esta",
    "Hij", "Zij", "Het", "Maar", "Wij", "Ik", "Een",
];

/// Nouns after which `3.` is an ordinal, not the end of a sentence
/// (`am 3. Oktober`, `im 19. Jahrhundert`).
#[rustfmt::skip]
const ORDINAL_NOUNS: &[&str] = &[
    "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember", "Jahrhundert", "Jahrtausend", "Weltkrieg", "Bundesliga",
    "Liga", "Klasse", "Platz", "Runde", "Mal", "Stock", "Quartal",
];

/// German articles and prepositions that come before an ordinal
/// (`am 10. Spieltag`).
#[rustfmt::skip]
const ORDINAL_CUES: &[&str] = &[
    "am", "im", "vom", "zum", "zur", "beim", "dem", "den", "der", "die", "das", "des", "seit",
    "bis", "ab", "ihrem", "seinem", "ihrer", "seiner", "jeder", "jedem",
];

/// Splits `text` into units (sentences, and lines that stand alone such as
/// headlines and list items) as byte spans: trimmed of whitespace, never
/// empty, in order and non-overlapping, with nothing but whitespace between
/// them. No unit is longer than [`DEFAULT_MAX_UNIT_BYTES`] unless it has no
/// place to cut (in practice, a single grapheme cluster: a base character
/// and a long run of combining marks). Empty or whitespace-only text gives
/// no span.
///
/// ```
/// let text = "Mr. Hun met U.S. officials on Nov. 22. “We agreed.” He left.";
/// let units: Vec<&str> = nutgraf::split_sentences(text)
///     .iter()
///     .map(|s| &text[s.start..s.end])
///     .collect();
/// assert_eq!(
///     units,
///     ["Mr. Hun met U.S. officials on Nov. 22.", "“We agreed.”", "He left."]
/// );
/// ```
pub fn split(text: &str) -> Vec<Span> {
    let lines = lines(text);
    let mut units = Units::new(text);
    for paragraph in lines.chunk_by(|_, next| !next.new_paragraph) {
        let soft = soft_breaks(text, paragraph);
        for (i, line) in paragraph.iter().enumerate() {
            let join = if i > 0 && soft[i - 1] {
                Join::Soft
            } else {
                Join::Hard
            };
            split_line(text, line, join, &mut units);
        }
    }
    units.finish()
}

// ---------------------------------------------------------------------------
// Step 1: lines, paragraphs and soft line breaks.

/// A non-blank line.
#[derive(Debug, Clone, Copy)]
struct Line {
    /// Byte offset of the line start (indentation included).
    start: usize,
    /// Byte offset of the first non-whitespace character.
    text_start: usize,
    /// Byte offset just past the last non-whitespace character.
    end: usize,
    /// Whether a blank line, a paragraph separator or the start of the text
    /// comes before it.
    new_paragraph: bool,
}

/// Whether `c` ends a line (`\r\n` is handled by the caller).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// The non-blank lines of `text`, each marked when it opens a paragraph.
fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut new_paragraph = true;
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        if !is_line_break(c) {
            continue;
        }
        if c == '\n' && i > 0 && bytes[i - 1] == b'\r' {
            start = i + 1;
            continue;
        }
        push_line(text, start, i, &mut new_paragraph, &mut out);
        new_paragraph |= c == '\u{2029}';
        start = i + c.len_utf8();
    }
    push_line(text, start, text.len(), &mut new_paragraph, &mut out);
    out
}

/// Records the line `text[start..end]`, or a paragraph break if it is blank.
fn push_line(text: &str, start: usize, end: usize, new_paragraph: &mut bool, out: &mut Vec<Line>) {
    match trim(text, start, end) {
        Some(span) => {
            out.push(Line {
                start,
                text_start: span.start,
                end: span.end,
                new_paragraph: *new_paragraph,
            });
            *new_paragraph = false;
        }
        None => *new_paragraph = true,
    }
}

/// What decides whether the break after a line is soft.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// Characters from the line start (indentation included) to its end.
    width: usize,
    /// Characters in the first word.
    first_word: usize,
    /// Whether the line starts with a lower-case word.
    starts_lower: bool,
    /// Whether the line ends with sentence punctuation.
    ends_sentence: bool,
    /// Whether the line ends with a title or abbreviation that never ends a
    /// sentence (`Mr.`, `e.g.`), or is only a list marker (`A.`).
    ends_open: bool,
    /// Whether the line ends inside a phrase: with a lower-case word or
    /// with `,` `;` `:` or a dash.
    ends_mid_phrase: bool,
    /// Whether the line starts with a bullet or a list number.
    list_item: bool,
}

impl Shape {
    /// The shape of `line`.
    fn of(text: &str, line: &Line) -> Shape {
        let body = &text[line.text_start..line.end];
        let tail = tail(text, line.text_start, line.end);
        Shape {
            width: text[line.start..line.end].chars().count(),
            first_word: body
                .split(char::is_whitespace)
                .next()
                .map_or(0, |w| w.chars().count()),
            starts_lower: starts_with_lower_word(head(text, line.text_start, line.end)),
            ends_sentence: last_terminal(tail).is_some(),
            ends_open: is_list_marker(tail)
                || tail
                    .strip_suffix('.')
                    .is_some_and(|body| classify(last_token(body)) == Abbreviation::NeverFinal),
            ends_mid_phrase: ends_mid_phrase(tail),
            list_item: is_list_item(body),
        }
    }

    /// Whether a line of this shape, taken alone, runs on into `next`: it
    /// ends with `Mr.`, or it does not end a sentence, the next line starts
    /// in lower case, and it is either wide (wrapped) or stops mid-phrase
    /// (`The transit was a` / `very rare event`, as left by pages whose
    /// links or emphasis were put on lines of their own).
    fn runs_into(&self, next: &Shape) -> bool {
        let wide = self.width >= DEFAULT_MIN_WRAP_WIDTH;
        self.ends_open
            || (!self.ends_sentence && next.starts_lower && (wide || self.ends_mid_phrase))
    }
}

/// Whether the line ending `tail` stops inside a phrase: a lower-case last
/// word, or a comma, semicolon, colon or dash.
fn ends_mid_phrase(tail: &str) -> bool {
    let word = tail.rsplit(char::is_whitespace).next().unwrap_or("");
    let lower_word = word.ends_with(char::is_lowercase) && !word.chars().any(char::is_uppercase);
    lower_word || tail.ends_with(&[',', ';', ':', '-', '–', '—'][..])
}

/// For each line break in `paragraph`, whether it is soft (a space inside a
/// sentence) rather than hard (the end of a unit).
fn soft_breaks(text: &str, paragraph: &[Line]) -> Vec<bool> {
    let shapes: Vec<Shape> = paragraph.iter().map(|l| Shape::of(text, l)).collect();
    let wrapped_from = wrapped_from(&shapes);
    shapes
        .windows(2)
        .enumerate()
        .map(|(i, pair)| {
            let wrapped = wrapped_from.is_some_and(|from| i >= from);
            !pair[1].list_item && (wrapped || pair[0].runs_into(&pair[1]))
        })
        .collect()
}

/// The first line of the hard-wrapped part of a paragraph: all of it, or
/// all but a first line that stands alone (a headline or dateline).
fn wrapped_from(shapes: &[Shape]) -> Option<usize> {
    if is_wrapped(shapes) {
        Some(0)
    } else if shapes.len() > DEFAULT_MIN_WRAPPED_LINES && is_wrapped(&shapes[1..]) {
        Some(1)
    } else {
        None
    }
}

/// Whether a paragraph was hard-wrapped as a whole: enough lines, a
/// plausible width, every line but the last filled so that the next word
/// would not have fitted, and at least one line starting in lower case
/// (which a list of headlines never has).
fn is_wrapped(shapes: &[Shape]) -> bool {
    let width = shapes.iter().map(|s| s.width).max().unwrap_or(0);
    shapes.len() >= DEFAULT_MIN_WRAPPED_LINES
        && (DEFAULT_MIN_WRAP_WIDTH..=DEFAULT_MAX_WRAP_WIDTH).contains(&width)
        && shapes
            .windows(2)
            .all(|p| p[0].width + 1 + p[1].first_word > width)
        && shapes[1..].iter().any(|s| s.starts_lower)
        && !shapes.iter().any(|s| s.list_item)
}

/// Whether `line` starts like a list item: a bullet, or a number or letter
/// followed by `.` or `)`, then a space.
fn is_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    let first = chars.next();
    if matches!(
        first,
        Some('-' | '*' | '+' | '•' | '·' | '–' | '—' | '▪' | '►' | '◦' | '‣')
    ) {
        return chars.next().is_some_and(char::is_whitespace);
    }
    let marker = line
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(line.len());
    let marker = match marker {
        0 => first
            .filter(|c| c.is_alphabetic())
            .map_or(0, char::len_utf8),
        n if n <= 3 => n,
        _ => 0,
    };
    marker > 0
        && line[marker..].starts_with(&['.', ')'][..])
        && line[marker + 1..].starts_with(char::is_whitespace)
}

// ---------------------------------------------------------------------------
// Step 2: candidate boundaries inside a line.

/// How a piece of text is joined to the piece before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    /// A boundary found inside a line, by UAX #29 or [`missed_boundary`].
    Inline,
    /// A soft line break or a long run of spaces: a boundary only if the
    /// text before ends with sentence punctuation.
    Soft,
    /// A hard line break or a paragraph break: always a boundary.
    Hard,
}

/// Splits one line into candidate pieces and hands them to `units`. The
/// first piece is joined to what came before by `join`.
fn split_line(text: &str, line: &Line, join: Join, units: &mut Units) {
    let mut join = join;
    let mut from = line.text_start;
    while from < line.end {
        let to = window_end(text, from, line.end);
        split_window(text, from, to, join, units);
        join = Join::Soft;
        from = to;
    }
}

/// Where the UAX #29 window starting at `from` ends: after [`MAX_RUN`]
/// whitespace or closing characters in a row, or at `end`.
fn window_end(text: &str, from: usize, end: usize) -> usize {
    let mut run = 0;
    for (i, c) in text[from..end].char_indices() {
        if c.is_whitespace() || is_closer(c) {
            run += 1;
            if run >= MAX_RUN {
                return from + i + c.len_utf8();
            }
        } else {
            run = 0;
        }
    }
    end
}

/// Splits `text[start..end]` with UAX #29, plus the boundaries it misses,
/// and pushes the pieces.
fn split_window(text: &str, start: usize, end: usize, join: Join, units: &mut Units) {
    let mut join = join;
    for (offset, piece) in text[start..end].split_sentence_bound_indices() {
        let mut from = start + offset;
        let to = from + piece.len();
        while let Some(cut) = missed_boundary(text, from, to) {
            units.push(from, cut, join);
            join = Join::Inline;
            from = cut;
        }
        units.push(from, to, join);
        join = Join::Inline;
    }
}

/// The first sentence boundary inside the UAX #29 piece `text[from..to]`
/// that UAX #29 misses, see [`dateline_end`], [`ellipsis_ends`] and
/// [`stop_ends`].
fn missed_boundary(text: &str, from: usize, to: usize) -> Option<usize> {
    if let Some(end) = dateline_end(text, from, to) {
        return Some(end);
    }
    let piece = &text[from..to];
    piece.match_indices(&['…', '.'][..]).find_map(|(i, stop)| {
        let after = from + i + stop.len();
        let closers = if stop == "…" {
            ellipsis_ends(&text[after..to])
        } else {
            stop_ends(text, from, from + i, to)
        };
        closers.map(|len| after + len)
    })
}

/// A news dateline that opens a line, up to the sentence it introduces:
/// `PHNOM PENH (The Phnom Penh Post/Asia News Network): Prime Minister…`,
/// `LONDON, Nov 22 (Reuters) - The…`, `WASHINGTON: The…`. The place is in
/// capitals (at most [`DEFAULT_DATELINE_WORDS`] words); a date may follow
/// after a comma when an agency in brackets comes next. The separator is a
/// colon, or a dash after the agency (a bare `US - China talks` is a
/// sentence). Returns where the sentence starts.
fn dateline_end(text: &str, from: usize, to: usize) -> Option<usize> {
    let line_start = text[..from].trim_end_matches(&[' ', '\t'][..]);
    if !(line_start.is_empty() || line_start.ends_with('\n')) {
        return None;
    }
    // The window (`head`: LOOKAROUND bytes) bounds the whole dateline,
    // agency included.
    let piece = head(text, from, to);
    let place = dateline_place(piece)?;
    let mut rest = &piece[place..];
    // A date after a comma needs the agency in brackets after it.
    let dated = rest.starts_with(',');
    if dated {
        let date_len = rest.find(&['(', ':', '\n'][..]).filter(|&n| n <= 30)?;
        rest = &rest[date_len..];
    }
    let mut agency = false;
    if let Some(inside) = rest.trim_start_matches(' ').strip_prefix('(') {
        let close = inside.find(')').filter(|&n| n > 0)?;
        if inside[..close].contains('\n') {
            return None;
        }
        agency = true;
        rest = &inside[close + 1..];
    } else if dated {
        return None;
    }
    let rest_trimmed = rest.trim_start_matches(' ');
    let after_sep = match rest_trimmed.chars().next()? {
        ':' => &rest_trimmed[1..],
        '-' | '–' | '—' if agency => rest_trimmed.trim_start_matches(&['-', '–', '—'][..]),
        _ => return None,
    };
    let sentence = after_sep.trim_start_matches(&[' ', '\t'][..]);
    let spaced = sentence.len() < after_sep.len();
    let opens = sentence
        .trim_start_matches(is_opener)
        .starts_with(char::is_uppercase);
    let start = from + (piece.len() - sentence.len());
    (spaced && opens && start < to).then_some(start)
}

/// The length of the place in capitals that opens `piece` (`PHNOM PENH`,
/// `WASHINGTON`, `RIO DE JANEIRO`), if it is one: up to
/// [`DEFAULT_DATELINE_WORDS`] words of capitals, at least two letters.
fn dateline_place(piece: &str) -> Option<usize> {
    let mut len = 0;
    let mut letters = 0;
    for (i, word) in piece.split(' ').enumerate() {
        let bare = word.trim_end_matches(&[',', ':'][..]);
        let caps = bare.chars().all(|c| c.is_uppercase() || ".'’-".contains(c))
            && bare.chars().any(char::is_uppercase);
        if !caps || i == DEFAULT_DATELINE_WORDS {
            break;
        }
        letters += bare.chars().filter(|c| c.is_uppercase()).count();
        len += usize::from(i > 0) + bare.len();
        if bare.len() < word.len() {
            break; // the comma before a date, or the colon
        }
    }
    (letters >= 2).then_some(len)
}

/// Whether an ellipsis followed by `after` ends a sentence (`Wait… Then`):
/// the length of the closing quotes that go with it, if so.
fn ellipsis_ends(after: &str) -> Option<usize> {
    let rest = after.trim_start_matches(is_closer);
    let next = rest.trim_start();
    let spaced = next.len() < rest.len();
    let next = next.trim_start_matches(is_opener);
    (spaced && next.starts_with(char::is_uppercase)).then_some(after.len() - rest.len())
}

/// Whether the full stop at `dot` (in the piece `text[from..to]`) ends a
/// sentence although UAX #29 goes on: the length of the closing quotes that
/// go with it, if so. Two cases:
/// - a number opens the next sentence (`he said. "2005 will`): rule SB8
///   skips digits to find a lower-case letter;
/// - no space follows (`$10.9bn.For the year`, pasted paragraphs that lost
///   their break): rule SB7 keeps `word.Word` together.
fn stop_ends(text: &str, from: usize, dot: usize, to: usize) -> Option<usize> {
    let after = &text[dot + 1..to];
    let rest = after.trim_start_matches(is_closer);
    let next = rest.trim_start();
    let before = tail(text, from, dot);
    if before.ends_with('.') {
        return None; // an ellipsis
    }
    let token = last_token(before);
    let ends = if next.len() < rest.len() {
        let next = next.trim_start_matches(is_opener);
        next.starts_with(|c: char| c.is_ascii_digit()) && classify(token) == Abbreviation::None
    } else {
        rest.len() == after.len() && is_glued_sentence(token, head(text, dot + 1, to))
    };
    ends.then_some(after.len() - rest.len())
}

/// Whether `token.` followed directly by `next` is two sentences glued
/// together: an ordinary word ending in two lower-case letters, then a
/// capitalised word, and no URL, e-mail address or path around.
fn is_glued_sentence(token: &str, next: &str) -> bool {
    let mut last = token.chars().rev();
    let lower_end =
        last.next().is_some_and(char::is_lowercase) && last.next().is_some_and(char::is_lowercase);
    let mut first = next.chars();
    let capitalised = first.next().is_some_and(char::is_uppercase)
        && first.next().is_some_and(char::is_lowercase);
    lower_end && capitalised && classify(token) == Abbreviation::None && !in_address(token, next)
}

// ---------------------------------------------------------------------------
// Step 3: joining pieces into units.

/// A unit being built.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    /// Whether it holds a letter or a digit.
    has_word: bool,
}

/// Collects pieces into units.
struct Units<'a> {
    text: &'a str,
    out: Vec<Span>,
    pending: Option<Piece>,
    /// The strongest join seen since the last piece (blank pieces carry
    /// their join over).
    join: Join,
}

impl<'a> Units<'a> {
    fn new(text: &'a str) -> Self {
        Units {
            text,
            out: Vec::new(),
            pending: None,
            join: Join::Hard,
        }
    }

    /// Adds the piece `text[start..end]`, joined to the previous one by
    /// `join`.
    fn push(&mut self, start: usize, end: usize, join: Join) {
        self.join = strongest(self.join, join);
        let Some(span) = trim(self.text, start, end) else {
            return;
        };
        let next = Piece {
            start: span.start,
            end: span.end,
            has_word: self.text[span.start..span.end]
                .chars()
                .any(char::is_alphanumeric),
        };
        let join = std::mem::replace(&mut self.join, Join::Inline);
        self.pending = Some(match self.pending.take() {
            None => next,
            Some(prev) if continues(self.text, &prev, &next, join) => Piece {
                start: prev.start,
                end: next.end,
                has_word: prev.has_word || next.has_word,
            },
            Some(prev) => {
                let (prev, next) = move_closers(self.text, prev, next, join);
                self.emit(prev);
                next
            }
        });
    }

    /// Ends the current unit, cutting it if it is too long.
    fn emit(&mut self, unit: Piece) {
        let mut start = unit.start;
        while unit.end - start > DEFAULT_MAX_UNIT_BYTES {
            let cut = chunk_end(self.text, start, unit.end);
            self.out.extend(trim(self.text, start, cut));
            start = cut;
        }
        self.out.extend(trim(self.text, start, unit.end));
    }

    /// The units.
    fn finish(mut self) -> Vec<Span> {
        if let Some(unit) = self.pending.take() {
            self.emit(unit);
        }
        self.out
    }
}

/// The stronger of two joins.
fn strongest(a: Join, b: Join) -> Join {
    match (a, b) {
        (Join::Hard, _) | (_, Join::Hard) => Join::Hard,
        (Join::Soft, _) | (_, Join::Soft) => Join::Soft,
        _ => Join::Inline,
    }
}

/// Whether `next` continues the unit `prev` across a candidate boundary.
fn continues(text: &str, prev: &Piece, next: &Piece, join: Join) -> bool {
    let before = tail(text, prev.start, prev.end);
    let after = head(text, next.start, next.end);
    match join {
        Join::Hard => return false,
        Join::Soft if last_terminal(before).is_none() => return true,
        _ => {}
    }
    if !prev.has_word || !next.has_word || is_list_marker(&text[prev.start..prev.end]) {
        return true;
    }
    let address = prev.end == next.start && in_address(before, after);
    match last_terminal(before) {
        Some('.') => address || period_continues(before, after, join),
        Some('?' | '!') => address || starts_with_lower_word(after),
        Some('…' | '‽') => starts_with_lower_word(after),
        Some('。' | '！' | '？') => {
            before.ends_with(&['」', '』'][..]) && after.starts_with(&['と', 'っ'][..])
        }
        _ => false,
    }
}

/// Whether the full stop ending `before` goes on into `after`.
fn period_continues(before: &str, after: &str, join: Join) -> bool {
    if join == Join::Soft && !starts_with_digit(after) && first_letter_is_lower(after) {
        return true; // UAX #29 rule SB8 (applied inside lines), minus numbers
    }
    let Some(body) = before.strip_suffix('.') else {
        return false; // closing quotes after the full stop
    };
    if body.ends_with('.') {
        return false; // an ellipsis before a capital
    }
    match classify(last_token(body)) {
        Abbreviation::NeverFinal => true,
        Abbreviation::MaybeFinal => !opens_sentence(after),
        Abbreviation::BeforeNumber => starts_with_digit(after),
        Abbreviation::Ordinal => ordinal_continues(body, after),
        Abbreviation::Time => is_time_zone(after),
        Abbreviation::Final | Abbreviation::None => false,
    }
}

/// Whether the number ending `body` is an ordinal that goes on into
/// `after`: before a noun that takes ordinals (`3. Oktober`), or after a
/// German article or preposition and before a capitalised word that does
/// not open sentences (`am 10. Spieltag`, `zum 2. Mal`).
fn ordinal_continues(body: &str, after: &str) -> bool {
    let (word, rest) = first_word(after);
    if ORDINAL_NOUNS.contains(&word) {
        return true;
    }
    let before_number = body
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    let cue = before_number
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    ORDINAL_CUES.contains(&cue)
        && word.starts_with(char::is_uppercase)
        && after.starts_with(word)
        && !rest.starts_with('.')
        && !SENTENCE_OPENERS.contains(&word)
}

/// What a word before a full stop is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbreviation {
    /// A title or connective: the sentence goes on (`Mr.`, `e.g.`).
    NeverFinal,
    /// An initial, acronym or ambiguous abbreviation (`J.`, `U.S.`, `St.`).
    MaybeFinal,
    /// Goes on before a number (`No.`, `Nov.`).
    BeforeNumber,
    /// A small number, an ordinal before some nouns (`3. Oktober`).
    Ordinal,
    /// Often ends a sentence (`etc.`, `Inc.`).
    Final,
    /// `a.m.` or `p.m.`: goes on before a time zone (`10 a.m. ET`).
    Time,
    /// An ordinary word.
    None,
}

/// Classifies `token`, the word before a full stop.
fn classify(token: &str) -> Abbreviation {
    let mut chars = token.chars();
    let (first, second) = (chars.next(), chars.next());
    if first.is_some_and(char::is_uppercase) && second.is_none() {
        return Abbreviation::MaybeFinal; // an initial
    }
    if (1..=2).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_digit()) {
        return Abbreviation::Ordinal;
    }
    if second.is_some() && !token.chars().any(char::is_lowercase) {
        // An acronym (`MS`, `NO`), not a title: only dotted ones (`U.S`)
        // are abbreviations.
        return if is_dotted(token) {
            Abbreviation::MaybeFinal
        } else {
            Abbreviation::None
        };
    }
    if eq_lowercase(token, "a.m") || eq_lowercase(token, "p.m") {
        return Abbreviation::Time;
    }
    let lists = [
        (FINAL, Abbreviation::Final),
        (NEVER_FINAL, Abbreviation::NeverFinal),
        (BEFORE_NUMBER, Abbreviation::BeforeNumber),
        (MAYBE_FINAL, Abbreviation::MaybeFinal),
    ];
    for (list, kind) in lists {
        if list.iter().any(|a| eq_lowercase(token, a)) {
            return kind;
        }
    }
    if (first.is_some_and(char::is_alphabetic) && second.is_none()) || is_dotted(token) {
        return Abbreviation::MaybeFinal;
    }
    Abbreviation::None
}

/// Whether `token` is short letter groups joined by dots (`U.S`, `EE.UU`,
/// `Ph.D`).
fn is_dotted(token: &str) -> bool {
    token.contains('.')
        && token.split('.').all(|part| {
            let n = part.chars().count();
            (1..=2).contains(&n) && part.chars().all(char::is_alphabetic)
        })
}

/// Whether `token` lower-cased equals `lower`, without allocating.
fn eq_lowercase(token: &str, lower: &str) -> bool {
    token.len() <= lower.len() + 2 && token.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// Whether `piece` is only a list marker (`1.`, `iv.`, `B.`).
fn is_list_marker(piece: &str) -> bool {
    let Some(body) = piece.strip_suffix(&['.', ')'][..]) else {
        return false;
    };
    let mut chars = body.chars();
    if chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none() {
        return true;
    }
    let digits = (1..=3).contains(&body.len()) && body.bytes().all(|b| b.is_ascii_digit());
    let roman = (1..=4).contains(&body.len())
        && (body.bytes().all(|b| b"ivxlcdm".contains(&b))
            || body.bytes().all(|b| b"IVXLCDM".contains(&b)));
    digits || roman
}

/// Whether the boundary between `before` and `after` (with no space
/// between) falls inside a URL, an e-mail address or a path.
fn in_address(before: &str, after: &str) -> bool {
    let left = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let right = after.split(char::is_whitespace).next().unwrap_or("");
    [left, right].iter().any(|t| {
        t.contains("://")
            || t.contains(&['@', '/'][..])
            || t.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("www."))
    })
}

/// Moves closing quotes or brackets that open `next` but belong to `prev`
/// (`… parti. » Elle` in French spacing) over to `prev`.
fn move_closers(text: &str, prev: Piece, next: Piece, join: Join) -> (Piece, Piece) {
    if join == Join::Hard {
        return (prev, next);
    }
    let after = head(text, next.start, next.end);
    let rest = after.trim_start_matches(&['»', '”', '’', '›', ')', ']', '）', '」', '』'][..]);
    let moved = after.len() - rest.len();
    if moved == 0 || !rest.starts_with(char::is_whitespace) {
        return (prev, next);
    }
    match trim(text, next.start + moved, next.end) {
        Some(span) => (
            Piece {
                end: next.start + moved,
                ..prev
            },
            Piece {
                start: span.start,
                ..next
            },
        ),
        None => (prev, next),
    }
}

// ---------------------------------------------------------------------------
// Step 4: bounding long units.

/// Where to end the next chunk of the over-long unit `text[start..end]`:
/// chunks come out of even size, at most [`DEFAULT_MAX_UNIT_BYTES`], cut
/// after a clause if possible, else at a space, else at a word boundary
/// (CJK), else between characters where [`may_cut`] allows it. A unit with
/// no such place before the limit (one base character and a long run of
/// combining marks) ends at the first place after it.
fn chunk_end(text: &str, start: usize, end: usize) -> usize {
    let len = end - start;
    let target = len.div_ceil(len.div_ceil(DEFAULT_MAX_UNIT_BYTES));
    let limit = floor_boundary(text, start + target);
    let min = ceil_boundary(text, start + target / 2);
    space_cut(text, min, limit, true)
        .or_else(|| space_cut(text, min, limit, false))
        .or_else(|| word_cut(text, start, min, limit))
        .or_else(|| char_cut(text, start, limit))
        .unwrap_or_else(|| {
            text[limit..end]
                .char_indices()
                .map(|(i, _)| limit + i)
                .find(|&i| i > start && may_cut(text, start, i))
                .unwrap_or(end)
        })
}

/// The last whitespace in `text[min..limit]` (after clause punctuation if
/// `clause`).
fn space_cut(text: &str, min: usize, limit: usize, clause: bool) -> Option<usize> {
    let window = &text[min..limit];
    window
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            c.is_whitespace()
                && (!clause
                    || window[..i].chars().next_back().is_some_and(|p| {
                        matches!(p, ',' | ';' | ':' | '—' | '–' | '、' | '，' | '；' | '：')
                    }))
        })
        .map(|(i, _)| min + i)
}

/// The last UAX #29 word boundary in `text[min..limit]`, reading from
/// `start` (the boundary just before `limit` is not trusted: the word may
/// go on past it), where [`may_cut`] allows a cut: word rules break Thai
/// and Lao before `AM` (`กำ`) and after a `Prepend` character.
fn word_cut(text: &str, start: usize, min: usize, limit: usize) -> Option<usize> {
    let mut bounds = text[start..limit]
        .split_word_bound_indices()
        .map(|(i, _)| start + i);
    let mut last = None;
    let mut candidate = bounds.next();
    for next in bounds {
        if let Some(c) = candidate.filter(|&c| c >= min && may_cut(text, start, c)) {
            last = Some(c);
        }
        candidate = Some(next);
    }
    last.filter(|&c| c > start)
}

/// The last place in `text[start..limit]` after `start` where [`may_cut`]
/// allows a cut.
fn char_cut(text: &str, start: usize, limit: usize) -> Option<usize> {
    std::iter::once(limit)
        .chain(
            text[start..limit]
                .char_indices()
                .rev()
                .map(|(i, _)| start + i),
        )
        .find(|&i| i > start && may_cut(text, start, i))
}

/// Whether a chunk of the unit starting at `start` may end at the char
/// boundary `i` without splitting a grapheme cluster. This stands in for
/// UAX #29 grapheme segmentation, whose tables cost about 13 KB of gzipped
/// wasm. It refuses a cut
///
/// - before a character that UAX #29 *word* rule WB4 attaches to the one
///   before (Word_Break Extend, Format, ZWJ: every combining mark `M*`,
///   variation selectors, emoji modifiers, emoji tags); this reuses the
///   word tables that [`word_cut`] links in anyway;
/// - before Thai and Lao `AM` (`ำ`, `ຳ`), spacing marks of another
///   category;
/// - after a zero-width joiner (`👩‍👧`);
/// - before a Hangul (or Kirat Rai) vowel or trailing jamo, and after a
///   leading jamo;
/// - after an Indic virama (`InCB=Linker`, conjuncts such as `क्ष`) and
///   after a `Prepend` character (Arabic number signs, a few Brahmic ones);
/// - between the two regional indicators of a flag (`🇫🇷`), counting pairs
///   from `start`.
///
/// Checked against `unicode-segmentation` 1.13 (Unicode 17) for every
/// character after `a`, `क`, `가`, `ᄀ`, a ZWJ and a virama, and before
/// letters, jamo, an emoji and a regional indicator: it never allows a cut
/// that UAX #29 forbids. It is stricter in a few places (before format
/// characters such as a soft hyphen, after a virama or leading jamo that
/// does not join), where it only moves a cut back by a character.
fn may_cut(text: &str, start: usize, i: usize) -> bool {
    let (Some(prev), Some(next)) = (text[..i].chars().next_back(), text[i..].chars().next()) else {
        return true;
    };
    let regional = |c: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
    let inside_flag = || {
        let before = text[start..i].chars().rev();
        regional(prev) && regional(next) && before.take_while(|&c| regional(c)).count() % 2 == 1
    };
    #[rustfmt::skip]
    let joins_back = matches!(
        next,
        '\u{E33}' | '\u{EB3}' | '\u{1160}'..='\u{11FF}' | '\u{D7B0}'..='\u{D7FF}' | '\u{16D63}' |
        '\u{16D67}'..='\u{16D6A}'
    );
    #[rustfmt::skip]
    let joins_forward = matches!(
        prev,
        '\u{200D}' | '\u{1100}'..='\u{115F}' | '\u{A960}'..='\u{A97F}' |
        // Indic_Conjunct_Break=Linker
        '\u{94D}' | '\u{9CD}' | '\u{ACD}' | '\u{B4D}' | '\u{C4D}' | '\u{D4D}' | '\u{1039}' |
        '\u{17D2}' | '\u{1A60}' | '\u{1B44}' | '\u{1BAB}' | '\u{A9C0}' | '\u{AAF6}' |
        '\u{10A3F}' | '\u{11133}' | '\u{113D0}' | '\u{1193E}' | '\u{11A47}' | '\u{11A99}' |
        '\u{11F42}' |
        // Grapheme_Cluster_Break=Prepend
        '\u{600}'..='\u{605}' | '\u{6DD}' | '\u{70F}' | '\u{890}' | '\u{891}' | '\u{8E2}' |
        '\u{D4E}' | '\u{110BD}' | '\u{110CD}' | '\u{111C2}' | '\u{111C3}' | '\u{113D1}' |
        '\u{1193F}' | '\u{11941}' | '\u{11A84}'..='\u{11A89}' | '\u{11D46}' | '\u{11F02}'
    );
    !joins_back && !joins_forward && !attaches(next) && !inside_flag()
}

/// Whether UAX #29 word rule WB4 attaches `c` to the character before it
/// (Word_Break Extend, Format or ZWJ). `unicode-segmentation` does not
/// expose the categories, but after `%` (Word_Break Other) no rule but WB4
/// keeps a character in the same piece, so its word boundaries tell.
fn attaches(c: char) -> bool {
    let mut buf = [b'%'; 5];
    let len = 1 + c.encode_utf8(&mut buf[1..]).len();
    std::str::from_utf8(&buf[..len]).is_ok_and(|pair| pair.split_word_bounds().nth(1).is_none())
}

// ---------------------------------------------------------------------------
// Small text helpers.

/// `text[start..end]` without surrounding whitespace, or `None` if blank.
fn trim(text: &str, start: usize, end: usize) -> Option<Span> {
    let s = &text[start..end];
    let trimmed = s.trim_start();
    let lead = s.len() - trimmed.len();
    let trimmed = trimmed.trim_end();
    (!trimmed.is_empty()).then(|| Span {
        start: start + lead,
        end: start + lead + trimmed.len(),
    })
}

/// The largest char boundary of `text` at or before `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or after `i`.
fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The last [`LOOKAROUND`] bytes of `text[start..end]`.
fn tail(text: &str, start: usize, end: usize) -> &str {
    &text[ceil_boundary(text, end.saturating_sub(LOOKAROUND).max(start))..end]
}

/// The first [`LOOKAROUND`] bytes of `text[start..end]`.
fn head(text: &str, start: usize, end: usize) -> &str {
    &text[start..floor_boundary(text, (start + LOOKAROUND).min(end))]
}

/// Whether `c` can close a sentence's quotation or parenthesis.
#[rustfmt::skip]
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '“' | '‘' | '»' | '«' | '›' | '‹' | ')' | ']' | '}' | '）' | '」' |
        '』' | '】' | '》' | '〉' | '〕'
    )
}

/// Whether `c` can open a sentence (quotes, brackets, Spanish `¿ ¡`).
#[rustfmt::skip]
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '„' | '«' | '»' | '‹' | '(' | '[' | '¿' | '¡' | '「' | '『' | '（'
    )
}

/// Whether `c` ends a sentence.
#[rustfmt::skip]
fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '‽' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？' | '｡' | '．' | '।' |
        '॥' | '؟' | '۔' | '։' | '።' | '፧' | '︒' | '﹒' | '﹖' | '﹗'
    )
}

/// The sentence punctuation that ends `s`, looking past closing quotes and
/// brackets.
fn last_terminal(s: &str) -> Option<char> {
    s.trim_end_matches(is_closer)
        .chars()
        .next_back()
        .filter(|&c| is_terminal(c))
}

/// The last word of `body` (the text before a full stop), without opening
/// punctuation; empty if the word may not be whole.
fn last_token(body: &str) -> &str {
    match body.rsplit_once(char::is_whitespace) {
        Some((_, token)) => token.trim_start_matches(|c: char| !c.is_alphanumeric()),
        None if body.len() < LOOKAROUND - 1 => {
            body.trim_start_matches(|c: char| !c.is_alphanumeric())
        }
        None => "",
    }
}

/// The first word of `after` (letters only, after opening punctuation) and
/// the text after it.
fn first_word(after: &str) -> (&str, &str) {
    let s = after.trim_start_matches(|c: char| !c.is_alphanumeric());
    s.split_at(s.find(|c: char| !c.is_alphabetic()).unwrap_or(s.len()))
}

/// Whether `after` opens a sentence: an opening quote or a word that opens
/// sentences (`The`, `Er`).
fn opens_sentence(after: &str) -> bool {
    let (word, rest) = first_word(after);
    after.starts_with(&['"', '“', '„', '«', '‘', '¿', '¡', '「'][..])
        || (!rest.starts_with('.') && SENTENCE_OPENERS.contains(&word))
}

/// Whether `after` starts with a time zone: a word of two to four capitals
/// (`ET`, `GMT`, `AEST`).
fn is_time_zone(after: &str) -> bool {
    let (word, rest) = first_word(after);
    (2..=4).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && !rest.starts_with('.')
        && after.starts_with(word)
}

/// Whether `after` starts with a digit (after opening punctuation).
fn starts_with_digit(after: &str) -> bool {
    after
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(|c: char| c.is_ascii_digit())
}

/// UAX #29 rule SB8: whether the first letter of `after` (skipping digits,
/// spaces and punctuation, but not sentence punctuation) is lower case.
fn first_letter_is_lower(after: &str) -> bool {
    after
        .chars()
        .find(|&c| c.is_alphabetic() || is_terminal(c))
        .is_some_and(char::is_lowercase)
}

/// Whether `s` starts (after opening quotes) with a word in lower case only
/// (`and`, not `iPhone`).
fn starts_with_lower_word(s: &str) -> bool {
    let s = s.trim_start_matches(is_opener);
    let word = s.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    word.starts_with(char::is_lowercase) && !word.chars().any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn classify_tokens() {
        let cases = [
            ("J", Abbreviation::MaybeFinal),
            ("Mr", Abbreviation::NeverFinal),
            ("z.B", Abbreviation::NeverFinal),
            ("U.S", Abbreviation::MaybeFinal),
            ("EE.UU", Abbreviation::MaybeFinal),
            ("Nov", Abbreviation::BeforeNumber),
            ("P", Abbreviation::MaybeFinal),
            ("p", Abbreviation::BeforeNumber),
            ("etc", Abbreviation::Final),
            ("a.m", Abbreviation::Time),
            ("3", Abbreviation::Ordinal),
            ("2019", Abbreviation::None),
            ("house", Abbreviation::None),
            ("", Abbreviation::None),
        ];
        for (token, kind) in cases {
            assert_eq!(classify(token), kind, "{token}");
        }
    }

    #[test]
    fn list_items() {
        let cases = [
            ("- apples", true),
            ("• pears", true),
            ("1. Item", true),
            ("12) Item", true),
            ("a. item", true),
            ("-5 degrees", false),
            ("2019. It", false),
            ("Item", false),
        ];
        for (line, expected) in cases {
            assert_eq!(is_list_item(line), expected, "{line}");
        }
    }

    #[test]
    fn chunks_are_even() {
        let text = "word ".repeat(300); // 1500 bytes
        let sizes: Vec<usize> = split(&text).iter().map(|s| s.end - s.start).collect();
        assert_eq!(sizes.len(), 2);
        assert!(
            sizes
                .iter()
                .all(|&n| (600..=DEFAULT_MAX_UNIT_BYTES).contains(&n)),
            "{sizes:?}"
        );
    }

    #[test]
    fn chunks_end_after_a_clause_when_they_can() {
        let clause = format!("{}, ", "word ".repeat(110).trim_end()); // 551 bytes
        let text = format!("{clause}{}", "more ".repeat(190));
        let first = split(&text)[0];
        assert_eq!(&text[first.start..first.end], clause.trim_end());
    }

    /// [`may_cut`] never allows a cut that UAX #29 grapheme segmentation
    /// forbids, between any character and a set of characters of each
    /// grapheme class that joins (tests only: the wasm does not link
    /// grapheme segmentation).
    #[test]
    fn may_cut_never_splits_a_grapheme_pair() {
        let others = [
            'a',
            '0',
            '\u{915}',
            '\u{94D}',
            '\u{1100}',
            '\u{1161}',
            '\u{11A8}',
            '\u{AC00}',
            '\u{AC01}',
            '\u{200D}',
            '\u{16D63}',
            '\u{1F466}',
            '\u{1F1EB}',
            '\u{301}',
        ];
        let mut pair = String::new();
        // Planes 0, 1 and 14: the others hold only ideographs and private
        // use characters, which join nothing.
        let planes = (0..0x2_0000).chain(0xE_0000..0xF_0000);
        for c in planes.filter_map(char::from_u32) {
            for other in others {
                for (a, b) in [(c, other), (other, c)] {
                    pair.clear();
                    pair.extend([a, b]);
                    let joined = pair.graphemes(true).nth(1).is_none();
                    assert!(!(joined && may_cut(&pair, 0, a.len_utf8())), "{pair:?}");
                }
            }
        }
    }

    #[test]
    fn may_cut_keeps_flags_whole() {
        let flags = "🇫🇷🇩🇪🇯🇵";
        let cuts: Vec<usize> = (1..flags.len())
            .filter(|&i| flags.is_char_boundary(i) && may_cut(flags, 0, i))
            .collect();
        assert_eq!(cuts, [8, 16]);
        assert!(may_cut("x🇫🇷", 0, 1) && !may_cut("x🇫🇷", 0, 5));
    }

    #[test]
    fn basics() {
        assert_eq!(
            texts("One here. Two there! Three?"),
            ["One here.", "Two there!", "Three?"]
        );
        assert!(texts("   \n\n ").is_empty());
    }
}
