"""What a run did, as the summary line, the exit code and the run log say it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from curation.store import STATE_DIR
from schemas.records import ExtractedReport

RUN_LOG = "runs.jsonl"

EXIT_ALL_PUBLISHED, EXIT_HELD_BACK, EXIT_USAGE = 0, 1, 2
NAMED_AT_MOST = 10  # held-back files the summary line names; the quality report lists them all


@dataclass(frozen=True, slots=True)
class HeldBack:
    """A file or URL that is not in the published data: `failed` (nothing could be read: the
    extraction or the download failed) or `quarantined` (read, held back by an error or an
    unresolved conflict); `check` is the first reason."""

    name: str
    status: str
    check: str

    def text(self) -> str:
        return f"{self.name} [{self.check}]"


@dataclass(slots=True)
class RunSummary:
    command: str
    files: int = 0
    reports: int = 0
    new: int = 0
    retried: int = 0  # failed before, extracted again
    upgraded: int = 0  # read by another extractor build before, extracted again
    unchanged: int = 0
    failed: int = 0
    quarantined: int = 0
    rejected: int = 0  # held back by the steward's resolutions.csv: a decision, not a failure
    warnings: int = 0
    duplicates: int = 0
    conflicts: int = 0
    downloaded: int = 0
    download_failed: int = 0
    published: bool = False
    curated: str = ""
    held_back: list[HeldBack] = field(default_factory=list)

    def exit_code(self) -> int:
        """0 when every report is published (warnings allowed), 1 when any file failed or was
        quarantined (the rest is still published)."""
        return EXIT_HELD_BACK if self.failed or self.quarantined or self.download_failed else EXIT_ALL_PUBLISHED

    def line(self) -> str:
        again = (f", {self.retried} retried" if self.retried else "") + \
            (f", {self.upgraded} re-extracted (extractor upgraded)" if self.upgraded else "")
        dl = f"; downloaded {self.downloaded}, download failed {self.download_failed}" \
            if self.downloaded or self.download_failed else ""
        where = f"published {self.curated}" if self.published else f"{self.curated} already up to date"
        return (f"{self.command}: {self.reports} reports ({self.files} files): {self.new} new{again}, "
                f"{self.unchanged} unchanged, {self.failed} failed, {self.quarantined} quarantined, "
                f"{f'{self.rejected} rejected by resolutions.csv, ' if self.rejected else ''}"
                f"{self.warnings} with warnings, {self.duplicates} duplicates, {self.conflicts} conflicts"
                f"{dl}; {where}{self._named('failed')}{self._named('quarantined')}")

    def _named(self, status: str) -> str:
        held = [h for h in self.held_back if h.status == status]
        if not held:
            return ""
        names = ", ".join(h.text() for h in held[:NAMED_AT_MOST])
        more = f" and {len(held) - NAMED_AT_MOST} more" if len(held) > NAMED_AT_MOST else ""
        return f"; {status}: {names}{more}"

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> RunSummary:
        return cls(**{**d, "held_back": [HeldBack(**h) for h in d.get("held_back", [])]})


def count_from_manifest(summary: RunSummary, manifest: dict, records: list[ExtractedReport]) -> None:
    held = [HeldBack(**h) for h in manifest.get("held_back", [])]
    fill_counts(summary, manifest["statuses"], manifest["conflicts"], records, held)


def fill_counts(summary: RunSummary, statuses: dict, conflicts: int, records: list[ExtractedReport],
                held: list[HeldBack]) -> None:
    summary.reports = len(records)
    summary.failed = int(statuses.get("failed", 0))
    summary.quarantined = int(statuses.get("quarantined", 0))
    summary.rejected = int(statuses.get("rejected", 0))
    summary.warnings = int(statuses.get("warning", 0))
    summary.duplicates = sum(len(r.duplicate_files) for r in records)
    summary.conflicts = conflicts
    summary.held_back = held


def log_run(curated_dir: Path, summary: RunSummary, *, orchestrated: bool) -> None:
    """Appends the run to `<curated>/.state/runs.jsonl`: every run is recorded there, also one
    that found nothing to do and so never started Prefect (`orchestrated` false)."""
    path = curated_dir / STATE_DIR / RUN_LOG
    path.parent.mkdir(parents=True, exist_ok=True)
    entry = {"at": datetime.now(UTC).isoformat(timespec="seconds"), "orchestrated": orchestrated,
             "exit_code": summary.exit_code(), **summary.to_dict()}
    with path.open("a", encoding="utf-8") as fh:  # one write of one line: appends do not interleave
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
