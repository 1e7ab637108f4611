"""The OCR cache: a scanned page read once is read again from disk, until anything that
shapes OCR's output changes; `KOMPASS_OCR_CACHE=off` turns it off."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from pathlib import Path

import pymupdf
import pytest

from extractors import ocr, ocr_cache, settings
from extractors.pdf_input import read_document

pytestmark = pytest.mark.usefixtures("needs_tesseract")


def _scanned_pdf(path: Path) -> Path:
    """Two image-only pages of Swedish text: a scan."""
    with pymupdf.open() as text, pymupdf.open() as scan:
        for line in ("Styrkor och förbättringsområden i kommunen", "Utvärderingen genomfördes i april 2013"):
            page = text.new_page()
            page.insert_text((72, 100), line, fontsize=14)
            pix = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
            scan.new_page(width=page.rect.width, height=page.rect.height).insert_image(page.rect, pixmap=pix)
        scan.save(path)
    return path


def _no_tesseract(*args, **kwargs):
    raise AssertionError("OCR ran although the page was cached")


def test_a_scan_is_ocrd_once_then_read_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KOMPASS_OCR_CACHE", str(tmp_path / "cache"))
    pdf = _scanned_pdf(tmp_path / "scan.pdf")
    first = read_document(pdf)
    assert "Styrkor" in {w.text for w in first.pages[0].words} and first.ocr
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 2
    monkeypatch.setattr(ocr, "recognise_tsv", _no_tesseract)
    again = read_document(pdf)
    assert again.pages == first.pages and again.ocr


def test_a_change_to_the_ocr_code_reads_the_page_afresh(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KOMPASS_OCR_CACHE", str(tmp_path / "cache"))
    pdf = _scanned_pdf(tmp_path / "scan.pdf")
    read_document(pdf)
    monkeypatch.setattr(ocr_cache, "fingerprint", lambda: "another-version")
    monkeypatch.setattr(ocr, "recognise_tsv", _no_tesseract)
    with pytest.raises(AssertionError, match="OCR ran"):
        read_document(pdf)


def test_a_change_to_an_ocr_setting_changes_the_fingerprint(monkeypatch) -> None:
    # The tolerances live in extractors/settings.py, not in the OCR modules' source: the defaults are stamped too.
    before = ocr_cache.fingerprint.__wrapped__()
    monkeypatch.setattr(settings, "OCR_DEFAULTS", replace(settings.OCR_DEFAULTS, ink_level=120))
    assert ocr_cache.fingerprint.__wrapped__() != before


def test_a_setting_that_only_judges_the_text_read_leaves_the_fingerprint() -> None:
    # A page's reading is cached by what it depends on: a flag's threshold (selfcheck.py) re-reads
    # no page. A setting marked so must be none the OCR modules read, or a stale reading is served.
    judging = {f.name for f in fields(settings.OcrSettings) if f.metadata["judges_text"]}
    assert "wrap_slack" in judging and "ink_level" not in judging
    source = " ".join((Path(ocr_cache.__file__).parent / m).read_text() for m in ("ocr.py", "scan_image.py", "scanned_pages.py"))
    assert not {name for name in judging if re.search(rf"\b{name}\b", source)}
    moved = replace(settings.OCR_DEFAULTS, wrap_slack=settings.OCR_DEFAULTS.wrap_slack * 2)
    assert moved.reading() == settings.OCR_DEFAULTS.reading() and moved != settings.OCR_DEFAULTS


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KOMPASS_OCR_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    read_document(_scanned_pdf(tmp_path / "scan.pdf"))
    assert not (tmp_path / "home-cache").exists()


def test_the_cache_switch_words_name_no_folder(tmp_path: Path, monkeypatch) -> None:
    from extractors import ocr_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    for word, expected in (("on", tmp_path / "home-cache" / "kommunkompassen" / "ocr"), ("TRUE", tmp_path / "home-cache"
                           / "kommunkompassen" / "ocr"), ("no", None), ("off", None), ("cache-here", Path("cache-here"))):
        monkeypatch.setenv("KOMPASS_OCR_CACHE", word)
        assert ocr_cache.folder() == expected, word
