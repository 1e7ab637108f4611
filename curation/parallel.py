"""Local parallel extraction: a pool of worker processes shared by one flow run.

Extraction is CPU-bound Python; threads would serialise on the GIL (and starve
Prefect's own API thread). Each Prefect task runs in a thread of the flow's
ThreadPoolTaskRunner and hands its file to this pool, so Prefect still tracks
one task per file while the work spreads over every core. Workers are started
with `spawn`: forking a process that runs Prefect's threads can deadlock.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from curation import pipeline as steps
from schemas.records import ExtractedReport


def default_workers() -> int:
    return os.cpu_count() or 1


@contextmanager
def extraction_pool(workers: int, jobs: int) -> Iterator[Executor | None]:
    """A process pool of `workers` (capped by `jobs`), or None when extraction should stay in-process."""
    n = min(workers, jobs)
    if n < 1 or jobs < 2:
        yield None
        return
    pool = ProcessPoolExecutor(max_workers=n, mp_context=multiprocessing.get_context("spawn"))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


MAX_BATCH = 20  # files per Prefect task: a task run costs tens of ms of API calls


def batches(todo: list[tuple[str, str]], workers: int) -> list[list[tuple[str, str]]]:
    """Splits the files into about 4 batches per worker (for balance), at most MAX_BATCH files each."""
    if not todo:
        return []
    size = max(1, min(MAX_BATCH, -(-len(todo) // (4 * workers))))
    return [todo[i:i + size] for i in range(0, len(todo), size)]


def extract(pool: Executor | None, raw: Path, rel: str, sha256: str) -> ExtractedReport:
    """Extracts one file in the pool (or here, without one)."""
    if pool is None:
        return steps.extract_file(raw, rel, sha256)
    return pool.submit(steps.extract_file, raw, rel, sha256).result()
