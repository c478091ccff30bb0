//! Salience: how much an entity is what the article is about, from how
//! often and how early it is mentioned, whether the summary mentions it and
//! how widely it spreads over the sentences.

use std::collections::HashSet;

use crate::EntityKind;

/// Weight of the mention count (log-scaled against the most mentioned).
pub(crate) const DEFAULT_FREQUENCY_WEIGHT: f64 = 0.4;
/// Weight of the first mention's position (earlier is more salient).
pub(crate) const DEFAULT_FIRST_WEIGHT: f64 = 0.2;
/// Weight of the share of summary sentences that mention the entity.
pub(crate) const DEFAULT_SUMMARY_WEIGHT: f64 = 0.25;
/// Weight of the share of sentences that mention the entity.
pub(crate) const DEFAULT_SPREAD_WEIGHT: f64 = 0.15;
/// Factor for dates and amounts, which are rarely what an article is about.
pub(crate) const DEFAULT_NUMERIC_FACTOR: f64 = 0.5;

/// What salience reads of one entity.
pub(crate) struct Signals<'a> {
    /// The entity's kind.
    pub kind: EntityKind,
    /// Unit index of each mention, in document order.
    pub units: &'a [usize],
    /// Byte offset of the first mention.
    pub first: usize,
}

/// Scores in `0..=1` for `entities` of a document of `len` bytes whose
/// summary is the units `summary`.
pub(crate) fn scores(entities: &[Signals<'_>], len: usize, summary: &[usize]) -> Vec<f64> {
    let max_count = entities.iter().map(|e| e.units.len()).max().unwrap_or(1).max(1);
    let summary: HashSet<usize> = summary.iter().copied().collect();
    let max_spread = entities
        .iter()
        .map(|e| distinct(e.units))
        .max()
        .unwrap_or(1)
        .max(1);
    entities
        .iter()
        .map(|e| {
            let frequency = ((1 + e.units.len()) as f64).ln() / ((1 + max_count) as f64).ln();
            let first = 1.0 - e.first as f64 / len.max(1) as f64;
            let in_summary = e.units.iter().filter(|u| summary.contains(u)).collect::<HashSet<_>>().len();
            let summary_share = if summary.is_empty() {
                0.0
            } else {
                in_summary as f64 / summary.len() as f64
            };
            let spread = distinct(e.units) as f64 / max_spread as f64;
            let score = DEFAULT_FREQUENCY_WEIGHT * frequency
                + DEFAULT_FIRST_WEIGHT * first
                + DEFAULT_SUMMARY_WEIGHT * summary_share
                + DEFAULT_SPREAD_WEIGHT * spread;
            let factor = match e.kind {
                EntityKind::Date | EntityKind::Amount => DEFAULT_NUMERIC_FACTOR,
                _ => 1.0,
            };
            (score * factor).clamp(0.0, 1.0)
        })
        .collect()
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
