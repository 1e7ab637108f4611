"""Scanned pages made ready for Tesseract: rendered, cleaned, and their dark bars cut out.

Pure image work on a PyMuPDF page; `ocr.py` runs Tesseract on the result. Its
tolerances (sizes in inches, gray levels, the resolution) are `OcrSettings`
(extractors/settings.py).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

import numpy
import pymupdf
from numpy.typing import ArrayLike
from PIL import Image, ImageFilter
from scipy import ndimage

from extractors.pdf_file import MUPDF_ERRORS
from extractors.settings import OCR_DEFAULTS, OcrSettings

POINTS_PER_INCH = 72  # PDF points: a unit
WHITE = 255  # an 8-bit gray image's white (paper): an encoding


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


@dataclass(frozen=True, slots=True)
class PackedImage:
    """A gray image kept compressed: a cleaned page (mostly paper) packs its 8.7 million pixels
    into 0.2-1 MB, at zlib's fastest level, in hundredths of a second either way."""

    size: tuple[int, int]
    data: bytes

    @classmethod
    def of(cls, image: Image.Image) -> PackedImage:
        return cls(image.size, zlib.compress(image.tobytes(), zlib.Z_BEST_SPEED))

    def image(self) -> Image.Image:
        return Image.frombytes("L", self.size, zlib.decompress(self.data))

    @property
    def size_in_bytes(self) -> int:
        return len(self.data)


def page_image(page: pymupdf.Page, settings: OcrSettings = OCR_DEFAULTS) -> Image.Image:
    """The page rendered in gray at `settings.dpi` (MuPDF's part: one page at a time, it is not thread-safe).

    Its images are smoothed where they are scaled up: MuPDF does so for gray and colour images, but
    repeats the pixels of a 1-bit one (a fax's 98 lines an inch, a bilevel scan) unless the image
    asks for interpolation, and Tesseract read the steps this left on a fax's serif letters as other
    letters ("närmgslivsklimatet"; 81 % of a page's words right, 86 % smoothed). The flag is set on
    the document in memory only; the file is not written, and an image whose dictionary cannot be
    changed is rendered as it is."""
    for xref, *_ in page.get_images():
        try:
            if page.parent.xref_get_key(xref, "Interpolate")[1] != "true":
                page.parent.xref_set_key(xref, "Interpolate", "true")
        except MUPDF_ERRORS:
            continue
    pix = page.get_pixmap(dpi=settings.dpi, colorspace=pymupdf.csGRAY)
    return Image.frombytes("L", (pix.width, pix.height), pix.samples)


def page_scan(page: pymupdf.Page, number: int, settings: OcrSettings = OCR_DEFAULTS) -> PageScan:
    """The page as cleaned grayscale images for OCR (see `prepare`)."""
    return prepare(page_image(page, settings), number, settings)


