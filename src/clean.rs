//! Page furniture in pasted text: lines that belong to the web page around
//! the article (share prompts, newsletter and channel plugs, related
//! headlines, tag lines, photo captions and credits, bylines and datelines
//! at the top, cookie and subscription notices), not to the story.
//!
//! Everything works on plain text, line by line, with a little context
//! (what comes before the first paragraph, what follows a "Related" header).
//! The article's own short lines (a one-line quote, a subheading) survive:
//! a line is only furniture when a rule names what it is.

mod lexicon;

use std::sync::OnceLock;

use crate::text::{same_bytes, Document};
use lexicon::{
    BYLINE_STARTS, COMMENT_HEADERS, CREDITS, DATELINE_WORDS, LIST_HEADERS, MONTHS, PROMPT_ANYWHERE,
    PROMPT_STARTS,
};

/// A line that starts like a prompt is furniture up to this many words.
pub const DEFAULT_PROMPT_WORDS: usize = 20;
/// A line that contains a plug or notice phrase is furniture up to this
/// many words.
pub const DEFAULT_NOTICE_WORDS: usize = 45;
/// A one-word label (`Advertisement`, `Share`) counts on lines up to this
/// many words that do not end like a sentence.
pub const DEFAULT_LABEL_WORDS: usize = 8;
/// A headline in a list of related links has at most this many words.
pub const DEFAULT_HEADLINE_WORDS: usize = 25;
/// This many headline-like lines in a row, with no paragraph between, make
/// a list of related links.
pub const DEFAULT_LIST_RUN: usize = 3;
/// A caption with a credit has at most this many words.
pub const DEFAULT_CAPTION_WORDS: usize = 60;
/// A byline or dateline at the top has at most this many words.
pub const DEFAULT_BYLINE_WORDS: usize = 12;

/// Marks the units of `doc` that are page furniture, to be left out of
/// ranking. One flag per unit: a unit is furniture when the line it starts
/// on is.
pub(crate) fn furniture(doc: &Document<'_>) -> Vec<bool> {
    let lines = Line::split(doc.text);
    let flags = furniture_lines(&lines);
    doc.units
        .iter()
        .map(|u| {
            let k = lines.partition_point(|l| l.end() <= u.span.start);
            flags.get(k).copied().unwrap_or(false)
        })
        .collect()
}

/// One line of the text: 16 bytes on wasm32, 24 natively (a text of
/// newlines has a line per byte, so its lower-cased form is made when a rule
/// asks, [`Line::lower`], not kept: 32 MiB of newlines peaked at 950 MB with
/// it, twice news text's peak).
#[derive(Debug, Clone)]
struct Line<'a> {
    /// The line, trimmed.
    text: &'a str,
    /// Byte offset just past the line (its newline included); `u32`, as
    /// input is capped far below 4 GiB ([`crate::DEFAULT_MAX_INPUT_BYTES`]).
    end: u32,
    /// Number of words.
    words: u32,
}

