"""Where extraction runs: in this process, in local worker processes, or on a Dask cluster.

Extraction is CPU-bound Python; threads would serialise on the GIL (and starve
Prefect's own API thread). The flow's tasks run in threads and hand their files
to one of these pools, so Prefect tracks the batches while the work spreads over
every core (or every Dask worker). The workers run plain functions of
`curation.pipeline`: they never import Prefect, need no Prefect API, and start
no server of their own.

A worker process that dies on a file (a MuPDF or Tesseract abort, the kernel's
OOM killer) must not stop the run: the files it took down are extracted again,
each alone in a fresh process, and the one that kills that process too becomes a
`worker_crashed` failure of its own; every other file is extracted as usual.
Local workers are started with `spawn`: forking a process that runs Prefect's
threads can deadlock.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from curation import pipeline as steps
from schemas.records import ExtractedReport

Extract = Callable[[Path, str, str], ExtractedReport]  # (raw dir, file relative to it, sha256)
File = tuple[str, str]  # (file relative to the raw dir, sha256)

WORKER_CRASHED = "worker_crashed"
CONNECT_TIMEOUT_S = 10  # the cluster was checked just before (curation.cluster): it answers
CRASH_MESSAGE = ("the extractor's process died reading this file ({how}): a crash in MuPDF or Tesseract, "
                 "or killed for lack of memory; the other files were extracted. Report it as an extractor "
                 "bug with this file")


class Pool(Protocol):
    def extract_batch(self, raw: Path, batch: list[File]) -> list[ExtractedReport]: ...

    def capacity(self) -> int: ...


def default_workers() -> int:
    return os.cpu_count() or 1


class InProcess:
    """Extracts in the calling thread (one file at a time)."""

    def __init__(self, extract: Extract = steps.extract_file):
        self._extract = extract

    def extract_batch(self, raw: Path, batch: list[File]) -> list[ExtractedReport]:
        return [self._extract(raw, rel, sha) for rel, sha in batch]

    def capacity(self) -> int:
        return 1


class LocalProcesses:
    """A pool of `workers` spawned processes, renewed when one of them dies."""

    def __init__(self, workers: int, extract: Extract = steps.extract_file):
        self._workers, self._extract = workers, extract
        self._lock = threading.Lock()
        self._pool = self._new_pool(workers)

    @staticmethod
    def _new_pool(workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))

    def capacity(self) -> int:
        return self._workers

    def _submit(self, raw: Path, rel: str, sha: str) -> Future | None:
        with self._lock:
            pool = self._pool
        try:
            return pool.submit(self._extract, raw, rel, sha)
        except BrokenProcessPool:  # another thread's file broke it a moment ago
            return None

    def _renew(self) -> None:
        """Replaces the pool when it is broken (once, whichever thread notices first)."""
        with self._lock:
            if getattr(self._pool, "_broken", False):
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._new_pool(self._workers)

    def _alone(self, raw: Path, rel: str, sha: str) -> ExtractedReport:
        """Extracts one file in a process of its own: if that dies too, this file is the culprit."""
        pool = self._new_pool(1)
        try:
            return pool.submit(self._extract, raw, rel, sha).result()
        except BrokenProcessPool:
            return steps.failed_record(rel, sha, WORKER_CRASHED, CRASH_MESSAGE.format(how="twice, the second "
                                       "time alone in a fresh process"))
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def extract_batch(self, raw: Path, batch: list[File]) -> list[ExtractedReport]:
        futures = [self._submit(raw, rel, sha) for rel, sha in batch]
        out: list[ExtractedReport | None] = []
        for fut in futures:
            try:
                out.append(fut.result() if fut is not None else None)
            except BrokenProcessPool:
                out.append(None)
        if any(r is None for r in out):
            self._renew()
        return [r if r is not None else self._alone(raw, rel, sha) for r, (rel, sha) in zip(out, batch)]

    def close(self) -> None:
        with self._lock:
            self._pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster:
    """Extraction on the workers of a Dask cluster (through a client of this process).

    The scheduler reschedules the files of a worker that dies; a file that takes down
    `distributed.scheduler.allowed-failures` workers in a row is reported as KilledWorker.
    """

    def __init__(self, client, extract: Extract = steps.extract_file):
        self._client, self._extract = client, extract

    def capacity(self) -> int:
        return max(1, sum(self._client.nthreads().values()))

    def extract_batch(self, raw: Path, batch: list[File]) -> list[ExtractedReport]:
        from distributed import KilledWorker

        futures = [self._client.submit(self._extract, raw, rel, sha, pure=False,
                                       key=f"extract-{sha[:16]}-{os.urandom(4).hex()}") for rel, sha in batch]
        out = []
        for fut, (rel, sha) in zip(futures, batch):
            try:
                out.append(fut.result())
            except KilledWorker as exc:
                out.append(steps.failed_record(rel, sha, WORKER_CRASHED,
                                               CRASH_MESSAGE.format(how=f"Dask: {exc}")))
        return out


@contextmanager
def extraction_pool(workers: int, jobs: int, dask_address: str | None = None,
                    extract: Extract = steps.extract_file) -> Iterator[Pool]:
    """The pool a run extracts `jobs` files with: the Dask cluster at `dask_address`, else
    `workers` local processes (capped by `jobs`), else (workers < 1 or a single file) this process."""
    if dask_address:
        from distributed import Client

        with Client(dask_address, timeout=CONNECT_TIMEOUT_S, set_as_default=False) as client:
            yield DaskCluster(client, extract)
        return
    n = min(workers, jobs)
    if n < 1 or jobs < 2:
        yield InProcess(extract)
        return
    pool = LocalProcesses(n, extract)
    try:
        yield pool
    finally:
        pool.close()


MAX_BATCH = 20  # files per Prefect task: a task run costs tens of ms of API calls


def batches(todo: list[File], workers: int) -> list[list[File]]:
    """Splits the files into about 4 batches per worker (for balance), at most MAX_BATCH files each."""
    if not todo:
        return []
    size = max(1, min(MAX_BATCH, -(-len(todo) // (4 * workers))))
    return [todo[i:i + size] for i in range(0, len(todo), size)]