def prepare(rendered: Image.Image, number: int, settings: OcrSettings = OCR_DEFAULTS, *, angle: float | None = None,
            bars: bool = True) -> PageScan:
    """A rendered page (at `settings.dpi`) as cleaned grayscale images for OCR (pure image work: safe in threads).

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
    image = rendered.filter(ImageFilter.MedianFilter(settings.speck_filter_size))
    paper = _paper_level(image)
    if angle is None:
        angle = skew_angle(image, paper, settings)
    image = straightened(image, angle, paper)
    ink = _ink_level(image, paper, settings)
    bar_share = settings.light_bar_ink_share if ink > settings.light_ink_level else settings.bar_ink_share
    if ink > settings.faded_ink_level:
        # Faded print (a printer low on toner): its darkest strokes are lighter than half the
        # paper, so nothing reads as ink or bar. Its levels are stretched to black, and a minimum
        # filter closes the gaps the missing toner left in strokes.
        # The filter also closes the holes in a faded bar's fill, which inverted read as specks.
        span = max(paper - ink, 1)
        image = image.point(lambda level: max(0, min(WHITE, int((level - ink) * paper / span))))
        image = image.filter(ImageFilter.MinFilter(settings.faded_filter_size))
        ink = 0  # stretched to black
    # A black page has paper level 0: stretching to it would divide by zero.
    white = max(paper * settings.shading_fraction, 1.0)
    cleaned = image.point(lambda level: min(WHITE, int(level * WHITE / white)))
    cleaned = _without_rules(cleaned, settings)
    dark = _dark_bars(image, paper, ink, bar_share, settings) if bars else None
    strip, places = _bar_strip(image, dark, paper, settings) if dark is not None else (None, ())
    return PageScan(number, cleaned, strip, places, angle)


def _without_rules(image: Image.Image, settings: OcrSettings) -> Image.Image:
    """The page with its tables' rules made paper.

    Tesseract's layout analysis reads the rules under and between a table's
    rows as text ("ooo", "000050", "€" between an area's name and its scores)
    and splits the rows' lines around them; a cell read alone drops them too
    (`cell_image`). A rule is a long, thin run of gray; dark bars, as thick
    as a line of text, stay (their words are read apart, `_bar_strip`).
    """
    levels = numpy.array(image)
    gray = levels < settings.rule_level
    thick = round(settings.rule_max_thickness * settings.dpi)
    across, down = (round(v * settings.dpi) for v in (settings.rule_min_length_across, settings.rule_min_length_down))
    # A thin rule a page's straightening left a fraction of a degree askew, or that grain and JPEG
    # lightened in places, steps a pixel up or down along its length: its runs are taken a pixel
    # either way across it (a multifunction scan's grid was read as words, "NN Ke", and split rows).
    across_runs = _in_runs(_spread(gray, axis=0), across, axis=1) & gray
    down_runs = _in_runs(_spread(gray, axis=1), down, axis=0) & gray
    # A bar is thick however its fill is speckled: toner missing in spots broke its rows' runs into
    # thin bands, which were made paper as rules and cut white streaks through its words. A run's
    # pixel whose column (for rules across) is mostly gray a rule's thickness either way is a bar's.
    rules = _thin(across_runs, gray, thick, 0, settings.rule_bar_fill) | _thin(down_runs, gray, thick, 1,
                                                                              settings.rule_bar_fill)
    if not rules.any():
        return image
    levels[rules] = WHITE
    return Image.fromarray(levels)


def _thin(runs: numpy.ndarray, gray: numpy.ndarray, radius: int, axis: int, share: float) -> numpy.ndarray:
    """The pixels of `runs` whose stretch of `gray` across them (along `axis`, `radius` either way)
    is less than `share` gray: a rule's, not a bar's. Only the runs' pixels are looked at (a page's
    rules are a few thousand pixels; windows over the whole page took a second)."""
    ys, xs = numpy.nonzero(runs)
    along, size = (ys, gray.shape[0]) if axis == 0 else (xs, gray.shape[1])
    count = numpy.zeros(ys.size, numpy.int32)
    for step in range(-radius, radius + 1):
        at = along + step
        inside = (at >= 0) & (at < size)
        at = numpy.clip(at, 0, size - 1)
        count += inside & (gray[at, xs] if axis == 0 else gray[ys, at])
    out = numpy.zeros(runs.shape, bool)
    thin = count < share * (2 * radius + 1)
    out[ys[thin], xs[thin]] = True
    return out


def _spread(mask: numpy.ndarray, axis: int) -> numpy.ndarray:
    """The mask with each set pixel's neighbours along `axis` set too (one pixel either way)."""
    out = mask.copy()
    if axis == 0:
        out[1:] |= mask[:-1]
        out[:-1] |= mask[1:]
    else:
        out[:, 1:] |= mask[:, :-1]
        out[:, :-1] |= mask[:, 1:]
    return out


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


def skew_angle(image: Image.Image, paper: int, settings: OcrSettings = OCR_DEFAULTS) -> float:
    """The angle (degrees, counter-clockwise) that straightens the page's lines of text.

    Turned straight, a page's text lines make its rows alternately inked and
    blank: the row sums of its ink vary the most. Measured at low resolution
    over the angles a sheet lies on a scanner's glass.
    """
    small = image.reduce(max(1, round(settings.dpi / settings.skew_dpi)))
    ink = small.point(lambda level: WHITE if level < paper * settings.ink_share_of_paper else 0)
    if not numpy.asarray(ink).any():
        return 0.0
    steps = round(settings.skew_range / settings.skew_step)
    angles = [i * settings.skew_step for i in range(-steps, steps + 1)]
    spread = [float(numpy.asarray(ink.rotate(a, resample=Image.Resampling.BILINEAR)).sum(axis=1, dtype=numpy.float64).var())
              for a in angles]
    best = angles[max(range(len(angles)), key=spread.__getitem__)]
    return best if abs(best) >= settings.skew_min else 0.0


