"""The explorer (`kompass site`): the static site of a published release, built from the corpus
reports' expected records plus generated ones (a municipality evaluated three times, across a
change of framework), one report quarantined. Opened in headless Chromium as a person would: no
console errors, search answering with the expected reports, sortable tables by keyboard, charts on
screen, readable on a phone."""

from __future__ import annotations

import copy
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from curation import publish
from curation.explorer.build import is_current
from curation.explorer.search import INDEX_FILE, query_stems
from curation.pipeline import build_dataset, write_release
from kompass.cli import main
from reportgen.dataset import expected_record
from tests.pipeline_support import record

pytest_plugins = ["tests.conftest_pipeline"]

MAX_PAGE_BYTES = 300_000
# Heby again: a 2011 evaluation in the 2010 framework and a 2021 one in the 2020 framework, beside
# the corpus' Heby 2014 (2010 framework).
HEBY = [(7, {"framework": "kommunkompassen-2020", "municipality": "Heby kommun", "year": 2021}),
        (8, {"framework": "kommunkompassen-2010", "municipality": "Heby kommun", "year": 2011})]


@pytest.fixture(scope="module")
def release(_golden_files, frameworks, tmp_path_factory) -> Path:
    """A curated release (raw PDFs of the generated reports in its raw directory), and its site."""
    root = tmp_path_factory.mktemp("site")
    raw, curated = root / "raw_reports", root / "curated"
    raw.mkdir()
    golden = copy.deepcopy(_golden_files)
    golden["hoganas-2012"]["total"]["score"] += 3  # an error: Höganäs is quarantined
    data = list(golden.values()) + [expected_record(raw, seed, ov) for seed, ov in HEBY]
    result = build_dataset([record(d) for d in data], raw, frameworks, [])
    with publish.new_release(curated) as out:
        write_release(result.tables, out, {"raw_dir": str(raw)})
    assert main(["site", "--curated", str(curated), "-o", str(curated / "site")]) == 0
    return curated


@pytest.fixture(scope="module")
def site(release) -> Path:
    return release / "site"


@pytest.fixture(scope="module")
def reports(release):
    import pandas as pd

    return pd.read_parquet(release / "reports.parquet")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.hrefs.append(value)


def links(page: Path) -> list[str]:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.hrefs


def test_a_page_per_municipality_of_every_published_report_none_for_held_back(site, reports):
    published = reports[reports["status"].isin(["ok", "warning"])]
    held = reports[~reports["status"].isin(["ok", "warning"])]
    assert set(held["source_file"]) == {"hoganas-2012.pdf"}
    for r in published.itertuples():
        page = (site / r.municipality_code / "index.html").read_text(encoding="utf-8")
        assert f'id="r-{r.report_id[:12]}"' in page, r.source_file
    (code,) = held["municipality_code"]
    assert not (site / code).exists(), "a quarantined report has no page"
    index = json.loads((site / INDEX_FILE).read_text(encoding="utf-8").split("=", 1)[1].rstrip(";\n"))
    assert "hoganas" not in json.dumps(index).lower().replace("höganäs", "")
    assert {r[5] for r in index["reports"]} == {rid[:12] for rid in published["report_id"]}
    quality = (site / "kvalitet.html").read_text(encoding="utf-8")
    assert "hoganas-2012.pdf" in quality and "total_equals_sum" in quality
    href = re.search(r'id="quality-report" href="([^"]+)"', quality).group(1)
    assert (site / href).resolve().is_file(), "the data-quality page links to the quality report"


