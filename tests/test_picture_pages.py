"""Picture pages: a logo, a photograph or a chart pasted as an image does not make a
born-digital report a scan; a page of report content pasted as an image is read
through OCR when, and only when, its content is missing."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from extractors import extract_report
from reportgen import generate, render_pdf
from reportgen.compare import comparable
from tests.pipeline_support import PDF_DIR


def test_pictures_are_skipped_and_the_report_reads_as_born_digital(tmp_path: Path) -> None:
    report = generate(41, framework="kommunkompassen-2020")
    pdf = render_pdf(report, tmp_path / "pictures.pdf", layout_seed=41,
                     layout_overrides={"picture_pages": ("photo", "spider", "back_cover")})
    result = extract_report(pdf, ocr=False)  # never asked for: no Tesseract needed
    with pymupdf.open(pdf) as doc:
        pictures = [p.number + 1 for p in doc if not p.get_text("words")]
    assert len(pictures) == 3
    assert result.record["source"]["ocr"] is False and result.record["source"]["picture_pages"] == pictures
    assert result.issues == [] and comparable(result.to_dict()) == comparable(report.expected(pdf))


def _with_page_as_image(pdf: Path, page_number: int, out: Path) -> Path:
    """The report with one page replaced by a 200-dpi picture of itself."""
    with pymupdf.open(pdf) as doc:
        pixmap = doc[page_number - 1].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
        rect = doc[page_number - 1].rect
        doc.delete_page(page_number - 1)
        page = doc.new_page(page_number - 1, width=rect.width, height=rect.height)
        page.insert_image(rect, pixmap=pixmap)
        doc.save(out)
    return out


@pytest.mark.slow
@pytest.mark.usefixtures("needs_corpus", "needs_tesseract")
def test_a_summary_pasted_as_a_picture_is_read_through_ocr(tmp_path: Path) -> None:
    original = extract_report(PDF_DIR / "heby-2014.pdf").record
    page = original["total"]["page"]
    pdf = _with_page_as_image(PDF_DIR / "heby-2014.pdf", page, tmp_path / "heby-summary-picture.pdf")
    without_ocr = extract_report(pdf, ocr=False)
    assert "summary_table_missing" in {i.code for i in without_ocr.issues}
    record = extract_report(pdf).record
    assert record["source"]["ocr_pages"] == [page] and record["source"]["ocr"] is True
    assert [a["score_readings"]["summary"]["score"] for a in record["areas"]] == [
        a["score_readings"]["summary"]["score"] for a in original["areas"]]
    assert record["total"] == original["total"]
