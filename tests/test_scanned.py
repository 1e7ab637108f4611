"""The scanned corpus report, read through OCR.

Tesseract misreads some digits of this scan ("17" as "174"), so the whole
golden comparison cannot hold; what must hold is everything the report's
structure carries (metadata, the summary table, every area's score and
questions by id, the findings' count) and that each misread shows up as an
issue rather than passing silently. The number of differing fields is bounded
so that a regression in the OCR path fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import extract_report
from extractors.ocr import tessdata_dir
from tests.golden import contract_projection, differences

SHARED = Path(__file__).resolve().parents[2] / "shared"
PDF = SHARED / "corpus" / "pdf" / "trollhattan-2021.pdf"
EXPECTED = SHARED / "corpus" / "expected" / "trollhattan-2021.json"
MAX_DIFFERENCES = 12  # reached on 2026-11-29 with Tesseract 5.3 (Debian bookworm)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not PDF.exists(), reason="no scanned corpus report"),
    pytest.mark.skipif(tessdata_dir() is None, reason="Tesseract with Swedish not installed"),
]


@pytest.fixture(scope="module")
def extracted() -> tuple[dict, dict, list[str]]:
    schema = json.loads((SHARED / "contract" / "extract.schema.json").read_text("utf-8"))
    expected = json.loads(EXPECTED.read_text("utf-8"))
    record = extract_report(PDF).to_dict()
    return record, expected, differences(expected, contract_projection(record, schema))


def test_scan_is_marked_as_ocr_and_structure_is_exact(extracted) -> None:
    record, expected, _ = extracted
    assert record["source"]["ocr"] is True
    assert {key: record["report"][key] for key in expected["report"]} == expected["report"]
    assert record["total"]["score"] == expected["total"]["score"]
    for got, want in zip(record["areas"], expected["areas"], strict=True):
        assert (got["number"], got["name"], got["score"]) == (want["number"], want["name"], want["score"])
        assert [q["id"] for q in got["questions"]] == [q["id"] for q in want["questions"]]
        assert len(got["strengths"]) == len(want["strengths"])


def test_ocr_differences_stay_few_and_misreads_are_flagged(extracted) -> None:
    record, _, diffs = extracted
    assert len(diffs) <= MAX_DIFFERENCES, "\n".join(diffs)
    codes = {issue["code"] for issue in record["issues"]}
    assert {"question_value_implausible", "question_id_inferred"} <= codes
