//! Unit tests, as tables grouped by behaviour. Every case is a short text
//! written for the test, with the mentions that must (or must not) be found.

use super::find;
use crate::text::lang::Language;
use crate::text::Document;
use crate::{Entity, EntityKind};

#[allow(unused_imports)]
use EntityKind::{Amount, Date, Organization as Org, Other, Person as Per, Place};

/// (case name, text, mention that must be found, its entity's kind).
type Found = (&'static str, &'static str, &'static str, EntityKind);

/// (case name, text, word that must not start any mention).
type Absent = (&'static str, &'static str, &'static str);

fn entities(text: &str, lang: &str) -> Vec<Entity> {
    let language = Language::from_code(lang).unwrap_or(Language::ENGLISH);
    let doc = Document::analyse(text, Some(language));
    find(&doc, &[])
}

fn mentions(text: &str, entities: &[Entity]) -> Vec<(String, EntityKind)> {
    entities
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(move |m| (text[m.start..m.end].to_string(), e.kind))
        })
        .collect()
}

fn check_found(cases: &[Found], lang: &str) {
    for &(name, text, mention, kind) in cases {
        let found = mentions(text, &entities(text, lang));
        assert!(
            found.iter().any(|(t, k)| t == mention && *k == kind),
            "{name}: expected {mention:?} as {kind:?} in {found:?}"
        );
    }
}

fn check_absent(cases: &[Absent], lang: &str) {
    for &(name, text, word) in cases {
        let found = mentions(text, &entities(text, lang));
        assert!(
            found
                .iter()
                .all(|(t, _)| t != word && !t.starts_with(&format!("{word} "))),
            "{name}: {word:?} must not be a mention in {found:?}"
        );
    }
}

const CUES: &[Found] = &[
    (
        "title_prime_minister",
        "Prime Minister Hun Sen met reporters on the border.",
        "Hun Sen",
        Per,
    ),
    (
        "title_mr",
        "The plan was drafted by Mr Okafor and his team.",
        "Okafor",
        Per,
    ),
    (
        "title_dr",
        "Dr Amara Nwosu led the study.",
        "Amara Nwosu",
        Per,
    ),
    (
        "title_lower_case",
        "The visit of president Ho Chi Minh was recalled.",
        "Ho Chi Minh",
        Per,
    ),
    (
        "given_name",
        "Yesterday the board named Linda Okonkwo as chair.",
        "Linda Okonkwo",
        Per,
    ),
    (
        "said_after",
        "The deal is done, Kowalczyk said on the phone.",
        "Kowalczyk",
        Per,
    ),
    (
        "company_suffix",
        "Shares of Brightwater Holdings rose in early trade.",
        "Brightwater Holdings",
        Org,
    ),
    (
        "ministry_of",
        "A statement from the Ministry of Health came later.",
        "Ministry of Health",
        Org,
    ),
    (
        "university",
        "Researchers at Stanford University disagreed.",
        "Stanford University",
        Org,
    ),
    (
        "capital_city",
        "Talks resumed in Nairobi after the break.",
        "Nairobi",
        Place,
    ),
    ("country", "Exports to Vietnam doubled.", "Vietnam", Place),
    (
        "nationality",
        "Two Laotian workers were freed.",
        "Laotian",
        Other,
    ),
    (
        "event_suffix",
        "He played in the Davis Cup twice.",
        "Davis Cup",
        Other,
    ),
    (
        "team_score",
        "Results: Kirkwall 3 Dunmore 1.",
        "Kirkwall",
        Org,
    ),
];

const CONNECTORS: &[Found] = &[
    (
        "of_after_org_word",
        "The Bank of England held rates.",
        "Bank of England",
        Org,
    ),
    (
        "ampersand",
        "Profits at Procter & Gamble fell.",
        "Procter & Gamble",
        Org,
    ),
    (
        "particle_van",
        "A portrait of Ludwig van Beethoven hung there.",
        "Ludwig van Beethoven",
        Per,
    ),
    (
        "country_pair",
        "Troops left Bosnia and Herzegovina in spring.",
        "Bosnia and Herzegovina",
        Place,
    ),
    (
        "title_remit",
        "Minister of Foreign Affairs Prak Sokhonn spoke.",
        "Prak Sokhonn",
        Per,
    ),
    (
        "title_after_place",
        "US President Joe Biden listened.",
        "Joe Biden",
        Per,
    ),
    (
        "place_before_title",
        "US President Joe Biden listened.",
        "US",
        Place,
    ),
];

