"""`scan_pdf(src, dst, seed)`: turn a rendered report into what a scanner makes of it.

Each page becomes a grayscale image with no text layer, degraded the way the
corpus's scanned report is: a gray paper cast, a slight rotation and shift,
noise, a few specks, mild blur and JPEG compression. The truth of the report
does not change, so a scanned rendering must extract to the same JSON.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy
import pymupdf
from PIL import Image, ImageDraw, ImageFilter

SCAN_DPI = 200  # office scanners' usual setting for text
JPEG_QUALITY = 70


def _degraded(image: Image.Image, rng: random.Random) -> Image.Image:
    width, height = image.size
    paper = rng.randint(215, 240)  # the scanner's gray cast
    image = image.point(lambda level: level * paper // 255)
    image = image.rotate(rng.uniform(-0.4, 0.4), resample=Image.Resampling.BICUBIC, fillcolor=paper,
                         translate=(rng.randint(-12, 12), rng.randint(-8, 8)))
    draw = ImageDraw.Draw(image)
    for _ in range(rng.randint(5, 25)):  # dust: single dark dots, as on the corpus scan
        x, y, r = rng.randrange(width), rng.randrange(height), rng.choice((1, 1, 2))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randint(40, 120))
    grain = numpy.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(3, 6), (height, width))
    image = Image.fromarray(numpy.clip(numpy.asarray(image, dtype=numpy.float32) + grain, 0, 255).astype(numpy.uint8))
    return image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def scan_pdf(src: str | Path, dst: str | Path, seed: int) -> Path:
    """Writes `dst`, an image-only PDF of `src`'s pages as if scanned; returns `dst`."""
    rng = random.Random(seed)
    dst = Path(dst)
    with pymupdf.open(src) as source, pymupdf.open() as scanned:
        for page in source:
            pix = page.get_pixmap(dpi=SCAN_DPI, colorspace=pymupdf.csGRAY)
            image = _degraded(Image.frombytes("L", (pix.width, pix.height), pix.samples), rng)
            jpeg = io.BytesIO()
            image.save(jpeg, format="JPEG", quality=JPEG_QUALITY)
            out = scanned.new_page(width=page.rect.width, height=page.rect.height)
            out.insert_image(out.rect, stream=jpeg.getvalue())
        scanned.save(dst, garbage=3, deflate=True)
    return dst
