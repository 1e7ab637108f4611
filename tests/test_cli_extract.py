"""`kompass extract` and `kompass debug` end to end, through the console entry point."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractors import report
from kompass.cli import main

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


def _misbehaving_extractor(monkeypatch) -> None:
    """bug.pdf raises an unexpected exception, crash.pdf kills its worker process outright."""
    original = report.extract_report

    def extract(path, *, ocr=True):
        if Path(path).name == "bug.pdf":
            raise ValueError("a bug on purpose")
        if Path(path).name == "crash.pdf":
            os._exit(139)  # as a segfault in MuPDF would
        return original(path, ocr=ocr)

    monkeypatch.setattr(report, "extract_report", extract)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the patched extractor reaches workers by fork")
def test_no_file_stops_a_folder_and_an_extractor_bug_exits_3(tmp_path: Path, capsys, monkeypatch) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for name in ("bug.pdf", "crash.pdf", "a-heby.pdf", "z-frogn.pdf"):
        shutil.copy(SAMPLES / ("frogn-2013.pdf" if "frogn" in name else "heby-2014.pdf"), source / name)
    (source / "folder.pdf").mkdir()  # a folder named like a PDF
    (source / "broken.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    _misbehaving_extractor(monkeypatch)
    assert main(["extract", str(source), "-o", str(tmp_path / "out"), "--jobs", "2"]) == 3
    err = capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a-heby.json", "z-frogn.json"]
    lines = {Path(line.split(":")[0].split(",")[0]).name: line for line in err.splitlines() if line.startswith(str(source))}
    assert "[internal_error] extractor bug: ValueError: a bug on purpose (raised at tests.test_cli_extract:" in lines["bug.pdf"]
    assert "[internal_error] extractor bug: the extractor's process died" in lines["crash.pdf"]
    assert "[not_a_file]" in lines["folder.pdf"] and "[corrupt]" in lines["broken.pdf"]
    assert "4 with errors, 2 of them by an extractor bug (exit 3)" in err


def test_a_bad_file_alone_exits_1_and_a_bug_alone_exits_3(tmp_path: Path, capsys, monkeypatch) -> None:
    (tmp_path / "x.pdf").write_bytes(b"PK\x03\x04" + bytes(100))
    assert main(["extract", str(tmp_path / "x.pdf")]) == 1
    assert "[corrupt] not a PDF but a ZIP archive" in capsys.readouterr().err
    shutil.copy(SAMPLES / "heby-2014.pdf", tmp_path / "bug.pdf")
    _misbehaving_extractor(monkeypatch)
    assert main(["extract", str(tmp_path / "bug.pdf")]) == 3
    assert "[internal_error] extractor bug: ValueError" in capsys.readouterr().err


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
