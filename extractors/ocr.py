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
from dataclasses import dataclass, replace
from pathlib import Path

import numpy
import pymupdf
from PIL import Image, ImageFilter

from extractors.model import ExtractionError, Word
from extractors.text import clean

OCR_DPI = 300  # Tesseract's models are trained on text of about this resolution
OCR_TIMEOUT = 300  # seconds per page before a page counts as unreadable
MIN_CONFIDENCE = 10  # below this a "word" is usually a speck or a rule
LINE_JUMP_FACTOR = 0.6  # of a word's height: words whose middles lie further apart are on two lines
LARGE_TYPE_FACTOR = 1.8  # a word this many times taller than its line's words is in larger type
# Gray levels above this share of the paper's turn white. Table-row shading
# is about 3 % darker than the paper; text, even light-gray running heads,
# is over 30 % darker at its strokes' cores.
SHADING_FRACTION = 0.95
INK_FRACTION = 0.5  # darker than half the paper's level is ink, or a dark bar
BAR_SCALE = 2  # bars are found at half resolution, where the sizes below are a pixel or more
BAR_EDGE = 2  # pixels (at half resolution) of a bar's soft edge, left out of its inversion
BAR_GRAIN_FRACTION = 0.8  # an inverted bar's pixels lighter than this are its fill's grain
BAR_PAD = 30  # white pixels around each bar in the stacked image
BAR_STROKE_INCH = 0.015  # half a white letter's stroke in a bar (bold 11 pt); under half the space to nearby text
BAR_DIGIT_STROKE_INCH = 0.1  # half a stroke of the score's large white digits, with room to spare
BAR_MIN_SIZE_INCH = (0.3, 0.1)  # half the width and height a bar has at least; a line of text is lower
BAR_REACH_INCH = (2.5, 0.25)  # how far a bar's words may lie from its solid parts (a long label)
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


@dataclass(frozen=True, slots=True)
class PageScan:
    """A scanned page made ready for Tesseract: the cleaned page, and its dark bars apart."""

    number: int
    page: bytes  # PNG of the whole page
    bars: bytes | None  # PNG of the page's dark bars, inverted and stacked; None when it has none
    bar_places: tuple[BarPlace, ...] = ()


@dataclass(frozen=True, slots=True)
class BarPlace:
    """Where one bar sits in the stacked image and on the page, in pixels."""

    strip_top: int
    strip_bottom: int
    left: int  # of the bar's crop on the page
    top: int
    box: tuple[int, int, int, int]  # the bar on the page: x0, y0, x1, y1


def page_scan(page: pymupdf.Page, number: int, dpi: int = OCR_DPI) -> PageScan:
    """The page as cleaned grayscale images for OCR.

    A median filter removes scan specks. Stretching the gray levels so that
    the paper and anything nearly as light turns white then drops the
    scanner's gray cast and the light shading of alternate table rows, which
    made Tesseract misread the digits printed on them ("17" as "174", "1.2"
    as "132"). Ink keeps its gray edges: a hard threshold broke thin strokes.

    Dark bars with white text (table headers, the area's score box) are read
    apart, inverted: Tesseract's layout analysis takes a dark bar for a
    picture and skips or garbles its words, and inverting them on the page
    itself changed how Tesseract segmented everything around them.
    """
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    image = Image.frombytes("L", (pix.width, pix.height), pix.samples).filter(ImageFilter.MedianFilter(3))
    paper = _paper_level(image)
    white = paper * SHADING_FRACTION
    cleaned = image.point(lambda level: min(255, int(level * 255 / white)))
    bars = _dark_bars(image, paper, dpi)
    strip, places = _bar_strip(image, bars, paper) if bars is not None else (None, ())
    return PageScan(number, _png(cleaned), _png(strip) if strip is not None else None, places)


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _dark_bars(image: Image.Image, paper: int, dpi: int) -> numpy.ndarray | None:
    """The page's dark bars and boxes as a mask (at half resolution), or None when it has none.

    Bars are found by shape on a half-resolution ink mask. Closing it fills
    thin white strokes; opening that with a box wider and taller than a line
    of text keeps only solid areas (text, even a heavy title, is broken by
    its counters and gaps). Each bar then grows over the ink connected to
    it, which covers the words in it but not the text beside it, and a last
    closing fills large white digits.
    """
    ink = numpy.asarray(image.reduce(BAR_SCALE)) < paper * INK_FRACTION

    def px(inch: float) -> int:
        return max(1, round(inch * dpi / BAR_SCALE))

    width, height = px(BAR_MIN_SIZE_INCH[0]), px(BAR_MIN_SIZE_INCH[1])
    solid = _dilate(_erode(_closed(ink, px(BAR_STROKE_INCH)), width, height), width, height)
    if not solid.any():
        return None
    reach_x, reach_y = px(BAR_REACH_INCH[0]), px(BAR_REACH_INCH[1])
    within = _closed(ink, px(BAR_STROKE_INCH)) & _dilate(solid, reach_x, reach_y)
    return _closed(_grown(solid, within, rounds=max(reach_x, reach_y)), px(BAR_DIGIT_STROKE_INCH))


