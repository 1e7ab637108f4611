"""What happens to a page between the printer and a scanner's file, one step
per function, each on a Pillow image and the parameters a plan drew for it
(reportgen.scan). Nothing here draws random numbers except from the seeds it
is given, so a plan always gives the same pixels.

Ink is handled as *coverage* (0 = paper, 1 = full ink) where toner and
show-through act on it, and as levels (0 = black, 255 = white) elsewhere.
"""

from __future__ import annotations

import math

import numpy
from PIL import Image, ImageDraw, ImageFilter, ImageFont

Array = numpy.ndarray


def coverage(image: Image.Image) -> Array:
    """Ink per pixel (and channel), 0-1."""
    return 1.0 - numpy.asarray(image, dtype=numpy.float32) / 255.0


def from_coverage(ink: Array, mode: str) -> Image.Image:
    levels = ink.astype(numpy.float32, copy=True)
    levels *= -255.0
    levels += 255.5
    return Image.fromarray(_to_levels(levels), mode)


def _noise_field(shape: tuple[int, int], seed: int, radius: float) -> Array:
    """Smooth noise, 0-1 by rank, with features about `radius` pixels across."""
    raw = numpy.random.default_rng(seed).integers(0, 256, shape, dtype=numpy.uint8)
    smooth = numpy.asarray(Image.fromarray(raw).filter(ImageFilter.GaussianBlur(radius)), dtype=numpy.float32)
    low, high = numpy.percentile(smooth, (1, 99))
    return numpy.clip((smooth - low) / max(high - low, 1.0), 0.0, 1.0)


def light_toner(image: Image.Image, fade: float, holes: float, seed: int, scale: float) -> Image.Image:
    """A printer low on toner: strokes thinner (their soft edges gone), lighter
    (`fade` = share of the ink left), broken where the drum left no toner
    (`holes` = share of ink pixels dropped, in specks about a stroke wide), and
    lighter still in bands along the paper's path."""
    ink = coverage(image)
    ink = numpy.clip((ink - 0.3) / 0.7, 0.0, 1.0)  # thinner: the anti-aliased rim goes first
    height, width = ink.shape[:2]
    speck = _noise_field((height, width), seed, 0.9 * scale)
    kept = (speck > holes).astype(numpy.float32)
    phase = (seed % 997) / 997 * 2 * math.pi
    x = numpy.arange(width, dtype=numpy.float32)
    band = 1.0 - 0.25 * (0.5 + 0.5 * numpy.sin(2 * math.pi * x / (width / 3.1) + phase))  # drum streaks
    factor = fade * kept * band[None, :]
    return from_coverage(ink * (factor[..., None] if ink.ndim == 3 else factor), image.mode)


def heavy_toner(image: Image.Image, spread: float, seed: int, scale: float) -> Image.Image:
    """Toner set too dark, or a copy of a copy: strokes grow by about `spread`
    pixels, small counters ("e", "a", "8") fill in, gray fills darken, and
    toner is scattered on the paper."""
    ink = coverage(image)
    spilt = coverage(image.filter(ImageFilter.GaussianBlur(0.9 * spread)))
    numpy.maximum(ink, numpy.clip((spilt - 0.12) * 1.8, 0.0, 1.0), out=ink)  # where enough toner spilt, ink
    ink **= 0.7  # mid-tones darker: a gray fill closes in on its white text
    rng = numpy.random.default_rng(seed)
    height, width = ink.shape[:2]
    count = int(height * width * 2e-4 / scale**2)
    ys, xs = rng.integers(0, height, count), rng.integers(0, width, count)
    level = rng.uniform(0.25, 0.5, count).astype(numpy.float32)
    ink[ys, xs] = numpy.maximum(ink[ys, xs], level[:, None] if ink.ndim == 3 else level)
    return from_coverage(ink, image.mode)


def show_through(image: Image.Image, back: Image.Image, opacity: float, blur: float) -> Image.Image:
    """Thin paper printed on both sides: the back page shows through, mirrored
    left to right and softened by the paper, at `opacity` of its ink."""
    back = back.convert("L").transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    if back.size != image.size:  # a back page of another format: stretched onto this one's sheet
        back = back.resize(image.size)
    ghost = coverage(back.filter(ImageFilter.GaussianBlur(blur)))
    front = numpy.asarray(image, dtype=numpy.float32)
    factor = 1.0 - opacity * ghost
    front *= factor[..., None] if front.ndim == 3 else factor
    front += 0.5
    return Image.fromarray(_to_levels(front), image.mode)


