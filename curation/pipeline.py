"""The steps the Prefect flows call: plan, extract one file, publish, re-render.

Nothing here imports Prefect, so every step is tested as a plain function; the
flows in `flows/` only decide what runs where (threads, Dask) and retry IO.
"""

from __future__ import annotations

import hashlib
import json
import traceback
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from curation import changes, download, policy, publish, writers
from curation.quality_report import render_html
from curation.store import ExtractionCache, RawFile, scan_raw
from schemas.build import ISSUE_COLUMNS, Tables, build_tables, frame
from schemas.derived import with_derived_tables
from schemas.dictionary import dictionary_sha256
from schemas.records import ExtractedReport, FailedExtraction
from schemas.validate import CanonicalNames, validate

QUALITY_HTML = Path("quality") / "index.html"


def run_extractor(path: Path) -> dict:
    """The extractor's contract dict for one PDF (raises ExtractionError when it cannot)."""
    from extractors import extract_report

    return extract_report(path).to_dict()


def extract_file(raw_dir: Path, rel: str, sha256: str) -> ExtractedReport:
    """Extracts one PDF; any failure becomes a FailedExtraction record naming the file."""
    from extractors.model import ExtractionError

    now = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        data = run_extractor(raw_dir / rel)
    except ExtractionError as exc:
        return ExtractedReport(sha256, rel, now, None, error=FailedExtraction(exc.code, exc.message, exc.page))
    except Exception as exc:  # an extractor bug must not stop the other files
        where = traceback.extract_tb(exc.__traceback__)[-1]
        msg = f"extractor crashed: {type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"
        return ExtractedReport(sha256, rel, now, None, error=FailedExtraction("extractor_failed", msg))
    return ExtractedReport(sha256, rel, now, data.get("extractor_version"), data=data)


@dataclass(slots=True)
class Plan:
    files: list[RawFile]
    by_sha: dict[str, list[str]]  # content -> its files, sorted; the first is the report's source_file
    cached: dict[str, ExtractedReport]
    to_extract: list[tuple[str, str]]  # (rel, sha256)


def plan(raw_dir: Path, curated_dir: Path, *, force: bool) -> Plan:
    """Which distinct PDFs need extracting: new content only, or everything when `force`."""
    files = scan_raw(raw_dir, curated_dir)
    by_sha: dict[str, list[str]] = {}
    for f in files:
        by_sha.setdefault(f.sha256, []).append(f.rel)
    cache = ExtractionCache(curated_dir)
    cached = {} if force else {sha: rec for sha in by_sha if (rec := cache.get(sha)) is not None}
    todo = [(rels[0], sha) for sha, rels in sorted(by_sha.items()) if sha not in cached]
    return Plan(files, by_sha, cached, todo)


def assemble(p: Plan, extracted: list[ExtractedReport]) -> list[ExtractedReport]:
    """One record per distinct content, named after its current files (a renamed file keeps its extraction)."""
    recs = {**p.cached, **{r.report_id: r for r in extracted}}
    out = []
    for sha, rels in sorted(p.by_sha.items(), key=lambda kv: kv[1][0]):
        rec = recs[sha]
        rec.source_file, rec.duplicate_files = rels[0], rels[1:]
        out.append(rec)
    return out


def fingerprint(records: list[ExtractedReport], raw_dir: Path, extra: list[str]) -> str:
    """Identifies everything a release is made from; equal fingerprints mean nothing to publish."""
    h = hashlib.sha256()
    for r in records:
        h.update(json.dumps([r.report_id, r.source_file, r.duplicate_files, r.extracted_at]).encode())
    res = raw_dir / policy.RESOLUTIONS_FILE
    h.update(res.read_bytes() if res.exists() else b"-")
    h.update(json.dumps(sorted(extra)).encode())
    return h.hexdigest()


@dataclass(slots=True)
class RunSummary:
    command: str
    files: int = 0
    reports: int = 0
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    quarantined: int = 0
    warnings: int = 0
    duplicates: int = 0
    conflicts: int = 0
    downloaded: int = 0
    download_failed: int = 0
    published: bool = False
    curated: str = ""

    def line(self) -> str:
        dl = f"; downloaded {self.downloaded}, download failed {self.download_failed}" \
            if self.downloaded or self.download_failed else ""
        where = f"published {self.curated}" if self.published else f"{self.curated} already up to date"
        return (f"{self.command}: {self.reports} reports ({self.files} files): {self.new} new, "
                f"{self.unchanged} unchanged, {self.failed} failed, {self.quarantined} quarantined, "
                f"{self.warnings} with warnings, {self.duplicates} duplicates, {self.conflicts} conflicts"
                f"{dl}; {where}")

    def to_dict(self) -> dict:
        return asdict(self)


