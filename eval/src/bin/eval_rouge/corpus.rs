//! Reading the evaluation corpus: BBC News Summary articles with their
//! extractive references, and XSum items from JSON Lines.

use std::fs;
use std::io;
use std::path::Path;

/// One document with its reference summary and the summary length (in
/// sentences) every system gets.
pub struct Item {
    /// `topic/NNN` or the XSum id.
    pub id: String,
    /// The document as given to the summarizers (BBC: title line, blank
    /// line, paragraphs).
    pub text: String,
    /// The body the Lead baseline reads (BBC: without the title line).
    pub body: String,
    /// The reference summary.
    pub reference: String,
    /// Number of sentences every system returns.
    pub sentences: usize,
}

/// BBC articles under `root/bbc`, in topic and file order.
pub fn bbc(root: &Path) -> io::Result<Vec<Item>> {
    let articles = root.join("bbc/articles");
    let mut topics: Vec<_> = fs::read_dir(&articles)?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    topics.sort();
    let mut items = Vec::new();
    for topic in topics {
        let mut files: Vec<_> = fs::read_dir(articles.join(&topic))?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|f| f.ends_with(".txt"))
            .collect();
        files.sort();
        for file in files {
            let text = fs::read_to_string(articles.join(&topic).join(&file))?;
            let reference =
                fs::read_to_string(root.join("bbc/summaries").join(&topic).join(&file))?;
            let body = text
                .split_once('\n')
                .map_or("", |(_, b)| b)
                .trim()
                .to_string();
            let pieces = in_document_order(&body, reference_sentences(&body, reference.trim()));
            items.push(Item {
                id: format!("{topic}/{}", file.trim_end_matches(".txt")),
                text,
                body,
                sentences: pieces.len(),
                reference: pieces.join(" "),
            });
        }
    }
    Ok(items)
}

/// The article sentences of a BBC reference, which concatenates them
/// without a separator (and not in document order): greedily match the
/// longest article sentence at each position; where none matches, cut after
/// the next full stop (or `!`/`?`) that is followed by a capital letter, a
/// quote or the end.
pub fn reference_sentences<'r>(article: &str, reference: &'r str) -> Vec<&'r str> {
    let spans = nutgraf::split_sentences(article);
    let mut sents: Vec<&str> = spans.iter().map(|s| &article[s.start..s.end]).collect();
    sents.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let mut rest = reference.trim_start();
    let mut out = Vec::new();
    while !rest.is_empty() {
        let step = sents
            .iter()
            .find(|s| !s.is_empty() && rest.starts_with(**s))
            .map(|s| s.len())
            .unwrap_or_else(|| next_cut(rest));
        out.push(&rest[..step]);
        rest = rest[step..].trim_start();
    }
    out
}

/// The reference sentences in the order they appear in the article (those
/// not found keep their order, at the end), so that ROUGE-L compares the
/// reference with summaries given in document order.
pub fn in_document_order<'r>(article: &str, mut pieces: Vec<&'r str>) -> Vec<&'r str> {
    pieces.sort_by_key(|p| article.find(p).unwrap_or(usize::MAX));
    pieces
}

/// Byte length of the first sentence of `s` by punctuation alone.
fn next_cut(s: &str) -> usize {
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if matches!(c, '.' | '!' | '?') {
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = it.peek() {
                if matches!(q, '"' | '\'' | '”' | '’' | ')') {
                    end = j + q.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            match s[end..].chars().next() {
                None => return end,
                Some(n) if n.is_uppercase() || n == '"' || n == '“' => return end,
                _ => {}
            }
        }
    }
    s.len()
}

/// XSum items from `root/xsum/dev.jsonl`: one-sentence summaries.
pub fn xsum(root: &Path) -> io::Result<Vec<Item>> {
    jsonl(root, "xsum/dev.jsonl", |_| 1)
}

/// The development sets in other languages under `root/multi`:
/// `(file name, language code)`.
pub const MULTI: &[(&str, &str)] = &[
    ("orangesum-fr.dev.jsonl", "fr"),
    ("lcsts-zh.dev.jsonl", "zh"),
    ("vietnews-vi.dev.jsonl", "vi"),
];

/// Items of a JSON Lines set `{"id","document","summary"}` under
/// `root/multi`; each gets as many sentences as its reference has
/// ([`count_sentences`]).
pub fn multi(root: &Path, file: &str) -> io::Result<Vec<Item>> {
    jsonl(root, &format!("multi/{file}"), count_sentences)
}

/// Items of the JSON Lines file `root/rel` (`{"id","document","summary"}`
/// a line); `sentences` gives each item's length from its reference.
fn jsonl(root: &Path, rel: &str, sentences: fn(&str) -> usize) -> io::Result<Vec<Item>> {
    let text = fs::read_to_string(root.join(rel))?;
    let mut items = Vec::new();
    for (no, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let bad = |what: &str| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{rel} line {}: {what}", no + 1),
            )
        };
        let fields = json_strings(line).ok_or_else(|| bad("not a flat JSON object of strings"))?;
        let get = |k: &str| {
            fields
                .iter()
                .find(|(key, _)| key == k)
                .map(|(_, v)| v.clone())
        };
        let document = get("document").ok_or_else(|| bad("no \"document\""))?;
        let reference = get("summary").ok_or_else(|| bad("no \"summary\""))?;
        items.push(Item {
            id: get("id").unwrap_or_default(),
            body: document.clone(),
            text: document,
            sentences: sentences(&reference),
            reference,
        });
    }
    Ok(items)
}

