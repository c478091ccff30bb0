//! Salience: how much an entity is what the article is about, from how
//! often and how early it is mentioned, whether the headline and the
//! summary mention it and how widely it spreads over the sentences.

use crate::EntityKind;

/// Weight of the mention count (log-scaled against the most mentioned).
pub(crate) const DEFAULT_FREQUENCY_WEIGHT: f64 = 0.3;
/// Weight of the first mention's position (earlier is more salient).
pub(crate) const DEFAULT_FIRST_WEIGHT: f64 = 0.25;
/// Weight of the share of summary sentences that mention the entity.
pub(crate) const DEFAULT_SUMMARY_WEIGHT: f64 = 0.2;
/// Weight of a mention in the first unit (the headline or lead).
pub(crate) const DEFAULT_HEADLINE_WEIGHT: f64 = 0.1;
/// Weight of the share of sentences that mention the entity.
pub(crate) const DEFAULT_SPREAD_WEIGHT: f64 = 0.15;
/// Factor for places and other names, more often the setting than the
/// actors of a story.
pub(crate) const DEFAULT_SETTING_FACTOR: f64 = 0.9;
/// Factor for dates and amounts, which are rarely what an article is about.
pub(crate) const DEFAULT_NUMERIC_FACTOR: f64 = 0.5;

/// What salience reads of one entity.
pub(crate) struct Signals<'a> {
    /// The entity's kind.
    pub kind: EntityKind,
    /// Unit index of each mention, in document order.
    pub units: &'a [usize],
}

/// Scores in `0..=1` for `entities` of a document of `unit_count` units
/// whose summary is the units `summary`.
pub(crate) fn scores(entities: &[Signals<'_>], unit_count: usize, summary: &[usize]) -> Vec<f64> {
    let max_count = entities
        .iter()
        .map(|e| e.units.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let max_spread = entities
        .iter()
        .map(|e| distinct(e.units))
        .max()
        .unwrap_or(1)
        .max(1);
    // The summary's distinct units, sorted (a few: searched, not hashed;
    // in document order already, as the summary gives them).
    let mut summary = summary.to_vec();
    if !summary.windows(2).all(|w| w[0] < w[1]) {
        crate::order::sort(&mut summary);
        summary.dedup();
    }
    entities
        .iter()
        .map(|e| score(e, unit_count, max_count, max_spread, &summary))
        .collect()
}

fn score(
    e: &Signals<'_>,
    unit_count: usize,
    max_count: usize,
    max_spread: usize,
    summary: &[usize],
) -> f64 {
    let frequency = ((1 + e.units.len()) as f64).ln() / ((1 + max_count) as f64).ln();
    let first_unit = e.units.first().copied().unwrap_or(unit_count);
    let first = 1.0 - first_unit as f64 / unit_count.max(1) as f64;
    let in_summary = distinct_in(e.units, summary);
    let summary_share = if summary.is_empty() {
        0.0
    } else {
        in_summary as f64 / summary.len() as f64
    };
    let headline = if first_unit == 0 { 1.0 } else { 0.0 };
    let spread = distinct(e.units) as f64 / max_spread as f64;
    let raw = DEFAULT_FREQUENCY_WEIGHT * frequency
        + DEFAULT_FIRST_WEIGHT * first
        + DEFAULT_SUMMARY_WEIGHT * summary_share
        + DEFAULT_HEADLINE_WEIGHT * headline
        + DEFAULT_SPREAD_WEIGHT * spread;
    let factor = match e.kind {
        EntityKind::Date | EntityKind::Amount => DEFAULT_NUMERIC_FACTOR,
        EntityKind::Place | EntityKind::Other => DEFAULT_SETTING_FACTOR,
        EntityKind::Person | EntityKind::Organization => 1.0,
    };
    (raw * factor).clamp(0.0, 1.0)
}

/// Number of distinct units of the sorted list `units` that are in the
/// sorted `summary`.
fn distinct_in(units: &[usize], summary: &[usize]) -> usize {
    let mut n = 0;
    let mut last = None;
    for &u in units {
        if last != Some(u) {
            n += usize::from(summary.binary_search(&u).is_ok());
            last = Some(u);
        }
    }
    n
}

/// Number of distinct units in a sorted list.
fn distinct(units: &[usize]) -> usize {
    let mut n = 0;
    let mut last = None;
    for &u in units {
        if last != Some(u) {
            n += 1;
            last = Some(u);
        }
    }
    n
}
