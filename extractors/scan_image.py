"""Scanned pages made ready for Tesseract: rendered, cleaned, and their dark bars cut out.

Pure image work on a PyMuPDF page; `ocr.py` runs Tesseract on the result.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
import pymupdf
from PIL import Image, ImageFilter

OCR_DPI = 300  # Tesseract's models are trained on text of about this resolution
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


@dataclass(frozen=True, slots=True)
class PageScan:
    """A scanned page made ready for Tesseract: the cleaned page, and its dark bars apart."""

    number: int
    page: Image.Image  # the whole page, grayscale
    bars: Image.Image | None  # the page's dark bars, inverted and stacked; None when it has none
    bar_places: tuple[BarPlace, ...] = ()


@dataclass(frozen=True, slots=True)
class BarPlace:
    """Where one bar sits in the stacked image and on the page, in pixels."""

    strip_top: int
    strip_bottom: int
    left: int  # of the bar's crop on the page
    top: int
    box: tuple[int, int, int, int]  # the bar on the page: x0, y0, x1, y1


def page_image(page: pymupdf.Page, dpi: int = OCR_DPI) -> Image.Image:
    """The page rendered in gray (MuPDF's part: one page at a time, it is not thread-safe)."""
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples)


def page_scan(page: pymupdf.Page, number: int, dpi: int = OCR_DPI) -> PageScan:
    """The page as cleaned grayscale images for OCR (see `prepare`)."""
    return prepare(page_image(page, dpi), number, dpi)


def prepare(rendered: Image.Image, number: int, dpi: int = OCR_DPI) -> PageScan:
    """A rendered page as cleaned grayscale images for OCR (pure image work: safe in threads).

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
    image = rendered.filter(ImageFilter.MedianFilter(3))
    paper = _paper_level(image)
    # A black page has paper level 0: stretching to it would divide by zero.
    white = max(paper * SHADING_FRACTION, 1.0)
    cleaned = image.point(lambda level: min(255, int(level * 255 / white)))
    bars = _dark_bars(image, paper, dpi)
    strip, places = _bar_strip(image, bars, paper) if bars is not None else (None, ())
    return PageScan(number, cleaned, strip, places)


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
    filled = _closed(ink, px(BAR_STROKE_INCH))
    solid = _dilate(_erode(filled, width, height), width, height)
    if not solid.any():
        return None
    reach_x, reach_y = px(BAR_REACH_INCH[0]), px(BAR_REACH_INCH[1])
    within = filled & _dilate(solid, reach_x, reach_y)
    return _closed(_grown(solid, within, rounds=max(reach_x, reach_y)), px(BAR_DIGIT_STROKE_INCH))


def _bar_strip(image: Image.Image, bars: numpy.ndarray, paper: int) -> tuple[Image.Image, tuple[BarPlace, ...]]:
    """The bars cut out, inverted (fill white, text black) and stacked with white between them."""
    levels = numpy.asarray(image)
    # The bar's soft edge, inverted, would read as a frame, and Tesseract skips framed boxes.
    in_bar = numpy.asarray(Image.fromarray(_erode(bars, BAR_EDGE)).resize(image.size)) != 0
    boxes = [(x0 * BAR_SCALE, y0 * BAR_SCALE, x1 * BAR_SCALE, y1 * BAR_SCALE) for x0, y0, x1, y1 in _boxes(bars)]
    cuts = [(levels[y0:y1, x0:x1].astype(numpy.float32), in_bar[y0:y1, x0:x1]) for x0, y0, x1, y1 in boxes]
    # The bars' color: most of a bar is not its text.
    fill = float(numpy.median(numpy.concatenate([cut[mask] for cut, mask in cuts])))
    crops, places, y = [], [], BAR_PAD
    for box, (cut, mask) in zip(boxes, cuts):
        crops.append((y, numpy.where(mask, numpy.clip(255 * (paper - cut) / max(paper - fill, 1), 0, 255), 255)))
        places.append(BarPlace(y, y + cut.shape[0], box[0] - BAR_PAD, box[1], box))
        y += cut.shape[0] + 2 * BAR_PAD
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
