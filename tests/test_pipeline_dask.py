"""Extraction on a Dask cluster as it runs for real (`--dask-address`): a scheduler and two
workers, each a process of its own on 127.0.0.1, started in another working directory."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from curation.time_limit import TimeLimit
from tests.pipeline_support import PDF_DIR, within

pytest_plugins = ["tests.conftest_pipeline"]
pytestmark = [pytest.mark.usefixtures("needs_corpus", "prefect_harness"), pytest.mark.xdist_group("prefect-harness")]

REPORTS = ["heby-2014", "frogn-2013", "vetlanda-2014"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


ROOT = Path(__file__).resolve().parents[1]


def _dask(*args: str, cwd: Path, log: Path) -> subprocess.Popen:
    # The `dask` command of this interpreter's environment (python -m dask runs its CLI). The
    # checkout is on the path so that workers can import `tests.crashing`; a file that kills a
    # worker is reported after it killed one (not the default three).
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "DASK_DISTRIBUTED__SCHEDULER__ALLOWED_FAILURES": "0"}
    with log.open("w") as out:
        return subprocess.Popen([sys.executable, "-m", "dask", *args], cwd=cwd, stdout=out, env=env,
                                stderr=subprocess.STDOUT, start_new_session=True)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory) -> Iterator[str]:
    """tcp://127.0.0.1:PORT of a scheduler with two single-threaded workers (each under a nanny)."""
    home = tmp_path_factory.mktemp("dask-cluster")
    address = f"tcp://127.0.0.1:{_free_port()}"
    procs = [_dask("scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                   "--dashboard-address", ":0", cwd=home, log=home / "scheduler.log")]
    procs += [_dask("worker", address, "--nthreads", "1", "--nworkers", "1", "--dashboard-address", ":0",
                    "--name", f"w{i}", cwd=home, log=home / f"worker{i}.log") for i in range(2)]
    from distributed import Client

    try:
        with Client(address, timeout=60, set_as_default=False) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()


def _workers(address: str) -> dict[str, dict]:
    """Per worker: its pid, its child processes, and whether it ever imported Prefect."""
    from distributed import Client

    def look() -> dict:
        import psutil

        return {"pid": os.getpid(), "children": [c.pid for c in psutil.Process().children(recursive=True)],
                "prefect": sorted(m for m in sys.modules if m == "prefect" or m.startswith("prefect."))[:3]}

    with Client(address, timeout=30, set_as_default=False) as client:
        return client.run(look)


def test_relative_raw_on_a_multi_process_cluster(cluster: str, tmp_path: Path):
    from prefect.settings import PREFECT_API_URL

    raw = tmp_path / "raw_reports"  # the default, relative --raw: the workers' cwd is elsewhere
    raw.mkdir()
    for name in REPORTS:
        (raw / f"{name}.pdf").write_bytes((PDF_DIR / f"{name}.pdf").read_bytes())
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    done = subprocess.run([sys.executable, "-m", "kompass", "ingest", "--no-fetch", "--dask-address", cluster],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().startswith("ingest: 3 reports (3 files): 3 new, 0 unchanged, 0 failed, 0 quarantined")
    reports = pd.read_parquet(tmp_path / "curated" / "reports.parquet")
    assert set(reports["status"]) == {"ok"} and sorted(reports["year"]) == [2013, 2014, 2014]
    assert len(pd.read_parquet(tmp_path / "curated" / "area_scores.parquet")) == 24

    # The workers ran plain functions: no Prefect imported there, no server (or anything) left behind.
    workers = _workers(cluster)
    assert len(workers) == 2
    for w in workers.values():
        assert w["prefect"] == [] and w["children"] == [], w


def test_wrong_dask_address_is_one_line_within_seconds(cluster: str, tmp_path: Path):
    (tmp_path / "raw_reports").mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    for address, expected in ((f"tcp://127.0.0.1:{_free_port()}", "connection refused"),
                              ("tcp://127.0.0.1", "expected tcp://HOST:PORT")):
        t = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "kompass", "ingest", "--dask-address", address],
                              cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
        assert time.monotonic() - t < 10
        assert done.returncode == 2 and done.stdout == ""
        assert len(done.stderr.strip().splitlines()) == 1 and expected in done.stderr, done.stderr
    assert not (tmp_path / "curated").exists()  # nothing happened


@pytest.mark.parametrize("limit", [None, TimeLimit()], ids=["no-limit", "limit"])
def test_a_file_that_kills_its_worker_fails_alone(cluster: str, tmp_path: Path, limit):
    """Without a time limit the file runs in the worker and takes it down (Dask reports
    KilledWorker); with one it runs in a child of the worker, and only that child dies."""
    from distributed import Client

    from curation.parallel import DaskCluster
    from tests.crashing import extract_or_die

    (tmp_path / "oom.pdf").write_bytes(b"%PDF-1.4 kills its worker")
    (tmp_path / "heby-2014.pdf").write_bytes((PDF_DIR / "heby-2014.pdf").read_bytes())
    before = {w["pid"] for w in _workers(cluster).values()}
    with Client(cluster, timeout=30, set_as_default=False) as client:
        pool = DaskCluster(client, extract=extract_or_die, limit=limit)
        out = pool.extract_batch(tmp_path, [("oom.pdf", "0" * 64), ("heby-2014.pdf", "1" * 64)])
        client.wait_for_workers(2, timeout=120)  # the nanny restarted the killed one
    assert out[0].error is not None and out[0].error.code == "worker_crashed" and "Dask" in out[0].error.message
    assert out[1].error is None and out[1].data["total"]["score"] == 426
    workers = _workers(cluster).values()
    assert ({w["pid"] for w in workers} == before) == (limit is not None)
    assert all(w["children"] == [] for w in workers)


def test_a_hung_file_is_stopped_on_its_worker(cluster: str, tmp_path: Path):
    from distributed import Client

    from curation.parallel import DaskCluster
    from tests.crashing import extract_or_hang

    (tmp_path / "hang.pdf").write_bytes(b"%PDF-1.4 never finishes")
    (tmp_path / "heby-2014.pdf").write_bytes((PDF_DIR / "heby-2014.pdf").read_bytes())
    with Client(cluster, timeout=30, set_as_default=False) as client:
        pool = DaskCluster(client, extract=extract_or_hang, limit=TimeLimit(2, 0.2))
        out = within(60, pool.extract_batch, tmp_path, [("hang.pdf", "0" * 64), ("heby-2014.pdf", "1" * 64)])
    assert out[0].error is not None and out[0].error.code == "extraction_timed_out"
    assert "time limit of 2 s" in out[0].error.message
    assert out[1].error is None and out[1].data["total"]["score"] == 426
    assert all(w["children"] == [] for w in _workers(cluster).values())  # the stuck child was killed
