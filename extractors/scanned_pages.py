"""Image-only pages read through OCR: rendered within bounds, in the report's language,
pages in parallel; a page that cannot be rendered or read gets an issue instead.

Loaded only when a document has pages to OCR (it brings NumPy and Pillow in).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict, deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import pymupdf
from PIL import Image

from extractors import ocr_cache
from extractors.cells import Cell, CellReading, Key
from extractors.frameworks import (
    all_ocr_languages,
    cell_ocr_language,
    ocr_language,
    ocr_letter_words,
    ocr_lexicons,
)
from extractors.model import ExtractionError, Issue, Word
from extractors.ocr import OcrPage, plausible_words, read_scan, recognise_cell
from extractors.pdf_input import MUPDF_ERRORS, page_issue
from extractors.scan_image import POINTS_PER_INCH, PackedImage, cell_image, page_image, prepare
from extractors.settings import OCR_DEFAULTS, OcrSettings
from extractors.text import any_word_of

MAX_RENDER_PIXELS = 60_000_000  # an A4 page at OCR's 300 dpi is 8.7 million pixels, A3 17 million
MAX_IMAGE_PIXELS = 64_000_000  # a 600-dpi A4 scan has 35 million; a larger image is not a scan to decode


def _render_problem(page: pymupdf.Page, settings: OcrSettings) -> str | None:
    """Why rendering the page for OCR would take unbounded memory, or None."""
    rect = page.rect
    dpi = settings.dpi
    pixels = (rect.width * dpi / POINTS_PER_INCH) * (rect.height * dpi / POINTS_PER_INCH)
    if pixels > MAX_RENDER_PIXELS:
        return (
            f"it is {rect.width:.0f} x {rect.height:.0f} pt, {pixels / 1e6:.0f} million pixels at {dpi} dpi "
            f"(at most {MAX_RENDER_PIXELS / 1e6:.0f} million are rendered for OCR)"
        )
    for image in page.get_images(full=True):
        width, height = image[2], image[3]
        if width * height > MAX_IMAGE_PIXELS:
            return (
                f"its image of {width:,} x {height:,} pixels is larger than any scan "
                f"(at most {MAX_IMAGE_PIXELS / 1e6:.0f} million pixels are decoded for OCR)"
            )
    return None


@dataclass(frozen=True, slots=True)
class RenderedPage:
    number: int
    image: Image.Image  # gray, at the OCR settings' dpi


def _rendered(doc: pymupdf.Document, number: int, settings: OcrSettings) -> RenderedPage | Issue:
    """The page rendered for OCR (MuPDF is not thread-safe: in the calling thread), or why it cannot be."""
    try:
        page = doc.load_page(number - 1)
        problem = _render_problem(page, settings)
        if problem is not None:
            return page_issue("page_too_large", number, problem)
        return RenderedPage(number, page_image(page, settings))
    except MUPDF_ERRORS as exc:
        return page_issue("page_unreadable", number, f"it cannot be rendered for OCR ({type(exc).__name__}: {exc})")


def _ocr_language(words: tuple[Word, ...]) -> str:
    """Tesseract's language for a scan, judged from its cover's words (the language files' `ocr_markers`)."""
    return ocr_language(" ".join(w.text.casefold() for w in words))


def _plausible(languages: str, settings: OcrSettings = OCR_DEFAULTS):
    """Whether an unsure word is worth keeping: in the word lists (wordfreq) of Tesseract's
    languages, or a compound of their words ("kompetensförsörjningsplan", read at 4 %)."""
    lists = ocr_lexicons(languages)
    return plausible_words(lambda word: any(
        any_word_of(word, lexicon, settings.compound_part_letters, settings.plausible_compound_parts)
        for lexicon in lists), ocr_letter_words(languages))


def _ocr_one(page: RenderedPage, languages: str, tessdata: str, file: str, sha256: str,
             settings: OcrSettings) -> tuple[OcrPage | None, Issue | None]:
    """One page cleaned and read (in a worker thread: image work and Tesseract release the GIL).
    The cleaned page is kept, packed, for the cell pass (`read_cells`)."""
    try:
        scan = prepare(page.image, page.number, settings)
        _PREPARED.keep((sha256, page.number), scan.angle, PackedImage.of(scan.page))
        return read_scan(scan, languages, tessdata, file, _plausible(languages), settings), None
    except ExtractionError as exc:  # Tesseract failed or timed out on this page
        return None, page_issue("page_unreadable", page.number, exc.message)


@dataclass(frozen=True, slots=True)
class OcrRun:
    """What the page pass made of the pages it was given."""

    found: dict[int, OcrPage]  # page number -> its words, for the pages read
    rendered: frozenset[int]  # the pages rendered for OCR, read or not
    issues: tuple[Issue, ...]  # pages that could not be rendered or read

    def then(self, other: OcrRun) -> OcrRun:
        return OcrRun({**self.found, **other.found}, self.rendered | other.rendered, self.issues + other.issues)


def _ocr_each(doc: pymupdf.Document, numbers: list[int], languages: str, tessdata: str, file: str, sha256: str,
              settings: OcrSettings) -> OcrRun:
    """OCRs pages in parallel, one thread (and Tesseract engine) per core; a page that fails gets an issue.

    Pages are rendered here, in the calling thread (MuPDF is not thread-safe), as the workers free
    up: at most one rendered page waits beyond those being read. Rendering them all first held a
    26-page scan's 220 MB of pixels before the first word was read; now memory is bounded per page."""
    found: dict[int, OcrPage] = {}
    rendered: set[int] = set()
    issues: list[Issue] = []

    def collect(number: int, outcome: Future[tuple[OcrPage | None, Issue | None]]) -> None:
        read, issue = outcome.result()
        if read is not None:
            found[number] = read
        if issue is not None:
            issues.append(issue)

    workers = max(1, min(len(numbers), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque[tuple[int, Future[tuple[OcrPage | None, Issue | None]]]] = deque()
        for number in numbers:
            page = _rendered(doc, number, settings)
            if isinstance(page, Issue):
                issues.append(page)
                continue
            rendered.add(number)
            pending.append((number, pool.submit(_ocr_one, page, languages, tessdata, file, sha256, settings)))
            del page  # the worker holds the only reference: its pixels go when it is read
            if len(pending) > workers:
                collect(*pending.popleft())
        while pending:
            collect(*pending.popleft())
    return OcrRun(found, frozenset(rendered), tuple(issues))


def cached(sha256: str, numbers: tuple[int, ...]) -> dict[int, OcrPage]:
    """The pages OCR has read before (ocr_cache.py)."""
    found = {n: ocr_cache.load(sha256, n) for n in numbers}
    return {n: read for n, read in found.items() if read is not None}


def keep(sha256: str, reads: dict[int, OcrPage]) -> None:
    for number, read in reads.items():
        ocr_cache.save(sha256, number, read)


def read(doc: pymupdf.Document, numbers: list[int], text_words: tuple[Word, ...], tessdata: str, file: str,
         sha256: str, known: dict[int, OcrPage] | None = None, settings: OcrSettings = OCR_DEFAULTS) -> OcrRun:
    """The pages `numbers` of `doc` as OCR reads them. The language comes from the text layer's
    cover when there is one, else from the pages read before (`known`), else from the first page
    read with both languages (together they confuse å/ä/ø)."""
    if not text_words and known:
        text_words = tuple(w for number in sorted(known)[:3] for w in known[number].words)
    if text_words:
        return _ocr_each(doc, numbers, _ocr_language(text_words), tessdata, file, sha256, settings)
    first = OcrRun({}, frozenset(), ())
    rest = list(numbers)
    while rest and not first.rendered:  # a page that cannot be rendered tells no language
        first = first.then(_ocr_each(doc, rest[:1], all_ocr_languages(), tessdata, file, sha256, settings))
        rest = rest[1:]
    language = _ocr_language(next(iter(first.found.values())).words) if first.found else all_ocr_languages()
    return first.then(_ocr_each(doc, rest, language, tessdata, file, sha256, settings))


def read_cells(path: str, sha256: str, cells: list[Cell], angles: dict[int, float], tessdata: str,
               settings: OcrSettings = OCR_DEFAULTS) -> dict[Key, CellReading]:
    """Each number cell read on its own, digits only (cells.py says why), on its page as cleaned
    for OCR (`_prepared_again`), so that the cells stand where its words did; a page that cannot
    be rendered leaves its cells unread (its words were read)."""
    known = ocr_cache.load_cells(sha256)
    wanted = [c for c in cells if _cell_key(c) not in known]
    scale = settings.dpi / POINTS_PER_INCH
    crops: list[tuple[Cell, Image.Image]] = []
    if wanted:
        with pymupdf.open(path) as doc:
            for number in sorted({c.page for c in wanted}):
                image = _prepared_again(doc, sha256, number, angles.get(number, 0.0), settings)
                if image is None:
                    continue
                for cell in (c for c in wanted if c.page == number):
                    x0, y0, x1, y1 = (round(v * scale) for v in cell.box)
                    crops.append((cell, cell_image(image, (x0, y0, x1, y1), settings)))
    if crops:
        workers = max(1, min(len(crops), os.cpu_count() or 1))
        language = cell_ocr_language()  # digits read alike in every language
        with ThreadPoolExecutor(max_workers=workers) as pool:
            read = list(pool.map(lambda crop: recognise_cell(crop[1], language, tessdata, settings.dpi, settings), crops))
        known = {**known, **{_cell_key(cell): CellReading(text, conf) for (cell, _), (text, conf) in zip(crops, read)}}
        ocr_cache.save_cells(sha256, known)
    return {(c.area, c.row, c.column): known[_cell_key(c)] for c in cells if _cell_key(c) in known}


def _prepared_again(doc: pymupdf.Document, sha256: str, number: int, angle: float,
                    settings: OcrSettings) -> Image.Image | None:
    """The page as the page pass cleaned it, turned by the angle its OCR found: kept from that pass
    when it ran in this process, else rendered and prepared again (about a second of CPU a page);
    None when it cannot be rendered."""
    kept = _PREPARED.take((sha256, number), angle)
    if kept is not None:
        return kept.image()
    try:
        page = doc.load_page(number - 1)
        if _render_problem(page, settings) is not None:
            return None
        return prepare(page_image(page, settings), number, settings, angle=angle, bars=False).page
    except MUPDF_ERRORS:
        return None


class _PreparedPages:
    """Cleaned pages kept from the page pass for the cell pass, packed (0.2-1 MB a page), the
    oldest dropped beyond `budget` bytes; worker threads add to it."""

    def __init__(self, budget: int) -> None:
        self._budget = budget
        self._pages: OrderedDict[tuple[str, int], tuple[float, PackedImage]] = OrderedDict()
        self._lock = threading.Lock()
        self._size = 0  # bytes of the pages kept

    def keep(self, key: tuple[str, int], angle: float, image: PackedImage) -> None:
        with self._lock:
            self._pop(key)
            self._pages[key] = (angle, image)
            self._size += image.size_in_bytes
            while self._size > self._budget:
                self._pop(next(iter(self._pages)))

    def take(self, key: tuple[str, int], angle: float) -> PackedImage | None:
        """The page kept under `key` if it was turned by `angle` (its words' angle), and it is let go."""
        with self._lock:
            kept = self._pop(key)
        return kept[1] if kept is not None and kept[0] == angle else None

    def _pop(self, key: tuple[str, int]) -> tuple[float, PackedImage] | None:
        kept = self._pages.pop(key, None)
        if kept is not None:
            self._size -= kept[1].size_in_bytes
        return kept


PREPARED_PAGES_BUDGET = 96_000_000  # bytes: a hundred-page scan's cleaned pages, packed
_PREPARED = _PreparedPages(PREPARED_PAGES_BUDGET)


def _cell_key(cell: Cell) -> str:
    """A cell's place as the cache keeps it: page and box to the tenth of a point."""
    return f"{cell.page}:" + ",".join(f"{v:.1f}" for v in cell.box)
