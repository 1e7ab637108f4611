"""Prefect flows of the national dataset: ingest, rebuild, quality report.

Thin on purpose: every step is a function of `curation` (tested without
Prefect); the flows decide what runs concurrently and which IO steps retry.
Only extraction is submitted to the task runner: its threads hand batches of
files to a pool (`curation.parallel`: child processes that are stopped when a
file outlives its time limit, or the workers of a Dask cluster; they run plain
functions and need no Prefect API); the other tasks
are called directly, so they run in the flow's process, where the curated
directory is locked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from curation import cluster, parallel, planning, publish
from curation import pipeline as steps
from curation.download import SOURCES_FILE, FetchResult, fetch_new
from curation.quality_report import render_markdown
from curation.store import ExtractionCache, exclusive
from curation.summary import RunSummary, log_run
from curation.time_limit import DEFAULT_BASE_S, DEFAULT_PER_PAGE_S, TimeLimit, time_limit
from flows import prefect_console_handlers
from schemas import canonical
from schemas.build import Tables
from schemas.records import ExtractedReport

ARTIFACT_KEY = "kommunkompassen-quality"


@task(retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def fetch_sources(raw: Path) -> FetchResult:
    return fetch_new(raw)


@task(cache_policy=NO_CACHE)
def plan_run(raw: Path, curated: Path, force: bool) -> planning.Plan:
    return planning.plan(raw, curated, force=force)


@task(cache_policy=NO_CACHE, task_run_name="extract {batch[0][0]} (+{extra})")
def extract_pdfs(pool: parallel.Pool, raw: Path, batch: list[tuple[str, str]], extra: int) -> list[ExtractedReport]:
    return pool.extract_batch(raw, batch)


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def store_extractions(curated: Path, records: list[ExtractedReport]) -> None:
    cache = ExtractionCache(curated)
    for rec in records:
        cache.put(rec)


@task(cache_policy=NO_CACHE)
def publish_dataset(records: list[ExtractedReport], raw: Path, curated: Path,
                    failures: list[tuple[str, str]], summary: RunSummary, force: bool) -> Tables | None:
    return steps.publish_dataset(records, raw, curated, canonical.loaded_frameworks(), failures,
                                 summary, force=force)


@task(cache_policy=NO_CACHE)
def publish_quality_artifact(tables: Tables, curated: Path) -> None:
    """The quality report as a Prefect artifact, with what the current release changed."""
    changes = (publish.read_manifest(curated) or {}).get("changes")
    create_markdown_artifact(render_markdown(tables, changes=changes), key=ARTIFACT_KEY,
                             description="Kommunkompassen data-quality report")


def _extract_all(raw: Path, curated: Path, p: planning.Plan, workers: int, dask_address: str | None,
                 limit: TimeLimit | None, show_progress: bool) -> list[ExtractedReport]:
    todo = p.to_extract
    with parallel.extraction_pool(workers, len(todo), dask_address, limit=limit) as pool, \
            _progress(show_progress and bool(todo), len(todo)) as advance:
        batches = parallel.batches(todo, pool.capacity())
        futures = [extract_pdfs.submit(quote(pool), raw, b, len(b) - 1) for b in batches]
        out: list[ExtractedReport] = []
        # Each batch is cached as soon as it is done, while the others are still extracted; a
        # failure counts as one more attempt only after one of the same extractor build.
        for fut in as_completed(futures):
            done = [planning.count_attempts(r, p.previous.get(r.report_id)) for r in fut.result()]
            store_extractions(curated, quote(done))
            out += done
            advance(len(done))
        return out


@contextmanager
def _progress(show: bool, total: int) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (when `show`); yields the function that advances it.

    While it shows, Prefect's console log lines are printed through the bar's console,
    above the bar, instead of being written over it.
    """
    if not show:
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import Progress

    # markup off: a log line such as "failed: x.pdf [corrupt]" is text, not rich markup.
    with Progress(console=Console(stderr=True, markup=False), transient=True) as bar:
        handlers = prefect_console_handlers()
        consoles = [h.console for h in handlers]
        for h in handlers:
            h.console = bar.console
        try:
            job = bar.add_task("extracting", total=total)
            yield lambda n: bar.advance(job, n)
        finally:
            for h, console in zip(handlers, consoles):
                h.console = console


