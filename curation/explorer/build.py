"""Writes the site of a curated release: the only module of the explorer that does IO.

The site is written whole into a folder beside SITE and swapped in by renames, so a reader never
sees half a site; `.release` in it names the release it shows (`is_current` skips a rebuild).
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from curation import publish

if TYPE_CHECKING:
    from curation.explorer.model import SiteData

STAMP = ".release"
ASSETS = ("site.css", "site.js", "search.js")


@dataclass(frozen=True, slots=True)
class SiteSummary:
    path: Path
    reports: int
    municipalities: int
    held_back: int
    seconds: float

    def line(self) -> str:
        return (f"site: {self.reports} reports of {self.municipalities} municipalities, {self.held_back} held back, "
                f"in {self.seconds:.1f} s -> {self.path / 'index.html'}")


def _relative(target: Path, start: Path) -> str:
    # abspath, not resolve: curated/quality is a symlink through `current`, which moves each release
    return Path(os.path.relpath(os.path.abspath(target), os.path.abspath(start))).as_posix()


def is_current(curated_dir: Path, site_dir: Path) -> bool:
    """Whether SITE already shows the current release of CURATED."""
    rel = publish.current_release(curated_dir)
    stamp = site_dir / STAMP
    return rel is not None and stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == rel.name


def render_site(curated_dir: Path, site_dir: Path, pdf_base: str | None = None) -> tuple[dict[str, str], SiteData]:
    """Every file of the site of CURATED's current release, by path relative to the site's root, as
    it is written at SITE (links to the raw PDFs and the quality report are relative to it)."""
    # Imported here: pandas, scikit-learn and the pipeline take a second or two to import, which a
    # no-op `ingest --site` (the site already current: `is_current`) does not pay.
    from curation.explorer import pages, svg
    from curation.explorer.model import site_data
    from curation.explorer.search import INDEX_FILE, build_index, index_script
    from curation.explorer.stats import Medians
    from curation.explorer.themes import all_themes
    from curation.pipeline import QUALITY_HTML, read_current

    tables = read_current(curated_dir)
    manifest = publish.read_manifest(curated_dir) or {}
    raw = Path(manifest["raw_dir"]) if manifest.get("raw_dir") else curated_dir.parent / "raw_reports"
    site_dir.mkdir(parents=True, exist_ok=True)
    data = site_data(tables, _relative(raw, site_dir), pdf_base)
    palette = svg.colours(sorted(data.frameworks.keys() | {r.framework for r in data.reports}))
    medians = Medians(data)
    files = {
        "index.html": pages.index_page(data),
        "search.html": pages.search_page(data),
        "teman.html": pages.themes_page(data, all_themes(data)),
        "kvalitet.html": pages.quality_page(data, _relative(curated_dir / QUALITY_HTML, site_dir)),
        INDEX_FILE: index_script(build_index(data)),
    }
    for code, reports in data.by_code().items():
        files[f"{code}/index.html"] = pages.municipality_page(data, reports, medians, palette)
    for name in ASSETS:
        files[f"assets/{name}"] = resources.files("curation.explorer").joinpath("assets", name).read_text("utf-8")
    return files, data


def write_site(curated_dir: Path, site_dir: Path, pdf_base: str | None = None) -> SiteSummary:
    """Builds the site of CURATED's current release and puts it at SITE in place of what was there."""
    start = time.perf_counter()
    site_dir = site_dir.absolute()
    rel = publish.current_release(curated_dir)
    if rel is None:
        raise FileNotFoundError(f"{curated_dir}: no curated dataset yet (run `kompass ingest` first)")
    files, data = render_site(curated_dir, site_dir, pdf_base)
    tmp = site_dir.with_name(f".{site_dir.name}.{uuid.uuid4().hex[:8]}.partial")
    old = site_dir.with_name(f".{site_dir.name}.{uuid.uuid4().hex[:8]}.old")
    try:
        for name, text in files.items():
            path = tmp / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        (tmp / STAMP).write_text(rel.name + "\n", encoding="utf-8")
        if site_dir.exists():
            site_dir.rename(old)
        tmp.rename(site_dir)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    return SiteSummary(site_dir, len(data.reports), len({(r.country, r.code) for r in data.reports}),
                       len(data.held_back), time.perf_counter() - start)
