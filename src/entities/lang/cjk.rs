//! Names in scripts without capitals (Chinese, Japanese): known places and
//! organizations, names ending in a place or organization word ("廊坊市",
//! "清华大学", "三井銀行", "株式会社ソニー"), and family name plus given name
//! next to a personal cue ("江泽民主席", "记者王刚").
//!
//! Precision first: a span is kept only on such evidence; a run of
//! characters alone says nothing.

use crate::EntityKind;

/// A list of names: one text, names sorted bytewise and separated by
/// single spaces (no pointer per name, no index).
pub(crate) struct Names {
    /// The names, space-separated, sorted bytewise.
    pub text: &'static str,
}

impl Names {
    /// The list of the space-separated `text`.
    #[cfg_attr(not(any(feature = "ner-zh", feature = "ner-ja")), allow(dead_code))]
    pub const fn new(text: &'static str) -> Self {
        Names { text }
    }

    /// Whether the list holds `s` (binary search over the sorted text).
    pub fn contains(&self, s: &str) -> bool {
        sorted_contains(self.text, s)
    }
}

/// Whether the space-separated words of `text`, sorted bytewise, hold
/// `key`: a binary search over the text itself, without an index.
#[inline(never)]
fn sorted_contains(text: &str, key: &str) -> bool {
    let b = text.as_bytes();
    let key = key.as_bytes();
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = b[lo..mid]
            .iter()
            .rposition(|&c| c == b' ')
            .map_or(lo, |p| lo + p + 1);
        let end = b[mid..hi]
            .iter()
            .position(|&c| c == b' ')
            .map_or(hi, |p| mid + p);
        match b[start..end].cmp(key) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// One language's lists.
pub(crate) struct Data {
    /// Known places ("北京", "アメリカ").
    pub places: Names,
    /// Known organizations ("新华社", "国際連合").
    pub orgs: Names,
    /// Known people (public figures written in the language's script).
    pub people: Names,
    /// Words ending a place's name ("市", "省", "県", "駅").
    pub place_ends: &'static [&'static str],
    /// Words ending an organization's name ("大学", "银行", "株式会社").
    pub org_ends: &'static [&'static str],
    /// Words opening an organization's name ("株式会社").
    pub org_starts: &'static [&'static str],
    /// Family names (single characters, then two-character ones).
    pub surnames: &'static str,
    /// Words just after a person's name ("说", "主席", "氏", "さん").
    pub person_after: &'static [&'static str],
    /// Words just before a person's name ("记者", "总理").
    pub person_before: &'static [&'static str],
    /// Characters that never stand inside a name ("的", "在").
    pub stops: &'static str,
    /// Common nouns that end like names ("本社", "同社", "政府"): a run
    /// ending in one is no name unless it ends in an organization opening
    /// word ("株式会社").
    pub generic: &'static [&'static str],
    /// Whether a name is a whole run of one script (Japanese: kanji runs
    /// end at kana, katakana runs at kanji) rather than a window of
    /// characters (Chinese).
    pub runs: bool,
}

/// A name found in a text: byte span and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// Byte offset of the first byte.
    pub from: usize,
    /// Byte offset just past the name.
    pub to: usize,
    /// Person, place or organization.
    pub kind: EntityKind,
}

/// Longest a known name or a name before an ending may be, in characters.
pub(crate) const DEFAULT_MAX_CHARS: usize = 12;

/// Longest run of katakana taken for a name (Japanese), in characters.
pub(crate) const DEFAULT_MAX_KATAKANA_CHARS: usize = 24;

/// Characters of a name before a place ending when the name is not known
/// (Chinese: "廊坊" in "廊坊市").
pub(crate) const DEFAULT_PLACE_STEM: usize = 2;

/// Characters of a name before an organization ending when no known place
/// opens it (Chinese: "清华" in "清华大学").
pub(crate) const DEFAULT_ORG_STEM: usize = 2;

