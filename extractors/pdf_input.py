"""The input layer: a PDF file in, pages of words with coordinates out.

With `pdf_file.py` (the file as a whole) and `pdf_bounds.py` (the work a page
asks of MuPDF), the only module that opens PDFs. Anything that makes the whole file
unreadable becomes an `ExtractionError` with a specific code; a page that
cannot be read becomes an `Issue` on that page and the rest of the report is
read. Nothing here may crash on a hostile or damaged file, and the work per
file is bounded (pages, content drawn and words per page, words per file,
pixels rendered for OCR).

Image-only pages are of two kinds. In a scanned report (most pages are
images) they are read with Tesseract. In a born-digital report (most pages
have a text layer) an image-only page is a *picture page*: a logo back
cover, a photograph, a chart pasted as a picture. It is not OCR'd unless the
caller asks for it (`ocr_pages`), so one picture never turns a born-digital
report into a scan.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path

import pymupdf

from extractors.frameworks import all_ocr_languages
from extractors.garbled import garbled_beside_garbled, garbled_reason
from extractors.model import ExtractionError, Issue, Word
from extractors.pdf_bounds import drawing_problem
from extractors.pdf_file import MUPDF_ERRORS, open_checked
from extractors.settings import DEFAULTS, LayoutSettings
from extractors.text import clean, is_typographic_bullet

MIN_TEXT_WORDS = 5  # fewer words than this on a page with images: an image-only page
# Limits that bound the work on a hostile file, each far above any real report.
MAX_PAGE_WORDS = 20_000  # a dense report page holds about 600 words
MAX_DOCUMENT_WORDS = 250_000  # a 40-page report holds about 15,000
RUNS_PER_BLOCK = 1 << 16  # MuPDF numbers lines within a block
SMALL_CONTENT = 256 << 10  # content this small lists at most ~130,000 words: no need to count first


@dataclass(frozen=True, slots=True)
class PageText:
    number: int  # 1-based
    width: float
    height: float
    words: tuple[Word, ...]
    ocr: bool = False  # read by OCR (its words, if any, carry OCR's uncertainty)
    marks: tuple[Word, ...] = ()  # drawn list bullets, as "•" words (see `with_bullet_marks`)
    unsure: tuple[Word, ...] = ()  # words OCR read but was too unsure of to keep (ocr.OcrPage)
    angle: float = 0.0  # OCR'd pages: degrees the page was turned by to straighten it (ocr.OcrPage)


@dataclass(frozen=True, slots=True)
class DocumentText:
    """A PDF's pages as words.

    `picture_pages`: image-only pages of a born-digital report, judged to be
    pictures (logo, photograph, chart) rather than scans; they have no words
    unless they were OCR'd on request (their `PageText.ocr` then says so).
    `issues`: what could not be read: pages that cannot be read or are too
    large (`page_unreadable`, `page_too_large`: errors, the page has no
    words), pages read past damage MuPDF reported (`page_damaged`: an error,
    the page's words may be incomplete or garbled), picture pages whose OCR
    was asked for but is unavailable (`ocr_unavailable`, a warning), a page
    a file whose damaged end MuPDF had to rebuild (`pdf_repaired`,
    a warning; its pages' damage comes as `page_damaged`).
    """

    file: str
    sha256: str
    pages: tuple[PageText, ...]
    picture_pages: tuple[int, ...] = ()
    issues: tuple[Issue, ...] = ()

    @property
    def ocr(self) -> bool:
        """True when OCR'd pages contributed words, not merely when OCR ran."""
        return any(p.ocr and p.words for p in self.pages)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _split_glued_bullet(text: str) -> str:
    """"▪Information" -> "▪ Information": some exports glue the bullet to the item's first word."""
    return f"{text[0]} {text[1:]}" if len(text) > 1 and is_typographic_bullet(text[0]) else text


def _words_of(raw: list[tuple], number: int) -> tuple[Word, ...]:
    """PyMuPDF's word tuples as Words, their text cleaned (`text.clean`)."""
    # Most words are ASCII: no ligature, odd space or bullet glyph to undo (the fast path).
    words = [Word(text, x0, y0, x1, y1, number, y1 - y0, block * RUNS_PER_BLOCK + line)
             for x0, y0, x1, y1, text, block, line, _ in raw if text.isascii() and text and not text.isspace()]
    for x0, y0, x1, y1, text, block, line, _ in raw:
        if text.isascii():
            continue
        run = block * RUNS_PER_BLOCK + line
        # No-break spaces and glued bullets join words in some exports: split them here.
        parts = _split_glued_bullet(clean(text)).split()
        if len(parts) == 1:
            words.append(Word(parts[0], x0, y0, x1, y1, number, y1 - y0, run))
            continue
        step = (x1 - x0) / max(1, len(clean(text)))
        x = x0
        for part in parts:
            words.append(Word(part, x, y0, x + step * len(part), y1, number, y1 - y0, run))
            x += step * (len(part) + 1)
    return tuple(words)


def _more_words_than(text: str, limit: int) -> bool:
    """Whether `text` has more than `limit` words, without building a list longer than the limit."""
    return len(text.split(maxsplit=limit)) > limit


# -- pages ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageRead:
    """One page's text layer, whether it is image-only, and what went wrong reading it."""

    text: PageText
    image_only: bool = False
    issue: Issue | None = None
    garbled: str | None = None  # why its text layer is no text (garbled.py); its words are left out


def page_issue(code: str, number: int, what: str) -> Issue:
    # Only this page is lost: the rest of the report is read.
    return Issue("error", code, f"page {number} left out: {what}", page=number)


def mupdf_warnings() -> list[str]:
    """What MuPDF has reported (warnings and the errors it recovered from) since the last call."""
    text = pymupdf.TOOLS.mupdf_warnings(reset=True)
    return [line for line in text.splitlines() if line.strip() and not line.startswith("... repeated")]


def _damage_issue(number: int, warnings: list[str]) -> Issue:
    more = f" and {len(warnings) - 1} more" if len(warnings) > 1 else ""
    return Issue(
        "error",
        "page_damaged",
        f"page {number}: MuPDF reported damage reading it ('{warnings[0]}'{more}); "
        "text on it may be missing or garbled",
        page=number,
    )


def _read_page(doc: pymupdf.Document, index: int, want_marks: bool = True,
               settings: LayoutSettings = DEFAULTS) -> PageRead:
    number = index + 1
    width = height = 0.0
    mupdf_warnings()  # what opening the file or an earlier page reported is not this page's
    try:
        page = doc.load_page(index)
        width, height = page.rect.width, page.rect.height
        problem, content = drawing_problem(doc, page)
        if problem is not None:
            return PageRead(PageText(number, width, height, ()), issue=page_issue("page_too_large", number, problem))
        # The page's vector shapes come with its text (small square ones are drawn bullets);
        # only those on the page: browser-printed reports draw thousands beyond its edge.
        vectors = pymupdf.TEXT_COLLECT_VECTORS if want_marks else 0  # collecting them costs
        textpage = page.get_textpage(flags=vectors | pymupdf.TEXT_MEDIABOX_CLIP)
        # Count before listing the words when the content could hold millions (two bytes a word).
        raw = None if content > SMALL_CONTENT and _more_words_than(textpage.extractText(), MAX_PAGE_WORDS) else (
            page.get_text("words", textpage=textpage))
        if raw is None or len(raw) > MAX_PAGE_WORDS:
            what = f"it holds more than {MAX_PAGE_WORDS:,} words, where a report page holds under 1,000"
            return PageRead(PageText(number, width, height, ()), issue=page_issue("page_too_large", number, what))
        words = _words_of(raw, number)
        marks = _bullet_marks(textpage, number, width, height, settings) if words and want_marks else ()
        image_only = len(words) < MIN_TEXT_WORDS and bool(page.get_images(full=False))
    except MUPDF_ERRORS as exc:
        what = f"MuPDF cannot read it ({type(exc).__name__}: {exc})"
        return PageRead(PageText(number, width, height, ()), issue=page_issue("page_unreadable", number, what))
    # MuPDF reads past a broken stream or object and says so only in its warnings: a
    # content stream cut short loses text silently, a damaged font garbles it. Real
    # reports read without any warning.
    warnings = mupdf_warnings()
    issue = _damage_issue(number, warnings) if warnings else None
    garbled = None if image_only else garbled_reason(words)
    if garbled is not None:  # glyph soup is never read as text: the page is read by OCR instead
        return PageRead(PageText(number, width, height, ()), False, issue, garbled)
    return PageRead(PageText(number, width, height, words, marks=marks), image_only, issue)


def _read_pages(doc: pymupdf.Document, name: str, settings: LayoutSettings = DEFAULTS) -> list[PageRead]:
    reads, total, glyphs = [], 0, 0
    for index in range(doc.page_count):
        # A report that prints its bullets as glyphs needs no drawn ones (see `has_glyph_bullets`).
        read = _read_page(doc, index, want_marks=glyphs < settings.glyph_bullets_min, settings=settings)
        if glyphs < settings.glyph_bullets_min:
            glyphs += sum(1 for w in read.text.words if len(w.text) == 1 and is_typographic_bullet(w.text))
        total += len(read.text.words)
        if total > MAX_DOCUMENT_WORDS:
            raise ExtractionError(
                "too_large",
                f"the PDF's pages hold more than {MAX_DOCUMENT_WORDS:,} words by page {index + 1}; "
                "a report holds about 15,000",
                file=name,
                page=index + 1,
            )
        reads.append(read)
    if any(r.garbled for r in reads):
        # A cover's few words say too little alone; beside glyph soup, words of no language are soup too.
        reads = [replace(r, text=replace(r.text, words=(), marks=()), garbled=reason)
                 if not r.garbled and not r.image_only and r.text.words
                 and (reason := garbled_beside_garbled(r.text.words)) is not None else r for r in reads]
    return reads


def is_scan(reads: list[PageRead]) -> bool:
    """A scanned document: image-only pages are at least as many as pages with a text layer.

    One picture page (a logo back cover, a photograph) among text pages is not a scan."""
    image_only = sum(r.image_only for r in reads)
    text = sum(1 for r in reads if r.text.words and not r.image_only)
    return image_only > 0 and image_only >= text


@dataclass(frozen=True, slots=True)
class OcrPlan:
    """Which image-only pages are read by OCR."""

    scan: bool  # the document is a scan: every image-only page is OCR'd
    pictures: tuple[int, ...]  # picture pages of a born-digital document
    wanted: tuple[int, ...]  # the pages to OCR


def plan_ocr(reads: list[PageRead], requested: frozenset[int]) -> OcrPlan:
    """Image-only pages of a scan, and pages whose text layer is garbled, are OCR'd; a born-digital
    report's picture pages only on request."""
    image_only = tuple(r.text.number for r in reads if r.image_only)
    garbled = tuple(r.text.number for r in reads if r.garbled)
    if is_scan(reads):
        return OcrPlan(True, (), tuple(sorted(image_only + garbled)))
    return OcrPlan(False, image_only, tuple(sorted(garbled + tuple(n for n in image_only if n in requested))))


def _with_ocr_words(reads: list[PageRead], scanned: set[int], found: dict) -> tuple[PageText, ...]:
    """The pages, those OCR'd with the words OCR found (`found`: page number -> ocr.OcrPage)."""
    def ocr_text(r: PageRead) -> PageText:
        read = found.get(r.text.number)
        return replace(r.text, words=read.words if read else (), unsure=read.unsure if read else (), ocr=True,
                       angle=read.angle if read else 0.0)

    return tuple(ocr_text(r) if r.text.number in scanned else r.text for r in reads)


def _scanned_pages():
    from extractors import scanned_pages  # loads NumPy and Pillow: only for scans

    return scanned_pages


def _tessdata() -> str | None:
    from extractors.ocr import tessdata_dir  # OCR's modules load NumPy and Pillow: only for scans

    return tessdata_dir()


def read_document(path: str | Path, *, ocr: bool = True, ocr_pages: frozenset[int] = frozenset(),
                  settings: LayoutSettings = DEFAULTS) -> DocumentText:
    """Reads every page's words.

    Image-only pages of a scanned document are OCR'd when `ocr` and Tesseract
    allow (else `no_text`). In a born-digital document they are picture pages
    (`DocumentText.picture_pages`), OCR'd only when listed in `ocr_pages`
    (other numbers in `ocr_pages` are ignored: a text layer is the truth).
    A page that cannot be read is left without words and gets an issue.
    """
    path = Path(path)
    doc, issues = open_checked(path)
    try:
        digest = sha256_of(path)
    except OSError as exc:
        doc.close()
        raise ExtractionError("io_error", f"the file cannot be read: {exc}", file=path.name) from exc
    try:
        reads = _read_pages(doc, path.name, settings)
        plan = plan_ocr(reads, ocr_pages)
        tessdata = _tessdata() if ocr and plan.wanted else None
        if plan.scan and tessdata is None:
            raise _no_ocr(plan.wanted, ocr, path.name)
        # Pages read before come from the OCR cache (ocr_cache.py): only the others are read.
        cached = _scanned_pages().cached(digest, plan.wanted) if tessdata else {}
        to_read = [n for n in plan.wanted if n not in cached]
        fresh = None
        if tessdata and to_read:
            # A born-digital report's cover tells the language; a scan's is OCR'd first.
            cover = () if plan.scan else tuple(w for r in reads[:3] if not r.image_only for w in r.text.words)
            fresh = _scanned_pages().read(doc, to_read, cover, tessdata, path.name, digest, known=cached)
            _scanned_pages().keep(digest, fresh.found)
    finally:
        doc.close()
    page_issues = [r.issue for r in reads if r.issue is not None] + list(fresh.issues if fresh else ())
    page_issues += [_garbled_issue(r, tessdata is not None) for r in reads if r.garbled]
    if plan.wanted and tessdata is None:  # picture pages asked for: say why they stay unread
        page_issues += [_ocr_unavailable(n, ocr) for n in plan.wanted if not reads[n - 1].garbled]
    found = {**cached, **(fresh.found if fresh else {})}
    if found:
        page_issues += _ocr_used(reads, plan, found)
    pages = _with_ocr_words(reads, set(found) | (fresh.rendered if fresh else frozenset()), found)
    all_issues = (*issues, *sorted(page_issues, key=lambda i: i.page or 0))
    if not any(p.words for p in pages):
        raise _no_text(pages, all_issues, path.name)
    return DocumentText(path.name, digest, pages, plan.pictures, all_issues)


def _pages(numbers: list[int]) -> str:
    """'3', '3 and 5', '1-28': page numbers for people."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}-{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs]
    return ", ".join(parts)


def _ocr_used(reads: list[PageRead], plan: OcrPlan, found: dict) -> list[Issue]:
    """Info on the image-only pages OCR read, and why (garbled text layers have their own warning)."""
    read = [r.text.number for r in reads if r.image_only and r.text.number in found]
    if not read:
        return []
    why = ("the report is a scan: its pages are images without a text layer" if plan.scan else
           "they are pictures, read because report content was missing from the text pages")
    return [Issue("info", "ocr_used", f"pages {_pages(read)} were read by OCR: {why}", page=read[0])]


def _install_ocr() -> str:
    return f"install tesseract-ocr with the {' and '.join(all_ocr_languages().split('+'))} languages"


def _garbled_issue(read: PageRead, ocr: bool) -> Issue:
    """Why a page was read by OCR although it has a text layer, or why it is left out."""
    number = read.text.number
    if ocr:
        return Issue("warning", "text_layer_garbled",
                     f"page {number}: its text layer is no text ({read.garbled}); the page was read by OCR",
                     page=number)
    return Issue("error", "text_layer_garbled",
                 f"page {number} left out: its text layer is no text ({read.garbled}) and OCR is unavailable "
                 f"({_install_ocr()})", page=number)


def _no_ocr(scanned: tuple[int, ...], ocr: bool, file: str) -> ExtractionError:
    return ExtractionError(
        "no_text",
        f"{len(scanned)} page(s) are scanned images and OCR is "
        + ("switched off" if not ocr else f"unavailable ({_install_ocr()})"),
        file=file,
        page=scanned[0],
    )


def _ocr_unavailable(number: int, ocr: bool) -> Issue:
    why = "switched off" if not ocr else f"unavailable ({_install_ocr()})"
    return Issue("warning", "ocr_unavailable", f"page {number} is a picture that may hold report text; OCR is {why}", page=number)


def _no_text(pages: tuple[PageText, ...], issues: tuple[Issue, ...], file: str) -> ExtractionError:
    errors = [i for i in issues if i.severity == "error" and i.page is not None]
    if not errors:
        return ExtractionError("no_text", "no page has any text", file=file)
    if len({i.page for i in errors}) == len(pages):  # nothing could be read: the file is damaged, not blank
        code = "too_large" if all(i.code == "page_too_large" for i in errors) else "corrupt"
        return ExtractionError(code, f"no page can be read; {errors[0].message}", file=file, page=errors[0].page)
    return ExtractionError(
        "no_text",
        f"no page has any text; {len(errors)} page(s) could not be read, {errors[0].message}",
        file=file,
        page=errors[0].page,
    )


# -- drawn bullets ------------------------------------------------------------------

# Browser-printed reports draw list bullets as small filled shapes, not text.
# Their sizes are settings (`bullet_shape_*`, `bullet_mark_*`).


def _bullet_marks(textpage: pymupdf.TextPage, number: int, width: float, height: float,
                  settings: LayoutSettings = DEFAULTS) -> tuple[Word, ...]:
    """The small square-ish shapes on the page (its text page's vector blocks) as "•" words."""
    marks = []
    for block in textpage.this:
        if block.m_internal.type != pymupdf.mupdf.FZ_STEXT_BLOCK_VECTOR:
            continue
        box = block.m_internal.bbox
        x0, y0, x1, y1 = box.x0, box.y0, box.x1, box.y1
        w, h = x1 - x0, y1 - y0
        if not (settings.bullet_shape_min <= w <= settings.bullet_shape_max) or abs(w - h) > settings.bullet_shape_squareness:
            continue
        if x0 < 0 or y0 < 0 or x1 > width or y1 > height:
            continue
        # Give the mark a text-like height so that it joins the line it bullets.
        mid = (y0 + y1) / 2
        half = max(settings.bullet_mark_half_min, min(settings.bullet_mark_half_max, settings.bullet_mark_height * h))
        marks.append(Word("•", x0, mid - half, x1, mid + half, number, 2 * half))
    return tuple(marks)


def has_glyph_bullets(doc: DocumentText, settings: LayoutSettings = DEFAULTS) -> bool:
    """Whether the report prints its list bullets as glyphs (Word exports) rather than drawing them."""
    glyphs = (w for p in doc.pages for w in p.words if len(w.text) == 1 and is_typographic_bullet(w.text))
    return next(islice(glyphs, settings.glyph_bullets_min - 1, None), None) is not None


def with_bullet_marks(doc: DocumentText, pages: set[int]) -> DocumentText:
    """The document with its drawn bullets added as "•" words on the given pages (the pages
    that hold lists: elsewhere a small shape is a chart's dot or a table's ornament)."""
    return replace(doc, pages=tuple(
        replace(page, words=page.words + page.marks) if page.number in pages and page.marks else page
        for page in doc.pages
    ))
