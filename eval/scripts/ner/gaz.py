"""The shared gazetteer (src/entities/gazetteer_data.rs) read from Python,
so that the token models learn from the same `g=` features that
src/entities/lang/mod.rs `token_scores` gives them at run time."""
import os
import re

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../src/entities/gazetteer_data.rs')
# List constant -> the feature value of src/entities/lang/mod.rs GAZETTEER_FEATURES.
BITS = {'COUNTRIES': 'country', 'ALPHA3': 'alpha3', 'PLACES': 'place',
        'NATIONALITIES': 'nat', 'GIVEN_NAMES': 'given', 'SURNAMES': 'surname'}
# gazetteer::fold_accents
FOLD = str.maketrans('áàâäãåéèêëíìîïóòôöõøúùûüñçýÿ', 'aaaaaaeeeeiiiioooooouuuuncyy')


def load_gaz():
    """Every name of the front-coded lists and the lists it is in."""
    txt = open(SRC, encoding='utf-8').read()
    names = {}
    for m in re.finditer(r'pub\(crate\) const (\w+): &str = "((?:[^"\\]|\\.)*)";', txt, re.S):
        const, body = m.group(1), m.group(2)
        if const not in BITS:
            continue
        body = body.replace('\\n', '\n').replace('\\"', '"').replace('\\\\', '\\')
        cur = ''
        for line in body.split('\n'):
            if not line:
                break
            cur = cur[:int(line[0], 36)] + line[1:]
            names.setdefault(cur, set()).add(BITS[const])
    return names


NAMES = load_gaz()


def lookup(lower):
    """The lists the lower-case word is in (gazetteer::lookup), sorted."""
    k = NAMES.get(lower)
    if not k and not lower.isascii():
        k = NAMES.get(lower.translate(FOLD))
    return sorted(k or ())
