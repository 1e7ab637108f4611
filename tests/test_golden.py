"""Golden tests: every corpus PDF extracts to exactly its expected JSON (contract keys)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from extractors import extract_report
from tests.golden import contract_projection, differences

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
CONTRACT = SHARED / "contract" / "extract.schema.json"
SCHEMA = json.loads(CONTRACT.read_text("utf-8")) if CONTRACT.exists() else {}
ARTIFACTS = Path(__file__).resolve().parent / "_artifacts"

SCANNED = {"trollhattan-2021"}  # image-only: compared in test_scanned.py (read through OCR)
CASES = sorted(p.stem for p in (CORPUS / "pdf").glob("*.pdf") if p.stem not in SCANNED) if CORPUS.exists() else []


@pytest.mark.usefixtures("needs_corpus")
@pytest.mark.parametrize("name", CASES or ["no-corpus"])
def test_corpus_report_extracts_to_its_golden_json(name: str) -> None:
    expected = json.loads((CORPUS / "expected" / f"{name}.json").read_text("utf-8"))
    result = extract_report(CORPUS / "pdf" / f"{name}.pdf")
    record = result.to_dict()
    jsonschema.validate(record, SCHEMA)
    actual = contract_projection(record, SCHEMA)
    diffs = differences(expected, actual)
    if diffs:
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / f"{name}.actual.json").write_text(json.dumps(record, ensure_ascii=False, indent=2), "utf-8")
    assert not diffs, f"{name}: {len(diffs)} differences (actual in tests/_artifacts):\n" + "\n".join(diffs[:40])
    assert not result.has_errors, [i.to_dict() for i in result.issues]
