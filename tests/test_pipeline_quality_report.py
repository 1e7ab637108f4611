"""The data-quality report: self-contained HTML that a headless browser renders."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from curation.pipeline import build_dataset
from curation.quality_report import render_html, render_markdown
from tests.pipeline_support import record

pytest_plugins = ["tests.conftest_pipeline"]

@pytest.fixture
def report_tables(golden, frameworks, tmp_path):
    heby, hog = golden["heby-2014"], golden["hoganas-2012"]
    hog["total"]["score"] += 3  # an error: hoganas is quarantined, with an issue to show
    recs = [record(d) for name, d in golden.items() if name not in ("heby-2014", "hoganas-2012")]
    recs += [record(heby), record(hog)]
    return build_dataset(recs, tmp_path, frameworks, [("http://example.invalid/x.pdf", "HTTP 404")]).tables


def _summary_line(tables) -> str:
    """Every corpus report is clean but the one made wrong in `report_tables`."""
    n = len(tables.reports)
    return f"{n} reports: {n - 1} ok, 0 warning, 1 quarantined"


def test_html_lists_reports_issues_checks_and_charts(report_tables):
    html = render_html(report_tables)
    assert _summary_line(report_tables) in html
    assert html.count('class="spider"') == len(report_tables.reports) - 1  # one per published report
    assert 'class="totals"' in html
    assert "total_equals_sum" in html and "download_failed" in html and "hoganas-2012.pdf" in html
    # Self-contained: no script, stylesheet or image fetched from elsewhere.
    assert not re.search(r"<(script|link|img)\b", html)
    md = render_markdown(report_tables)
    assert "| total_equals_sum | error | 1 | 1 |" in md


def test_html_renders_in_headless_chromium(report_tables, tmp_path: Path, chromium: str):
    exe = chromium
    page = tmp_path / "index.html"
    page.write_text(render_html(report_tables), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([exe, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert _summary_line(report_tables) in dom and dom.count("<svg") >= len(report_tables.reports)
    shot = tmp_path / "shot.png"
    subprocess.run([exe, *flags, f"--screenshot={shot}", "--window-size=1200,2000", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    import pymupdf

    pix = pymupdf.Pixmap(str(shot))
    assert (pix.width, pix.height) == (1200, 2000)
    assert len(set(pix.samples[i:i + 3] for i in range(0, len(pix.samples), pix.n * 97))) > 5, "blank page"
