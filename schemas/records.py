"""The record the pipeline keeps for one PDF: its extraction, or why there is none.

`data` is `ReportExtraction.to_dict()` (the contract JSON plus the extractor's
extras); extras may be missing (older extractor output, golden files), so every
reader of `data` treats an absent key as null.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class FailedExtraction:
    """`ExtractionError` fields: the file could not be extracted at all."""

    code: str
    message: str
    page: int | None = None


@dataclass(slots=True)
class ExtractedReport:
    """One distinct PDF (by content) and what the extractor made of it."""

    report_id: str  # sha256 of the file's bytes
    source_file: str  # path relative to the raw directory, as ingested
    extracted_at: str  # ISO 8601, UTC
    extractor_version: str | None
    data: dict | None = None
    error: FailedExtraction | None = None
    # Other files with the same bytes (duplicates: skipped, noted).
    duplicate_files: list[str] = field(default_factory=list)
    # What read it: the extractor's code and reference data (`curation.versions`); a cached
    # record of another build is extracted again, so an upgrade never looks "up to date".
    extractor_build: str | None = None
    # Failed extractions in a row for this content (1 for a success): a failure is retried on
    # the next runs up to a bound, not cached as final at once.
    attempts: int = 1
    # Where the file was downloaded from (sources.csv), None for a file put in the raw directory.
    source_url: str | None = None

    def __post_init__(self) -> None:
        if (self.data is None) == (self.error is None):
            raise ValueError(f"{self.source_file}: exactly one of data and error must be set")

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> ExtractedReport:
        raw = json.loads(text)
        error = raw.get("error")
        raw["error"] = FailedExtraction(**error) if error else None
        return cls(**raw)

    @classmethod
    def load(cls, path: Path) -> ExtractedReport:
        return cls.from_json(path.read_text(encoding="utf-8"))
