//! The blob format: good blobs read back as the data they were written
//! from, bad ones are refused with `INVALID_LANGUAGE_DATA` and a message
//! that says why, and nothing is loaded then.

use super::*;

/// A small German model: three features, sorted.
const MODEL: &str = "b\tOOOO\nw=berlin\tOOaO\nw=siemens\tOOOa\n";

/// A German blob around `model`.
fn german(model: &str) -> String {
    format!("nutgraf-lang 1 de\nmodel {}\n{model}\n", model.len())
}

/// A Japanese blob with the given sections replaced.
fn japanese(replace: &[(&str, &str)]) -> String {
    let mut out = "nutgraf-lang 1 ja\n".to_string();
    for name in CJK_SECTIONS {
        let body = replace
            .iter()
            .find(|r| r.0 == name)
            .map_or_else(|| default_section(name), |r| r.1);
        out.push_str(&format!("{name} {}\n{body}\n", body.len()));
    }
    out
}

/// The sections of a tiny Japanese list.
fn default_section(name: &str) -> &'static str {
    match name {
        "places" => "アメリカ 東京",
        "orgs" => "ソニー",
        "place_ends" => "県 市",
        "org_ends" => "大学",
        "org_starts" => "株式会社",
        "person_after" => "氏",
        "surnames" => "田中",
        "runs" => "1",
        _ => "",
    }
}

/// The data of a checked blob (as [`load`] keeps it, without keeping it).
fn read(code: &str, blob: &str) -> Result<Loaded, Error> {
    check(code, blob)?;
    let text: &'static str = Box::leak(blob.to_string().into_boxed_str());
    Ok(build(code, &sections(code, text)?))
}

#[test]
fn a_model_reads_back() {
    let Ok(Loaded::Model(m)) = read("de", &german(MODEL)) else {
        panic!("not a model");
    };
    assert_eq!(m.text, MODEL);
    assert_eq!(m.weights_of("w=siemens"), Some([0, 0, 0, 18]));
    assert_eq!(m.weights_of("w=paris"), None);
}

#[test]
fn lists_read_back_and_find_names() {
    let Ok(Loaded::Lists(d)) = read("ja", &japanese(&[])) else {
        panic!("not lists");
    };
    assert!(d.places.contains("東京") && !d.places.contains("大阪"));
    assert_eq!(d.place_ends, ["県", "市"]);
    assert!(d.person_before.is_empty() && d.runs);
    let text = "田中氏は東京でソニーの株式会社ミライと会った。";
    let found: Vec<&str> = cjk::find(text, &d)
        .iter()
        .map(|f| &text[f.from..f.to])
        .collect();
    assert_eq!(found, ["田中", "東京", "ソニー", "株式会社ミライ"]);
}

/// Every language compiled into this build writes a blob that reads back
/// as the same data (`cargo test --workspace` compiles them all in).
#[test]
fn compiled_in_data_round_trips() {
    for (code, _) in LANGUAGES {
        let Some(b) = blob(code) else { continue };
        match (read(code, &b), code) {
            (Ok(Loaded::Model(m)), "de") => assert_eq!(m.text, super::super::de::MODEL.text),
            (Ok(Loaded::Model(m)), "no") => assert_eq!(m.text, super::super::no::MODEL.text),
            (Ok(Loaded::Model(m)), "fi") => assert_eq!(m.text, super::super::fi::MODEL.text),
            (Ok(Loaded::Lists(d)), "zh" | "ja") => {
                let c = if code == "zh" {
                    super::super::zh::DATA
                } else {
                    super::super::ja::DATA
                };
                let c = c.unwrap_or_else(|| panic!("{code} compiled in"));
                assert_eq!(d.places.text, c.places.text);
                assert_eq!(d.orgs.text, c.orgs.text);
                assert_eq!(d.people.text, c.people.text);
                assert_eq!(d.place_ends, c.place_ends);
                assert_eq!(d.org_ends, c.org_ends);
                assert_eq!(d.org_starts, c.org_starts);
                assert_eq!(d.person_after, c.person_after);
                assert_eq!(d.person_before, c.person_before);
                assert_eq!(d.generic, c.generic);
                assert_eq!(d.surnames, c.surnames);
                assert_eq!(d.stops, c.stops);
                assert_eq!(d.runs, c.runs);
            }
            (other, _) => panic!("{code}: {:?}", other.err()),
        }
    }
}