def test_every_link_resolves_and_every_value_cites_its_page(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 4 + 11
    for page in pages:
        for href in links(page):
            if href.startswith(("#", "data:", "http://", "https://")) or "?" in href:
                continue
            target = (page.parent / unquote(urlsplit(href).path)).resolve()
            if target.suffix == ".pdf" and "gen-" not in target.name:
                continue  # the corpus reports' PDFs are not in this raw directory
            assert target.exists(), f"{page.relative_to(site)}: {href}"
    heby = (site / "0331" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="[^"]*raw_reports/gen-000007\.pdf#page=\d+"', heby)
    assert len(heby.encode()) <= MAX_PAGE_BYTES


def test_municipality_page_evaluations_over_time_framework_change_questions_findings(site, release):
    import pandas as pd

    heby = (site / "0331" / "index.html").read_text(encoding="utf-8")
    assert heby.count('class="evaluations"') == 2  # one table per framework, evaluations side by side
    assert "Ramverket byts" in heby and heby.index("kommunkompassen-2010") < heby.index("Ramverket byts")
    assert heby.count('class="chart spider"') == 1 and "nationell median" in heby
    q = pd.read_parquet(release / "question_scores.parquet")
    f = pd.read_parquet(release / "findings.parquet")
    for rows in (q[q["municipality_code"] == "0331"], f[f["municipality_code"] == "0331"]):
        assert len(rows) > 50
        for text in rows.filter(["question_text", "text"]).iloc[:, 0]:
            assert text.replace("&", "&amp;").replace('"', "&quot;").replace("'", "&#x27;") \
                .replace("<", "&lt;").replace(">", "&gt;") in heby
    # every question's score with its maximum
    row = q[q["municipality_code"] == "0331"].iloc[0]
    assert re.search(rf">{row.question_id}</td><td>.*?>{row.score}</a></td><td class=\"num\">{row['max']}</td>", heby)


def test_index_counts_distributions_per_framework_latest_table_counties(site):
    index = (site / "index.html").read_text(encoding="utf-8")
    assert 'lang="sv"' in index and 'name="viewport"' in index
    assert "13 publicerade utvärderingar av 11 kommuner" in index
    assert index.count('class="chart boxes"') == 3  # one per framework, never mixed
    assert index.count('class="chart bars"') == 1
    latest = re.search(r'<table class="latest sortable">.*?</table>', index, re.S).group(0)
    assert latest.count("<tr>") == 1 + 11 and ">2021<" in latest  # Heby's latest
    assert "Uppsala län" in index and "Akershus" in index  # Swedish län and Norwegian fylke, names kept
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="(https?:)?//', index), "no CDN"


def test_themes_recur_within_one_framework_and_area(site):
    html = (site / "teman.html").read_text(encoding="utf-8")
    themes = re.findall(r'<article class="theme">(.*?)</article>', html, re.S)
    assert themes
    for t in themes:
        assert "<blockquote>" in t and int(re.search(r"<p>(\d+) kommuner", t).group(1)) >= 2


def test_search_stems_a_word_no_report_contains(site):
    index = json.loads((site / INDEX_FILE).read_text(encoding="utf-8").split("=", 1)[1].rstrip(";\n"))
    assert "medborgardialog" in index["vocab"]
    (stems,) = query_stems(index, "medborgardialogerna")  # an inflection no report prints
    assert stems and all(index["stems"][s].startswith("medborgardialog") for s in stems)


def test_cli_site_replaces_the_site_and_knows_when_it_is_current(release, tmp_path, capsys):
    out = tmp_path / "s"
    (out / "stale").mkdir(parents=True)
    assert main(["site", "--curated", str(release), "-o", str(out), "--pdf-base", "https://example.org/pdf"]) == 0
    assert "site: 13 reports of 11 municipalities, 1 held back" in capsys.readouterr().out
    assert not (out / "stale").exists() and is_current(release, out)
    assert 'href="https://example.org/pdf/gen-000007.pdf#page=' in (out / "0331" / "index.html").read_text("utf-8")
    assert main(["site", "--curated", str(tmp_path / "none"), "-o", str(out)]) == 1


# --- in the browser ----------------------------------------------------------------------------

def _expected_hits(site: Path, query: str, **filters: str) -> set[tuple[str, int]]:
    """(code, year) of the reports a query should find, from the index in Python (search.py)."""
    index = json.loads((site / INDEX_FILE).read_text(encoding="utf-8").split("=", 1)[1].rstrip(";\n"))
    per_word = [set().union(*(index["postings"][s] for s in stems)) for stems in query_stems(index, query)]
    texts = set.intersection(*per_word)
    kinds = {"strength": 0, "improvement": 1, "question": 2}
    out = set()
    for doc in index["docs"]:
        rep = index["reports"][doc[0]]
        if doc[3] in texts and (not filters.get("kind") or doc[2] == kinds[filters["kind"]]) \
                and (not filters.get("framework") or rep[3] == filters["framework"]):
            out.add((rep[0], rep[2]))
    return out


@pytest.fixture(scope="module")
def browser(site, chromium):
    from tests.cdp import Browser

    with Browser(chromium) as b:
        yield b


def _hits(b) -> set[tuple[str, int]]:
    return {(c, int(y)) for c, y in b.evaluate(
        "Array.from(document.querySelectorAll('#results li.hit')).map(li => [li.dataset.code, li.dataset.year])")}


@pytest.mark.parametrize("page", ["index.html", "0331/index.html", "search.html?q=medborgare", "teman.html",
                                  "kvalitet.html"])
def test_pages_open_from_file_without_console_errors_and_show_their_charts(browser, site, page, tmp_path):
    browser.console.clear()
    browser.open(site.as_uri() + "/" + page)
    assert browser.errors == []
    boxes = browser.evaluate("Array.from(document.querySelectorAll('svg.chart')).map(s => "
                             "{const r = s.getBoundingClientRect(); return [r.x, r.y + scrollY, r.width, r.height]})")
    if page in ("index.html", "0331/index.html"):
        assert boxes and all(w > 100 and h > 100 for _, _, w, h in boxes)
        import pymupdf

        pix = pymupdf.Pixmap(str(browser.screenshot(tmp_path / "shot.png")))
        for x, y, w, h in boxes[:2]:  # the chart's own pixels: more than a blank or one-colour box
            colours = {pix.pixel(int(x + w * i / 13), int(y + h * j / 13)) for i in range(1, 13) for j in range(1, 13)}
            assert len(colours - {(255, 255, 255)}) >= 2, f"{page}: a chart at {x},{y} is blank"


def test_search_in_the_browser_finds_the_expected_reports(browser, site):
    for query, filters in [("medborgare", {}), ("medborgardialogerna", {}), ("sjukfrånvaro", {"kind": "strength"}),
                           ("chefer ledarskap", {}), ("innbyggerne", {"framework": "kommunekompasset-no"})]:
        params = "&".join(f"{k}={v}" for k, v in {"q": query, **filters}.items())
        browser.open(f"{site.as_uri()}/search.html?{params}")
        expected = _expected_hits(site, query, **filters)
        assert expected, query
        assert _hits(browser) == expected, query
        if query in ("chefer ledarskap", "medborgardialogerna"):
            assert ("0331", 2021) in expected  # Heby 2021 says both
        assert browser.evaluate("window.KOMPASS_LAST_MS") < 100
    assert browser.errors == []


def test_sorting_by_keyboard_and_a_phone_screen(browser, site, chromium):
    browser.open(site.as_uri() + "/index.html")
    browser.evaluate("document.querySelectorAll('table.latest th button')[6].focus()")  # "Totalt"
    browser.key("Enter", "Enter", 13, "\r")
    totals = browser.evaluate("Array.from(document.querySelectorAll('table.latest tbody tr'))"
                              ".map(r => parseFloat(r.cells[6].textContent))")
    assert totals == sorted(totals)
    assert browser.evaluate("document.querySelectorAll('table.latest th')[6].getAttribute('aria-sort')") == "ascending"
    from tests.cdp import Browser

    with Browser(chromium, width=390, height=844, mobile=True) as phone:
        for page in ("index.html", "0331/index.html"):
            phone.open(f"{site.as_uri()}/{page}")
            assert phone.evaluate("document.documentElement.scrollWidth") <= 390 + 1, page
            assert phone.errors == []


def test_ingest_and_rebuild_write_the_site_once_per_release(release, tmp_path, capsys):
    from kompass.cli import build_parser
    from kompass.cli_pipeline import _with_site

    for command in ("ingest", "rebuild"):
        assert build_parser().parse_args([command, "--site", "out"]).site == "out"
    args = build_parser().parse_args(["ingest", "--site", str(tmp_path / "s")])
    assert _with_site(args, release, 1) == 1  # the run's exit code stands
    assert "site: 13 reports" in capsys.readouterr().out
    stamp = (tmp_path / "s" / ".release").stat().st_mtime_ns
    assert _with_site(args, release, 0) == 0 and capsys.readouterr().out == ""  # already current: not rebuilt
    assert (tmp_path / "s" / ".release").stat().st_mtime_ns == stamp
