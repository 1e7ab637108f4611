"""Helpers shared by the pipeline tests (plain functions and constants, no fixtures)."""

from __future__ import annotations

import copy
import os
import threading
from pathlib import Path

import pytest

from schemas.records import ExtractedReport

CORPUS = Path(os.environ.get("KOMPASS_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
PDF_DIR, EXPECTED_DIR = CORPUS / "pdf", CORPUS / "expected"
# The scanned report needs minutes of OCR: the pipeline tests use the text-layer ones.
TEXT_REPORTS = ["borlange-2017", "frogn-2013", "heby-2014", "hoganas-2012", "lulea-2011",
                "molndal-2015", "skovde-2022", "vetlanda-2014"]


def corpus_available() -> bool:
    return PDF_DIR.is_dir() and EXPECTED_DIR.is_dir()


needs_corpus = pytest.mark.usefixtures("needs_corpus")  # fails in CI, skips elsewhere (tests/requirements.py)


def record(data: dict, source_file: str | None = None) -> ExtractedReport:
    """An ExtractedReport of a contract dict (deep-copied, so tests may mutate it)."""
    data = copy.deepcopy(data)
    return ExtractedReport(data["source"]["sha256"], source_file or data["source"]["file"],
                           "2026-01-01T00:00:00+00:00", "test", data=data)


def within(seconds: float, func, *args):
    """`func(*args)`, failing the test if it has not returned after `seconds` (it runs in a daemon
    thread, so a call that never returns, as one would where a time limit is not enforced, does
    not keep the tests from ending either); what it raises is raised here."""
    result: list = []

    def call() -> None:
        try:
            result.append((True, func(*args)))
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            result.append((False, exc))

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(seconds)
    if not result:
        pytest.fail(f"{getattr(func, '__name__', func)} did not return within {seconds} s")
    returned, value = result[0]
    if not returned:
        raise value
    return value
