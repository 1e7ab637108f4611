"""`kompass extract` and `kompass debug` end to end, through the console entry point.

Files are extracted in child processes (fresh interpreters), so a misbehaving extractor is
injected as the function the children are told to run (`kompass.cli_extract.extract_one`):
`tests.crashing.extract_one_or_hang`, which hangs, crashes or raises on chosen file names."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from kompass import cli_extract
from kompass.cli import main
from tests.crashing import extract_one_or_hang
from tests.pipeline_support import within

SAMPLES = Path(__file__).resolve().parents[1] / "raw_reports"


def test_extract_one_file_to_json(tmp_path: Path) -> None:
    out = tmp_path / "heby.json"
    assert main(["extract", str(SAMPLES / "heby-2014.pdf"), "-o", str(out)]) == 0
    record = json.loads(out.read_text("utf-8"))
    assert record["report"]["municipality"] == "Heby kommun" and record["total"]["score"] == 426
    assert record["issues"] == []


def test_extract_folder_with_a_bad_file_exits_1_and_names_it(tmp_path: Path, capsys) -> None:
    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(SAMPLES / "frogn-2013.pdf", source)
    (source / "broken.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert main(["extract", str(source), "-o", str(tmp_path / "out"), "--jobs", "2"]) == 1
    err = capsys.readouterr().err
    assert "broken.pdf" in err and "[" in err  # file and error code on one line
    assert (tmp_path / "out" / "frogn-2013.json").exists()
    assert not (tmp_path / "out" / "broken.json").exists()


@pytest.fixture
def misbehaving(monkeypatch) -> None:
    """Names decide what the extractor does (`tests.crashing.extract_one_or_hang`): `bug`
    raises an unexpected exception, `abort` and `oom` kill its process (SIGABRT as a crash in
    MuPDF, SIGKILL as the OOM killer), `hang` never returns, `ctrl-c` dies by SIGINT."""
    monkeypatch.setattr(cli_extract, "extract_one", extract_one_or_hang)


def our_children() -> set[int]:
    return {p.pid for p in psutil.Process().children(recursive=True)}


def left_behind(before: set[int], timeout: float = 5.0) -> set[int]:
    """Child processes started since `before` still running after up to `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while (alive := {p.pid for p in psutil.Process().children(recursive=True)
                     if p.pid not in before and p.status() != psutil.STATUS_ZOMBIE}) and time.monotonic() < deadline:
        time.sleep(0.1)
    return alive


def named(err: str, source: Path) -> dict[str, str]:
    """The stderr lines naming files of `source`, by file name."""
    return {Path(line.split(":")[0].split(",")[0]).name: line
            for line in err.splitlines() if line.startswith(str(source))}


def folder(tmp_path: Path, *names: str) -> Path:
    """A folder of copies of heby-2014 (frogn-2013 for names with 'frogn') under `names`."""
    source = tmp_path / "in"
    source.mkdir()
    for name in names:
        shutil.copy(SAMPLES / ("frogn-2013.pdf" if "frogn" in name else "heby-2014.pdf"), source / name)
    return source


@pytest.mark.usefixtures("misbehaving")
def test_no_file_stops_a_folder_and_an_extractor_bug_exits_3(tmp_path: Path, capsys) -> None:
    source = folder(tmp_path, "bug.pdf", "abort.pdf", "a-heby.pdf", "z-frogn.pdf")
    (source / "folder.pdf").mkdir()  # a folder named like a PDF
    (source / "broken.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    before = our_children()
    assert main(["extract", str(source), "-o", str(tmp_path / "out"), "--jobs", "2"]) == 3
    err = capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a-heby.json", "z-frogn.json"]
    lines = named(err, source)
    assert "[internal_error] extractor bug: ValueError: a bug on purpose (raised at tests.crashing:" in lines["bug.pdf"]
    # As ingest names it: the file killed a fresh process too.
    assert ("[worker_crashed] the extractor's process died reading this file (twice, the second time in a "
            "fresh process: killed by SIGABRT)") in lines["abort.pdf"]
    assert "[not_a_file]" in lines["folder.pdf"] and "[corrupt]" in lines["broken.pdf"]
    assert "4 with errors, 2 of them by an extractor bug (exit 3)" in err
    assert left_behind(before) == set()


@pytest.mark.usefixtures("misbehaving")
def test_a_hung_file_is_stopped_at_its_limit_and_the_folder_goes_on(tmp_path: Path, capsys) -> None:
    """The hung file (deaf to Ctrl-C and SIGTERM, as a loop in C is) sits among good ones; with
    one process per file at a time, the files after it wait for no one."""
    source = folder(tmp_path, "a-heby.pdf", "b-frogn.pdf", "hang.pdf", "m-heby.pdf", "z-frogn.pdf")
    (source / "x-hang.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf: its pages cannot be counted")
    before = our_children()
    t = time.monotonic()
    # 2 s + 0.2 s a page: ample for a real report (heby-2014: 7.8 s for its 29 pages; it takes ~1 s).
    code = within(90, main, ["extract", str(source), "-o", str(tmp_path / "out"), "--jobs", "2",
                             "--time-limit", "2", "--time-per-page", "0.2"])
    took = time.monotonic() - t
    err = capsys.readouterr().err
    assert code == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "a-heby.json", "b-frogn.json", "m-heby.json", "z-frogn.json"]
    lines = named(err, source)
    assert set(lines) == {"hang.pdf", "x-hang.pdf"}
    assert ("[extraction_timed_out] the extraction did not finish within its time limit of 7.8 s "
            "(2 s + 0.2 s per page x 29 pages)") in lines["hang.pdf"]
    assert "time limit of 2 s (the base limit: its pages could not be counted within it)" in lines["x-hang.pdf"]
    assert "raise the limit (--time-limit SECONDS per file and --time-per-page SECONDS)" in lines["hang.pdf"]
    assert "extracted 4 of 6 cleanly; 2 with errors" in err and "exit 3" not in err
    assert 7.8 <= took < 45
    assert left_behind(before) == set()


@pytest.mark.usefixtures("misbehaving")
def test_one_file_is_extracted_within_its_limit(tmp_path: Path, capsys) -> None:
    source = folder(tmp_path, "hang.pdf", "oom.pdf")
    t = time.monotonic()
    code = within(60, main, ["extract", str(source / "hang.pdf"), "-o", str(tmp_path / "hang.json"),
                             "--time-limit", "1", "--time-per-page", "0.1"])
    assert code == 1 and 3.9 <= time.monotonic() - t < 30
    out, err = capsys.readouterr()
    assert "[extraction_timed_out] the extraction did not finish within its time limit of 3.9 s" in err
    assert out == "" and not (tmp_path / "hang.json").exists()
    # A file that kills its process (twice) is an extractor bug, alone too.
    assert main(["extract", str(source / "oom.pdf"), "--time-limit", "10", "--time-per-page", "0"]) == 3
    out, err = capsys.readouterr()
    assert out == "" and "[worker_crashed]" in err and "killed by SIGKILL" in err


@pytest.mark.usefixtures("misbehaving")
def test_a_bad_file_alone_exits_1_and_a_bug_alone_exits_3(tmp_path: Path, capsys) -> None:
    (tmp_path / "x.pdf").write_bytes(b"PK\x03\x04" + bytes(100))
    assert main(["extract", str(tmp_path / "x.pdf")]) == 1
    assert "[corrupt] not a PDF but a ZIP archive" in capsys.readouterr().err
    shutil.copy(SAMPLES / "heby-2014.pdf", tmp_path / "bug.pdf")
    # In a child process within the limit, and, without a limit, in this one.
    for limit in ("60", "0"):
        assert main(["extract", str(tmp_path / "bug.pdf"), "--time-limit", limit]) == 3
        assert "[internal_error] extractor bug: ValueError: a bug on purpose" in capsys.readouterr().err


@pytest.mark.usefixtures("misbehaving")
def test_without_a_limit_a_crash_still_takes_down_only_its_process(tmp_path: Path, capsys) -> None:
    source = folder(tmp_path, "abort.pdf", "z-frogn.pdf")
    assert main(["extract", str(source), "-o", str(tmp_path / "out"), "--jobs", "1", "--time-limit", "0"]) == 3
    assert "abort.pdf: [worker_crashed]" in capsys.readouterr().err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["z-frogn.json"]


@pytest.mark.usefixtures("misbehaving")
def test_ctrl_c_in_a_child_interrupts_the_folder(tmp_path: Path, capsys) -> None:
    source = folder(tmp_path, "ctrl-c.pdf", "z-frogn.pdf")
    assert within(60, main, ["extract", str(source), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 130
    assert "kompass: interrupted" in capsys.readouterr().err


def test_the_time_limit_options_are_those_of_ingest(capsys) -> None:
    from kompass.cli import build_parser

    parser = build_parser()
    for command in ("extract", "ingest"):
        with pytest.raises(SystemExit):
            parser.parse_args([command, "--help"])
        text = " ".join(capsys.readouterr().out.split())
        assert "--time-limit SECONDS" in text and "(default: 60; 0: no limit)" in text and "(default: 15;" in text
    args = parser.parse_args(["extract", "x.pdf"])
    assert (args.time_limit, args.time_per_page) == (60, 15)
    with pytest.raises(SystemExit) as info:
        parser.parse_args(["extract", "x.pdf", "--time-limit", "-1"])
    assert info.value.code == 2


def test_help_documents_the_exit_codes(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    out = capsys.readouterr().out
    assert "exit codes:" in out and all(f"  {code}  " in out for code in "0123")


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "missing.pdf")]) == 2
    assert main(["extract", str(tmp_path)]) == 2  # a folder needs -o
    with pytest.raises(SystemExit) as info:
        main(["extract"])
    assert info.value.code == 2


def test_debug_draws_a_page(tmp_path: Path) -> None:
    out = tmp_path / "p6.png"
    assert main(["debug", str(SAMPLES / "heby-2014.pdf"), "--page", "6", "-o", str(out)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["debug", str(SAMPLES / "heby-2014.pdf"), "--page", "99", "-o", str(out)]) == 2


def test_extract_command_does_not_import_prefect() -> None:
    code = "import sys; from kompass import cli; cli.build_parser(); print('prefect' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_extract_folder_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    """On a terminal a folder shows a progress bar (rich draws it on stderr); lines naming a bad
    file still come through; --quiet draws none."""
    import pty
    import select

    source = tmp_path / "in"
    source.mkdir()
    shutil.copy(SAMPLES / "frogn-2013.pdf", source)
    (source / "broken.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")

    def stderr_on_a_terminal(*extra: str) -> tuple[int, str]:
        primary, secondary = pty.openpty()
        proc = subprocess.Popen([sys.executable, "-m", "kompass", "extract", str(source), "-o",
                                 str(tmp_path / "out"), "--jobs", "1", *extra],
                                stdout=subprocess.DEVNULL, stderr=secondary, stdin=subprocess.DEVNULL)
        os.close(secondary)
        chunks = []
        while True:
            ready, _, _ = select.select([primary], [], [], 120)
            if not ready:
                proc.kill()
                break
            try:
                data = os.read(primary, 65536)
            except OSError:  # the terminal closed with the process
                break
            if not data:
                break
            chunks.append(data)
        os.close(primary)
        return proc.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")

    code, err = stderr_on_a_terminal()
    assert code == 1 and "extracting" in err and "/2" in err  # "extracting ━━━ 1/2"
    assert "broken.pdf: [corrupt]" in err
    code, err = stderr_on_a_terminal("--quiet")
    assert code == 1 and "extracting" not in err and "broken.pdf" in err
