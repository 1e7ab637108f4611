"""Writes the curated tables in every published format into one release directory.

- `<table>.parquet`: typed, nulls kept.
- `kommunkompassen.duckdb`: the same tables.
- `csv/<table>.csv`: UTF-8, comma, '.' decimals (for programs).
- `csv-excel-sv/<table>.csv`: what Excel in a Swedish locale opens correctly:
  ';' separator, decimal comma, UTF-8 with BOM.
- `kommunkompassen.xlsx`: one sheet per table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import xlsxwriter

from schemas.build import Tables

DUCKDB_FILE = "kommunkompassen.duckdb"
XLSX_FILE = "kommunkompassen.xlsx"
# Control characters Excel refuses in cell text (they cannot appear in XML).
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def write_parquet(tables: Tables, out: Path) -> None:
    for name, df in tables.items():
        df.to_parquet(out / f"{name}.parquet", index=False, engine="pyarrow")


def write_duckdb(tables: Tables, out: Path) -> None:
    """Loads the Parquet files just written, so both formats hold identical types and rows."""
    con = duckdb.connect(str(out / DUCKDB_FILE))
    try:
        for name, _ in tables.items():
            path = str(out / f"{name}.parquet").replace("'", "''")
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM read_parquet(\'{path}\')')
        con.execute("CHECKPOINT")
    finally:
        con.close()


def write_csv(tables: Tables, out: Path) -> None:
    (out / "csv").mkdir()
    for name, df in tables.items():
        df.to_csv(out / "csv" / f"{name}.csv", index=False, encoding="utf-8", lineterminator="\n")


def write_csv_excel_sv(tables: Tables, out: Path) -> None:
    (out / "csv-excel-sv").mkdir()
    for name, df in tables.items():
        df.to_csv(out / "csv-excel-sv" / f"{name}.csv", index=False, sep=";", decimal=",",
                  encoding="utf-8-sig", lineterminator="\r\n")


def _excel_rows(df: pd.DataFrame) -> Iterator[tuple]:
    """Rows with nulls as None (empty cells) and text stripped of characters XML cannot hold."""
    obj = df.astype(object).where(df.notna(), None)
    for row in obj.itertuples(index=False, name=None):
        yield tuple(_ILLEGAL_XML.sub("", v) if isinstance(v, str) else v for v in row)


def write_xlsx(tables: Tables, out: Path) -> None:
    # XlsxWriter row by row: about four times faster than pandas' to_excel through openpyxl,
    # and the workbook is the slowest format of a rebuild. Text stays text: no formulas
    # or links made from cells that start with '=' or 'http', codes keep their leading zeros.
    wb = xlsxwriter.Workbook(str(out / XLSX_FILE), {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
        "strings_to_numbers": False})
    try:
        for name, df in tables.items():
            sheet = wb.add_worksheet(name)
            sheet.write_row(0, 0, list(df.columns))
            for i, row in enumerate(_excel_rows(df), start=1):
                sheet.write_row(i, 0, row)
            sheet.freeze_panes(1, 0)
            sheet.autofilter(0, 0, max(len(df), 1), max(len(df.columns) - 1, 0))
    finally:
        wb.close()


def write_all(tables: Tables, out: Path) -> None:
    write_parquet(tables, out)
    write_duckdb(tables, out)
    write_csv(tables, out)
    write_csv_excel_sv(tables, out)
    write_xlsx(tables, out)
