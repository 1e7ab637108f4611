"""How much a page asks MuPDF to draw, measured before it draws: a page of a hostile file may
inflate a small stream into gigabytes, or draw a form that draws itself a million times.
Every stream decoded here is first measured to be within the limit."""

from __future__ import annotations

import re
import zlib

import pymupdf

# Content MuPDF interprets to draw a page, each form XObject counted as often as it is
# drawn. The corpus's largest page has 130 KB. 3 MB of text is up to 1.5 million
# words, some 300 MB in MuPDF's text page; a form drawing another ten times, six
# deep, is 2 KB of file and a million draws (minutes and gigabytes in MuPDF).
MAX_PAGE_CONTENT = 3 << 20
MAX_FORM_PATHS = 10_000  # distinct chains of forms drawing forms on one page
FORM_DRAW_COST = 64  # bytes of content one drawing of a form costs, even an empty one


def _inflate(raw: bytes, limit: int) -> int:
    """How many bytes a Flate stream inflates to, counting at most `limit` + 1 (a bomb stops there).
    Damage ends it, as it ends MuPDF's reading."""
    inflater, size, data = zlib.decompressobj(), 0, raw
    try:
        while data and size <= limit:
            size += len(inflater.decompress(data, limit + 1 - size))
            data = inflater.unconsumed_tail
    except zlib.error:
        pass
    return size


def _stream(doc: pymupdf.Document, xref: int) -> bytes:
    """A stream's decoded bytes; none when the object is no stream (damage MuPDF reads past)."""
    return doc.xref_stream(xref) or b""


def _stream_size(doc: pymupdf.Document, xref: int, limit: int) -> int:
    """The decoded size of a content stream, at most `limit` + 1, without inflating a bomb."""
    raw = doc.xref_stream_raw(xref) or b""
    kind, value = doc.xref_get_key(xref, "Filter")
    if kind == "null":
        return len(raw)
    if value.strip("[] ") == "/FlateDecode":  # the filter of nearly every content stream
        return _inflate(raw, limit)
    return len(_stream(doc, xref))  # other filters are rare in content: MuPDF decodes


# The `Do` operator (draw an XObject) as a token. Its operand, the XObject's name, is not
# matched: names can be written escaped ("/#58") or apart from `Do` by a comment, so
# each form a stream draws is counted as drawn as often as the stream draws anything.
_DO = re.compile(rb"(?:^|(?<=[\s\x00/\]>)]))Do(?=[\s\x00/\[<(%]|$)")


def _too_much_content() -> str:
    return (
        f"drawing it takes more than {MAX_PAGE_CONTENT >> 20} MB of content (forms counted as often as "
        "they are drawn), where a report page takes under 1 MB"
    )


def drawing_problem(doc: pymupdf.Document, page: pymupdf.Page) -> tuple[str | None, int]:
    """(why drawing the page would take MuPDF unbounded work or None, the content it draws in bytes):
    too much content, counting each form XObject's content as often as it may be drawn. Every
    stream decoded here was first measured to be within the limit."""
    contents = page.get_contents()
    size = sum(_stream_size(doc, xref, MAX_PAGE_CONTENT) for xref in contents)
    if size > MAX_PAGE_CONTENT:
        return _too_much_content(), size
    children: dict[int, list[int]] = {}
    for xref, _, invoker, _ in page.get_xobjects():  # forms, with the form (or page, 0) drawing each
        children.setdefault(invoker, []).append(xref)
    if not children:
        return None, size
    sizes: dict[int, int] = {}
    draws = {0: len(_DO.findall(b"".join(_stream(doc, xref) for xref in contents)))}
    paths, stack = 0, [(0, 1)]  # (form xref, or 0 for the page; how often it is drawn)
    while stack:
        paths += 1
        if paths > MAX_FORM_PATHS:
            return f"it draws forms within forms along more than {MAX_FORM_PATHS:,} paths", size
        parent, times = stack.pop()
        if parent not in draws:
            draws[parent] = len(_DO.findall(_stream(doc, parent)))
        for child in children.get(parent, []) if draws[parent] else []:
            if child not in sizes:
                sizes[child] = _stream_size(doc, child, MAX_PAGE_CONTENT)
            size += times * draws[parent] * (FORM_DRAW_COST + sizes[child])
            if size > MAX_PAGE_CONTENT:
                return _too_much_content(), size
            stack.append((child, times * draws[parent]))
    return None, size
