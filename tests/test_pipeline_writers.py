"""Published formats as people and programs open them: the workbook, both CSVs, Parquet,
DuckDB and the Data Package, all described by the one data dictionary."""

from __future__ import annotations

import copy
import csv
import json
import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from frictionless import Package

from curation.datapackage import DATAPACKAGE_FILE
from curation.pipeline import build_dataset
from curation.writers import DUCKDB_FILE, README_SHEET, XLSX_FILE, excel_text, write_all
from schemas.build import Tables
from schemas.dictionary import data_dictionary
from tests.pipeline_support import record

pytest_plugins = ["tests.conftest_pipeline"]

REPORTS = ["heby-2014", "frogn-2013", "vetlanda-2014", "skovde-2022"]
FORMULA_TEXT = "=SUM(A1) http://heby.se \x07bell"
LONG_FORMULA_TEXT = "-" + "x" * 300


@pytest.fixture(scope="module")
def release(_golden_files, frameworks, tmp_path_factory) -> tuple[Tables, Path]:
    """Four corpus reports (two frameworks and both countries, one with earlier results) written out."""
    golden = copy.deepcopy(_golden_files)
    heby = golden["heby-2014"]
    heby["areas"][0]["strengths"][0] = FORMULA_TEXT
    heby["areas"][0]["strengths"][1] = LONG_FORMULA_TEXT
    tmp = tmp_path_factory.mktemp("release")
    tables = build_dataset([record(golden[name]) for name in REPORTS], tmp, frameworks, []).tables
    out = tmp / "out"
    out.mkdir()
    write_all(tables, out)
    return tables, out


def _sheet_rows(ws) -> list[dict]:
    header = [c.value for c in ws[1]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=2)]


def test_workbook_header_is_bold_frozen_and_filtered_with_columns_that_fit(release):
    tables, out = release
    wb = openpyxl.load_workbook(out / XLSX_FILE)
    assert wb.sheetnames == [README_SHEET, *data_dictionary().table_names]
    for name, df in tables.items():
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        assert ws.auto_filter.ref is not None, name
        header = list(ws[1])
        assert [c.value for c in header] == list(df.columns), name
        assert all(c.font.b for c in header), name
        for c in header:
            width = ws.column_dimensions[c.column_letter].width
            longest = max([len(str(v.value)) for v in ws[c.column_letter] if v.value is not None])
            assert width >= min(longest, 60), (name, c.value, width, longest)


def test_workbook_types_numbers_as_numbers_codes_and_periods_as_text(release):
    _, out = release
    wb = openpyxl.load_workbook(out / XLSX_FILE)
    frogn = next(r for r in _sheet_rows(wb["scores_wide"]) if r["municipality_code"].value == "0215")
    assert frogn["municipality"].value == "Frogn" and frogn["county"].value == "Akershus"
    assert frogn["municipality_code"].data_type == "s" and frogn["municipality_code"].number_format == "@"
    assert (frogn["area_1"].value, frogn["total"].value, frogn["year"].value) == (80, 544, 2013)
    assert all(type(frogn[f"area_{i}"].value) is int for i in range(1, 9))  # 80, not 80.0

    report = next(r for r in _sheet_rows(wb["reports"]) if r["municipality_code"].value == "0215")
    assert report["evaluation_period"].value == "2012-11" and report["evaluation_period"].data_type == "s"
    assert report["evaluators"].value == "Gunn Bråten; Ingrid Larsen; Åse Moen"
    assert isinstance(report["extracted_at"].value, datetime) and report["pages"].value == 15
    assert report["ocr"].value is False

    question = next(r for r in _sheet_rows(wb["question_scores"]) if r["municipality_code"].value == "0331")
    assert question["question_id"].value == "1.1" and question["question_id"].data_type == "s"
    assert question["unrounded_min"].value == pytest.approx(6.675) and question["percent"].value == 45

    heby_area = next(r for r in _sheet_rows(wb["area_scores"]) if r["municipality_code"].value == "0331")
    assert heby_area["score_box"].value is None  # null stays an empty cell
    finding = next(r for r in _sheet_rows(wb["findings"]) if r["municipality_code"].value == "0331")
    assert finding["text"].value == "=SUM(A1) http://heby.se bell" and finding["text"].data_type == "s"


def test_workbook_puts_municipality_names_next_to_codes(release):
    _, out = release
    wb = openpyxl.load_workbook(out / XLSX_FILE, read_only=True)
    for name in data_dictionary().table_names:
        header = [c.value for c in next(wb[name].iter_rows(max_row=1))]
        if "municipality_code" in header:
            assert header[header.index("municipality_code") + 1] == "municipality", name


