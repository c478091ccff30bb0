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




def load_stems(code):
    """The PLACES and GIVEN lists (PLACE_STEM, GIVEN_STEM) of src/entities/lang/<code>/mod.rs
    as {'place': [...], 'given': [...]} (empty where there are none)."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../src/entities/lang', code, 'mod.rs')
    out = {'place': [], 'given': []}
    if not os.path.exists(path):
        return out
    txt = open(path, encoding='utf-8').read()
    # `static PLACES: &str = "...";` under the language's feature.
    for const, key in (('PLACES', 'place'), ('GIVEN', 'given')):
        for m in re.finditer(r'static ' + const + r': &str = "([^"]*)";', txt):
            out[key] += m.group(1).split()
    return out


# lang/mod.rs DEFAULT_MAX_ENDING, GENITIVE_ENDINGS
MAX_ENDING = 5
GENITIVE_ENDINGS = ('', 's', 'es')


def stem_matches(lower, stem):
    """lang/mod.rs has_stem for one stem ("name=": the name or its genitive)."""
    if stem.endswith('='):
        return lower.startswith(stem[:-1]) and lower[len(stem) - 1:] in GENITIVE_ENDINGS
    return lower.startswith(stem) and len(lower) - len(stem) <= MAX_ENDING
STEMS = {'place': [], 'given': []}


def use_language(code):
    """Reads the stems of language `code` for lookup()."""
    STEMS.update(load_stems(code))


def lookup(lower):
    """The lists the lower-case word is in (gazetteer::lookup, and the
    language's stems as lang/mod.rs has_stem reads them), sorted."""
    k = set(NAMES.get(lower) or ())
    if not k and not lower.isascii():
        k = set(NAMES.get(lower.translate(FOLD)) or ())
    for key, stems in STEMS.items():
        if any(stem_matches(lower, s) for s in stems):
            k.add(key)
    return sorted(k)
