//! Furniture rules, pinned with real-looking lines grouped by what they are.

use super::*;
use crate::text::lang::Language;

/// The lines of `text` that are furniture (whole units, trimmed).
fn dropped(text: &str) -> Vec<String> {
    let doc = Document::analyse(text, Some(Language::ENGLISH));
    let flags = furniture(&doc);
    (0..doc.units.len())
        .filter(|&i| flags[i])
        .map(|i| doc.unit_text(i).to_string())
        .collect()
}

/// A story paragraph to put around a line under test.
const STORY: &str = "The council approved the plan on Tuesday after a long debate about costs. \
                     Officials said work would start in the spring and last two years.";

/// Checks that `line`, between two story paragraphs, is (or is not) dropped.
fn check(group: &str, cases: &[&str], want_dropped: bool) {
    for line in cases {
        let text = format!("{STORY}\n\n{line}\n\n{STORY}\n");
        let got = dropped(&text);
        let is_dropped = !got.is_empty() && got.iter().all(|g| line.contains(g.as_str()));
        assert_eq!(
            is_dropped, want_dropped,
            "{group}: {line:?} -> dropped {got:?}"
        );
    }
}

/// Share, follow, subscribe and app prompts; channel and newsletter plugs.
const PROMPTS: &[&str] = &[
    "Follow us on our official WhatsApp channel for breaking news alerts and key updates!",
    "Sign up for our newsletter to get the day's top stories in your inbox.",
    "Share this article",
    "Share on Facebook",
    "Click here to subscribe to our Telegram channel.",
    "Subscribe now",
    "Download our app for the latest news.",
    "Join our mailing list and never miss a story.",
    "Síguenos en Twitter",
    "Folgen Sie uns auf Facebook",
    "Abonnez-vous à notre newsletter",
];

/// Cookie, subscription and rights notices; advertising labels.
const NOTICES: &[&str] = &[
    "We use cookies to improve your experience. By continuing to use this site you agree to our cookie policy.",
    "© 2024 Example Media Group. All rights reserved.",
    "Advertisement",
    "Sponsored",
    "Anzeige",
    "Media playback is not supported on this device",
    "If you're running an ad blocker, please whitelist us.",
    "Your email address will not be published. Required fields are marked *",
    "Gib deine E-Mail-Adresse ein, um Benachrichtigungen über neue Beiträge zu erhalten.",
    "Votre adresse de messagerie ne sera pas publiée.",
];

/// Tag and keyword lines.
const TAGS: &[&str] = &[
    "Cambodia , US , deportation , Biden , Hun Sen",
    "Tags: Politics, Asia, Human rights",
    "Topics: Economy | Trade | Tariffs",
    "#Elections #Cambodia #Asean",
];

/// Photo captions with a credit, and credit lines.
const CAPTIONS: &[&str] = &[
    "Prime Minister Hun Sen held a bilateral meeting with US President Joe Biden in Phnom Penh. - SPM",
    "Rescue workers search the rubble after the quake. (Photo: Reuters)",
    "Protesters gather outside parliament on Monday | AFP/Getty Images",
    "Photo: Jane Doe/Reuters",
    "Image caption The bridge was closed for repairs",
];

/// The article's own short lines, and sentences that only look like
/// furniture.
const ARTICLE: &[&str] = &[
    "“We will not back down,” she said.",
    "A new beginning",
    "What happens next?",
    "Share prices fell 3% on the news, wiping $2bn off the company's value.",
    "Follow-up talks are planned for March, the ministry said.",
    "He said the photo had been taken in 2019 - a claim the agency denies.",
    "Subscribers to the service rose by 464,000 in the fourth quarter, the firm said.",
    "The report was published on Tuesday by the Institute for Fiscal Studies.",
    "Copyright law was overhauled in 2019, and publishers say the change has cut piracy.",
    "Paris, London and Berlin have all banned the scooters, officials said.",
];

#[test]
fn prompts_are_dropped() {
    check("PROMPTS", PROMPTS, true);
}

#[test]
fn notices_are_dropped() {
    check("NOTICES", NOTICES, true);
}

#[test]
fn tag_lines_are_dropped() {
    check("TAGS", TAGS, true);
}

#[test]
fn credited_captions_are_dropped() {
    check("CAPTIONS", CAPTIONS, true);
}

#[test]
fn article_lines_survive() {
    check("ARTICLE", ARTICLE, false);
}

#[test]
fn related_headlines_after_a_header_are_dropped() {
    let text = format!(
        "{STORY}\n\nNext In Aseanplus News\n\nThousands take part in annual procession in Penang\n\
         Bangladesh continues curfew amid mass arrests of protesters\nMyanmar hosts security chiefs' meeting\n\n\
         Others Also Read"
    );
    assert_eq!(
        dropped(&text),
        [
            "Next In Aseanplus News",
            "Thousands take part in annual procession in Penang",
            "Bangladesh continues curfew amid mass arrests of protesters",
            "Myanmar hosts security chiefs' meeting",
            "Others Also Read",
        ]
    );
}

#[test]
fn a_run_of_headlines_is_a_list_but_a_subheading_is_not() {
    let list = format!(
        "{STORY}\n\nTeen may have drowned trying to save sister\nThai PM lauds success of visa-free policy\n\
         Marcos forms oil spill task force\n"
    );
    assert_eq!(dropped(&list).len(), 3);
    let subheadings = format!("{STORY}\n\nWhat the plan means\n\n{STORY}\n\nWho pays\n\n{STORY}\n");
    assert!(dropped(&subheadings).is_empty());
}

