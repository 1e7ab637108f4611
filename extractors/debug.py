"""A visual debugger: the words, lines and columns the extractor found, drawn onto the page."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from extractors.layout import document_lines
from extractors.report import read_report

WORD_COLOUR = (0.1, 0.4, 0.9)
LINE_COLOUR = (0.9, 0.2, 0.2)
BULLET_COLOUR = (0.1, 0.7, 0.2)


def render_debug_page(pdf: Path, page_number: int, output: Path | None = None, dpi: int = 110) -> Path:
    """Writes a PNG of the page with each word boxed, each line outlined and bullets marked."""
    doc, lines, framework, _ = read_report(pdf)
    if not 1 <= page_number <= len(doc.pages):
        raise ValueError(f"{pdf.name} has pages 1 to {len(doc.pages)}, not {page_number}")
    output = output or Path(f"{pdf.stem}-p{page_number}.png")
    page_words = doc.pages[page_number - 1].words
    pdf_doc = pymupdf.open(pdf)
    try:
        page = pdf_doc.load_page(page_number - 1)
        shape = page.new_shape()
        for word in page_words:
            colour = BULLET_COLOUR if word.text == "•" else WORD_COLOUR
            shape.draw_rect(pymupdf.Rect(word.x0, word.top, word.x1, word.bottom))
            shape.finish(color=colour, width=0.4)
        for line in (ln for ln in document_lines(doc) if ln.page == page_number):
            shape.draw_rect(pymupdf.Rect(line.x0 - 1, line.top - 1, line.x1 + 1, line.bottom + 1))
            shape.finish(color=LINE_COLOUR, width=0.6)
        shape.commit()
        page.insert_text((20, 14), f"{framework.id}: words blue, lines red, bullets green", fontsize=7, color=LINE_COLOUR)
        page.get_pixmap(dpi=dpi).save(output)
    finally:
        pdf_doc.close()
    return output
