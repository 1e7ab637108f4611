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
# Gray levels above this share of the paper's turn white. Table-row shading
# is about 3 % darker than the paper; text, even light-gray running heads,
# is over 30 % darker at its strokes' cores.
SHADING_FRACTION = 0.95
# What Tesseract makes of list bullets, rules and specks: "»«", "+»", ":", "©", "e«".
_JUNK = set("«»:;|©®°¢•·*+'`~^_=<>")
_BULLET_LOOKALIKE = re.compile(r"^(?:[eo]?[«»•·*+©®°¢]{1,2}[eo]?|\.)$")
_GLUED_BULLET = re.compile(r"^[«»•·*+©®°¢](?=[A-ZÅÄÖÆØÉ])")


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
    """The page as a cleaned grayscale PNG.

    A median filter removes scan specks. Stretching the gray levels so that
    the paper and anything nearly as light turns white then drops the
    scanner's gray cast and the light shading of alternate table rows, which
    made Tesseract misread the digits printed on them ("17" as "174", "1.2"
    as "132"). Ink keeps its gray edges: a hard threshold broke thin strokes.
    """
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    image = Image.frombytes("L", (pix.width, pix.height), pix.samples).filter(ImageFilter.MedianFilter(3))
    white = _paper_level(image) * SHADING_FRACTION
    image = image.point(lambda level: min(255, int(level * 255 / white)))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _paper_level(image: Image.Image) -> int:
    """The gray level of the paper: the median pixel, since most of a page is paper."""
    histogram, seen = image.histogram(), 0
    for level, count in enumerate(histogram):
        seen += count
        if 2 * seen >= image.width * image.height:
            return level
    return 255


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
        if row.get("level") != "5" or not text:
            continue
        key, left_px, width_px, height_px = _line_key(row), int(row["left"]), int(row["width"]), int(row["height"])
        gap = left_px - previous_right.get(key, -10**6)
        previous_right[key] = left_px + width_px
        line_top, line_height = line_boxes.get(key, (int(row["top"]), height_px))
        bullet_like = set(text) <= _JUNK or _BULLET_LOOKALIKE.match(text) is not None
        confident = float(row.get("conf") or -1) >= MIN_CONFIDENCE
        # Tesseract doubts even a clean "•" (confidence 0.3 seen), so a bullet's
        # size and place decide; other unsure words are specks or rules.
        if not confident and not (bullet_like and _bullet_sized(width_px, height_px, line_height)):
            continue
        starts_column = gap >= 3 * max(height_px, 1)
        if bullet_like:
            # A bullet starts a line or, where Tesseract ran two table columns into one line, a column.
            if not starts_column:
                continue  # a speck inside a line
            text = "•"  # a bullet, read as whatever it resembled
        left, right = left_px * scale, (left_px + width_px) * scale
        top, bottom = line_top * scale, (line_top + line_height) * scale
        if starts_column and _GLUED_BULLET.match(text):  # "«Koppla": the bullet read as its item's first letter
            split = left + (right - left) / len(text)
            words.append((key, Word("•", left, top, split, bottom, number, 0.0)))
            text, left = text[1:], split
        words.append((key, Word(text, left, top, right, bottom, number, 0.0)))
    # A bullet bullets the word after it: one that ends its line was a speck.
    return tuple(
        w for i, (key, w) in enumerate(words) if w.text != "•" or (i + 1 < len(words) and words[i + 1][0] == key)
    )


def _bullet_sized(width: int, height: int, line_height: int) -> bool:
    """A box the size of a list bullet: a round blot a fifth to two thirds of the line's height."""
    return 0.2 * line_height <= min(width, height) and max(width, height) <= 0.67 * line_height


def _line_key(row: dict) -> tuple[str, str, str]:
    return row["block_num"], row["par_num"], row["line_num"]


def ocr_pages(pages: list[tuple[int, bytes]], languages: str, tessdata: str, file: str) -> dict[int, tuple[Word, ...]]:
    """OCRs page images (page number, PNG) in parallel; one Tesseract process per core."""
    workers = max(1, min(len(pages), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = pool.map(lambda p: _tesseract_words(p[1], p[0], languages, tessdata, OCR_DPI, file), pages)
        return {number: words for (number, _), words in zip(pages, results)}
