"""Downloads listed in sources.csv, served from a local HTTP server on 127.0.0.1."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from curation import download
from tests.pipeline_support import PDF_DIR

pytest_plugins = ["tests.conftest_pipeline"]
pytestmark = [pytest.mark.usefixtures("needs_corpus"),
              pytest.mark.xdist_group("prefect-harness")]


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}  # counted across the per-request handler instances

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def _send(self, body: bytes, ctype: str = "application/pdf", status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.hits[self.path] = Handler.hits.get(self.path, 0) + 1
        if self.path.endswith(".pdf"):
            self._send((PDF_DIR / Path(self.path).name).read_bytes())
        elif self.path == "/page.html":
            self._send(b"<html><body>not a report</body></html>", "text/html")
        elif self.path == "/big":
            self._send(b"%PDF-1.4\n" + b"0" * 300_000)
        elif self.path == "/slow":
            self.send_response(200)
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"%PDF-1.4 " * 10)
                self.wfile.flush()
                time.sleep(0.1)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/heby-2014.pdf")
            self.end_headers()
        else:
            self._send(b"no", "text/plain", 404)


@pytest.fixture
def server() -> Iterator[str]:
    Handler.hits = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_download_checks_and_stores_by_hash(server: str, tmp_path: Path):
    dest = tmp_path / "dl"
    path = download.download_pdf(f"{server}/heby-2014.pdf", dest)
    body = (PDF_DIR / "heby-2014.pdf").read_bytes()
    assert path == dest / f"{hashlib.sha256(body).hexdigest()}.pdf" and path.read_bytes() == body
    assert download.download_pdf(f"{server}/moved", dest) == path
    cases = {
        f"{server}/page.html": "not a PDF",
        f"{server}/big": "limit",
        f"{server}/missing": "HTTP 404",
        "ftp://127.0.0.1/x.pdf": "only http and https",
        "file:///etc/passwd": "only http and https",
        f"{server}/slow": "longer than",
    }
    for url, why in cases.items():
        with pytest.raises(download.DownloadError, match=why):
            download.download_pdf(url, dest, max_bytes=200_000, timeout_s=1.0)
    assert sorted(p.name for p in dest.iterdir()) == [path.name]  # no partial files left


def test_fetch_new_fetches_each_url_once(server: str, tmp_path: Path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "sources.csv").write_text(
        "url,municipality,year\n"
        f"{server}/heby-2014.pdf,Heby,2014\n"
        f"{server}/frogn-2013.pdf,,\n"
        f"{server}/page.html,,\n", encoding="utf-8")
    result = download.fetch_new(raw)
    assert len(result.fetched) == 2 and [u for u, _ in result.failed] == [f"{server}/page.html"]
    registry = json.loads((raw / "downloaded" / "fetched.json").read_text())
    assert registry[f"{server}/heby-2014.pdf"]["municipality"] == "Heby"
    again = download.fetch_new(raw)
    assert (again.fetched, again.already, len(again.failed)) == ([], 2, 1)
    assert Handler.hits["/heby-2014.pdf"] == 1 and Handler.hits["/page.html"] == 2


def test_bad_sources_csv_is_reported(tmp_path: Path):
    (tmp_path / "sources.csv").write_text("link\nhttp://x\n")
    with pytest.raises(ValueError, match="url"):
        download.read_sources(tmp_path)


@pytest.mark.usefixtures("prefect_harness")
def test_ingest_downloads_then_extracts(server: str, tmp_path: Path):
    from flows import pipeline as flows

    raw, curated = tmp_path / "raw", tmp_path / "curated"
    raw.mkdir()
    (raw / "sources.csv").write_text(f"url,municipality,year\n{server}/heby-2014.pdf,Heby,2015\n"
                                     f"{server}/missing,,\n", encoding="utf-8")
    s = flows.ingest(str(raw), str(curated))
    assert (s["downloaded"], s["download_failed"], s["new"], s["published"]) == (1, 1, 1, True)
    import pandas as pd

    issues = pd.read_parquet(curated / "quality_issues.parquet").set_index("check_name")
    assert sorted(issues.index) == ["download_failed", "source_mismatch"]
    assert "404" in issues.loc["download_failed", "found"]
    # sources.csv said 2015, the report says 2014: a warning; the report's own year is kept.
    assert (issues.loc["source_mismatch", "expected"], issues.loc["source_mismatch", "found"]) == ("2015", "2014")
    reports = pd.read_parquet(curated / "reports.parquet")
    assert list(reports["status"]) == ["warning"] and reports["source_file"].iloc[0].startswith("downloaded/")
    assert list(reports["year"]) == [2014]
    assert list(reports["source_url"]) == [f"{server}/heby-2014.pdf"]  # where the report came from
    # A failed download counts as a failure: named in the summary, exit code 1.
    from curation.summary import RunSummary

    summary = RunSummary.from_dict(s)
    assert summary.exit_code() == 1 and f"failed: {server}/missing [download_failed]" in summary.line()
