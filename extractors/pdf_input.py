"""The input layer: a PDF file in, pages of words with coordinates out.

This is the only module that opens PDFs. Image-only pages (scans) are read
with Tesseract through PyMuPDF's OCR text page when Tesseract is installed.
Anything that makes the file unreadable becomes an `ExtractionError` with a
specific code, never a crash.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from extractors.model import ExtractionError, Word
from extractors.ocr import ocr_pages, tessdata_dir
from extractors.scan_image import PageScan, page_scan
from extractors.text import clean, is_typographic_bullet

MIN_TEXT_WORDS = 5  # fewer words than this on a page with images: treat as a scan


@dataclass(frozen=True, slots=True)
class PageText:
    number: int  # 1-based
    width: float
    height: float
    words: tuple[Word, ...]
    ocr: bool = False


@dataclass(frozen=True, slots=True)
class DocumentText:
    file: str
    sha256: str
    pages: tuple[PageText, ...]

    @property
    def ocr(self) -> bool:
        return any(p.ocr for p in self.pages)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _split_glued_bullet(text: str) -> str:
    """"▪Information" -> "▪ Information": some exports glue the bullet to the item's first word."""
    return f"{text[0]} {text[1:]}" if len(text) > 1 and is_typographic_bullet(text[0]) else text


def _words_of(page: pymupdf.Page, number: int, textpage=None) -> tuple[Word, ...]:
    words = []
    for x0, y0, x1, y1, text, *_ in page.get_text("words", textpage=textpage):
        # No-break spaces and glued bullets join words in some exports: split them here.
        parts = _split_glued_bullet(clean(text)).split()
        if not parts:
            continue
        if len(parts) == 1:
            words.append(Word(parts[0], x0, y0, x1, y1, number, y1 - y0))
            continue
        step = (x1 - x0) / max(1, len(clean(text)))
        x = x0
        for part in parts:
            words.append(Word(part, x, y0, x + step * len(part), y1, number, y1 - y0))
            x += step * (len(part) + 1)
    return tuple(words)


def _is_scanned(page: pymupdf.Page, words: tuple[Word, ...]) -> bool:
    return len(words) < MIN_TEXT_WORDS and bool(page.get_images(full=False))


def open_pdf(path: Path) -> pymupdf.Document:
    name = path.name
    if not path.exists():
        raise ExtractionError("not_found", "no such file", file=name)
    if path.stat().st_size == 0:
        raise ExtractionError("empty", "the file is empty (0 bytes); expected a PDF report", file=name)
    with path.open("rb") as fh:
        head = fh.read(1024)
        fh.seek(max(0, path.stat().st_size - 2048))
        tail = fh.read()
    if b"%PDF-" not in head:
        raise ExtractionError("corrupt", f"not a PDF: the file starts with {head[:16]!r}, expected '%PDF-'", file=name)
    if b"%%EOF" not in tail:
        # Every complete PDF ends with an end-of-file marker: typically a download cut short.
        raise ExtractionError(
            "truncated", "the PDF ends before its end-of-file marker '%%EOF' (an incomplete download?)", file=name
        )
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises its own FileDataError and RuntimeErrors
        raise ExtractionError("corrupt", f"the PDF cannot be opened: {exc}", file=name) from exc
    if doc.needs_pass:
        doc.close()
        raise ExtractionError("encrypted", "the PDF is password-protected; a password-free copy is needed", file=name)
    if doc.page_count == 0:
        doc.close()
        raise ExtractionError("empty", "the PDF has no pages", file=name)
    return doc


def _ocr_language(words: tuple[Word, ...]) -> str:
    """Tesseract's language for a scan, judged from its OCR'd cover: Norwegian or Swedish."""
    text = " ".join(w.text.casefold() for w in words)
    norwegian = sum(text.count(marker) for marker in ("kommunekompasset", "kommune ", "evaluering"))
    return "nor" if norwegian > 0 else "swe"


def read_document(path: str | Path, *, ocr: bool = True) -> DocumentText:
    """Reads every page's words; OCRs image-only pages when `ocr` and Tesseract allow."""
    path = Path(path)
    doc = open_pdf(path)
    pages: list[PageText] = []
    scans: list[PageScan] = []
    try:
        for index in range(doc.page_count):
            number = index + 1
            try:
                page = doc.load_page(index)
                words = _words_of(page, number)
                if _is_scanned(page, words):
                    scans.append(page_scan(page, number))
                pages.append(PageText(number, page.rect.width, page.rect.height, words))
            except Exception as exc:
                raise ExtractionError("corrupt", f"the page cannot be read: {exc}", file=path.name, page=number) from exc
    finally:
        doc.close()
    if scans:
        pages = _with_ocr(pages, scans, ocr, path.name)
    if not any(p.words for p in pages):
        raise ExtractionError("no_text", "no page has any text", file=path.name)
    return DocumentText(path.name, sha256_of(path), tuple(pages))


def _with_ocr(pages: list[PageText], scans: list[PageScan], ocr: bool, file: str) -> list[PageText]:
    tessdata = tessdata_dir() if ocr else None
    if tessdata is None:
        raise ExtractionError(
            "no_text",
            f"{len(scans)} page(s) are scanned images and OCR is "
            + ("switched off" if not ocr else "unavailable (install tesseract-ocr with the swe and nor languages)"),
            file=file,
            page=scans[0].number,
        )
    # The cover decides the language; Swedish and Norwegian together confuse å/ä/ø.
    first = ocr_pages(scans[:1], "swe+nor", tessdata, file)
    language = _ocr_language(first[scans[0].number])
    found = {**first, **ocr_pages(scans[1:], language, tessdata, file)} if len(scans) > 1 else first
    return [
        PageText(p.number, p.width, p.height, found[p.number], True) if p.number in found else p for p in pages
    ]


# Browser-printed reports draw list bullets as small filled shapes, not text.
BULLET_SHAPE_MIN, BULLET_SHAPE_MAX = 1.5, 8.0  # points


def _bullet_marks(page: pymupdf.Page, number: int) -> list[Word]:
    marks = []
    width, height = page.rect.width, page.rect.height
    for kind, (x0, y0, x1, y1) in page.get_bboxlog():
        w, h = x1 - x0, y1 - y0
        if kind != "fill-path" or not (BULLET_SHAPE_MIN <= w <= BULLET_SHAPE_MAX) or abs(w - h) > 1.5:
            continue
        if x0 < 0 or y0 < 0 or x1 > width or y1 > height:
            continue
        # Give the mark a text-like height so that it joins the line it bullets.
        mid, half = (y0 + y1) / 2, max(4.0, min(7.0, 1.75 * h))
        marks.append(Word("•", x0, mid - half, x1, mid + half, number, 2 * half))
    return marks


def with_bullet_marks(path: str | Path, doc: DocumentText, pages: set[int]) -> DocumentText:
    """The document with drawn bullets added as "•" words on the given pages."""
    pdf = open_pdf(Path(path))
    try:
        new_pages = []
        for page in doc.pages:
            if page.number in pages and not page.ocr:
                marks = _bullet_marks(pdf.load_page(page.number - 1), page.number)
                page = PageText(page.number, page.width, page.height, page.words + tuple(marks), page.ocr)
            new_pages.append(page)
    finally:
        pdf.close()
    return DocumentText(doc.file, doc.sha256, tuple(new_pages))
