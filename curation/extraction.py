"""Extracting one file into its pipeline record: the function every extraction process runs.

Kept apart from `curation.pipeline` (which imports pandas and pandera, about a
second) because it is what a child process imports to extract (see
`curation.isolated`): such a process needs only the extractor.
"""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path

from curation import versions
from schemas.records import ExtractedReport, FailedExtraction


def run_extractor(path: Path) -> dict:
    """The extractor's contract dict for one PDF (raises ExtractionError when it cannot)."""
    from extractors import extract_report

    return extract_report(path).to_dict()


def extract_file(raw_dir: Path, rel: str, sha256: str) -> ExtractedReport:
    """Extracts one PDF; any failure becomes a FailedExtraction record naming the file."""
    from extractors.model import ExtractionError

    now = datetime.now(UTC).isoformat(timespec="seconds")
    build = versions.extractor_build()
    try:
        data = run_extractor(raw_dir / rel)
    except ExtractionError as exc:
        return ExtractedReport(sha256, rel, now, None, error=FailedExtraction(exc.code, exc.message, exc.page),
                               extractor_build=build)
    except Exception as exc:  # an extractor bug must not stop the other files
        where = traceback.extract_tb(exc.__traceback__)[-1]
        msg = f"extractor crashed: {type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"
        return ExtractedReport(sha256, rel, now, None, error=FailedExtraction("extractor_failed", msg),
                               extractor_build=build)
    return ExtractedReport(sha256, rel, now, data.get("extractor_version"), data=data, extractor_build=build)


def failed_record(rel: str, sha256: str, code: str, message: str) -> ExtractedReport:
    """The record of a file whose extraction never came back (its process died or was stopped)."""
    return ExtractedReport(sha256, rel, datetime.now(UTC).isoformat(timespec="seconds"), None,
                           error=FailedExtraction(code, message), extractor_build=versions.extractor_build())