impl<'a> Line<'a> {
    fn split(text: &'a str) -> Vec<Line<'a>> {
        let mut end = 0;
        // Room for every line up front: grown by doubling, the lines of
        // a text of newlines took up to twice their size.
        let count = text.bytes().filter(|&b| b == b'\n').count() + 1;
        let mut lines: Vec<Line<'a>> = Vec::with_capacity(count);
        lines.extend(text.split_inclusive('\n').map(|raw| {
            end += raw.len();
            let t = raw.trim();
            let words = count_words(t);
            Line {
                text: t,
                // No rule reads the lower-case form of longer lines.
                end: end as u32,
                words: words as u32,
            }
        }));
        lines
    }

    /// Byte offset just past the line (its newline included).
    fn end(&self) -> usize {
        self.end as usize
    }

    /// Number of words.
    fn words(&self) -> usize {
        self.words as usize
    }

    /// Lower-cased, without leading bullets and whitespace runs collapsed
    /// (empty on lines of more than [`LOWER_WORDS`] words, which no rule
    /// reading it looks at).
    fn lower(&self) -> String {
        if self.words() <= LOWER_WORDS {
            lower_form(self.text)
        } else {
            String::new()
        }
    }

    fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    fn ends_sentence(&self) -> bool {
        crate::text::ends_sentence(self.text)
    }

    /// A paragraph of prose: ends like a sentence and is not short.
    fn is_prose(&self) -> bool {
        self.ends_sentence() && self.words() >= 12
    }
}

/// The most words of a line that a rule reading [`Line::lower`] looks at:
/// the largest of the limits those rules check first (prompts, labels,
/// notices, bylines and datelines, list and comment headers).
const LOWER_WORDS: usize = max_of(&[
    DEFAULT_PROMPT_WORDS,
    DEFAULT_LABEL_WORDS,
    DEFAULT_NOTICE_WORDS,
    DEFAULT_BYLINE_WORDS,
    8,
    6,
    5,
]);

const fn max_of(values: &[usize]) -> usize {
    let mut max = 0;
    let mut i = 0;
    while i < values.len() {
        if values[i] > max {
            max = values[i];
        }
        i += 1;
    }
    max
}

/// Number of words of `line` (runs of non-whitespace).
fn count_words(line: &str) -> usize {
    let (mut count, mut in_word) = (0, false);
    let mut step = |space: bool| {
        count += usize::from(!space && !in_word);
        in_word = !space;
    };
    if line.is_ascii() {
        // ASCII whitespace as `char::is_whitespace` has it (with \x0B).
        for &b in line.as_bytes() {
            step(matches!(b, b' ' | b'\t'..=b'\r'));
        }
    } else {
        for c in line.chars() {
            step(c.is_whitespace());
        }
    }
    count
}

/// `line` lower-cased, without leading bullets, whitespace runs collapsed
/// to single spaces.
fn lower_form(line: &str) -> String {
    let bare = line.trim_start_matches(|c: char| "•·-–—*>|#▶►»".contains(c) || c.is_whitespace());
    let mut out = String::with_capacity(bare.len());
    for w in bare.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.is_ascii() {
        out.make_ascii_lowercase();
        out
    } else {
        out.to_lowercase()
    }
}

/// One flag per line.
fn furniture_lines(lines: &[Line<'_>]) -> Vec<bool> {
    let mut flags: Vec<bool> = lines.iter().map(is_furniture_line).collect();
    mark_top(lines, &mut flags);
    mark_lists(lines, &mut flags);
    mark_comments(lines, &mut flags);
    flags
}

/// Readers' comments: everything from a comments header on, when the
/// header stands alone (blank lines around it), comes after the story has
/// begun and in the second half of the text.
fn mark_comments(lines: &[Line<'_>], flags: &mut [bool]) {
    let Some(story) = lines.iter().position(Line::is_prose) else {
        return;
    };
    let half = lines.len() / 2;
    let alone = |i: usize| {
        let blank = |k: Option<usize>| k.and_then(|k| lines.get(k)).map_or(true, Line::is_blank);
        blank(i.checked_sub(1)) && blank(Some(i + 1))
    };
    let header =
        (story.max(half) + 1..lines.len()).find(|&i| alone(i) && is_comment_header(&lines[i]));
    if let Some(start) = header {
        for (flag, line) in flags[start..].iter_mut().zip(&lines[start..]) {
            *flag = !line.is_blank();
        }
    }
}

/// `Comments`, `23 Comments`, `Leave a Reply`, `Kommentare (5)`.
fn is_comment_header(line: &Line<'_>) -> bool {
    if line.words() > 5 || line.ends_sentence() {
        return false;
    }
    let zero = line
        .text
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n == "0");
    if zero {
        return false;
    }
    let bare: String = line
        .lower()
        .chars()
        .filter(|c| !c.is_ascii_digit() && !"()[]:".contains(*c))
        .collect();
    COMMENT_HEADERS.contains(&bare.trim())
}

/// Rules that look at one line alone.
fn is_furniture_line(line: &Line<'_>) -> bool {
    !line.is_blank()
        && (is_prompt(line)
            || is_label(line)
            || is_notice(line)
            || is_tag_line(line)
            || is_credited_caption(line))
}

/// Starts like a share/follow/subscribe prompt, a related-links header, a
/// notice, a tag or caption label.
fn is_prompt(line: &Line<'_>) -> bool {
    line.words() <= DEFAULT_PROMPT_WORDS
        && Phrases::prompts()
            .prefixes_of(&line.lower())
            .any(|p| !is_label_word(p))
}

/// A one-word entry of [`PROMPT_STARTS`] in a cased script (`share`,
/// `anzeige`, `síguenos`): matched as a whole word, on short lines only.
/// Phrases, and words of scripts without case (`分享到`), are prompts.
fn is_label_word(p: &str) -> bool {
    !p.contains(&[' ', ':', '@', '('][..]) && p.chars().any(char::is_lowercase)
}

/// A short line that is, or starts with, a one-word label
/// (`Advertisement`, `Share`, `Sponsored`, `Anzeige`).
fn is_label(line: &Line<'_>) -> bool {
    let short = line.words() <= 3 || (line.words() <= DEFAULT_LABEL_WORDS && !line.ends_sentence());
    if !short {
        return false;
    }
    let lower = line.lower();
    let label = Phrases::prompts()
        .prefixes_of(&lower)
        .any(|p| starts_with_word(&lower, p) && is_label_word(p));
    label
}

/// Contains a plug or notice phrase (channel, newsletter, cookies, rights).
fn is_notice(line: &Line<'_>) -> bool {
    line.words() <= DEFAULT_NOTICE_WORDS && Phrases::notices().any_in(&line.lower())
}

/// `Cambodia , US , deportation , Biden , Hun Sen`: three or more short
/// items separated by commas, pipes or bullets, with no sentence end; or a
/// line of hashtags.
fn is_tag_line(line: &Line<'_>) -> bool {
    if line.ends_sentence() {
        return false;
    }
    let hashtags = line
        .text
        .split_whitespace()
        .filter(|w| w.starts_with('#'))
        .count();
    if hashtags >= 2 && hashtags * 2 >= line.words() {
        return true;
    }
    let items: Vec<&str> = line
        .text
        .split(&[',', '|', '·', '•', ';'][..])
        .map(str::trim)
        .collect();
    items.len() >= 3
        && items
            .iter()
            .all(|i| !i.is_empty() && i.split_whitespace().count() <= 4)
        && items.iter().filter(|i| starts_capital(i)).count() * 2 >= items.len()
        && !line.text.contains(" and ")
}

/// A photo caption ending with a credit: `… Phnom Penh. - SPM`,
/// `… (Photo: Reuters)`, `… | AFP/Getty Images`.
fn is_credited_caption(line: &Line<'_>) -> bool {
    if line.words() > DEFAULT_CAPTION_WORDS {
        return false;
    }
    let t = line.text.trim_end();
    if let Some(inner) = t
        .strip_suffix(')')
        .and_then(|s| s.rsplit_once('('))
        .map(|(_, i)| i)
    {
        let l = inner.to_lowercase();
        if ["photo", "image", "picture", "foto", "credit", "file"]
            .iter()
            .any(|w| l.starts_with(w))
        {
            return true;
        }
    }
    let Some((head, credit)) = split_credit(t) else {
        return false;
    };
    let head = head.trim_end();
    (crate::text::ends_sentence(head) || head.split_whitespace().count() >= 4) && is_credit(credit)
}

/// Splits `… text - CREDIT` at the last dash or pipe surrounded by spaces.
fn split_credit(t: &str) -> Option<(&str, &str)> {
    // One backward scan for the last space that starts a separator.
    let at = |i: usize| {
        [" - ", " – ", " — ", " | "]
            .iter()
            .find(|sep| t.as_bytes()[i..].starts_with(sep.as_bytes()))
            .map(|sep| (&t[..i], t[i + sep.len()..].trim()))
    };
    t.bytes()
        .enumerate()
        .rev()
        .filter(|&(_, b)| b == b' ')
        .find_map(|(i, _)| at(i))
}

/// A picture credit: an agency or photo word, or an all-caps acronym.
fn is_credit(credit: &str) -> bool {
    let words = credit.split_whitespace().count();
    if credit.is_empty() || words > 5 || crate::text::ends_sentence(credit) {
        return false;
    }
    let lower = credit.to_lowercase();
    let acronym = credit.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && credit
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic())
        && words <= 2;
    acronym
        || lower
            .split(&['/', ',', '&'][..])
            .map(str::trim)
            .any(|part| {
                CREDITS.contains(&part) || part.starts_with("photo") || part.ends_with(" photo")
            })
}

/// Bylines and datelines before the first paragraph of prose.
fn mark_top(lines: &[Line<'_>], flags: &mut [bool]) {
    for (i, line) in lines.iter().enumerate() {
        if line.is_prose() {
            break;
        }
        if !line.is_blank()
            && line.words() <= DEFAULT_BYLINE_WORDS
            && (is_byline(line) || is_dateline(line))
        {
            flags[i] = true;
        }
    }
}

fn is_byline(line: &Line<'_>) -> bool {
    let lower = line.lower();
    BYLINE_STARTS.iter().any(|p| lower.starts_with(p))
        && line.words() <= 8
        && line
            .text
            .split_whitespace()
            .skip(1)
            .filter(|w| starts_upper(w))
            .count()
            >= 1
}

/// A date, time or reading-time line (`Nov 22, 2022 10:05 AM`,
/// `Published 2 hours ago`, `5 min read`).
fn is_dateline(line: &Line<'_>) -> bool {
    let has_digit = line.text.bytes().any(|b| b.is_ascii_digit());
    if !has_digit {
        return false;
    }
    let lower = line.lower();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let month = words.iter().any(|w| MONTHS.contains(w));
    let marker = DATELINE_WORDS.iter().any(|w| lower.contains(w));
    let numeric_date = line.text.split_whitespace().any(is_numeric_date);
    (month || marker || numeric_date) && !line.is_prose()
}

/// `22/11/2022`, `2022-11-22`, `22.11.2022`.
fn is_numeric_date(w: &str) -> bool {
    let parts: Vec<&str> = w
        .trim_matches(|c: char| !c.is_ascii_digit())
        .split(&['/', '-', '.'][..])
        .collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
}

/// Lists of related headlines: the lines after a list header, and any run
/// of [`DEFAULT_LIST_RUN`] headline-like lines with no blank line between.
fn mark_lists(lines: &[Line<'_>], flags: &mut [bool]) {
    let mut i = 0;
    while i < lines.len() {
        if is_list_header(&lines[i]) {
            flags[i] = true;
            i = mark_headlines_after(lines, flags, i + 1);
            continue;
        }
        let run = lines[i..]
            .iter()
            .take_while(|l| is_headline_like(l))
            .count();
        if run >= DEFAULT_LIST_RUN {
            flags[i..i + run].iter_mut().for_each(|f| *f = true);
            i += run;
        } else {
            i += 1;
        }
    }
}

/// A short line naming a list of links (`Next In Aseanplus News`,
/// `Others Also Read`, `Related`).
fn is_list_header(line: &Line<'_>) -> bool {
    line.words() <= 6
        && !line.ends_sentence()
        && Phrases::list_headers()
            .prefixes_of(&line.lower())
            .next()
            .is_some()
}

/// Flags the headline-like lines from `from` on (blank lines allowed
/// between), stopping at the first line of prose. Returns where it stopped.
fn mark_headlines_after(lines: &[Line<'_>], flags: &mut [bool], from: usize) -> usize {
    let mut i = from;
    while i < lines.len() && (lines[i].is_blank() || is_headline_like(&lines[i]) || flags[i]) {
        flags[i] |= !lines[i].is_blank();
        i += 1;
    }
    i
}

/// A line that looks like a headline: a few words, no sentence end, not a
/// quote, not a numbered item of the story.
fn is_headline_like(line: &Line<'_>) -> bool {
    let t = line.text.trim_end_matches(|c: char| "\"'”’»)".contains(c));
    !line.is_blank()
        && line.words() <= DEFAULT_HEADLINE_WORDS
        && !crate::text::ends_sentence(t)
        && !t.ends_with(&[':', ';', ','][..])
        && !line.text.starts_with(&['"', '“', '‘', '«', '\''][..])
        && !is_numbered(line.text)
        && starts_upper(line.text)
        && line.text.split_whitespace().any(is_word)
}

/// A word of two or more letters.
fn is_word(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Whether `s` starts with a letter that is not lower case.
fn starts_capital(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
}

/// `1. Poll tasks`, `2) Push tasks`: a numbered item.
fn is_numbered(text: &str) -> bool {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && text[digits..].starts_with(&['.', ')'][..])
}

/// Whether `s` starts with anything but a lower-case letter.
fn starts_upper(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() && !c.is_lowercase())
}

/// Whether `s` is `word` or starts with `word` followed by a non-letter.
fn starts_with_word(s: &str, word: &str) -> bool {
    s.strip_prefix(word)
        .is_some_and(|rest| !matches!(rest.chars().next(), Some(c) if c.is_alphabetic()))
}

/// A set of phrases indexed by their first two bytes: a phrase can only
/// start where those bytes are, so a line is scanned once, one bit test per
/// position, and phrases are compared only where the test passes.
struct Phrases {
    /// Bit `b0 << 8 | b1` is set when a phrase starts with bytes `b0 b1`.
    starts: Vec<u64>,
    /// The phrases, sorted by their first two bytes.
    phrases: Vec<(u16, &'static str)>,
}

/// The phrase lists, indexed together on first use.
struct Indexes {
    notices: Phrases,
    prompts: Phrases,
    headers: Phrases,
}

fn indexes() -> &'static Indexes {
    static INDEXES: OnceLock<Indexes> = OnceLock::new();
    INDEXES.get_or_init(|| Indexes {
        notices: Phrases::new(PROMPT_ANYWHERE, false),
        prompts: Phrases::new(PROMPT_STARTS, false),
        // "next in " and "more in " match as headers without the space.
        headers: Phrases::new(LIST_HEADERS, true),
    })
}

impl Phrases {
    /// The notice phrases ([`PROMPT_ANYWHERE`]).
    fn notices() -> &'static Phrases {
        &indexes().notices
    }

    /// The prompt starts ([`PROMPT_STARTS`]).
    fn prompts() -> &'static Phrases {
        &indexes().prompts
    }

    /// The list headers ([`LIST_HEADERS`]), without trailing spaces.
    fn list_headers() -> &'static Phrases {
        &indexes().headers
    }

    /// Indexes `phrases`, without their trailing spaces if `trim`; a
    /// phrase shorter than two bytes is never found.
    fn new(phrases: &[&'static str], trim: bool) -> Phrases {
        let mut index = Phrases {
            starts: vec![0u64; 1 << 10],
            phrases: Vec::with_capacity(phrases.len()),
        };
        for p in phrases {
            let p = if trim { p.trim_end() } else { p };
            let Some(k) = pair(p.as_bytes(), 0) else {
                continue;
            };
            index.starts[usize::from(k >> 6)] |= 1 << (k & 63);
            let at = index.phrases.partition_point(|&(q, _)| q <= k);
            index.phrases.insert(at, (k, p));
        }
        index
    }

    /// Whether `text` contains one of the phrases.
    fn any_in(&self, text: &str) -> bool {
        let b = text.as_bytes();
        (0..b.len()).any(|i| {
            pair(b, i).is_some_and(|k| {
                self.may_start(k)
                    && self.starting_with(k).iter().any(|&(_, p)| {
                        b.get(i..i + p.len())
                            .is_some_and(|w| same_bytes(w, p.as_bytes()))
                    })
            })
        })
    }

    /// The phrases that `text` starts with.
    fn prefixes_of<'s>(&'s self, text: &'s str) -> impl Iterator<Item = &'static str> + 's {
        let k = pair(text.as_bytes(), 0).filter(|&k| self.may_start(k));
        let candidates = k.map_or(&[][..], |k| self.starting_with(k));
        candidates
            .iter()
            .map(|&(_, p)| p)
            .filter(move |p| text.starts_with(p))
    }

    /// Whether a phrase may start with the two bytes `k`.
    fn may_start(&self, k: u16) -> bool {
        self.starts[usize::from(k >> 6)] & (1 << (k & 63)) != 0
    }

    /// The phrases whose first two bytes are `k`.
    fn starting_with(&self, k: u16) -> &[(u16, &'static str)] {
        let from = self.phrases.partition_point(|&(q, _)| q < k);
        let to = self.phrases.partition_point(|&(q, _)| q <= k);
        &self.phrases[from..to]
    }
}

/// Bytes `i` and `i + 1` of `b` as one number, if there are two.
fn pair(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from(*b.get(i)?) << 8 | u16::from(*b.get(i + 1)?))
}

#[cfg(test)]
mod tests;
