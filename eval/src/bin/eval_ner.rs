//! Scores nutgraf's entities against CoNLL NER corpora.
//!
//! `cargo run --release -p nutgraf-eval --bin eval_ner -- [corpus dir] [--dump FILE]`
//!
//! Reads the eight sets of [`CORPORA`] under the corpus directory (default
//! `../shared/corpus` next to the repository): CoNLL English, Spanish and
//! Dutch, GermEval German, NorNE Norwegian, Turku Finnish, MSRA Chinese and
//! Stockmark Japanese. Each document is rebuilt by joining its tokens with
//! single spaces (Chinese and Japanese: characters with no separator, `␣` as
//! a space), one sentence per line, and run through
//! [`nutgraf::summarize`]. Mentions are scored by exact byte span:
//! untyped (person, place or organization against gold PER, LOC or ORG),
//! typed (person→PER, place→LOC, organization→ORG) and `other`→MISC apart.
//! Dates and amounts are not scored. `--dump FILE` writes every false
//! positive and false negative, for error analysis.
//!
//! Of the five newer sets only the held-out half is scored: the documents
//! (blocks of [`DEFAULT_SENTENCES_PER_DOC`] sentences) of odd index; the
//! per-language cues were learned and tuned on the even ones, which
//! `--tune` scores instead. `--lang CODE` runs one language.
//! `--tune-check` scores the tuning blocks 2 mod 4, for models trained on
//! blocks 0 mod 4 (`QUARTER=1 eval/scripts/ner/export.py`). This crate
//! builds nutgraf with every language's data (Cargo feature
//! `ner-languages`), which the shipped wasm does not have yet.
//!
//! Under `CI=true` a missing corpus is an error (exit status 1).

use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use nutgraf::{EntityKind, Options};

/// Corpus directory used when none is given, relative to this crate's
/// directory (`eval/`): `../shared/corpus` next to the repository.
const DEFAULT_CORPUS_DIR: &str = "../../shared/corpus";

/// Sentences per pseudo-document for files without `-DOCSTART-` marks.
const DEFAULT_SENTENCES_PER_DOC: usize = 40;

/// Which documents of a corpus are scored.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Every document (CoNLL English, Spanish and Dutch: the rules were
    /// written reading their errors, so these are development figures).
    All,
    /// The held-out half: documents with an odd index (0-based). Nothing
    /// was learned or tuned on them.
    HeldOut,
    /// The tuning half: documents with an even index (`--tune`).
    Tune,
    /// Tuning documents of index 2 mod 4 (`--tune-check`): scores a model
    /// trained on the others (`QUARTER=1 eval/scripts/ner/export.py`), to
    /// choose its settings without the held-out half.
    TuneCheck,
}

impl Part {
    fn keeps(self, index: usize) -> bool {
        match self {
            Part::All => true,
            Part::HeldOut => index % 2 == 1,
            Part::Tune => index % 2 == 0,
            Part::TuneCheck => index % 4 == 2,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Part::All => "all",
            Part::HeldOut => "held-out",
            Part::Tune => "tune",
            Part::TuneCheck => "check",
        }
    }
}

/// How a corpus's tokens are joined into text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Join {
    /// Tokens separated by single spaces.
    Spaces,
    /// One character per line, no separator, `␣` standing for a space
    /// (Chinese, Japanese).
    Chars,
}

/// The corpora: (file under the corpus dir, language code, joining,
/// whether half of it is held out).
const CORPORA: &[(&str, &str, Join, bool)] = &[
    ("ner/conll2003-en-dev.txt", "en", Join::Spaces, false),
    ("ner/conll2002-es-test.txt", "es", Join::Spaces, false),
    ("ner/conll2002-nl-test.txt", "nl", Join::Spaces, false),
    ("ner/germeval2014-de-dev.txt", "de", Join::Spaces, true),
    ("ner/norne-no-dev.txt", "no", Join::Spaces, true),
    ("ner/turku-fi-dev.txt", "fi", Join::Spaces, true),
    ("ner/chinese-zh-dev.txt", "zh", Join::Chars, true),
    ("ner/stockmark-ja-dev.txt", "ja", Join::Chars, true),
];

/// Gold or predicted entity labels that are scored.
const LABELS: &[&str] = &["PER", "LOC", "ORG", "MISC"];