/// The number of sentences of a reference as the corpus README counts
/// them: pieces between `.` `!` `?` `。` `！` `？` that hold a letter or
/// digit, at least one. A `.` `!` `?` ends a piece only before whitespace
/// or the end (`3.2`, `TP.HCM` stay whole); the CJK marks always do.
pub fn count_sentences(reference: &str) -> usize {
    let mut count = 0;
    let mut open = false;
    let mut chars = reference.chars().peekable();
    while let Some(c) = chars.next() {
        let ends = match c {
            '。' | '！' | '？' => true,
            '.' | '!' | '?' => chars.peek().map_or(true, |n| n.is_whitespace()),
            _ => false,
        };
        if c.is_alphanumeric() {
            open = true;
        } else if ends && open {
            count += 1;
            open = false;
        }
    }
    (count + usize::from(open)).max(1)
}

/// The `"key": "string"` pairs of a flat JSON object (other values skipped
/// when they are numbers, booleans or null). `None` on malformed input.
pub fn json_strings(line: &str) -> Option<Vec<(String, String)>> {
    let mut chars = line.trim().chars().peekable();
    let mut out = Vec::new();
    if chars.next()? != '{' {
        return None;
    }
    loop {
        skip_ws(&mut chars);
        match chars.next()? {
            '}' => return Some(out),
            ',' => continue,
            '"' => {
                let key = json_string(&mut chars)?;
                skip_ws(&mut chars);
                if chars.next()? != ':' {
                    return None;
                }
                skip_ws(&mut chars);
                if chars.peek() == Some(&'"') {
                    chars.next();
                    out.push((key, json_string(&mut chars)?));
                } else {
                    while chars.peek().is_some_and(|c| *c != ',' && *c != '}') {
                        chars.next();
                    }
                }
            }
            _ => return None,
        }
    }
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn skip_ws(chars: &mut Chars<'_>) {
    while chars.peek().is_some_and(|c| c.is_whitespace()) {
        chars.next();
    }
}

/// The rest of a JSON string after its opening quote, unescaped.
fn json_string(chars: &mut Chars<'_>) -> Option<String> {
    let mut s = String::new();
    loop {
        match chars.next()? {
            '"' => return Some(s),
            '\\' => match chars.next()? {
                'n' => s.push('\n'),
                't' => s.push('\t'),
                'r' => s.push('\r'),
                'b' => s.push('\u{8}'),
                'f' => s.push('\u{c}'),
                'u' => {
                    let hi = hex4(chars)?;
                    let c = if (0xD800..0xDC00).contains(&hi) {
                        if chars.next()? != '\\' || chars.next()? != 'u' {
                            return None;
                        }
                        let lo = hex4(chars)?;
                        char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo.checked_sub(0xDC00)?))
                    } else {
                        char::from_u32(hi)
                    };
                    s.push(c.unwrap_or('\u{FFFD}'));
                }
                other => s.push(other),
            },
            c => s.push(c),
        }
    }
}

fn hex4(chars: &mut Chars<'_>) -> Option<u32> {
    let h: String = (0..4).filter_map(|_| chars.next()).collect();
    u32::from_str_radix(&h, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_sentence_counts() {
        let article = "Sales rose 2% to $11.1bn. Profits fell. The U.S. firm said so.";
        let cases = [
            ("Sales rose 2% to $11.1bn.Profits fell.", 2),
            ("The U.S. firm said so.Sales rose 2% to $11.1bn.", 2),
            ("Profits fell.", 1),
            ("Not in the article.Neither is this.", 2),
        ];
        for (reference, want) in cases {
            assert_eq!(
                reference_sentences(article, reference).len(),
                want,
                "{reference}"
            );
        }
    }

    #[test]
    fn reference_in_document_order() {
        let article = "One. Two. Three.";
        let pieces = reference_sentences(article, "Three.One.");
        assert_eq!(in_document_order(article, pieces), ["One.", "Three."]);
    }

    #[test]
    fn sentences_of_references() {
        for (reference, want) in [
            ("Une phrase. Une autre ! Et une troisième ?", 3),
            ("Il a payé 3,2 tỷ đồng tại TP.HCM. Xong", 2),
            ("可穿戴技术十大设计原则", 1),
            ("经济学人：智能手机。未来！", 2),
            ("", 1),
            ("... !", 1),
        ] {
            assert_eq!(count_sentences(reference), want, "{reference}");
        }
    }

    #[test]
    fn json_lines() {
        let got = json_strings(
            r#"{"id": "7", "document": "A \"b\"\nc \u00e9 \ud83d\ude00", "n": 3, "summary": "s"}"#,
        );
        assert_eq!(
            got,
            Some(vec![
                ("id".into(), "7".into()),
                ("document".into(), "A \"b\"\nc é 😀".into()),
                ("summary".into(), "s".into()),
            ])
        );
        assert_eq!(json_strings("[1]"), None);
    }
}
