"""nutgraf.summarize and summarize_many: the result shape of the JS package,
offsets as Python string indices, the core's defaults, stable error codes,
and agreement with the wasm build (the CLI) on the same text."""

import json
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

import nutgraf
from conftest import ROOT, corpus_file

NEWS = (
    "Acme Corp named Jane Doe its chief executive on Monday. "
    "Doe, who ran the company's European arm, replaces John Smith. "
    "Smith led Acme for ten years and oversaw its move to Berlin. "
    "Shares in Acme rose 3% after the announcement. "
    "Analysts said Doe would focus on costs."
)

# (name, text): offsets must index the str, whatever the characters are.
UNICODE = [
    ("accents", "Élodie Durand a visité Zürich en été. Le café était très cher. "
     "Durand a rencontré Müller à la gare. Ils ont parlé de la réforme."),
    ("emoji", "😀 Big news today 🎉. Maria Lopez won the Boston marathon 🏃‍♀️ in record time. "
     "Lopez trained in Kenya for a year 🇰🇪. The race drew 30,000 runners 😀😀."),
    ("cjk", "东京是日本的首都。东京有很多人口。大阪也是一个大城市。"
     "日本的经济很发达。京都有很多寺庙。"),
    ("mixed", "Ṭhe 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 test 😀: Angela Merkel visited 北京 in 2019. "
     "Merkel met officials in Beijing. The trip lasted three days 🙂. Officials praised Merkel."),
]


def spans(text, result):
    """Every (start, end, expected text) of a result: sentences, then mentions."""
    for s in result["sentences"]:
        yield s["start"], s["end"], s["text"]
    for e in result["entities"]:
        for m in e["mentions"]:
            yield m["start"], m["end"], None


def test_result_shape():
    r = nutgraf.summarize(NEWS)
    assert list(r) == ["language", "title", "sentences", "entities", "keywords", "stats"]
    assert r["language"] == "en"
    assert list(r["sentences"][0]) == ["index", "text", "start", "end", "score"]
    assert list(r["entities"][0]) == ["text", "kind", "count", "score", "mentions"]
    assert list(r["keywords"][0]) == ["text", "score"]
    assert list(r["stats"]) == ["sentences", "words", "furniture", "summaryWords"]
    assert r["stats"]["sentences"] == 5
    assert len(r["sentences"]) == 3
    indices = [s["index"] for s in r["sentences"]]
    assert indices == sorted(indices)
    names = {e["text"]: e for e in r["entities"]}
    assert names["Jane Doe"]["kind"] == "person"
    assert names["Jane Doe"]["count"] == 3  # "Jane Doe", "Doe", "Doe"


@pytest.mark.parametrize("name,text", UNICODE, ids=[n for n, _ in UNICODE])
def test_offsets_are_string_indices(name, text):
    r = nutgraf.summarize(text, sentences=2)
    assert r["sentences"], name
    for start, end, expected in spans(text, r):
        assert 0 <= start < end <= len(text)
        if expected is not None:
            assert text[start:end] == expected
    for e in r["entities"]:
        for m in e["mentions"]:
            # A mention is the entity's name or a variant of it: non-blank text.
            assert text[m["start"]:m["end"]].strip()


def test_mentions_land_on_the_names_after_emoji():
    text = UNICODE[1][1]
    r = nutgraf.summarize(text)
    lopez = next(e for e in r["entities"] if e["text"] == "Maria Lopez")
    assert [text[m["start"]:m["end"]] for m in lopez["mentions"]] == ["Maria Lopez", "Lopez"]


def test_defaults_are_the_cores():
    assert (nutgraf.DEFAULT_SENTENCES, nutgraf.DEFAULT_KEYWORDS) == (3, 10)
    default = nutgraf.summarize(NEWS)
    explicit = nutgraf.summarize(NEWS, sentences=3, language="auto", title=None, clean=True, keywords=10)
    nones = nutgraf.summarize(NEWS, None, None, None, None, None, None, None)
    assert default == explicit == nones
    # sentences defaults to "not given", so words alone is not a conflict.
    assert len(nutgraf.summarize(NEWS, words=12)["sentences"]) == 1


def test_options_take_effect():
    assert len(nutgraf.summarize(NEWS, sentences=1)["sentences"]) == 1
    assert len(nutgraf.summarize(NEWS, ratio=0.4)["sentences"]) == 2
    assert nutgraf.summarize(NEWS, keywords=0)["keywords"] == []
    assert len(nutgraf.summarize(NEWS, keywords=2)["keywords"]) == 2
    assert nutgraf.summarize(NEWS, title="Acme's new boss")["title"] == "Acme's new boss"
    assert nutgraf.summarize(NEWS, language="de")["language"] == "de"
    assert nutgraf.summarize(NEWS, 2)["sentences"] == nutgraf.summarize(NEWS, sentences=2)["sentences"]


