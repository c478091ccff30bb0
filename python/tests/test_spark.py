"""The Spark recipe (nutgraf.spark) on local[2]: the struct column holds
what nutgraf.summarize gives for each row, failed rows carry their error,
and bad options fail on the driver."""

import pytest

from conftest import corpus_file, require

require("pyspark")
require("pyarrow")

import nutgraf  # noqa: E402
from nutgraf.spark import summarize_column  # noqa: E402

TEXTS = [
    "Ms Adeyemi met the board of Acme Ltd in Lagos on Monday. "
    "The board agreed to sell its stake for $3m. "
    "Adeyemi said the sale would close in June. "
    "Shares of Acme rose 4% on the news.",
    "Le maire de Lyon a présenté le budget mardi. Il prévoit une hausse des impôts. "
    "L'opposition a critiqué le projet. Le vote aura lieu en décembre.",
]


def test_struct_column_matches_summarize(spark):
    seed = corpus_file("seed/asean-deportation.txt").read_text()
    rows = [(i, t) for i, t in enumerate([seed, *TEXTS, "", None])]
    df = spark.createDataFrame(rows, "id int, text string").repartition(2)
    out = df.withColumn("gist", summarize_column("text", sentences=2)).orderBy("id").collect()

    assert [r.id for r in out] == [0, 1, 2, 3, 4]
    for row in out[:3]:
        expected = nutgraf.summarize(row.text, sentences=2)
        gist = row.gist
        assert gist.error is None
        assert gist.language == expected["language"]
        assert gist.title == expected["title"]
        assert gist.sentences == [s["text"] for s in expected["sentences"]]
        assert [(e.text, e.kind, e["count"]) for e in gist.entities] == [
            (e["text"], e["kind"], e["count"]) for e in expected["entities"]
        ]
        assert gist.keywords == [k["text"] for k in expected["keywords"]]
    assert out[0].gist.sentences and out[0].gist.entities[0].text
    assert out[3].gist.error.code == "EMPTY_INPUT"
    assert out[3].gist.sentences is None
    assert out[4].gist.error.code == "INVALID_INPUT"


def test_bad_options_fail_on_the_driver(spark):
    with pytest.raises(nutgraf.NutgrafError) as info:
        summarize_column("text", sentences=2, ratio=0.5)
    assert info.value.code == "INVALID_OPTIONS"
