//! Native speed of `summarize` (`cargo bench --bench summarize`):
//!
//! - `bbc_articles`: every BBC article of the corpus, one after the other
//!   (the throughput line gives articles per second);
//! - `concatenated`: BBC articles joined by blank lines into one 1 MB and
//!   one 5 MB document (as `benches/bench.mjs` builds them), to see that
//!   time grows linearly with size.
//!
//! - `adversarial`: generated worst cases (issue #12) of 1 MB each, to
//!   hold against `concatenated` news of the same size: capitalised words,
//!   newlines, one sentence repeated, capitals, tiny sentences, digits and
//!   dates, one long word, punctuation. They need no corpus.
//!
//! The corpus is read from `NUTGRAF_CORPUS`, else `../shared/corpus` next
//! to the repository. Without it the benchmarks are skipped with a loud
//! message (and fail under `CI=true`). Wall-clock times are noisy on a
//! shared machine; instruction counts (`valgrind --tool=callgrind`) are the
//! repeatable measure.

use std::path::PathBuf;
use std::sync::OnceLock;

use divan::counter::{BytesCount, ItemsCount};
use divan::Bencher;

fn main() {
    divan::main();
}

/// The corpus root.
fn root() -> PathBuf {
    std::env::var_os("NUTGRAF_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

/// The BBC articles in topic and file order; empty (after a loud message)
/// when the corpus is missing.
fn articles() -> &'static [String] {
    static ARTICLES: OnceLock<Vec<String>> = OnceLock::new();
    ARTICLES.get_or_init(|| {
        let dir = root().join("bbc/articles");
        match read_articles(&dir) {
            Ok(a) if !a.is_empty() => a,
            result => {
                let why = result
                    .err()
                    .map_or("no articles".to_string(), |e| e.to_string());
                let msg = format!("no BBC corpus at {} ({why})", dir.display());
                if std::env::var("CI").is_ok_and(|v| v == "true") {
                    panic!("{msg}");
                }
                eprintln!("\n*** SKIPPED: {msg}; set NUTGRAF_CORPUS ***\n");
                Vec::new()
            }
        }
    })
}

fn read_articles(dir: &std::path::Path) -> std::io::Result<Vec<String>> {
    let mut topics: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    topics.sort();
    let mut out = Vec::new();
    for topic in topics {
        let mut files: Vec<PathBuf> = std::fs::read_dir(topic)?
            .map(|e| e.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        files.sort();
        for f in files {
            out.push(std::fs::read_to_string(f)?);
        }
    }
    Ok(out)
}

/// BBC articles joined by blank lines until the text reaches `bytes`.
fn concatenated_text(bytes: usize) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let mut n = 0;
    for a in articles().iter().cycle() {
        if n >= bytes {
            break;
        }
        parts.push(a);
        n += a.len() + 2;
    }
    parts.join("\n\n")
}

/// Summarizes with the default options; the number of summary sentences.
fn summarize(text: &str) -> usize {
    nutgraf::summarize(text, &nutgraf::Options::default()).map_or(0, |s| s.sentences.len())
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn bbc_articles(bencher: Bencher) {
    let articles = articles();
    if articles.is_empty() {
        return;
    }
    bencher.counter(ItemsCount::new(articles.len())).bench(|| {
        articles
            .iter()
            .map(|a| summarize(divan::black_box(a)))
            .sum::<usize>()
    });
}

#[divan::bench(args = [1, 5], sample_count = 5, sample_size = 1)]
fn concatenated(bencher: Bencher, megabytes: usize) {
    if articles().is_empty() {
        return;
    }
    let text = concatenated_text(megabytes << 20);
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| summarize(divan::black_box(&text)));
}

/// Generated worst cases for time and memory (issue #12), each about
/// `megabytes` MB; news text of the same size is `concatenated`.
#[divan::bench_group(sample_count = 3, sample_size = 1)]
mod adversarial {
    use super::{summarize, Bencher, BytesCount};

    /// `unit` repeated to about `bytes` bytes.
    fn repeated(unit: &str, bytes: usize) -> String {
        unit.repeat((bytes / unit.len()).max(1))
    }

    fn run(bencher: Bencher, text: String) {
        bencher
            .counter(BytesCount::new(text.len()))
            .bench(|| summarize(divan::black_box(&text)));
    }

    /// Every word capitalised: one long name to the entity step.
    #[divan::bench(args = [1])]
    fn capitalised(bencher: Bencher, megabytes: usize) {
        run(
            bencher,
            repeated("Hun Sen Met Joe Biden In Phnom Penh ", megabytes << 20),
        );
    }

    /// Newlines, then two sentences: a line per byte for the furniture step.
    #[divan::bench(args = [1])]
    fn newlines(bencher: Bencher, megabytes: usize) {
        let mut text = "\n".repeat(megabytes << 20);
        text.push_str("The first sentence is here. The second one follows it.");
        run(bencher, text);
    }

    /// One sentence over and over: every pair of sentences is similar.
    #[divan::bench(args = [1])]
    fn one_sentence_repeated(bencher: Bencher, megabytes: usize) {
        run(
            bencher,
            repeated(
                "The minister said the plan would cut costs. ",
                megabytes << 20,
            ),
        );
    }

    /// News written in capitals.
    #[divan::bench(args = [1])]
    fn all_caps(bencher: Bencher, megabytes: usize) {
        let text = super::concatenated_text(megabytes << 20).to_uppercase();
        if text.is_empty() {
            return;
        }
        run(bencher, text);
    }

    /// "A b. " over and over: a unit per five bytes.
    #[divan::bench(args = [1])]
    fn tiny_sentences(bencher: Bencher, megabytes: usize) {
        run(bencher, repeated("A b. ", megabytes << 20));
    }

    /// Numbers, dates and amounts without words.
    #[divan::bench(args = [1])]
    fn digits_and_dates(bencher: Bencher, megabytes: usize) {
        let unit =
            "12345678901234567890 31/12/2024 2024-01-05 5 March 2021 $3.5bn 12:30 1,234,567.89 ";
        run(bencher, repeated(unit, megabytes << 20));
    }

    /// One word as long as the text.
    #[divan::bench(args = [1])]
    fn one_word(bencher: Bencher, megabytes: usize) {
        run(bencher, "a".repeat(megabytes << 20));
    }

    /// Punctuation only: a token per byte for the entity step.
    #[divan::bench(args = [1])]
    fn punctuation(bencher: Bencher, megabytes: usize) {
        run(bencher, repeated("!?.,;:-()\"'", megabytes << 20));
    }
}
