"""Jobs in child processes, each within a wall-clock time limit.

A file on which MuPDF or Tesseract never finishes cannot be stopped from Python:
the loop runs in C, and a thread cannot be killed. So each extraction runs in a
child process, and a child still busy when its job's limit is up is killed
(SIGKILL, which no loop can ignore) and replaced by a fresh one.

The children are plain subprocesses (a fresh interpreter talking to this
process over a socket), not `multiprocessing` ones: a Dask worker is a daemonic
process, which multiprocessing does not let have children, and a Dask task needs
the limit as much as a local run; a fresh interpreter also inherits none of
Prefect's threads (forking a process that runs them can deadlock). A child
imports only what its job needs (`curation.extraction` and the extractor: with
its start and stop about 0.15 s, see benchmarks/time_limit.py), not the
pipeline's pandas, and serves one batch of jobs, in the thread
that started it and waits for it. On Linux it asks the kernel to kill it when
that thread ends, so not even a run that is killed leaves one behind.

Protocol: the parent sends a `Job`; the child answers ("pages", n) once it has
counted the PDF's pages (from then on the parent knows the job's limit), then
("done", value), or ("raised", text) when the job's function raised.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, Pipe
from pathlib import Path

from curation.time_limit import TimeLimit

# The child starts with this process's import path (as multiprocessing's spawn does), so it runs
# the same code, and finds the module of a job's function wherever this process found it.
_BOOT = ("import json, sys; sys.path[:] = json.loads(sys.argv[3]); "
         "from curation.isolated import serve; serve(int(sys.argv[1]), int(sys.argv[2]))")
STOP_WAIT_S = 5.0  # for an idle child to exit once its socket is closed, before it is killed
PR_SET_PDEATHSIG = 1  # linux/prctl.h
_DEATH_BY_SIGINT = "killed by SIGINT"  # Ctrl-C in the terminal: the run is interrupted, not the file bad


@dataclass(frozen=True, slots=True)
class Job:
    func: Callable[..., object]  # a module-level function: it is sent to the child by name
    args: tuple
    pdf: Path  # the file it reads: its page count sets the job's time limit


@dataclass(frozen=True, slots=True)
class Finished:
    value: object


@dataclass(frozen=True, slots=True)
class TimedOut:
    """The job outlived its limit (`limit.explain(pages)`); its process was killed."""

    limit: TimeLimit
    pages: int | None


@dataclass(frozen=True, slots=True)
class Died:
    """The job's process died under it twice, the second time a fresh one (`how`: the second death)."""

    how: str


@dataclass(frozen=True, slots=True)
class Raised:
    """The job's function raised, or its result could not be sent back: a bug, not a bad file."""

    error: str


Outcome = Finished | TimedOut | Died | Raised


def run_in_children(jobs: Iterable[Job], limit: TimeLimit | None,
                    done: Callable[[Job, Outcome], None] | None = None) -> list[Outcome]:
    """Runs the jobs one after another in a child process, each within `limit` (None: no limit).

    `jobs` is read as the child gets free, so threads may share one source of jobs, each thread
    driving a child of its own; `done(job, outcome)`, when given, hears of each job as it ends.

    A child still busy when its job's limit is up is killed: that job is TimedOut. A job whose
    child dies under it is run once more in a fresh child (the OOM killer may have chosen its
    process for another's memory), and is Died only when that dies too. The next job gets a
    fresh child either way. Ctrl-C in a terminal reaches the children too (they share its
    process group): a child ended by SIGINT raises KeyboardInterrupt here.
    """
    out: list[Outcome] = []
    child: Child | None = None
    try:
        for job in jobs:
            for _ in range(2):  # a second time only after a death
                current = child = child or Child()
                outcome: Outcome | None = current.run(job, limit)
                if isinstance(outcome, TimedOut):
                    child.kill()
                    child = None
                if outcome is not None:
                    break
                how = current.death()
                child = None
                if how == _DEATH_BY_SIGINT:
                    raise KeyboardInterrupt(f"extraction interrupted ({how})")
                outcome = Died(how)
            assert outcome is not None  # the loop ran: a break on an outcome, or Died
            out.append(outcome)
            if done is not None:
                done(job, outcome)
    except BaseException:
        if child is not None:
            child.kill()
        raise
    if child is not None:
        child.stop()
    return out


