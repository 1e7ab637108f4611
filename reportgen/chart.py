"""The spider (radar) chart of section 2, drawn as vectors with real-text
labels, as Word exports it: area names around the rim, 0-100 on the axis and
a legend. Extractors must not mistake these words and numbers for Tabell 1.
Some reports print it as a picture instead, alone on its page (`spider_page`)."""

from __future__ import annotations

import math
import random

from .context import Ctx
from .engine import Line, Text
from .pictures import spider_picture
from .places import COMPARISON

_GRID = (0.75, 0.75, 0.75)
_OTHER = (0.75, 0.25, 0.25)


def spider(ctx: Ctx, top: float) -> None:
    """Draw the chart in a 360-point band starting at `top`."""
    r, f, lay = ctx.report, ctx.flow, ctx.layout
    cx, cy = f.left + f.text_width / 2, top + 170
    radius = 120.0
    size = max(6.5, lay.size - 2)
    n = len(r.areas)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n  # area 1 at the top, clockwise
        return cx + math.cos(angle) * radius * value / 100, cy + math.sin(angle) * radius * value / 100

    for level in (20, 40, 60, 80, 100):
        pts = [point(i, level) for i in range(n)]
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
            f.add(Line(x0, y0, x1, y1, 0.4, _GRID))
    for i in range(n):
        x1, y1 = point(i, 100)
        f.add(Line(cx, cy, x1, y1, 0.4, _GRID))
    for level in (0, 20, 40, 60, 80, 100):  # axis numbers beside the vertical axis
        f.add(Text(cx - 4, cy - radius * level / 100 + size * 0.35, str(level), lay.body, size - 0.5,
                   (0.4, 0.4, 0.4), "right"))
    for i, a in enumerate(r.areas):
        x, y = point(i, 118)
        lines = ctx.wrap(ctx.area_label(a.number), lay.body, size, width=95, hyphenate=False)
        align = "center" if abs(x - cx) < 10 else ("left" if x > cx else "right")
        y0 = y - (len(lines) * size * 1.2 if y < cy - 10 else 0) + size
        for k, line in enumerate(lines):
            f.add(Text(x, y0 + k * size * 1.2, line, lay.body, size, (0.2, 0.2, 0.2), align))
    own, other = series(ctx.report.areas, ctx.rng)
    for values, color in ((own, lay.accent), (other, _OTHER)):
        pts = [point(i, v) for i, v in enumerate(values)]
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
            f.add(Line(x0, y0, x1, y1, 1.5, color))
    legend_y = cy + radius + 60
    name = r.municipality.name
    labels = (f"{name} {r.year}", ctx.rng.choice(COMPARISON[r.framework.country]))
    x = cx - 120
    for label, color in zip(labels, (lay.accent, _OTHER)):
        f.add(Line(x, legend_y - size * 0.35, x + 18, legend_y - size * 0.35, 1.5, color))
        f.add(Text(x + 22, legend_y, label, lay.body, size))
        x += 140


def series(areas, rng: random.Random) -> tuple[list[int], list[int]]:
    """The report's area scores and a comparison municipality's (made up near them)."""
    own = [a.score for a in areas]
    return own, [min(100, max(0, s + rng.randint(-25, 25))) for s in own]


def spider_page(ctx: Ctx) -> None:
    """The chart as a raster picture alone on a page of its own (no text)."""
    f = ctx.flow
    own, other = series(ctx.report.areas, ctx.rng)
    side = f.text_width
    f.picture_page(spider_picture([own, other], [ctx.layout.accent, _OTHER]),
                   (f.left, (f.height - side) / 2, side, side))
