"""OCR of scanned pages with Tesseract, run as a subprocess on page images.

PyMuPDF's built-in OCR hands Tesseract the raw render; scans carry specks that
Tesseract then reads as digits or punctuation ("42" became "SSR."). Rendering
ourselves lets us clean the image first, OCR pages in parallel, and keep the
word boxes Tesseract reports.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pymupdf
from PIL import Image, ImageFilter

from extractors.model import ExtractionError, Word
from extractors.text import clean

OCR_DPI = 300  # Tesseract's models are trained on text of about this resolution
OCR_TIMEOUT = 300  # seconds per page before a page counts as unreadable
MIN_CONFIDENCE = 10  # below this a "word" is usually a speck or a rule
# What Tesseract makes of list bullets, rules and specks: "»«", "+»", ":", "©", "e«".
_JUNK = set("«»:;|©®°¢•·*+'`~^_=<>")
_BULLET_LOOKALIKE = re.compile(r"^[eo]?[«»•·*+©®°¢]{1,2}[eo]?$")


def tesseract_available() -> bool:
    return shutil.which("tesseract") is not None


def tessdata_dir() -> str | None:
    """Where Tesseract's language files are (None when it or Swedish is missing)."""
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    if not tesseract_available():
        return None
    for candidate in sorted(Path("/usr/share/tesseract-ocr").glob("*/tessdata"), reverse=True):
        if (candidate / "swe.traineddata").exists():
            return str(candidate)
    return None


def page_image(page: pymupdf.Page, dpi: int = OCR_DPI) -> bytes:
    """The page as a cleaned grayscale PNG: a median filter removes scan specks."""
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    image = Image.frombytes("L", (pix.width, pix.height), pix.samples).filter(ImageFilter.MedianFilter(3))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _tesseract_words(png: bytes, number: int, languages: str, tessdata: str, dpi: int, file: str) -> tuple[Word, ...]:
    command = ["tesseract", "stdin", "stdout", "--tessdata-dir", tessdata, "-l", languages, "--dpi", str(dpi), "tsv"]
    try:
        done = subprocess.run(command, input=png, capture_output=True, timeout=OCR_TIMEOUT, check=True)
    except (subprocess.SubprocessError, OSError) as exc:
        raise ExtractionError("no_text", f"OCR of the scanned page failed: {exc}", file=file, page=number) from exc
    scale = 72 / dpi
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8", "replace")), delimiter="\t", quoting=csv.QUOTE_NONE))
    # A word's own box hugs its glyphs ("och" is lower than "Förbättring"); the
    # text layer of a PDF gives every word its line's height, so do the same.
    line_boxes = {_line_key(r): (int(r["top"]), int(r["height"])) for r in rows if r.get("level") == "4"}
    words = []
    previous_right: dict[tuple[str, str, str], int] = {}  # line -> right edge of its last word so far
    for row in rows:
        text = clean(row.get("text") or "")
        if row.get("level") != "5" or not text or float(row.get("conf") or -1) < MIN_CONFIDENCE:
            continue
        key, left_px = _line_key(row), int(row["left"])
        gap = left_px - previous_right.get(key, -10**6)
        previous_right[key] = left_px + int(row["width"])
        if set(text) <= _JUNK or _BULLET_LOOKALIKE.match(text):
            # A bullet starts a line or, where Tesseract ran two table columns into one line, a column.
            if gap < 3 * int(row["height"] or 1):
                continue  # a speck inside a line
            text = "•"  # a bullet, read as whatever it resembled
        top, height = line_boxes.get(_line_key(row), (int(row["top"]), int(row["height"])))
        left, width = int(row["left"]) * scale, int(row["width"]) * scale
        words.append((key, Word(text, left, top * scale, left + width, (top + height) * scale, number, 0.0)))
    # A bullet bullets the word after it: one that ends its line was a speck.
    return tuple(
        w for i, (key, w) in enumerate(words) if w.text != "•" or (i + 1 < len(words) and words[i + 1][0] == key)
    )


def _line_key(row: dict) -> tuple[str, str, str]:
    return row["block_num"], row["par_num"], row["line_num"]


def ocr_pages(pages: list[tuple[int, bytes]], languages: str, tessdata: str, file: str) -> dict[int, tuple[Word, ...]]:
    """OCRs page images (page number, PNG) in parallel; one Tesseract process per core."""
    workers = max(1, min(len(pages), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = pool.map(lambda p: _tesseract_words(p[1], p[0], languages, tessdata, OCR_DPI, file), pages)
        return {number: words for (number, _), words in zip(pages, results)}
