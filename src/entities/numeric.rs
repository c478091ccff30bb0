//! Dates ("Nov 22", "2002", "last Tuesday") and amounts ("$10.9bn",
//! "S$3bil", "6.6 %", "14.372,4 millones de dólares").

use super::context::Ctx;
use super::lexicon::{
    Lexicon, CURRENCY, DATE_MOD, MONTH, PERCENT, PERIOD, RELATIVE_DATE, SCALE, WEEKDAY,
};
use super::token::{Shape, Token};
use crate::EntityKind;

/// Earliest and latest year read as a date when a number stands alone.
pub(crate) const DEFAULT_YEARS: (u32, u32) = (1800, 2099);

/// Currency symbols.
const SYMBOLS: &[&str] = &["$", "€", "£", "¥", "₹", "₩", "₱", "฿", "₫", "₽", "₺", "₪"];

/// Words that may stand before a bare month ("in May", "en mayo").
const MONTH_LEAD: &[&str] = &[
    "in", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "of", "en", "de",
    "desde", "hasta", "sinds", "tot", "eind", "begin", "medio",
];

/// More words before a bare month in the languages with a profile
/// ([`super::lang`]): German, Norwegian ("im März", "i mars").
const MONTH_LEAD_MORE: &[&str] = &[
    "im", "seit", "bis", "ab", "anfang", "ende", "mitte", "vor", "nach", "i", "fra", "til",
    "innen", "siden",
];

/// Whether the document's language has a profile of its own (its months,
/// scales and weekdays are in its cue words; German writes scales
/// capitalised: "5 Millionen Euro").
fn has_profile(v: &View<'_, '_, '_>) -> bool {
    super::lang::profile(v.ctx.lang).is_some()
}

/// A date or amount: tokens `start..end` and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Numeric {
    /// First token.
    pub start: usize,
    /// Token just past the last one.
    pub end: usize,
    /// [`EntityKind::Date`] or [`EntityKind::Amount`].
    pub kind: EntityKind,
}

/// Reads token `i`'s lower-case text, cues, shape and unit.
struct View<'c, 't, 'a> {
    ctx: &'c Ctx<'t, 'a>,
    tokens: &'t [Token],
    lex: &'static Lexicon,
}

impl View<'_, '_, '_> {
    fn text(&self, i: usize) -> &str {
        self.ctx.text(i)
    }

    fn word(&self, i: usize, unit: usize) -> Option<&str> {
        (i < self.tokens.len() && self.tokens[i].unit() == unit).then(|| self.ctx.lower(i))
    }

    fn lower(&self, i: usize) -> &str {
        self.ctx.lower(i)
    }

    fn has(&self, i: usize, unit: usize, cues: u32) -> bool {
        i < self.tokens.len() && self.tokens[i].unit() == unit && self.ctx.has(i, cues)
    }

    /// Whether token `i` of `unit` is a currency symbol (punctuation, like
    /// every symbol of [`SYMBOLS`]).
    fn is_symbol(&self, i: usize, unit: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.unit() == unit && t.shape == Shape::Punct)
            && SYMBOLS.contains(&self.ctx.lower(i))
    }

    /// Whether token `i` (of any unit) has one of `cues`.
    fn is(&self, i: usize, cues: u32) -> bool {
        self.ctx.has(i, cues)
    }
}

/// Every date and amount, in order, non-overlapping.
#[cfg_attr(feature = "speed", inline(never))]
pub(crate) fn find(ctx: &Ctx<'_, '_>) -> Vec<Numeric> {
    let v = View {
        ctx,
        tokens: ctx.tokens,
        lex: ctx.lex,
    };
    let tokens = ctx.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !may_start(&v, i) {
            i += 1;
            continue;
        }
        if let Some(n) = amount(&v, i).or_else(|| date(&v, i)) {
            i = n.end.max(i + 1);
            out.push(n);
        } else {
            i += 1;
        }
    }
    out
}

/// Cue words a date can start with.
const DATE_STARTS: u32 = DATE_MOD | WEEKDAY | RELATIVE_DATE | MONTH;

