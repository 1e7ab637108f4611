"""What a test needs from the machine: the corpus beside the project, Tesseract, Chromium.

In CI (`CI` set to true) a missing part fails the test, so a run never passes
by skipping what it was meant to check; elsewhere the test is skipped with a
reason that says it would fail in CI.
"""

from __future__ import annotations

import os
import shutil

import pytest

IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "chrome")


def require(available: bool, what: str) -> None:
    """Fails (in CI) or skips (elsewhere) the calling test when `what` is not available."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"{what} is missing, and CI must not skip it", pytrace=False)
    pytest.skip(f"{what} is missing: this test is skipped here and FAILS in CI")


def browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)