const SENTENCE_INITIAL: &[Absent] = &[
    (
        "some",
        "Some of the deportees were born abroad. Others stayed.",
        "Some",
    ),
    (
        "speaking",
        "Speaking at the ceremony, the envoy smiled.",
        "Speaking",
    ),
    (
        "however",
        "However, the talks in Geneva went on.",
        "However",
    ),
    ("back_in", "Back in 2017, the rules changed.", "Back"),
    (
        "quoted",
        "He said: \u{201c}Some of them were born there.\u{201d}",
        "Some",
    ),
    (
        "article",
        "The rain fell on the city of Lyon for days.",
        "The",
    ),
    (
        "contraction",
        "Actually I've tested the code in Lyon, and now I\u{2019}m sure it works.",
        "I've",
    ),
    (
        "typographic_contraction",
        "Actually I've tested the code in Lyon, and now I\u{2019}m sure it works.",
        "I\u{2019}m",
    ),
    (
        "after_list_marker",
        "Drinking game for web devs:\n(1) Think of a noun\n(2) Google it in Lyon",
        "Think",
    ),
    (
        "after_numbered_item",
        "Steps for the trip to Lyon:\n1) Pack the bags\n2) Book the train",
        "Pack",
    ),
];

const ALL_CAPS: &[Found] = &[
    ("dateline", "PHNOM PENH (Reuters) - Cambodia said it would reply.", "PHNOM PENH", Place),
    (
        "agency_in_a_dateline_of_its_own",
        "LEEDS (The Evening Chronicle/Asia News Network): The mayor of Leeds opened the bridge.",
        "Asia News Network",
        Org,
    ),
    (
        "headline_known_name",
        "RWANDA SAYS TALKS WITH KAGAME AIDES WILL GO ON\nRwanda said on Monday that aides of Paul Kagame would meet.",
        "RWANDA",
        Place,
    ),
    ("acronym_org", "ASEAN leaders met. Later ASEAN issued a statement.", "ASEAN", Org),
    ("dotted_country", "Officials in the U.S. said little.", "U.S.", Place),
    ("spelled_out_acronym", "They signed a memorandum of understanding (MoU) last year. The MoU lapsed.", "MoU", Other),
];

const SHAPES: &[Found] = &[
    (
        "possessive",
        "Cambodia's foreign minister left early.",
        "Cambodia",
        Place,
    ),
    (
        "possessive_curly",
        "Under Kagame\u{2019}s plan, Kagame keeps control.",
        "Kagame",
        Per,
    ),
    (
        "hyphenated_name",
        "Jean-Claude Juncker said no.",
        "Jean-Claude Juncker",
        Per,
    ),
    (
        "hyphen_suffix",
        "A London-based fund bought it.",
        "London",
        Place,
    ),
    (
        "hyphen_nationality",
        "Many Cambodian-Americans were deported.",
        "Cambodian-Americans",
        Other,
    ),
];

const DATES: &[Found] = &[
    (
        "month_day",
        "The ceremony was held on Nov 22 in the capital.",
        "Nov 22",
        Date,
    ),
    ("year", "The deal was signed in 2002.", "2002", Date),
    (
        "last_weekday",
        "Talks broke down last Tuesday.",
        "last Tuesday",
        Date,
    ),
    (
        "full_date",
        "It opened on November 22, 2002 to crowds.",
        "November 22, 2002",
        Date,
    ),
    (
        "day_month_year",
        "It opened on 22 November 2002.",
        "22 November 2002",
        Date,
    ),
    ("iso", "LONDON 1996-08-30", "1996-08-30", Date),
    (
        "relative",
        "The minister resigned yesterday.",
        "yesterday",
        Date,
    ),
];

