"""The raw directory as content-addressed reports, and the cache of their extractions.

State lives in `<curated>/.state/`: `hashes.json` (path, size, mtime -> sha256,
so a no-op run does not re-read every PDF) and `extractions/<sha256>.json` (one
`ExtractedReport` per distinct content, so a renamed file is not re-extracted).
Every state file is written aside and renamed into place: a killed run leaves
either the old or the new file, never half of one.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from schemas.records import ExtractedReport

STATE_DIR = ".state"
RESOLUTIONS_FILE = "resolutions.csv"  # in the raw directory: the steward's decisions on conflicts
# Extractions of one content that may fail in a row before the cached failure is final (until
# the file or the extractor changes, or a rebuild): a crash or a full disk is often passing,
# a truncated PDF is not, and neither should cost every run forever.
MAX_ATTEMPTS = 3
CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class RawFile:
    rel: str  # path relative to the raw directory, '/'-separated
    sha256: str
    size: int


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Writes `data` to a temporary file beside `path` and renames it over `path`.

    `durable` fsyncs first (survives a power cut); caches skip it, since an
    unreadable cache entry is only re-extracted.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def pdf_paths(raw_dir: Path) -> list[Path]:
    """Every *.pdf under raw_dir (any case), skipping hidden files and directories."""
    out = []
    for root, dirs, files in os.walk(raw_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out += [Path(root) / f for f in sorted(files) if f.lower().endswith(".pdf") and not f.startswith(".")]
    return out


def scan_raw(raw_dir: Path, curated_dir: Path) -> list[RawFile]:
    """Hashes every PDF of raw_dir, re-reading only files whose size or mtime changed."""
    cache_path = curated_dir / STATE_DIR / "hashes.json"
    try:
        cache = json.loads(cache_path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        cache = {}
    files, fresh = [], {}
    for path in pdf_paths(raw_dir):
        st = path.stat()
        rel = path.relative_to(raw_dir).as_posix()
        key = f"{st.st_size}:{st.st_mtime_ns}"
        hit = cache.get(rel)
        sha = hit["sha256"] if hit and hit.get("key") == key else sha256_file(path)
        fresh[rel] = {"key": key, "sha256": sha}
        files.append(RawFile(rel, sha, st.st_size))
    if fresh != cache:
        write_atomic(cache_path, json.dumps(fresh, indent=0).encode(), durable=False)
    return files


class ExtractionCache:
    """One JSON file per distinct PDF content."""

    def __init__(self, curated_dir: Path):
        self.dir = curated_dir / STATE_DIR / "extractions"

    def path(self, sha256: str) -> Path:
        return self.dir / f"{sha256}.json"

    def get(self, sha256: str) -> ExtractedReport | None:
        try:
            return ExtractedReport.load(self.path(sha256))
        except FileNotFoundError:
            return None
        except (json.JSONDecodeError, TypeError, ValueError):
            return None  # unreadable cache entry: extract again rather than fail

    def put(self, rec: ExtractedReport) -> None:
        write_atomic(self.path(rec.report_id), rec.to_json().encode("utf-8"), durable=False)


@contextmanager
def exclusive(curated_dir: Path) -> Iterator[None]:
    """Holds an exclusive lock on the curated directory (a scheduled run and a manual one must not interleave)."""
    lock = curated_dir / STATE_DIR / "lock"
    lock.parent.mkdir(parents=True, exist_ok=True)
    with lock.open("a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RuntimeError(f"{curated_dir}: another kompass run is writing this dataset; "
                               "wait for it to finish") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
