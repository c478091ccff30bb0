"""Converts GermEval 2014 NER files (NER-de-dev.tsv, NER-de-train.tsv: `#`
source lines, then `index<TAB>token<TAB>outer<TAB>inner`) to the shared set's
scheme: `token<TAB>tag`, outer layer only, BIO2 PER/LOC/ORG (derived and
partial forms and OTH -> O), and drops every sentence whose tokens also make
a sentence of the shared file (the first half of GermEval TEST), so nothing
of the set we report on is learned from.

    python3 eval/scripts/ner/germeval.py /work/data/nerde/NER-de-dev.tsv \
        /work/shared/corpus/ner/germeval2014-de-dev.txt /work/data/nerde/germeval-dev.txt

Data: GermEval 2014 NER (Benikova, Biemann, Reznicek: NoSta-D Named Entity
Annotation for German: Guidelines and Dataset, LREC 2014), CC BY 4.0; the
DEV split as copied in the public repositories LSX-UniWue/SuperGLEBer
(data/NER/Wiki_News/dev.tsv) and MaviccPRP/ger_ner_evals
(corpora/germaner/NER-de-dev.tsv), the same 2,200 sentences.
"""
import sys

from load import token_sequences

KEEP = ('PER', 'LOC', 'ORG')


def read_germeval(path):
    """Sentences as lists of (token, outer tag) of a GermEval file."""
    sents, cur = [], []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('#'):
            continue
        cols = line.split('\t')
        if len(cols) < 3:
            if cur:
                sents.append(cur)
            cur = []
            continue
        cur.append((cols[1], outer(cols[2])))
    if cur:
        sents.append(cur)
    return sents


def outer(tag):
    """The shared set's tag for a GermEval outer tag."""
    if tag[:2] in ('B-', 'I-') and tag[2:] in KEEP:
        return tag
    return 'O'


def main():
    src, shared, dst = sys.argv[1:4]
    sents = read_germeval(src)
    test = token_sequences(shared)
    kept = [s for s in sents if tuple(w for w, _ in s) not in test]
    with open(dst, 'w', encoding='utf-8') as fh:
        for s in kept:
            fh.write(''.join(f'{w}\t{t}\n' for w, t in s) + '\n')
    print(f'{src}: {len(sents)} sentences, {len(sents) - len(kept)} also in {shared} (dropped), '
          f'{len(kept)} written to {dst}', file=sys.stderr)


if __name__ == '__main__':
    main()
