"""Atomic publication of the curated dataset.

Each run writes a complete release into `<curated>/.releases/<id>.partial/`,
renames it to `<id>/` once every file is on disk, and then swaps the symlink
`<curated>/current` to it with one `os.replace` (atomic on POSIX). The names
users open (`curated/reports.parquet`, `curated/kommunkompassen.duckdb`,
`curated/quality/index.html`...) are fixed symlinks through `current`, so they
switch to the new release all at once. A run killed at any moment leaves
`current` on the previous complete release; the next run removes the leftovers.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

RELEASES = ".releases"
CURRENT = "current"
MANIFEST = "manifest.json"
KEEP_RELEASES = 2  # the current one and the one before (readers may still hold it open)


def current_release(curated_dir: Path) -> Path | None:
    link = curated_dir / CURRENT
    return link.resolve() if link.is_symlink() and link.resolve().is_dir() else None


def read_manifest(curated_dir: Path) -> dict | None:
    rel = current_release(curated_dir)
    if rel is None or not (rel / MANIFEST).exists():
        return None
    return json.loads((rel / MANIFEST).read_text(encoding="utf-8"))


def _fsync_tree(root: Path) -> None:
    for dirpath, _, files in os.walk(root):
        for name in files:
            fd = os.open(Path(dirpath) / name, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)


def _swap_current(curated_dir: Path, release: Path) -> None:
    tmp = curated_dir / f".{CURRENT}.{uuid.uuid4().hex}"
    os.symlink(Path(RELEASES) / release.name, tmp)
    os.replace(tmp, curated_dir / CURRENT)
    dfd = os.open(curated_dir, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


def _link_entries(curated_dir: Path, release: Path) -> None:
    """`curated/<name>` -> `current/<name>` for each entry of the release; stale links removed."""
    names = {p.name for p in release.iterdir()}
    for name in names:
        link = curated_dir / name
        target = Path(CURRENT) / name
        if link.is_symlink() and Path(os.readlink(link)) == target:
            continue
        if link.is_dir() and not link.is_symlink():
            shutil.rmtree(link)  # an entry of an older, non-release layout
        tmp = curated_dir / f".{name}.{uuid.uuid4().hex}"
        os.symlink(target, tmp)
        os.replace(tmp, link)
    for link in curated_dir.iterdir():
        if link.is_symlink() and link.name != CURRENT and link.name not in names \
                and os.readlink(link).startswith(CURRENT + os.sep):
            link.unlink()


def collect_garbage(curated_dir: Path) -> None:
    """Removes unfinished releases of killed runs and all but the newest complete ones."""
    root = curated_dir / RELEASES
    if not root.exists():
        return
    current = current_release(curated_dir)
    done = sorted((p for p in root.iterdir() if not p.name.endswith(".partial")), key=lambda p: p.name)
    keep = set(done[-KEEP_RELEASES:]) | ({current} if current else set())
    for p in root.iterdir():
        if p not in keep:
            shutil.rmtree(p, ignore_errors=True)


@contextmanager
def new_release(curated_dir: Path) -> Iterator[Path]:
    """Yields an empty directory to write a release into; publishes it when the block succeeds."""
    curated_dir.mkdir(parents=True, exist_ok=True)
    collect_garbage(curated_dir)
    rid = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ") + "-" + uuid.uuid4().hex[:8]
    partial = curated_dir / RELEASES / f"{rid}.partial"
    partial.mkdir(parents=True)
    try:
        yield partial
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    _fsync_tree(partial)
    final = partial.with_name(rid)
    os.rename(partial, final)
    _swap_current(curated_dir, final)
    _link_entries(curated_dir, final)
    collect_garbage(curated_dir)
