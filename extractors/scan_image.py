"""Scanned pages made ready for Tesseract: rendered, cleaned, and their dark bars cut out.

Pure image work on a PyMuPDF page; `ocr.py` runs Tesseract on the result.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
import pymupdf
from numpy.typing import ArrayLike
from PIL import Image, ImageFilter

OCR_DPI = 300  # Tesseract's models are trained on text of about this resolution
# Gray levels above this share of the paper's turn white. Table-row shading
# is about 3 % darker than the paper; text, even light-gray running heads,
# is over 30 % darker at its strokes' cores.
SHADING_FRACTION = 0.95
INK_FRACTION = 0.5  # darker than half the paper's level is ink, or a dark bar
FADED_INK_LEVEL = 100  # ink lighter than this is faded; well printed and scanned ink is 20-60
INK = 128  # on a prepared page (paper 255, print stretched near 0), a pixel darker than this is ink
INKED_PAD = 2  # pixels either side of a word's box where its ink may lie
INK_SHARE_OF_PAPER = 0.8  # levels below this share of the paper's are ink (or its soft edges)
MIN_INK_SHARE = 0.001  # of a page's pixels: fewer ink pixels than this tell nothing of the ink's level
INK_PERCENTILE = 0.05  # of the ink pixels: the darkest few are stroke cores, not specks or edges
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
    page: Image.Image  # the whole page, grayscale, straightened by `angle`
    bars: Image.Image | None  # the page's dark bars, inverted and stacked; None when it has none
    bar_places: tuple[BarPlace, ...] = ()
    angle: float = 0.0  # degrees (counter-clockwise) the page was turned by to straighten it


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


def prepare(rendered: Image.Image, number: int, dpi: int = OCR_DPI, *, angle: float | None = None,
            bars: bool = True) -> PageScan:
    """A rendered page as cleaned grayscale images for OCR (pure image work: safe in threads).

    A median filter removes scan specks; the page is turned straight (`skew_angle`, or `angle`
    when known). Stretching the gray levels so that
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
    if angle is None:
        angle = skew_angle(image, paper, dpi)
    image = straightened(image, angle, paper)
    ink = _ink_level(image, paper)
    if ink > FADED_INK_LEVEL:
        # Faded print (a printer low on toner): its darkest strokes are lighter than half the
        # paper, so nothing reads as ink or bar. Its levels are stretched to black, and a minimum
        # filter closes the gaps the missing toner left in strokes.
        # The filter also closes the holes in a faded bar's fill, which inverted read as specks.
        span = max(paper - ink, 1)
        image = image.point(lambda level: max(0, min(255, int((level - ink) * paper / span))))
        image = image.filter(ImageFilter.MinFilter(3))
    # A black page has paper level 0: stretching to it would divide by zero.
    white = max(paper * SHADING_FRACTION, 1.0)
    cleaned = image.point(lambda level: min(255, int(level * 255 / white)))
    cleaned = _without_rules(cleaned, dpi)
    dark = _dark_bars(image, paper, dpi) if bars else None
    strip, places = _bar_strip(image, dark, paper) if dark is not None else (None, ())
    return PageScan(number, cleaned, strip, places, angle)


RULE_LENGTH_INCH = (1.0, 0.4)  # a table's rule runs this far at least, across (rows) and down (columns)
RULE_THICKNESS_INCH = 0.03  # and is at most this thick, heavy toner included; a dark bar is thicker
RULE_LEVEL = 200  # a rule is printed lighter than text: gray, not ink, is enough