def _run(command: str, raw: Path, curated: Path, *, force: bool, fetch: bool, workers: int,
         dask_address: str | None, limit: TimeLimit | None, show_progress: bool) -> RunSummary:
    # Absolute before anything is sent to a worker: a Dask worker's working directory is its own.
    raw, curated = raw.resolve(), curated.resolve()
    if dask_address:
        cluster.check_cluster(dask_address, raw)
    summary = RunSummary(command)
    with exclusive(curated):
        fetched = fetch_sources(raw) if fetch and (raw / SOURCES_FILE).exists() else FetchResult()
        summary.downloaded, summary.download_failed = len(fetched.fetched), len(fetched.failed)
        p = plan_run(raw, curated, force)
        summary.files, summary.unchanged = len(p.files), len(p.cached)
        summary.new = p.count("new") + p.count("rebuild")
        summary.retried, summary.upgraded = p.count("retry"), p.count("upgraded")
        extracted = _extract_all(raw, curated, p, workers, dask_address, limit, show_progress)
        records = planning.assemble(p, extracted)
        # quote(): Prefect would otherwise walk every nested value of every record looking for
        # futures, which costs more than the whole no-op run.
        tables = publish_dataset(quote(records), raw, curated, fetched.failed, summary, force)
        if tables is not None:
            publish_quality_artifact(quote(tables), curated)
    log_run(curated, summary, orchestrated=True)
    get_run_logger().info(summary.line())
    return summary


def _default_runner() -> ThreadPoolTaskRunner:
    # Threads only wait for the extraction pool's processes: one per worker is enough.
    return ThreadPoolTaskRunner(max_workers=parallel.default_workers())


@flow(name="kompass-ingest", task_runner=_default_runner())
def ingest(raw: str = "raw_reports", curated: str = "curated", fetch: bool = True,
           workers: int | None = None, dask_address: str | None = None,
           time_limit_s: float = DEFAULT_BASE_S, time_per_page_s: float = DEFAULT_PER_PAGE_S,
           show_progress: bool = False) -> dict:
    """Downloads new sources, extracts new or changed PDFs (by content) and publishes the dataset.

    `workers`: extraction processes (default: one per CPU; 0 extracts in the flow's process,
    where no time limit can stop a file).
    `dask_address`: extract on the workers of this Dask cluster instead (checked first).
    `time_limit_s`, `time_per_page_s`: one file's extraction is stopped (and the file fails as
    `extraction_timed_out`) after `time_limit_s` plus `time_per_page_s` per page; 0 for
    `time_limit_s`: no limit.
    """
    n = parallel.default_workers() if workers is None else workers
    return _run("ingest", Path(raw), Path(curated), force=False, fetch=fetch, workers=n,
                dask_address=dask_address, limit=time_limit(time_limit_s, time_per_page_s),
                show_progress=show_progress).to_dict()


@flow(name="kompass-rebuild", task_runner=_default_runner())
def rebuild(raw: str = "raw_reports", curated: str = "curated", workers: int | None = None,
            dask_address: str | None = None, time_limit_s: float = DEFAULT_BASE_S,
            time_per_page_s: float = DEFAULT_PER_PAGE_S, show_progress: bool = False) -> dict:
    """Re-extracts every PDF and replaces the curated dataset in one atomic step (parameters as `ingest`)."""
    n = parallel.default_workers() if workers is None else workers
    return _run("rebuild", Path(raw), Path(curated), force=True, fetch=False, workers=n,
                dask_address=dask_address, limit=time_limit(time_limit_s, time_per_page_s),
                show_progress=show_progress).to_dict()


@flow(name="kompass-quality")
def quality(curated: str = "curated") -> str:
    """Re-renders the data-quality report of the current dataset and publishes it as an artifact."""
    with exclusive(Path(curated)):
        tables = steps.rerender_quality(Path(curated))
    publish_quality_artifact(quote(tables), Path(curated))
    return str(Path(curated) / steps.QUALITY_HTML)
