//! Vietnamese names: every syllable of a name is capitalised, but so is a
//! title or a common noun at the start of a sentence or a heading ("Phó
//! giám đốc", "Thủ tướng", "Công ty"), and a capitalised title runs into the
//! name after it ("Trưởng Nguyễn Hồng Phuông"). Without these rules a
//! Vietnamese text's entities were full of single syllables ("Phó",
//! "Giám", "Thủ", "Công") and of places typed as people ("Sóc Trăng").
//!
//! No Vietnamese NER data is in the corpus, so the rules are few, written
//! from the language's grammar, and lean to precision: a name of one
//! syllable is kept only as an acronym ("HTX", "VKSND"), a country written
//! as one word, or a given name ([`refine`]).

use rustc_hash::FxHashSet as HashSet;

use super::super::context::Ctx;
use super::super::names::Name;
use super::super::token::Shape;
use super::super::typing::Evidence;
use super::DEFAULT_CUE_WEIGHT;

/// Titles and forms of address that may open a capitalised run before a
/// name (lower case): "Ông", "Phó", "Trưởng", "Thủ", "Tổng", "Bí".
const TITLES: &[&str] = &[
    "ông",
    "bà",
    "anh",
    "chị",
    "cô",
    "chú",
    "bác",
    "cụ",
    "phó",
    "giám",
    "trưởng",
    "chủ",
    "thủ",
    "tổng",
    "bí",
];

/// Forms of address before a person's name, lower case.
const ADDRESS: &[&str] = &[
    "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "cháu",
];

/// Words before a place's name, lower case: province, district, commune,
/// city ("thành phố", "TP"), town ("thị xã", "thị trấn"), ward, country,
/// river, island, village.
const PLACE_BEFORE: &[&str] = &[
    "tỉnh",
    "huyện",
    "xã",
    "quận",
    "phường",
    "phố",
    "tp",
    "trấn",
    "nước",
    "sông",
    "đảo",
    "làng",
    "thôn",
    "ấp",
    "vùng",
    "miền",
];

/// First syllables of organizations' names, lower case: ministry,
/// department, committee, institute, cooperative, procuracy, court, party,
/// association, bank.
const ORG_START: &[&str] = &[
    "bộ", "sở", "ủy", "uỷ", "ubnd", "viện", "htx", "vksnd", "tand", "đảng", "hội", "ngân",
];

/// The most common family names, which open a person's name (lower case):
/// about nine Vietnamese in ten bear one of them.
const FAMILY: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý", "đinh", "trương", "đoàn", "lương", "trịnh", "mai", "thân", "chu",
];

/// Countries and territories as written in Vietnamese (lower case), kept
/// as names even when written as one word ("Campuchia"); not those of one
/// syllable, which are words too ("Pháp" is France, but "Pháp luật" a
/// newspaper and "pháp luật" the law).
const COUNTRIES: &[&str] = &[
    "việt nam",
    "trung quốc",
    "nhật bản",
    "hàn quốc",
    "triều tiên",
    "đài loan",
    "thái lan",
    "campuchia",
    "ấn độ",
    "anh quốc",
    "hoa kỳ",
    "singapore",
    "malaysia",
    "indonesia",
    "philippines",
    "myanmar",
    "hồng kông",
];

/// Capitalised abbreviations that are not names: "SN" (sinh năm, born in).
const NOT_NAMES: &[&str] = &["sn"];

/// `names` without the titles that open them, and without the names of
/// one syllable that are neither acronyms, countries, nor the last
/// syllable of a name of the text that opens with a family name (a person
/// is named by the given name after the first mention: "Đinh Công Tráng",
/// then "Tráng"). A name that loses an address ("Ông", "Bà") is marked as
/// having a title.
pub(crate) fn refine(ctx: &Ctx<'_, '_>, names: Vec<Name>) -> Vec<Name> {
    let names: Vec<Name> = names
        .into_iter()
        .filter_map(|n| without_title(ctx, n))
        .collect();
    let given: HashSet<&str> = names
        .iter()
        .filter(|n| is_family_name(ctx, n))
        .map(|n| ctx.lower(n.end - 1))
        .collect();
    let keep = |n: &Name| {
        if NOT_NAMES.contains(&ctx.key(n.start, n.end).as_str()) {
            return false;
        }
        n.end - n.start > 1
            || is_acronym(ctx, n.start)
            || given.contains(ctx.lower(n.start))
            || COUNTRIES.contains(&ctx.lower(n.start))
    };
    names.into_iter().filter(keep).collect()
}

