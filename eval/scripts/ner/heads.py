"""Chooses the Finnish head nouns of src/entities/lang/fi/mod.rs (ORG_HEADS,
PLACE_HEADS; src/entities/lang/heads.rs): lower-case nouns that end a name
after a genitive ("Turun yliopisto", "Ranskan tasavalta").

The candidates below were written for nutgraf; a candidate is kept where,
after a capitalised word ending in "n", a lower-case word holding it (at
most 5 letters after it, as heads.rs matches) stood in the name at least
MIN_SHARE of the time and at least MIN_COUNT times, in the Turku NER train
split (converted by turku.py) and the tuning half of the shared set. Its
kind is the one the names it ended had most often.

    python3 eval/scripts/ner/heads.py /work/data/nerfi/train.txt ../shared/corpus/ner/turku-fi-dev.txt
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from load import load  # noqa: E402

CANDIDATES = """yliopisto unioni yhteisö parlament kunta kunna koulu korkeakoulu rahasto
kaupunki kaupungi keskus kesku komissio hallitus hallitukse seura järjestö neuvosto
pörssi puolue pankki pankin komitea liitto liito kongressi käräjäoikeu oikeus kamari
liiga valtuusto valtuuskun sairaanhoitopiiri tiedekun laitos laitokse ammattiliit
ministeriö yhdistys yhdistykse kirkko kirko sairaala tasaval kuningaskun valtakun
lääni asema rautatieasema lentoasema lentokenttä lentokentä linna talo niemi
tuomiokirkko katedraali maakunta saari joki järvi vuori katu tie silta""".split()
MIN_SHARE = 0.7
MIN_COUNT = 2
MAX_ENDING = 5


def holds(word, stem):
    """heads.rs holds_head for one stem."""
    i = word.rfind(stem)
    return i >= 0 and len(word) - i - len(stem) <= MAX_ENDING


def counts(sentences):
    """Per candidate: [times in the name, times after a genitive, kinds]."""
    out = {c: [0, 0, collections.Counter()] for c in CANDIDATES}
    for s in sentences:
        for (w, t), (w2, t2) in zip(s, s[1:]):
            if not w[:1].isupper() or not w.endswith('n'):
                continue
            if not (w2.isalpha() and w2.islower()):
                continue
            for c in CANDIDATES:
                if holds(w2, c):
                    out[c][1] += 1
                    if t2.startswith('I-'):
                        out[c][0] += 1
                        out[c][2][t2[2:]] += 1
    return out


def main():
    ss = load(sys.argv[1], part='all')
    if len(sys.argv) > 2:
        ss += load(sys.argv[2], part=0)  # the tuning half only
    kept = {'ORG': [], 'LOC': []}
    for c, (inside, seen, kinds) in counts(ss).items():
        if seen:
            print(c, inside, seen, dict(kinds), file=sys.stderr)
        if inside >= MIN_COUNT and inside >= MIN_SHARE * seen:
            kind = kinds.most_common(1)[0][0]
            if kind in kept:
                kept[kind].append(c)
    print('ORG_HEADS', ' '.join(kept['ORG']))
    print('PLACE_HEADS', ' '.join(kept['LOC']))


if __name__ == '__main__':
    main()