const AMOUNTS: &[Found] = &[
    (
        "symbol_outside_ascii",
        "Sales fell to £3.5m, or (€4m), last year.",
        "£3.5m",
        Amount,
    ),
    (
        "symbol_after_punctuation",
        "Sales fell to £3.5m, or (€4m), last year.",
        "€4m",
        Amount,
    ),
    (
        "dollar_bn",
        "Revenue reached $10.9bn in the year.",
        "$10.9bn",
        Amount,
    ),
    (
        "singapore_dollar",
        "A S$3bil money laundering case.",
        "S$3bil",
        Amount,
    ),
    (
        "spaced_percent",
        "Growth slowed to 6.6 % in the quarter.",
        "6.6 %",
        Amount,
    ),
    (
        "percent_word",
        "Prices rose 20 percent.",
        "20 percent",
        Amount,
    ),
    (
        "currency_word",
        "It cost 40 million dollars.",
        "40 million dollars",
        Amount,
    ),
    (
        "us_dollar_prefix",
        "It raised US$5 million.",
        "US$5 million",
        Amount,
    ),
];

const MULTILINGUAL_ES: &[Found] = &[
    (
        "es_title",
        "El presidente Pedro Sánchez visitó Madrid ayer.",
        "Pedro Sánchez",
        Per,
    ),
    (
        "es_place",
        "El presidente Pedro Sánchez visitó Madrid ayer.",
        "Madrid",
        Place,
    ),
    (
        "es_org_de",
        "El Banco de España publicó el informe.",
        "Banco de España",
        Org,
    ),
    (
        "es_date",
        "Llegó el 22 de noviembre de 2002 a la capital.",
        "22 de noviembre de 2002",
        Date,
    ),
    (
        "es_amount",
        "Las exportaciones sumaron 14.372,4 millones de dólares en el año.",
        "14.372,4 millones de dólares",
        Amount,
    ),
];

const MULTILINGUAL_ES_NAMES: &[Found] = &[
    (
        "es_event",
        "El equipo ganó la Copa del Rey en 2014.",
        "Copa del Rey",
        Other,
    ),
    (
        "es_accented_given_name",
        "Según José Pérez Cequera, la obra termina en mayo.",
        "José Pérez Cequera",
        Per,
    ),
];

const MULTILINGUAL_NL: &[Found] = &[
    (
        "nl_newspaper_article",
        "Dat schreef De Morgen vandaag over de zaak.",
        "De Morgen",
        Org,
    ),
    (
        "nl_place",
        "De trein naar Amsterdam had vertraging.",
        "Amsterdam",
        Place,
    ),
];

#[test]
fn cues() {
    check_found(CUES, "en");
}

#[test]
fn connectors() {
    check_found(CONNECTORS, "en");
}

#[test]
fn sentence_initial() {
    check_absent(SENTENCE_INITIAL, "en");
}

#[test]
fn all_caps() {
    check_found(ALL_CAPS, "en");
}

#[test]
fn shapes() {
    check_found(SHAPES, "en");
}

#[test]
fn dates() {
    check_found(DATES, "en");
}

#[test]
fn amounts() {
    check_found(AMOUNTS, "en");
}

#[test]
fn multilingual() {
    check_found(MULTILINGUAL_ES, "es");
    check_found(MULTILINGUAL_ES_NAMES, "es");
    check_found(MULTILINGUAL_NL, "nl");
}

/// (case name, text, canonical name, kind, variants that are its mentions).
type Variant = (
    &'static str,
    &'static str,
    &'static str,
    EntityKind,
    &'static [&'static str],
);

