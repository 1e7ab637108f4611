"""Fixtures of the pipeline tests (flows, validation, publication).

Loaded with `pytest_plugins = ["tests.conftest_pipeline"]` by the pipeline test
modules. One Prefect test harness serves the whole session: starting it costs
seconds (a SQLite database is migrated), so no test starts its own.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

import flows  # noqa: F401  (sets Prefect's setting defaults before Prefect is imported)
from tests.pipeline_support import EXPECTED_DIR, PDF_DIR, TEXT_REPORTS


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="session")
def frameworks():
    """The shipped framework definitions, as the pipeline hands them to validation (their names
    are checked against docs/domain.md by tests/test_framework_definitions.py)."""
    from schemas.canonical import loaded_frameworks

    return loaded_frameworks()


@pytest.fixture(scope="session")
def _golden_files(needs_corpus) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXPECTED_DIR.glob("*.json"))}


@pytest.fixture
def golden(_golden_files) -> dict[str, dict]:
    """Expected contract JSON of each corpus report, by report id (e.g. 'heby-2014'); a fresh copy per test."""
    return copy.deepcopy(_golden_files)



@pytest.fixture
def raw_corpus(tmp_path: Path, needs_corpus) -> Path:
    """A raw directory holding copies of the text-layer corpus PDFs."""
    raw = tmp_path / "raw_reports"
    raw.mkdir()
    for name in TEXT_REPORTS:
        shutil.copy(PDF_DIR / f"{name}.pdf", raw / f"{name}.pdf")
    return raw
