"""End-to-end flows under the Prefect test harness, with the real extractor on the corpus PDFs."""

from __future__ import annotations

import json
import time
from pathlib import Path

import duckdb
import openpyxl
import pandas as pd
import pytest

import curation.extraction
from flows import pipeline as flows
from schemas.dictionary import data_dictionary

pytest_plugins = ["tests.conftest_pipeline"]
pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.xdist_group("prefect-harness")]

TABLES = data_dictionary().table_names


@pytest.fixture
def counted(monkeypatch) -> list[Path]:
    """The real extractor, counting the files it is asked to extract."""
    calls: list[Path] = []
    real = curation.extraction.run_extractor

    def wrapper(path: Path) -> dict:
        calls.append(Path(path))
        return real(path)

    monkeypatch.setattr(curation.extraction, "run_extractor", wrapper)
    return calls


def test_ingest_then_noop_rename_duplicate_corrupt_rebuild(raw_corpus: Path, tmp_path: Path, counted):
    curated = tmp_path / "curated"
    # workers=0: extraction in this process, so `counted` sees every call.
    s = flows.ingest(str(raw_corpus), str(curated), fetch=False, workers=0)
    assert (s["new"], s["unchanged"], s["failed"], s["quarantined"], s["published"]) == (8, 0, 0, 0, True)
    reports = pd.read_parquet(curated / "reports.parquet")
    assert set(reports["status"]) == {"ok"} and reports["municipality_code"].notna().all()
    heby = reports.set_index("municipality").loc["Heby"]
    assert (heby["municipality_code"], heby["year"], heby["total_score"]) == ("0331", 2014, 426)
    areas = pd.read_parquet(curated / "area_scores.parquet")
    assert len(areas) == 64 and areas["page"].notna().all() and areas["score_box"].notna().all()
    assert len(pd.read_parquet(curated / "previous_results.parquet")) > 0  # vetlanda-2014
    assert pd.read_parquet(curated / "question_scores.parquet")["unrounded_min"].notna().all()

    con = duckdb.connect(str(curated / "kommunkompassen.duckdb"), read_only=True)
    for table in TABLES:
        assert con.execute(f"select count(*) from {table}").fetchone()[0] == \
            len(pd.read_parquet(curated / f"{table}.parquet"))
    con.close()
    raw_csv = (curated / "csv-excel-sv" / "question_scores.csv").read_bytes()
    assert raw_csv.startswith(b"\xef\xbb\xbf") and b";" in raw_csv.splitlines()[1]
    assert b"6,675" in raw_csv  # Heby 1.1 unrounded_min, with a decimal comma
    assert pd.read_csv(curated / "csv" / "reports.csv")["year"].min() >= 2011
    assert openpyxl.load_workbook(curated / "kommunkompassen.xlsx", read_only=True).sheetnames == ["README", *TABLES]
    html = (curated / "quality" / "index.html").read_text(encoding="utf-8")
    assert "8 reports: 8 ok" in html and html.count('class="spider"') == 8

    from prefect.artifacts import Artifact

    artifact = Artifact.get(flows.ARTIFACT_KEY)
    assert artifact is not None and "| Heby |" in artifact.data
    assert "## What changed" in artifact.data  # the first release: every report added

    # Nothing new: nothing extracted, nothing rewritten.
    counted.clear()
    release = (curated / "current").resolve()
    t = time.monotonic()
    s = flows.ingest(str(raw_corpus), str(curated), fetch=False, workers=0)
    assert (s["new"], s["unchanged"], s["published"]) == (0, 8, False) and counted == []
    assert time.monotonic() - t < 10 and (curated / "current").resolve() == release

    # A renamed file is the same report; a copy is a duplicate; garbage is quarantined.
    (raw_corpus / "heby-2014.pdf").rename(raw_corpus / "Heby kommun 2014.pdf")
    (raw_corpus / "sub").mkdir()
    (raw_corpus / "sub" / "copy of frogn.pdf").write_bytes((raw_corpus / "frogn-2013.pdf").read_bytes())
    (raw_corpus / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    s = flows.ingest(str(raw_corpus), str(curated), fetch=False, workers=0)
    assert [p.name for p in counted] == ["broken.pdf"]
    assert (s["new"], s["duplicates"], s["failed"], s["quarantined"], s["warnings"]) == (1, 1, 1, 0, 1)
    assert [(h["name"], h["status"], h["check"]) for h in s["held_back"]] == [("broken.pdf", "failed", "truncated")]
    reports = pd.read_parquet(curated / "reports.parquet").set_index("source_file")
    assert reports.loc["Heby kommun 2014.pdf", "status"] == "ok"
    assert reports.loc["broken.pdf", "status"] == "failed"
    issues = pd.read_parquet(curated / "quality_issues.parquet")
    assert set(issues["check_name"]) >= {"duplicate_file"} and len(issues[issues["source_file"] == "broken.pdf"]) == 1
    # The duplicate's warning sits on the copy, not on the original.
    dup = issues[issues["check_name"] == "duplicate_file"]
    assert list(dup["source_file"]) == ["sub/copy of frogn.pdf"] and "frogn-2013.pdf" in dup["found"].iloc[0]
    failure = issues[issues["source_file"] == "broken.pdf"].iloc[0]
    assert "attempt 1 of 3: the next ingest tries again" in failure["message"]
    broken_id = reports.loc["broken.pdf", "report_id"]  # its content hash
    assert len(broken_id) == 64 and broken_id not in set(pd.read_parquet(curated / "area_scores.parquet")["report_id"])
    assert set(pd.read_parquet(curated / "area_scores.parquet")["report_id"]) == set(
        reports[reports["status"].isin(["ok", "warning"])]["report_id"])

    counted.clear()
    s = flows.rebuild(str(raw_corpus), str(curated), workers=0)
    assert len(counted) == 9 and s["published"] and s["new"] == 9
    manifest = json.loads((curated / "manifest.json").read_text())
    assert manifest["statuses"] == {"ok": 7, "warning": 1, "failed": 1}

    path = flows.quality(str(curated))
    assert Path(path).read_text(encoding="utf-8").count('class="spider"') == 8
    assert len(pd.read_parquet(curated / "reports.parquet")) == 9
