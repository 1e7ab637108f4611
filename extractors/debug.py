"""A visual debugger: the words, lines and bullets the extractor found, drawn onto the page.

On a page read by OCR each word is boxed in the colour of Tesseract's confidence
(green sure, orange doubtful, red barely kept) with the confidence beside it, and
the words OCR was too unsure to keep are drawn crossed out with their reading. OCR
reads a scan turned straight; its boxes are turned back onto the page as scanned. The
OCR cache (ocr_cache.py) makes this instant once a scan has been extracted.
"""

from __future__ import annotations

import math
from pathlib import Path

import pymupdf

from extractors.model import Word
from extractors.report import read_report
from extractors.selfcheck import OCR_SURE

WORD_COLOUR = (0.1, 0.4, 0.9)
LINE_COLOUR = (0.9, 0.2, 0.2)
BULLET_COLOUR = (0.1, 0.7, 0.2)
SURE, DOUBTFUL, BARELY = (0.1, 0.6, 0.2), (0.95, 0.55, 0.0), (0.85, 0.1, 0.1)
SURE_CONFIDENCE = 90


def _ocr_colour(word: Word) -> tuple[float, float, float]:
    if word.conf >= SURE_CONFIDENCE:
        return SURE
    return DOUBTFUL if word.conf >= OCR_SURE else BARELY


def _as_scanned(p: pymupdf.Point, angle: float, centre: pymupdf.Point) -> pymupdf.Point:
    """A point of the straightened page (OCR turned the scan by `angle` degrees counter-clockwise
    about its centre, scan_image.py) where it lies on the page as scanned."""
    a = math.radians(angle)
    dx, dy = p.x - centre.x, p.y - centre.y
    return pymupdf.Point(centre.x + dx * math.cos(a) - dy * math.sin(a), centre.y + dx * math.sin(a) + dy * math.cos(a))


def render_debug_page(pdf: Path, page_number: int, output: Path | None = None, dpi: int = 110) -> Path:
    """Writes a PNG of the page with each word boxed, each line outlined and bullets marked
    (OCR'd words in the colour of their confidence)."""
    doc, lines, framework, _ = read_report(pdf)
    if not 1 <= page_number <= len(doc.pages):
        raise ValueError(f"{pdf.name} has pages 1 to {len(doc.pages)}, not {page_number}")
    output = output or Path(f"{pdf.stem}-p{page_number}.png")
    page_text = doc.pages[page_number - 1]
    pdf_doc = pymupdf.open(pdf)
    try:
        page = pdf_doc.load_page(page_number - 1)
        centre = (page.rect.tl + page.rect.br) / 2

        def at(x: float, y: float) -> pymupdf.Point:
            return _as_scanned(pymupdf.Point(x, y), page_text.angle, centre)

        def quad(x0: float, top: float, x1: float, bottom: float) -> pymupdf.Quad:
            return pymupdf.Quad(at(x0, top), at(x1, top), at(x0, bottom), at(x1, bottom))

        shape = page.new_shape()
        for word in page_text.words:
            colour = BULLET_COLOUR if word.text == "•" else _ocr_colour(word) if word.conf >= 0 else WORD_COLOUR
            shape.draw_quad(quad(word.x0, word.top, word.x1, word.bottom))
            shape.finish(color=colour, width=0.4)
        for word in page_text.unsure:  # what OCR dropped: crossed out
            q = quad(word.x0, word.top, word.x1, word.bottom)
            shape.draw_line(q.ul, q.lr)
            shape.draw_line(q.ll, q.ur)
            shape.finish(color=BARELY, width=0.5)
        for line in (ln for ln in lines if ln.page == page_number):
            shape.draw_quad(quad(line.x0 - 1, line.top - 1, line.x1 + 1, line.bottom + 1))
            shape.finish(color=LINE_COLOUR, width=0.6)
        shape.commit()
        for word in page_text.words:
            if word.conf >= 0:
                page.insert_text(at(word.x1 + 0.5, word.top + 3), f"{word.conf:.0f}", fontsize=3.5,
                                 color=_ocr_colour(word))
        for word in page_text.unsure:
            page.insert_text(at(word.x0, word.top - 0.5), f"{word.text} {word.conf:.0f}", fontsize=3.5,
                             color=BARELY)
        legend = f"{framework.id}: words blue, lines red, bullets green"
        if page_text.ocr:
            legend += f"; OCR confidence: green >= {SURE_CONFIDENCE}, orange >= {OCR_SURE}, red below; crossed out: dropped"
        page.insert_text((20, 14), legend, fontsize=7, color=LINE_COLOUR)
        page.get_pixmap(dpi=dpi).save(output)
    finally:
        pdf_doc.close()
    return output
