//! The lead of a news article: a prior for the first sentences.
//!
//! News puts the gist first, and in French and Vietnamese news the
//! reference summaries are the article's own standfirst. Scores are
//! multiplied by `(k + 1)^-exponent`, `k` the sentence's place among the
//! eligible units past the first [`Lead::places`] (which share the top
//! weight). English has no prior: on BBC and XSum it cost ROUGE
//! (`docs/experiments.md`, "position prior").

use crate::Language;

/// Exponent of the lead prior for languages other than English, chosen on
/// the tuning halves of the French, Chinese and Vietnamese dev sets
/// (`eval_rouge --part tune`; ROUGE-1 there, 0 / 0.3 / 0.5 / 1 / 2: French
/// 25.4 / 26.9 / 27.3 / 27.2 / 26.5, Vietnamese 25.5 / 27.0 / 27.1 / 26.2
/// / 25.8, Chinese 27.1 / 27.3 / 27.5 / 27.0 / 26.9, with bigrams).
pub const DEFAULT_LEAD_EXPONENT: f64 = 0.5;

/// Number of first eligible units that share the top weight of the lead
/// prior, in most languages: the first sentence alone.
pub const DEFAULT_LEAD_PLACES: usize = 1;

/// [`DEFAULT_LEAD_PLACES`] in Chinese: the first two sentences. Short
/// Chinese news posts often open on a sentence that sets the scene
/// (`昨晚，南车、北车陆续发布公告。`) and give the news in the second; on
/// the tuning half of the LCSTS dev set the second sentence scores as well
/// as the first against the headline (ROUGE-1 27.7 and 27.0), the third
/// and fourth far less (21.4, 19.4). With two places, nutgraf's ROUGE-1
/// there went from 28.4 to 28.9 (`docs/experiments.md`, issue 15).
pub const CHINESE_LEAD_PLACES: usize = 2;

/// The lead prior of a language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lead {
    /// How fast the weight falls with the place (0: no prior).
    pub exponent: f64,
    /// Number of first eligible units weighted 1 (at least 1).
    pub places: usize,
}

impl Lead {
    /// The lead prior of `language`: none in English,
    /// [`DEFAULT_LEAD_EXPONENT`] elsewhere, over [`CHINESE_LEAD_PLACES`]
    /// in Chinese and [`DEFAULT_LEAD_PLACES`] in the other languages.
    pub fn of(language: Language) -> Lead {
        let exponent = if language == Language::ENGLISH {
            0.0
        } else {
            DEFAULT_LEAD_EXPONENT
        };
        let places = match language.code() {
            "zh" => CHINESE_LEAD_PLACES,
            _ => DEFAULT_LEAD_PLACES,
        };
        Lead { exponent, places }
    }

    /// The weight of the eligible unit at `place` (1 for the first).
    fn weight(self, place: usize) -> f64 {
        let k = place.saturating_sub(self.places.max(1)) + 1;
        (k as f64).powf(-self.exponent)
    }
}

/// Multiplies the scores of the eligible units by the lead prior.
pub(crate) fn weigh(scores: &mut [f64], eligible: &[bool], language: Language) {
    let lead = Lead::of(language);
    if lead.exponent == 0.0 {
        return;
    }
    let eligible_scores = scores.iter_mut().zip(eligible).filter(|(_, &ok)| ok);
    for (place, (s, _)) in (1..).zip(eligible_scores) {
        *s *= lead.weight(place);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn language(code: &str) -> Language {
        Language::from_code(code).unwrap_or(Language::ENGLISH)
    }

    #[test]
    fn the_lead_outweighs_a_slightly_better_later_sentence_outside_english() {
        let mut scores = vec![1.0, 1.2, 0.0, 1.0];
        // The third unit is not eligible: it keeps its score and takes no
        // place, so the fourth is the third eligible one.
        weigh(&mut scores, &[true, true, false, true], language("fr"));
        let want = [1.0, 1.2 / 2f64.sqrt(), 0.0, 1.0 / 3f64.sqrt()];
        for (got, want) in scores.iter().zip(want) {
            assert!((got - want).abs() < 1e-12, "{scores:?}");
        }
    }

    #[test]
    fn english_has_no_lead_prior() {
        let mut scores = vec![1.0, 1.2, 1.0];
        weigh(&mut scores, &[true; 3], Language::ENGLISH);
        assert_eq!(scores, [1.0, 1.2, 1.0]);
        assert_eq!(Lead::of(Language::ENGLISH).exponent, 0.0);
    }

    #[test]
    fn in_chinese_the_first_two_sentences_share_the_lead() {
        let mut scores = vec![1.0, 1.2, 0.0, 1.0, 1.0];
        weigh(
            &mut scores,
            &[true, true, false, true, true],
            language("zh"),
        );
        // Places 1 and 2 weigh 1; the third eligible unit weighs as the
        // second does elsewhere, the fourth as the third.
        let want = [1.0, 1.2, 0.0, 1.0 / 2f64.sqrt(), 1.0 / 3f64.sqrt()];
        for (got, want) in scores.iter().zip(want) {
            assert!((got - want).abs() < 1e-12, "{scores:?}");
        }
        // Other languages keep one place.
        for code in ["fr", "vi", "ja", "de"] {
            assert_eq!(Lead::of(language(code)).places, DEFAULT_LEAD_PLACES);
        }
    }
}
