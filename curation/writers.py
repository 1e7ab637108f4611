"""Writes the curated tables in every published format into one release directory.

Column types and descriptions come from the data dictionary (`schemas/dictionary.toml`).

- `<table>.parquet`: typed (lists as lists, timestamps in UTC), nulls kept; each
  field's description in its metadata, the table's in the schema's.
- `kommunkompassen.duckdb`: the same tables, with `COMMENT ON` every table and column.
- `csv/<table>.csv`: UTF-8, comma, '.' decimals, ISO timestamps (for programs);
  described by `datapackage.json` (Frictionless Data Package).
- `csv-excel-sv/<table>.csv`: what Excel in a Swedish locale opens by double-click:
  ';' separator, decimal comma, UTF-8 with BOM; text Excel would turn into a number
  or date ('0215', '2012-11', '1.10') or run as a formula is written as the formula
  ="..." that shows the text as it is.
- `kommunkompassen.xlsx`: a README sheet (the dictionary) and one sheet per table:
  bold frozen header, widths that fit, numbers as numbers, codes as text.
- A list column is joined with "; " in the CSV files and the workbook.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import xlsxwriter

from curation.datapackage import DATAPACKAGE_FILE, datapackage
from schemas.build import Tables
from schemas.dictionary import LIST_SEPARATOR, Column, Dictionary, TableSpec, data_dictionary

DUCKDB_FILE = "kommunkompassen.duckdb"
XLSX_FILE = "kommunkompassen.xlsx"
README_SHEET = "README"
# Control characters Excel refuses in cell text (they cannot appear in XML).
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Text Excel turns into a number, date or time when it opens a CSV: digits with number or
# date punctuation ('0215', '2012-11', '1.10', '12/3'), or scientific notation ('1E5').
_EXCEL_CONVERTS = re.compile(r"^[\s\d.,:/+\-%()]*\d[\s\d.,:/+\-%()]*$|^\s*\d+[eE][+-]?\d+\s*$")
_FORMULA_START = ("=", "+", "-", "@")
_EXCEL_FORMULA_TEXT_MAX = 255  # the longest text constant an Excel formula holds
_MAX_WIDTH, _MIN_WIDTH = 60, 6


# --- values per format ---------------------------------------------------------

def _joined(x: Iterable[object] | None) -> str | None:  # or pandas' NA or NaN
    if x is None or x is pd.NA or (isinstance(x, float) and x != x):
        return None
    return LIST_SEPARATOR.join(str(v) for v in x)


def _iso_utc(x: datetime | None) -> str | None:
    return None if x is None or x is pd.NaT or pd.isna(x) else x.strftime("%Y-%m-%dT%H:%M:%SZ")


def text_columns(df: pd.DataFrame, spec: TableSpec) -> pd.DataFrame:
    """Lists joined and timestamps as ISO 8601 text, for the CSV files."""
    out = df.copy()
    for c in spec.columns:
        if c.type == "list":
            out[c.name] = pd.array([_joined(v) for v in df[c.name]], dtype="string")
        elif c.type == "datetime":
            out[c.name] = pd.array([_iso_utc(v) for v in df[c.name]], dtype="string")
    return out


def excel_text(value: str) -> str:
    """A text cell as Excel shows it unchanged when it opens the CSV by double-click."""
    if _EXCEL_CONVERTS.match(value) or value.startswith(_FORMULA_START):
        if len(value) <= _EXCEL_FORMULA_TEXT_MAX:
            return '="' + value.replace('"', '""') + '"'
        return "'" + value  # too long for a formula: a leading apostrophe keeps it from running
    return value


# --- Parquet and DuckDB ----------------------------------------------------------

def arrow_schema(spec: TableSpec) -> pa.Schema:
    fields = [pa.field(c.name, c.arrow_type, nullable=not c.required,
                       metadata={"description": c.description}) for c in spec.columns]
    return pa.schema(fields, metadata={"title": spec.title, "description": spec.description})


def write_parquet(tables: Tables, out: Path) -> None:
    for name, df in tables.items():
        spec = data_dictionary().table(name)
        table = pa.Table.from_pandas(df[spec.column_names], schema=arrow_schema(spec), preserve_index=False)
        pq.write_table(table, out / f"{name}.parquet")


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def write_duckdb(tables: Tables, out: Path) -> None:
    """Loads the Parquet files just written, so both formats hold identical types and rows."""
    con = duckdb.connect(str(out / DUCKDB_FILE))
    try:
        for name, _ in tables.items():
            spec = data_dictionary().table(name)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM read_parquet({_sql_text(str(out / f"{name}.parquet"))})')
            con.execute(f'COMMENT ON TABLE "{name}" IS {_sql_text(spec.title + ". " + spec.description)}')
            for c in spec.columns:
                con.execute(f'COMMENT ON COLUMN "{name}"."{c.name}" IS {_sql_text(c.description)}')
        con.execute("CHECKPOINT")
    finally:
        con.close()


# --- CSV ---------------------------------------------------------------------------

def write_csv(tables: Tables, out: Path) -> None:
    (out / "csv").mkdir()
    for name, df in tables.items():
        text_columns(df, data_dictionary().table(name)).to_csv(
            out / "csv" / f"{name}.csv", index=False, encoding="utf-8", lineterminator="\n")


def write_csv_excel_sv(tables: Tables, out: Path) -> None:
    (out / "csv-excel-sv").mkdir()
    for name, df in tables.items():
        spec = data_dictionary().table(name)
        sv = text_columns(df, spec)
        for c in spec.columns:
            if c.type in ("string", "list"):
                sv[c.name] = pd.array([None if pd.isna(v) else excel_text(v) for v in sv[c.name]], dtype="string")
            elif c.type == "datetime":  # Excel reads "2026-01-01 06:00:00" as a date and time
                sv[c.name] = sv[c.name].str.replace("T", " ").str.rstrip("Z")
        sv.to_csv(out / "csv-excel-sv" / f"{name}.csv", index=False, sep=";", decimal=",",
                  encoding="utf-8-sig", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


# --- the workbook ------------------------------------------------------------------

def _missing(x: object) -> bool:
    return x is None or x is pd.NA or x is pd.NaT or (isinstance(x, float) and x != x)


def _display_len(x: object) -> int:
    return 0 if _missing(x) else len(str(x))


def column_width(header: str, values: pd.Series) -> float:
    """Characters the widest cell needs (the header's bold text a little more), within bounds."""
    longest = max([len(header) * 1.1 + 2, *(_display_len(v) + 1 for v in values)])
    return max(_MIN_WIDTH, min(_MAX_WIDTH, longest))


def _cell_writer(column: Column, fmt: dict, wrap: bool) -> Callable:
    """How one column's cells go into the sheet: each type with its own cell type."""
    text_format = fmt["wrap"] if wrap else fmt["text"]

    def text(sheet, r, c, v):
        sheet.write_string(r, c, _ILLEGAL_XML.sub("", str(v)), text_format)

    def integer(sheet, r, c, v):
        sheet.write_number(r, c, int(v), fmt["integer"])

    def number(sheet, r, c, v):
        sheet.write_number(r, c, float(v), fmt["number"])

    def boolean(sheet, r, c, v):
        sheet.write_boolean(r, c, bool(v))

    def timestamp(sheet, r, c, v):  # Excel has no time zones: UTC, as the README sheet says
        sheet.write_datetime(r, c, v.tz_convert("UTC").tz_localize(None).to_pydatetime(), fmt["datetime"])

    def joined(sheet, r, c, v):
        text(sheet, r, c, _joined(v))

    return {"string": text, "integer": integer, "number": number, "boolean": boolean,
            "datetime": timestamp, "list": joined}[column.type]


def _formats(wb: xlsxwriter.Workbook) -> dict:
    return {
        "header": wb.add_format({"bold": True, "bottom": 1, "bg_color": "#F2F2F2", "text_wrap": False}),
        "text": wb.add_format({"num_format": "@"}),
        "wrap": wb.add_format({"num_format": "@", "text_wrap": True, "valign": "top"}),
        "integer": wb.add_format({"num_format": "0"}),
        "number": wb.add_format({"num_format": "0.0##"}),
        "datetime": wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
        "title": wb.add_format({"bold": True, "font_size": 14}),
        "bold": wb.add_format({"bold": True}),
        "para": wb.add_format({"text_wrap": True, "valign": "top"}),
    }


def _write_readme(wb: xlsxwriter.Workbook, fmt: dict, d: Dictionary, tables: Tables) -> None:
    sheet = wb.add_worksheet(README_SHEET)
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 26)
    sheet.set_column(2, 2, 10)
    sheet.set_column(3, 3, 100, fmt["para"])
    sheet.write_string(0, 0, d.title, fmt["title"])
    row = 2
    for label, text in (("About", d.description), ("How to cite", d.citation), ("Licence", d.licence_title),
                        ("Sources", "; ".join(f"{s.title} ({s.path})" for s in d.sources)),
                        ("Times", "extracted_at is in UTC (Excel holds no time zone)."),
                        ("Lists", f"A list (evaluators) is joined with '{LIST_SEPARATOR}' in this workbook.")):
        sheet.write_string(row, 0, label, fmt["bold"])
        sheet.merge_range(row, 1, row, 3, text, fmt["para"])
        sheet.set_row(row, 15 * max(1, len(text) // 130 + 1))
        row += 1
    row += 1
    header = ["table", "column", "type", "description"]
    sheet.write_row(row, 0, header, fmt["header"])
    readme_header = row
    row += 1
    for name, df in tables.items():
        spec = d.table(name)
        keys = f" Key: {', '.join(spec.primary_key)}." if spec.primary_key else ""
        sheet.write_string(row, 0, name, fmt["bold"])
        sheet.write_string(row, 1, f"({len(df)} rows)")
        sheet.write_string(row, 3, f"{spec.title}. {spec.description}{keys}", fmt["para"])
        row += 1
        for c in spec.columns:
            sheet.write_row(row, 0, [name, c.name, c.type, c.description])
            row += 1
    sheet.autofilter(readme_header, 0, row - 1, len(header) - 1)


def _layout(spec: TableSpec, df: pd.DataFrame) -> list[tuple[float, bool]]:
    """(width, wrap) per column: text wider than the widest column wraps inside it."""
    out = []
    for c in spec.columns:
        values = df[c.name].map(_joined) if c.type == "list" else df[c.name]
        width = column_width(c.name, values)
        if c.type == "datetime":
            width = max(width, 20)  # "2026-01-01 06:00:00" as Excel shows it
        out.append((width, c.type in ("string", "list") and width >= _MAX_WIDTH))
    return out


def _write_table(wb: xlsxwriter.Workbook, fmt: dict, name: str, df: pd.DataFrame, spec: TableSpec) -> None:
    sheet = wb.add_worksheet(name)
    layout = _layout(spec, df)
    for i, (c, (width, wrap)) in enumerate(zip(spec.columns, layout)):
        text = c.type in ("string", "list")
        sheet.set_column(i, i, width, fmt["wrap"] if wrap else fmt["text"] if text else None)
    sheet.write_row(0, 0, spec.column_names, fmt["header"])
    writers = [_cell_writer(c, fmt, wrap) for c, (_, wrap) in zip(spec.columns, layout)]
    for r, row in enumerate(df[spec.column_names].itertuples(index=False, name=None), start=1):
        for i, v in enumerate(row):
            if not _missing(v):  # a null stays an empty cell
                writers[i](sheet, r, i, v)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(df), 1), max(len(spec.columns) - 1, 0))


def write_xlsx(tables: Tables, out: Path) -> None:
    # XlsxWriter row by row in constant memory: several times faster than pandas' to_excel
    # through openpyxl. Text stays text: no formulas or links made from cells that start
    # with '=' or 'http', codes keep their leading zeros.
    wb = xlsxwriter.Workbook(str(out / XLSX_FILE), {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
        "strings_to_numbers": False})
    try:
        fmt = _formats(wb)
        d = data_dictionary()
        _write_readme(wb, fmt, d, tables)
        for name, df in tables.items():
            _write_table(wb, fmt, name, df, d.table(name))
    finally:
        wb.close()


def write_datapackage(tables: Tables, out: Path) -> None:
    descriptor = datapackage(data_dictionary(), [name for name, _ in tables.items()])
    (out / DATAPACKAGE_FILE).write_text(json.dumps(descriptor, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")


def write_all(tables: Tables, out: Path) -> None:
    write_parquet(tables, out)
    write_duckdb(tables, out)
    write_csv(tables, out)
    write_csv_excel_sv(tables, out)
    write_xlsx(tables, out)
    write_datapackage(tables, out)

