//! Key entities: detection, typing, variant merging and salience.
//!
//! The steps, each in its own module:
//! 1. [`token`]: words, numbers and punctuation with byte spans and case;
//! 2. [`numeric`]: dates and amounts;
//! 3. [`names`]: capitalised spans across connectors, split at titles,
//!    sentence-initial common words left out, headlines matched;
//! 4. [`typing`]: evidence for person, place, organization or other from
//!    cues ([`lexicon`]) and the generated [`gazetteer`];
//! 5. [`merge`]: variants ("Joe Biden", "Biden", "President Biden") become
//!    one entity whose kind weighs the evidence of all its mentions;
//! 6. [`salience`]: scores, most salient first.

mod context;
mod gazetteer;
#[rustfmt::skip]
mod gazetteer_data;
mod lang;
mod lexicon;
mod merge;
mod names;
mod numeric;
mod salience;
mod token;
mod typing;

/// Entity data loaded at run time (re-exported at the crate root).
pub(crate) use lang::registry as lang_data;

#[cfg(test)]
mod tests;

use crate::text::Document;
use crate::{Entity, EntityKind, Span};
use context::Ctx;
use merge::{Groups, Mention};
use token::{Shape, Token};

/// Every entity of `doc`, most salient first. `summary` holds the indices of
/// the summary units (a salience signal).
pub(crate) fn find(doc: &Document<'_>, summary: &[usize]) -> Vec<Entity> {
    // 1. Tokens, and how each word is written across the document.
    let tokens = token::tokenize(doc);
    let mut ctx = Ctx::new(doc, &tokens);

    // 2. Dates and amounts first, so their words are not names.
    let numerics = numeric::find(&ctx);
    for n in &numerics {
        ctx.taken[n.start..n.end].iter_mut().for_each(|t| *t = true);
    }

    // 3. Names, with typing evidence from cues and gazetteers; names where
    // teams stand ("Surrey 429-7") make the document a sports report.
    let profile = lang::profile(ctx.lang);
    let mut names = names::find(&ctx);
    // Where capitals say little (German nouns), the language's model keeps,
    // trims and types the names.
    let model_evidence = match profile {
        // (`cfg!`: without a model to use, the code is left out too.)
        Some(p) if lang::MODELS && !p.model.is_empty() => {
            let (kept, evidence) = lang::refine(&ctx, &p, names);
            names = kept;
            Some(evidence)
        }
        _ => None,
    };
    // Vietnamese capitalises every syllable of a name, and titles too
    // (feature `ner-vi`).
    #[cfg(feature = "ner-vi")]
    let vietnamese = ctx.lang == "vi";
    #[cfg(feature = "ner-vi")]
    if vietnamese {
        names = lang::vi::refine(&ctx, names);
    }
    let mut teams = Vec::with_capacity(names.len());
    let mut team_count = 0;
    for n in &names {
        let team = typing::is_team_context(&ctx, n);
        team_count += usize::from(team);
        teams.push(team);
    }
    let sports = team_count >= typing::DEFAULT_SPORTS_MIN;
    let mut mentions: Vec<Mention> = Vec::with_capacity(numerics.len() + names.len());
    for n in &numerics {
        mentions.push(numeric_mention(&ctx, n));
    }
    let cjk_script = profile.is_some_and(|p| p.without_capitals);
    let cjk = profile.and_then(|p| p.cjk);
    for (i, (n, &team)) in names.iter().zip(&teams).enumerate() {
        // Without capitals, names come from the lists below; Chinese keeps
        // the names written in Latin letters only.
        let latin = ctx.text[n.from..n.to].is_ascii();
        if cjk_script && (!latin || cjk.is_some_and(|d| d.runs)) {
            continue;
        }
        let mut m = name_mention(&ctx, n, team, sports);
        if let Some(ev) = &model_evidence {
            m.evidence = lang::with_cues(&ctx, n, ev[i]);
        }
        #[cfg(feature = "ner-vi")]
        if vietnamese {
            m.evidence = lang::vi::with_cues(&ctx, n, m.evidence);
        }
        mentions.push(m);
    }
    if cjk_script {
        cjk_mentions(&ctx, cjk, &mut mentions);
    }
    crate::order::sort_by_key(&mut mentions, |m| (m.from, m.to));

    // 4. Variants merged into entities, typed from all their mentions.
    let groups = merge::merge(&mentions);

    // 5. Salience, most salient first.
    rank(doc, summary, &mentions, &groups)
}

/// Names in a script without capitals, found by [`lang::cjk`], outside
/// dates and amounts.
/// Without the language's lists (`data` is `None`), only dates and amounts.
#[cfg_attr(feature = "speed", inline(never))]
fn cjk_mentions(ctx: &Ctx<'_, '_>, data: Option<&lang::cjk::Data>, mentions: &mut Vec<Mention>) {
    let mut taken: Vec<(usize, usize)> = mentions.iter().map(|m| (m.from, m.to)).collect();
    let numerics = lang::cjk::numerics(ctx.text);
    taken.extend(numerics.iter().map(|f| (f.from, f.to)));
    let names = data
        .filter(|_| lang::CJK_LISTS)
        .map(|d| lang::cjk::find(ctx.text, d))
        .unwrap_or_default()
        .into_iter()
        .filter(|f| !taken.iter().any(|&(a, b)| a < f.to && f.from < b));
    for f in numerics.into_iter().chain(names) {
        let numeric = matches!(f.kind, EntityKind::Date | EntityKind::Amount);
        // The unit of the token that holds the name's first byte.
        let k = ctx.tokens.partition_point(|t| t.end() <= f.from);
        let Some(t) = ctx.tokens.get(k) else {
            continue;
        };
        let mut evidence = [0.0; 4];
        if let Some(i) = typing::KINDS.iter().position(|&kind| kind == f.kind) {
            evidence[i] = 1.0;
        }
        mentions.push(Mention {
            from: f.from,
            to: f.to,
            unit: t.unit(),
            words: ctx.text[f.from..f.to].to_string(),
            count: 1,
            fixed: numeric.then_some(f.kind),
            evidence,
            acronym: false,
        });
    }
}

