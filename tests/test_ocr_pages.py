"""The page pass over a scan's pages (scanned_pages.py): pages are rendered as the workers free
up, so memory is bounded by a few pages whatever the report's length, and the cell pass reads
its cells from the page the page pass cleaned instead of rendering and cleaning it again.
Tesseract is replaced by stand-ins: these are tests of the orchestration, not of OCR."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pymupdf
import pytest
from PIL import Image

from extractors import scanned_pages
from extractors.cells import Cell
from extractors.ocr import OcrPage
from extractors.scan_image import PackedImage


def _blank_pdf(path: Path, pages: int) -> Path:
    with pymupdf.open() as doc:
        for _ in range(pages):
            doc.new_page()
        doc.save(path)
    return path


def test_at_most_one_rendered_page_waits_beyond_those_being_read(tmp_path: Path, monkeypatch) -> None:
    """Rendering every page first held a 26-page scan's 220 MB of pixels before a word was read."""
    live, most = [0], [0]
    lock = threading.Lock()
    rendered = scanned_pages._rendered

    def counted_render(*args):
        page = rendered(*args)
        with lock:
            live[0] += 1
            most[0] = max(most[0], live[0])
        return page

    def slow_read(page, *args):
        time.sleep(0.05)
        with lock:
            live[0] -= 1
        return OcrPage(()), None

    monkeypatch.setattr(scanned_pages, "_rendered", counted_render)
    monkeypatch.setattr(scanned_pages, "_ocr_one", slow_read)
    with pymupdf.open(_blank_pdf(tmp_path / "scan.pdf", 9)) as doc:
        run = scanned_pages._ocr_each(doc, list(range(1, 10)), "swe", "tessdata", "scan.pdf", "sha", scanned_pages.OCR_DEFAULTS)
    assert sorted(run.found) == list(range(1, 10)) and run.rendered == frozenset(range(1, 10)) and not run.issues
    workers = min(9, os.cpu_count() or 1)
    assert most[0] <= workers + 1


def test_a_page_too_large_to_render_gets_an_issue_and_the_others_are_read(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(scanned_pages, "_ocr_one", lambda page, *args: (OcrPage(()), None))
    pdf = _blank_pdf(tmp_path / "scan.pdf", 2)
    with pymupdf.open(pdf) as doc:
        doc.new_page(width=5000, height=5000)  # 434 million pixels at 300 dpi
        run = scanned_pages._ocr_each(doc, [1, 3, 2], "swe", "tessdata", "scan.pdf", "sha", scanned_pages.OCR_DEFAULTS)
    assert sorted(run.found) == [1, 2] and run.rendered == {1, 2}
    assert [(i.code, i.page) for i in run.issues] == [("page_too_large", 3)]


@pytest.fixture
def stand_in_tesseract(monkeypatch):
    """No OCR: the page pass reads no words and every cell reads "7"; `prepare` calls are counted."""
    prepared: list[int] = []
    real_prepare = scanned_pages.prepare

    def counted_prepare(image, number, *args, **kwargs):
        prepared.append(number)
        return real_prepare(image, number, *args, **kwargs)

    monkeypatch.setenv("KOMPASS_OCR_CACHE", "off")
    monkeypatch.setattr(scanned_pages, "prepare", counted_prepare)
    monkeypatch.setattr(scanned_pages, "read_scan", lambda scan, *args: OcrPage((), (), scan.angle))
    monkeypatch.setattr(scanned_pages, "recognise_cell", lambda *args: ("7", 91.0))
    monkeypatch.setattr(scanned_pages, "_PREPARED", scanned_pages._PreparedPages(scanned_pages.PREPARED_PAGES_BUDGET))
    return prepared


def _cell(page: int) -> Cell:
    return Cell(page, 1, "1.1", "score", (300.0, 200.0, 330.0, 215.0))


def test_the_cell_pass_reads_from_the_page_the_page_pass_cleaned(tmp_path: Path, stand_in_tesseract) -> None:
    pdf = _blank_pdf(tmp_path / "scan.pdf", 2)
    with pymupdf.open(pdf) as doc:
        run = scanned_pages.read(doc, [1, 2], (), "tessdata", pdf.name, "sha")
    assert sorted(stand_in_tesseract) == [1, 2]
    angles = {n: page.angle for n, page in run.found.items()}
    readings = scanned_pages.read_cells(str(pdf), "sha", [_cell(2)], angles, "tessdata")
    assert readings[(1, "1.1", "score")].text == "7"
    assert sorted(stand_in_tesseract) == [1, 2]  # page 2 was not prepared again


def test_a_page_kept_at_another_angle_or_for_another_file_is_prepared_again(tmp_path: Path, stand_in_tesseract) -> None:
    pdf = _blank_pdf(tmp_path / "scan.pdf", 1)
    with pymupdf.open(pdf) as doc:
        scanned_pages.read(doc, [1], (), "tessdata", pdf.name, "sha")
    scanned_pages.read_cells(str(pdf), "other sha", [_cell(1)], {1: 0.0}, "tessdata")
    assert stand_in_tesseract == [1, 1]  # another file's page 1
    scanned_pages.read_cells(str(pdf), "sha", [_cell(1)], {1: 0.7}, "tessdata")
    assert stand_in_tesseract == [1, 1, 1]  # this file's page 1, kept, but turned by another angle


def test_kept_pages_beyond_the_budget_let_the_oldest_go() -> None:
    page = PackedImage.of(Image.effect_noise((64, 64), 80).convert("L"))
    kept = scanned_pages._PreparedPages(budget=2 * page.size_in_bytes)
    for number in (1, 2, 3):
        kept.keep(("sha", number), 0.0, page)
    assert kept.take(("sha", 1), 0.0) is None
    assert kept.take(("sha", 3), 0.0) == page and kept.take(("sha", 3), 0.0) is None  # taken once


def test_a_packed_image_unpacks_to_the_same_pixels() -> None:
    image = Image.effect_noise((123, 77), 60).convert("L")
    again = PackedImage.of(image).image()
    assert again.size == image.size and again.tobytes() == image.tobytes()


def test_a_one_bit_image_scaled_up_to_the_page_is_rendered_smoothed() -> None:
    """A fax's 1-bit page at 98 lines an inch: MuPDF repeated its pixels unless the image asks for
    interpolation, and Tesseract read a serif fax's steps as other letters (50M: 81 % of a page's
    words right, 86 % smoothed). Gray and colour images MuPDF smooths anyway."""
    import io

    import numpy

    from extractors.scan_image import page_image
    from extractors.settings import OCR_DEFAULTS

    fax = Image.new("1", (170, 115), 1)
    fax.paste(0, (40, 40, 130, 75))  # a black block: its edges are where the steps would show
    data = io.BytesIO()
    fax.save(data, format="PNG")
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_image(page.rect, stream=data.getvalue(), keep_proportion=False)
    levels = numpy.asarray(page_image(doc[0], OCR_DEFAULTS))
    edge_grays = ((levels > 20) & (levels < 235)).sum()
    assert edge_grays > 1000, edge_grays  # pixel repetition leaves black and white alone
