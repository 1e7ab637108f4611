"""The PDF file as a whole: cheap checks before MuPDF sees it, then opening it.

A file that cannot be a readable PDF (missing, empty, a ZIP, cut short,
encrypted, damaged beyond repair, absurdly large) is an `ExtractionError` with
a specific code, never a crash; a file MuPDF had to rebuild opens with a
warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from extractors.model import ExtractionError, Issue

MAX_PAGES = 1000  # reports have 14-40 pages
HEADER_WINDOW = 1024  # readers accept junk this long before '%PDF-' (PDF 1.7, annex H)
TAIL_WINDOW = 1 << 20  # where the final '%%EOF' is looked for; writers and servers may append junk

# What PyMuPDF raises for damaged content: its own RuntimeErrors (FileDataError, ...)
# and, from the low-level binding (rendering, limits), mupdf.FzErrorBase.
MUPDF_ERRORS: tuple[type[BaseException], ...] = (RuntimeError, pymupdf.mupdf.FzErrorBase)

# MuPDF prints what it repairs or reads past to stderr; here it becomes issues instead
# (`page_damaged`, `page_unreadable`), so the printing is only noise in a batch's output.
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)

# Files often mistaken for PDFs, by their first bytes: name them instead of "corrupt".
CONTAINER_SIGNATURES = (
    (b"PK\x03\x04", "a ZIP archive (or an Office document, which is one); unpack it and extract the PDF inside"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file; decompress it and extract the PDF inside"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; unpack it and extract the PDF inside"),
    (b"Rar!\x1a\x07", "a RAR archive; unpack it and extract the PDF inside"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document; export it to PDF first"),
    (b"%!PS", "a PostScript file; convert it to PDF first"),
)
TAR_MAGIC_OFFSET = 257
# A complete PDF ends with the offset of its cross-reference section, then the marker.
_PROPER_END = re.compile(rb"startxref\s+\d+\s+%%EOF")


def _container_kind(head: bytes) -> str | None:
    """What the file is when its first bytes name another format (a ZIP holding a PDF...)."""
    for signature, kind in CONTAINER_SIGNATURES:
        if head.startswith(signature):
            return kind
    if head[TAR_MAGIC_OFFSET : TAR_MAGIC_OFFSET + 5] == b"ustar":
        return "a tar archive; unpack it and extract the PDF inside"
    return None


def _is_text_junk(prefix: bytes) -> bool:
    """Bytes before '%PDF-' that readers tolerate: a stray line or BOM, never binary data
    (binary bytes there mean the PDF is packed inside something else)."""
    return not any(b < 0x20 and b not in b"\t\n\r\f" for b in prefix)


def _header_problem(head: bytes) -> str | None:
    """Why the file's start is not a PDF's, or None when it is."""
    kind = _container_kind(head)
    if kind is not None:
        return f"not a PDF but {kind} (it starts with {head[:8]!r})"
    at = head.find(b"%PDF-")
    if at < 0:
        return f"not a PDF: the file starts with {head[:16]!r}, expected '%PDF-'"
    if not _is_text_junk(head[:at]):
        return (
            f"not a PDF: '%PDF-' comes only after {at} bytes of binary data ({head[:8]!r}...), "
            "so the PDF is packed inside another file"
        )
    return None


@dataclass(frozen=True, slots=True)
class FileEnd:
    has_marker: bool  # an '%%EOF' in the last TAIL_WINDOW bytes
    proper: bool  # 'startxref <offset> %%EOF' there: the file was written to its end


def _file_end(path: Path, size: int) -> FileEnd:
    with path.open("rb") as fh:
        fh.seek(max(0, size - TAIL_WINDOW))
        tail = fh.read()
    return FileEnd(b"%%EOF" in tail, _PROPER_END.search(tail) is not None)


def _read_head(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(HEADER_WINDOW)


def _precheck(path: Path) -> FileEnd:
    """The cheap checks before MuPDF sees the file; returns how the file ends."""
    name = path.name
    if not path.exists():
        raise ExtractionError("not_found", "no such file", file=name)
    if not path.is_file():
        # A folder named x.pdf, a FIFO (reading it would block), a device.
        what = "a directory" if path.is_dir() else "not a regular file"
        raise ExtractionError("not_a_file", f"{what}, not a PDF file", file=name)
    try:
        size = path.stat().st_size
        head = _read_head(path) if size else b""
        end = _file_end(path, size) if size else FileEnd(False, False)
    except OSError as exc:  # permission denied, a vanished network share
        raise ExtractionError("io_error", f"the file cannot be read: {exc}", file=name) from exc
    if size == 0:
        raise ExtractionError("empty", "the file is empty (0 bytes); expected a PDF report", file=name)
    problem = _header_problem(head)
    if problem is not None:
        raise ExtractionError("corrupt", problem, file=name)
    if not end.has_marker:
        # Every complete PDF ends with an end-of-file marker: typically a download cut short.
        raise ExtractionError(
            "truncated",
            f"the PDF ends before its end-of-file marker '%%EOF' (none in its last {TAIL_WINDOW >> 20} MB; "
            "an incomplete download?)",
            file=name,
        )
    return end


def _page_count(doc: pymupdf.Document, name: str) -> int:
    try:
        return doc.page_count
    except MUPDF_ERRORS as exc:  # an absurd /Count in the page tree: "Invalid number of pages"
        raise ExtractionError(
            "corrupt", f"the PDF's page tree is damaged, its pages cannot be counted: {exc}", file=name
        ) from exc


def open_checked(path: Path) -> tuple[pymupdf.Document, tuple[Issue, ...]]:
    """The opened document and any issue with its structure; ExtractionError when it has no readable page."""
    name = path.name
    end = _precheck(path)
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except MUPDF_ERRORS as exc:
        raise ExtractionError("corrupt", f"the PDF cannot be opened: {exc}", file=name) from exc
    try:  # MuPDF may find the damage only now, loading the trailer or the page tree
        if doc.needs_pass:
            raise ExtractionError("encrypted", "the PDF is password-protected; a password-free copy is needed", file=name)
        count, repaired = _page_count(doc, name), doc.is_repaired
        if count == 0:
            raise _no_pages(end, repaired, name)
        if count > MAX_PAGES:
            raise ExtractionError(
                "too_large", f"the PDF has {count:,} pages; a report has 14-40, and at most {MAX_PAGES} are read", file=name
            )
    except MUPDF_ERRORS as exc:
        doc.close()
        raise ExtractionError("corrupt", f"the PDF's structure cannot be read: {exc}", file=name) from exc
    except BaseException:
        doc.close()
        raise
    issues: tuple[Issue, ...] = ()
    if repaired and not end.proper:
        issues = (
            Issue(
                "warning",
                "pdf_repaired",
                "the file's end is damaged ('%%EOF' without the 'startxref' offset before it, as when a cut-off "
                "download gets the marker appended); MuPDF rebuilt its structure, so pages may be missing",
            ),
        )
    return doc, issues


def _no_pages(end: FileEnd, repaired: bool, name: str) -> ExtractionError:
    """Zero pages is an empty PDF only when MuPDF read the file as written; else it is damage."""
    if not end.proper:
        return ExtractionError(
            "truncated",
            "the PDF's end is missing: '%%EOF' is not preceded by the 'startxref' offset, and MuPDF finds no "
            "page in what is left (a cut-off download with the marker appended?)",
            file=name,
        )
    if repaired:
        return ExtractionError("corrupt", "MuPDF had to rebuild the file's structure and found no page in it", file=name)
    return ExtractionError("empty", "the PDF has no pages", file=name)


def open_pdf(path: Path) -> pymupdf.Document:
    """The checked, opened PDF (close it after use); ExtractionError when it cannot be a readable PDF."""
    return open_checked(path)[0]
