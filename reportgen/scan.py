"""`scan_pdf(src, dst, seed, kind="office")`: what becomes of a rendered report
on its way through a scanner, a fax or an old PDF tool.

Every *scan kind* is data (`KINDS`, below): the ranges a document and each of
its pages draw their settings from. `scan_plan(kind, seed, sizes)` draws them,
a pure function of the seed, and `scan_pdf` applies the plan one step at a
time (`reportgen.scanimage`). Image kinds give an image-only PDF (no text
layer), as scanners do; the broken-text-layer kinds keep vector text that
looks right over a text layer that is garbage (`reportgen.glyphsoup`). The
truth of the report never changes, so a scanned rendering must extract to the
same values as the born-digital one (only `source` differs).

`SCAN_KINDS` lists the kinds; "office" is the original simulator and gives
the same bytes as before the other kinds came.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from pathlib import Path

import pymupdf
from PIL import Image

from . import scanimage as step
from .glyphsoup import break_text_layer

REFERENCE_DPI = 200  # pixel ranges (shift, dust, blur, stroke spread) are given at this resolution
SCANNER_SETTINGS = (150, 200, 240, 300)  # the resolutions scanners offer; a kind picks among those in its range
FAX_DPI = (204, 98)  # standard-mode fax: dots per inch along a line, lines per inch


@dataclass(frozen=True, slots=True)
class ImageKind:
    """A scanner, its settings and the state of the paper, as ranges (lo, hi).
    Per document: dpi, jpeg, yellowing, fade, holes, spread; the rest per page."""

    what: str
    dpi: tuple[int, int] = (200, 200)
    jpeg: tuple[int, int] = (70, 70)  # JPEG quality; ignored by a fax (1-bit, lossless)
    colour: bool = False  # an RGB scan (of yellowed paper) rather than grayscale
    yellowing: tuple[float, float] = (0.0, 0.0)  # share of blue the paper lost (red untouched, green a fifth as much)
    paper: tuple[int, int] = (215, 240)  # the paper's level: the scanner's gray cast
    rotation: float = 0.4  # |degrees|
    shift: tuple[int, int] = (12, 8)  # |pixels| the sheet lies off-centre, x and y
    dust: tuple[int, int] = (5, 25)  # specks per page
    grain: tuple[float, float] = (3.0, 6.0)  # sensor noise, sigma in levels
    blur: tuple[float, float] = (0.3, 0.7)  # optics, Gaussian radius in pixels
    bleed: tuple[float, float] = (0.0, 0.0)  # opacity of the back page showing through
    fade: tuple[float, float] = (1.0, 1.0)  # light toner: share of the ink left (1: none missing)
    holes: tuple[float, float] = (0.0, 0.0)  # light toner: share of stroke pixels with no toner
    spread: tuple[float, float] = (0.0, 0.0)  # heavy toner: pixels strokes grow by
    shadow: tuple[float, float] = (0.0, 0.0)  # darkness of a band along one edge (lid, copier)
    fax: bool = False  # 1-bit, FAX_DPI, a header line, lost scan lines


@dataclass(frozen=True, slots=True)
class TextLayerKind:
    """A born-digital PDF whose text layer is glyph soup (reportgen.glyphsoup)."""

    what: str
    code: str  # glyphsoup.CODES
    whole: float  # probability that every page is broken, not a run of them


KINDS: dict[str, ImageKind | TextLayerKind] = {
    "office": ImageKind("office scanner, grayscale, 200 dpi, JPEG 70 (the original simulator)"),
    "colour": ImageKind("RGB scan of slightly yellowed paper", dpi=(200, 300), jpeg=(60, 85), colour=True,
                        yellowing=(0.04, 0.12), paper=(228, 248), rotation=0.8, dust=(5, 20), grain=(2.0, 5.0)),
    "low_res": ImageKind("cheap scanner at 150 dpi, strong JPEG, skewed", dpi=(150, 150), jpeg=(40, 55),
                         rotation=1.5, grain=(3.0, 7.0), blur=(0.2, 0.5)),
    "archive": ImageKind("archival scan, 300 dpi, mild JPEG", dpi=(300, 300), jpeg=(80, 90), paper=(225, 245),
                         rotation=0.3, grain=(2.0, 4.0), blur=(0.4, 0.8)),
    "bleed_through": ImageKind("thin paper printed on both sides: the back page shows through, mirrored",
                               dpi=(200, 300), jpeg=(60, 80), rotation=0.6, bleed=(0.08, 0.18)),
    "light_toner": ImageKind("printer low on toner: faded, thinner, broken strokes", dpi=(200, 300),
                             jpeg=(60, 85), rotation=0.6, fade=(0.5, 0.75), holes=(0.05, 0.15)),
    "heavy_toner": ImageKind("toner set dark: bold strokes, counters filling in, toner on the paper",
                             dpi=(200, 300), jpeg=(55, 80), rotation=0.8, dust=(20, 60), spread=(1.5, 2.5)),
    "fax": ImageKind("fax in standard mode: 1-bit, 204 x 98 dpi, jagged, a header line, lost lines",
                     dpi=(FAX_DPI[0], FAX_DPI[0]), paper=(230, 250), rotation=1.0, dust=(5, 30),
                     grain=(4.0, 9.0), blur=(0.3, 0.6), fax=True),
    "multifunction": ImageKind("office multifunction printer, scan-to-email at 'small file': colour, "
                               "150-200 dpi, JPEG 40-60, skew, show-through", dpi=(150, 200), jpeg=(40, 60),
                               colour=True, yellowing=(0.02, 0.08), paper=(225, 245), rotation=1.5,
                               bleed=(0.04, 0.1), grain=(3.0, 6.0)),
    "photocopy": ImageKind("scan of a photocopy: heavy toner, a dark edge, dust", dpi=(200, 300), jpeg=(50, 75),
                           rotation=1.2, dust=(30, 80), spread=(1.0, 1.5), shadow=(0.35, 0.7)),
    "faded_archive": ImageKind("old report on yellowed paper, faded print, scanned in colour at 300 dpi",
                               dpi=(300, 300), jpeg=(70, 90), colour=True, yellowing=(0.06, 0.14),
                               paper=(220, 240), rotation=0.5, bleed=(0.04, 0.1), fade=(0.6, 0.8),
                               holes=(0.03, 0.1)),
    "broken_text_pua": TextLayerKind("born-digital, but fonts file the glyphs under private-use code points",
                                     code="pua", whole=0.5),
    "broken_text_letters": TextLayerKind("born-digital, but fonts file the glyphs under other letters and digits",
                                         code="letters", whole=0.5),
}
SCAN_KINDS: tuple[str, ...] = tuple(KINDS)
IMAGE_KINDS: tuple[str, ...] = tuple(k for k, v in KINDS.items() if isinstance(v, ImageKind))


@dataclass(frozen=True, slots=True)
class PagePlan:
    size: tuple[int, int]  # pixels at the scan's dpi (before a fax's line reduction)
    paper: int
    angle: float  # degrees, counter-clockwise
    shift: tuple[int, int]
    dust: tuple[tuple[int, int, int, int], ...]  # x, y, radius, level
    grain_seed: int
    grain: float
    blur: float
    bleed: float = 0.0
    bleed_blur: float = 0.0
    toner_seed: int = 0
    shadow: tuple[int, float, float] | None = None  # side (-1 left, 1 right), width px, strength
    dropouts: tuple[int, ...] = ()  # fax: scan lines lost
    rule: int | None = None  # fax: x of a line from a dirty glass


@dataclass(frozen=True, slots=True)
class ScanPlan:
    kind: str
    dpi: int
    quality: int | None  # JPEG quality; None for a fax (1-bit, lossless)
    tint: tuple[float, float, float]  # paper colour per channel, relative to its level
    fade: float
    holes: float
    spread: float
    threshold: int  # fax: black below this level
    header: str  # fax: the sending machine's line, "{page}" and "{pages}" filled in per page
    pages: tuple[PagePlan, ...]


def _pixels(size: tuple[float, float], dpi: int) -> tuple[int, int]:
    """The pixmap size MuPDF renders a page of `size` points at `dpi` to."""
    box = (pymupdf.Rect(0, 0, *size) * pymupdf.Matrix(dpi / 72, dpi / 72)).irect
    return box.width, box.height


def _page_stream(kind: str, seed: int) -> random.Random:
    # "office" is the original simulator: its pages keep the stream of the bare seed, so its scans
    # (and figures measured on them) did not change when the other kinds came.
    return random.Random(seed) if kind == "office" else random.Random(f"scan:{kind}:{seed}:pages")


def _page_plan(spec: ImageKind, rng: random.Random, size: tuple[int, int], scale: float, lines: int) -> PagePlan:
    width, height = size
    # Drawn in the original simulator's order; what only other kinds have is drawn after, and only by them.
    paper = rng.randint(*spec.paper)
    angle = rng.uniform(-spec.rotation, spec.rotation)
    shift = (round(rng.randint(-spec.shift[0], spec.shift[0]) * scale),
             round(rng.randint(-spec.shift[1], spec.shift[1]) * scale))
    specks = []
    for _ in range(rng.randint(*spec.dust)):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.choice((1, 1, 2))
        specks.append((x, y, max(1, round(r * scale)), rng.randint(40, 120)))
    grain_seed, sigma, blur = rng.randrange(2**32), rng.uniform(*spec.grain), rng.uniform(*spec.blur) * scale
    extra: dict = {}
    if spec.bleed[1] > 0:
        extra.update(bleed=rng.uniform(*spec.bleed), bleed_blur=rng.uniform(2.0, 4.0) * scale)
    if spec.fade[0] < 1 or spec.spread[1] > 0:
        extra.update(toner_seed=rng.randrange(2**32))
    if spec.shadow[1] > 0:
        extra.update(shadow=(rng.choice((-1, 1)), rng.uniform(0.02, 0.06) * width, rng.uniform(*spec.shadow)))
    if spec.fax:
        extra.update(dropouts=tuple(sorted(rng.randrange(lines) for _ in range(rng.randint(0, 3)))),
                     rule=rng.randrange(width) if rng.random() < 0.3 else None)
    return PagePlan(size, paper, angle, shift, tuple(specks), grain_seed, sigma, blur, **extra)


def _fax_header(rng: random.Random) -> str:
    year, month, day = rng.randint(2010, 2023), rng.randint(1, 12), rng.randint(1, 28)
    number = f"0{rng.randint(10, 99)}-{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return f"{year}-{month:02d}-{day:02d} {rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}   {number}" \
           "   S. {page}/{pages}"


def scan_plan(kind: str, seed: int, sizes: list[tuple[float, float]]) -> ScanPlan:
    """Every setting of one scan of a document whose pages have `sizes` (points)."""
    spec = KINDS.get(kind)
    if not isinstance(spec, ImageKind):
        raise ValueError(f"{kind!r} is no image scan kind; known: {IMAGE_KINDS}")
    doc = random.Random(f"scan:{kind}:{seed}:document")
    dpi = doc.choice([d for d in ((FAX_DPI[0],) if spec.fax else SCANNER_SETTINGS) if spec.dpi[0] <= d <= spec.dpi[1]])
    quality = None if spec.fax else doc.randint(*spec.jpeg)
    yellow = doc.uniform(*spec.yellowing)
    tint = (1.0, 1.0 - 0.2 * yellow, 1.0 - yellow) if spec.colour else (1.0, 1.0, 1.0)  # yellow: blue goes first
    fade, holes, spread = doc.uniform(*spec.fade), doc.uniform(*spec.holes), doc.uniform(*spec.spread)
    threshold, header = (doc.randint(120, 150), _fax_header(doc)) if spec.fax else (128, "")
    rng, scale = _page_stream(kind, seed), dpi / REFERENCE_DPI
    pages = []
    for size in sizes:
        pixels = _pixels(size, dpi)
        lines = round(pixels[1] * FAX_DPI[1] / dpi)
        pages.append(_page_plan(spec, rng, pixels, scale, lines))
    return ScanPlan(kind, dpi, quality, tint, fade, holes, spread, threshold, header, tuple(pages))


def scan_page(page: Image.Image, back: Image.Image | None, spec: ImageKind, plan: ScanPlan, p: PagePlan,
              number: int, pages: int) -> Image.Image:
    """One page's clean rendering through the plan: the paper and toner first,
    then the scanner (skew, dust, noise, optics), then a fax's reduction."""
    scale = plan.dpi / REFERENCE_DPI
    image = page
    if plan.fade < 1:
        image = step.light_toner(image, plan.fade, plan.holes, p.toner_seed, scale)
    if plan.spread > 0:
        image = step.heavy_toner(image, plan.spread * scale, p.toner_seed, scale)
    if p.bleed > 0 and back is not None:
        image = step.show_through(image, back, p.bleed, p.bleed_blur)
    image = step.paper_cast(image, p.paper, plan.tint)
    image = step.skew(image, p.angle, p.shift, step.paper_colour(image, p.paper, plan.tint))
    if p.shadow:
        image = step.edge_shadow(image, *p.shadow)
    image = step.dust(image, p.dust)
    image = step.grain(image, p.grain_seed, p.grain)
    image = step.soften(image, p.blur)
    if spec.fax:
        image = step.fax_header(image, plan.header.format(page=number, pages=pages), plan.dpi)
        image = step.binarise(image, FAX_DPI[1], plan.dpi, plan.threshold)
        image = step.fax_streaks(image, p.dropouts, p.rule)
    return image