const VARIANTS: &[Variant] = &[
    (
        "surname",
        "Joe Biden arrived late. Biden then left.",
        "Joe Biden",
        Per,
        &["Joe Biden", "Biden"],
    ),
    (
        "title_variant",
        "Joe Biden spoke first. President Biden then left.",
        "Joe Biden",
        Per,
        &["Joe Biden", "Biden"],
    ),
    (
        "title_and_first_name",
        "Prime Minister Hun Sen spoke. Later Mr Hun said more.",
        "Hun Sen",
        Per,
        &["Hun Sen", "Hun"],
    ),
    (
        "shared_surname_goes_to_the_last_person_named",
        "Lucy Collins spoke first. Then Maj Matthew Collins arrived. Maj Collins said little.",
        "Matthew Collins",
        Per,
        &["Matthew Collins", "Collins"],
    ),
    (
        "mixed_case_preferred",
        "PHNOM PENH (AP) - Rain fell. Phnom Penh was calm.",
        "Phnom Penh",
        Place,
        &["PHNOM PENH", "Phnom Penh"],
    ),
    (
        "acronym_and_dots",
        "The United States agreed. The US will pay. The U.S. said so.",
        "United States",
        Place,
        &["United States", "US", "U.S."],
    ),
];

#[test]
fn variants() {
    for &(name, text, canonical, kind, variants) in VARIANTS {
        let found = entities(text, "en");
        let e = found
            .iter()
            .find(|e| e.text == canonical)
            .unwrap_or_else(|| panic!("{name}: no {canonical:?} in {found:?}"));
        assert_eq!(e.kind, kind, "{name}");
        let texts: Vec<&str> = e.mentions.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(texts, variants, "{name}");
        assert_eq!(e.count, variants.len(), "{name}");
    }
}

#[test]
fn salience_ranks_the_subject_first() {
    let text = "Kagame wins vote\nPaul Kagame won the vote in Rwanda. Kagame thanked voters. \
                Observers from Kenya watched. Kagame will serve until 2029.";
    let found = entities(text, "en");
    assert_eq!(found[0].text, "Paul Kagame", "{found:?}");
    assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(found.iter().all(|e| (0.0..=1.0).contains(&e.score)));
}

#[test]
fn empty_and_plain_text_give_no_names() {
    assert!(entities("", "en").is_empty());
    let found = entities("it rained all day and nobody went out.", "en");
    assert!(found.is_empty(), "{found:?}");
}

const REGRESSION: &[Found] = &[
    // #4: "Sen" without a dot is a name, not "Sen." (senator).
    (
        "issue_4_sen_is_a_name",
        "Prime Minister Hun Sen met Joe Biden.",
        "Hun Sen",
        Per,
    ),
    // #4: a country code in brackets in results is the country.
    (
        "issue_4_country_code",
        "Marta Ruiz (ESP) beat Ana Kovac (SVK) 6-3.",
        "ESP",
        Place,
    ),
    // #4: an acronym is no city ("ICA" is not Ica, Peru).
    (
        "issue_4_acronym_not_city",
        "The case was closed, said ICA officials.",
        "ICA",
        Org,
    ),
    // A councillor's title is not part of the name (the page's sample
    // article showed "Councillor James Whitaker"), also after a council.
    (
        "councillor_is_a_title",
        "Councillor James Whitaker said the park was too costly.",
        "James Whitaker",
        Per,
    ),
    // A lower-case "city", "county"… after a name makes it a place (the
    // sample's "Riverside city council" was an organization).
    (
        "name_before_city_council_is_a_place",
        "The Riverside city council voted 7 to 2 on Tuesday to build the park.",
        "Riverside",
        Place,
    ),
    (
        "name_before_rail_yard_is_a_place",
        "The council voted to turn the abandoned Northgate rail yard into a park.",
        "Northgate",
        Place,
    ),
    (
        "name_before_airport_is_a_place",
        "The flight was diverted to Orly airport on Sunday.",
        "Orly",
        Place,
    ),
    (
        "city_councillor_is_a_title",
        "The row grew, said Nottingham City Councillor Brian Parbutt.",
        "Brian Parbutt",
        Per,
    ),
];

#[test]
fn regression() {
    check_found(REGRESSION, "en");
}

mod properties {
    use super::entities;
    use proptest::prelude::*;

