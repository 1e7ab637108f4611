"""Published formats: the Excel workbook and the Swedish-Excel CSV keep values as they are."""

from __future__ import annotations

import openpyxl
import pandas as pd

from curation.pipeline import build_dataset
from curation.writers import write_all
from tests.pipeline_support import record

pytest_plugins = ["tests.conftest_pipeline"]


def test_workbook_and_csv_keep_text_codes_and_nulls(golden, canonical_names, tmp_path):
    heby = golden["heby-2014"]
    heby["areas"][0]["strengths"][0] = "=SUM(A1) http://heby.se \x07bell"
    tables = build_dataset([record(heby)], tmp_path, canonical_names, []).tables
    out = tmp_path / "out"
    out.mkdir()
    write_all(tables, out)

    wb = openpyxl.load_workbook(out / "kommunkompassen.xlsx")
    assert wb.sheetnames == [name for name, _ in tables.items()]
    reports = wb["reports"]
    header = [c.value for c in reports[1]]
    row = dict(zip(header, (c.value for c in reports[2])))
    assert row["municipality_code"] == "0331" and row["total_score"] == 426
    assert row["evaluation_number"] == 1 and row["pages"] == 29
    finding = wb["findings"]["G2"]
    assert finding.value == "=SUM(A1) http://heby.se bell" and finding.data_type == "s"
    area = dict(zip([c.value for c in wb["area_scores"][1]], (c.value for c in wb["area_scores"][2])))
    assert area["score_box"] is None  # null stays an empty cell

    sv = pd.read_csv(out / "csv-excel-sv" / "area_scores.csv", sep=";", decimal=",", encoding="utf-8-sig",
                     dtype={"municipality_code": str})
    assert sv["municipality_code"].iloc[0] == "0331" and sv["score"].sum() == 426
