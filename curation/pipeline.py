"""The steps the Prefect flows call: plan, publish, re-render (one file's extraction is
`curation.extraction`, run by the processes of `curation.parallel`).

Nothing here imports Prefect, so every step is tested as a plain function; the
flows in `flows/` only decide what runs where (threads, Dask) and retry IO.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from curation import changes, download, policy, publish, versions, writers
from curation.planning import current_if_unchanged
from curation.quality_report import DEFAULT_RAW_HREF, render_html
from curation.summary import HeldBack, RunSummary, count_from_manifest, fill_counts
from schemas.build import ISSUE_COLUMNS, Tables, build_tables, frame
from schemas.canonical import Frameworks
from schemas.derived import with_derived_tables
from schemas.records import ExtractedReport
from schemas.validate import validate

QUALITY_HTML = Path("quality") / "index.html"


def download_issue_rows(failed: list[tuple[str, str]]) -> list[dict]:
    return [{"source_file": url, "severity": "error", "check_name": "download_failed",
             "expected": "a PDF over http(s) within the size and time limits", "found": why,
             "message": f"{url}: {why} (retried on the next run)"} for url, why in failed]


def build_dataset(records: list[ExtractedReport], raw_dir: Path, frameworks: Frameworks,
                  download_failures: list[tuple[str, str]]) -> policy.PolicyResult:
    """The tables of `records`, validated against `frameworks` (the definitions in use:
    `schemas.canonical.loaded_frameworks()`), with the policy applied and the derived tables."""
    tables = build_tables(records)
    issues = validate(tables, records, frameworks)
    reports = tables.reports.astype(object).where(tables.reports.notna(), None).to_dict("records")
    extra = download_issue_rows(download_failures) + download.source_hint_issues(reports, raw_dir)
    if extra:
        issues = pd.concat([issues, frame(extra, ISSUE_COLUMNS)], ignore_index=True)
    failed = {r.report_id for r in records if r.error is not None}
    result = policy.apply_policy(tables, issues, policy.load_resolutions(raw_dir), failed)
    result.tables = with_derived_tables(result.tables, frameworks)
    return result


def raw_href(raw_dir: Path | str | None, curated_dir: Path) -> str:
    """The raw directory as the quality report links to it: relative to `curated/quality/` (the
    path users open it by), so the links survive moving both directories together."""
    if raw_dir is None:
        return DEFAULT_RAW_HREF
    return Path(os.path.relpath(Path(raw_dir).resolve(), curated_dir.resolve() / QUALITY_HTML.parent)).as_posix()


def write_release(tables: Tables, out: Path, manifest: dict, pdf_href: str = DEFAULT_RAW_HREF) -> None:
    writers.write_all(tables, out)
    (out / QUALITY_HTML).parent.mkdir()
    (out / QUALITY_HTML).write_text(render_html(tables, changes=manifest.get("changes"), raw_href=pdf_href),
                                    encoding="utf-8")
    (out / publish.MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def held_back(tables: Tables) -> list[HeldBack]:
    """Every report not published, with its first error check (failed ones first)."""
    issues = tables.quality_issues
    errors = issues[issues["severity"] == "error"]
    first = errors.drop_duplicates("report_id").set_index("report_id")["check_name"]
    out = []
    for status in ("failed", "quarantined"):
        rows = tables.reports[tables.reports["status"] == status]
        out += [HeldBack(str(r.source_file), status, str(first.get(r.report_id, "rejected_by_user")))
                for r in rows.itertuples(index=False)]
    downloads = errors[errors["check_name"] == "download_failed"]
    return out + [HeldBack(str(r.source_file), "failed", "download_failed") for r in downloads.itertuples(index=False)]


def publish_dataset(records: list[ExtractedReport], raw_dir: Path, curated_dir: Path,
                    frameworks: Frameworks, download_failures: list[tuple[str, str]],
                    summary: RunSummary, *, force: bool) -> Tables | None:
    """Builds, validates and publishes a release unless the inputs are those of the current one.

    Returns the published tables, or None when nothing changed.
    """
    # The fingerprint covers the schema build, which includes the data dictionary: a release of
    # an older layout is published again in the new one.
    fp, current = current_if_unchanged(records, raw_dir, curated_dir, download_failures)
    summary.curated = str(curated_dir)
    if not force and current is not None:
        count_from_manifest(summary, current, records)
        return None
    result = build_dataset(records, raw_dir, frameworks, download_failures)
    statuses = result.tables.reports["status"].value_counts().to_dict()
    held = held_back(result.tables)
    manifest = {"fingerprint": fp, "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "raw_dir": str(raw_dir.resolve()),
                "extractor_build": versions.extractor_build(), "schema_build": versions.schema_build(),
                "statuses": statuses, "conflicts": result.conflicts,
                "held_back": [asdict(h) for h in held],
                "rows": {name: len(df) for name, df in result.tables.items()},
                "changes": changes.changes_since(publish.current_release(curated_dir), result.tables)}
    with publish.new_release(curated_dir) as out:
        write_release(result.tables, out, manifest, raw_href(raw_dir, curated_dir))
    summary.published = True
    fill_counts(summary, statuses, result.conflicts, records, held)
    return result.tables


def _current_release(curated_dir: Path) -> Path:
    rel = publish.current_release(curated_dir)
    if rel is None:
        raise FileNotFoundError(f"{curated_dir}: no curated dataset yet (run `kompass ingest` first)")
    return rel


def _read_tables(rel: Path) -> Tables:
    return Tables(**{name: pd.read_parquet(rel / f"{name}.parquet") for name in Tables.__dataclass_fields__})


def read_current(curated_dir: Path) -> Tables:
    return _read_tables(_current_release(curated_dir))


def rerender_quality(curated_dir: Path) -> Tables:
    """Re-renders the quality report of the current release into a new release (other files hard-linked)."""
    src = _current_release(curated_dir)  # the tables and the files copied come from one release
    tables = _read_tables(src)
    href = raw_href((publish.read_manifest(curated_dir) or {}).get("raw_dir"), curated_dir)
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
        (out / QUALITY_HTML).write_text(render_html(tables, changes=manifest.get("changes"), raw_href=href),
                                        encoding="utf-8")
    return tables
