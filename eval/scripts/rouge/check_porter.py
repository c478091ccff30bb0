#!/usr/bin/env python3
"""Compares eval_rouge's Porter stemmer with NLTK's PorterStemmer() (the one
rouge-score uses) on every token rouge-score would stem in the given files.

Usage: python3 eval/scripts/rouge/check_porter.py FILE... (e.g. the corpus texts)
Prints the number of distinct tokens and every disagreement.
"""
import re
import subprocess
import sys

from nltk.stem.porter import PorterStemmer


def main():
    words = set()
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as f:
            text = re.sub(r"[^a-z0-9]+", " ", f.read().lower())
        words.update(w for w in text.split() if len(w) > 3)
    words = sorted(words)
    out = subprocess.run(
        ["cargo", "run", "--quiet", "--release", "-p", "nutgraf-eval", "--bin", "eval_rouge", "--", "--stem"],
        input="\n".join(words), capture_output=True, text=True, check=True,
    ).stdout
    ours = dict(line.split("\t") for line in out.splitlines())
    nltk = PorterStemmer()
    bad = [(w, ours.get(w), nltk.stem(w)) for w in words if ours.get(w) != nltk.stem(w)]
    for w, a, b in bad:
        print(f"{w}: ours {a!r}, nltk {b!r}")
    print(f"{len(words)} tokens, {len(bad)} disagreements")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
