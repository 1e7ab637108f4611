"""A rebuild killed midway (SIGKILL) leaves the previous dataset intact; the next run completes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from curation import pipeline as steps
from curation import planning
from curation.extraction import extract_file
from curation.summary import RunSummary
from schemas.canonical import loaded_frameworks

pytest_plugins = ["tests.conftest_pipeline"]
pytestmark = pytest.mark.xdist_group("prefect-harness")

# The child runs the real rebuild flow; `PAUSE` is where it stops to be killed:
# while writing the release's files, or with every file written and the swap next.
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import curation.writers, curation.publish
    raw, curated, where, signal_file = sys.argv[1:5]

    def pause(*args, **kwargs):
        Path(signal_file).write_text("paused")
        time.sleep(300)

    if where == "writing":
        curation.writers.write_xlsx = pause
    else:
        curation.publish._swap_current = pause
    from flows.pipeline import rebuild
    rebuild(raw, curated)
""")


def publish_without_prefect(raw: Path, curated: Path) -> None:
    plan = planning.plan(raw, curated, force=True)
    records = planning.assemble(plan, [extract_file(raw, rel, sha) for rel, sha in plan.to_extract])
    steps.publish_dataset(records, raw, curated, loaded_frameworks(), [], RunSummary("test"), force=True)


@pytest.fixture(scope="module")
def child_prefect_home(tmp_path_factory) -> Path:
    """One Prefect home for both children: its database is migrated once."""
    return tmp_path_factory.mktemp("prefect-home")


@pytest.mark.parametrize("where", ["writing", "swapping"])
@pytest.mark.usefixtures("prefect_harness")
def test_killed_rebuild_leaves_previous_dataset(raw_corpus: Path, tmp_path: Path, where: str,
                                                child_prefect_home: Path):
    curated = tmp_path / "curated"
    for name in ("lulea-2011.pdf", "molndal-2015.pdf"):
        (raw_corpus / name).rename(tmp_path / name)  # the first dataset lacks two reports
    publish_without_prefect(raw_corpus, curated)
    before = (curated / "manifest.json").read_text()
    assert len(pd.read_parquet(curated / "reports.parquet")) == 6
    for name in ("lulea-2011.pdf", "molndal-2015.pdf"):
        (tmp_path / name).rename(raw_corpus / name)

    signal_file = tmp_path / "paused"
    env = {**os.environ, "PREFECT_HOME": str(child_prefect_home),
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    env.pop("PREFECT_API_URL", None)  # the child must not talk to the harness of this process
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(raw_corpus), str(curated), where, str(signal_file)],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 240
    while not signal_file.exists():
        if child.poll() is not None:
            pytest.fail(f"the rebuild ended before it could be killed: {child.stderr.read().decode()[-2000:]}")
        if time.monotonic() > deadline:
            child.kill()
            pytest.fail("the rebuild never reached the point where it is killed")
        time.sleep(0.2)
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()

    # The previous dataset is intact and whole: same manifest, every table readable.
    assert (curated / "manifest.json").read_text() == before
    assert len(pd.read_parquet(curated / "reports.parquet")) == 6
    partial = list((curated / ".releases").glob("*.partial"))
    if where == "writing":
        assert partial, "the killed run's unfinished release should be left aside, not in place"

    from flows import pipeline as flows

    s = flows.rebuild(str(raw_corpus), str(curated))
    assert s["published"] and s["reports"] == 8
    assert len(pd.read_parquet(curated / "reports.parquet")) == 8
    assert json.loads((curated / "manifest.json").read_text())["statuses"] == {"ok": 8}
    assert not list((curated / ".releases").glob("*.partial"))
    assert len(list((curated / ".releases").iterdir())) <= 2
