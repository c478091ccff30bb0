#!/usr/bin/env python3
r"""summa 1.2 TextRank (pip install summa) on the held-out halves (odd positions) of
the French and Vietnamese sets in ../shared/corpus/multi, scored as eval_rouge scores them:
no stemming, lower-cased \w+ words (characters for zh), as many sentences as the reference.
summa has no Vietnamese: it reads Vietnamese with its English settings. It does not split
Chinese on 。, so LCSTS is left out.

    python3 eval/scripts/rouge/summa_multi.py ../shared/corpus/multi/orangesum-fr.dev.jsonl french words
    python3 eval/scripts/rouge/summa_multi.py ../shared/corpus/multi/vietnews-vi.dev.jsonl english words
"""
import json, re, sys
from summa import summarizer

def count_sentences(ref):
    count, open_ = 0, False
    for i, c in enumerate(ref):
        nxt = ref[i+1] if i + 1 < len(ref) else None
        ends = c in '。！？' or (c in '.!?' and (nxt is None or nxt.isspace()))
        if c.isalnum(): open_ = True
        elif ends and open_: count += 1; open_ = False
    return max(1, count + (1 if open_ else 0))

def toks(text, chars):
    t = text.lower()
    return [c for c in t if c.isalnum()] if chars else re.findall(r'\w+', t)

def ngrams(t, n):
    d = {}
    for i in range(len(t) - n + 1):
        g = tuple(t[i:i+n]); d[g] = d.get(g, 0) + 1
    return d

def f1(o, r, c):
    p = o / max(c, 1); rr = o / max(r, 1)
    return 2*p*rr/(p+rr) if p + rr > 0 else 0.0

def ng(r, c, n):
    a, b = ngrams(r, n), ngrams(c, n)
    return f1(sum(min(k, b.get(g, 0)) for g, k in a.items()), sum(a.values()), sum(b.values()))

def lcs(r, c):
    if not r or not c: return 0.0
    prev = [0]*(len(c)+1)
    for x in r:
        row = [0]*(len(c)+1)
        for j, y in enumerate(c):
            row[j+1] = prev[j]+1 if x == y else max(row[j], prev[j+1])
        prev = row
    return f1(prev[-1], len(r), len(c))

path, lang, chars = sys.argv[1], sys.argv[2], sys.argv[3] == 'chars'
tot = [0.0, 0.0, 0.0]; n = 0
for i, line in enumerate(open(path)):
    if i % 2 == 0: continue
    d = json.loads(line); k = count_sentences(d['summary'])
    try:
        scored = summarizer.summarize(d['document'], language=lang, split=True, scores=True, ratio=1.0)
    except Exception:
        scored = []
    # summa returns sentences in document order with scores: keep the best k.
    best = sorted(range(len(scored)), key=lambda j: -scored[j][1])[:k]
    summary = ' '.join(scored[j][0] for j in sorted(best))
    r, c = toks(d['summary'], chars), toks(summary, chars)
    tot[0] += ng(r, c, 1); tot[1] += ng(r, c, 2); tot[2] += lcs(r, c); n += 1
print(f"{path.split('/')[-1]} summa {n} docs: " + ' / '.join(f'{100*x/n:.2f}' for x in tot))