def _without_rules(image: Image.Image, dpi: int) -> Image.Image:
    """The page with its tables' rules made paper.

    Tesseract's layout analysis reads the rules under and between a table's
    rows as text ("ooo", "000050", "€" between an area's name and its scores)
    and splits the rows' lines around them; a cell read alone drops them too
    (`cell_image`). A rule is a long, thin run of gray; dark bars, as thick
    as a line of text, stay (their words are read apart, `_bar_strip`).
    """
    levels = numpy.array(image)
    gray = levels < RULE_LEVEL
    thick = round(RULE_THICKNESS_INCH * dpi)
    across, down = (round(v * dpi) for v in RULE_LENGTH_INCH)
    across_runs, down_runs = _in_runs(gray, across, axis=1), _in_runs(gray, down, axis=0)
    rules = (across_runs & ~_in_runs(across_runs, 2 * thick + 1, axis=0)) | (
        down_runs & ~_in_runs(down_runs, 2 * thick + 1, axis=1))
    if not rules.any():
        return image
    levels[rules] = 255
    return Image.fromarray(levels)


def _in_runs(mask: numpy.ndarray, length: int, axis: int) -> numpy.ndarray:
    """The set pixels of the mask that lie in a run of at least `length` set pixels along `axis`.

    Run-length encoded: a page has many short runs (text) and few long ones (rules, bars),
    and only the long ones are filled in, one slice each."""
    along = mask if axis == 1 else numpy.ascontiguousarray(mask.T)
    padded = numpy.zeros((along.shape[0], along.shape[1] + 2), numpy.int8)
    padded[:, 1:-1] = along
    edges = numpy.diff(padded, axis=1)
    width = edges.shape[1]
    starts, ends = numpy.flatnonzero(edges == 1), numpy.flatnonzero(edges == -1)  # in order: they pair up
    long = ends - starts >= length
    out = numpy.zeros(along.shape, bool)
    for start, end in zip(starts[long].tolist(), ends[long].tolist()):
        out[start // width, start % width : end % width] = True
    return out if axis == 1 else out.T


SKEW_DPI = 50  # the resolution the skew is measured at: lines of text are still apart
SKEW_RANGE = 2.0  # degrees either way a sheet lies askew on a scanner's glass, at most
SKEW_STEP = 0.1  # degrees between the angles tried
SKEW_MIN = 0.15  # degrees: less than this skew moves a line's end by under a pixel in 600


def skew_angle(image: Image.Image, paper: int, dpi: int = OCR_DPI) -> float:
    """The angle (degrees, counter-clockwise) that straightens the page's lines of text.

    Turned straight, a page's text lines make its rows alternately inked and
    blank: the row sums of its ink vary the most. Measured at low resolution
    over the angles a sheet lies on a scanner's glass.
    """
    small = image.reduce(max(1, round(dpi / SKEW_DPI)))
    ink = small.point(lambda level: 255 if level < paper * INK_SHARE_OF_PAPER else 0)
    if not numpy.asarray(ink).any():
        return 0.0
    steps = round(SKEW_RANGE / SKEW_STEP)
    angles = [i * SKEW_STEP for i in range(-steps, steps + 1)]
    spread = [float(numpy.asarray(ink.rotate(a, resample=Image.Resampling.BILINEAR)).sum(axis=1, dtype=numpy.float64).var())
              for a in angles]
    best = angles[max(range(len(angles)), key=spread.__getitem__)]
    return best if abs(best) >= SKEW_MIN else 0.0


def straightened(image: Image.Image, angle: float, paper: int) -> Image.Image:
    """The image turned by `angle` degrees about its centre, corners filled with paper."""
    if not angle:
        return image
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=paper)


def _ink_level(image: Image.Image, paper: int) -> int:
    """How dark the page's ink is: the level a twentieth of its darker-than-paper pixels reach
    (0 for a page with next to no ink: there is nothing to tell it by)."""
    histogram = image.histogram()
    darker = histogram[: int(paper * INK_SHARE_OF_PAPER)]
    total = sum(darker)
    if total < image.width * image.height * MIN_INK_SHARE:
        return 0
    seen = 0
    for level, count in enumerate(darker):
        seen += count
        if seen >= total * INK_PERCENTILE:
            return level
    return 0


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


def _runs(flags: ArrayLike) -> list[tuple[int, int]]:
    """[start, end) of each run of True."""
    edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], numpy.asarray(flags, dtype=numpy.int8), [0]))))
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