def _encoded(image: Image.Image, quality: int | None) -> bytes:
    data = io.BytesIO()
    if quality is None:
        image.save(data, format="PNG")  # 1-bit: stored as such (Flate), as a fax PDF holds it
    else:
        image.save(data, format="JPEG", quality=quality)
    return data.getvalue()


def _render(page: pymupdf.Page, dpi: int, colour: bool) -> Image.Image:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csRGB if colour else pymupdf.csGRAY, alpha=False)
    return Image.frombytes("RGB" if colour else "L", (pix.width, pix.height), pix.samples)


def _back(index: int, count: int) -> int | None:
    """The other side of the sheet a page is printed on (duplex: pages 1-2, 3-4, ...)."""
    other = index ^ 1
    return other if other < count else None


def scan_pdf(src: str | Path, dst: str | Path, seed: int, kind: str = "office") -> Path:
    """Writes `dst`, `src` as the scan kind `kind` (SCAN_KINDS) makes it from
    `seed`: the same seed and kind give the same bytes. Returns `dst`."""
    spec = KINDS.get(kind)
    if spec is None:
        raise ValueError(f"unknown scan kind {kind!r}; known: {SCAN_KINDS}")
    if isinstance(spec, TextLayerKind):
        return break_text_layer(src, dst, spec.code, spec.whole, seed)
    dst = Path(dst)
    with pymupdf.open(src) as source, pymupdf.open() as scanned:
        plan = scan_plan(kind, seed, [(p.rect.width, p.rect.height) for p in source])
        rendered: dict[int, Image.Image] = {}  # a page and its back side, rendered once

        def clean(index: int) -> Image.Image:
            for done in [k for k in rendered if k // 2 != index // 2]:  # keep one sheet's two sides only
                del rendered[done]
            if index not in rendered:
                rendered[index] = _render(source[index], plan.dpi, spec.colour)
            return rendered[index]

        for index, (page, p) in enumerate(zip(source, plan.pages)):
            back_index = _back(index, source.page_count) if p.bleed > 0 else None
            back = clean(back_index) if back_index is not None else None
            image = scan_page(clean(index), back, spec, plan, p, index + 1, source.page_count)
            out = scanned.new_page(width=page.rect.width, height=page.rect.height)
            # A fax's pixels are twice as tall as wide: its image is stretched to the sheet.
            out.insert_image(out.rect, stream=_encoded(image, plan.quality), keep_proportion=not spec.fax)
        scanned.save(dst, garbage=3, deflate=True, no_new_id=True)  # no random file ID: a seed gives the same bytes
    return dst
