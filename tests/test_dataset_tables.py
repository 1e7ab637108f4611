"""The tables analysts use: scores_wide against the golden corpus, framework areas, the
municipality dimension, types that mean what they hold, and the README's worked joins."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from curation.pipeline import build_dataset
from curation.writers import DUCKDB_FILE, write_all
from schemas.build import Tables
from schemas.canonical import canonical_area_names
from schemas.dictionary import data_dictionary
from schemas.models import TABLE_MODELS
from schemas.municipality_dimension import counties, municipality_dimension
from tests.pipeline_support import record

pytest_plugins = ["tests.conftest_pipeline"]

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture(scope="module")
def corpus_tables(_golden_files, frameworks, tmp_path_factory) -> Tables:
    """Every golden corpus report through validation and policy, as published."""
    recs = [record(d) for d in copy.deepcopy(_golden_files).values()]
    return build_dataset(recs, tmp_path_factory.mktemp("raw"), frameworks, []).tables


def test_scores_wide_is_the_golden_corpus_one_row_per_report(corpus_tables, _golden_files):
    wide = corpus_tables.scores_wide
    assert list(wide.columns) == [
        "municipality_code", "municipality", "country", "county", "year", "framework",
        *[f"area_{i}" for i in range(1, 9)], "total", "evaluation_number", "report_id"]
    assert len(wide) == len(_golden_files) and wide["report_id"].is_unique
    rows = wide.set_index("report_id")
    for name, expected in _golden_files.items():
        row = rows.loc[expected["source"]["sha256"]]
        rep = expected["report"]
        assert [row[f"area_{a['number']}"] for a in expected["areas"]] == [a["score"] for a in expected["areas"]], name
        assert row["total"] == expected["total"]["score"], name
        assert (row["municipality_code"], row["country"], row["year"], row["framework"]) == (
            rep["municipality_code"], rep["country"], rep["year"], rep["framework"]), name
        number = row["evaluation_number"]
        assert pd.isna(number) if rep["evaluation_number"] is None else number == rep["evaluation_number"], name
    for col in [*[f"area_{i}" for i in range(1, 9)], "total", "year", "evaluation_number"]:
        assert str(wide[col].dtype) == "Int64", col
    heby = rows.loc[_golden_files["heby-2014"]["source"]["sha256"]]
    assert (heby["municipality"], heby["county"], heby["total"]) == ("Heby", "Uppsala län", 426)
    frogn = rows.loc[_golden_files["frogn-2013"]["source"]["sha256"]]
    assert (frogn["municipality"], frogn["county"]) == ("Frogn", "Akershus")
    order = ["country", "municipality_code", "year"]
    assert wide[order].values.tolist() == wide[order].sort_values(order).values.tolist()


def test_scores_wide_leaves_out_a_quarantined_report(_golden_files, frameworks, tmp_path):
    golden = copy.deepcopy(_golden_files)
    golden["hoganas-2012"]["total"]["score"] += 3  # total_equals_sum fails: quarantined
    tables = build_dataset([record(d) for d in golden.values()], tmp_path, frameworks, []).tables
    hog = golden["hoganas-2012"]["source"]["sha256"]
    assert tables.reports.set_index("report_id").loc[hog, "status"] == "quarantined"
    assert hog not in set(tables.scores_wide["report_id"]) and len(tables.scores_wide) == len(golden) - 1


def test_framework_areas_name_every_area_of_every_framework(corpus_tables, frameworks):
    areas = corpus_tables.framework_areas
    assert len(areas) == 24 and set(areas["framework"]) == set(corpus_tables.scores_wide["framework"])
    named = dict(zip(zip(areas["framework"], areas["area"]), areas["area_name"]))
    assert named == canonical_area_names(frameworks)
    assert named[("kommunkompassen-2020", 1)] == "Samspel mellan förtroendevalda och medborgare"
    assert set(areas["max"]) == {100}


def test_every_table_but_the_dimensions_carries_the_framework(corpus_tables):
    for name, df in corpus_tables.items():
        if name != "municipalities":
            assert "framework" in df.columns, name
    area = corpus_tables.area_scores
    assert area["framework"].notna().all()
    skovde = area[area["municipality_code"] == "1496"]
    assert set(skovde["framework"]) == {"kommunkompassen-2020"}


def test_every_published_table_passes_its_model(corpus_tables):
    assert set(TABLE_MODELS) == set(data_dictionary().table_names)
    for name, df in corpus_tables.items():
        TABLE_MODELS[name].validate(df, lazy=True)


def test_types_mean_what_they_hold(corpus_tables, _golden_files):
    reports = corpus_tables.reports.set_index("municipality_code")
    assert str(reports["extracted_at"].dtype) == "datetime64[us, UTC]"
    assert reports.loc["0215", "evaluators"] == ["Gunn Bråten", "Ingrid Larsen", "Åse Moen"]
    assert reports.loc["0331", "municipality"] == "Heby"
    assert reports.loc["0331", "municipality_as_printed"] == "Heby kommun"
    for name, df in corpus_tables.items():
        spec = data_dictionary().table(name)
        for c in spec.columns:
            assert str(df[c.name].dtype) == c.pandas_dtype, (name, c.name)
    assert str(corpus_tables.area_scores["score"].dtype) == "Int64"
    assert str(corpus_tables.question_scores["percent"].dtype) == "Int64"


def test_previous_results_keep_both_years_and_put_totals_apart(corpus_tables, _golden_files):
    vetlanda = _golden_files["vetlanda-2014"]["source"]["sha256"]
    prev = corpus_tables.previous_results[corpus_tables.previous_results["report_id"] == vetlanda]
    totals = corpus_tables.previous_totals[corpus_tables.previous_totals["report_id"] == vetlanda]
    assert set(prev["year"]) == {2014} and set(prev["earlier_year"]) == {2010, 2012}
    assert prev["area"].notna().all() and len(prev) == 16
    assert dict(zip(totals["earlier_year"], totals["total"])) == {2010: 245, 2012: 319}
    # A naive sum of the area rows is the earlier total, not twice it.
    assert prev.groupby("earlier_year")["score"].sum().to_dict() == {2010: 245, 2012: 319}


def test_a_score_that_is_not_whole_quarantines_its_report(_golden_files, frameworks, tmp_path):
    heby = copy.deepcopy(_golden_files["heby-2014"])
    heby["areas"][1]["questions"][0]["score"] = 4.5
    tables = build_dataset([record(heby)], tmp_path, frameworks, []).tables
    issue = tables.quality_issues[tables.quality_issues["check_name"] == "value_not_whole"]
    assert len(issue) == 1
    row = issue.iloc[0]
    assert (row["area"], row["question_id"], row["field"], row["found"]) == (2, "2.1", "score", "4.5")
    assert "heby-2014.pdf" in row["message"] and row["severity"] == "error"
    assert list(tables.reports["status"]) == ["quarantined"] and tables.scores_wide.empty


def test_municipality_dimension_covers_the_reference_with_counties():
    dim = municipality_dimension()
    se_now = dim[(dim["country"] == "SE") & dim["valid_to"].isna()]
    assert len(se_now) == 290 and se_now["municipality_code"].is_unique
    keyed = dim.set_index(["country", "municipality_code"])
    assert keyed.loc[("NO", "0215"), ["municipality", "county", "valid_to"]].tolist() == ["Frogn", "Akershus", 2019]
    assert keyed.loc[("NO", "3214"), ["municipality", "county", "valid_from"]].tolist() == ["Frogn", "Akershus", 2024]
    assert keyed.loc[("SE", "1917"), "county"] == "Västmanlands län"  # Heby until 2006
    assert keyed.loc[("SE", "0331"), "county"] == "Uppsala län"
    assert (dim["county_code"] == dim["municipality_code"].str[:2]).all()
    assert not dim.duplicated(["country", "municipality_code", "valid_from"]).any()


def test_each_code_lies_within_the_years_of_its_county():
    """counties.csv agrees with the municipality tables: no code outlives or predates its county."""
    for row in municipality_dimension().itertuples():
        county = counties()[(row.country, row.county_code)]
        start = row.valid_from if pd.notna(row.valid_from) else None
        end = row.valid_to if pd.notna(row.valid_to) else None
        assert county.valid_from is None or (start is not None and start >= county.valid_from), row
        assert county.valid_to is None or (end is not None and end <= county.valid_to), row


def _readme_sql() -> list[str]:
    section = README.read_text(encoding="utf-8").split("## Using the dataset", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```", section, flags=re.DOTALL)


def test_readme_joins_run_against_a_release(corpus_tables, tmp_path, monkeypatch):
    """The README's worked Kolada and municipality joins, as printed, on a written release."""
    out = tmp_path / "release"
    out.mkdir()
    write_all(corpus_tables, out)
    # Kolada's v2 data response for one KPI (api.kolada.se/v2/data/kpi/<KPI>/year/<YEARS>).
    kolada = {"values": [
        {"kpi": "N00945", "municipality": "0331", "period": 2014,
         "values": [{"count": 1, "gender": "T", "status": "", "value": 61.5},
                    {"count": 1, "gender": "K", "status": "", "value": 60.0}]},
        {"kpi": "N00945", "municipality": "2580", "period": 2011,
         "values": [{"count": 1, "gender": "T", "status": "", "value": 42.0}]},
        {"kpi": "N00945", "municipality": "0331", "period": 2013,
         "values": [{"count": 1, "gender": "T", "status": "", "value": 1.0}]},
    ], "count": 3}
    (out / "kolada.json").write_text(json.dumps(kolada), encoding="utf-8")
    monkeypatch.chdir(out)
    queries = _readme_sql()
    assert len(queries) == 2
    con = duckdb.connect(DUCKDB_FILE, read_only=True)
    try:
        joined = con.execute(queries[0]).fetchall()
        dims = con.execute(queries[1]).fetchall()
    finally:
        con.close()
    assert joined == [("Heby", 2014, "kommunkompassen-2010", 426, 61.5),
                      ("Luleå", 2011, "kommunkompassen-2010", 389, 42.0)]
    # One municipality row per report (the years pick the row), Frogn in its 2013 county.
    assert len(dims) == len(corpus_tables.scores_wide)
    frogn = next(r for r in dims if r[2] == "0215")
    assert (frogn[1], frogn[3], frogn[5]) == (2013, "Frogn", "Akershus")
