"""Shared fixtures: the corpus (../shared/corpus, or $NUTGRAF_CORPUS) and
one Spark session on local[2] for every Spark test (starting one takes
seconds)."""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("NUTGRAF_CORPUS", ROOT.parent / "shared" / "corpus"))


def corpus_file(relative: str) -> Path:
    """A file of the shared corpus. Missing, the test is skipped, except
    under CI=true, where it fails: CI must run every test."""
    path = CORPUS / relative
    if not path.exists():
        message = f"the corpus is missing at {path} (set NUTGRAF_CORPUS)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def require(module: str):
    """`module` imported; missing, the test is skipped, except under
    CI=true, where it fails (setup.mjs --python installs it)."""
    if os.environ.get("CI") == "true":
        return __import__(module, fromlist=["_"])
    return pytest.importorskip(module)


@pytest.fixture(scope="session")
def spark():
    """A local[2] Spark session for the whole run, stopped at the end."""
    pyspark_sql = require("pyspark.sql")
    # The workers run this interpreter (the venv with nutgraf), not the
    # first python3 on PATH.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("nutgraf-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