def straightened(image: Image.Image, angle: float, paper: int) -> Image.Image:
    """The image turned by `angle` degrees about its centre, corners filled with paper."""
    if not angle:
        return image
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=paper)


def _ink_level(image: Image.Image, paper: int, settings: OcrSettings) -> int:
    """How dark the page's ink is: the level a twentieth of its darker-than-paper pixels reach
    (0 for a page with next to no ink: there is nothing to tell it by)."""
    histogram = image.histogram()
    darker = histogram[: int(paper * settings.ink_share_of_paper)]
    total = sum(darker)
    if total < image.width * image.height * settings.min_ink_share:
        return 0
    seen = 0
    for level, count in enumerate(darker):
        seen += count
        if seen >= total * settings.ink_percentile:
            return level
    return 0


def _dark_bars(image: Image.Image, paper: int, ink: int, share: float,
               settings: OcrSettings) -> numpy.ndarray | None:
    """The page's dark bars and boxes as a mask (at half resolution), or None when it has none.

    Bars are found by shape on a half-resolution ink mask. Closing it fills
    thin white strokes; opening that with a box wider and taller than a line
    of text keeps only solid areas (text, even a heavy title, is broken by
    its counters and gaps). Each bar then grows over the ink connected to
    it, which covers the words in it but not the text beside it, and a last
    closing fills large white digits.

    The growth is in two steps. Along the bar's own rows it may cross what
    the closing joined (a speckled light fill is only whole closed). Above
    and below them (a score box's fill parted by its large digits) it
    crosses only ink: the closing also joins a bar to a line of text a few
    pixels under it, and with a light bar's threshold a table's header bar
    had grown over its first row.
    """
    # Dark is darker than half the paper or, in light print whose ink is lighter, than `share` of
    # the way from the ink to the paper (a faded bar's fill: 132 on paper 230, its text's ink 95).
    dark = max(paper * settings.ink_fraction, ink + (paper - ink) * share)
    inked = numpy.asarray(image.reduce(settings.bar_reduction)) < dark

    def px(inch: float) -> int:
        return max(1, round(inch * settings.dpi / settings.bar_reduction))

    width, height = px(settings.bar_min_half_width), px(settings.bar_min_half_height)
    filled = _closed(inked, px(settings.bar_stroke))
    solid = _dilate(_erode(filled, width, height), width, height)
    if not solid.any():
        return None
    reach_x, reach_y = px(settings.bar_reach_across), px(settings.bar_reach_down)
    along = _grown(solid, filled & _dilate(solid, reach_x, 0), rounds=reach_x)
    within = (inked | along) & _dilate(solid, reach_x, reach_y)
    return _closed(_grown(along, within, rounds=max(reach_x, reach_y)), px(settings.bar_digit_stroke))


def _bar_strip(image: Image.Image, bars: numpy.ndarray, paper: int,
               settings: OcrSettings) -> tuple[Image.Image, tuple[BarPlace, ...]]:
    """The bars cut out, inverted (fill white, text black) and stacked with white between them."""
    levels = numpy.asarray(image)
    # The bar's soft edge, inverted, would read as a frame, and Tesseract skips framed boxes.
    in_bar = numpy.asarray(Image.fromarray(_erode(bars, settings.bar_edge)).resize(image.size)) != 0
    scale, pad = settings.bar_reduction, settings.bar_pad
    boxes = [(x0 * scale, y0 * scale, x1 * scale, y1 * scale) for x0, y0, x1, y1 in _boxes(bars)]
    cuts = [(levels[y0:y1, x0:x1].astype(numpy.float32), in_bar[y0:y1, x0:x1]) for x0, y0, x1, y1 in boxes]
    # The bars' color: most of a bar is not its text.
    fill = float(numpy.median(numpy.concatenate([cut[mask] for cut, mask in cuts])))
    crops, places, y = [], [], pad
    for box, (cut, mask) in zip(boxes, cuts):
        crops.append((y, numpy.where(mask, numpy.clip(WHITE * (paper - cut) / max(paper - fill, 1), 0, WHITE), WHITE)))
        places.append(BarPlace(y, y + cut.shape[0], box[0] - pad, box[1], box))
        y += cut.shape[0] + 2 * pad
    strip = numpy.full((y, max(c.shape[1] for _, c in crops) + 2 * pad), WHITE, numpy.float32)
    for top, crop in crops:
        strip[top : top + crop.shape[0], pad : pad + crop.shape[1]] = crop
    # The fill's grain, inverted, is a light gray speckle: make it paper.
    strip = numpy.where(strip > WHITE * settings.bar_grain_fraction, WHITE, strip)
    strip = numpy.where(_bar_specks(strip < WHITE, settings), WHITE, strip)
    return Image.fromarray(strip.astype(numpy.uint8)), tuple(places)


