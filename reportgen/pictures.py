"""Raster images for the pages that carry no text (domain.md, "Pages that
carry no report content"): the publisher's logo on a back cover, a photograph
after the cover, the spider chart exported as a picture. Drawn in-process with
Pillow from shapes only, deterministic from the random source they are given,
so a layout seed always gives the same pixels (and the same PDF bytes).
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

RGB = tuple[int, int, int]
WHITE: RGB = (255, 255, 255)


def rgb(color: tuple[float, float, float]) -> RGB:
    return tuple(round(255 * c) for c in color)  # type: ignore[return-value]


def logo(rng: random.Random, accent: tuple[float, float, float], size: int = 360) -> Image.Image:
    """A compass-rose mark in the accent colour on white: a ring and a
    four- or eight-pointed star."""
    image = Image.new("RGB", (size, size), WHITE)
    draw = ImageDraw.Draw(image)
    colour = rgb(accent)
    c, r = size / 2, size * 0.42
    draw.ellipse((c - r, c - r, c + r, c + r), outline=colour, width=max(4, size // rng.choice((30, 40, 50))))
    points = rng.choice((4, 8))
    star = []
    for i in range(2 * points):
        radius = r * (0.92 if i % 2 == 0 else rng.uniform(0.18, 0.3))
        angle = -math.pi / 2 + math.pi * i / points
        star.append((c + radius * math.cos(angle), c + radius * math.sin(angle)))
    draw.polygon(star, fill=colour)
    dot = r * 0.08
    draw.ellipse((c - dot, c - dot, c + dot, c + dot), fill=WHITE)
    return image


def photo(rng: random.Random, width: int = 420, height: int = 594) -> Image.Image:
    """A landscape "photograph": a sky gradient, a sun, rolling hills and a
    row of houses, in colours drawn from `rng`."""
    image = Image.new("RGB", (width, height), WHITE)
    draw = ImageDraw.Draw(image)
    top = (rng.randint(60, 110), rng.randint(120, 170), rng.randint(190, 240))
    low = (rng.randint(200, 240), rng.randint(210, 235), rng.randint(220, 250))
    horizon = int(height * rng.uniform(0.45, 0.6))
    for y in range(height):  # the hills cover the lower part; no paper may show between
        t = min(1.0, y / horizon)
        draw.line((0, y, width, y), fill=tuple(round(a + (b - a) * t) for a, b in zip(top, low)))
    sx, sy, sr = rng.uniform(0.2, 0.8) * width, rng.uniform(0.12, 0.3) * height, rng.uniform(20, 40)
    draw.ellipse((sx - sr, sy - sr, sx + sr, sy + sr), fill=(250, 225, 150))
    for layer in range(3):  # far hills light, near hills dark
        base = horizon + layer * height * 0.12
        green = (rng.randint(40, 90) - 12 * layer, rng.randint(110, 160) - 20 * layer, rng.randint(50, 90) - 10 * layer)
        phase, waves = rng.uniform(0, 2 * math.pi), rng.uniform(1.0, 2.5)
        ridge = [(x, base - 25 * math.sin(phase + waves * 2 * math.pi * x / width)) for x in range(0, width + 1, 10)]
        draw.polygon([*ridge, (width, height), (0, height)], fill=green)
    x = rng.randint(10, 60)
    ground = horizon + height * 0.2
    while x < width - 50:
        w, h = rng.randint(30, 55), rng.randint(30, 60)
        wall = rng.choice(((170, 60, 50), (230, 200, 120), (240, 240, 235), (120, 40, 40)))
        draw.rectangle((x, ground - h, x + w, ground), fill=wall)
        draw.polygon([(x - 4, ground - h), (x + w / 2, ground - h - 22), (x + w + 4, ground - h)], fill=(60, 60, 70))
        draw.rectangle((x + w * 0.3, ground - h * 0.6, x + w * 0.55, ground - h * 0.3), fill=(250, 245, 200))
        x += w + rng.randint(15, 60)
    return image


def spider_picture(values: list[list[int]], colours: list[tuple[float, float, float]],
                   size: int = 720) -> Image.Image:
    """The spider chart as an exported picture: the web of 20-100 rings and
    spokes, one closed line per series of 0-100 values (area 1 at the top,
    clockwise), legend swatches; no text."""
    image = Image.new("RGB", (size, size), WHITE)
    draw = ImageDraw.Draw(image)
    n = len(values[0])
    c, radius = size / 2, size * 0.38
    grid = (190, 190, 190)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        return c + math.cos(angle) * radius * value / 100, c + math.sin(angle) * radius * value / 100

    for level in (20, 40, 60, 80, 100):
        draw.polygon([point(i, level) for i in range(n)], outline=grid)
    for i in range(n):
        draw.line((c, c, *point(i, 100)), fill=grid, width=1)
    for series, colour in zip(values, colours):
        pts = [point(i, v) for i, v in enumerate(series)]
        draw.line(pts + pts[:1], fill=rgb(colour), width=4, joint="curve")
    for k, colour in enumerate(colours):
        x = size * 0.3 + k * size * 0.25
        draw.rectangle((x, size * 0.93, x + size * 0.06, size * 0.945), fill=rgb(colour))
    return image