def test_workbook_readme_sheet_is_the_dictionary(release):
    _, out = release
    wb = openpyxl.load_workbook(out / XLSX_FILE, read_only=True)
    rows = [r for r in wb[README_SHEET].iter_rows(values_only=True)]
    listed = {(r[0], r[1]) for r in rows if r[2] is not None and r[0] in data_dictionary().table_names}
    assert listed == {(t.name, c.name) for t in data_dictionary().tables for c in t.columns}
    text = " ".join(str(v) for r in rows for v in r if v)
    assert "SKR" in text and "KS" in text and "cite" in text.lower() and "UTC" in text


def _sv_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def test_swedish_excel_csv_keeps_codes_periods_and_formulas_as_text(release):
    _, out = release
    raw = (out / "csv-excel-sv" / "reports.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    frogn = next(r for r in _sv_rows(out / "csv-excel-sv" / "reports.csv") if "0215" in r["municipality_code"])
    # Excel shows the formula ="0215" as the text 0215: no number 215, no date from 2012-11.
    assert frogn["municipality_code"] == '="0215"' and frogn["evaluation_period"] == '="2012-11"'
    assert frogn["total_score"] == "544" and frogn["municipality"] == "Frogn"
    assert frogn["extracted_at"] == "2026-01-01 00:00:00"  # a date and time Excel reads as one
    q = _sv_rows(out / "csv-excel-sv" / "question_scores.csv")[0]
    assert q["question_id"] == '="1.1"' and q["unrounded_min"] == "6,675" and q["score"] == "7"
    texts = [r["text"] for r in _sv_rows(out / "csv-excel-sv" / "findings.csv")]
    assert '="' + FORMULA_TEXT + '"' in texts  # shown as text, never run
    assert "'" + LONG_FORMULA_TEXT in texts  # too long for a formula: an apostrophe keeps it text


@pytest.mark.parametrize(("value", "written"), [
    ("0215", '="0215"'), ("2012-11", '="2012-11"'), ("1.10", '="1.10"'), ("2014", '="2014"'),
    ("1E5", '="1E5"'), ('=HYPERLINK("x")', '="=HYPERLINK(""x"")"'), ("+46", '="+46"'),
    ("Heby", "Heby"), ("kommunkompassen-2010", "kommunkompassen-2010"),
    ("Gunn Bråten; Åse Moen", "Gunn Bråten; Åse Moen"), ("Område 2 har 49 poäng", "Område 2 har 49 poäng"),
])
def test_excel_text(value, written):
    assert excel_text(value) == written


def test_utf8_csv_is_plain(release):
    tables, out = release
    reports = pd.read_csv(out / "csv" / "reports.csv", dtype={"municipality_code": str, "evaluation_period": str})
    frogn = reports.set_index("municipality_code").loc["0215"]
    assert frogn["evaluation_period"] == "2012-11" and frogn["extracted_at"] == "2026-01-01T00:00:00Z"
    assert frogn["evaluators"] == "Gunn Bråten; Ingrid Larsen; Åse Moen"
    assert len(reports) == len(tables.reports)


def test_parquet_types_and_field_descriptions(release):
    _, out = release
    d = data_dictionary()
    reports = pq.read_schema(out / "reports.parquet")
    assert str(reports.field("total_score").type) == "int64"
    assert str(reports.field("extracted_at").type) == "timestamp[us, tz=UTC]"
    assert pa.types.is_list(reports.field("evaluators").type)
    assert reports.field("evaluators").type.value_type == pa.string()
    assert str(pq.read_schema(out / "question_scores.parquet").field("unrounded_min").type) == "double"
    for spec in d.tables:
        schema = pq.read_schema(out / f"{spec.name}.parquet")
        assert schema.metadata[b"description"].decode() == spec.description
        for c in spec.columns:
            assert schema.field(c.name).metadata[b"description"].decode() == c.description, (spec.name, c.name)
    back = pd.read_parquet(out / "reports.parquet")
    frogn = back.set_index("municipality_code").loc["0215"]
    assert list(frogn["evaluators"]) == ["Gunn Bråten", "Ingrid Larsen", "Åse Moen"]
    assert str(back["total_score"].dtype) == "Int64"


def test_duckdb_has_the_tables_with_comments_on_every_table_and_column(release):
    tables, out = release
    d = data_dictionary()
    con = duckdb.connect(str(out / DUCKDB_FILE), read_only=True)
    try:
        comments = {t: c for t, c in con.execute("select table_name, comment from duckdb_tables()").fetchall()}
        columns = {(t, c): (ty, cm) for t, c, ty, cm in con.execute(
            "select table_name, column_name, data_type, comment from duckdb_columns()").fetchall()}
        counts = {name: con.execute(f'select count(*) from "{name}"').fetchone()[0] for name, _ in tables.items()}
    finally:
        con.close()
    assert set(comments) == set(d.table_names)
    for spec in d.tables:
        assert comments[spec.name] == f"{spec.title}. {spec.description}"
        for c in spec.columns:
            assert columns[(spec.name, c.name)][1] == c.description, (spec.name, c.name)
    assert columns[("reports", "evaluators")][0] == "VARCHAR[]"
    assert columns[("reports", "extracted_at")][0] == "TIMESTAMP WITH TIME ZONE"
    assert columns[("scores_wide", "area_1")][0] == "BIGINT"
    assert counts == {name: len(df) for name, df in tables.items()}


def test_datapackage_is_valid_and_names_licence_source_and_citation(release):
    tables, out = release
    report = Package(str(out / DATAPACKAGE_FILE)).validate()
    assert report.valid, [(t.name, e.type, e.note) for t in report.tasks for e in t.errors]
    descriptor = json.loads((out / DATAPACKAGE_FILE).read_text(encoding="utf-8"))
    assert [r["name"] for r in descriptor["resources"]] == [name for name, _ in tables.items()]
    assert descriptor["licenses"][0]["name"] == "notspecified" and "SKL/SKR" in descriptor["licenses"][0]["title"]
    sources = " ".join(s["title"] for s in descriptor["sources"])
    assert "SKR" in sources and "KS" in sources
    assert "cite" in descriptor["description"].lower() and "page" in descriptor["description"]
    scores = next(r for r in descriptor["resources"] if r["name"] == "scores_wide")["schema"]
    assert scores["primaryKey"] == ["report_id"]
    assert {"fields": ["report_id"], "reference": {"resource": "reports", "fields": ["report_id"]}} \
        in scores["foreignKeys"]


def test_every_reference_between_tables_names_a_primary_key():
    d = data_dictionary()
    for spec in d.tables:
        for fk in spec.foreign_keys:
            assert fk.reference == d.table(fk.table).primary_key, (spec.name, fk)


def test_datapackage_validation_catches_a_wrong_cell_and_a_broken_reference(release, tmp_path):
    _, out = release
    copy_dir = tmp_path / "copy"
    shutil.copytree(out / "csv", copy_dir / "csv")
    shutil.copy(out / DATAPACKAGE_FILE, copy_dir / DATAPACKAGE_FILE)
    scores = pd.read_csv(copy_dir / "csv" / "scores_wide.csv", dtype=str)
    scores.loc[0, "area_1"] = "80.0x"
    scores.loc[1, "report_id"] = "f" * 64  # no such report
    scores.to_csv(copy_dir / "csv" / "scores_wide.csv", index=False)
    report = Package(str(copy_dir / DATAPACKAGE_FILE)).validate()
    errors = {e.type for t in report.tasks for e in t.errors}
    assert not report.valid and {"type-error", "foreign-key"} <= errors, errors


def test_dictionary_names_exactly_the_columns_of_every_written_table(release):
    """Every column of every format is in the dictionary, and the dictionary has nothing else."""
    _, out = release
    d = data_dictionary()
    assert sorted(p.stem for p in out.glob("*.parquet")) == sorted(d.table_names)
    assert sorted(p.stem for p in (out / "csv").glob("*.csv")) == sorted(d.table_names)
    assert sorted(p.stem for p in (out / "csv-excel-sv").glob("*.csv")) == sorted(d.table_names)
    con = duckdb.connect(str(out / DUCKDB_FILE), read_only=True)
    wb = openpyxl.load_workbook(out / XLSX_FILE, read_only=True)
    try:
        for spec in d.tables:
            expected = spec.column_names
            assert pq.read_schema(out / f"{spec.name}.parquet").names == expected
            assert [r[0] for r in con.execute(f'describe "{spec.name}"').fetchall()] == expected
            assert pd.read_csv(out / "csv" / f"{spec.name}.csv", nrows=0).columns.tolist() == expected
            assert pd.read_csv(out / "csv-excel-sv" / f"{spec.name}.csv", sep=";", encoding="utf-8-sig",
                               nrows=0).columns.tolist() == expected
            assert [c.value for c in next(wb[spec.name].iter_rows(max_row=1))] == expected
    finally:
        con.close()
        wb.close()
    assert sorted(Tables.__dataclass_fields__) == sorted(d.table_names)


def test_no_column_is_a_reserved_sql_word():
    con = duckdb.connect()
    reserved = {k for (k,) in con.execute(
        "select keyword_name from duckdb_keywords() where keyword_category = 'reserved'").fetchall()}
    con.close()
    assert "check" in reserved  # the list is the one the old column name fell foul of
    used = {c.name for t in data_dictionary().tables for c in t.columns}
    assert not used & reserved
