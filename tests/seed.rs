//! The seed article (`seed/asean-deportation.txt` in the shared corpus): a
//! news story copied off a page with its furniture (photo caption, channel
//! plug, tag line, "Next In …" headline list, "Others Also Read").
//! Its summary must hold only sentences of the story.

mod corpus;

use nutgraf::{summarize, Options};

const SEED: &str = "seed/asean-deportation.txt";

/// Where the story ends: the first line of furniture after it.
const STORY_END: &str = "Follow us on our official WhatsApp channel";

fn three(text: &str) -> nutgraf::Summary {
    let options = Options {
        sentences: Some(3),
        ..Default::default()
    };
    match summarize(text, &options) {
        Ok(s) => s,
        Err(e) => panic!("the seed must summarize: {e}"),
    }
}

#[test]
fn seed_summary_is_three_story_sentences() {
    let Some(text) = corpus::read(SEED) else {
        return;
    };
    let end = text.find(STORY_END).expect("the seed has its channel plug");
    let summary = three(&text);
    assert_eq!(summary.sentences.len(), 3);
    for s in &summary.sentences {
        assert!(s.end <= end, "furniture in the summary: {:?}", s.text);
        assert_eq!(&text[s.start..s.end], s.text);
        assert!(
            !s.text.ends_with("- SPM"),
            "photo caption in the summary: {:?}",
            s.text
        );
    }
}

#[test]
fn seed_title_and_furniture_count() {
    let Some(text) = corpus::read(SEED) else {
        return;
    };
    let summary = three(&text);
    assert_eq!(
        summary.title.as_deref(),
        Some("Hun Sen asks US for ‘humanitarian’ shift in deportation policy")
    );
    // The caption, the plug, the tag line, the "Next In" header with its ten
    // headlines and "Others Also Read": 15 units.
    assert_eq!(summary.stats.furniture, 15, "{:?}", summary.stats);
}

#[test]
fn seed_without_cleaning_may_pick_furniture_but_never_the_title() {
    let Some(text) = corpus::read(SEED) else {
        return;
    };
    let options = Options {
        sentences: Some(3),
        clean: Some(false),
        ..Default::default()
    };
    let summary = summarize(&text, &options).expect("summarizes");
    assert_eq!(summary.stats.furniture, 0);
    assert!(summary.sentences.iter().all(|s| s.index > 0));
}
