"""The data dictionary (`schemas/dictionary.toml`) as typed records.

Every description of a published table or column comes from there; this module
maps its column types to pandas, Arrow and Frictionless types so that the
tables, the Parquet files, DuckDB and datapackage.json all agree.

What depends on the frameworks comes from their definitions: a column marked
`each_area` is one column per area number (`area_{n}`: area_1 ... area_N, N the
most areas any framework in use has), and `{frameworks}` / `{languages}` in a
description list the frameworks and languages in use.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pandas as pd
import pyarrow as pa

from schemas.canonical import Frameworks, loaded_frameworks, most_areas

COLUMN_TYPES = ("string", "integer", "number", "boolean", "datetime", "list")
LIST_SEPARATOR = "; "  # how a list column is written in CSV and the workbook

_PANDAS = {"string": "string", "integer": "Int64", "number": "Float64", "boolean": "boolean",
           "datetime": "datetime64[us, UTC]", "list": "object"}
_ARROW = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_(),
          "datetime": pa.timestamp("us", tz="UTC"), "list": pa.list_(pa.string())}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str
    description: str
    required: bool = False

    @property
    def pandas_dtype(self) -> str:
        return _PANDAS[self.type]

    @property
    def arrow_type(self) -> pa.DataType:
        return _ARROW[self.type]


@dataclass(frozen=True, slots=True)
class ForeignKey:
    fields: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{DICTIONARY_FILE}: table {self.name} has no column {name!r}")


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    path: str


@dataclass(frozen=True, slots=True)
class Dictionary:
    name: str
    title: str
    description: str
    citation: str
    licence_name: str
    licence_title: str
    sources: tuple[Source, ...]
    tables: tuple[TableSpec, ...]

    def table(self, name: str) -> TableSpec:
        for t in self.tables:
            if t.name == name:
                return t
        raise KeyError(f"{DICTIONARY_FILE}: no table {name!r}")

    @property
    def table_names(self) -> list[str]:
        return [t.name for t in self.tables]


DICTIONARY_FILE = "schemas/dictionary.toml"


def _text(raw: str) -> str:
    return " ".join(raw.split())


@dataclass(frozen=True, slots=True)
class FrameworkText:
    """What the dictionary says of the frameworks in use."""

    areas: int  # the most areas a framework has: scores_wide's area columns
    frameworks: str  # "kommunkompassen-2010 (SE, 2010-2019), ..."
    languages: str  # "no, sv"


def _column(table: str, raw: dict, facts: FrameworkText) -> list[Column]:
    """The column `raw` describes; a column marked `each_area` is one per area number."""
    if raw.get("type") not in COLUMN_TYPES:
        raise ValueError(f"{DICTIONARY_FILE}: {table}.{raw.get('name')}: type {raw.get('type')!r} "
                         f"is not one of {', '.join(COLUMN_TYPES)}")
    text = _text(raw["description"]).replace("{frameworks}", facts.frameworks).replace("{languages}", facts.languages)
    required = bool(raw.get("required", False))
    if not raw.get("each_area"):
        return [Column(raw["name"], raw["type"], text, required)]
    return [Column(raw["name"].replace("{n}", str(n)), raw["type"], text.replace("{n}", str(n)), required)
            for n in range(1, facts.areas + 1)]


def _table(name: str, raw: dict, facts: FrameworkText) -> TableSpec:
    columns = tuple(c for raw_column in raw["columns"] for c in _column(name, raw_column, facts))
    names = [c.name for c in columns]
    if len(set(names)) != len(names):
        raise ValueError(f"{DICTIONARY_FILE}: table {name} lists a column twice: {names}")
    keys = tuple(ForeignKey(tuple(fk["fields"]), fk["table"], tuple(fk["reference"]))
                 for fk in raw.get("foreign_keys", []))
    for key in [*raw.get("primary_key", []), *(f for fk in keys for f in fk.fields)]:
        if key not in names:
            raise ValueError(f"{DICTIONARY_FILE}: table {name}: key column {key!r} is not one of its columns")
    return TableSpec(name, raw["title"], _text(raw["description"]), columns,
                     tuple(raw.get("primary_key", [])), keys)


def parse_dictionary(raw: dict, facts: FrameworkText) -> Dictionary:
    ds = raw["dataset"]
    return Dictionary(
        name=ds["name"], title=ds["title"], description=_text(ds["description"]),
        citation=_text(ds["citation"]), licence_name=ds["licence"]["name"],
        licence_title=_text(ds["licence"]["title"]),
        sources=tuple(Source(s["title"], s["path"]) for s in ds["sources"]),
        tables=tuple(_table(name, t, facts) for name, t in raw["tables"].items()),
    )


def _dictionary_text() -> str:
    return resources.files("schemas").joinpath("dictionary.toml").read_text(encoding="utf-8")


def framework_text(frameworks: Frameworks) -> FrameworkText:
    return FrameworkText(
        areas=most_areas(frameworks),
        frameworks=", ".join(f"{fw.id} ({fw.country}, {fw.years})" for fw in frameworks),
        languages=", ".join(sorted({fw.language.code for fw in frameworks})))


def data_dictionary(frameworks: Frameworks | None = None) -> Dictionary:
    """The shipped dictionary for `frameworks` (default: those in use), read once per framework set."""
    return _dictionary(framework_text(loaded_frameworks() if frameworks is None else frameworks))


@cache
def _dictionary(facts: FrameworkText) -> Dictionary:
    return parse_dictionary(tomllib.loads(_dictionary_text()), facts)


@cache
def dictionary_sha256() -> str:
    """Identifies the published layout: tables, columns, types and descriptions."""
    return hashlib.sha256(_dictionary_text().encode("utf-8")).hexdigest()


def column_dtypes() -> dict[str, str]:
    """Column name -> pandas dtype over every table (a name has one type wherever it appears)."""
    return _column_dtypes(data_dictionary())


@cache
def _column_dtypes(dictionary: Dictionary) -> dict[str, str]:
    out: dict[str, str] = {}
    for table in dictionary.tables:
        for c in table.columns:
            if out.setdefault(c.name, c.pandas_dtype) != c.pandas_dtype:
                raise ValueError(f"{DICTIONARY_FILE}: column {c.name} is {c.pandas_dtype} in {table.name} "
                                 f"but {out[c.name]} elsewhere: one name, one type")
    return out


def empty_frame(table: str) -> pd.DataFrame:
    spec = data_dictionary().table(table)
    return pd.DataFrame({c.name: pd.Series([], dtype=c.pandas_dtype) for c in spec.columns})