/// `n` without the titles it opens with, or `None` when nothing is left.
fn without_title(ctx: &Ctx<'_, '_>, mut n: Name) -> Option<Name> {
    while n.start < n.end && TITLES.contains(&ctx.lower(n.start)) {
        n.title |= ADDRESS.contains(&ctx.lower(n.start));
        n.start += 1;
    }
    if n.start == n.end {
        return None;
    }
    n.from = ctx.tokens[n.start].start();
    Some(n)
}

/// Whether `n` is a person's name of two syllables or more that opens
/// with a common family name ("Nguyễn Văn Được").
fn is_family_name(ctx: &Ctx<'_, '_>, n: &Name) -> bool {
    n.end - n.start > 1 && FAMILY.contains(&ctx.lower(n.start)) && is_person_like(ctx, n)
}

/// Whether every syllable of `n` is a capital and small letters, as in a
/// person's name ("Đinh Công Tráng"; not "PC45 Công", "TTKC Sóc Trăng").
fn is_person_like(ctx: &Ctx<'_, '_>, n: &Name) -> bool {
    (n.start..n.end).all(|k| ctx.tokens[k].shape == Shape::Title)
}

/// Whether token `k` is written as an acronym ("HTX", "TP").
fn is_acronym(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    ctx.tokens[k].shape == Shape::Upper && ctx.text(k).chars().count() >= 2
}

/// `ev` with the evidence of the words around name `n`: an address before
/// it (or that opened it) for a person, a place word before it for a
/// place, an organization's first syllable for an organization.
pub(crate) fn with_cues(ctx: &Ctx<'_, '_>, n: &Name, mut ev: Evidence) -> Evidence {
    let unit = ctx.tokens[n.start].unit();
    let before = n
        .start
        .checked_sub(1)
        .filter(|&k| ctx.get(k, unit).is_some())
        .map(|k| ctx.lower(k));
    let first = ctx.lower(n.start);
    let person_like = is_person_like(ctx, n);
    let family = is_family_name(ctx, n);
    let country = COUNTRIES.contains(&&*ctx.key(n.start, n.end));
    // One syllable, not an acronym or a country: [`refine`] kept it as a
    // given name.
    let given = n.end - n.start == 1 && person_like && !country;
    if n.title || family || given || before.is_some_and(|w| ADDRESS.contains(&w)) {
        ev[0] += DEFAULT_CUE_WEIGHT;
    }
    let district = person_like && !family && place_in_brackets(ctx, n.end, unit);
    let province = person_like && !family && bracketed_after_name(ctx, n, unit);
    if before.is_some_and(|w| PLACE_BEFORE.contains(&w)) || country || district || province {
        ev[1] += DEFAULT_CUE_WEIGHT;
    }
    if ORG_START.contains(&first) {
        ev[2] += DEFAULT_CUE_WEIGHT;
    }
    ev
}

/// Whether tokens from `k` on are a place's name in brackets, two
/// capitalised syllables or more ("Tân Thạnh (Long An)": a district, then
/// its province).
fn place_in_brackets(ctx: &Ctx<'_, '_>, k: usize, unit: usize) -> bool {
    if !is_token(ctx, k, unit, "(") {
        return false;
    }
    let inside = (k + 1..).take_while(|&i| is_title(ctx, i, unit)).count();
    inside >= 2 && is_token(ctx, k + 1 + inside, unit, ")")
}

/// Whether `n` stands in brackets right after a capitalised syllable:
/// the province of "Tân Thạnh (Long An)".
fn bracketed_after_name(ctx: &Ctx<'_, '_>, n: &Name, unit: usize) -> bool {
    n.start >= 2
        && is_token(ctx, n.start - 1, unit, "(")
        && is_token(ctx, n.end, unit, ")")
        && is_title(ctx, n.start - 2, unit)
}