def paper_cast(image: Image.Image, paper: int, tint: tuple[float, float, float]) -> Image.Image:
    """White becomes the paper's level (gray) or colour (RGB: `paper` times `tint`
    per channel, yellowed paper losing blue first); black stays black."""
    if image.mode == "L":
        return image.point(lambda level: level * paper // 255)
    levels = numpy.asarray(image, dtype=numpy.float32) * (numpy.asarray(tint, dtype=numpy.float32) * paper / 255.0)
    levels += 0.5
    return Image.fromarray(_to_levels(levels), "RGB")


def paper_colour(image: Image.Image, paper: int, tint: tuple[float, float, float]) -> int | tuple[int, int, int]:
    if image.mode == "L":
        return paper
    return tuple(round(paper * t) for t in tint)  # type: ignore[return-value]


def skew(image: Image.Image, angle: float, shift: tuple[int, int], fill) -> Image.Image:
    """The sheet lies askew and off-centre on the glass; the uncovered glass shows as paper."""
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=fill, translate=shift)


def edge_shadow(image: Image.Image, side: int, width: float, strength: float) -> Image.Image:
    """A dark band fading in from one edge (side -1 left, 1 right): the lid
    not shut on a thick original, or a copier's edge."""
    w = image.size[0]
    x = numpy.arange(w, dtype=numpy.float32)
    distance = x if side < 0 else (w - 1 - x)
    factor = 1.0 - strength * numpy.exp(-distance / max(width, 1.0))
    levels = numpy.asarray(image, dtype=numpy.float32)
    levels *= factor[None, :, None] if levels.ndim == 3 else factor[None, :]
    levels += 0.5
    return Image.fromarray(_to_levels(levels), image.mode)


def dust(image: Image.Image, specks: tuple[tuple[int, int, int, int], ...]) -> Image.Image:
    """Dark dots (x, y, radius, level) from dust on the glass."""
    draw = ImageDraw.Draw(image)
    for x, y, r, level in specks:
        draw.ellipse((x - r, y - r, x + r, y + r), fill=level if image.mode == "L" else (level, level, level))
    return image


def grain(image: Image.Image, seed: int, sigma: float) -> Image.Image:
    """Sensor noise. In colour it is mostly shared by the channels, with a
    little chroma noise in 2 x 2 blocks (what survives JPEG's halved chroma)."""
    width, height = image.size
    rng = numpy.random.default_rng(seed)
    levels = numpy.asarray(image, dtype=numpy.float32)
    if levels.ndim == 2:  # the original simulator's noise, drawn exactly as it drew it
        return Image.fromarray(numpy.clip(levels + rng.normal(0, sigma, (height, width)), 0, 255)
                               .astype(numpy.uint8), image.mode)
    noise = rng.standard_normal((height, width), dtype=numpy.float32) * numpy.float32(sigma)
    chroma = rng.standard_normal(((height + 1) // 2, (width + 1) // 2, 3), dtype=numpy.float32)
    chroma = chroma.repeat(2, axis=0).repeat(2, axis=1)[:height, :width] * numpy.float32(sigma / 2)
    levels += noise[..., None]
    levels += chroma
    return Image.fromarray(_to_levels(levels), image.mode)


def _to_levels(values: Array) -> Array:
    """Float levels to bytes, in place where it can (these arrays are tens of megabytes)."""
    numpy.clip(values, 0, 255, out=values)
    return values.astype(numpy.uint8)


def soften(image: Image.Image, radius: float) -> Image.Image:
    """The scanner's optics: a slight blur."""
    return image.filter(ImageFilter.GaussianBlur(radius))


def fax_header(image: Image.Image, text: str, dpi: int) -> Image.Image:
    """The sending machine's line at the top of every page (date, number, page)."""
    draw = ImageDraw.Draw(image)
    size = round(dpi * 8 / 72)  # 8 pt
    try:
        font = ImageFont.truetype("DejaVuSansMono.ttf", size)
    except OSError:
        font = ImageFont.load_default(size)
    draw.text((round(dpi * 0.3), round(dpi * 0.08)), text, fill=0, font=font)
    return image


def binarise(image: Image.Image, lines_dpi: int, dpi: int, threshold: int) -> Image.Image:
    """A fax: scanned lines averaged down to `lines_dpi` vertically (standard
    mode, 98 lines per inch against 204 dots), then black or white at `threshold`."""
    width, height = image.size
    coarse = image.resize((width, round(height * lines_dpi / dpi)), Image.Resampling.BOX)
    return coarse.point(lambda level: 255 if level > threshold else 0).convert("1", dither=Image.Dither.NONE)


def fax_streaks(image: Image.Image, dropouts: tuple[int, ...], rule: int | None) -> Image.Image:
    """Transmission errors (scan lines lost: white rows) and a dirty scanning
    glass (a thin black line down the page at x = `rule`)."""
    draw = ImageDraw.Draw(image)
    width, height = image.size
    for y in dropouts:
        draw.line((0, y, width, y), fill=1)
    if rule is not None:
        draw.line((rule, 0, rule, height), fill=0)
    return image
