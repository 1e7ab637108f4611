"""Bad input gets a specific error code naming the file, never a crash or a silent result."""

from __future__ import annotations

import shutil
from pathlib import Path

import pymupdf
import pytest

from extractors import extract_report
from extractors.model import ExtractionError

CORPUS_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
SAMPLE = Path(__file__).resolve().parents[1] / "raw_reports" / "heby-2014.pdf"


def _code_of(path: Path) -> ExtractionError:
    with pytest.raises(ExtractionError) as info:
        extract_report(path)
    assert info.value.file == path.name
    return info.value


def _text_pdf(path: Path, lines: list[str]) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(lines):
        page.insert_text((72, 72 + 16 * i), line)
    doc.save(path)
    return path


def test_missing_file(tmp_path: Path) -> None:
    assert _code_of(tmp_path / "nope.pdf").code == "not_found"


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert _code_of(tmp_path / "empty.pdf").code == "empty"


def test_not_a_pdf(tmp_path: Path) -> None:
    (tmp_path / "page.pdf").write_text("<html>404 Not Found</html>")
    error = _code_of(tmp_path / "page.pdf")
    assert error.code == "corrupt" and "%PDF-" in error.message


def test_garbage_after_pdf_header(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    assert _code_of(tmp_path / "broken.pdf").code in {"corrupt", "truncated", "empty"}


def test_truncated_download(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 2])
    assert _code_of(tmp_path / "cut.pdf").code in {"truncated", "corrupt"}


def test_encrypted(tmp_path: Path) -> None:
    doc = pymupdf.open(SAMPLE)
    doc.save(tmp_path / "locked.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    error = _code_of(tmp_path / "locked.pdf")
    assert error.code == "encrypted" and "password" in error.message


def test_pdf_without_text(tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page()
    doc.save(tmp_path / "blank.pdf")
    assert _code_of(tmp_path / "blank.pdf").code == "no_text"


def test_some_other_document(tmp_path: Path) -> None:
    pdf = _text_pdf(tmp_path / "invoice.pdf", ["Faktura 2014-03", "Att betala: 1 200 kr", "Tack för ert köp"])
    assert _code_of(pdf).code == "not_a_report"


def test_a_kommunkompassen_text_of_no_known_framework(tmp_path: Path) -> None:
    pdf = _text_pdf(tmp_path / "old.pdf", ["KommunKompassen", "ANALYS AV", "HEBY KOMMUN 2014", "Område 1 Något helt annat"])
    error = _code_of(pdf)
    assert error.code == "unsupported_framework" and "kommunkompassen-2010" in error.message


def test_a_copy_under_another_name_extracts_identically(tmp_path: Path) -> None:
    copy = tmp_path / "renamed.pdf"
    shutil.copy(SAMPLE, copy)
    original, renamed = extract_report(SAMPLE).to_dict(), extract_report(copy).to_dict()
    assert renamed["source"]["sha256"] == original["source"]["sha256"]
    assert {**renamed, "source": None} == {**original, "source": None}


def test_missing_pages_are_listed_as_errors_not_hidden(tmp_path: Path) -> None:
    doc = pymupdf.open(SAMPLE)
    doc.select(list(range(0, 20)))  # keep the cover to area 7: area 8 and the score tables are gone
    doc.save(tmp_path / "partial.pdf")
    result = extract_report(tmp_path / "partial.pdf")
    codes = {i.code for i in result.issues if i.severity == "error"}
    assert result.has_errors
    assert "score_table_missing" in codes and "area_section_missing" in codes


def test_a_report_without_area_sections_is_recognised_by_its_summary_table(tmp_path: Path) -> None:
    rows = [
        "1. Offentlighet och demokrati          55",
        "2. Tillgänglighet och brukarorientering 49",
        "3. Politisk styrning och kontroll       66",
        "4. Ledarskap, ansvar och delegation     51",
        "5. Resultat och effektivitet            52",
        "6. Kommunen som arbetsgivare personalpolitik 42",
        "7. Verksamhetsutveckling                40",
        "8. Kommun som samhällsbyggare           71",
        "TOTALT                                  426",
    ]
    doc = pymupdf.open()
    cover = doc.new_page()
    for i, line in enumerate(["KommunKompassen", "ANALYS AV", "HEBY KOMMUN 2014", "Leif Eldås och Britt-Marie Hedlund SKL"]):
        cover.insert_text((72, 100 + 30 * i), line, fontsize=14)
    page = doc.new_page()
    for i, row in enumerate(rows):
        label, score = row.rsplit(" ", 1)
        page.insert_text((72, 100 + 20 * i), label.strip(), fontname="helv", fontsize=11)
        page.insert_text((400, 100 + 20 * i), score, fontname="helv", fontsize=11)
    doc.save(tmp_path / "summary-only.pdf")
    result = extract_report(tmp_path / "summary-only.pdf")
    record = result.to_dict()
    assert record["report"]["framework"] == "kommunkompassen-2010"
    assert [a["score"] for a in record["areas"]] == [55, 49, 66, 51, 52, 42, 40, 71]
    assert record["total"]["score"] == 426
    codes = {i.code for i in result.issues if i.severity == "error"}
    assert {"area_section_missing", "score_table_missing"} <= codes
