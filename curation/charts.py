"""Inline SVG charts for the quality report (no JavaScript, no external files).

Their axes come from the data, never from a framework known here: a spider chart
has one spoke per area of the report's framework (`framework_areas`), each scaled
to that area's maximum, and the totals' axis reaches the largest total maximum
among the reports plotted (`reports.total_max`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

import pandas as pd

RINGS = (0.25, 0.5, 0.75, 1.0)  # of each area's maximum
TOTAL_TICKS = 4  # gridlines of the totals' axis above zero


@dataclass(frozen=True, slots=True)
class Axis:
    """One spoke of a spider chart: an area of the framework, scaled to its maximum."""

    number: int
    name: str
    max: float


def spider(scores: dict[int, float], axes: list[Axis], size: int = 260) -> str:
    """A radar chart of a report's area scores, one spoke per area of its framework (each as a
    share of its maximum), labelled by area number."""
    c, r = size / 2, size / 2 - 28
    n = len(axes)

    def point(i: int, share: float) -> tuple[float, float]:
        ang = -math.pi / 2 + 2 * math.pi * i / n
        return c + r * share * math.cos(ang), c + r * share * math.sin(ang)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="spider" width="{size}" height="{size}" '
             f'viewBox="0 0 {size} {size}" role="img">']
    if n < 3:  # no polygon to draw: the scores are in the tables
        parts.append("</svg>")
        return "".join(parts)
    for ring in RINGS:
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, ring) for i in range(n)))
        parts.append(f'<polygon points="{pts}" fill="none" stroke="#ccc"/>')
    for i, axis in enumerate(axes):
        x, y = point(i, 1.0)
        lx, ly = point(i, 1.16)
        parts.append(f'<line x1="{c}" y1="{c}" x2="{x:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="middle" font-size="11">'
                     f'<title>{escape(axis.name)} (max {axis.max:g})</title>{axis.number}</text>')
    have = [(i, a) for i, a in enumerate(axes) if a.number in scores and pd.notna(scores[a.number]) and a.max > 0]
    if have:
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, float(scores[a.number]) / a.max) for i, a in have))
        parts.append(f'<polygon points="{pts}" fill="rgba(31,119,180,0.35)" stroke="#1f77b4" stroke-width="2"/>')
    parts.append("</svg>")
    return "".join(parts)


def _scale_top(reports: pd.DataFrame) -> float:
    """The totals' axis reaches the largest total maximum of the reports (their frameworks'), or
    the largest total where none is known."""
    maxima = reports["total_max"].dropna() if "total_max" in reports else pd.Series(dtype=float)
    top = float(maxima.max()) if not maxima.empty else float(reports["total_score"].max())
    return max(top, float(reports["total_score"].max()), 1.0)


def totals_by_year(reports: pd.DataFrame, width: int = 640, height: int = 300) -> str:
    """Each report's total as a dot over its year, with the year's median as a bar."""
    df = reports.dropna(subset=["year", "total_score"])
    if df.empty:
        return "<p>No totals to plot.</p>"
    years = sorted(int(y) for y in df["year"].unique())
    left, right, top, bottom = 50, 20, 20, 40
    span = max(len(years), 1)
    scale = _scale_top(df)

    def x(year: int) -> float:
        return left + (years.index(year) + 0.5) * (width - left - right) / span

    def y(v: float) -> float:
        return top + (scale - v) * (height - top - bottom) / scale

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="totals" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">']
    for k in range(TOTAL_TICKS + 1):
        v = scale * k / TOTAL_TICKS
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#eee"/>'
                     f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11">{v:g}</text>')
    for year in years:
        vals = df.loc[df["year"] == year, "total_score"].astype(float)
        parts.append(f'<text x="{x(year):.1f}" y="{height - bottom + 18}" text-anchor="middle" '
                     f'font-size="11">{year}</text>')
        med = float(vals.median())
        parts.append(f'<line x1="{x(year) - 14:.1f}" x2="{x(year) + 14:.1f}" y1="{y(med):.1f}" '
                     f'y2="{y(med):.1f}" stroke="#d62728" stroke-width="2"><title>median {med:g}</title></line>')
        for v in vals:
            parts.append(f'<circle cx="{x(year):.1f}" cy="{y(v):.1f}" r="4" fill="#1f77b4" '
                         f'fill-opacity="0.6"><title>{year}: {v:g}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)
