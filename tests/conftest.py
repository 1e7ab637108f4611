"""Fixtures every test module may ask for by name: what a test needs from the machine."""

from __future__ import annotations

import pytest

from tests.pipeline_support import CORPUS, corpus_available
from tests.requirements import browser, require


@pytest.fixture(scope="session")
def needs_corpus() -> None:
    require(corpus_available(), f"the report corpus at {CORPUS}")


@pytest.fixture(scope="session")
def needs_tesseract() -> None:
    from extractors.ocr import tessdata_dir

    require(tessdata_dir() is not None, "Tesseract with Swedish (Debian: tesseract-ocr tesseract-ocr-swe)")


@pytest.fixture(scope="session")
def chromium() -> str:
    exe = browser()
    require(exe is not None, "Chromium (Debian: chromium)")
    return exe