class Child:
    """One child process, from the parent's side: the process and our end of its socket."""

    def __init__(self) -> None:
        ours, theirs = Pipe()
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-c", _BOOT, str(theirs.fileno()), str(os.getpid()), json.dumps(sys.path)],
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL)
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        self._conn = ours

    @property
    def pid(self) -> int:
        return self._proc.pid

    def run(self, job: Job, limit: TimeLimit | None) -> Finished | TimedOut | Raised | None:
        """The job's outcome; None when the process died under it (see `death`)."""
        started = time.monotonic()
        try:
            self._conn.send(job)
        except OSError:  # it died before (while idle)
            return None
        pages: int | None = None
        while True:
            left = None if limit is None else max(0.0, started + limit.seconds(pages) - time.monotonic())
            if not self._conn.poll(left):
                assert limit is not None  # poll(None) returns only when there is something to read
                return TimedOut(limit, pages)
            try:
                kind, value = self._conn.recv()
            except (EOFError, OSError):
                return None
            if kind == "pages":
                pages = value  # the deadline moves to the limit of a file of that many pages
            elif kind == "done":
                return Finished(value)
            else:
                return Raised(value)

    def death(self) -> str:
        """How the process ended, once `run` found it dead: 'killed by SIGKILL', 'exit status 1'."""
        self._conn.close()
        try:
            code = self._proc.wait(timeout=STOP_WAIT_S)
        except subprocess.TimeoutExpired:  # it closed its socket but lives on: end it
            self.kill()
            return "its connection to the pipeline broke"
        return _describe_exit(code)

    def kill(self) -> None:
        self._proc.kill()  # SIGKILL, and only if it has not been reaped (its pid cannot be reused)
        self._proc.wait()
        self._conn.close()

    def stop(self) -> None:
        """Ends an idle child: it reads the end of its socket and exits (killed if it does not)."""
        self._conn.close()
        try:
            self._proc.wait(timeout=STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            self.kill()


def _describe_exit(code: int) -> str:
    if code >= 0:
        return f"exit status {code}"
    try:
        return f"killed by {signal.Signals(-code).name}"
    except ValueError:
        return f"killed by signal {-code}"


# The child's side.

def serve(fd: int, parent: int) -> None:
    """Runs the jobs the parent sends over socket `fd`, until the parent closes it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it at once, without a traceback
    _die_with_parent(parent)
    conn = Connection(fd)
    try:
        while True:
            answer = _answer(conn)
            try:
                conn.send(answer)  # pickled whole before a byte is sent
            except (EOFError, OSError):
                raise
            except Exception as exc:  # a result that cannot be pickled
                conn.send(("raised", f"its result cannot be sent back: {_exception_text(exc)}"))
    except (EOFError, OSError):  # the parent closed the socket (or is gone)
        return


def _answer(conn: Connection) -> tuple[str, object]:
    """Receives one job and runs it: ("done", value) or ("raised", text); ("pages", n) is sent on the way."""
    try:
        job: Job = conn.recv()
    except (EOFError, OSError):
        raise
    except Exception as exc:  # the job's function cannot be imported here
        return "raised", _exception_text(exc)
    conn.send(("pages", page_count(job.pdf)))
    try:
        return "done", job.func(*job.args)
    except Exception as exc:
        return "raised", _exception_text(exc)


def page_count(pdf: Path) -> int | None:
    """The PDF's pages; None when it cannot be opened (the job itself will say why)."""
    try:
        from extractors.pdf_file import open_checked

        doc, _ = open_checked(pdf)
    except Exception:
        return None
    with doc:
        return doc.page_count


def _die_with_parent(parent: int) -> None:
    """Asks Linux to SIGKILL this process when the thread that started it ends, the parent's
    death included: a child stuck in C code would never notice that its parent is gone."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(1)


def _exception_text(exc: BaseException) -> str:
    import traceback

    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" ({Path(where.filename).name}:{where.lineno})" if where else ""
    return f"{type(exc).__name__}: {exc}{at}"
