"""Converts the Turku NER corpus's TRAIN and DEV splits to the scheme of the
shared Finnish set (ner/turku-fi-dev.txt, the first half of the TEST split):
`token<TAB>tag`, IOB2, PER/LOC/ORG only (PRO, EVENT and DATE become O, as in
the shared file), and drops every sentence whose tokens are those of a
sentence of the shared file. The TEST split is never read.

Data: TurkuNLP/turku-ner-corpus on GitHub (Luoma et al. 2020, LREC),
data/conll/{train,dev}.tsv, licence CC BY-SA 4.0. Put the two files in
/work/data/nerfi/turku/ (outside the repository), then:

    python3 eval/scripts/ner/turku.py /work/data/nerfi/turku ../shared/corpus/ner/turku-fi-dev.txt /work/data/nerfi

which writes /work/data/nerfi/{train,dev}.txt and prints the overlap count,
and /work/data/nerfi/corpus-dev/ner/turku-fi-dev.txt: the dev split with
each 40-sentence block written twice, so that `eval_ner
/work/data/nerfi/corpus-dev --lang fi` (which scores the odd blocks) scores
all of it (the last block, 2 sentences, falls out), to choose settings
without the held-out half.
"""
import os
import sys

from load import token_sequences

KEEP = {'PER', 'LOC', 'ORG'}


def sentences(path):
    """Sentences of a CoNLL-like file as lists of (token, tag);
    `-DOCSTART-` lines end a sentence and are dropped."""
    out, cur = [], []
    for line in open(path, encoding='utf-8'):
        cols = line.rstrip('\n').split('\t')
        if len(cols) >= 2 and cols[0] != '-DOCSTART-':
            cur.append((cols[0], cols[-1]))
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def mapped(tag):
    """The shared set's tag for a Turku tag."""
    return tag if tag != 'O' and tag[2:] in KEEP else 'O'


def main():
    src, shared, dst = sys.argv[1], sys.argv[2], sys.argv[3]
    held = token_sequences(shared)
    for split in ('train', 'dev'):
        ss = sentences(os.path.join(src, split + '.tsv'))
        kept = [s for s in ss if tuple(w for w, _ in s) not in held]
        print(split, 'sentences', len(ss), 'in the shared file', len(ss) - len(kept),
              'kept', len(kept), file=sys.stderr)
        with open(os.path.join(dst, split + '.txt'), 'w', encoding='utf-8') as fh:
            write(fh, kept)
        if split == 'dev':
            write_doubled(os.path.join(dst, 'corpus-dev', 'ner', 'turku-fi-dev.txt'), kept)


def write(fh, sentences):
    """Writes sentences as `token<TAB>tag` lines, the tags mapped."""
    for s in sentences:
        for w, t in s:
            fh.write(f'{w}\t{mapped(t)}\n')
        fh.write('\n')


def write_doubled(path, sentences, per=40):
    """Writes each block of `per` sentences twice (eval_ner's odd blocks)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as fh:
        for i in range(0, len(sentences), per):
            write(fh, sentences[i:i + per])
            write(fh, sentences[i:i + per])


if __name__ == '__main__':
    main()