def _bar_strip(image: Image.Image, bars: numpy.ndarray, paper: int) -> tuple[Image.Image, tuple[BarPlace, ...]]:
    """The bars cut out, inverted (fill white, text black) and stacked with white between them."""
    levels = numpy.asarray(image).astype(numpy.float32)
    # The bar's soft edge, inverted, would read as a frame, and Tesseract skips framed boxes.
    inner = _erode(bars, BAR_EDGE)
    in_bar = numpy.asarray(Image.fromarray(inner).resize(image.size)) != 0
    fill = float(numpy.median(levels[in_bar]))  # the bar's color: most of a bar is not its text
    inverted = numpy.where(in_bar, numpy.clip(255 * (paper - levels) / max(paper - fill, 1), 0, 255), 255)
    crops, places, y = [], [], BAR_PAD
    for x0, y0, x1, y1 in _boxes(bars):
        box = (x0 * BAR_SCALE, y0 * BAR_SCALE, x1 * BAR_SCALE, y1 * BAR_SCALE)
        crop = inverted[box[1] : box[3], box[0] : box[2]]
        crops.append((y, crop))
        places.append(BarPlace(y, y + crop.shape[0], box[0] - BAR_PAD, box[1], box))
        y += crop.shape[0] + 2 * BAR_PAD
    strip = numpy.full((y, max(c.shape[1] for _, c in crops) + 2 * BAR_PAD), 255, numpy.float32)
    for top, crop in crops:
        strip[top : top + crop.shape[0], BAR_PAD : BAR_PAD + crop.shape[1]] = crop
    # The fill's grain, inverted, is a light gray speckle: make it paper.
    strip = numpy.where(strip > 255 * BAR_GRAIN_FRACTION, 255, strip)
    return Image.fromarray(strip.astype(numpy.uint8)), tuple(places)


def _boxes(mask: numpy.ndarray) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (x0, y0, x1, y1) of the mask's parts: bands of rows, then runs of columns in each."""
    boxes = []
    for top, bottom in _runs(mask.any(axis=1)):
        for left, right in _runs(mask[top:bottom].any(axis=0)):
            boxes.append((left, top, right, bottom))
    return boxes


