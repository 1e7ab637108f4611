"""Prefect flows of the national dataset: ingest, rebuild, quality report.

Thin on purpose: every step is a function of `curation` (tested without
Prefect); the flows decide what runs concurrently and which IO steps retry.
Only extraction is submitted to the task runner (a local process pool behind
threads, or a Dask cluster through `on_dask`); the other tasks are called
directly, so they run in the flow's process, where the curated directory is
locked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.context import FlowRunContext
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from curation import parallel
from curation import pipeline as steps
from curation.download import SOURCES_FILE, FetchResult, fetch_new
from curation.quality_report import render_markdown
from curation.store import ExtractionCache, exclusive
from schemas import canonical
from schemas.build import Tables
from schemas.records import ExtractedReport

ARTIFACT_KEY = "kommunkompassen-quality"


@task(retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def fetch_sources(raw: Path) -> FetchResult:
    return fetch_new(raw)


@task(cache_policy=NO_CACHE)
def plan_run(raw: Path, curated: Path, force: bool) -> steps.Plan:
    return steps.plan(raw, curated, force=force)


@task(cache_policy=NO_CACHE, task_run_name="extract {batch[0][0]} (+{extra})")
def extract_pdfs(raw: Path, batch: list[tuple[str, str]], extra: int,
                 pool: Executor | None = None) -> list[ExtractedReport]:
    return [parallel.extract(pool, raw, rel, sha) for rel, sha in batch]


@task(retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def store_extractions(curated: Path, records: list[ExtractedReport]) -> None:
    cache = ExtractionCache(curated)
    for rec in records:
        cache.put(rec)


@task(cache_policy=NO_CACHE)
def publish_dataset(records: list[ExtractedReport], raw: Path, curated: Path,
                    failures: list[tuple[str, str]], summary: steps.RunSummary, force: bool) -> Tables | None:
    return steps.publish_dataset(records, raw, curated, canonical.canonical_area_names(), failures,
                                 summary, force=force)


@task(cache_policy=NO_CACHE)
def publish_quality_artifact(tables: Tables) -> None:
    create_markdown_artifact(render_markdown(tables), key=ARTIFACT_KEY,
                             description="Kommunkompassen data-quality report")


def _extract_all(raw: Path, curated: Path, todo: list[tuple[str, str]], workers: int,
                 show_progress: bool) -> list[ExtractedReport]:
    # Threads: a local process pool does the work (workers=0: the task's own thread does).
    # Any other runner (Dask) is the parallelism itself: extract inside its tasks.
    local = isinstance(FlowRunContext.get().task_runner, ThreadPoolTaskRunner)
    # Each batch is cached as soon as it is done, while the others are still extracted.
    with parallel.extraction_pool(workers if local else 0, len(todo)) as pool, \
            _progress(show_progress and bool(todo), len(todo)) as advance:
        batches = parallel.batches(todo, max(workers, 1))
        futures = [extract_pdfs.submit(raw, b, len(b) - 1, pool) for b in batches]
        out: list[ExtractedReport] = []
        for fut in as_completed(futures):
            done = fut.result()
            store_extractions(curated, quote(done))
            out += done
            advance(len(done))
        return out


@contextmanager
def _progress(show: bool, total: int) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (when `show`); yields the function that advances it."""
    if not show:
        yield lambda n: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        job = bar.add_task("extracting", total=total)
        yield lambda n: bar.advance(job, n)


def _run(command: str, raw: Path, curated: Path, *, force: bool, fetch: bool, workers: int,
         show_progress: bool) -> steps.RunSummary:
    summary = steps.RunSummary(command)
    with exclusive(curated):
        fetched = fetch_sources(raw) if fetch and (raw / SOURCES_FILE).exists() else FetchResult()
        summary.downloaded, summary.download_failed = len(fetched.fetched), len(fetched.failed)
        p = plan_run(raw, curated, force)
        summary.files, summary.new, summary.unchanged = len(p.files), len(p.to_extract), len(p.cached)
        extracted = _extract_all(raw, curated, p.to_extract, workers, show_progress)
        records = steps.assemble(p, extracted)
        # quote(): Prefect would otherwise walk every nested value of every record looking for
        # futures, which costs more than the whole no-op run.
        tables = publish_dataset(quote(records), raw, curated, fetched.failed, summary, force)
        if tables is not None:
            publish_quality_artifact(quote(tables))
    get_run_logger().info(summary.line())
    return summary


def _default_runner() -> ThreadPoolTaskRunner:
    # Threads only wait for the extraction pool's processes: one per worker is enough.
    return ThreadPoolTaskRunner(max_workers=parallel.default_workers())


@flow(name="kompass-ingest", task_runner=_default_runner())
def ingest(raw: str = "raw_reports", curated: str = "curated", fetch: bool = True,
           workers: int | None = None, show_progress: bool = False) -> dict:
    """Downloads new sources, extracts new or changed PDFs (by content) and publishes the dataset.

    `workers`: extraction processes (default: one per CPU; 0 extracts in the flow's process).
    """
    n = parallel.default_workers() if workers is None else workers
    return _run("ingest", Path(raw), Path(curated), force=False, fetch=fetch, workers=n,
                show_progress=show_progress).to_dict()


@flow(name="kompass-rebuild", task_runner=_default_runner())
def rebuild(raw: str = "raw_reports", curated: str = "curated", workers: int | None = None,
            show_progress: bool = False) -> dict:
    """Re-extracts every PDF and replaces the curated dataset in one atomic step."""
    n = parallel.default_workers() if workers is None else workers
    return _run("rebuild", Path(raw), Path(curated), force=True, fetch=False, workers=n,
                show_progress=show_progress).to_dict()


@flow(name="kompass-quality")
def quality(curated: str = "curated") -> str:
    """Re-renders the data-quality report of the current dataset and publishes it as an artifact."""
    with exclusive(Path(curated)):
        tables = steps.rerender_quality(Path(curated))
    publish_quality_artifact(quote(tables))
    return str(Path(curated) / steps.QUALITY_HTML)


def on_dask(f, address: str | None):
    """`f` running its tasks on the Dask cluster at `address` (None: unchanged)."""
    if not address:
        return f
    from prefect_dask import DaskTaskRunner

    return f.with_options(task_runner=DaskTaskRunner(address=address))