BLOB_SCALE = 2  # solid marks are found at half resolution
BLOB_CORE_INCH = 0.012  # half the side of the square every solid mark holds: more than half a body text stroke
BLOB_SIZE_INCH = (0.03, 0.11)  # a list bullet's side, from a small round "•" to a large square "■"; dust is smaller
BLOB_MAX_ASPECT = 2.0


def solid_marks(image: Image.Image, dpi: int = OCR_DPI) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1, in the image's pixels) of small solid marks: list bullets, round or square.

    Letters are strokes with counters and gaps; a bullet is ink throughout.
    Eroding the ink mask by more than half a text stroke leaves only solid
    parts; those the size of a bullet, grown back, are the marks. What OCR
    reads a square bullet as ("s", "sm", "Bs") or leaves out is then known
    by its shape, not its reading (ocr.py).
    """
    ink = numpy.asarray(image.reduce(BLOB_SCALE)) < INK
    scale_dpi = dpi / BLOB_SCALE
    core = max(1, round(BLOB_CORE_INCH * scale_dpi))
    lo, hi = (round(v * scale_dpi) for v in BLOB_SIZE_INCH)
    marks = []
    for x0, y0, x1, y1 in _parts(_erode(ink, core)):
        w, h = x1 - x0 + 2 * core, y1 - y0 + 2 * core
        box = (x0 - core, y0 - core, x1 + core, y1 + core)
        if (lo <= min(w, h) and max(w, h) <= hi and max(w, h) <= BLOB_MAX_ASPECT * min(w, h)
                and _stands_alone(ink, box, core + 1)):
            marks.append((BLOB_SCALE * box[0], BLOB_SCALE * box[1], BLOB_SCALE * box[2], BLOB_SCALE * box[3]))
    return marks


BLOB_RING_INK = 1  # pixels of ink a bullet's ring may hold (grain); a stroke crossing it leaves two or more


def _stands_alone(ink: numpy.ndarray, box: tuple[int, int, int, int], margin: int) -> bool:
    """Whether white paper surrounds the box `margin` pixels out. A bullet stands alone; the solid
    part of a bold glyph ("8." of a table header, a box's large score) runs on into its strokes."""
    x0, y0, x1, y1 = box
    height, width = ink.shape
    top, bottom, left, right = y0 - margin, y1 + margin, x0 - margin, x1 + margin
    if top < 0 or left < 0 or bottom >= height or right >= width:
        return False  # at the image's edge: a sheet's border, not a list
    ring = (int(ink[top, left:right + 1].sum()) + int(ink[bottom, left:right + 1].sum())
            + int(ink[top + 1:bottom, left].sum()) + int(ink[top + 1:bottom, right].sum()))
    return ring <= BLOB_RING_INK


DASH_LENGTH_INCH = (0.015, 0.12)  # a dash bullet's length, from a small hyphen (1.7 pt seen) to an em dash
DASH_THICKNESS_INCH = 0.035  # a dash's stroke is this thick at most, heavy toner included
DASH_MIN_ASPECT = 2.0  # a dash is at least this many times longer than it is thick
DASH_BAND = (0.2, 0.9)  # where a dash's middle lies within its line's band, from the top


def dash_marks(levels: numpy.ndarray, region: tuple[int, int, int, int], dpi: int = OCR_DPI) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels of the page) of dashes in a region of a prepared page's levels: the part of
    a line before its first word, where a list's dash bullet stands.

    OCR leaves a dash bullet out more often than not (a short thin stroke is no glyph to
    its layout analysis), and a list whose bullets are lost runs its items together. A
    dash is known by its shape: a short, thin horizontal stroke, whole within the region
    (a table's rule crosses it), at the height of the line's lower-case letters.
    """
    x0, y0, x1, y1 = max(0, region[0]), max(0, region[1]), region[2], region[3]  # a line near the edge
    if x1 - x0 < 2 or y1 - y0 < 2:
        return []
    mask = levels[y0:y1, x0:x1] < INK
    lo, hi = (v * dpi for v in DASH_LENGTH_INCH)
    thick = DASH_THICKNESS_INCH * dpi
    dashes = []
    for px0, py0, px1, py1 in _parts(mask):
        width, height = px1 - px0, py1 - py0
        middle = (py0 + py1) / 2 / (y1 - y0)
        whole = px0 > 0 and px1 < x1 - x0
        if (whole and lo <= width <= hi and height <= thick and width >= DASH_MIN_ASPECT * height
                and DASH_BAND[0] <= middle <= DASH_BAND[1]):
            dashes.append((x0 + px0, y0 + py0, x0 + px1, y0 + py1))
    return dashes


def _parts(mask: numpy.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of the mask's parts, cut along empty rows and columns until none
    splits further (an XY cut: parts side by side in one band of rows come apart)."""
    boxes, todo = [], [(0, 0, mask.shape[1], mask.shape[0])]
    while todo:
        x0, y0, x1, y1 = todo.pop()
        cut = mask[y0:y1, x0:x1]
        rows = _runs(cut.any(axis=1))
        if len(rows) == 1:
            cols = _runs(cut[rows[0][0]:rows[0][1]].any(axis=0))
            if len(cols) == 1:
                boxes.append((x0 + cols[0][0], y0 + rows[0][0], x0 + cols[0][1], y0 + rows[0][1]))
                continue
            todo += [(x0 + a, y0 + rows[0][0], x0 + b, y0 + rows[0][1]) for a, b in cols]
        else:
            todo += [(x0, y0 + a, x1, y0 + b) for a, b in rows]
    return boxes


RULE_SHARE = 0.8  # of a cell's width (or height): an ink run this long is a table rule, not a digit
CELL_MIN_INK = 2  # ink pixels a row or column of a cell needs to be part of its text, not a speck
CELL_PAD = 12  # white pixels around a cell: Tesseract misreads glyphs that touch the image's edge
CELL_FULL_INK = 60  # a cell whose darkest pixel is lighter than this holds light print (well printed: 0-40)


def inked(levels: numpy.ndarray, box: tuple[int, int, int, int]) -> bool:
    """Whether a box (x0, y0, x1, y1, pixels) of a prepared page's levels holds print.

    Tesseract reads words into faint marks: the show-through of the back page
    ("EE" and "EG" after a question, read with confidence 0) or grain. On the
    prepared page, print is near black (the darkest pixel of a thin "i" at 98
    seen, faded toner included once stretched) while show-through stays light
    (155 and more), so a box without one pixel of ink holds no printed word.
    The box is widened by INKED_PAD: Tesseract's box of a narrow glyph can miss it.
    """
    x0, y0, x1, y1 = box
    cut = levels[max(0, y0) : max(y1, y0 + 1), max(0, x0 - INKED_PAD) : max(x1 + INKED_PAD, x0 + 1)]
    return cut.size == 0 or bool(cut.min() < INK)  # a box off the image: nothing to judge it by


def _rules_whitened(levels: numpy.ndarray) -> numpy.ndarray:
    """A cut of a page with the rows and columns that are ink most of their length (the rules
    that cross it) made paper, in place."""
    ink = levels < INK
    levels[:, ink.mean(axis=0) > RULE_SHARE] = 255
    levels[ink.mean(axis=1) > RULE_SHARE, :] = 255
    return levels


def cell_image(page: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    """One table cell cut from a prepared page (`PageScan.page`), its rules made paper, padded."""
    levels = _rules_whitened(numpy.array(page.crop(box)))
    darkest = int(levels.min()) if levels.size else 255
    if CELL_FULL_INK < darkest < INK:
        # Light toner: the digit's darkest core is ink, its strokes are gray. Its levels are
        # stretched to black, and its strokes are ink for the cut (cut at INK, "3" kept a dash of itself).
        levels = numpy.clip((levels.astype(numpy.int32) - darkest) * 255 // (255 - darkest), 0, 255).astype(numpy.uint8)
    # Cut to the ink: a number alone in a tall row otherwise reads as nothing.
    ink = levels < INK
    rows, cols = numpy.flatnonzero(ink.sum(axis=1) >= CELL_MIN_INK), numpy.flatnonzero(ink.sum(axis=0) >= CELL_MIN_INK)
    if rows.size and cols.size:
        levels = levels[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    return Image.fromarray(numpy.pad(levels, CELL_PAD, constant_values=255))


UNREAD_SCALE = 4  # unread print is looked for at a quarter of the resolution: a line of text is still a band
UNREAD_WORD_PAD_INCH = 0.04  # around each word read: its glyphs' edges, spread by heavy toner, are no unread print
UNREAD_JOIN_INCH = (0.08, 0.01)  # letters and words of one line, joined across and down into one band
UNREAD_HEIGHT_INCH = (0.06, 0.4)  # a band of unread print is a line or two of text, not a speck or a bar
UNREAD_MIN_WIDTH_INCH = 0.25  # and is a short word's width at least (a lone number is a cell, read alone anyway)
UNREAD_MIN_INK = 0.08  # of the band's pixels: print, not a few specks joined


def unread_regions(levels: numpy.ndarray, read: list[tuple[int, int, int, int]], dpi: int = OCR_DPI,
                   ) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels) of print no word was read from: lines Tesseract's layout analysis left out.

    On heavy or faded toner the page's layout analysis drops whole lines of a table ("2.3 Hur
    informerar kommunen om service och tjänster?"), which it reads when given the line alone.
    Ink outside every word read (`read`, pixel boxes), joined into bands the size of a line of
    text, is where such lines lie; specks, rules and dark bars are not text-sized.
    """
    ink = levels < INK
    pad = round(UNREAD_WORD_PAD_INCH * dpi)
    for x0, y0, x1, y1 in read:
        ink[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad] = False
    cut = ink[: ink.shape[0] // UNREAD_SCALE * UNREAD_SCALE, : ink.shape[1] // UNREAD_SCALE * UNREAD_SCALE]
    small = numpy.asarray(cut.reshape(cut.shape[0] // UNREAD_SCALE, UNREAD_SCALE, -1, UNREAD_SCALE).any(axis=(1, 3)))
    scale_dpi = dpi / UNREAD_SCALE
    joined = _dilate(small, max(1, round(UNREAD_JOIN_INCH[0] * scale_dpi)), max(0, round(UNREAD_JOIN_INCH[1] * scale_dpi)))
    low, high = (v * scale_dpi for v in UNREAD_HEIGHT_INCH)
    regions = []
    for x0, y0, x1, y1 in _parts(joined):
        width, height = x1 - x0, y1 - y0
        if not low <= height <= high or width < UNREAD_MIN_WIDTH_INCH * scale_dpi:
            continue
        if small[y0:y1, x0:x1].mean() < UNREAD_MIN_INK:
            continue
        region = (x0 * UNREAD_SCALE, y0 * UNREAD_SCALE, x1 * UNREAD_SCALE, y1 * UNREAD_SCALE)
        if not any(_part_of(region, box, UNREAD_APART_INCH * dpi) for box in read):
            regions.append(region)
    return regions


UNREAD_APART_INCH = 0.08  # unread print this close beside a word read on its line is that word's rest


def _part_of(region: tuple[int, int, int, int], word: tuple[int, int, int, int], apart: float) -> bool:
    """Whether unread print is the rest of a word read (Tesseract boxed only part of "styrning/uppföljning?"):
    on the word's line, and nearer to it across than words stand apart."""
    overlap = min(region[3], word[3]) - max(region[1], word[1])
    gap = max(region[0] - word[2], word[0] - region[2])
    return 2 * overlap >= min(region[3] - region[1], word[3] - word[1]) and gap < apart