def _runs(flags: numpy.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True."""
    edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], flags.astype(numpy.int8), [0]))))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist()))


def _grown(seed: numpy.ndarray, within: numpy.ndarray, rounds: int) -> numpy.ndarray:
    """The pixels of `within` connected to `seed` within `rounds` steps of a pixel."""
    for _ in range(rounds):
        grown = seed.copy()
        grown[1:] |= seed[:-1]
        grown[:-1] |= seed[1:]
        grown[:, 1:] |= seed[:, :-1]
        grown[:, :-1] |= seed[:, 1:]
        grown &= within
        grown |= seed
        if numpy.array_equal(grown, seed):
            break
        seed = grown
    return seed


def _closed(mask: numpy.ndarray, radius: int) -> numpy.ndarray:
    return _erode(_dilate(mask, radius), radius)


def _window_counts(mask: numpy.ndarray, rx: int, ry: int) -> numpy.ndarray:
    """How many set pixels each (2rx+1) x (2ry+1) window around a pixel holds (an integral image)."""
    total = numpy.pad(mask.astype(numpy.int32), ((ry + 1, ry), (rx + 1, rx))).cumsum(0).cumsum(1)
    h, w = 2 * ry + 1, 2 * rx + 1
    return total[h:, w:] - total[:-h, w:] - total[h:, :-w] + total[:-h, :-w]


def _dilate(mask: numpy.ndarray, rx: int, ry: int | None = None) -> numpy.ndarray:
    return _window_counts(mask, rx, rx if ry is None else ry) > 0


def _erode(mask: numpy.ndarray, rx: int, ry: int | None = None) -> numpy.ndarray:
    ry = rx if ry is None else ry
    return _window_counts(mask, rx, ry) == (2 * rx + 1) * (2 * ry + 1)


def _paper_level(image: Image.Image) -> int:
    """The gray level of the paper: the median pixel, since most of a page is paper."""
    histogram, seen = image.histogram(), 0
    for level, count in enumerate(histogram):
        seen += count
        if 2 * seen >= image.width * image.height:
            return level
    return 255


def _tesseract_words(
    png: bytes, number: int, languages: str, tessdata: str, dpi: int, file: str, *, sparse: bool = False
) -> tuple[Word, ...]:
    """Tesseract's words on one image, in points; `sparse` finds text anywhere on it, in any size (psm 11)."""
    command = ["tesseract", "stdin", "stdout", "--tessdata-dir", tessdata, "-l", languages, "--dpi", str(dpi)]
    command += ["--psm", "11", "tsv"] if sparse else ["tsv"]
    try:
        done = subprocess.run(command, input=png, capture_output=True, timeout=OCR_TIMEOUT, check=True)
    except (subprocess.SubprocessError, OSError) as exc:
        raise ExtractionError("no_text", f"OCR of the scanned page failed: {exc}", file=file, page=number) from exc
    scale = 72 / dpi
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8", "replace")), delimiter="\t", quoting=csv.QUOTE_NONE))
    bands = _word_bands(rows)
    words = []
    previous_right: dict[tuple[str, str, str], int] = {}  # line -> right edge of its last word so far
    for index, row in enumerate(rows):
        text = clean(row.get("text") or "")
        if row.get("level") != "5" or not text:
            continue
        key, left_px, width_px, height_px = _line_key(row), int(row["left"]), int(row["width"]), int(row["height"])
        gap = left_px - previous_right.get(key, -10**6)
        previous_right[key] = left_px + width_px
        line_top, line_height = bands.get(index, (int(row["top"]), height_px))
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


def _word_bands(rows: list[dict]) -> dict[int, tuple[int, int]]:
    """Row index of each word -> (top, height) of the line band it belongs to.

    A word's own box hugs its glyphs ("och" is lower than "Förbättring"); the
    text layer of a PDF gives every word its line's height, so do the same.
    Tesseract sometimes runs two printed lines into one (two sub-headings
    beside the box's large score): where its words' middles jump by more
    than half a word's height, the line is split, and a word in much larger
    type (the score) keeps its own box.
    """
    lines: dict[tuple[str, str, str], list[int]] = {}
    boxes: dict[tuple[str, str, str], tuple[int, int]] = {}
    for index, row in enumerate(rows):
        if row.get("level") == "4":
            boxes[_line_key(row)] = (int(row["top"]), int(row["height"]))
        elif row.get("level") == "5" and (row.get("text") or "").strip():
            lines.setdefault(_line_key(row), []).append(index)
    bands: dict[int, tuple[int, int]] = {}
    for key, members in lines.items():
        heights = sorted(int(rows[i]["height"]) for i in members)
        typical = heights[3 * len(heights) // 4]  # the upper quartile: junk from dot leaders is low
        large = [i for i in members if int(rows[i]["height"]) > LARGE_TYPE_FACTOR * typical]
        small = [i for i in members if int(rows[i]["height"]) < typical / LARGE_TYPE_FACTOR]  # specks, leaders
        clusters = _by_middle(rows, [i for i in members if i not in large and i not in small], typical * LINE_JUMP_FACTOR)
        if len(clusters) == 1 and not large:
            bands.update((i, boxes.get(key, (0, 0))) for i in members)
            continue
        for i in small:  # with the printed line nearest to it
            min(clusters, key=lambda c: abs(_middle(rows, c[0]) - _middle(rows, i))).append(i)
        for cluster in clusters + [[i] for i in large]:
            top = min(int(rows[i]["top"]) for i in cluster)
            bottom = max(int(rows[i]["top"]) + int(rows[i]["height"]) for i in cluster)
            bands.update((i, (top, bottom - top)) for i in cluster)
    return bands


def _middle(rows: list[dict], i: int) -> float:
    return int(rows[i]["top"]) + int(rows[i]["height"]) / 2


def _by_middle(rows: list[dict], members: list[int], jump: float) -> list[list[int]]:
    """The words grouped where their vertical middles, in order, jump by more than `jump`."""
    clusters: list[list[int]] = []
    for i in sorted(members, key=lambda i: _middle(rows, i)):
        if clusters and _middle(rows, i) - _middle(rows, clusters[-1][-1]) <= jump:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    return clusters


def _bullet_sized(width: int, height: int, line_height: int) -> bool:
    """A box the size of a list bullet: a round blot a fifth to two thirds of the line's height."""
    return 0.2 * line_height <= min(width, height) and max(width, height) <= 0.67 * line_height


def _line_key(row: dict) -> tuple[str, str, str]:
    return row["block_num"], row["par_num"], row["line_num"]


def _scan_words(scan: PageScan, languages: str, tessdata: str, file: str) -> tuple[Word, ...]:
    """The page's words, with those in its dark bars read from the inverted bars instead."""
    words = _tesseract_words(scan.page, scan.number, languages, tessdata, OCR_DPI, file)
    if scan.bars is None:
        return words
    scale = 72 / OCR_DPI
    bar_words: dict[BarPlace, list[Word]] = {place: [] for place in scan.bar_places}
    for word in _tesseract_words(scan.bars, scan.number, languages, tessdata, OCR_DPI, file, sparse=True):
        place = next((p for p in scan.bar_places if p.strip_top <= word.mid_y / scale < p.strip_bottom), None)
        if place is not None:  # else a speck in the white between bars
            dx, dy = place.left * scale, (place.top - place.strip_top) * scale
            bar_words[place].append(replace(word, x0=word.x0 + dx, x1=word.x1 + dx, top=word.top + dy,
                                            bottom=word.bottom + dy))
    out = list(words)
    for place, found in bar_words.items():
        if found:  # what the page pass made of the bar gives way; a bar read as nothing keeps it
            x0, y0, x1, y1 = (v * scale for v in place.box)
            out = [w for w in out if not (x0 <= (w.x0 + w.x1) / 2 < x1 and y0 <= w.mid_y < y1)] + found
    return tuple(out)


def ocr_pages(scans: list[PageScan], languages: str, tessdata: str, file: str) -> dict[int, tuple[Word, ...]]:
    """OCRs scanned pages in parallel; one Tesseract process per core."""
    workers = max(1, min(len(scans), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = pool.map(lambda scan: _scan_words(scan, languages, tessdata, file), scans)
        return {scan.number: words for scan, words in zip(scans, results)}