# (name, kwargs, code, start of the message)
ERRORS = [
    ("empty", dict(text=""), "EMPTY_INPUT", "the text is empty"),
    ("blank", dict(text=" \n\t "), "EMPTY_INPUT", "the text is empty"),
    ("binary", dict(text="\x00\x01\x02\x03" * 100), "BINARY_INPUT", "the input looks like binary"),
    ("too large", dict(text="a " * (nutgraf.DEFAULT_MAX_INPUT_BYTES // 2 + 1)), "INPUT_TOO_LARGE", "the text is too large"),
    ("not a str", dict(text=b"bytes"), "INVALID_INPUT", "the text must be a string, not a bytes"),
    ("None", dict(text=None), "INVALID_INPUT", "the text must be a string, not None"),
    ("lone surrogate", dict(text="ab \ud800 cd."), "INVALID_INPUT", "the text is not valid Unicode"),
    ("two lengths", dict(text=NEWS, sentences=2, words=10), "INVALID_OPTIONS",
     "invalid options: give at most one of `sentences`, `words` and `ratio`, not `sentences` and `words`"),
    ("sentences as str", dict(text=NEWS, sentences="3"), "INVALID_OPTIONS",
     'invalid options: `sentences` must be a whole number, not the string "3"'),
    ("sentences as bool", dict(text=NEWS, sentences=True), "INVALID_OPTIONS",
     "invalid options: `sentences` must be a whole number, not true"),
    ("fractional", dict(text=NEWS, sentences=1.5), "INVALID_OPTIONS",
     "invalid options: `sentences` must be a whole number, not 1.5"),
    ("zero", dict(text=NEWS, sentences=0), "INVALID_OPTIONS", "invalid options: `sentences` must be at least 1, not 0"),
    ("negative words", dict(text=NEWS, words=-3), "INVALID_OPTIONS", "invalid options: `words` must be at least 1, not -3"),
    ("ratio above 1", dict(text=NEWS, ratio=1.5), "INVALID_OPTIONS", "invalid options: `ratio` must be greater than 0"),
    ("clean as int", dict(text=NEWS, clean=1), "INVALID_OPTIONS", "invalid options: `clean` must be true or false, not 1"),
    ("title as list", dict(text=NEWS, title=["a"]), "INVALID_OPTIONS", "invalid options: `title` must be a string, not an array"),
    ("keywords as dict", dict(text=NEWS, keywords={"n": 3}), "INVALID_OPTIONS", "invalid options: `keywords` must be a whole number"),
    ("language", dict(text=NEWS, language="klingon"), "INVALID_OPTIONS", 'invalid options: unsupported `language` "klingon"'),
]


@pytest.mark.parametrize("name,kwargs,code,message", ERRORS, ids=[e[0] for e in ERRORS])
def test_errors(name, kwargs, code, message):
    with pytest.raises(nutgraf.NutgrafError) as info:
        nutgraf.summarize(**kwargs)
    assert info.value.code == code, name
    assert str(info.value).startswith(message), str(info.value)
    assert isinstance(info.value, ValueError)
    # The module keeps working after an error.
    assert nutgraf.summarize(NEWS, sentences=1)["sentences"]


def test_unknown_keyword_is_a_type_error():
    with pytest.raises(TypeError):
        nutgraf.summarize(NEWS, sentence=2)


def test_many_keeps_order_and_reports_each_failure():
    texts = [NEWS, "", UNICODE[0][1], 42, UNICODE[2][1], None]
    out = nutgraf.summarize_many(texts, sentences=2, jobs=2)
    assert len(out) == len(texts)
    for text, got in zip(texts, out):
        if isinstance(text, str) and text:
            assert got == nutgraf.summarize(text, sentences=2)
    assert out[1] == {"error": {"code": "EMPTY_INPUT",
                                "message": "the text is empty: give an article with at least one sentence"}}
    assert out[3]["error"]["code"] == "INVALID_INPUT"
    assert out[5] == {"error": {"code": "INVALID_INPUT", "message": "the text must be a string, not None"}}


def test_many_takes_any_iterable_and_every_jobs_count():
    texts = [NEWS, UNICODE[3][1]] * 10
    expected = [nutgraf.summarize(t) for t in texts]
    assert nutgraf.summarize_many(iter(texts)) == expected
    assert nutgraf.summarize_many(tuple(texts), jobs=1) == expected
    assert nutgraf.summarize_many(texts, jobs=5) == expected
    assert nutgraf.summarize_many([]) == []


# (name, call, code)
MANY_ERRORS = [
    ("bad option", lambda: nutgraf.summarize_many([NEWS], ratio=2), "INVALID_OPTIONS"),
    ("jobs zero", lambda: nutgraf.summarize_many([NEWS], jobs=0), "INVALID_OPTIONS"),
    ("jobs str", lambda: nutgraf.summarize_many([NEWS], jobs="2"), "INVALID_OPTIONS"),
    ("jobs bool", lambda: nutgraf.summarize_many([NEWS], jobs=True), "INVALID_OPTIONS"),
    ("one str", lambda: nutgraf.summarize_many(NEWS), "INVALID_INPUT"),
    ("not iterable", lambda: nutgraf.summarize_many(3), "INVALID_INPUT"),
]


@pytest.mark.parametrize("name,call,code", MANY_ERRORS, ids=[e[0] for e in MANY_ERRORS])
def test_many_refuses_a_bad_call(name, call, code):
    with pytest.raises(nutgraf.NutgrafError) as info:
        call()
    assert info.value.code == code, name


def test_gil_is_released():
    """Threads that summarize at the same time get the same results, and
    another Python thread runs while the core works on a long text."""
    long_text = " ".join([NEWS] * 2000)
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    before = len(ticks)
    nutgraf.summarize(long_text)
    during = len(ticks) - before
    done.set()
    ticker.join()
    assert during > 5, during


def test_languages_and_version():
    assert "en" in nutgraf.languages() and "de" in nutgraf.languages()
    package = json.loads((ROOT / "package.json").read_text())
    assert nutgraf.__version__ == package["version"]


def wasm_summary(text, *args):
    """The CLI's (wasm build's) JSON result for `text`."""
    node = shutil.which("node")
    if node is None or not (ROOT / "pkg").exists():
        pytest.skip("node or the wasm build (pkg/) is missing")
    out = subprocess.run(
        [node, str(ROOT / "bin" / "nutgraf.mjs"), "--format", "json", "--text", *args],
        input=text.encode(), capture_output=True, check=True,
    )
    return json.loads(out.stdout)


def utf16_to_index(text):
    """UTF-16 offset -> str index, for every boundary of `text`."""
    table, units = {}, 0
    for i, ch in enumerate(text):
        table[units] = i
        units += 2 if ord(ch) > 0xFFFF else 1
    table[units] = len(text)
    return table


@pytest.mark.parametrize("name,text", UNICODE[1:2] + UNICODE[3:], ids=["emoji", "mixed"])
def test_same_as_the_wasm_build(name, text):
    py = nutgraf.summarize(text, sentences=2)
    js = wasm_summary(text, "--sentences", "2")
    index = utf16_to_index(text)
    for s in js["sentences"]:
        s["start"], s["end"] = index[s["start"]], index[s["end"]]
    for e in js["entities"]:
        for m in e["mentions"]:
            m["start"], m["end"] = index[m["start"]], index[m["end"]]
    # Native and wasm floats may differ in the last bits (fused or not).
    assert rounded(py) == rounded(js)


def rounded(value):
    """`value` with every float rounded to 12 significant digits."""
    if isinstance(value, float):
        return float(f"{value:.12g}")
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value


def test_same_as_the_wasm_build_on_the_seed_article():
    text = Path(corpus_file("seed/asean-deportation.txt")).read_text()
    py = nutgraf.summarize(text)
    js = wasm_summary(text)
    assert [s["text"] for s in py["sentences"]] == [s["text"] for s in js["sentences"]]
    assert [(e["text"], e["count"]) for e in py["entities"]] == [(e["text"], e["count"]) for e in js["entities"]]


def test_german_entities_use_the_shipped_language_data():
    """The Python package carries the German entity model (Cargo's `ner-shipped`):
    capitalised nouns are not names, and names get their kinds."""
    text = (
        "Die Stadt Berlin hat am Dienstag beschlossen, die Brücke zu sanieren. "
        "Die Kosten liegen bei 5 Millionen Euro, sagte Bürgermeister Kai Wegner. "
        "Die Entscheidung fiel nach langen Beratungen im März."
    )
    found = {(e["text"], e["kind"]) for e in nutgraf.summarize(text)["entities"]}
    assert {("Berlin", "place"), ("Kai Wegner", "person"), ("5 Millionen Euro", "amount")} <= found
    assert not {text for text, _ in found} & {"Brücke", "Kosten", "Entscheidung", "Beratungen"}
