"""Inline SVG charts for the quality report (no JavaScript, no external files)."""

from __future__ import annotations

import math
from html import escape

import pandas as pd


def spider(scores: dict[int, float], names: dict[int, str], size: int = 260) -> str:
    """A radar chart of the eight area scores (0-100), labelled by area number."""
    c, r = size / 2, size / 2 - 28
    n = 8

    def point(i: int, v: float) -> tuple[float, float]:
        ang = -math.pi / 2 + 2 * math.pi * (i - 1) / n
        return c + r * v / 100 * math.cos(ang), c + r * v / 100 * math.sin(ang)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="spider" width="{size}" height="{size}" '
             f'viewBox="0 0 {size} {size}" role="img">']
    for ring in (25, 50, 75, 100):
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, ring) for i in range(1, n + 1)))
        parts.append(f'<polygon points="{pts}" fill="none" stroke="#ccc"/>')
    for i in range(1, n + 1):
        x, y = point(i, 100)
        lx, ly = point(i, 116)
        parts.append(f'<line x1="{c}" y1="{c}" x2="{x:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="middle" font-size="11">'
                     f'<title>{escape(names.get(i, ""))}</title>{i}</text>')
    have = [i for i in range(1, n + 1) if i in scores and pd.notna(scores[i])]
    if have:
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, float(scores[i])) for i in have))
        parts.append(f'<polygon points="{pts}" fill="rgba(31,119,180,0.35)" stroke="#1f77b4" stroke-width="2"/>')
    parts.append("</svg>")
    return "".join(parts)


def totals_by_year(reports: pd.DataFrame, width: int = 640, height: int = 300) -> str:
    """Each report's total as a dot over its year, with the year's median as a bar."""
    df = reports.dropna(subset=["year", "total_score"])
    if df.empty:
        return "<p>No totals to plot.</p>"
    years = sorted(int(y) for y in df["year"].unique())
    left, right, top, bottom = 50, 20, 20, 40
    span = max(len(years), 1)

    def x(year: int) -> float:
        return left + (years.index(year) + 0.5) * (width - left - right) / span

    def y(v: float) -> float:
        return top + (800 - v) * (height - top - bottom) / 800

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="totals" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">']
    for v in range(0, 801, 200):
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#eee"/>'
                     f'<text x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11">{v}</text>')
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
