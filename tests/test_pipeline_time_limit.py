"""A file whose extraction hangs (an endless loop in MuPDF or Tesseract) is stopped at its time
limit and fails alone as `extraction_timed_out`; every other file is published, the run exits 1,
and no process is left behind. The hang is `tests.crashing.extract_or_hang`, injected as the
extraction function; the limits are seconds, so that the tests stay quick."""

from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pandas as pd
import psutil
import pytest

from curation import isolated, parallel
from curation.idle import idle_summary
from curation.time_limit import TimeLimit, time_limit
from kompass import cli
from tests.crashing import extract_or_die, extract_or_hang, heavy_modules_after_extracting
from tests.pipeline_support import PDF_DIR, within

pytest_plugins = ["tests.conftest_pipeline"]
pytestmark = pytest.mark.usefixtures("needs_corpus")

# Short, but ample for a real report: 2 s + 0.2 s x 29 pages = 7.8 s for heby-2014, which takes
# well under a second (in a fresh child, on a loaded machine: about 1 s).
QUICK = TimeLimit(2, 0.2)
NOT_A_PDF = b"%PDF-1.4\nnot really a pdf: its pages cannot be counted"


def raw_with(tmp_path: Path, reports: list[str], *others: str) -> Path:
    """A raw directory with copies of corpus reports and, under each name of `others`, a copy of
    heby-2014 (a PDF whose pages count) or, for names starting with 'x-', a file that is no PDF."""
    raw = tmp_path / "raw_reports"
    raw.mkdir()
    for name in reports:
        shutil.copy(PDF_DIR / f"{name}.pdf", raw / f"{name}.pdf")
    for name in others:
        if name.startswith("x-"):
            (raw / name).write_bytes(NOT_A_PDF)
        else:
            shutil.copy(PDF_DIR / "heby-2014.pdf", raw / name)
    return raw


def our_children() -> set[int]:
    return {p.pid for p in psutil.Process().children(recursive=True)}


def wait_gone(pids: set[int], timeout: float = 5.0) -> set[int]:
    """Those of `pids` still running after up to `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while (alive := {p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != "zombie"}) \
            and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive


def codes(records) -> dict[str, str]:
    return {r.source_file: r.error.code if r.error else "ok" for r in records}


def test_the_limit_grows_with_pages_and_zero_turns_it_off():
    limit = TimeLimit()
    assert (limit.seconds(None), limit.seconds(40)) == (60, 660)  # a 40-page scan: 11 minutes
    assert limit.explain(29) == "495 s (60 s + 15 s per page x 29 pages)"
    assert "pages could not be counted" in limit.explain(None)
    assert QUICK.explain(29) == "7.8 s (2 s + 0.2 s per page x 29 pages)"
    assert time_limit(0, 15) is None and time_limit(30, 0) == TimeLimit(30, 0)


def test_a_hung_file_times_out_and_the_rest_of_its_batch_is_extracted(tmp_path: Path):
    raw = raw_with(tmp_path, ["heby-2014", "frogn-2013", "vetlanda-2014"], "hang-heby.pdf", "x-oom.pdf")
    before = our_children()
    pool = parallel.LocalProcesses(2, extract=extract_or_hang, limit=QUICK)
    # Two batches at once, from two threads, as the flow's task runner hands them over; the hung
    # file sits in the middle of its batch.
    batches = [[("heby-2014.pdf", "1" * 64), ("hang-heby.pdf", "2" * 64), ("frogn-2013.pdf", "3" * 64)],
               [("x-oom.pdf", "4" * 64), ("vetlanda-2014.pdf", "5" * 64)]]
    out: list = []
    t = time.monotonic()
    other = threading.Thread(target=lambda: out.append(pool.extract_batch(raw, batches[1])), daemon=True)
    other.start()
    out.append(within(60, pool.extract_batch, raw, batches[0]))
    other.join(60)
    took = time.monotonic() - t
    assert len(out) == 2, "the other batch never came back"

    records = {r.source_file: r for r in out[0] + out[1]}
    assert codes(records.values()) == {"heby-2014.pdf": "ok", "hang-heby.pdf": "extraction_timed_out",
                                       "frogn-2013.pdf": "ok", "x-oom.pdf": "worker_crashed",
                                       "vetlanda-2014.pdf": "ok"}
    message = records["hang-heby.pdf"].error.message
    assert "time limit of 7.8 s (2 s + 0.2 s per page x 29 pages)" in message  # its pages counted
    assert "--time-limit SECONDS" in message and "--time-per-page SECONDS" in message
    assert records["frogn-2013.pdf"].data["report"]["year"] == 2013  # after the hung file, same batch
    assert 7.8 <= took < 30
    assert our_children() - before == set()


def test_one_file_is_extracted_in_a_child_when_a_limit_applies(tmp_path: Path):
    raw = raw_with(tmp_path, [], "x-hang.pdf")
    with parallel.extraction_pool(8, 1, extract=extract_or_hang, limit=TimeLimit(1, 0)) as pool:
        assert isinstance(pool, parallel.LocalProcesses)
        t = time.monotonic()
        [record] = within(30, pool.extract_batch, raw, [("x-hang.pdf", "0" * 64)])
    assert record.error.code == "extraction_timed_out" and 1 <= time.monotonic() - t < 10
    assert "time limit of 1 s (the base limit: its pages could not be counted within it)" in record.error.message
    # Without a limit, or with workers=0, this process extracts (and a hang here would be for good).
    for workers, jobs, limit in ((8, 1, None), (0, 5, TimeLimit())):
        with parallel.extraction_pool(workers, jobs, extract=extract_or_hang, limit=limit) as pool:
            assert isinstance(pool, parallel.InProcess)


def test_a_child_imports_the_extractor_only(tmp_path: Path):
    raw = raw_with(tmp_path, ["frogn-2013"])
    job = isolated.Job(heavy_modules_after_extracting, (raw, "frogn-2013.pdf", "0" * 64), raw / "frogn-2013.pdf")
    assert isolated.run_in_children([job], QUICK) == [isolated.Finished([])]


def test_ctrl_c_in_a_child_interrupts_the_run(tmp_path: Path):
    raw = raw_with(tmp_path, [], "x-ctrl-c.pdf")
    with pytest.raises(KeyboardInterrupt):
        parallel.LocalProcesses(1, extract=extract_or_die).extract_batch(raw, [("x-ctrl-c.pdf", "0" * 64)])


# A parent that starts a child on a hung job and is then killed outright (SIGKILL: no clean-up).
PARENT = textwrap.dedent("""
    import sys
    from pathlib import Path
    from curation import isolated
    from curation.time_limit import TimeLimit
    from tests.crashing import extract_or_hang

    raw = Path(sys.argv[1])
    child = isolated.Child()
    print(child.pid, flush=True)
    child.run(isolated.Job(extract_or_hang, (raw, "x-hang.pdf", "0" * 64), raw / "x-hang.pdf"), TimeLimit(600, 0))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel ends the child on Linux only")
