"""A visual debugger: a page with what the extractor found and used drawn on it (debug_draw.py).

The report is read once into its input record (`report.read_input`: words, drawn marks, OCR's
words, all that extraction reads) and parsed from it as `extract_report` parses it; the page is
rendered from the PDF and the words, lines and the readers' provenance (provenance.py) drawn
on it. The OCR cache (ocr_cache.py) makes this instant once a scan has been extracted. A saved
input (report_input.save) can stand in for reading the PDF's words (`report_input`).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pymupdf
from PIL import Image

from extractors.debug_draw import LAYERS, draw_page
from extractors.provenance import on_page
from extractors.report import parse_input, prepare, read_input
from extractors.report_input import ReportInput


def render_debug_page(pdf: Path, page_number: int, output: Path | None = None, dpi: int = 150,
                      what: Iterable[str] = LAYERS, report_input: ReportInput | None = None) -> Path:
    """Writes a PNG of the page with the layers in `what` drawn (debug_draw.py): words (OCR'd
    ones in the colour of their confidence), lines, and what each reader used and read."""
    what = tuple(what)
    unknown = set(what) - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown layer(s) {', '.join(sorted(unknown))}: choose from {', '.join(LAYERS)}")
    report_input = report_input or read_input(pdf)
    doc, lines, _, _ = prepare(report_input.document)
    if not 1 <= page_number <= len(doc.pages):
        raise ValueError(f"{pdf.name} has pages 1 to {len(doc.pages)}, not {page_number}")
    result = parse_input(report_input)
    output = output or Path(f"{pdf.stem}-p{page_number}.png")
    with pymupdf.open(pdf) as pdf_doc:
        pixmap = pdf_doc.load_page(page_number - 1).get_pixmap(dpi=dpi)
        image = Image.frombytes("RGB", (pixmap.width, pixmap.height), pixmap.samples)
    page = doc.pages[page_number - 1]
    drawn = draw_page(image, dpi / 72, result.to_dict(), page, [ln for ln in lines if ln.page == page_number],
                      on_page(result.provenance, page_number), what)
    drawn.save(output)
    return output
