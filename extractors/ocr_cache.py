"""OCR'd pages kept on disk by the file's content, so reading a scan again costs no OCR.

The offline loop for fixing misreads: once a scan has been read, `kompass debug`,
the tests and a re-run of the parser get its words (boxes and confidences) back
in milliseconds. An entry is keyed by the file's SHA-256 and the page number, and
stamped with a fingerprint of everything that shapes OCR's output (the OCR
modules' source, Tesseract's version, the OCR settings' defaults), so a change
to any of them reads the page afresh. Entries are JSON, written atomically.

`KOMPASS_OCR_CACHE` sets the folder (default: $XDG_CACHE_HOME or ~/.cache,
then kommunkompassen/ocr); `KOMPASS_OCR_CACHE=off` (or 0, false, no) turns the cache off, and
`on` (or 1, true, yes) keeps the default folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from importlib import resources
from pathlib import Path

from extractors.model import Word

OFF = "off"
# Words that switch the cache rather than name its folder: "on" had made a folder "on" in the
# working directory, and a repository's commit picked it up.
SWITCHED_OFF = frozenset({OFF, "0", "false", "no"})
SWITCHED_ON = frozenset({"on", "1", "true", "yes"})


def folder() -> Path | None:
    setting = os.environ.get("KOMPASS_OCR_CACHE", "")
    if setting.strip().lower() in SWITCHED_OFF:
        return None
    if setting and setting.strip().lower() not in SWITCHED_ON:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kommunkompassen" / "ocr"


@cache
def fingerprint() -> str:
    """What OCR's output depends on: its modules' source, Tesseract's version and the OCR settings
    it reads with (`settings.OCR_DEFAULTS`: its resolution, its tolerances; not those that only
    judge the text read)."""
    from tesserocr import tesseract_version

    from extractors.settings import OCR_DEFAULTS

    digest = hashlib.sha256(f"{tesseract_version()}|{OCR_DEFAULTS.reading()}".encode())
    for module in ("ocr.py", "scan_image.py", "scanned_pages.py"):
        digest.update((resources.files("extractors") / module).read_bytes())
    return digest.hexdigest()[:16]


def _path(sha256: str, entry: str) -> Path | None:
    """Where an entry of the file is kept ("p3": page 3's words, "cells": its table cells)."""
    root = folder()
    return None if root is None else root / sha256[:2] / f"{sha256}-{entry}-{fingerprint()}.json"


def _read(path: Path | None):
    """An entry's JSON, or None when there is none or it is damaged (it is then read afresh and overwritten)."""
    if path is None or not path.exists():
        return None
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None


def _write(path: Path | None, data) -> None:
    """Writes an entry whole or not at all; a cache that cannot be written is no error (it only saves time)."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), "utf-8")
        tmp.replace(path)
    except OSError:
        pass


def _words(rows: list[list]) -> tuple[Word, ...]:
    return tuple(Word(text, x0, top, x1, bottom, page, 0.0, conf=conf) for text, x0, top, x1, bottom, page, conf in rows)


def _rows(words: tuple[Word, ...]) -> list[list]:
    return [[w.text, w.x0, w.top, w.x1, w.bottom, w.page, w.conf] for w in words]


def load(sha256: str, page: int):
    """The page as OCR read it before (an `ocr.OcrPage`), or None."""
    from extractors.ocr import OcrPage

    data = _read(_path(sha256, f"p{page}"))
    try:
        return None if data is None else OcrPage(_words(data["words"]), _words(data["unsure"]), float(data["angle"]))
    except (KeyError, TypeError, ValueError):
        return None  # a damaged entry is read afresh (and overwritten)


def save(sha256: str, page: int, read) -> None:
    """Keeps an `ocr.OcrPage`."""
    _write(_path(sha256, f"p{page}"), {"words": _rows(read.words), "unsure": _rows(read.unsure), "angle": read.angle})


def load_cells(sha256: str) -> dict:
    """The table cells read on their own before: place -> `cells.CellReading`."""
    from extractors.cells import CellReading

    data = _read(_path(sha256, "cells"))
    try:
        return {} if data is None else {key: CellReading(text, float(conf)) for key, (text, conf) in data.items()}
    except (AttributeError, TypeError, ValueError):
        return {}


def save_cells(sha256: str, readings: dict) -> None:
    """Keeps the file's cell readings (all of them: the entry is replaced)."""
    _write(_path(sha256, "cells"), {k: [r.text, r.conf] for k, r in readings.items()})
