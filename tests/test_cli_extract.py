"""`kompass extract` and `kompass debug` end to end, through the console entry point."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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
