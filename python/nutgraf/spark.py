"""Summarizing a Spark DataFrame of articles with nutgraf.

The recipe is one pandas UDF: each Arrow batch of a partition goes to
``nutgraf.summarize_many`` in one call (the GIL released while the core
runs), and comes back as a struct column::

    from nutgraf.spark import summarize_column
    out = df.withColumn("gist", summarize_column("text", sentences=2))
    out.select("id", "gist.sentences", "gist.entities", "gist.keywords")

Spark already runs one task per core (``local[N]``, or the executors'
cores), so each task summarizes on one thread (``jobs=1``); give ``jobs``
only when a task has cores of its own (``spark.task.cpus``).

A row whose text fails (null, empty, binary…) gets ``error`` set to
``{code, message}`` and nulls elsewhere; the other rows go on.

Needs pyspark, pandas and pyarrow (``pip install nutgraf[spark]``) on the
driver and the executors, and the nutgraf wheel on the executors: see
"Summarizing an archive" in the README for ``spark-submit``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd
from pyspark.sql.functions import pandas_udf
from pyspark.sql.types import (
    ArrayType,
    DoubleType,
    IntegerType,
    StringType,
    StructField,
    StructType,
)

import nutgraf

if TYPE_CHECKING:
    from pyspark.sql import Column

#: One entity: its canonical name, kind, mention count and salience.
ENTITY = StructType(
    [
        StructField("text", StringType(), False),
        StructField("kind", StringType(), False),
        StructField("count", IntegerType(), False),
        StructField("score", DoubleType(), False),
    ]
)

#: The struct column ``summarize_column`` returns: the summary sentences
#: (in document order), the entities (most salient first), the keywords
#: (best first), the language and title, and the error of a failed row.
SUMMARY = StructType(
    [
        StructField("language", StringType(), True),
        StructField("title", StringType(), True),
        StructField("sentences", ArrayType(StringType(), False), True),
        StructField("entities", ArrayType(ENTITY, False), True),
        StructField("keywords", ArrayType(StringType(), False), True),
        StructField(
            "error",
            StructType(
                [
                    StructField("code", StringType(), False),
                    StructField("message", StringType(), False),
                ]
            ),
            True,
        ),
    ]
)


def summarize_column(
    column: "Column | str",
    sentences: int | None = None,
    words: int | None = None,
    ratio: float | None = None,
    language: str | None = None,
    clean: bool | None = None,
    keywords: int | None = None,
    jobs: int = 1,
) -> "Column":
    """A ``SUMMARY`` struct column of ``column`` (strings): the options of
    ``nutgraf.summarize`` (checked here, on the driver, so a bad option
    fails before any task runs), and ``jobs`` threads per task."""
    options = dict(
        sentences=sentences,
        words=words,
        ratio=ratio,
        language=language,
        clean=clean,
        keywords=keywords,
    )
    nutgraf.summarize("Check the options.", **options)

    @pandas_udf(SUMMARY)  # type: ignore[call-overload]
    def summarize(texts: pd.Series) -> pd.DataFrame:
        results = nutgraf.summarize_many(texts.tolist(), jobs=jobs, **options)
        rows = [to_row(r) for r in results]
        # dtype object keeps None as None (not NaN) in every column.
        return pd.DataFrame(rows, columns=SUMMARY.fieldNames(), dtype=object)

    return summarize(column)


def to_row(result: dict[str, Any]) -> dict[str, Any]:
    """One result of ``summarize_many`` as a row of ``SUMMARY``."""
    if "error" in result:
        return {**dict.fromkeys(SUMMARY.fieldNames()), "error": result["error"]}
    return {
        "language": result["language"],
        "title": result["title"],
        "sentences": [s["text"] for s in result["sentences"]],
        "entities": [
            {k: e[k] for k in ("text", "kind", "count", "score")}
            for e in result["entities"]
        ],
        "keywords": [k["text"] for k in result["keywords"]],
        "error": None,
    }
