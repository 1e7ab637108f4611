"""Municipality reference data and the lookup from a report's name to the official code.

Every extracted report carries its municipality's official four-digit code so the
dataset joins with Kolada, SCB and SSB data: the SCB kommunkod for Sweden and the
kommunenummer for Norway *valid in the report's year* (Norwegian numbers changed
with the 2018, 2020 and 2024 county reforms and with municipal mergers).

Data (``schemas/reference/municipalities_{se,no}.csv``, columns
``code,name,valid_from,valid_to``; years, inclusive, empty = open):

* Sweden: the 290 current municipalities from sjbrg/swedish-geodata
  ``data/municipalities.csv`` (CC0), cross-checked code by code against
  biodiversitydata-se/SOS ``Contracts/Enums/Municipality.cs`` (three typos there,
  Emmaboda, Ljusnarsberg and Sjöbo, were settled by the first source). Changes since
  1999: Nykvarn 0140 (from 1999), Knivsta 0330 (from 2003) and Heby, 1917 in
  Västmanland until 2006, 0331 in Uppsala county from 2007. An empty ``valid_from``
  means "in force before 1999".
* Norway: SSB Klass classification 131 (Standard for kommuneinndeling) as stored in
  opisthokonta/kommuneendringer ``data-raw/Kommuneinndeling 2024.json`` (the
  2024 list) and ``data-raw/changetables.json`` (every change 2002-2024); the
  earlier years were rebuilt by applying the changes backwards. Cross-checked
  against the municipality counts per year (434 in 2002 ... 422 in 2019, 356 in
  2020, 357 in 2024), the 2016 list and its 2016→2024 mapping in lauriejh/regtools
  ``tests/testthat/_snaps/harmonize_municipality_codes.md``, and the 2026 list in
  hogne67/321skole-translate ``lib/geo/noMunicipalities.ts`` (same codes as 2024;
  four names gained a Sami form in 2026). An empty ``valid_from`` means "in force
  before 2002". Names are SSB's: a Sami or Kven form is joined with " - "
  ("Guovdageaidnu - Kautokeino") and each form is matched; names shared by two
  municipalities carry SSB's county in parentheses ("Herøy (Nordland)").

Ambiguity: a plain name that two municipalities valid in the same year share
(Norway: "Herøy" always; "Våler" always; "Bø", "Nes", "Os", "Sande" before 2020)
gives ``None``. A county written after the name disambiguates: "Herøy (Nordland)",
"Våler kommune, Østfold". The county may be the one of that year or, for the
2020-2023 merged counties, one of the old counties they were made of.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

_COUNTRIES = {"se": "se", "sweden": "se", "sverige": "se", "no": "no", "norway": "no", "norge": "no"}

# Norwegian county numbers (first two digits of a kommunenummer; the 2020 merged counties and
# their 2024 split as SSB's Klass version notes list them) and the county names a report may
# use for them; merged counties also answer to their predecessors' names.
_NO_COUNTIES: dict[str, tuple[str, ...]] = {
    "01": ("Østfold",), "02": ("Akershus",), "03": ("Oslo",), "04": ("Hedmark",),
    "05": ("Oppland",), "06": ("Buskerud",), "07": ("Vestfold",), "08": ("Telemark",),
    "09": ("Aust-Agder",), "10": ("Vest-Agder",), "11": ("Rogaland",), "12": ("Hordaland",),
    "14": ("Sogn og Fjordane",), "15": ("Møre og Romsdal",), "16": ("Sør-Trøndelag",),
    "17": ("Nord-Trøndelag",), "18": ("Nordland",), "19": ("Troms",), "20": ("Finnmark",),
    "30": ("Viken", "Østfold", "Akershus", "Buskerud"),
    "31": ("Østfold", "Viken"), "32": ("Akershus", "Viken"), "33": ("Buskerud", "Viken"),
    "34": ("Innlandet", "Hedmark", "Oppland"),
    "38": ("Vestfold og Telemark", "Vestfold", "Telemark"),
    "39": ("Vestfold", "Vestfold og Telemark"), "40": ("Telemark", "Vestfold og Telemark"),
    "42": ("Agder", "Aust-Agder", "Vest-Agder"), "46": ("Vestland", "Hordaland", "Sogn og Fjordane"),
    "50": ("Trøndelag", "Sør-Trøndelag", "Nord-Trøndelag"),
    "54": ("Troms og Finnmark", "Troms", "Finnmark"),
    "55": ("Troms", "Troms og Finnmark"), "56": ("Finnmark", "Troms og Finnmark"),
}

_HYPHENS = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212\u00ad]")
_SUFFIX = re.compile(r"\s+(kommun|kommune|stad)$")
_PREFIX = re.compile(r"^region\s+")
_COUNTY_WORD = re.compile(r"\s+(fylke|län)$")
_QUALIFIED = re.compile(r"^(.*?)\s*(?:\((.+)\)|,\s*(.+))$")


@dataclass(frozen=True, slots=True)
class Municipality:
    """One row of the reference table: a code with the name it had over a span of years."""

    code: str
    name: str
    valid_from: int | None  # first year in force; None: before the table's start
    valid_to: int | None  # last year in force; None: still in force

    def valid_in(self, year: int) -> bool:
        return (self.valid_from is None or self.valid_from <= year) and (
            self.valid_to is None or year <= self.valid_to
        )


def _clean(text: str) -> str:
    """NFC, one kind of hyphen without spaces around it, single spaces."""
    text = _HYPHENS.sub("-", unicodedata.normalize("NFC", text))
    text = " ".join(text.split())
    return re.sub(r"\s*-\s*", "-", text)


def _key(text: str) -> str:
    return _clean(text).casefold()


def _country(country: str) -> str:
    try:
        return _COUNTRIES[country.strip().casefold()]
    except KeyError:
        raise ValueError(f"unsupported country {country!r}; use 'SE' or 'NO'") from None


def has_reference(country: str) -> bool:
    """Whether municipalities of `country` ("SE", "NO") have a reference table here."""
    return country.strip().casefold() in set(_COUNTRIES.values())


@cache
def municipalities(country: str) -> tuple[Municipality, ...]:
    """All reference rows of one country, in file order (by code)."""
    path = resources.files("schemas").joinpath(f"reference/municipalities_{_country(country)}.csv")
    with path.open(encoding="utf-8", newline="") as fh:  # type: ignore[call-overload]  # typeshed's Traversable.open omits newline=
        return tuple(
            Municipality(
                code=row["code"],
                name=row["name"],
                valid_from=int(row["valid_from"]) if row["valid_from"] else None,
                valid_to=int(row["valid_to"]) if row["valid_to"] else None,
            )
            for row in csv.DictReader(fh)
        )


def _forms(name: str) -> list[tuple[str, str | None]]:
    """Each language form of a reference name, split from its county qualifier."""
    forms = []
    for part in name.split(" - "):
        match = re.fullmatch(r"(.*?)\s*\((.+)\)", part)
        forms.append((match[1], match[2]) if match else (part, None))
    return forms


@cache
def _aliases(country: str) -> dict[str, str]:
    """Name forms of official names that are neither the plain name nor its genitive with s
    ("Falu kommun" is Falun), from `reference/municipality_aliases.csv`."""
    path = resources.files("schemas") / "reference" / "municipality_aliases.csv"
    with path.open(encoding="utf-8", newline="") as fh:  # type: ignore[call-overload]  # typeshed's Traversable.open omits newline=
        return {_key(r["alias"]): _key(r["name"]) for r in csv.DictReader(fh) if r["country"] == country}


@cache
def _index(country: str) -> dict[str, tuple[tuple[Municipality, str | None], ...]]:
    index: dict[str, list[tuple[Municipality, str | None]]] = {}
    for row in municipalities(country):
        for form, county in _forms(row.name):
            index.setdefault(_key(form), []).append((row, county and _key(county)))
    for alias, name in _aliases(country).items():
        index.setdefault(alias, []).extend(index.get(name, []))
    return {key: tuple(rows) for key, rows in index.items()}


@cache
def _display_forms() -> dict[str, str]:
    """Normalised name → the spelling and casing of the reference table (both countries)."""
    rows = [row for country in ("se", "no") for row in municipalities(country)]
    return {_key(form): form for row in rows for form, _ in _forms(row.name)}


def _strip_affixes(key: str) -> str:
    return _SUFFIX.sub("", _PREFIX.sub("", key))


def _in_county(row: Municipality, row_county: str | None, county: str, country: str) -> bool:
    if row_county == county:
        return True
    names = _NO_COUNTIES.get(row.code[:2], ()) if country == "no" else ()
    return county in {_key(n) for n in names}


def municipality_code(name: str, country: str, year: int | None = None) -> str | None:
    """The official code of the municipality a report names, valid in ``year``.

    ``name`` is as printed ("Heby kommun", "HELSINGBORGS STAD", "Region Gotland",
    "Frogn kommune", "Herøy (Nordland)"); ``year`` None means the current year.
    Tries the exact name first, then the Swedish genitive without its final s
    ("Helsingborgs" → "Helsingborg"). Returns None for an unknown name or one that
    matches several municipalities in that year, never a guess.
    """
    country = _country(country)
    year = date.today().year if year is None else year
    key = _key(name)
    county = None
    match = _QUALIFIED.fullmatch(key)
    if match:
        key, county = match[1], _COUNTY_WORD.sub("", match[2] or match[3])
    key = _strip_affixes(key)
    index = _index(country)
    # Exact name first, so "Borås" stays Borås; then the Swedish genitive "Helsingborgs".
    for candidate in (key, key[:-1]) if key.endswith("s") else (key,):
        rows = [(row, c) for row, c in index.get(candidate, ()) if row.valid_in(year)]
        if not rows:
            continue
        codes = {row.code for row, _ in rows}
        if len(codes) > 1 and county:
            codes = {row.code for row, c in rows if _in_county(row, c, county, country)}
        return codes.pop() if len(codes) == 1 else None
    return None


def canonical_municipality_name(raw: str) -> str:
    """A cover name cased the way the report names the municipality.

    "HEBY KOMMUN" → "Heby kommun", "HELSINGBORGS STAD" → "Helsingborgs stad",
    "FROGN KOMMUNE" → "Frogn kommune". The municipality words take the casing of
    the reference table (also through a genitive s); the suffix word is lower-case
    and "Region" keeps its capital. Unknown names get each word capitalised.
    """
    words = _clean(raw).split(" ")
    prefix = ["Region"] if len(words) > 1 and words[0].casefold() == "region" else []
    last = words[-1].casefold()
    suffix = [last] if len(words) > 1 and last in {"kommun", "kommune", "stad"} else []
    stem = " ".join(words[len(prefix) : len(words) - len(suffix)])
    forms = _display_forms()
    key = stem.casefold()
    if key in forms:
        stem = forms[key]
    elif key.endswith("s") and key[:-1] in forms:
        stem = forms[key[:-1]] + "s"
    else:
        stem = " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in stem.split())
    return " ".join([*prefix, stem, *suffix])
