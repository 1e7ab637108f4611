"""What the pipeline tells its operator: exit codes, retried failures, upgrades, crashed
workers, a no-op run without Prefect, the cluster check, the terminal output."""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from curation import parallel, planning, versions
from curation import pipeline as steps
from curation.cluster import ClusterError, check_cluster, parse_address
from curation.extraction import extract_file
from curation.idle import idle_summary
from curation.store import MAX_ATTEMPTS, ExtractionCache
from curation.summary import RunSummary
from kompass import cli
from schemas.canonical import loaded_frameworks
from tests.crashing import extract_or_die
from tests.pipeline_support import PDF_DIR

pytest_plugins = ["tests.conftest_pipeline"]
pytestmark = pytest.mark.usefixtures("needs_corpus")

BROKEN = b"%PDF-1.4\nthis is not really a pdf"


def small_raw(tmp_path: Path, *names: str) -> Path:
    raw = tmp_path / "raw_reports"
    raw.mkdir()
    for name in names:
        shutil.copy(PDF_DIR / f"{name}.pdf", raw / f"{name}.pdf")
    return raw


def run_without_prefect(raw: Path, curated: Path, *, force: bool = False) -> tuple[planning.Plan, RunSummary]:
    """One ingest (or rebuild) through the same steps as the flow, in this process."""
    p = planning.plan(raw, curated, force=force)
    done = [planning.count_attempts(extract_file(raw, rel, sha), p.previous.get(sha))
            for rel, sha in p.to_extract]
    cache = ExtractionCache(curated)
    for rec in done:
        cache.put(rec)
    summary = RunSummary("ingest")
    steps.publish_dataset(planning.assemble(p, done), raw, curated, loaded_frameworks(), [], summary, force=force)
    return p, summary


def test_killed_worker_fails_only_its_file(tmp_path: Path):
    raw = small_raw(tmp_path, "heby-2014", "frogn-2013")
    for name in ("abort.pdf", "oom.pdf"):
        (raw / name).write_bytes(BROKEN + name.encode())
    files = [(name, f"{i:064x}") for i, name in enumerate(["abort.pdf", "heby-2014.pdf", "oom.pdf", "frogn-2013.pdf"])]
    pool = parallel.LocalProcesses(2, extract=extract_or_die)
    out = {r.source_file: r for r in pool.extract_batch(raw, files)}
    again = pool.extract_batch(raw, [("heby-2014.pdf", "f" * 64)])  # the pool still extracts
    assert {f: (r.error.code if r.error else "ok") for f, r in out.items()} == {
        "abort.pdf": "worker_crashed", "oom.pdf": "worker_crashed", "heby-2014.pdf": "ok", "frogn-2013.pdf": "ok"}
    assert "died reading this file (twice, the second time in a fresh process: killed by SIGKILL)" in \
        out["oom.pdf"].error.message
    assert "killed by SIGABRT" in out["abort.pdf"].error.message
    assert again[0].error is None and again[0].data["report"]["year"] == 2014


def test_failed_extraction_is_retried_a_bounded_number_of_times(tmp_path: Path):
    raw, curated = small_raw(tmp_path, "heby-2014"), tmp_path / "curated"
    (raw / "broken.pdf").write_bytes(BROKEN)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        p, summary = run_without_prefect(raw, curated)
        assert p.count("retry") == (0 if attempt == 1 else 1)
        issues = pd.read_parquet(curated / "quality_issues.parquet")
        message = issues.loc[issues["source_file"] == "broken.pdf", "message"].iloc[0]
        assert f"attempt {attempt} of {MAX_ATTEMPTS}" in message
        assert summary.exit_code() == 1 and summary.held_back[0].name == "broken.pdf"
        if attempt < MAX_ATTEMPTS:  # a retry is due: the quick no-op path must not skip it
            assert idle_summary(raw, curated, fetch=False) is None
    assert "not tried again until the file or the extractor changes" in message
    p, _ = run_without_prefect(raw, curated)
    assert p.to_extract == []  # final now
    idle = idle_summary(raw, curated, fetch=False)
    assert idle is not None and idle.exit_code() == 1 and "failed: broken.pdf [truncated]" in idle.line()
    run_without_prefect(raw, curated, force=True)  # a rebuild starts the count afresh
    issues = pd.read_parquet(curated / "quality_issues.parquet")
    assert f"attempt 1 of {MAX_ATTEMPTS}" in issues.loc[issues["source_file"] == "broken.pdf", "message"].iloc[0]
    (raw / "broken.pdf").write_bytes(BROKEN + b" (downloaded again)")  # new content: a new report
    assert list(planning.plan(raw, curated, force=False).reasons.values()) == ["new"]