/// Fewest characters of a whole run before its ending (Japanese: "岩手" in
/// "岩手県"; "政府" and "入党" are no names).
pub(crate) const DEFAULT_RUN_STEM: usize = 2;

/// Every name of `text` found with `data`, in order, not overlapping.
pub(crate) fn find(text: &str, data: &Data) -> Vec<Found> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let found = if data.runs && chars[i].1.is_ascii_uppercase() {
            acronym(&chars, i)
        } else {
            at(text, data, &chars, i, &byte)
        };
        if let Some((end, kind)) = found {
            out.push(Found {
                from: byte(i),
                to: byte(end),
                kind,
            });
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Shortest acronym in Latin capitals taken for a name ("CM", "IT" are
/// not).
pub(crate) const DEFAULT_MIN_ACRONYM: usize = 3;

/// Longest acronym in Latin capitals in a text without spaces, in letters.
pub(crate) const DEFAULT_MAX_ACRONYM: usize = 5;

/// An acronym in Latin capitals standing alone among CJK characters
/// ("NHK", "IBM"): an organization.
fn acronym(chars: &[(usize, char)], i: usize) -> Option<(usize, EntityKind)> {
    let latin = |k: usize| chars.get(k).is_some_and(|c| c.1.is_ascii_alphanumeric());
    if i > 0 && latin(i - 1) {
        return None;
    }
    let mut e = i;
    while e < chars.len() && chars[e].1.is_ascii_uppercase() {
        e += 1;
    }
    let len = e - i;
    let alone = bounded(chars, i, e) && !chars.get(e).is_some_and(|c| c.1 == '-' || c.1 == '.');
    (alone && (DEFAULT_MIN_ACRONYM..=DEFAULT_MAX_ACRONYM).contains(&len))
        .then_some((e, EntityKind::Organization))
}

/// Whether a name of a run-separated script may end before character `e`
/// and start at `i`: no letter, kana or ideograph glued to either side
/// ("東京" is no place in "東京オリンピック" nor in "アルバルク東京").
fn bounded(chars: &[(usize, char)], i: usize, e: usize) -> bool {
    let glued = |c: char| c.is_alphanumeric() && !is_hiragana(c);
    let before = i > 0 && glued(chars[i - 1].1);
    let after = chars.get(e).is_some_and(|c| glued(c.1));
    !before && !after
}

/// The name starting at character `i`, if any: its end and kind.
fn at(
    text: &str,
    data: &Data,
    chars: &[(usize, char)],
    i: usize,
    byte: &dyn Fn(usize) -> usize,
) -> Option<(usize, EntityKind)> {
    let c = chars[i].1;
    if !is_name_char(c) || data.stops.contains(c) {
        return None;
    }
    if data.runs && i > 0 && same_run(chars[i - 1].1, c) {
        return None;
    }
    // Transcribed names run longer ("ヨハン・フリードリヒ・ヘルバルト").
    let max = if data.runs && is_katakana(c) {
        DEFAULT_MAX_KATAKANA_CHARS
    } else {
        DEFAULT_MAX_CHARS
    };
    let limit = (i + max).min(chars.len());
    // A run ends at a stop or a change of script (Japanese).
    let mut run_end = i + 1;
    while run_end < limit
        && is_name_char(chars[run_end].1)
        && !data.stops.contains(chars[run_end].1)
        && (!data.runs || joins(chars[run_end - 1].1, chars[run_end].1))
    {
        run_end += 1;
    }
    let slice = |a: usize, b: usize| &text[byte(a)..byte(b)];
    // 1. An organization opened by a word such as 株式会社 ("株式会社ソニー").
    for w in data.org_starts {
        if slice(i, chars.len()).starts_with(w) {
            let after = i + w.chars().count();
            let mut e = after;
            while e < chars.len() && is_name_char(chars[e].1) && !data.stops.contains(chars[e].1) {
                e += 1;
                if data.runs && e < chars.len() && !joins(chars[e - 1].1, chars[e].1) {
                    break;
                }
            }
            if e > after {
                return Some((e, EntityKind::Organization));
            }
        }
    }
    // 2. Known names, the longest first, then what may extend them.
    let known = (i + 1..=run_end).rev().find_map(|e| {
        let s = slice(i, e);
        if data.orgs.contains(s) {
            Some((e, EntityKind::Organization))
        } else if data.places.contains(s) {
            Some((e, EntityKind::Place))
        } else if data.people.contains(s) {
            Some((e, EntityKind::Person))
        } else {
            None
        }
    });
    // The longest ending within the run ("中国共产党中央委员会").
    let ending = |from: usize, ends: &[&str]| {
        (from + 1..=run_end).rev().find(|&e| {
            ends.iter()
                .any(|w| slice(from.max(i), e).ends_with(w) && slice(i, e) != *w)
        })
    };
    if let Some((e, kind)) = known {
        if kind != EntityKind::Person {
            if let Some(end) = ending(e, data.org_ends).filter(|&x| x > e) {
                return Some((end, EntityKind::Organization));
            }
            if kind == EntityKind::Place {
                if let Some(end) = ending(e, data.place_ends).filter(|&x| x > e) {
                    return Some((end, EntityKind::Place));
                }
            }
        }
        if !data.runs || (e == run_end && bounded(chars, i, e)) {
            return Some((e, kind));
        }
    }
    // 3. Unknown names before an ending: a whole run (Japanese) or a short
    // stem (Chinese).
    if data.runs {
        let s = slice(i, run_end);
        let generic = data.generic.iter().any(|w| s.ends_with(w))
            && !data.org_starts.iter().any(|w| s.ends_with(w));
        let whole = !generic && bounded(chars, i, run_end);
        let chars_of = |w: &str| w.chars().count();
        let stem = |ends: &[&str]| {
            ends.iter()
                .filter(|w| s.ends_with(*w))
                .map(|w| run_end - i - chars_of(w))
                .max()
                .is_some_and(|n| n >= DEFAULT_RUN_STEM)
        };
        if whole && stem(data.org_ends) {
            return Some((run_end, EntityKind::Organization));
        }
        if whole && stem(data.place_ends) {
            return Some((run_end, EntityKind::Place));
        }
        if let Some(found) = dotted_katakana(data, chars, i, run_end, &slice) {
            return Some(found);
        }
        if !whole {
            return None;
        }
        // A person's title glued to the name ("後藤総裁", "藤原氏") is cut.
        let title = data
            .person_after
            .iter()
            .filter(|w| s.ends_with(*w))
            .map(|w| w.chars().count())
            .max()
            .unwrap_or(0);
        let end = run_end - title;
        if run_person(data, slice(i, end)) {
            return Some((end, EntityKind::Person));
        }
    } else {
        for (stem, ends, kind) in [
            (DEFAULT_ORG_STEM, data.org_ends, EntityKind::Organization),
            (DEFAULT_PLACE_STEM, data.place_ends, EntityKind::Place),
        ] {
            for w in ends {
                let e = i + stem + w.chars().count();
                if e <= run_end && slice(i + stem, e) == *w && starts_clean(data, chars, i) {
                    return Some((e, kind));
                }
            }
        }
    }
    // 4. A person: family name plus one or two characters next to a cue.
    person(text, data, i, run_end, byte)
}

/// Katakana words joined by "・" opening the run at `i` (Japanese), kanji
/// on either side or not: a person ("刑事ジョン・ブックは", "スタン・リー原作"),
/// or, opened by a known place, a team or a paper
/// ("ニューヨーク・ヤンキース", "ワシントン・ポスト").
fn dotted_katakana<'a>(
    data: &Data,
    chars: &[(usize, char)],
    i: usize,
    run_end: usize,
    slice: &dyn Fn(usize, usize) -> &'a str,
) -> Option<(usize, EntityKind)> {
    let mut k = i;
    while k < run_end && is_katakana(chars[k].1) {
        k += 1;
    }
    let name = slice(i, k);
    let latin = |j: usize| chars.get(j).is_some_and(|c| c.1.is_ascii_alphanumeric());
    if !name.contains('・') || (i > 0 && latin(i - 1)) || latin(k) {
        return None;
    }
    if name
        .split('・')
        .next()
        .is_some_and(|p| data.places.contains(p))
    {
        return Some((k, EntityKind::Organization));
    }
    // A common word among the parts: a title, a team, a band ("ワールド",
    // "ニュース", "オブ").
    if name.split('・').any(|p| data.generic.contains(&p)) {
        return None;
    }
    run_person(data, name).then_some((k, EntityKind::Person))
}

/// Whether the character before `i` cannot be part of the same name (so a
/// stem guessed from a fixed length starts a word).
fn starts_clean(data: &Data, chars: &[(usize, char)], i: usize) -> bool {
    i == 0 || !is_name_char(chars[i - 1].1) || data.stops.contains(chars[i - 1].1)
}

/// A person's name at `i`: a family name, then one or two characters, with
/// a cue word just after it or just before it.
fn person(
    text: &str,
    data: &Data,
    i: usize,
    run_end: usize,
    byte: &dyn Fn(usize) -> usize,
) -> Option<(usize, EntityKind)> {
    let slice = |a: usize, b: usize| &text[byte(a)..byte(b)];
    let family = [2, 1]
        .into_iter()
        .find(|&n| i + n <= run_end && is_surname(data.surnames, slice(i, i + n)))?;
    let before = data
        .person_before
        .iter()
        .any(|w| text[..byte(i)].ends_with(w));
    for given in [2, 1] {
        let e = i + family + given;
        if e > run_end {
            continue;
        }
        let rest = &text[byte(e)..];
        let after = data.person_after.iter().any(|w| rest.starts_with(w));
        if after || (before && given == 2) {
            return Some((e, EntityKind::Person));
        }
    }
    None
}

/// Whether `name` is one of the family names in `list` (space-separated).
fn is_surname(list: &str, name: &str) -> bool {
    list.split(' ').any(|s| s == name)
}

/// Whether `s` ends with one of `ends` and is longer than it.
/// A whole run that is a person's name (Japanese): katakana words joined
/// by "・" ("ロバート・キャロル"), or kanji opened by a family name
/// ("田中角栄", "山田").
fn run_person(data: &Data, s: &str) -> bool {
    let n = s.chars().count();
    if s.contains('・') {
        return s.chars().all(is_katakana) && s.split('・').all(|p| p.chars().count() >= 2);
    }
    (2..=DEFAULT_MAX_PERSON_RUN).contains(&n)
        && !s.chars().any(is_katakana)
        && data
            .surnames
            .split(' ')
            .any(|f| !f.is_empty() && s.starts_with(f))
}

/// Longest run of kanji taken for a family name plus a given name.
pub(crate) const DEFAULT_MAX_PERSON_RUN: usize = 5;

/// Whether `c` may stand in a name: a CJK ideograph, kana, or the middle
/// dot and long vowel mark of transcribed names.
fn is_name_char(c: char) -> bool {
    matches!(c,
        '\u{3005}' // 々
        | '\u{30A0}'..='\u{30FF}' // katakana, ・ and ー
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{00B7}')
}

/// Whether `c` is hiragana (Japanese particles and endings).
fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{309F}').contains(&c)
}

/// Whether `a` and `b` belong to one run of a script (Japanese).
fn same_run(a: char, b: char) -> bool {
    is_name_char(a) && is_name_char(b) && is_katakana(a) == is_katakana(b)
}

/// Whether a name may go on from `a` to `b` (Japanese): within a script,
/// or from katakana into kanji ("アメリカ軍", "ペリリュー島").
fn joins(a: char, b: char) -> bool {
    !is_hiragana(b) && (same_run(a, b) || (is_katakana(a) && !is_katakana(b)))
}

/// Whether `c` is katakana (with ・ and ー).
fn is_katakana(c: char) -> bool {
    ('\u{30A0}'..='\u{30FF}').contains(&c)
}

/// Date units: year, month, day ("2014年5月3日", "5月3号").
const DATE_UNITS: &[char] = &['年', '月', '日', '号'];

/// Scales after a number ("1000万", "30亿", "3億").
const SCALES: &[char] = &['十', '百', '千', '万', '萬', '亿', '億', '兆'];

/// Currencies and percent after a number or scale ("元", "美元", "円", "ドル").
const AMOUNT_UNITS: &[&str] = &[
    "美元",
    "日元",
    "欧元",
    "英镑",
    "港元",
    "港币",
    "人民币",
    "元",
    "円",
    "ドル",
    "ユーロ",
    "%",
    "％",
    "パーセント",
];

/// Every date and amount of a text in Chinese or Japanese, in order: digits
/// (ASCII or full width) followed by date units ("2014年", "5月3日") or by a
/// scale and currency ("1000万", "30亿元", "500万円").
pub(crate) fn numerics(text: &str) -> Vec<Found> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let digits = number_end(&chars, i);
        if digits == i || (i > 0 && is_digit(chars[i - 1].1)) {
            i += 1;
            continue;
        }
        let (end, kind) = date_end(&chars, i, digits)
            .map(|e| (e, EntityKind::Date))
            .or_else(|| amount_end(text, &chars, digits, &byte).map(|e| (e, EntityKind::Amount)))
            .unwrap_or((digits, EntityKind::Other));
        if kind != EntityKind::Other {
            out.push(Found {
                from: byte(i),
                to: byte(end),
                kind,
            });
        }
        i = end.max(i + 1);
    }
    out
}