/// A labelled span of a rebuilt document (byte offsets).
type Labelled = (usize, usize, &'static str);

/// One rebuilt document: its text and gold spans.
struct Doc {
    text: String,
    gold: Vec<Labelled>,
}

/// True/false positive and false negative counts.
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, gold: &HashSet<Labelled>, pred: &HashSet<Labelled>) {
        let tp = pred.intersection(gold).count();
        self.tp += tp;
        self.fp += pred.len() - tp;
        self.fn_ += gold.len() - tp;
    }

    fn prf(self) -> (f64, f64, f64) {
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p * 100.0, r * 100.0, f * 100.0)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores of one corpus.
#[derive(Default)]
struct Score {
    docs: usize,
    untyped: Counts,
    typed: Counts,
    misc: Counts,
    per_label: [Counts; 3],
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_CORPUS_DIR);
    let mut dump: Option<PathBuf> = None;
    let mut tune = None;
    let mut only: Option<String> = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--dump" => {
                dump = args.get(i + 1).map(PathBuf::from);
                i += 1;
            }
            "--lang" => {
                only = args.get(i + 1).cloned();
                i += 1;
            }
            "--tune" => tune = Some(Part::Tune),
            "--tune-check" => tune = Some(Part::TuneCheck),
            _ => dir = PathBuf::from(&args[i]),
        }
        i += 1;
    }
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    let mut errors = String::new();
    let mut rows = Vec::new();
    for &(file, lang, join, split) in CORPORA {
        if only.as_deref().is_some_and(|l| l != lang) {
            continue;
        }
        let path = dir.join(file);
        let Ok(raw) = std::fs::read_to_string(&path) else {
            if ci {
                eprintln!("eval_ner: corpus file {} is missing", path.display());
                return ExitCode::FAILURE;
            }
            eprintln!(
                "eval_ner: !!! corpus file {} is missing, skipping it !!!",
                path.display()
            );
            continue;
        };
        let part = match (split, tune) {
            (false, _) => Part::All,
            (true, None) => Part::HeldOut,
            (true, Some(p)) => p,
        };
        let docs: Vec<Doc> = parse(&raw, join)
            .into_iter()
            .enumerate()
            .filter(|(k, _)| part.keeps(*k))
            .map(|(_, d)| d)
            .collect();
        let _ = writeln!(errors, "#### {file} ({})", part.label());
        let score = score(&docs, lang, &mut errors);
        rows.push((file_name(&path), part, score));
    }
    print_table(&rows);
    if let Some(path) = dump {
        if let Err(e) = std::fs::write(&path, errors) {
            eprintln!("eval_ner: cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Splits a CoNLL file into documents (at `-DOCSTART-`, or every
/// [`DEFAULT_SENTENCES_PER_DOC`] sentences when there is none).
fn parse(raw: &str, join: Join) -> Vec<Doc> {
    let has_docstart = raw.contains("-DOCSTART-");
    let mut docs = Vec::new();
    let mut sentences: Vec<Vec<(&str, &str)>> = Vec::new();
    let mut current: Vec<(&str, &str)> = Vec::new();
    for line in raw.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.first() == Some(&"-DOCSTART-") {
            push_sentence(&mut sentences, &mut current);
            push_doc(&mut docs, &mut sentences, join);
            continue;
        }
        match (cols.first(), cols.last()) {
            (Some(tok), Some(tag)) if cols.len() >= 2 => current.push((tok, tag)),
            _ => {
                push_sentence(&mut sentences, &mut current);
                if !has_docstart && sentences.len() >= DEFAULT_SENTENCES_PER_DOC {
                    push_doc(&mut docs, &mut sentences, join);
                }
            }
        }
    }
    push_sentence(&mut sentences, &mut current);
    push_doc(&mut docs, &mut sentences, join);
    docs
}

fn push_sentence<'a>(
    sentences: &mut Vec<Vec<(&'a str, &'a str)>>,
    cur: &mut Vec<(&'a str, &'a str)>,
) {
    if !cur.is_empty() {
        sentences.push(std::mem::take(cur));
    }
}

/// Rebuilds a document from its sentences and records the gold spans
/// (IOB1 or IOB2: an entity starts at `B-`, or at `I-` after another label).
/// `join` says how tokens are joined.
fn push_doc(docs: &mut Vec<Doc>, sentences: &mut Vec<Vec<(&str, &str)>>, join: Join) {
    if sentences.is_empty() {
        return;
    }
    let mut text = String::new();
    let mut gold = Vec::new();
    for sentence in sentences.drain(..) {
        if !text.is_empty() {
            text.push('\n');
        }
        let mut open: Option<(usize, usize, &'static str)> = None;
        for (k, (tok, tag)) in sentence.iter().enumerate() {
            if k > 0 && join == Join::Spaces {
                text.push(' ');
            }
            let start = text.len();
            if join == Join::Chars && *tok == "\u{2423}" {
                text.push(' ');
            } else {
                text.push_str(tok);
            }
            let end = text.len();
            let (prefix, label) = tag.split_once('-').unwrap_or(("O", ""));
            let label = LABELS.iter().copied().find(|l| *l == label);
            match (open.as_mut(), label) {
                (Some(o), Some(l)) if prefix == "I" && o.2 == l => o.1 = end,
                (_, l) => {
                    gold.extend(open.take());
                    open = l.map(|l| (start, end, l));
                }
            }
        }
        gold.extend(open.take());
    }
    docs.push(Doc { text, gold });
}

/// Runs every document through nutgraf and counts matches.
fn score(docs: &[Doc], lang: &str, errors: &mut String) -> Score {
    let options = Options {
        language: Some(lang.to_string()),
        ..Default::default()
    };
    let mut s = Score::default();
    for doc in docs {
        let Ok(summary) = nutgraf::summarize(&doc.text, &options) else {
            continue;
        };
        s.docs += 1;
        let pred: Vec<Labelled> = summary
            .entities
            .iter()
            .filter_map(|e| label(e.kind).map(|l| (e, l)))
            .flat_map(|(e, l)| e.mentions.iter().map(move |m| (m.start, m.end, l)))
            .collect();
        count(&mut s, &doc.gold, &pred);
        dump(errors, doc, &pred);
    }
    s
}

fn label(kind: EntityKind) -> Option<&'static str> {
    match kind {
        EntityKind::Person => Some("PER"),
        EntityKind::Place => Some("LOC"),
        EntityKind::Organization => Some("ORG"),
        EntityKind::Other => Some("MISC"),
        EntityKind::Date | EntityKind::Amount => None,
    }
}

fn count(s: &mut Score, gold: &[Labelled], pred: &[Labelled]) {
    let core = |v: &[Labelled], typed: bool| -> HashSet<Labelled> {
        v.iter()
            .filter(|x| x.2 != "MISC")
            .map(|&(a, b, l)| (a, b, if typed { l } else { "" }))
            .collect()
    };
    let only = |v: &[Labelled], label: &str| -> HashSet<Labelled> {
        v.iter().filter(|x| x.2 == label).copied().collect()
    };
    s.untyped.add(&core(gold, false), &core(pred, false));
    s.typed.add(&core(gold, true), &core(pred, true));
    s.misc.add(&only(gold, "MISC"), &only(pred, "MISC"));
    for (k, l) in ["PER", "LOC", "ORG"].iter().enumerate() {
        s.per_label[k].add(&only(gold, l), &only(pred, l));
    }
}

/// Appends the document's errors: `FP`/`FN` lines with label and text.
fn dump(out: &mut String, doc: &Doc, pred: &[Labelled]) {
    let gold: HashSet<Labelled> = doc.gold.iter().copied().collect();
    let pred: HashSet<Labelled> = pred.iter().copied().collect();
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (tag, a, b) in [("FP", &pred, &gold), ("FN", &gold, &pred)] {
        for &(s, e, l) in a.difference(b) {
            let ctx_start = doc.text[..s].rfind('\n').map_or(0, |i| i + 1);
            let ctx_end = doc.text[e..].find('\n').map_or(doc.text.len(), |i| e + i);
            let line = format!(
                "{tag} {l:4} [{}]  | {}\n",
                &doc.text[s..e],
                &doc.text[ctx_start..ctx_end]
            );
            lines.push((s, line));
        }
    }
    lines.sort();
    for (_, l) in lines {
        out.push_str(&l);
    }
    out.push_str("----\n");
}

fn print_table(rows: &[(String, Part, Score)]) {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<28} {:<8} {:>5}  {:>17}  {:>17}  {:>17}  {:>5} {:>5} {:>5}",
        "corpus",
        "part",
        "docs",
        "untyped P/R/F1",
        "typed P/R/F1",
        "MISC P/R/F1",
        "PER",
        "LOC",
        "ORG"
    );
    for (name, part, s) in rows {
        let f = |c: Counts| {
            let (p, r, f) = c.prf();
            format!("{p:5.1}/{r:5.1}/{f:5.1}")
        };
        let [per, loc, org] = s.per_label.map(|c| c.prf().2);
        let _ = writeln!(
            out,
            "{:<28} {:<8} {:>5}  {}  {}  {}  {per:5.1} {loc:5.1} {org:5.1}",
            name,
            part.label(),
            s.docs,
            f(s.untyped),
            f(s.typed),
            f(s.misc)
        );
    }
    out.push_str(
        "exact spans; untyped: person/place/organization vs gold PER/LOC/ORG; \
         typed: person=PER, place=LOC, organization=ORG; MISC: other; \
         per-kind columns are typed F1; dates and amounts not scored;\n\
         part: held-out = documents of odd index (40-sentence blocks, 0-based), never \
         learned from or tuned on; --tune scores the even ones instead\n",
    );
    print!("{out}");
}
