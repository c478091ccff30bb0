"""Scaling of nutgraf for archives: docs/s over the BBC articles for the
Python package on one core and on all cores, the Spark recipe on local[1]
and local[2], and the Node CLI `--batch` (the wasm build), in one run; then
whether the package and the wasm build agree on every article (same summary
sentences, same entities with the same mentions).

    node scripts/setup.mjs --python && node scripts/python.mjs   # builds and installs the wheel
    .venv/bin/python benches/python.py [--corpus DIR] [--skip-spark]

Times are wall clock from first input to last result, without process or
session start (Node's start is included: the CLI is one process per run).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import nutgraf

ROOT = Path(__file__).resolve().parents[1]


def load(corpus: Path) -> list[str]:
    """The BBC articles, in path order (bytes that are not UTF-8 replaced)."""
    paths = sorted((corpus / "bbc" / "articles").glob("*/*.txt"))
    if not paths:
        sys.exit(f"no BBC articles under {corpus}/bbc/articles (give --corpus)")
    return [p.read_bytes().decode("utf-8", errors="replace") for p in paths]


def cpu_seconds() -> float:
    """CPU seconds of this process and of the children it has waited for."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(label: str, n: int, run) -> tuple[float, object]:
    """Runs `run()` once; prints and returns docs/s and its value."""
    t0, c0 = time.perf_counter(), cpu_seconds()
    value = run()
    secs, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    rate = n / secs
    # CPU seconds per wall second: the cores it kept busy (this process and
    # the children it waited for, so Node counts; Spark's JVM and its Python
    # workers run on past the call: not counted).
    per_cpu = f"{n / cpu:6.0f} docs per CPU s" if cpu > 0.2 * secs else ""
    print(f"{label:<34} {secs:6.2f} s {rate:6.0f} docs/s  {cpu / secs:4.1f} cores {per_cpu}", flush=True)
    return rate, value


def node_batch(texts: list[str]) -> list[dict]:
    """Every text through `node bin/nutgraf.mjs --batch` (JSON Lines)."""
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
    out = subprocess.run(
        ["node", str(ROOT / "bin" / "nutgraf.mjs"), "--batch"],
        input=lines.encode(), capture_output=True, check=True,
    )
    return [json.loads(line) for line in out.stdout.decode().splitlines()]


def spark_run(texts: list[str], cores: int) -> float:
    """docs/s of the Spark recipe on local[cores], session start excluded."""
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    from nutgraf.spark import summarize_column

    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .appName(f"nutgraf-bench-{cores}")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        df = spark.createDataFrame(list(enumerate(texts)), "id int, text string")
        df = df.repartition(cores * 4).cache()
        df.count()

        def job(frame):
            return lambda: frame.withColumn("gist", summarize_column("text")).write.format(
                "noop").mode("overwrite").save()

        job(df.limit(50))()  # start the Python workers
        rate, _ = timed(f"spark local[{cores}]", len(texts), job(df))
        return rate
    finally:
        spark.stop()


def to_code_points(text: str, result: dict) -> dict:
    """A JS result (UTF-16 offsets) with offsets as str indices."""
    index, units = {}, 0
    for i, ch in enumerate(text):
        index[units] = i
        units += 2 if ord(ch) > 0xFFFF else 1
    index[units] = len(text)
    for s in result.get("sentences", []):
        s["start"], s["end"] = index[s["start"]], index[s["end"]]
    for e in result.get("entities", []):
        for m in e["mentions"]:
            m["start"], m["end"] = index[m["start"]], index[m["end"]]
    return result


def sentences(result: dict):
    """The summary sentences (index, text, span), or the error code."""
    if "error" in result:
        return ("error", result["error"]["code"])
    return [(s["index"], s["text"], s["start"], s["end"]) for s in result["sentences"]]


def entities(result: dict):
    """The entities (text, kind, count, every mention) in salience order."""
    return [
        (e["text"], e["kind"], e["count"], [(m["start"], m["end"]) for m in e["mentions"]])
        for e in result.get("entities", [])
    ]


def agreement(texts: list[str], py: list[dict], js: list[dict]) -> bool:
    """Prints how many articles agree; true if all have the same sentences
    and the same entities (their order may differ only between entities
    whose scores are equal to 1e-12: native and wasm floats may differ in
    the last bit)."""
    n = len(texts)
    js = [to_code_points(t, j) for t, j in zip(texts, js)]
    same_sentences = [sentences(p) == sentences(j) for p, j in zip(py, js)]
    same_entities = [entities(p) == entities(j) for p, j in zip(py, js)]
    same_sets = [sorted(entities(p)) == sorted(entities(j)) for p, j in zip(py, js)]
    print(f"\nagreement with the wasm build (node bin/nutgraf.mjs --batch) on {n} articles:")
    print(f"  same summary sentences (index, text, span):            {sum(same_sentences)}")
    print(f"  same entities (text, kind, count, mentions), in order: {sum(same_entities)}")
    print(f"  same entities, in any order:                           {sum(same_sets)}")
    ties_only = True
    for i in (i for i in range(n) if same_sets[i] and not same_entities[i]):
        a = [(e["text"], e["score"]) for e in py[i]["entities"]]
        b = [(e["text"], e["score"]) for e in js[i]["entities"]]
        swaps = [(x, y) for x, y in zip(a, b) if x[0] != y[0]]
        ties_only &= all(abs(x[1] - y[1]) < 1e-12 for x, y in swaps)
        print(f"  article {i}: order differs (python, wasm): {swaps}")
    return all(same_sentences) and all(same_sets) and ties_only


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=Path(
        os.environ.get("NUTGRAF_CORPUS", ROOT.parent / "shared" / "corpus")))
    parser.add_argument("--skip-spark", action="store_true")
    args = parser.parse_args()
    texts = load(args.corpus)
    n = len(texts)
    print(f"{n} BBC articles, {sum(map(len, texts)) / 1e6:.1f} M characters, "
          f"{os.cpu_count()} cores\n")

    nutgraf.summarize_many(texts[:50])  # page in the module
    timed("python summarize_many jobs=1", n, lambda: nutgraf.summarize_many(texts, jobs=1))
    _, py = timed("python summarize_many (all cores)", n, lambda: nutgraf.summarize_many(texts))
    timed("python summarize loop", n, lambda: [nutgraf.summarize(t) for t in texts])
    if not args.skip_spark:
        spark_run(texts, 1)
        spark_run(texts, 2)
    _, js = timed("node bin/nutgraf.mjs --batch", n, lambda: node_batch(texts))

    if not agreement(texts, py, js):
        sys.exit(1)


if __name__ == "__main__":
    main()
