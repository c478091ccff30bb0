#!/usr/bin/env python3
"""Dumps the plain text of the corpus's HTML pages, as a reader would copy
them from a browser, for `eval_clean` (the furniture evaluation). Analysis
only: nothing here ships, and the output stays outside the repository.

Usage: python3 eval/scripts/rouge/dump_pages.py [CORPUS_ROOT] [OUT_DIR]
       (defaults ../shared/corpus and /tmp/nutgraf-pages; needs
       `pip install beautifulsoup4 lxml`)

Writes, per readability case, `readability/<case>.page.txt` (the whole page)
and `readability/<case>.article.txt` (expected.html, Readability's article);
per trafilatura page, `trafilatura/<name>.page.txt`, `.with.txt` and
`.without.txt` (the snippets that must and must not be in the article, one
per line).
"""
import json
import os
import re
import sys

from bs4 import BeautifulSoup, Comment

BLOCK = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "td", "th", "tr", "ul", "button", "select", "option", "title",
}
# Blocks with margins: a blank line around them when copied.
PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "table", "ul", "ol", "hr", "title"}
SKIP = {"script", "style", "noscript", "template", "svg", "head", "iframe", "canvas"}


def text_of(html):
    soup = BeautifulSoup(html, "lxml")
    out = []

    def walk(node, pre=False):
        for child in node.children:
            if isinstance(child, Comment):
                continue
            name = getattr(child, "name", None)
            if name is None:
                # Browsers collapse whitespace (newlines too) outside <pre>.
                out.append(str(child) if pre else re.sub(r"\s+", " ", str(child)))
            elif name in SKIP:
                continue
            else:
                mark = "\x02" if name in PARAGRAPH else "\x01" if name in BLOCK else ""
                out.append(mark)
                walk(child, pre or name == "pre")
                out.append(mark)

    walk(soup)
    # A run of breaks is a blank line if any of them is a paragraph's.
    joined = re.sub(r"[\x01\x02][\x01\x02\s]*",
                    lambda m: "\n\n" if "\x02" in m.group(0) else "\n", "".join(out))
    lines = (re.sub(r"[ \t\r\f\v\xa0]+", " ", l).strip() for l in joined.split("\n"))
    text, blank = [], False
    for l in lines:
        if l:
            text.append(l)
            blank = False
        elif not blank and text:
            text.append("")
            blank = True
    return "\n".join(text).strip() + "\n"


def read(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", errors="replace")


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../../shared/corpus")
    out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/nutgraf-pages"
    rd = os.path.join(root, "html/readability")
    os.makedirs(os.path.join(out, "readability"), exist_ok=True)
    for case in sorted(os.listdir(rd)):
        src = os.path.join(rd, case, "source.html")
        exp = os.path.join(rd, case, "expected.html")
        if os.path.exists(src) and os.path.exists(exp):
            write(os.path.join(out, "readability", case + ".page.txt"), text_of(read(src)))
            write(os.path.join(out, "readability", case + ".article.txt"), text_of(read(exp)))
    tf = os.path.join(root, "html/trafilatura")
    os.makedirs(os.path.join(out, "trafilatura"), exist_ok=True)
    with open(os.path.join(tf, "evaldata.subset.json"), encoding="utf-8") as f:
        meta = json.load(f)
    for key, item in sorted(meta.items()):
        page = os.path.join(tf, "html", item["file"])
        if not os.path.exists(page):
            continue
        name = re.sub(r"[^A-Za-z0-9._-]+", "_", item["file"])[:80]
        write(os.path.join(out, "trafilatura", name + ".page.txt"), text_of(read(page)))
        for kind in ("with", "without"):
            snippets = [" ".join(s.split()) for s in item.get(kind) or []]
            write(os.path.join(out, "trafilatura", f"{name}.{kind}.txt"), "\n".join(snippets) + "\n")


if __name__ == "__main__":
    main()
