"""Checks a Dask cluster before a run sends it work (`--dask-address`).

Without it a wrong address shows after the client's connection time-out as a
long traceback that calls a refused connection a time-out, and a cluster whose
workers cannot read the raw directory fails every report `not_found`. Each
check gives one line saying what is wrong, within seconds.
"""

from __future__ import annotations

import importlib.util
import os
import socket
from pathlib import Path
from urllib.parse import urlsplit

CHECK_TIMEOUT_S = 5.0
SCHEMES = ("tcp", "tls")


class ClusterError(Exception):
    """The cluster cannot run this pipeline's extraction; the message is one line."""


def parse_address(address: str) -> tuple[str, str, int]:
    """(scheme, host, port) of `tcp://HOST:PORT` (or `HOST:PORT`); raises ClusterError."""
    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme not in SCHEMES or not parts.hostname or port is None:
        raise ClusterError(f"--dask-address {address!r}: expected tcp://HOST:PORT (e.g. tcp://127.0.0.1:8786)")
    return parts.scheme, parts.hostname, port


def check_reachable(address: str, timeout_s: float = CHECK_TIMEOUT_S) -> None:
    """Something accepts TCP connections at the address (a refused connection is said to be one)."""
    _, host, port = parse_address(address)
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return
    except ConnectionRefusedError:
        raise ClusterError(f"Dask scheduler {address}: connection refused (nothing listens on {host}:{port}; "
                           "is the scheduler running, and is the port right?)") from None
    except socket.gaierror as exc:
        raise ClusterError(f"Dask scheduler {address}: unknown host {host!r} ({exc.strerror})") from None
    except TimeoutError:
        raise ClusterError(f"Dask scheduler {address}: no answer from {host}:{port} within {timeout_s:g} s "
                           "(a wrong host, or a firewall)") from None
    except OSError as exc:
        raise ClusterError(f"Dask scheduler {address}: cannot connect to {host}:{port}: "
                           f"{exc.strerror or exc}") from None


def worker_view(raw: str) -> dict:
    """What a worker sees (run on each worker): whether it can import the extractor and read `raw`."""
    return {"package": importlib.util.find_spec("extractors") is not None,
            "raw": os.path.isdir(raw) and os.access(raw, os.R_OK | os.X_OK)}


def check_cluster(address: str, raw: Path, timeout_s: float = CHECK_TIMEOUT_S) -> int:
    """Checks that a Dask scheduler answers at `address` with workers that have this package and
    can read `raw` (an absolute path); returns the number of workers, or raises ClusterError."""
    check_reachable(address, timeout_s)
    from distributed import Client

    try:
        client = Client(address, timeout=timeout_s, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"{address} accepts connections but is no Dask scheduler answering within "
                           f"{timeout_s:g} s ({type(exc).__name__})") from None
    with client:
        workers = client.scheduler_info().get("workers", {})
        if not workers:
            raise ClusterError(f"Dask scheduler {address} has no workers: start some with "
                               f"`dask worker {address}` on machines with this package and {raw}")
        try:
            views = client.run(worker_view, str(raw), wait=True)
        except Exception as exc:  # a worker that cannot even unpickle the check: no package there
            raise ClusterError(f"Dask workers of {address} cannot run kompass' extraction "
                               f"({type(exc).__name__}: {exc}); install this package on every worker") from None
    missing = sorted(w for w, v in views.items() if not v["package"])
    if missing:
        raise ClusterError(f"Dask workers {', '.join(missing)} do not have the kompass extractor installed")
    blind = sorted(w for w, v in views.items() if not v["raw"])
    if blind:
        raise ClusterError(f"Dask workers {', '.join(blind)} cannot read {raw}: the workers need the raw "
                           "directory at the same path")
    return len(workers)