/// Whether `c` is a digit, ASCII or full width.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// End of the number at `i` (digits with "." or "," inside).
fn number_end(chars: &[(usize, char)], i: usize) -> usize {
    let mut e = i;
    while e < chars.len()
        && (is_digit(chars[e].1)
            || (e > i
                && matches!(chars[e].1, '.' | ',' | '．')
                && chars.get(e + 1).is_some_and(|c| is_digit(c.1))))
    {
        e += 1;
    }
    e
}

/// End of a date whose first number spans `i..digits`: a year of four
/// digits before 年, or a month or day, then more numbers with units.
fn date_end(chars: &[(usize, char)], i: usize, digits: usize) -> Option<usize> {
    let unit = chars.get(digits)?.1;
    let ok = match unit {
        '年' => digits - i == 4,
        '月' => digits - i <= 2,
        _ => false,
    };
    if !ok {
        return None;
    }
    let mut e = digits + 1;
    loop {
        let n = number_end(chars, e);
        match chars.get(n) {
            Some(&(_, c)) if n > e && n - e <= 2 && DATE_UNITS.contains(&c) => e = n + 1,
            _ => return Some(e),
        }
    }
}

/// End of an amount after the number ending at `digits`: scales, then a
/// currency or percent; `None` with neither.
fn amount_end(
    text: &str,
    chars: &[(usize, char)],
    digits: usize,
    byte: &dyn Fn(usize) -> usize,
) -> Option<usize> {
    let mut e = digits;
    while chars.get(e).is_some_and(|c| SCALES.contains(&c.1)) {
        e += 1;
    }
    let rest = &text[byte(e)..];
    if let Some(u) = AMOUNT_UNITS.iter().find(|u| rest.starts_with(*u)) {
        return Some(e + u.chars().count());
    }
    (e > digits).then_some(e)
}