#[test]
fn numbered_steps_and_quotes_are_not_headline_lists() {
    let steps = format!("{STORY}\n\n1. Poll tasks from the store\n2. Push tasks onto queues\n3. Update task statuses\n");
    assert!(dropped(&steps).is_empty());
    let quotes = format!(
        "{STORY}\n\n“Will you tell me where you were born?”\n“I would prefer not to”\n“Why not”\n"
    );
    assert!(dropped(&quotes).is_empty());
}

#[test]
fn bylines_and_datelines_only_at_the_top() {
    let top = format!("By Jane Doe\nNov 22, 2022 10:05 AM\n5 min read\n\n{STORY}\n");
    assert_eq!(
        dropped(&top),
        ["By Jane Doe", "Nov 22, 2022 10:05 AM", "5 min read"]
    );
    let later = format!("{STORY}\n\nBy the end of 2022\n\n{STORY}\n");
    assert!(dropped(&later).is_empty());
}

#[test]
fn regression_issue_3_seed_furniture() {
    // The tail of the seed page, as pasted.
    let text = format!(
        "{STORY}\n\n“Cambodia is unjustly regarded as failing to cooperate,” he said.\n\n\
         Follow us on our official WhatsApp channel for breaking news alerts and key updates!\n\n\
         Cambodia , US , deportation , Biden , Hun Sen\n\n   \n\nNext In Aseanplus News\n\n\
         More than family affairs\nMarcos forms Bataan oil spill task force\n\nOthers Also Read"
    );
    let got = dropped(&text);
    assert_eq!(got.len(), 6, "{got:?}");
    assert!(!got.iter().any(|g| g.contains("unjustly")));
}

#[test]
fn comments_section_after_the_story_is_dropped() {
    let text = format!(
        "{STORY}\n\n{STORY}\n\n{STORY}\n\n23 Comments\n\n\
         I have said this for years and nobody listens to me.\n\nGreat article, thanks for writing it.\n"
    );
    assert_eq!(
        dropped(&text),
        [
            "23 Comments",
            "I have said this for years and nobody listens to me.",
            "Great article, thanks for writing it."
        ]
    );
    // A "Comments" link in a share bar near the top, or "0 comments", is not
    // a comments section.
    let bar = format!("{STORY}\nComments\nShare\n\n{STORY}\n\n0 comments\n\n{STORY}\n");
    assert!(
        dropped(&bar)
            .iter()
            .all(|d| d == "Comments" || d == "Share"),
        "{:?}",
        dropped(&bar)
    );
}

/// The phrase index finds what `str::contains` and `str::starts_with`
/// find, for every phrase of the lists it indexes.
#[test]
fn phrase_index_matches_plain_search() {
    for list in [PROMPT_ANYWHERE, PROMPT_STARTS, LIST_HEADERS] {
        assert!(
            list.iter().all(|p| p.len() >= 2),
            "phrases of two bytes or more"
        );
    }
    let notices = Phrases::notices();
    for p in PROMPT_ANYWHERE {
        assert!(notices.any_in(&format!("see {p} here")), "{p}");
    }
    assert!(!notices.any_in("the council approved the plan on tuesday"));
    assert!(!notices.any_in(""));
    let prompts = Phrases::prompts();
    for p in PROMPT_STARTS {
        assert!(
            prompts.prefixes_of(&format!("{p} now")).any(|q| q == *p),
            "{p}"
        );
    }
    for text in ["share this story", "read more from us", "tags: x", "©2024"] {
        let mut got: Vec<&str> = prompts.prefixes_of(text).collect();
        let mut want: Vec<&str> = PROMPT_STARTS
            .iter()
            .copied()
            .filter(|p| text.starts_with(p))
            .collect();
        got.sort_unstable();
        want.sort_unstable();
        assert_eq!(got, want, "{text}");
        assert!(!got.is_empty(), "{text}");
    }
    assert_eq!(prompts.prefixes_of("s").count(), 0);
    let headers = Phrases::list_headers();
    for h in LIST_HEADERS {
        assert!(headers.prefixes_of(h.trim_end()).next().is_some(), "{h}");
    }
    assert!(headers
        .prefixes_of("next in aseanplus news")
        .next()
        .is_some());
    assert!(headers.prefixes_of("nextin").next().is_none());
}

#[test]
fn words_are_runs_of_non_whitespace() {
    let cases = [
        ("", 0),
        ("one", 1),
        ("  two\twords ", 2),
        ("a\x0Bb", 2),
        ("caf\u{e9} \u{a0}au lait", 3),
        ("Phnom\u{2003}Penh", 2),
    ];
    for (line, want) in cases {
        assert_eq!(count_words(line), want, "{line:?}");
        assert_eq!(count_words(line), line.split_whitespace().count());
    }
}

#[test]
fn credits_split_at_the_last_separator() {
    assert_eq!(
        split_credit("Workers in Phnom Penh. - SPM"),
        Some(("Workers in Phnom Penh.", "SPM"))
    );
    assert_eq!(
        split_credit("A - B | AFP / Getty"),
        Some(("A - B", "AFP / Getty"))
    );
    assert_eq!(split_credit("A — B"), Some(("A", "B")));
    assert_eq!(split_credit("no separator-here"), None);
}
