"""Quarantine, duplicates, conflicts and their resolution (no Prefect involved)."""

from __future__ import annotations

from pathlib import Path

from curation import policy
from curation.pipeline import build_dataset
from tests.pipeline_support import record

pytest_plugins = ["tests.conftest_pipeline"]


def statuses(result) -> dict[str, str]:
    r = result.tables.reports
    return dict(zip(r["source_file"], r["status"]))


def published_files(result) -> set[str]:
    ids = set(result.tables.area_scores["report_id"])
    r = result.tables.reports
    return set(r.loc[r["report_id"].isin(ids), "source_file"])


def test_error_quarantines_warning_publishes(golden, frameworks, tmp_path):
    heby, borl = golden["heby-2014"], golden["borlange-2017"]
    heby["issues"] = [{"severity": "error", "code": "summary_table_missing", "page": None, "area": None,
                       "question_id": None, "message": "no summary table"}]
    borl["issues"] = [{"severity": "warning", "code": "hyphen_joined", "page": 9, "area": 1,
                       "question_id": None, "message": "joined a hyphenated word"}]
    result = build_dataset([record(heby), record(borl)], tmp_path, frameworks, [])
    assert statuses(result) == {"heby-2014.pdf": "quarantined", "borlange-2017.pdf": "warning"}
    assert published_files(result) == {"borlange-2017.pdf"}
    for table in ("question_scores", "findings"):
        assert set(getattr(result.tables, table)["report_id"]) == {borl["source"]["sha256"]}


def test_conflict_holds_both_back_until_resolved(golden, frameworks, tmp_path):
    a = record(golden["heby-2014"], "heby-2014.pdf")
    other = golden["borlange-2017"]
    other["report"].update(municipality="Heby kommun", municipality_code="0331", year=2014)
    b = record(other, "heby-2014-rev.pdf")
    result = build_dataset([a, b], tmp_path, frameworks, [])
    assert set(statuses(result).values()) == {"quarantined"} and result.conflicts == 2
    issue = result.tables.quality_issues.query("check_name == 'conflict'").iloc[0]
    assert "resolutions.csv" in issue["message"]

    (tmp_path / policy.RESOLUTIONS_FILE).write_text(f"report,decision,note\n{a.report_id[:12]},keep,official\n")
    result = build_dataset([a, b], tmp_path, frameworks, [])
    assert statuses(result) == {"heby-2014.pdf": "ok", "heby-2014-rev.pdf": "rejected"}
    assert published_files(result) == {"heby-2014.pdf"} and result.conflicts == 0
    assert set(result.tables.quality_issues["check_name"]) == {"rejected_by_user"}

    (tmp_path / policy.RESOLUTIONS_FILE).write_text("report,decision\nheby-2014.pdf,reject\n")
    result = build_dataset([a, b], tmp_path, frameworks, [])
    assert statuses(result) == {"heby-2014.pdf": "rejected", "heby-2014-rev.pdf": "ok"}


def test_duplicate_files_are_one_report(golden, frameworks, tmp_path):
    rec = record(golden["heby-2014"], "a/heby.pdf")
    rec.duplicate_files = ["b/heby-copy.pdf"]
    result = build_dataset([rec], tmp_path, frameworks, [])
    assert len(result.tables.reports) == 1 and statuses(result) == {"a/heby.pdf": "warning"}
    dup = result.tables.quality_issues.iloc[0]
    assert (dup["check_name"], dup["source_file"], dup["found"]) == ("duplicate_file", "b/heby-copy.pdf",
                                                            "same content as a/heby.pdf")


def test_bad_resolutions_file_names_line(tmp_path: Path):
    (tmp_path / policy.RESOLUTIONS_FILE).write_text("report,decision\nabc12345,maybe\n")
    try:
        policy.load_resolutions(tmp_path)
    except ValueError as exc:
        assert "line 2" in str(exc) and "keep or reject" in str(exc)
    else:
        raise AssertionError("a bad decision must be refused")