def download_issue_rows(failed: list[tuple[str, str]]) -> list[dict]:
    return [{"source_file": url, "severity": "error", "check_name": "download_failed",
             "expected": "a PDF over http(s) within the size and time limits", "found": why,
             "message": f"{url}: {why} (retried on the next run)"} for url, why in failed]


def build_dataset(records: list[ExtractedReport], raw_dir: Path, canonical: CanonicalNames,
                  download_failures: list[tuple[str, str]]) -> policy.PolicyResult:
    tables = build_tables(records)
    issues = validate(tables, records, canonical)
    reports = tables.reports.astype(object).where(tables.reports.notna(), None).to_dict("records")
    extra = download_issue_rows(download_failures) + download.source_hint_issues(reports, raw_dir)
    if extra:
        issues = pd.concat([issues, frame(extra, ISSUE_COLUMNS)], ignore_index=True)
    result = policy.apply_policy(tables, issues, policy.load_resolutions(raw_dir))
    result.tables = with_derived_tables(result.tables, canonical)
    return result


def write_release(tables: Tables, out: Path, manifest: dict) -> None:
    writers.write_all(tables, out)
    (out / QUALITY_HTML).parent.mkdir()
    (out / QUALITY_HTML).write_text(render_html(tables, changes=manifest.get("changes")), encoding="utf-8")
    (out / publish.MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def publish_dataset(records: list[ExtractedReport], raw_dir: Path, curated_dir: Path,
                    canonical: CanonicalNames, download_failures: list[tuple[str, str]],
                    summary: RunSummary, *, force: bool) -> Tables | None:
    """Builds, validates and publishes a release unless the inputs are those of the current one.

    Returns the published tables, or None when nothing changed.
    """
    # The dictionary's hash: a release of an older layout is published again in the new one.
    fp = fingerprint(records, raw_dir, [f"{u} {w}" for u, w in download_failures]
                     + [f"dictionary {dictionary_sha256()}"])
    current = publish.read_manifest(curated_dir)
    summary.curated = str(curated_dir)
    if not force and current is not None and current.get("fingerprint") == fp:
        _count(summary, current["statuses"], current["conflicts"], records)
        return None
    result = build_dataset(records, raw_dir, canonical, download_failures)
    statuses = result.tables.reports["status"].value_counts().to_dict()
    manifest = {"fingerprint": fp, "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "statuses": statuses, "conflicts": result.conflicts,
                "rows": {name: len(df) for name, df in result.tables.items()},
                "changes": changes.changes_since(publish.current_release(curated_dir), result.tables)}
    with publish.new_release(curated_dir) as out:
        write_release(result.tables, out, manifest)
    summary.published = True
    _count(summary, statuses, result.conflicts, records)
    return result.tables


def _count(summary: RunSummary, statuses: dict, conflicts: int, records: list[ExtractedReport]) -> None:
    summary.reports = len(records)
    summary.failed = sum(1 for r in records if r.error is not None)
    summary.quarantined = int(statuses.get("quarantined", 0))
    summary.warnings = int(statuses.get("warning", 0))
    summary.duplicates = sum(len(r.duplicate_files) for r in records)
    summary.conflicts = conflicts


def read_current(curated_dir: Path) -> Tables:
    rel = publish.current_release(curated_dir)
    if rel is None:
        raise FileNotFoundError(f"{curated_dir}: no curated dataset yet (run `kompass ingest` first)")
    return Tables(**{name: pd.read_parquet(rel / f"{name}.parquet") for name in Tables.__dataclass_fields__})


def rerender_quality(curated_dir: Path) -> Tables:
    """Re-renders the quality report of the current release into a new release (other files hard-linked)."""
    tables = read_current(curated_dir)
    src = publish.current_release(curated_dir)
    with publish.new_release(curated_dir) as out:
        for path in src.rglob("*"):
            target = out / path.relative_to(src)
            if path.is_dir():
                target.mkdir(parents=True, exist_ok=True)
            elif path.relative_to(src) != QUALITY_HTML:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.hardlink_to(path)
        (out / QUALITY_HTML).parent.mkdir(exist_ok=True)
        manifest = publish.read_manifest(curated_dir) or {}
        (out / QUALITY_HTML).write_text(render_html(tables, changes=manifest.get("changes")), encoding="utf-8")
    return tables
