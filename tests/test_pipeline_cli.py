"""The dataset commands of `kompass`: help texts, one-line errors, summary, serve."""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from kompass import cli, cli_pipeline

pytest_plugins = ["tests.conftest_pipeline"]
pytestmark = pytest.mark.xdist_group("prefect-harness")

COMMANDS = ["ingest", "rebuild", "quality", "site", "serve"]


def subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    cli_pipeline.register(sub)
    return dict(sub.choices)


def test_every_command_and_option_has_help():
    parsers = subparsers()
    assert sorted(parsers) == sorted(COMMANDS)
    for name, parser in parsers.items():
        assert parser.description, f"{name} has no description"
        for action in parser._actions:
            assert action.help, f"{name} {action.option_strings} has no help text"


def test_pipeline_module_does_not_import_prefect():
    code = "import sys, kompass.cli; assert 'prefect' not in sys.modules, 'prefect imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_raw_dir_is_one_line(tmp_path, capsys):
    assert cli.main(["ingest", "--raw", str(tmp_path / "nope"), "--curated", str(tmp_path / "c")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "no such directory" in err


@pytest.mark.usefixtures("prefect_harness")
def test_quality_without_dataset_is_one_line(tmp_path, capsys):
    assert cli.main(["quality", "--curated", str(tmp_path / "c")]) == 1
    assert "no curated dataset yet" in capsys.readouterr().err


@pytest.mark.usefixtures("prefect_harness")
def test_ingest_prints_summary(raw_corpus, tmp_path, capsys):
    curated = tmp_path / "curated"
    assert cli.main(["ingest", "--raw", str(raw_corpus), "--curated", str(curated), "--no-fetch"]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith("ingest: 8 reports (8 files): 8 new, 0 unchanged, 0 failed, 0 quarantined")
    assert cli.main(["quality", "--curated", str(curated)]) == 0
    assert "quality/index.html" in capsys.readouterr().out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(what: str, check, timeout: float, proc: subprocess.Popen, log: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"serve exited ({proc.returncode}) before {what}:\n{log.read_text()[-3000:]}")
        try:
            if result := check():
                return result
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(f"timed out waiting for {what}:\n{log.read_text()[-3000:]}")


def test_serve_starts_local_server_schedules_and_runs(raw_corpus: Path, tmp_path: Path):
    port, curated, log = _free_port(), tmp_path / "curated", tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kompass", "serve", "--raw", str(raw_corpus), "--curated", str(curated),
             "--cron", "0 6 * * 1", "--port", str(port)],
            cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT)
    api = f"http://127.0.0.1:{port}/api"
    try:
        dep = _wait("the deployment", lambda: (r := httpx.get(f"{api}/deployments/name/kompass-ingest/scheduled",
                                                               timeout=5)).status_code == 200 and r.json(),
                    240, proc, log)
        assert [(s["schedule"]["cron"], s["schedule"]["timezone"]) for s in dep["schedules"]] == \
            [("0 6 * * 1", "Europe/Stockholm")]  # the default --timezone, shown in the deployment
        # The deployment can be readable a moment before the server accepts runs for it (a busy SQLite
        # answers 5xx): retry until the run is created, as a scheduler would.
        run = _wait("the run to be created", lambda: (r := httpx.post(f"{api}/deployments/{dep['id']}/create_flow_run",
                                                                      json={}, timeout=10)).status_code in (200, 201)
                    and r.json(), 60, proc, log)
        state = _wait("the triggered run", lambda: (s := httpx.get(f"{api}/flow_runs/{run['id']}", timeout=5)
                                                     .json()["state"]["type"]) in ("COMPLETED", "FAILED", "CRASHED")
                      and s, 180, proc, log)
        assert state == "COMPLETED", log.read_text()[-3000:]
        assert (curated / "reports.parquet").exists()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
    with pytest.raises(httpx.HTTPError):  # the local server stopped with serve
        httpx.get(f"{api}/health", timeout=2)
