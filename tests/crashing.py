"""Extraction functions that take their process down, or never return, on chosen files, as a
MuPDF abort, the kernel's OOM killer or an endless loop in MuPDF or Tesseract would; importable
by the pipeline's child processes, by `kompass extract`'s and by Dask workers."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from curation.extraction import extract_file
from schemas.records import ExtractedReport


def extract_or_die(raw: Path, rel: str, sha256: str) -> ExtractedReport:
    """`abort` in the file name: SIGABRT (a C library's abort()); `oom`: SIGKILL (the OOM killer);
    `ctrl-c`: SIGINT (Ctrl-C in the terminal)."""
    if "abort" in rel:
        os.abort()
    if "oom" in rel:
        os.kill(os.getpid(), signal.SIGKILL)
    if "ctrl-c" in rel:
        os.kill(os.getpid(), signal.SIGINT)
    return extract_file(raw, rel, sha256)


def extract_or_hang(raw: Path, rel: str, sha256: str) -> ExtractedReport:
    """`hang` in the file name: never returns, deaf to Ctrl-C and SIGTERM as a loop in C code is;
    other names as `extract_or_die`."""
    if "hang" in rel:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        while True:
            time.sleep(3600)
    return extract_or_die(raw, rel, sha256)


def heavy_modules_after_extracting(raw: Path, rel: str, sha256: str) -> list[str]:
    """Extracts the file, then names the pipeline's heavy modules this process has imported (a
    child process should need none of them: each costs its start-up time)."""
    import sys

    extract_file(raw, rel, sha256)
    return sorted(m for m in ("pandas", "pandera", "prefect", "pyarrow", "duckdb") if m in sys.modules)


def extract_one_or_hang(pdf: Path, no_ocr: bool):
    """`kompass extract`'s extraction of one file (`kompass.cli_extract.extract_one`), misbehaving
    by file name as `extract_or_hang` does; `bug` in the name: the extractor raises an unexpected
    exception (an extractor bug, which `extract_report` reports as internal_error)."""
    from kompass.cli_extract import _extract_one

    rel = Path(pdf).name
    if "hang" in rel:
        extract_or_hang(Path(pdf).parent, rel, "0" * 64)
    if any(how in rel for how in ("abort", "oom", "ctrl-c")):
        extract_or_die(Path(pdf).parent, rel, "0" * 64)
    if "bug" in rel:
        with _extractor_raising():
            return _extract_one(pdf, no_ocr)
    return _extract_one(pdf, no_ocr)


@contextmanager
def _extractor_raising() -> Iterator[None]:
    """While it lasts, the extractor raises ValueError from within (in this process only)."""
    from extractors import report

    def extract(path, *, ocr=True):
        raise ValueError("a bug on purpose")

    original, report.extract_report = report.extract_report, extract
    try:
        yield
    finally:
        report.extract_report = original
