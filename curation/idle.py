"""Recognises an ingest with nothing to do before the orchestrator starts.

Prefect's temporary API takes many seconds to start; a scheduled or repeated
`kompass ingest` mostly finds nothing new. When every source URL was fetched,
every PDF's extraction is cached and final (same extractor build, not a failure
to retry) and the current release was made from exactly these inputs by this
code, the run's summary comes from the release's manifest, and the run is
recorded in `<curated>/.state/runs.jsonl` instead of a Prefect flow run.
"""

from __future__ import annotations

from pathlib import Path

from curation import download, planning
from curation.store import exclusive
from curation.summary import RunSummary, count_from_manifest, log_run


def unfetched_sources(raw_dir: Path) -> bool:
    """Whether sources.csv lists a URL not downloaded yet (a failed one is tried again)."""
    if not (raw_dir / download.SOURCES_FILE).exists():
        return False
    registry = download.load_registry(raw_dir)
    return any(src.url not in registry for src in download.read_sources(raw_dir))


def idle_summary(raw_dir: Path, curated_dir: Path, *, fetch: bool) -> RunSummary | None:
    """The summary of an ingest that would change nothing (recorded in the run log), or None when
    there is work: a URL to fetch, a PDF to extract (again), or a release to make."""
    with exclusive(curated_dir):
        if fetch and unfetched_sources(raw_dir):
            return None
        p = planning.plan(raw_dir, curated_dir, force=False)
        if p.to_extract:
            return None
        records = planning.assemble(p, [])
        _, manifest = planning.current_if_unchanged(records, raw_dir, curated_dir, [])
        if manifest is None:
            return None
        summary = RunSummary("ingest", files=len(p.files), unchanged=len(p.cached), curated=str(curated_dir))
        count_from_manifest(summary, manifest, records)
        log_run(curated_dir, summary, orchestrated=False)
        return summary
