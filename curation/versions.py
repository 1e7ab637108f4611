"""Builds of the code that reads reports and of the code that turns readings into the dataset.

The package version alone does not change when the extractor does (an editable
install, a patched checkout), so each build is the version plus a digest of the
files that decide its output:

- the extractor build: `extractors/` and the framework, language and
  municipality files it reads (the framework and language files of the folders
  in use: `KOMPASS_FRAMEWORKS` / `KOMPASS_LANGUAGES` may name others), and the
  PyMuPDF release (its text output changes between releases); a cached
  extraction of another build is stale;
- the schema build: `schemas/` code and data dictionary and `curation/` code
  (tables, validation, policy, writers); a release made by another build is
  republished in the new layout.

Both go into the release's fingerprint, so after an upgrade `ingest` re-extracts
and republishes instead of calling the dataset "up to date".
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
_EXTRACTOR_DATA = ("schemas/reference/*.csv",)


def _name(path: Path) -> str:
    """A file as the digest names it: relative to the repository, or its folder and name."""
    try:
        return path.relative_to(_ROOT).as_posix()
    except ValueError:
        return f"{path.parent.name}/{path.name}"


def _digest(paths: Iterable[Path], extra: str = "") -> str:
    h = hashlib.sha256(extra.encode())
    for path in sorted(paths):
        h.update(_name(path).encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _package_version() -> str:
    from extractors import extractor_version

    return extractor_version()


def extractor_build() -> str:
    """`<version>+<digest>` of the extractor's code and data, and PyMuPDF's release."""
    from extractors.frameworks import definition_dirs

    return _extractor_build(definition_dirs())


@cache
def _extractor_build(definitions: tuple[Path, Path]) -> str:
    from importlib.metadata import version

    from extractors.frameworks import definition_files

    files = list((_ROOT / "extractors").rglob("*.py")) + definition_files()
    files += [p for pattern in _EXTRACTOR_DATA for p in _ROOT.glob(pattern)]
    return f"{_package_version()}+{_digest(files, version('pymupdf'))}"


@cache
def schema_build() -> str:
    """`<version>+<digest>` of the code that builds, validates and writes the curated tables."""
    files = [*(_ROOT / "schemas").glob("*.py"), *(_ROOT / "schemas").glob("*.toml"), *(_ROOT / "curation").glob("*.py")]
    return f"{_package_version()}+{_digest(files)}"