    /// Words mixing names, titles, connectors, numbers, dates, quotes and
    /// punctuation, so that every step of detection is exercised.
    const WORDS: &[&str] = &[
        "Hun",
        "Sen",
        "Prime",
        "Minister",
        "Mr",
        "Dr.",
        "of",
        "the",
        "The",
        "Bank",
        "England",
        "US",
        "U.S.",
        "ASEAN",
        "MoU",
        "Biden's",
        "Cambodia’s",
        "Jean-Claude",
        "London-based",
        "said",
        "in",
        "Nov",
        "22",
        "2002",
        "last",
        "Tuesday",
        "$",
        "10.9bn",
        "S",
        "6.6",
        "%",
        "millones",
        "de",
        "dólares",
        "14.372,4",
        "PHNOM",
        "PENH",
        "(",
        ")",
        ",",
        ".",
        "“",
        "”",
        "-",
        "Some",
        "Speaking",
        "v",
        "3",
        "&",
        "Ünal",
        "İstanbul",
        "日本",
        "van",
        "der",
    ];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec((0..WORDS.len(), 0..6u8), 0..60).prop_map(|v| {
            let mut s = String::new();
            for (w, sep) in v {
                s.push_str(WORDS[w]);
                s.push_str(match sep {
                    0 => "",
                    1 => "\n",
                    _ => " ",
                });
            }
            s
        })
    }

    proptest! {
        #[test]
        fn mentions_are_valid_ordered_and_disjoint(t in text()) {
            let found = entities(&t, "en");
            let mut all = Vec::new();
            for e in &found {
                prop_assert_eq!(e.count, e.mentions.len());
                prop_assert!((0.0..=1.0).contains(&e.score));
                prop_assert!(e.mentions.windows(2).all(|w| w[0].start < w[1].start));
                for m in &e.mentions {
                    prop_assert!(m.start < m.end && m.end <= t.len());
                    prop_assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
                    all.push((m.start, m.end));
                }
            }
            all.sort_unstable();
            prop_assert!(all.windows(2).all(|w| w[0].1 <= w[1].0), "overlap in {:?}", all);
            prop_assert!(found.windows(2).all(|w| w[0].score >= w[1].score));
            prop_assert_eq!(entities(&t, "en"), found);
        }
    }
}

