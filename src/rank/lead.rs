//! The lead of a news article: a prior for the first sentences.
//!
//! News puts the gist first, and in French and Vietnamese news the
//! reference summaries are the article's own standfirst. Scores are
//! multiplied by `(k + 1)^-exponent`, `k` the sentence's place among the
//! eligible units. English has no prior: on BBC and XSum it cost ROUGE
//! (`docs/experiments.md`, "position prior").

use crate::Language;

/// Exponent of the lead prior for languages other than English, chosen on
/// the tuning halves of the French, Chinese and Vietnamese dev sets
/// (`eval_rouge --part tune`; ROUGE-1 there, 0 / 0.3 / 0.5 / 1 / 2: French
/// 25.4 / 26.9 / 27.3 / 27.2 / 26.5, Vietnamese 25.5 / 27.0 / 27.1 / 26.2
/// / 25.8, Chinese 27.1 / 27.3 / 27.5 / 27.0 / 26.9, with bigrams).
pub const DEFAULT_LEAD_EXPONENT: f64 = 0.5;

/// The exponent of the lead prior in `language` (0: none).
pub fn exponent(language: Language) -> f64 {
    if language == Language::ENGLISH {
        return 0.0;
    }
    DEFAULT_LEAD_EXPONENT
}

/// Multiplies the scores of the eligible units by the lead prior.
pub(crate) fn weigh(scores: &mut [f64], eligible: &[bool], language: Language) {
    let e = exponent(language);
    if e == 0.0 {
        return;
    }
    let mut k = 0;
    for (s, _) in scores.iter_mut().zip(eligible).filter(|(_, &ok)| ok) {
        k += 1;
        *s *= (k as f64).powf(-e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lead_outweighs_a_slightly_better_later_sentence_outside_english() {
        let french = Language::from_code("fr").unwrap_or(Language::ENGLISH);
        let mut scores = vec![1.0, 1.2, 0.0, 1.0];
        // The third unit is not eligible: it keeps its score and takes no
        // place, so the fourth is the third eligible one.
        weigh(&mut scores, &[true, true, false, true], french);
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
        assert_eq!(exponent(Language::ENGLISH), 0.0);
    }
}