/// Whether token `i` is in `unit` and written `text`.
fn is_token(ctx: &Ctx<'_, '_>, i: usize, unit: usize, text: &str) -> bool {
    ctx.get(i, unit).is_some() && ctx.text(i) == text
}

/// Whether token `i` is in `unit` and a capital and small letters.
fn is_title(ctx: &Ctx<'_, '_>, i: usize, unit: usize) -> bool {
    ctx.get(i, unit).is_some_and(|t| t.shape == Shape::Title)
}

#[cfg(test)]
mod tests {
    use crate::entities::find;
    use crate::text::lang::Language;
    use crate::text::Document;
    use crate::EntityKind::{self, Organization, Person, Place};

    /// Each mention of `text`'s entities in Vietnamese, with its kind.
    fn mentions(text: &str) -> Vec<(&str, EntityKind)> {
        let language = Language::from_code("vi").expect("Vietnamese is supported");
        let doc = Document::analyse(text, Some(language));
        find(&doc, &[])
            .into_iter()
            .flat_map(|e| {
                e.mentions
                    .into_iter()
                    .map(move |m| (m.start, m.end, e.kind))
            })
            .map(|(s, e, k)| (&text[s..e], k))
            .collect()
    }

    const TEXT: &str = "Phó giám đốc Công an tỉnh Sóc Trăng cho biết ông Đinh Công Tráng \
        đã bị bắt tại huyện Mỹ Xuyên, gần Tân Thạnh (Long An). Trưởng Nguyễn Hồng Phuông nói Tráng khai nhận \
        hành vi. Thủ tướng chỉ đạo Bộ Công an phối hợp với Trung Quốc và Mỹ.";

    #[test]
    fn titles_and_capitalised_words_are_not_names() {
        let found = mentions(TEXT);
        for word in ["Phó", "Công", "Thủ", "Trưởng"] {
            assert!(
                found.iter().all(|(t, _)| !t.starts_with(word)),
                "{word} must not open a mention: {found:?}"
            );
        }
    }

    #[test]
    fn names_places_and_given_names_are_typed() {
        let found = mentions(TEXT);
        for (name, kind) in [
            ("Đinh Công Tráng", Person),
            ("Tráng", Person),
            ("Nguyễn Hồng Phuông", Person),
            ("Sóc Trăng", Place),
            ("Mỹ Xuyên", Place),
            ("Tân Thạnh", Place),
            ("Long An", Place),
            ("Trung Quốc", Place),
        ] {
            assert!(
                found.contains(&(name, kind)),
                "{name} as {kind:?} in {found:?}"
            );
        }
    }

    #[test]
    fn one_syllable_countries_are_words_too() {
        let text = "Nguồn tin trên báo Pháp luật xã hội cho biết ông Lê Văn Hai đã đến Hà Nội.";
        let found = mentions(text);
        assert!(found.iter().all(|&(t, _)| t != "Pháp"), "{found:?}");
        assert!(found.contains(&("Lê Văn Hai", Person)), "{found:?}");
        let text = "Ông Hun Sen thăm Campuchia và Singapore.";
        let found = mentions(text);
        for country in ["Campuchia", "Singapore"] {
            assert!(found.contains(&(country, Place)), "{country} in {found:?}");
        }
    }

    #[test]
    fn acronyms_stay_and_born_in_goes() {
        let text =
            "Ông Lê Văn Hai (SN 1980) là thành viên HTX Thành Công, theo VKSND tỉnh Long An.";
        let found = mentions(text);
        assert!(found.iter().any(|&(t, _)| t == "VKSND"), "{found:?}");
        assert!(found.iter().all(|&(t, _)| t != "SN"), "{found:?}");
        assert!(found.contains(&("Lê Văn Hai", Person)), "{found:?}");
        assert!(found
            .iter()
            .all(|&(_, k)| k != Organization || !found.is_empty()));
    }
}
