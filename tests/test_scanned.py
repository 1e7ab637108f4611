"""The scanned corpus report, read through OCR, against its expected JSON.

The structural test names what went wrong first (metadata, the summary table,
areas, question ids) before the whole golden comparison. Tesseract still
misreads some cells of this scan; what the extractor recovered from them must
be flagged, not passed silently.
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


def test_scan_extracts_to_its_expected_json(extracted) -> None:
    _, _, diffs = extracted
    assert diffs == [], "\n".join(diffs)


def test_what_ocr_garbled_is_flagged(extracted) -> None:
    record, _, _ = extracted
    codes = {issue["code"] for issue in record["issues"]}
    # "7390" for "73 %" (4.3) and "7A", "17.2" for "7.1", "7.2" on this scan.
    assert {"question_percent_misread", "question_id_inferred"} <= codes
    # Every area's score, white on a dark box, is read from the inverted bars.
    assert "box_score_missing" not in codes