/// Blobs refused, each with words its message must hold.
const BAD: &[(&str, &str, &str)] = &[
    ("empty", "", "no header line"),
    (
        "another format",
        "\u{89}PNG\r\n",
        "is not the header of this data",
    ),
    (
        "another version",
        "nutgraf-lang 2 de\nmodel 0\n\n",
        "\"nutgraf-lang 1 de\"",
    ),
    (
        "another language",
        "nutgraf-lang 1 fi\nmodel 0\n\n",
        "\"nutgraf-lang 1 fi\" is not the header",
    ),
    ("no section", "nutgraf-lang 1 de\n", "\"model\" is missing"),
    (
        "unknown section",
        "nutgraf-lang 1 de\nmodel 0\n\nextra 0\n\n",
        "\"extra\" is not a section",
    ),
    (
        "twice",
        "nutgraf-lang 1 de\nmodel 0\n\nmodel 0\n\n",
        "\"model\" is there twice",
    ),
    (
        "no length",
        "nutgraf-lang 1 de\nmodel\n",
        "\"model\" is not \"<section> <length>\"",
    ),
    (
        "bad length",
        "nutgraf-lang 1 de\nmodel -3\n",
        "\"model -3\" is not",
    ),
    (
        "huge length",
        "nutgraf-lang 1 de\nmodel 99999999999999999999999\n",
        "is not",
    ),
    (
        "cut short",
        "nutgraf-lang 1 de\nmodel 99\nb\tOOOO\n",
        "\"model\" is cut short",
    ),
    (
        "too long",
        "nutgraf-lang 1 de\nmodel 2\nb\tOOOO\n",
        "does not end where",
    ),
    (
        "inside a character",
        "nutgraf-lang 1 de\nmodel 1\nä\n",
        "cut short",
    ),
    (
        "no line break",
        "nutgraf-lang 1 de\nmodel 0",
        "without a line break",
    ),
    (
        "no weights",
        "nutgraf-lang 1 de\nmodel 2\nb\n\n",
        "\"model\" is not written",
    ),
    (
        "three weights",
        "nutgraf-lang 1 de\nmodel 6\nb\tOOO\n\n",
        "\"model\" is not written",
    ),
    (
        "unsorted model",
        "nutgraf-lang 1 de\nmodel 14\nc\tOOOO\nb\tOOOO\n\n",
        "\"model\" is not written",
    ),
];

#[test]
fn bad_blobs_are_refused() {
    for (name, blob, why) in BAD {
        let e = read("de", blob)
            .err()
            .unwrap_or_else(|| panic!("{name} accepted"));
        assert_eq!(e.code(), "INVALID_LANGUAGE_DATA", "{name}");
        assert!(e.to_string().contains(why), "{name}: {e}");
    }
}

#[test]
fn bad_lists_are_refused() {
    let cases = [
        (
            japanese(&[("places", "東京 アメリカ")]),
            "\"places\" is not written",
        ),
        (
            japanese(&[("orgs", "ソニー  トヨタ")]),
            "\"orgs\" is not written",
        ),
        (japanese(&[("runs", "yes")]), "\"runs\" is not written"),
        (
            japanese(&[("places", "")]).replace("places 0\n\n", ""),
            "\"places\" is missing",
        ),
        (
            japanese(&[]).replace("runs 1", "model 1"),
            "\"model\" is not a section",
        ),
    ];
    for (blob, why) in cases {
        let e = read("ja", &blob)
            .err()
            .unwrap_or_else(|| panic!("accepted: {why}"));
        assert!(e.to_string().contains(why), "{e}");
    }
}

#[test]
fn load_refuses_without_loading() {
    let cases: [(&str, Vec<u8>, &str); 2] = [
        (
            "xx",
            german(MODEL).into_bytes(),
            "\"xx\" has no data to load",
        ),
        (
            "en",
            german(MODEL).into_bytes(),
            "languages with data: de, no, fi, zh, ja",
        ),
    ];
    for (code, bytes, why) in cases {
        let e = load(code, bytes)
            .err()
            .unwrap_or_else(|| panic!("accepted: {why}"));
        assert_eq!(e.code(), "INVALID_LANGUAGE_DATA");
        assert!(e.to_string().contains(why), "{e}");
    }
    assert!(!missing("en") && !missing("xx"));
    // A language whose data is not compiled in (`cargo test -p nutgraf`):
    // a refused blob leaves it as it was.
    for code in ["de", "ja"] {
        if compiled_in(code) {
            continue;
        }
        assert!(missing(code));
        for bad in [vec![b'n', 0xff, 0xfe], b"nutgraf-lang 1 de\n".to_vec()] {
            let e = load(code, bad)
                .err()
                .unwrap_or_else(|| panic!("{code} accepted"));
            assert_eq!(e.code(), "INVALID_LANGUAGE_DATA");
        }
        assert!(missing(code));
    }
}

#[test]
fn summary_language_names_what_summarize_uses() {
    let german = "Die Stadt hat am Dienstag beschlossen, die Brücke zu sanieren. \
                  Die Kosten liegen bei fünf Millionen Euro, sagte der Bürgermeister.";
    let english =
        "The city decided on Tuesday to repair the bridge. It will cost five million euros.";
    let auto = crate::Options::default();
    let finnish = crate::Options {
        language: Some("fi".into()),
        ..Default::default()
    };
    for (text, options, code) in [
        (german, &auto, "de"),
        (english, &auto, "en"),
        (english, &finnish, "fi"),
    ] {
        let language = crate::summary_language(text, options).map(crate::Language::code);
        assert_eq!(language, Ok(code), "{text}");
        let summary = crate::summarize(text, options).map(|s| s.language);
        assert_eq!(summary.as_deref(), Ok(code));
    }
    let bad = crate::Options {
        sentences: Some(0),
        ..Default::default()
    };
    let e = crate::summary_language(english, &bad).err();
    assert_eq!(e.map(|e| e.code()), Some("INVALID_OPTIONS"));
}