def binarised(image: Image.Image, settings: OcrSettings = OCR_DEFAULTS, cut: int | None = None) -> Image.Image:
    """A prepared page's crop as black ink on white, cut at `ink_level` (or `cut`): heavy toner's
    soft gray halo made Tesseract's own threshold merge its letters, and a clear line read as nothing."""
    level_cut = settings.ink_level if cut is None else cut
    return image.point(lambda level: 0 if level < level_cut else WHITE)


def streaks_closed(image: Image.Image, settings: OcrSettings = OCR_DEFAULTS) -> Image.Image:
    """A crop with its ink a pixel thicker all round, at the unread regions' second resolution:
    the white streaks a fax's line or a scanner's dirty sensor drew across print close, and the
    letters they cut in two are whole again (thicker, so read at a lower resolution)."""
    return image.filter(ImageFilter.MinFilter(settings.streak_close_size)).reduce(settings.unread_retry_reduction)


def thinned(bars: Image.Image, settings: OcrSettings = OCR_DEFAULTS) -> Image.Image:
    """The inverted bars with their ink a pixel thinner all round: specks of a light fill go,
    letters stay (but an accent or a small period may go with the specks: a second reading only)."""
    return bars.filter(ImageFilter.MaxFilter(settings.bar_thinning_size))


def _bar_specks(ink: numpy.ndarray, settings: OcrSettings) -> numpy.ndarray:
    """The inverted bars' ink that is no print: parts lower than a letter and not by one.

    Where a faded bar's fill lost toner, the holes are paper, as light as the bar's
    text; inverted they are a dust of dark specks that Tesseract reads as words or
    that make it skip the bar's real words ("Maks" lost, "Ofterlighét & og demnok ati").
    """
    parts, count = ndimage.label(ink, structure=ndimage.generate_binary_structure(2, 2))  # 8-connected
    if not count:
        return ink
    heights = numpy.zeros(count + 1, dtype=numpy.int64)
    heights[1:] = [rows.stop - rows.start for rows, _ in ndimage.find_objects(parts)]
    pixels = round(settings.bar_glyph_height * settings.dpi)
    letters = heights >= pixels  # the background's entry, 0 high, is never a letter
    reach = _dilate(letters[parts], max(1, round(settings.bar_glyph_reach * settings.dpi)))
    letters[numpy.unique(parts[reach & ink])] = True  # marks by a letter: dots, periods, commas
    return ink & ~letters[parts]


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
    return WHITE