/// Whether a date or amount may start at token `i`: every one starts with
/// a number, a symbol, a word in capitals ("USD", "US$") or a date cue.
fn may_start(v: &View<'_, '_, '_>, i: usize) -> bool {
    let t = &v.tokens[i];
    match t.shape {
        Shape::Lower | Shape::Title => v.is(i, DATE_STARTS),
        // Punctuation starts only an amount with a currency symbol (every
        // symbol but "$" is outside ASCII), or a date at a date cue.
        Shape::Punct => {
            (v.text(i) == "$" || !v.text(i).is_ascii()) && v.is_symbol(i, t.unit())
                || v.is(i, DATE_STARTS)
        }
        Shape::Upper | Shape::Number => true,
    }
}

fn amount(v: &View<'_, '_, '_>, i: usize) -> Option<Numeric> {
    let unit = v.tokens[i].unit();
    let mut k = i;
    // Currency before the number: "$", "S$", "US$", "USD", "EUR".
    let mut currency = false;
    if v.tokens[k].shape == Shape::Upper
        && v.is_symbol(k + 1, unit)
        && v.text(k).len() <= 3
        && !v.tokens[k + 1].space_before
    {
        k += 2;
        currency = true;
    } else if v.is_symbol(k, unit) || (v.tokens[k].shape == Shape::Upper && v.is(k, CURRENCY)) {
        k += 1;
        currency = true;
    }
    v.word(k, unit).filter(|w| number_with_scale(w, v.lex))?;
    k += 1;
    k = skip_scale(v, k, unit);
    if currency {
        return Some(Numeric {
            start: i,
            end: k,
            kind: EntityKind::Amount,
        });
    }
    // Unit after the number: "%", "per cent", "dollars", "de dólares".
    let after = percent_or_currency(v, k, unit)?;
    Some(Numeric {
        start: i,
        end: after,
        kind: EntityKind::Amount,
    })
}

/// Skips scale words after a number: "billion", "mil millones", "bn".
fn skip_scale(v: &View<'_, '_, '_>, mut k: usize, unit: usize) -> usize {
    while v.has(k, unit, SCALE)
        && (v.tokens[k].shape == Shape::Lower
            || (v.tokens[k].shape == Shape::Title && has_profile(v)))
    {
        k += 1;
    }
    k
}

/// End of a percent or currency word at `k` ("%", "per cent", "de dólares").
fn percent_or_currency(v: &View<'_, '_, '_>, k: usize, unit: usize) -> Option<usize> {
    let w = v.word(k, unit)?;
    if w == "%" || v.is(k, PERCENT | CURRENCY) {
        return Some(k + 1);
    }
    let two = format!("{w} {}", v.word(k + 1, unit)?);
    if v.lex.is(&two, PERCENT) {
        return Some(k + 2);
    }
    if w == "de" && v.has(k + 1, unit, CURRENCY) {
        return Some(k + 2);
    }
    None
}

/// A number, possibly with a scale glued on ("10.9bn", "3bil", "5m").
fn number_with_scale(w: &str, lex: &Lexicon) -> bool {
    if !starts_with_digit(w) {
        return false;
    }
    let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &w[digits.len()..];
    is_number(digits) && (suffix.is_empty() || lex.is(suffix, SCALE))
}