def test_upgrade_reextracts_and_republishes(tmp_path: Path, monkeypatch):
    raw, curated = small_raw(tmp_path, "heby-2014"), tmp_path / "curated"
    run_without_prefect(raw, curated)
    assert idle_summary(raw, curated, fetch=False) is not None  # up to date
    manifest = json.loads((curated / "manifest.json").read_text())
    assert manifest["extractor_build"] == versions.extractor_build()

    # Another schema build (tables, validation, writers): nothing to extract, but republished.
    monkeypatch.setattr(versions, "schema_build", lambda: "9.9.9+tables")
    assert idle_summary(raw, curated, fetch=False) is None
    p, summary = run_without_prefect(raw, curated)
    assert p.to_extract == [] and summary.published

    # Another extractor build: every report is read again, never "already up to date".
    monkeypatch.setattr(versions, "extractor_build", lambda: "9.9.9+reader")
    assert idle_summary(raw, curated, fetch=False) is None
    p, summary = run_without_prefect(raw, curated)
    assert p.count("upgraded") == 1 and summary.published and "already up to date" not in summary.line()
    assert json.loads((curated / "manifest.json").read_text())["extractor_build"] == "9.9.9+reader"
    assert idle_summary(raw, curated, fetch=False) is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cluster_check_names_what_is_wrong_within_seconds(tmp_path: Path):
    with pytest.raises(ClusterError, match="expected tcp://HOST:PORT"):
        parse_address("127.0.0.1")
    port = _free_port()
    t = time.monotonic()
    with pytest.raises(ClusterError, match="connection refused") as exc:
        check_cluster(f"tcp://127.0.0.1:{port}", tmp_path)
    assert time.monotonic() - t < 5 and "\n" not in str(exc.value)
    # Something listens, but it is no Dask scheduler.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        with pytest.raises(ClusterError, match="is no Dask scheduler"):
            check_cluster(f"tcp://127.0.0.1:{listener.getsockname()[1]}", tmp_path, timeout_s=2)