/// German, Norwegian and Finnish: cues of each language, and German nouns
/// that are capitalised but no names.
#[cfg(all(feature = "ner-de", feature = "ner-no", feature = "ner-fi"))]
const GERMANIC_AND_FINNISH: &[(&str, &str, &str, &str, EntityKind)] = &[
    (
        "de_weekday",
        "de",
        "Am Dienstag sagte Herr Müller in Berlin, die Kosten seien gestiegen.",
        "Dienstag",
        Date,
    ),
    (
        "de_tagger_spans_lower_case_words",
        "de",
        "Im Jahr 1810 gründete Wilhelm von Humboldt die Universität in Berlin.",
        "Wilhelm von Humboldt",
        Per,
    ),
    (
        "de_title_cut",
        "de",
        "Am Dienstag sagte Herr Müller in Berlin, die Kosten seien gestiegen.",
        "Müller",
        Per,
    ),
    (
        "de_place",
        "de",
        "Am Dienstag sagte Herr Müller in Berlin, die Kosten seien gestiegen.",
        "Berlin",
        Place,
    ),
    (
        "de_noun_before_place_cut",
        "de",
        "Die Stadt Berlin hat am Dienstag beschlossen, die Brücke zu sanieren.",
        "Berlin",
        Place,
    ),
    (
        "de_given_name_kept",
        "de",
        "Die Resonanz habe die Erwartungen übertroffen, sagte Stefani Korn am Montag.",
        "Stefani Korn",
        Per,
    ),
    (
        "fi_colon_case_ending",
        "fi",
        "Ne vastaavat siitä, että niiden tuotteet vastaavat voimassa olevia EU:n määräyksiä.",
        "EU:n",
        Org,
    ),
    (
        "fi_inflected_place",
        "fi",
        "Pekka asuu nyt Helsingissä ja käy usein Tampereella.",
        "Helsingissä",
        Place,
    ),
    (
        "de_millionen",
        "de",
        "Die Brücke kostet nun 5 Millionen Euro mehr als geplant.",
        "5 Millionen Euro",
        Amount,
    ),
    (
        "de_month",
        "de",
        "Die Entscheidung fällt im März in Hamburg.",
        "März",
        Date,
    ),
    (
        "de_gmbh",
        "de",
        "Der Auftrag ging an die Bauer Logistik GmbH in Bremen.",
        "Bauer Logistik GmbH",
        Org,
    ),
    (
        "no_weekday",
        "no",
        "På tirsdag sa Kari Nordmann i Oslo at Equinor ASA tjente mer.",
        "tirsdag",
        Date,
    ),
    (
        "no_asa",
        "no",
        "På tirsdag sa Kari Nordmann i Oslo at Equinor ASA tjente mer.",
        "Equinor ASA",
        Org,
    ),
    (
        "no_millioner",
        "no",
        "Selskapet tjente 30 millioner kroner i mars.",
        "30 millioner kroner",
        Amount,
    ),
    (
        "no_month",
        "no",
        "Selskapet tjente 30 millioner kroner i mars.",
        "mars",
        Date,
    ),
    (
        "fi_weekday",
        "fi",
        "Tiistaina Nokia Oyj kertoi tuloksensa.",
        "Tiistaina",
        Date,
    ),
    (
        "fi_oyj",
        "fi",
        "Tiistaina Nokia Oyj kertoi tuloksensa.",
        "Nokia Oyj",
        Org,
    ),
    (
        "fi_miljoonaa",
        "fi",
        "Yhtiö maksaa 5 miljoonaa euroa maaliskuussa.",
        "5 miljoonaa euroa",
        Amount,
    ),
    (
        "fi_month",
        "fi",
        "Yhtiö maksaa 5 miljoonaa euroa maaliskuussa.",
        "maaliskuussa",
        Date,
    ),
    (
        "fi_org_head",
        "fi",
        "Hän opiskelee nyt Turun yliopistossa ja asuu Turussa.",
        "Turun yliopistossa",
        Org,
    ),
    (
        "fi_place_head",
        "fi",
        "Presidentti vieraili viime vuonna Ranskan tasavallassa.",
        "Ranskan tasavallassa",
        Place,
    ),
    (
        "fi_compound_whole",
        "fi",
        "Konsertti pidettiin eilen Finlandia-talossa Helsingissä.",
        "Finlandia-talossa",
        Place,
    ),
    (
        "fi_hyphen_tail",
        "fi",
        "Levy on suomalaisen Damn Seagulls -yhtyeen ensimmäinen albumi.",
        "Damn Seagulls -yhtyeen",
        Org,
    ),
];

#[cfg(all(feature = "ner-de", feature = "ner-no", feature = "ner-fi"))]
#[test]
fn languages_with_capitals_have_their_cues() {
    for &(name, lang, text, mention, kind) in GERMANIC_AND_FINNISH {
        check_found(&[(name, text, mention, kind)], lang);
    }
}

#[cfg(feature = "ner-de")]
#[test]
fn german_nouns_are_not_names() {
    let text = "Am Dienstag sagte Herr Müller in Berlin, die Kosten für die Brücke seien \
                gestiegen. Die Entscheidung über die Arbeiten fällt im März.";
    let found = mentions(text, &entities(text, "de"));
    for noun in ["Kosten", "Brücke", "Entscheidung", "Arbeiten"] {
        assert!(
            found.iter().all(|(t, _)| !t.contains(noun)),
            "{noun} must not be in a mention: {found:?}"
        );
    }
    assert!(
        !found.iter().any(|(t, k)| t == "Dienstag" && *k != Date),
        "a weekday is a date: {found:?}"
    );
}