def test_a_killed_run_leaves_no_child_behind(tmp_path: Path):
    raw = raw_with(tmp_path, [], "x-hang.pdf")
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(raw)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    child = int(parent.stdout.readline())
    time.sleep(0.5)  # the child is in its hung job now
    assert psutil.pid_exists(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    assert wait_gone({child}) == set()


@pytest.mark.usefixtures("prefect_harness")
@pytest.mark.xdist_group("prefect-harness")
def test_ingest_with_a_hung_file_exits_1_and_publishes_the_others(tmp_path: Path, capsys, monkeypatch):
    raw, curated = raw_with(tmp_path, ["heby-2014", "frogn-2013"], "x-hang.pdf"), tmp_path / "curated"
    monkeypatch.setattr(parallel, "extraction_pool", functools.partial(parallel.extraction_pool,
                                                                       extract=extract_or_hang))
    before = our_children()
    code = within(180, cli.main, ["ingest", "--raw", str(raw), "--curated", str(curated), "--no-fetch",
                                  "--quiet", "--time-limit", "2", "--time-per-page", "0.2"])
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert code == 1 and line.startswith("ingest: 3 reports (3 files): 3 new, 0 unchanged, 1 failed, 0 quarantined")
    assert line.endswith("; failed: x-hang.pdf [extraction_timed_out]")

    reports = pd.read_parquet(curated / "reports.parquet").set_index("source_file")
    assert reports["status"].to_dict() == {"frogn-2013.pdf": "ok", "heby-2014.pdf": "ok", "x-hang.pdf": "failed"}
    assert len(pd.read_parquet(curated / "area_scores.parquet")) == 16
    issue = pd.read_parquet(curated / "quality_issues.parquet").set_index("source_file").loc["x-hang.pdf"]
    assert issue["check_name"] == "extraction_timed_out" and issue["severity"] == "error"
    assert "time limit of 2 s" in issue["message"] and "attempt 1 of 3: the next ingest tries again" in issue["message"]
    html = (curated / "quality" / "index.html").read_text(encoding="utf-8")
    assert "raise the time limit (--time-limit, --time-per-page)" in html
    assert json.loads((curated / ".state" / "runs.jsonl").read_text().splitlines()[-1])["exit_code"] == 1
    assert idle_summary(raw, curated, fetch=False) is None  # retried by the next ingest, as any failure
    assert wait_gone(our_children() - before) == set()