/// Digits with "." and "," separators ("14.372,4", "2002", "6.6").
fn is_number(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.ends_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

fn date(v: &View<'_, '_, '_>, i: usize) -> Option<Numeric> {
    let unit = v.tokens[i].unit();
    let w = v.lower(i);
    let end = if v.is(i, DATE_MOD) {
        period_after_mod(v, i + 1, unit)?
    } else if v.is(i, WEEKDAY) || v.is(i, RELATIVE_DATE) {
        i + 1
    } else if v.is(i, MONTH) {
        month_first(v, i, unit)?
    } else if is_day(w) && v.has(i + 1, unit, MONTH) {
        day_first(v, i + 1, unit)
    } else if is_day(w) && v.word(i + 1, unit) == Some("de") && v.has(i + 2, unit, MONTH) {
        day_first(v, i + 2, unit)
    } else if is_year(w) || is_numeric_date(w) || is_decade(w) {
        if followed_by_unit(v, i + 1, unit) {
            return None;
        }
        i + 1
    } else {
        return None;
    };
    Some(Numeric {
        start: i,
        end,
        kind: EntityKind::Date,
    })
}

/// After "last"/"next"/"this": a weekday, a month or a period word.
fn period_after_mod(v: &View<'_, '_, '_>, k: usize, unit: usize) -> Option<usize> {
    v.has(k, unit, WEEKDAY | MONTH | PERIOD).then_some(k + 1)
}

/// "Nov 22", "November 22, 2002", "November 2002", "mayo de 2002", "in May".
fn month_first(v: &View<'_, '_, '_>, i: usize, unit: usize) -> Option<usize> {
    let mut k = i + 1;
    if v.word(k, unit).is_some_and(is_day) {
        k += 1;
        if v.word(k, unit) == Some(",") && v.word(k + 1, unit).is_some_and(is_year) {
            k += 2;
        } else if v.word(k, unit).is_some_and(is_year) {
            k += 1;
        }
        return Some(k);
    }
    if v.word(k, unit).is_some_and(is_year) {
        return Some(k + 1);
    }
    if v.word(k, unit) == Some("de") && v.word(k + 1, unit).is_some_and(is_year) {
        return Some(k + 2);
    }
    // A bare month: capitalised, not "May" alone, after a lead word.
    let t = &v.tokens[i];
    let lead = i > 0
        && v.word(i - 1, unit).is_some_and(|w| {
            MONTH_LEAD.contains(&w) || (has_profile(v) && MONTH_LEAD_MORE.contains(&w))
        });
    // Norwegian and Finnish write months in lower case ("i mars").
    let lower = t.shape == Shape::Lower && has_profile(v);
    ((t.shape == Shape::Title || lower) && v.text(i).len() > 3 && (lead || lower)).then_some(i + 1)
}

/// From the month of "22 November 2002", "22 de noviembre de 2002".
fn day_first(v: &View<'_, '_, '_>, month: usize, unit: usize) -> usize {
    let k = month + 1;
    if v.word(k, unit).is_some_and(is_year) {
        return k + 1;
    }
    if v.word(k, unit) == Some("de") && v.word(k + 1, unit).is_some_and(is_year) {
        return k + 2;
    }
    k
}

/// Whether a unit, scale, currency or percent follows a bare number.
fn followed_by_unit(v: &View<'_, '_, '_>, k: usize, unit: usize) -> bool {
    v.has(k, unit, SCALE | CURRENCY | PERCENT) || v.word(k, unit) == Some("%")
}

/// A day of the month: 1..=31, maybe with an ordinal suffix ("22nd").
fn is_day(w: &str) -> bool {
    if !starts_with_digit(w) {
        return false;
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == 'º');
    let suffix = &w[digits.len()..];
    (suffix.is_empty() || ["st", "nd", "rd", "th", "º", "e"].contains(&suffix))
        && digits.len() <= 2
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Whether `w` starts with an ASCII digit (as every number, day and year
/// read here does).
fn starts_with_digit(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// A year in [`DEFAULT_YEARS`], four digits.
fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.parse::<u32>()
            .is_ok_and(|y| (DEFAULT_YEARS.0..=DEFAULT_YEARS.1).contains(&y))
}

/// A decade: "1990s".
fn is_decade(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|y| is_year(y) && y.ends_with('0'))
}

/// "1996-08-30", "22/11/2022", "2022-11-22".
fn is_numeric_date(w: &str) -> bool {
    if !starts_with_digit(w) {
        return false;
    }
    for sep in ['-', '/'] {
        let parts: Vec<&str> = w.split(sep).collect();
        if parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
            && parts.iter().any(|p| p.len() == 4 || p.len() == 2)
            && (parts[0].len() == 4 || parts[2].len() >= 2)
        {
            return true;
        }
    }
    false
}