/// Chinese and Japanese: names without capitals, dates and amounts.
#[cfg(all(feature = "ner-zh", feature = "ner-ja"))]
const CJK: &[(&str, &str, &str, &str, EntityKind)] = &[
    (
        "zh_city",
        "zh",
        "江泽民主席在北京市会见了清华大学代表团。",
        "北京市",
        Place,
    ),
    (
        "zh_city_unknown",
        "zh",
        "他昨天到了邯郸市，参观了工厂。",
        "邯郸市",
        Place,
    ),
    (
        "zh_university",
        "zh",
        "江泽民主席在北京市会见了清华大学代表团。",
        "清华大学",
        Org,
    ),
    (
        "zh_person_title",
        "zh",
        "江泽民主席在北京市会见了清华大学代表团。",
        "江泽民",
        Per,
    ),
    (
        "zh_person_cue",
        "zh",
        "记者王小明报道，当地经济增长很快。",
        "王小明",
        Per,
    ),
    (
        "ja_kabushiki",
        "ja",
        "株式会社ソニーは東京都渋谷区で1000万円を投資した。",
        "株式会社ソニー",
        Org,
    ),
    (
        "ja_kabushiki_after",
        "ja",
        "ヤマダ電機株式会社は新店舗を開いた。",
        "ヤマダ電機株式会社",
        Org,
    ),
    (
        "ja_ward",
        "ja",
        "株式会社ソニーは東京都渋谷区で1000万円を投資した。",
        "東京都渋谷区",
        Place,
    ),
    (
        "ja_amount",
        "ja",
        "株式会社ソニーは東京都渋谷区で1000万円を投資した。",
        "1000万円",
        Amount,
    ),
    (
        "ja_year",
        "ja",
        "2014年に田中角栄氏が大阪市を訪れた。",
        "2014年",
        Date,
    ),
    (
        "ja_person_title_cut",
        "ja",
        "2014年に田中角栄氏が大阪市を訪れた。",
        "田中角栄",
        Per,
    ),
    (
        "ja_city",
        "ja",
        "2014年に田中角栄氏が大阪市を訪れた。",
        "大阪市",
        Place,
    ),
    (
        "ja_katakana_person_after_kanji",
        "ja",
        "事件を担当する刑事ジョン・ブックは母子を警察署へ連れて行った。",
        "ジョン・ブック",
        Per,
    ),
    (
        "ja_katakana_person_before_kanji",
        "ja",
        "スパイダーマンは、スタン・リー原作により初登場した。",
        "スタン・リー",
        Per,
    ),
    (
        "ja_katakana_team",
        "ja",
        "彼はニューヨーク・ヤンキースに入団した。",
        "ニューヨーク・ヤンキース",
        Org,
    ),
    (
        "ja_long_given_name",
        "ja",
        "浅野総一郎は横浜に工場を建てた。",
        "浅野総一郎",
        Per,
    ),
    (
        "ja_orchestra",
        "ja",
        "彼は札幌交響楽団の指揮者になった。",
        "札幌交響楽団",
        Org,
    ),
    (
        "ja_museum",
        "ja",
        "作品は国立西洋美術館に収められた。",
        "国立西洋美術館",
        Place,
    ),
];

#[cfg(all(feature = "ner-zh", feature = "ner-ja"))]
#[test]
fn chinese_and_japanese_names() {
    for &(name, lang, text, mention, kind) in CJK {
        check_found(&[(name, text, mention, kind)], lang);
    }
}

#[cfg(feature = "ner-ja")]
#[test]
fn japanese_common_nouns_and_glued_names_are_not_names() {
    // "本社" (head office) and "政府" (government) end like names; "東京" in
    // "東京オリンピック" is part of another name.
    let text = "同社の本社は政府の近くにあり、東京オリンピックに協賛した。";
    let found = mentions(text, &entities(text, "ja"));
    assert!(found.is_empty(), "no names expected: {found:?}");
    // Katakana words joined by "・" with a common word among them are a
    // title or a band, not a person.
    let text = "番組はワールド・ニュースの後に放送された。";
    let found = mentions(text, &entities(text, "ja"));
    assert!(found.is_empty(), "no names expected: {found:?}");
}