def solid_marks(image: Image.Image, settings: OcrSettings = OCR_DEFAULTS) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1, in the image's pixels) of small solid marks: list bullets, round or square.

    Letters are strokes with counters and gaps; a bullet is ink throughout.
    Eroding the ink mask by more than half a text stroke leaves only solid
    parts; those the size of a bullet, grown back, are the marks. The erosion
    is by a diamond, not a square: a small round bullet (a Word export's "•",
    5 pixels across at 150 dpi) holds no square of its own width, and eroded by
    one it vanished, so that OCR's lost bullets ran a list's items together. What OCR
    reads a square bullet as ("s", "sm", "Bs") or leaves out is then known
    by its shape, not its reading (ocr.py).
    """
    scale = settings.blob_reduction
    ink = numpy.asarray(image.reduce(scale)) < settings.ink_level
    scale_dpi = settings.dpi / scale
    core = max(1, round(settings.blob_core * scale_dpi))
    lo, hi = (round(v * scale_dpi) for v in (settings.blob_min_side, settings.blob_max_side))
    marks = []
    solid = ndimage.distance_transform_cdt(ink, metric="taxicab") > core  # a diamond of radius `core` fits
    for x0, y0, x1, y1 in _parts(solid):
        w, h = x1 - x0 + 2 * core, y1 - y0 + 2 * core
        box = (x0 - core, y0 - core, x1 + core, y1 + core)
        if (lo <= min(w, h) and max(w, h) <= hi and max(w, h) <= settings.blob_max_aspect * min(w, h)
                and _stands_alone(ink, box, core + 1, settings)):
            marks.append((scale * box[0], scale * box[1], scale * box[2], scale * box[3]))
    return marks


def _stands_alone(ink: numpy.ndarray, box: tuple[int, int, int, int], margin: int, settings: OcrSettings) -> bool:
    """Whether white paper surrounds the box `margin` pixels out. A bullet stands alone; the solid
    part of a bold glyph ("8." of a table header, a box's large score) runs on into its strokes."""
    x0, y0, x1, y1 = box
    height, width = ink.shape
    top, bottom, left, right = y0 - margin, y1 + margin, x0 - margin, x1 + margin
    if top < 0 or left < 0 or bottom >= height or right >= width:
        return False  # at the image's edge: a sheet's border, not a list
    ring = (int(ink[top, left:right + 1].sum()) + int(ink[bottom, left:right + 1].sum())
            + int(ink[top + 1:bottom, left].sum()) + int(ink[top + 1:bottom, right].sum()))
    return ring <= settings.blob_ring_ink


def dash_marks(levels: numpy.ndarray, region: tuple[int, int, int, int],
               settings: OcrSettings = OCR_DEFAULTS) -> list[tuple[int, int, int, int]]:
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
    mask = levels[y0:y1, x0:x1] < settings.ink_level
    lo, hi = (v * settings.dpi for v in (settings.dash_min_length, settings.dash_max_length))
    thick = settings.dash_max_thickness * settings.dpi
    dashes = []
    for px0, py0, px1, py1 in _parts(mask):
        width, height = px1 - px0, py1 - py0
        middle = (py0 + py1) / 2 / (y1 - y0)
        whole = px0 > 0 and px1 < x1 - x0
        if (whole and lo <= width <= hi and height <= thick and width >= settings.dash_min_aspect * height
                and settings.dash_band_top <= middle <= settings.dash_band_bottom):
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


def inked(levels: numpy.ndarray, box: tuple[int, int, int, int], settings: OcrSettings = OCR_DEFAULTS) -> bool:
    """Whether a box (x0, y0, x1, y1, pixels) of a prepared page's levels holds print.

    Tesseract reads words into faint marks: the show-through of the back page
    ("EE" and "EG" after a question, read with confidence 0) or grain. On the
    prepared page, print is near black (the darkest pixel of a thin "i" at 98
    seen, faded toner included once stretched) while show-through stays light
    (155 and more), so a box without one pixel of ink holds no printed word.
    The box is widened by `settings.inked_pad`: Tesseract's box of a narrow glyph can miss it.
    """
    x0, y0, x1, y1 = box
    pad = settings.inked_pad
    cut = levels[max(0, y0) : max(y1, y0 + 1), max(0, x0 - pad) : max(x1 + pad, x0 + 1)]
    return cut.size == 0 or bool(cut.min() < settings.ink_level)  # a box off the image: nothing to judge it by


def _rules_whitened(levels: numpy.ndarray, settings: OcrSettings) -> numpy.ndarray:
    """A cut of a page with the rows and columns that are ink most of their length (the rules
    that cross it) made paper, in place."""
    ink = levels < settings.ink_level
    levels[:, ink.mean(axis=0) > settings.cell_rule_share] = WHITE
    levels[ink.mean(axis=1) > settings.cell_rule_share, :] = WHITE
    return levels


def upright_strokes(cell: Image.Image, settings: OcrSettings = OCR_DEFAULTS) -> int:
    """How many "1"s a cell's ink (`cell_image`) is: side by side, upright strokes of one height,
    each solid, and nothing else; 0 when it is anything else. Times' "1" whose serifs blur and
    JPEG lightened away is a bare stroke no digit model reads (it could be an "l" or a "|", neither
    of which a number cell holds); light toner breaks it, so a stroke may have gaps."""
    ink = numpy.asarray(cell) < settings.ink_level
    strokes = []
    for x0, x1 in _runs(ink.any(axis=0)):
        rows = numpy.flatnonzero(ink[:, x0:x1].any(axis=1))
        y0, y1 = int(rows[0]), int(rows[-1]) + 1
        if not (y1 - y0 >= settings.cell_stroke_aspect * (x1 - x0)
                and ink[y0:y1, x0:x1].mean() >= settings.cell_stroke_fill):
            return 0
        strokes.append((y0, y1))
    tops, bottoms = [y0 for y0, _ in strokes], [y1 for _, y1 in strokes]
    if strokes and max(tops) - min(tops) + max(bottoms) - min(bottoms) > settings.cell_stroke_misalign * (
            min(bottoms) - max(tops)):
        return 0  # not one height on one line: a stroke and a mark, not digits
    return len(strokes)


def cell_image(page: Image.Image, box: tuple[int, int, int, int], settings: OcrSettings = OCR_DEFAULTS) -> Image.Image:
    """One table cell cut from a prepared page (`PageScan.page`), its rules made paper, padded."""
    levels = _rules_whitened(numpy.array(page.crop(box)), settings)
    darkest = int(levels.min()) if levels.size else WHITE
    if settings.cell_full_ink < darkest < settings.ink_level:
        # Light toner: the digit's darkest core is ink, its strokes are gray. Its levels are
        # stretched to black, and its strokes are ink for the cut (cut at ink_level, "3" kept a dash of itself).
        levels = numpy.clip((levels.astype(numpy.int32) - darkest) * WHITE // (WHITE - darkest), 0, WHITE).astype(numpy.uint8)
    # Cut to the ink: a number alone in a tall row otherwise reads as nothing.
    ink = levels < settings.ink_level
    rows, cols = (numpy.flatnonzero(ink.sum(axis=1) >= settings.cell_min_ink),
                  numpy.flatnonzero(ink.sum(axis=0) >= settings.cell_min_ink))
    if rows.size and cols.size:
        levels = levels[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    return Image.fromarray(numpy.pad(levels, settings.cell_pad, constant_values=WHITE))


def unread_regions(levels: numpy.ndarray, read: list[tuple[int, int, int, int]], settings: OcrSettings = OCR_DEFAULTS,
                   *, level: int | None = None) -> list[tuple[int, int, int, int]]:
    """Boxes (pixels) of print no word was read from: lines Tesseract's layout analysis left out.

    On heavy or faded toner the page's layout analysis drops whole lines of a table ("2.3 Hur
    informerar kommunen om service och tjänster?"), which it reads when given the line alone.
    Ink outside every word read (`read`, pixel boxes), joined into bands the size of a line of
    text, is where such lines lie; specks, rules and dark bars are not text-sized. Ink is darker
    than `level` (`settings.ink_level` unless given: `faint_ink_level` finds faint print).
    """
    ink = levels < (settings.ink_level if level is None else level)
    pad = round(settings.unread_word_pad * settings.dpi)
    for x0, y0, x1, y1 in read:
        ink[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad] = False
    scale = settings.unread_reduction
    cut = ink[: ink.shape[0] // scale * scale, : ink.shape[1] // scale * scale]
    small = numpy.asarray(cut.reshape(cut.shape[0] // scale, scale, -1, scale).any(axis=(1, -1)))  # each block
    scale_dpi = settings.dpi / scale
    joined = _dilate(small, max(1, round(settings.unread_join_across * scale_dpi)),
                     max(0, round(settings.unread_join_down * scale_dpi)))
    low, high = (v * scale_dpi for v in (settings.unread_min_height, settings.unread_max_height))
    regions = []
    for x0, y0, x1, y1 in _parts(joined):
        width, height = x1 - x0, y1 - y0
        if not low <= height <= high or width < settings.unread_min_width * scale_dpi:
            continue
        if small[y0:y1, x0:x1].mean() < settings.unread_min_ink:
            continue
        region = (x0 * scale, y0 * scale, x1 * scale, y1 * scale)
        if not any(_part_of(region, box, settings.unread_apart * settings.dpi) for box in read):
            regions.append(region)
    return regions


def _part_of(region: tuple[int, int, int, int], word: tuple[int, int, int, int], apart: float) -> bool:
    """Whether unread print is the rest of a word read (Tesseract boxed only part of "styrning/uppföljning?"):
    on the word's line, and nearer to it across than words stand apart."""
    overlap = min(region[3], word[3]) - max(region[1], word[1])
    gap = max(region[0] - word[2], word[0] - region[2])
    return 2 * overlap >= min(region[3] - region[1], word[3] - word[1]) and gap < apart
