"""Expected records of many generated reports at once, for tests and benchmarks that need a
curated dataset rather than PDFs to extract (the site explorer's).

Each report is rendered (so its pages are real), and its expected contract JSON with pages is
what an exact extraction would give: `schemas.records.ExtractedReport(data=...)` of it goes
straight into `curation.pipeline.build_dataset`.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import generate, render_pdf


def expected_record(outdir: Path, seed: int, overrides: dict | None = None) -> dict | None:
    """The expected record (pages included) of report `seed` rendered to OUTDIR/gen-<seed>.pdf, or
    None when its framework is one the extractor must refuse."""
    report = generate(seed, **(overrides or {}))
    if not report.supported:
        return None
    render_pdf(report, outdir / f"gen-{seed:06d}.pdf")
    return report.expected(pages=True)


def _one(args: tuple[Path, int]) -> dict | None:
    return expected_record(*args)


def expected_records(outdir: Path, seeds: Iterable[int], jobs: int = 1) -> list[dict]:
    """`expected_record` of every seed (unsupported ones left out), in `jobs` processes."""
    outdir.mkdir(parents=True, exist_ok=True)
    work = [(outdir, s) for s in seeds]
    if jobs <= 1:
        found = [_one(w) for w in work]
    else:
        with ProcessPoolExecutor(jobs) as pool:
            found = list(pool.map(_one, work, chunksize=16))
    return [r for r in found if r is not None]
