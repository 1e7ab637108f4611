"""The `municipalities` table: the shipped reference tables as a dimension to join on.

One row per code and name over the years it held them
(`schemas/reference/municipalities_{se,no}.csv`, read by the extractor's
`extractors.municipalities`), with its county from `reference/counties.csv`.
A municipality code's first two digits are its county's number (SCB länskod,
SSB fylkesnummer), so the county follows from the code alone.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import SupportsInt

import pandas as pd

from schemas.dictionary import data_dictionary

COUNTRIES = ("SE", "NO")


@dataclass(frozen=True, slots=True)
class County:
    country: str
    code: str
    name: str
    valid_from: int | None
    valid_to: int | None


def _year(text: str) -> int | None:
    return int(text) if text else None


@cache
def counties() -> dict[tuple[str, str], County]:
    """(country, two-digit county number) -> county."""
    path = resources.files("schemas").joinpath("reference/counties.csv")
    with path.open(encoding="utf-8", newline="") as fh:  # type: ignore[call-overload]  # typeshed's Traversable.open omits newline=
        rows = [County(r["country"], r["county_code"], r["county"], _year(r["valid_from"]), _year(r["valid_to"]))
                for r in csv.DictReader(fh)]
    out = {(c.country, c.code): c for c in rows}
    if len(out) != len(rows):
        raise ValueError("schemas/reference/counties.csv: a (country, county_code) is listed twice")
    return out


def dimension_rows() -> list[dict]:
    from extractors.municipalities import municipalities  # the reference tables' one reader

    rows = []
    for country in COUNTRIES:
        for m in municipalities(country):
            county = counties().get((country, m.code[:2]))
            if county is None:
                raise ValueError(f"schemas/reference/municipalities_{country.lower()}.csv: code {m.code} "
                                 f"({m.name}): no county {m.code[:2]} in schemas/reference/counties.csv")
            rows.append({"country": country, "municipality_code": m.code, "municipality": m.name,
                         "county_code": county.code, "county": county.name,
                         "valid_from": m.valid_from, "valid_to": m.valid_to})
    return rows


@cache
def _dimension() -> pd.DataFrame:
    spec = data_dictionary().table("municipalities")
    df = pd.DataFrame(dimension_rows(), columns=spec.column_names)
    return df.astype({c.name: c.pandas_dtype for c in spec.columns})


def municipality_dimension() -> pd.DataFrame:
    """The published `municipalities` table (a fresh copy)."""
    return _dimension().copy()


@dataclass(frozen=True, slots=True)
class Place:
    municipality: str
    county: str


@cache
def _by_code() -> dict[tuple[str, str], tuple[tuple[int | None, int | None, Place], ...]]:
    index: dict[tuple[str, str], list] = {}
    for r in dimension_rows():
        index.setdefault((r["country"], r["municipality_code"]), []).append(
            (r["valid_from"], r["valid_to"], Place(r["municipality"], r["county"])))
    return {k: tuple(v) for k, v in index.items()}


def place_of(country: object, code: object, year: SupportsInt | None) -> Place | None:
    """The official name and county of `code` in `year`; None when the code was not in force then."""
    if not isinstance(country, str) or not isinstance(code, str) or year is None or year is pd.NA:
        return None
    for start, end, place in _by_code().get((country, code), ()):
        if (start is None or start <= int(year)) and (end is None or int(year) <= end):
            return place
    return None