def test_version_and_usage_exit_codes(tmp_path: Path, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0 and f"extractor build {versions.extractor_build()}" in capsys.readouterr().out
    raw = small_raw(tmp_path)
    assert cli.main(["ingest", "--raw", str(raw), "--dask-address", "nonsense"]) == 2
    assert cli.main(["serve", "--raw", str(raw), "--timezone", "Mars/Olympus"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "tcp://HOST:PORT" in err[0] and "IANA" in err[1]


def test_prefect_defaults_come_before_prefect_and_telemetry_is_off():
    code = ("import sys; from kompass import cli_pipeline as c\n"
            "with c._prefect_console(True):\n"
            "    from prefect._internal.analytics import is_telemetry_enabled\n"
            "    from prefect.settings import get_current_settings\n"
            "    s = get_current_settings()\n"
            "    assert not is_telemetry_enabled(), 'telemetry on'\n"
            "    assert s.server.ephemeral.startup_timeout_seconds == 180, 'flows defaults not applied'\n")
    env = {k: v for k, v in os.environ.items() if k not in ("DO_NOT_TRACK", "CI")}  # CI turns it off too
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def test_issue_links_to_its_pdf_page_and_says_what_to_do(golden, frameworks, tmp_path: Path):
    from curation.quality_report import render_html, render_markdown
    from tests.pipeline_support import record

    heby = golden["heby-2014"]
    heby["issues"] = [{"severity": "warning", "code": "box_score_missing", "page": 9, "area": 2,
                       "question_id": None, "message": "no score box"}]
    tables = steps.build_dataset([record(heby, "kommun/heby 2014.pdf")], tmp_path, frameworks,
                                 [("http://example.invalid/x.pdf", "HTTP 404")]).tables
    html = render_html(tables, raw_href="../../raw_reports")
    assert '<a href="../../raw_reports/kommun/heby%202014.pdf#page=9">kommun/heby 2014.pdf</a>' in html
    assert "Look at the PDF page; nothing blocks publication" in html
    assert '<a href="http://example.invalid/x.pdf">' in html and "Re-download: check the URL in sources.csv" in html
    assert "| what to do |" in render_markdown(tables)


def test_progress_bar_takes_prefect_console_lines(monkeypatch):
    from prefect.logging.handlers import PrefectConsoleHandler

    from flows import pipeline as flows

    handler = PrefectConsoleHandler()
    logger = logging.getLogger("prefect.kompass-test")
    logger.addHandler(handler)
    before = handler.console
    try:
        with flows._progress(True, 3) as advance:
            advance(1)
            assert handler.console is not before and handler.console.stderr  # printed above the bar
        assert handler.console is before
    finally:
        logger.removeHandler(handler)


@pytest.mark.usefixtures("prefect_harness")
@pytest.mark.xdist_group("prefect-harness")
def test_exit_codes_and_named_files_per_case(tmp_path: Path, capsys):
    raw, curated = small_raw(tmp_path, "heby-2014", "frogn-2013"), tmp_path / "curated"
    args = ["ingest", "--raw", str(raw), "--curated", str(curated), "--no-fetch"]

    def ingest() -> tuple[int, str]:
        code = cli.main(args)
        return code, capsys.readouterr().out.strip().splitlines()[-1]

    assert ingest()[0] == 0  # every report published

    # Nothing new: answered without Prefect (not even imported), recorded in the run log.
    code = ("import sys; from kompass import cli; rc = cli.main(sys.argv[1:]); "
            "assert 'prefect' not in sys.modules, 'prefect imported'; sys.exit(rc)")
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "already up to date" in done.stdout and done.stderr == ""
    runs = [json.loads(line) for line in (curated / ".state" / "runs.jsonl").read_text().splitlines()]
    assert [r["orchestrated"] for r in runs] == [True, False]

    (raw / "broken.pdf").write_bytes(BROKEN)  # failed: the rest still published
    code, line = ingest()
    assert code == 1 and line.endswith("; failed: broken.pdf [truncated]")
    assert len(pd.read_parquet(curated / "area_scores.parquet")) == 16
    (raw / "broken.pdf").unlink()

    # Quarantined: another file for Heby 2014 (a conflict holds both back).
    (raw / "heby-2014-v2.pdf").write_bytes((raw / "heby-2014.pdf").read_bytes() + b"% another copy\n")
    code, line = ingest()
    assert code == 1 and "; quarantined: heby-2014-v2.pdf [conflict], heby-2014.pdf [conflict]" in line
    assert "0 failed, 2 quarantined" in line
    html = (curated / "quality" / "index.html").read_text(encoding="utf-8")
    assert "2 quarantined, 0 failed, 0 rejected" in html and "Resolve the conflict in resolutions.csv" in html
    assert 'href="../../raw_reports/heby-2014-v2.pdf"' in html

    # Resolved: the copy is rejected by the steward's decision, which is no failure.
    (raw / "resolutions.csv").write_text("report,decision\nheby-2014.pdf,keep\n", encoding="utf-8")
    code, line = ingest()
    assert code == 0 and "0 quarantined, 1 rejected by resolutions.csv" in line
    assert cli.main(["rebuild", "--raw", str(raw), "--curated", str(curated), "--quiet"]) == 0  # same codes
    assert capsys.readouterr().out.startswith("rebuild: 3 reports (3 files): 3 new")


@pytest.mark.usefixtures("prefect_harness")
@pytest.mark.xdist_group("prefect-harness")
def test_quiet_ingest_prints_only_the_summary(tmp_path: Path):
    from prefect.settings import PREFECT_API_URL

    small_raw(tmp_path, "frogn-2013")  # tmp_path/raw_reports, given below as the relative default
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}  # the harness' server: no start-up
    done = subprocess.run([sys.executable, "-m", "kompass", "ingest", "--quiet", "--raw", "raw_reports",
                           "--curated", "curated", "--no-fetch"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and done.stdout.startswith("ingest: 1 reports (1 files): 1 new")
