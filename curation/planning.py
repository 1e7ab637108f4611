"""What a run has to do, decided from the raw directory and the extraction cache alone.

Cheap on purpose (no pandas, no Prefect): a run with nothing new is recognised
here before the orchestrator starts (`curation.idle`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from pathlib import Path

from curation import download, publish, versions
from curation.store import MAX_ATTEMPTS, RESOLUTIONS_FILE, ExtractionCache, RawFile, scan_raw
from schemas.records import ExtractedReport


def why_extract(cached: ExtractedReport | None, build: str) -> str | None:
    """Why a content must be extracted (again): new, upgraded (another extractor build read it),
    retry (it failed fewer than MAX_ATTEMPTS times in a row); None when its record is final."""
    if cached is None:
        return "new"
    if cached.extractor_build != build:
        return "upgraded"
    if cached.error is not None and cached.attempts < MAX_ATTEMPTS:
        return "retry"
    return None


def count_attempts(rec: ExtractedReport, previous: ExtractedReport | None) -> ExtractedReport:
    """`rec` with its failures in a row: one more than the previous record's when both failed
    under the same extractor build, else 1."""
    if rec.error is None:
        rec.attempts = 1
    elif previous is not None and previous.error is not None and previous.extractor_build == rec.extractor_build:
        rec.attempts = previous.attempts + 1
    else:
        rec.attempts = 1
    return rec


def retry_note(rec: ExtractedReport) -> str:
    if rec.attempts < MAX_ATTEMPTS:
        return f"attempt {rec.attempts} of {MAX_ATTEMPTS}: the next ingest tries again"
    return (f"attempt {rec.attempts} of {MAX_ATTEMPTS}: not tried again until the file or the extractor "
            "changes, or `kompass rebuild`")


@dataclass(slots=True)
class Plan:
    files: list[RawFile]
    by_sha: dict[str, list[str]]  # content -> its files, sorted; the first is the report's source_file
    cached: dict[str, ExtractedReport]  # final records, used as they are
    to_extract: list[tuple[str, str]]  # (rel, sha256)
    reasons: dict[str, str]  # sha256 to extract -> new | upgraded | retry | rebuild
    previous: dict[str, ExtractedReport]  # cached records of the contents extracted again (ingest only)
    urls: dict[str, str]  # sha256 -> the URL it was downloaded from

    def count(self, reason: str) -> int:
        return sum(1 for r in self.reasons.values() if r == reason)


def plan(raw_dir: Path, curated_dir: Path, *, force: bool) -> Plan:
    """Which distinct PDFs need extracting: new content, contents an older extractor build read,
    failures not yet retried MAX_ATTEMPTS times; everything when `force`."""
    files = scan_raw(raw_dir, curated_dir)
    by_sha: dict[str, list[str]] = {}
    for f in files:
        by_sha.setdefault(f.sha256, []).append(f.rel)
    cache, build = ExtractionCache(curated_dir), versions.extractor_build()
    found = {sha: cache.get(sha) for sha in by_sha}
    reasons = {sha: why for sha, rec in found.items()
               if (why := "rebuild" if force else why_extract(rec, build)) is not None}
    cached = {sha: rec for sha, rec in found.items() if sha not in reasons and rec is not None}
    # A rebuild starts the count of failures in a row afresh: the operator asked for every file.
    previous = {} if force else {sha: rec for sha, rec in found.items() if sha in reasons and rec is not None}
    todo = [(rels[0], sha) for sha, rels in sorted(by_sha.items()) if sha in reasons]
    urls = {e["sha256"]: url for url, e in download.load_registry(raw_dir).items() if e.get("sha256")}
    return Plan(files, by_sha, cached, todo, reasons, previous, urls)


def assemble(p: Plan, extracted: list[ExtractedReport]) -> list[ExtractedReport]:
    """One record per distinct content, named after its current files (a renamed file keeps its
    extraction) and its download URL; a failure's message says whether it is tried again."""
    recs = {**p.cached, **{r.report_id: r for r in extracted}}
    out = []
    for sha, rels in sorted(p.by_sha.items(), key=lambda kv: kv[1][0]):
        rec = recs[sha]
        rec.source_file, rec.duplicate_files, rec.source_url = rels[0], rels[1:], p.urls.get(sha)
        if rec.error is not None:
            rec = replace(rec, error=replace(rec.error, message=f"{rec.error.message} ({retry_note(rec)})"))
        out.append(rec)
    return out


def fingerprint(records: list[ExtractedReport], raw_dir: Path, extra: list[str]) -> str:
    """Identifies everything a release is made from (the reports, who read them, the code that
    builds the tables); equal fingerprints mean nothing to publish."""
    h = hashlib.sha256(versions.schema_build().encode())
    for r in records:
        h.update(json.dumps([r.report_id, r.source_file, r.duplicate_files, r.extracted_at,
                             r.extractor_build, r.attempts, r.source_url]).encode())
    res = raw_dir / RESOLUTIONS_FILE
    h.update(res.read_bytes() if res.exists() else b"-")
    h.update(json.dumps(sorted(extra)).encode())
    return h.hexdigest()


def current_if_unchanged(records: list[ExtractedReport], raw_dir: Path, curated_dir: Path,
                         download_failures: list[tuple[str, str]]) -> tuple[str, dict | None]:
    """The fingerprint of these inputs, and the current release's manifest when it was made from them."""
    fp = fingerprint(records, raw_dir, [f"{u} {w}" for u, w in download_failures])
    current = publish.read_manifest(curated_dir)
    return fp, current if current is not None and current.get("fingerprint") == fp else None
