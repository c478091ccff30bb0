"""Trains a per-language model on the TUNING half of a NER dev set (and, after
the output path, on any other files of `token<TAB>tag` sentences, read whole)
and writes it as a Rust table (src/entities/lang/<code>/model.rs).

Norwegian and Finnish: a token model (train.py) over every token with a
capital letter, every feature kept:

    cd eval/scripts/ner
    python3 export.py /work/shared/corpus/ner/norne-no-dev.txt no 100000 ../../../src/entities/lang/no/model.rs

German: a BIO sequence labeller (tagger.py), from the tuning half and
GermEval 2014 DEV, the 12,000 strongest features kept. The DEV split
(Benikova, Biemann, Reznicek: NoSta-D Named Entity Annotation for German,
LREC 2014; CC BY 4.0) as copied in the public repository
LSX-UniWue/SuperGLEBer, data/NER/Wiki_News/dev.tsv (the same 2,200 sentences
as MaviccPRP/ger_ner_evals, corpora/germaner/NER-de-dev.tsv), converted by
germeval.py, which drops every sentence also in the shared file (none):

    python3 germeval.py /work/data/nerde/NER-de-dev.tsv \
        /work/shared/corpus/ner/germeval2014-de-dev.txt /work/data/nerde/germeval-dev.txt
    python3 export.py /work/shared/corpus/ner/germeval2014-de-dev.txt de 12000 \
        ../../../src/entities/lang/de/model.rs /work/data/nerde/germeval-dev.txt

Only the even 40-sentence blocks of the dev set are read (load(part=0)); the
odd ones are the held-out half that eval_ner reports. With QUARTER=1 only
the tuning blocks 0 mod 4 are read, and `eval_ner --tune-check` (blocks
2 mod 4) scores the model; with NO_TUNING=1 none is (German: DEV alone), and
`eval_ner --tune` scores it on the whole tuning half: that is how the German
tagger's passes, features and bias were chosen. Weights are quantised to
-40..40 (one ASCII character each) and the KEEP strongest features are kept.
"""
import sys
import unicodedata
from load import load
from train import data, train, evaluate, prune
from gaz import use_language

# Weights are quantised to -LIMIT..LIMIT and written as the characters
# OFFSET-LIMIT..OFFSET+LIMIT (printable ASCII).
LIMIT = 40
OFFSET = 79


def quantise(M, keep):
    M = prune(M, keep)
    top = max(abs(v) for ws in M.values() for v in ws) or 1.0
    scale = LIMIT / top
    Q = {}
    for f, ws in M.items():
        q = [max(-LIMIT, min(LIMIT, round(v * scale))) for v in ws]
        if any(q):
            Q[f] = q
    return Q

def rust_str(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'

def main():
    path, code, keep = sys.argv[1], sys.argv[2], int(sys.argv[3])
    import os
    use_language(code)
    tr = load(path, part='quarter' if os.environ.get('QUARTER') else 0)
    if os.environ.get('NO_TUNING'):
        # Experiments: learn from the other sets only, so that the whole
        # tuning half (eval_ner --tune) can show the errors.
        tr = []
    # Other sets (never the shared file's held-out half), whole.
    for extra in sys.argv[5:]:
        tr += load(extra, part='all')
    if code in TAGGERS:
        lines = tagger_lines(tr, keep, path)
    else:
        lines = token_lines(tr, keep, path)
    write(sys.argv[4], keep, lines, code in TAGGERS)


# Languages whose model is a sequence labeller (tagger.py; read by
# src/entities/lang/de/tagger.rs).
TAGGERS = ('de',)
# Before a feature's name, the line of its weights for a name's following words.
INSIDE = '~'


def token_lines(tr, keep, path):
    """The lines of a token model (four weights a feature)."""
    import os
    X, Y = data(tr)
    M = train(X, Y)
    Q = quantise(M, keep)
    # Token-run figures on the blocks 2 mod 4 (never the held-out half).
    check = 'check (token runs) %s' % (evaluate({f: [float(v) for v in q] for f, q in Q.items()}, load(path, part='check')),) if os.environ.get('QUARTER') else ''
    print('features', len(Q), check, file=sys.stderr)
    return {f: q for f, q in Q.items()}


def tagger_lines(tr, keep, path):
    """The lines of a tagger: a feature's weights for not a name and the
    first word of a person, place, organization; after INSIDE, an unused
    weight and those for a following word of each."""
    import os
    import tagger
    M = tagger.train(tr, epochs=EPOCHS)
    Q = quantise(M, keep)
    tagger.know(Q)
    if os.environ.get('QUARTER') or os.environ.get('NO_TUNING'):
        held = load(path, part='check' if os.environ.get('QUARTER') else 0)
        print('check (gold tokens) %s' % (tagger.evaluate({f: [float(v) for v in q] for f, q in Q.items()}, held),), file=sys.stderr)
    lines = {}
    for f, q in Q.items():
        if any(q[:4]):
            lines[f] = q[:4]
        if any(q[4:]):
            lines[INSIDE + f] = [0] + q[4:]
    print('features', len(Q), 'lines', len(lines), file=sys.stderr)
    return lines


# Passes of the tagger's perceptron over the data.
EPOCHS = 15


def write(out, keep, Q, is_tagger=False):
    """Writes the model's lines as src/entities/lang/<code>/model.rs."""
    feats = sorted(Q, key=lambda s: s.encode('utf-8'))
    assert all('\n' not in f and '\t' not in f for f in feats)
    with open(out, 'w', encoding='utf-8') as fh:
        if is_tagger:
            fh.write('//! Generated by eval/scripts/ner/export.py from GermEval 2014 DEV and the\n')
            fh.write(f'//! tuning half of the shared set ({keep} strongest features kept); do not edit.\n\n')
            fh.write('/// Tagger model: one line a feature, sorted bytewise: the feature, a tab,\n')
            fh.write('/// then four weights (not a name, first word of a person, place,\n')
            fh.write('/// organization); after `~`, a feature\'s weights for a following word\n')
            fh.write(f'/// (unused, person, place, organization). Each a character: the weight plus {OFFSET}.\n')
        else:
            fh.write('//! Generated by eval/scripts/ner/export.py from the tuning half of the\n')
            fh.write(f'//! dev set ({keep} strongest features kept); do not edit.\n\n')
            fh.write('/// Token model: one line a feature, sorted bytewise: the feature, a tab,\n')
            fh.write(f'/// then four weights (not a name, person, place, organization), each a\n')
            fh.write(f'/// character: the weight plus {OFFSET}.\n')
        fh.write('pub(crate) static MODEL: &str = "\\\n')
        for f in feats:
            fh.write(rust_esc(f + '\t' + ''.join(chr(v + OFFSET) for v in Q[f])) + '\\n\\\n')
        fh.write('";\n')


def rust_esc(s):
    s = s.replace('\\', '\\\\').replace('"', '\\"').replace('\t', '\\t')
    # Invisible characters (soft hyphens, zero-width spaces) as escapes.
    return ''.join(f'\\u{{{ord(c):x}}}' if unicodedata.category(c)[0] in 'CZ' else c for c in s)


if __name__ == '__main__':
    main()