#[cfg_attr(feature = "speed", inline(never))]
fn numeric_mention(ctx: &Ctx<'_, '_>, n: &numeric::Numeric) -> Mention {
    Mention {
        from: ctx.tokens[n.start].start(),
        to: ctx.tokens[n.end - 1].end(),
        unit: ctx.tokens[n.start].unit(),
        words: join((n.start..n.end).map(|k| ctx.lower(k))),
        count: n.end - n.start,
        fixed: Some(n.kind),
        evidence: [0.0; 4],
        acronym: false,
    }
}

/// The mention of name `n`; `team`: whether it stands where a team does.
#[cfg_attr(feature = "speed", inline(never))]
fn name_mention(ctx: &Ctx<'_, '_>, n: &names::Name, team: bool, sports: bool) -> Mention {
    let key = names::key(ctx, n);
    let (words, count) = normalized_words(&key);
    Mention {
        from: n.from,
        to: n.to,
        unit: ctx.tokens[n.start].unit(),
        words,
        count,
        fixed: None,
        evidence: typing::evidence(ctx, n, &key, team, sports),
        acronym: n.end - n.start == 1 && is_acronym(&ctx.tokens[n.start], ctx.text),
    }
}

/// `words` joined by single spaces.
fn join<'w>(words: impl Iterator<Item = &'w str>) -> String {
    let mut out = String::new();
    for (i, w) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Words for matching variants, without dots and apostrophes, joined by
/// single spaces (words left empty dropped), and how many there are.
/// `key` holds the words joined by single spaces.
fn normalized_words(key: &str) -> (String, usize) {
    let mut out = String::with_capacity(key.len());
    let mut count = 0;
    for w in key.split(' ') {
        let mark = out.len();
        if count > 0 {
            out.push(' ');
        }
        let start = out.len();
        if w.contains(['.', '\'']) {
            out.extend(w.chars().filter(|c| *c != '.' && *c != '\''));
        } else {
            out.push_str(w);
        }
        if out.len() == start {
            out.truncate(mark);
        } else {
            count += 1;
        }
    }
    (out, count)
}

/// Whether a token is written as an acronym ("US", "U.S.", "MoU").
fn is_acronym(t: &Token, text: &str) -> bool {
    let capitals = t.text(text).chars().filter(|c| c.is_uppercase()).count();
    t.shape == Shape::Upper || capitals >= 2
}

/// Builds the entities and sorts them by salience.
#[cfg_attr(feature = "speed", inline(never))]
fn rank(
    doc: &Document<'_>,
    summary: &[usize],
    mentions: &[Mention],
    groups: &Groups,
) -> Vec<Entity> {
    // The units of every group's mentions, one group after the other.
    let mut units: Vec<usize> = Vec::with_capacity(mentions.len());
    for g in &groups.list {
        for &i in groups.mentions(g) {
            units.push(mentions[i].unit);
        }
    }
    let mut rest = units.as_slice();
    let signals: Vec<salience::Signals<'_>> = groups
        .list
        .iter()
        .map(|g| {
            let (u, tail) = rest.split_at(groups.mentions(g).len());
            rest = tail;
            salience::Signals {
                kind: g.kind,
                units: u,
            }
        })
        .collect();
    let scores = salience::scores(&signals, doc.units.len(), summary);
    let mut entities: Vec<(usize, Entity)> = groups
        .list
        .iter()
        .zip(scores)
        .map(|(g, score)| {
            let spans: Vec<Span> = groups
                .mentions(g)
                .iter()
                .map(|&i| Span {
                    start: mentions[i].from,
                    end: mentions[i].to,
                })
                .collect();
            (
                spans[0].start,
                Entity {
                    text: canonical(doc.text, &spans),
                    kind: g.kind,
                    count: spans.len(),
                    score,
                    mentions: spans,
                },
            )
        })
        .collect();
    crate::order::sort_by(&mut entities, |a, b| {
        b.1.score.total_cmp(&a.1.score).then(a.0.cmp(&b.0))
    });
    entities.into_iter().map(|(_, e)| e).collect()
}

/// The canonical name: the longest mention, written in mixed case if one
/// is ("Phnom Penh" rather than "PHNOM PENH"), the first of equals.
fn canonical(text: &str, spans: &[Span]) -> String {
    let rank = |t: &str| (t.chars().count(), t.chars().any(char::is_lowercase));
    let mut best = "";
    let mut best_rank = rank(best);
    for s in spans {
        let t = &text[s.start..s.end];
        let r = rank(t);
        if r > best_rank {
            best = t;
            best_rank = r;
        }
    }
    best.to_string()
}
