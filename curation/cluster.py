"""Checks a Dask cluster before a run sends it work (`--dask-address`).

Without it a wrong address shows after the client's connection time-out as a
long traceback that calls a refused connection a time-out, and a cluster whose
workers cannot read the raw directory fails every report `not_found`. Each
check gives one line saying what is wrong, within seconds.
"""

from __future__ import annotations

import asyncio
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
    """Something at the address speaks first the way a Dask scheduler does (a refused connection,
    an unknown host or a silent port are each said to be one)."""
    _, host, port = parse_address(address)
    try:
        sock = socket.create_connection((host, port), timeout=timeout_s)
    except ConnectionRefusedError:
        raise ClusterError(f"Dask scheduler {address}: connection refused (nothing listens on {host}:{port}; "
                           "is the scheduler running, and is the port right?)") from None
    except socket.gaierror as exc:
        raise ClusterError(f"Dask scheduler {address}: unknown host {host!r} ({exc.strerror})") from None
    except TimeoutError:
        raise ClusterError(f"Dask scheduler {address}: no answer from {host}:{port} within {timeout_s:g} s "
                           "(a wrong host or port, or a firewall; the scheduler's port is usually 8786)") from None
    except OSError as exc:
        raise ClusterError(f"Dask scheduler {address}: cannot connect to {host}:{port}: "
                           f"{exc.strerror or exc}") from None
    with sock:
        try:
            first = _first_bytes(sock, HANDSHAKE_HEADER)
        except OSError:  # silent (a time-out) or hung up
            first = b""
    if not _dask_handshake(first):
        raise ClusterError(f"{address} is no Dask scheduler: it accepts connections but does not answer as "
                           "one (the scheduler's port is usually 8786, its dashboard's 8787)")


# A Dask comm speaks first: the listener sends its handshake message on accept, framed by an
# 8-byte little-endian length (distributed.comm.tcp). A client that waited for it from a port
# that is no scheduler would wait far beyond its time-out.
HANDSHAKE_HEADER = 8
MAX_HANDSHAKE_BYTES = 1 << 20


def _first_bytes(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            break
        data += chunk
    return data


def _dask_handshake(first: bytes) -> bool:
    return len(first) == HANDSHAKE_HEADER and 0 < int.from_bytes(first, "little") < MAX_HANDSHAKE_BYTES


def worker_view(raw: str) -> dict:
    """What a worker sees (run on each worker): whether it can import the extractor and read `raw`."""
    return {"package": importlib.util.find_spec("extractors") is not None,
            "raw": os.path.isdir(raw) and os.access(raw, os.R_OK | os.X_OK)}


async def _probe(address: str, raw: str, timeout_s: float) -> tuple[int, dict]:
    """(number of workers, what each worker sees), asked of the scheduler at `address`."""
    from distributed import Client

    async with Client(address, asynchronous=True, timeout=timeout_s, set_as_default=False) as client:
        workers = await client.nthreads()  # asked now (the client's cached identity may predate them)
        return len(workers), (await client.run(worker_view, raw) if workers else {})


def check_cluster(address: str, raw: Path, timeout_s: float = CHECK_TIMEOUT_S) -> int:
    """Checks that a Dask scheduler answers at `address` with workers that have this package and
    can read `raw` (an absolute path); returns the number of workers, or raises ClusterError."""
    check_reachable(address, timeout_s)
    try:
        # The deadline covers the whole conversation: a peer that accepts and never answers
        # (no Dask scheduler) would otherwise hold the client's handshake much longer.
        n, views = asyncio.run(asyncio.wait_for(_probe(address, str(raw), timeout_s), 2 * timeout_s + 5))
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"Dask scheduler {address} did not answer a client within {timeout_s:g} s "
                           f"({type(exc).__name__}: {exc})".replace("\n", " ")) from None
    except Exception as exc:  # a worker that cannot even unpickle the check: the package is missing
        raise ClusterError(f"Dask workers of {address} cannot run kompass' extraction "
                           f"({type(exc).__name__}: {exc}); install this package on every worker") from None
    if not n:
        raise ClusterError(f"Dask scheduler {address} has no workers: start some with "
                           f"`dask worker {address}` on machines with this package and {raw}")
    missing = sorted(w for w, v in views.items() if not v["package"])
    if missing:
        raise ClusterError(f"Dask workers {', '.join(missing)} do not have the kompass extractor installed")
    blind = sorted(w for w, v in views.items() if not v["raw"])
    if blind:
        raise ClusterError(f"Dask workers {', '.join(blind)} cannot read {raw}: the workers need the raw "
                           "directory at the same path")
    return n
