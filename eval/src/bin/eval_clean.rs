//! `eval_clean`: how well nutgraf's furniture rules (src/clean.rs) separate
//! page furniture from article text on real pages.
//!
//! ```text
//! python3 eval/scripts/rouge/dump_pages.py ../shared/corpus /tmp/nutgraf-pages
//! cargo run --release -p nutgraf-eval --bin eval_clean -- [/tmp/nutgraf-pages]
//! ```
//!
//! The dump holds the plain text of each page as a reader would copy it.
//! Readability cases: a unit (sentence or line) of the page is article text
//! when it occurs in Readability's extracted article, furniture otherwise.
//! Trafilatura cases: a unit is article text when it overlaps a `with`
//! snippet and furniture when it overlaps a `without` snippet (others are
//! not counted). Reports the share of furniture units dropped and of
//! article units kept, over the whole page, over the part a reader would
//! paste (from a little before the article to a little after it), and over
//! sentence-like units only (those that could enter a summary).

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Units before the first article unit that count as pasted.
const PASTE_BEFORE: usize = 15;
/// Units after the last article unit that count as pasted.
const PASTE_AFTER: usize = 40;

/// Counts of furniture dropped and article kept.
#[derive(Default, Clone, Copy)]
struct Tally {
    furniture: usize,
    dropped: usize,
    article: usize,
    kept: usize,
}

impl Tally {
    fn add(&mut self, is_article: bool, flagged: bool) {
        if is_article {
            self.article += 1;
            self.kept += usize::from(!flagged);
        } else {
            self.furniture += 1;
            self.dropped += usize::from(flagged);
        }
    }

    fn row(&self, name: &str) -> String {
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        format!(
            "{name:<34} {:>6} {:>7.1}%   {:>6} {:>7.1}%",
            self.furniture,
            pct(self.dropped, self.furniture),
            self.article,
            pct(self.kept, self.article)
        )
    }
}

/// Collapsed, lower-cased text for matching.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A page's units with their flags and labels (`None`: not counted).
struct Labelled {
    units: Vec<(String, bool, Option<bool>)>,
}

impl Labelled {
    fn readability(page: &str, article: &str) -> Labelled {
        let art = norm(article);
        let lines: HashSet<String> = article.lines().map(norm).collect();
        let units = nutgraf::eval::furniture_units(page)
            .into_iter()
            .map(|(span, flagged)| {
                let t = norm(&page[span.start..span.end]);
                let is_article = if t.split(' ').count() >= 4 {
                    art.contains(&t)
                } else {
                    lines.contains(&t)
                };
                (t, flagged, Some(is_article))
            })
            .collect();
        Labelled { units }
    }

    fn trafilatura(page: &str, with: &[String], without: &[String]) -> Labelled {
        let overlaps = |t: &str, snippets: &[String]| {
            snippets
                .iter()
                .any(|s| s.contains(t) && t.split(' ').count() >= 4 || t.contains(s.as_str()))
        };
        let units = nutgraf::eval::furniture_units(page)
            .into_iter()
            .map(|(span, flagged)| {
                let t = norm(&page[span.start..span.end]);
                let label = if overlaps(&t, with) {
                    Some(true)
                } else if overlaps(&t, without) {
                    Some(false)
                } else {
                    None
                };
                (t, flagged, label)
            })
            .collect();
        Labelled { units }
    }

    /// Adds the page to the whole-page, pasted-part and sentence tallies.
    fn count(&self, all: &mut Tally, pasted: &mut Tally, sentences: &mut Tally) {
        let article: Vec<usize> = (0..self.units.len())
            .filter(|&i| self.units[i].2 == Some(true) && self.units[i].0.split(' ').count() >= 8)
            .collect();
        let (from, to) = match (article.first(), article.last()) {
            (Some(&a), Some(&b)) => (a.saturating_sub(PASTE_BEFORE), b + PASTE_AFTER),
            _ => (usize::MAX, 0),
        };
        for (i, (t, flagged, label)) in self.units.iter().enumerate() {
            let Some(is_article) = *label else { continue };
            all.add(is_article, *flagged);
            if (from..=to).contains(&i) {
                pasted.add(is_article, *flagged);
                if t.split(' ').count() >= 6 && ends_sentence(t) {
                    sentences.add(is_article, *flagged);
                }
            }
        }
    }
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(|c: char| "\"'”’»)]".contains(c))
        .ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

fn files(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    v.retain(|p| p.to_string_lossy().ends_with(suffix));
    v.sort();
    v
}

fn read(p: &Path) -> String {
    fs::read(p)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}

fn sibling(page: &Path, kind: &str) -> PathBuf {
    PathBuf::from(
        page.to_string_lossy()
            .replace(".page.txt", &format!(".{kind}.txt")),
    )
}

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/nutgraf-pages"));
    let show = std::env::var("SHOW").ok();
    if !dir.join("readability").is_dir() {
        eprintln!(
            "eval_clean: no page dump under {}; run eval/scripts/rouge/dump_pages.py first",
            dir.display()
        );
        return if std::env::var("CI").is_ok_and(|v| v == "true") {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        };
    }
    println!(
        "{:<34} {:>6} {:>8}   {:>6} {:>8}",
        "pages / part", "furn.", "dropped", "art.", "kept"
    );
    for set in ["readability", "trafilatura"] {
        let (mut all, mut pasted, mut sentences) = Default::default();
        let pages = files(&dir.join(set), ".page.txt");
        for page in &pages {
            let text = read(page);
            let labelled = if set == "readability" {
                Labelled::readability(&text, &read(&sibling(page, "article")))
            } else {
                let lines = |k: &str| -> Vec<String> {
                    read(&sibling(page, k))
                        .lines()
                        .map(norm)
                        .filter(|l| !l.is_empty())
                        .collect()
                };
                Labelled::trafilatura(&text, &lines("with"), &lines("without"))
            };
            labelled.count(&mut all, &mut pasted, &mut sentences);
            print_mistakes(show.as_deref(), page, &labelled);
        }
        let n = pages.len();
        println!("{}", all.row(&format!("{set} ({n}) whole page")));
        println!("{}", pasted.row(&format!("{set} ({n}) pasted part")));
        println!(
            "{}",
            sentences.row(&format!("{set} ({n}) pasted sentences"))
        );
    }
    ExitCode::SUCCESS
}

/// With `SHOW=dropped` lists article units dropped; `SHOW=kept` furniture
/// sentences kept (for writing rules).
fn print_mistakes(show: Option<&str>, page: &Path, l: &Labelled) {
    let name = page
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    for (t, flagged, label) in &l.units {
        let wrong = match (show, label) {
            (Some("dropped"), Some(true)) => *flagged,
            (Some("kept"), Some(false)) => {
                !*flagged && ends_sentence(t) && t.split(' ').count() >= 4
            }
            _ => false,
        };
        if wrong {
            println!("  {name:.30}: {}", t.chars().take(140).collect::<String>());
        }
    }
}
