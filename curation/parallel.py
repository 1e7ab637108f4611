"""Where extraction runs: in child processes of this process, on a Dask cluster, or in this process.

Extraction is CPU-bound Python; threads would serialise on the GIL (and starve
Prefect's own API thread). The flow's tasks run in threads and hand their files
to one of these pools, so Prefect tracks the batches while the work spreads over
every core (or every Dask worker). What runs a file is a plain function
(`curation.extraction`): it never imports Prefect, needs no Prefect API, and
starts no server of its own.

One bad PDF must not stop the run. Each batch is extracted in a child process
of its own (`curation.isolated`), every file within its time limit
(`curation.time_limit`: a base plus an allowance per page): a child still busy
when the limit is up is killed, and its file becomes an `extraction_timed_out`
failure. A child that dies on a file (a MuPDF or Tesseract abort, the kernel's
OOM killer) is replaced and the file extracted once more in a fresh one; the
file that kills that one too becomes a `worker_crashed` failure. Either way the
batch goes on with its next file in a fresh child, and every other file is
extracted as usual. On Dask each file is extracted the same way, in a child of
the worker. Only without a time limit is a single file (or, with `workers` 0,
every file) extracted in this process, where nothing can stop it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from curation import isolated
from curation.extraction import extract_file, failed_record
from curation.time_limit import DEFAULT_LIMIT, TimeLimit
from schemas.records import ExtractedReport

Extract = Callable[[Path, str, str], ExtractedReport]  # (raw dir, file relative to it, sha256)
File = tuple[str, str]  # (file relative to the raw dir, sha256)

WORKER_CRASHED = "worker_crashed"
TIMED_OUT = "extraction_timed_out"
EXTRACTOR_FAILED = "extractor_failed"
CONNECT_TIMEOUT_S = 10  # the cluster was checked just before (curation.cluster): it answers
CRASH_MESSAGE = ("the extractor's process died reading this file ({how}): a crash in MuPDF or Tesseract, "
                 "or killed for lack of memory; the other files were extracted. Report it as an extractor "
                 "bug with this file")
TIMEOUT_MESSAGE = ("the extraction did not finish within its time limit of {limit}; its process was stopped "
                   "and the other files were extracted. A long scan on a slow or busy machine may need more "
                   "time: raise the limit ({raise_with}). A report that usually extracts in seconds is an "
                   "extractor bug: report it with this file")
# How a run of the pipeline is given more time (`kompass extract` names its own options).
PIPELINE_LIMIT = ("`kompass ingest` or `rebuild` with --time-limit SECONDS per file and --time-per-page SECONDS; "
                  "flow parameters time_limit_s and time_per_page_s")


def timed_out_message(limit: TimeLimit, pages: int | None, raise_with: str = PIPELINE_LIMIT) -> str:
    """Why a file has no record when its child outlived `limit` (isolated.TimedOut)."""
    return TIMEOUT_MESSAGE.format(limit=limit.explain(pages), raise_with=raise_with)


def crashed_message(how: str, where: str = "") -> str:
    """Why a file has no record when its child died under it twice (isolated.Died), the second
    time `how`, on the machine `where` names."""
    return CRASH_MESSAGE.format(how=f"twice{where}, the second time in a fresh process: {how}")


class Pool(Protocol):
    def extract_batch(self, raw: Path, batch: list[File]) -> list[ExtractedReport]: ...

    def capacity(self) -> int: ...


def default_workers() -> int:
    return os.cpu_count() or 1


def record_of(outcome: isolated.Outcome, rel: str, sha: str, where: str = "") -> ExtractedReport:
    """The file's record from what its child process gave: the extraction, or a failure saying why
    there is none (`where` names the machine, e.g. a Dask worker)."""
    match outcome:
        case isolated.Finished(ExtractedReport() as record):
            return record
        case isolated.TimedOut(limit, pages):
            return failed_record(rel, sha, TIMED_OUT, timed_out_message(limit, pages))
        case isolated.Died(how):
            return failed_record(rel, sha, WORKER_CRASHED, crashed_message(how, where))
        case isolated.Raised(error):
            return failed_record(rel, sha, EXTRACTOR_FAILED, f"extractor crashed: {error}")
    raise TypeError(f"not an outcome: {outcome!r}")


class InProcess:
    """Extracts in the calling thread (one file at a time), with no time limit: nothing can stop
    a file that hangs here."""

    def __init__(self, extract: Extract = extract_file):
        self._extract = extract

    def extract_batch(self, raw: Path, batch: list[File]) -> list[ExtractedReport]:
        return [self._extract(raw, rel, sha) for rel, sha in batch]

    def capacity(self) -> int:
        return 1


class LocalProcesses:
    """Up to `workers` batches at a time, each extracted in a child process of its own, every file
    within `limit` (None: no limit)."""

    def __init__(self, workers: int, extract: Extract = extract_file, limit: TimeLimit | None = DEFAULT_LIMIT):
        self._workers, self._extract, self._limit = workers, extract, limit
        # The flow's runner may have more threads than there are workers.
        self._slots = threading.BoundedSemaphore(workers)

    def capacity(self) -> int:
        return self._workers

    def extract_batch(self, raw: Path, batch: list[File]) -> list[ExtractedReport]:
        jobs = [isolated.Job(self._extract, (raw, rel, sha), raw / rel) for rel, sha in batch]
        with self._slots:
            outcomes = isolated.run_in_children(jobs, self._limit)
        return [record_of(o, rel, sha) for o, (rel, sha) in zip(outcomes, batch)]


def extract_in_child(extract: Extract, limit: TimeLimit, raw: Path, rel: str, sha: str) -> ExtractedReport:
    """One file, in a child process of the calling one (a Dask worker), within its time limit: a
    file that hangs is stopped there, and one that crashes takes down that child, not the worker."""
    [outcome] = isolated.run_in_children([isolated.Job(extract, (raw, rel, sha), raw / rel)], limit)
    return record_of(outcome, rel, sha, where=" on a Dask worker")


class DaskCluster:
    """Extraction on the workers of a Dask cluster (through a client of this process).

    With a time limit, each file is extracted in a child process of its worker
    (`extract_in_child`): a file that hangs is stopped within its limit and one that crashes
    takes down only that child. Without one, files run in the workers themselves: the scheduler
    reschedules the files of a worker that dies, a file that takes down
    `distributed.scheduler.allowed-failures` workers in a row is reported as KilledWorker, and
    a file that hangs holds its worker's thread (and this run) for good.
    """

    def __init__(self, client, extract: Extract = extract_file, limit: TimeLimit | None = DEFAULT_LIMIT):
        self._client, self._extract, self._limit = client, extract, limit

    def capacity(self) -> int:
        return max(1, sum(self._client.nthreads().values()))

    def extract_batch(self, raw: Path, batch: list[File]) -> list[ExtractedReport]:
        from distributed import KilledWorker

        func, head = (extract_in_child, (self._extract, self._limit)) if self._limit else (self._extract, ())
        futures = [self._client.submit(func, *head, raw, rel, sha, pure=False,
                                       key=f"extract-{sha[:16]}-{os.urandom(4).hex()}") for rel, sha in batch]
        out = []
        for fut, (rel, sha) in zip(futures, batch):
            try:
                out.append(fut.result())
            except KilledWorker as exc:
                out.append(failed_record(rel, sha, WORKER_CRASHED, CRASH_MESSAGE.format(how=f"Dask: {exc}")))
        return out


@contextmanager
def extraction_pool(workers: int, jobs: int, dask_address: str | None = None,
                    extract: Extract = extract_file, limit: TimeLimit | None = DEFAULT_LIMIT) -> Iterator[Pool]:
    """The pool a run extracts `jobs` files with, each within `limit` (None: no limit): the Dask
    cluster at `dask_address`, else `workers` local processes (capped by `jobs`), else this
    process: when `workers` is 0, when there is nothing to extract, or for a single file without
    a limit (a child process costs about 0.15 s: benchmarks/time_limit.py)."""
    if dask_address:
        from distributed import Client

        with Client(dask_address, timeout=CONNECT_TIMEOUT_S, set_as_default=False) as client:
            yield DaskCluster(client, extract, limit)
        return
    n = min(workers, jobs)
    if n < 1 or (jobs < 2 and limit is None):
        yield InProcess(extract)
        return
    yield LocalProcesses(n, extract, limit)


MAX_BATCH = 20  # files per Prefect task: a task run costs tens of ms of API calls


def batches(todo: list[File], workers: int) -> list[list[File]]:
    """Splits the files into about 4 batches per worker (for balance), at most MAX_BATCH files each."""
    if not todo:
        return []
    size = max(1, min(MAX_BATCH, -(-len(todo) // (4 * workers))))
    return [todo[i:i + size] for i in range(0, len(todo), size)]
