"""Builders of hostile and damaged PDF pages, shared by the bad-input and fuzz tests.

Page builders take an open document and append one page to it; document
builders write a whole file.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pymupdf

HELVETICA = "/Font << /helv << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"


def _page_with_content(doc: pymupdf.Document, content: bytes) -> pymupdf.Page:
    page = doc.new_page(-1)
    page.insert_text((72, 72), " ", fontname="helv")  # gives the page a content stream and the helv font
    xref = page.get_contents()[0]
    doc.update_stream(xref, doc.xref_stream(xref) + b"\n" + content)
    return page


def _draw_form(doc: pymupdf.Document, page: pymupdf.Page, form_xref: int) -> None:
    resources = doc.xref_get_key(page.xref, "Resources")
    holder, key = (int(resources[1].split()[0]), "XObject") if resources[0] == "xref" else (page.xref, "Resources/XObject")
    doc.xref_set_key(holder, key, f"<< /Top {form_xref} 0 R >>")
    contents = page.get_contents()[0]
    doc.update_stream(contents, doc.xref_stream(contents) + b"\nq /Top Do Q")


def many_words(count: int):
    """A page of `count` words ("ord"), a hundred to a text run, in 1-point type."""

    def add(doc: pymupdf.Document) -> None:
        line = " ".join(["ord"] * 100)
        rows = "\n".join(f"1 0 0 1 10 {800 - r % 780} Tm ({line}) Tj" for r in range(count // 100))
        _page_with_content(doc, f"BT /helv 1 Tf {rows} ET".encode())

    return add


def nested_forms(doc: pymupdf.Document, depth: int = 120) -> None:
    """A page drawing a form that draws another, `depth` deep: past MuPDF's nesting limit."""
    page = _page_with_content(doc, b"BT /helv 11 Tf 72 100 Td (Formul\xe4r i formul\xe4r) Tj ET")
    xrefs = [doc.get_new_xref() for _ in range(depth)]
    for level, xref in enumerate(xrefs):
        inner = f"/XObject << /X {xrefs[level + 1]} 0 R >>" if level + 1 < depth else ""
        doc.update_object(xref, f"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << {inner} >> >>")
        doc.update_stream(xref, b"q /X Do Q" if inner else b"0 0 1 1 re f")
    _draw_form(doc, page, xrefs[0])


def form_bomb(doc: pymupdf.Document, depth: int = 6, fan: int = 10, draw: bytes = b"q /X Do Q ") -> None:
    """A page drawing a form that draws the next `fan` times, `depth` deep: 2 KB of file,
    a hundred thousand drawings of 100 words (minutes and gigabytes in MuPDF)."""
    page = _page_with_content(doc, b"BT /helv 11 Tf 72 100 Td (Formul\xe4r) Tj ET")
    xrefs = [doc.get_new_xref() for _ in range(depth)]
    for level, xref in enumerate(xrefs):
        last = level == depth - 1
        resources = HELVETICA if last else f"/XObject << /X {xrefs[level + 1]} 0 R >>"
        doc.update_object(xref, f"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << {resources} >> >>")
        doc.update_stream(xref, b"BT /helv 10 Tf 72 400 Td (" + b"ord " * 100 + b") Tj ET" if last else draw * fan)
    _draw_form(doc, page, xrefs[0])


def disguised_form_bomb(doc: pymupdf.Document) -> None:
    """The form bomb with each name escaped and a comment before `Do`, as MuPDF still reads it."""
    form_bomb(doc, draw=b"q /#58%drawn\nDo Q ")


def content_bomb(doc: pymupdf.Document, megabytes: int = 100) -> None:
    """A page whose content stream of about 100 KB inflates to `megabytes` MB."""
    page = _page_with_content(doc, b"")
    deflater = zlib.compressobj(9)
    raw = b"".join(deflater.compress(b" " * (1 << 20)) for _ in range(megabytes)) + deflater.flush()
    xref = page.get_contents()[0]
    doc.update_stream(xref, raw, compress=False)
    doc.xref_set_key(xref, "Filter", "/FlateDecode")


def flipped_stream(page_index: int):
    """One page's compressed content stream with a byte flipped in its middle."""

    def damage(doc: pymupdf.Document) -> None:
        xref = doc[page_index].get_contents()[0]
        raw = bytearray(doc.xref_stream_raw(xref))
        raw[len(raw) // 2] ^= 0x55
        doc.update_stream(xref, bytes(raw), compress=False)
        doc.xref_set_key(xref, "Filter", "/FlateDecode")

    return damage


def _filled_pixmap(level: int, width: int, height: int, colorspace=pymupdf.csGRAY) -> pymupdf.Pixmap:
    pix = pymupdf.Pixmap(colorspace, pymupdf.IRect(0, 0, width, height), False)
    pix.clear_with(level)
    return pix


def logo(doc: pymupdf.Document) -> None:
    """A back cover that is only a small logo picture."""
    page = doc.new_page(-1)
    page.insert_image(pymupdf.Rect(250, 380, 350, 430), pixmap=_filled_pixmap(200, 60, 30, pymupdf.csRGB))


def black_picture(doc: pymupdf.Document) -> None:
    """A page that is one black picture."""
    page = doc.new_page(-1)
    page.insert_image(page.rect, pixmap=_filled_pixmap(0, 120, 170))


def black_scan(target: Path, pages: int = 2) -> None:
    """A 'scan' whose pages are black: the scan cleaner once divided by zero on them."""
    doc = pymupdf.open()
    for _ in range(pages):
        page = doc.new_page(width=150, height=210)
        page.insert_image(page.rect, pixmap=_filled_pixmap(0, 120, 170))
    doc.save(target)


def image_bomb(target: Path) -> None:
    """One image-only page whose image claims 20,000 x 20,000 pixels (400 MB decoded)."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_image(page.rect, pixmap=_filled_pixmap(0, 8, 8))
    xref = page.get_images(full=True)[0][0]
    doc.update_object(
        xref,
        "<< /Type /XObject /Subtype /Image /Width 20000 /Height 20000 /BitsPerComponent 8 "
        "/ColorSpace /DeviceGray /Filter /FlateDecode >>",
    )
    doc.update_stream(xref, zlib.compress(bytes(1 << 20)), compress=False)
    doc.save(target)


def giant_page(target: Path) -> None:
    """One image-only page of 14,400 x 14,400 pt (200 inches): 3.7 billion pixels at 300 dpi."""
    doc = pymupdf.open()
    page = doc.new_page(width=14_400, height=14_400)
    page.insert_image(page.rect, pixmap=_filled_pixmap(0, 16, 16))
    doc.save(target)


def minimal_pdf(count: str, kids: str) -> bytes:
    """A hand-written one-page PDF with a correct xref whose page tree says /Count `count`."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