#[test]
fn english_has_no_profile() {
    // English detection is unchanged: no per-language data is consulted.
    assert!(super::lang::profile("en").is_none());
    assert!(super::lang::profile("es").is_none());
    assert!(super::lang::profile("nl").is_none());
}

#[cfg(all(feature = "ner-de", feature = "ner-no", feature = "ner-fi"))]
#[test]
fn token_models_are_sorted_with_four_weights_a_line() {
    for code in ["de", "no", "fi"] {
        let Some(p) = super::lang::profile(code) else {
            panic!("{code} has no profile");
        };
        assert!(!p.model.is_empty());
        let lines: Vec<&str> = p.model.text.lines().collect();
        let keys: Vec<&str> = lines
            .iter()
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect();
        assert!(
            keys.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()),
            "{code}"
        );
        assert!(
            lines
                .iter()
                .all(|l| l.split('\t').nth(1).is_some_and(|w| w.len() == 4)),
            "{code}"
        );
    }
}

/// Chinese and Japanese dates and amounts (no language data needed).
const CJK_NUMERIC: &[(&str, &str, &str, &str, EntityKind)] = &[
    (
        "zh_year",
        "zh",
        "2014年5月3日，双方签署了合同。",
        "2014年5月3日",
        Date,
    ),
    ("zh_yi", "zh", "双方签署了30亿元的合同。", "30亿元", Amount),
    ("zh_wan", "zh", "该公司获得1000万投资。", "1000万", Amount),
    (
        "ja_amount",
        "ja",
        "ソニーは1000万円を投資した。",
        "1000万円",
        Amount,
    ),
    ("ja_year", "ja", "2014年に大阪市を訪れた。", "2014年", Date),
];

#[test]
fn chinese_and_japanese_dates_and_amounts() {
    for &(name, lang, text, mention, kind) in CJK_NUMERIC {
        check_found(&[(name, text, mention, kind)], lang);
    }
}

/// German, Norwegian and Finnish dates and amounts (no model needed).
const OTHER_NUMERIC: &[(&str, &str, &str, &str, EntityKind)] = &[
    (
        "de_weekday",
        "de",
        "Am Dienstag wurde die Brücke eröffnet.",
        "Dienstag",
        Date,
    ),
    (
        "de_millionen",
        "de",
        "Die Brücke kostet 5 Millionen Euro mehr.",
        "5 Millionen Euro",
        Amount,
    ),
    (
        "de_month",
        "de",
        "Die Entscheidung fällt im März.",
        "März",
        Date,
    ),
    (
        "no_millioner",
        "no",
        "Selskapet tjente 30 millioner kroner i mars.",
        "30 millioner kroner",
        Amount,
    ),
    (
        "no_month",
        "no",
        "Selskapet tjente 30 millioner kroner i mars.",
        "mars",
        Date,
    ),
    (
        "fi_miljoonaa",
        "fi",
        "Yhtiö maksaa 5 miljoonaa euroa maaliskuussa.",
        "5 miljoonaa euroa",
        Amount,
    ),
    (
        "fi_month",
        "fi",
        "Yhtiö maksaa 5 miljoonaa euroa maaliskuussa.",
        "maaliskuussa",
        Date,
    ),
];

#[test]
fn german_norwegian_finnish_dates_and_amounts() {
    for &(name, lang, text, mention, kind) in OTHER_NUMERIC {
        check_found(&[(name, text, mention, kind)], lang);
    }
}

#[test]
fn normalized_words_drop_dots_apostrophes_and_empty_words() {
    let cases: [(&str, &str, usize); 8] = [
        ("joe biden", "joe biden", 2),
        ("u.s. army", "us army", 2),
        ("o'neill", "oneill", 1),
        (". x", "x", 1),
        ("x .", "x", 1),
        ("a  b", "a b", 2),
        ("", "", 0),
        ("phnom penh post", "phnom penh post", 3),
    ];
    for (key, words, count) in cases {
        assert_eq!(
            super::normalized_words(key),
            (words.to_string(), count),
            "{key:?}"
        );
    }
}
