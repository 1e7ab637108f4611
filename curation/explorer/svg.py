"""The site's charts as inline SVG: no script, no external file, a title and description for
screen readers (each chart also has a table of its numbers beside it on the page)."""

from __future__ import annotations

import math
from collections import Counter
from html import escape

from curation.explorer.model import Area
from curation.explorer.stats import Spread

PALETTE = ("#1f77b4", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e", "#a6761d", "#666666")
MEDIAN_COLOUR = "#d95f02"


def colours(frameworks: list[str]) -> dict[str, str]:
    """One colour per framework, by their sorted order (the same on every page)."""
    return {fw: PALETTE[i % len(PALETTE)] for i, fw in enumerate(sorted(frameworks))}


def _open(cls: str, width: float, height: float, chart_id: str, title: str, desc: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {cls}" viewBox="0 0 {width:g} {height:g}" '
            f'width="100%" style="max-width:{width:g}px" role="img" aria-labelledby="{chart_id}-t {chart_id}-d">'
            f'<title id="{chart_id}-t">{escape(title)}</title><desc id="{chart_id}-d">{escape(desc)}</desc>')


def year_bars(count: Counter[tuple[int, str]], palette: dict[str, str], chart_id: str = "per-year") -> str:
    """Reports per year, one bar per framework used that year (grouped), with a legend."""
    if not count:
        return ""
    years = list(range(min(y for y, _ in count), max(y for y, _ in count) + 1))
    fws = sorted({fw for _, fw in count})
    width, height, left, bottom, top = 640, 260, 36, 40, 30
    top_n = max(count.values())
    slot = (width - left - 10) / len(years)
    bar = max(2.0, min(18.0, (slot - 4) / max(1, len(fws))))

    def y(v: float) -> float:
        return top + (height - top - bottom) * (1 - v / top_n)

    desc = "; ".join(f"{yr}: " + ", ".join(f"{fw} {count[(yr, fw)]}" for fw in fws if count[(yr, fw)])
                     for yr in years if any(count[(yr, fw)] for fw in fws))
    out = [_open("bars", width, height, chart_id, "Publicerade utvärderingar per år och ramverk", desc)]
    for k in range(5):
        v = top_n * k / 4
        out.append(f'<line x1="{left}" x2="{width - 10}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#e5e5e5"/>'
                   f'<text x="{left - 4}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11">{v:.0f}</text>')
    for i, yr in enumerate(years):
        x0 = left + i * slot + (slot - bar * len(fws)) / 2
        for j, fw in enumerate(fws):
            n = count[(yr, fw)]
            if n:
                out.append(f'<rect x="{x0 + j * bar:.1f}" y="{y(n):.1f}" width="{bar - 1:.1f}" '
                           f'height="{y(0) - y(n):.1f}" fill="{palette[fw]}"><title>{yr}, {escape(fw)}: {n}'
                           f'</title></rect>')
        if len(years) <= 16 or i % 2 == 0:
            out.append(f'<text x="{left + (i + 0.5) * slot:.1f}" y="{height - bottom + 16}" text-anchor="middle" '
                       f'font-size="11">{yr}</text>')
    for j, fw in enumerate(fws):
        out.append(f'<rect x="{left + j * 190}" y="6" width="12" height="12" fill="{palette[fw]}"/>'
                   f'<text x="{left + j * 190 + 16}" y="16" font-size="12">{escape(fw)}</text>')
    out.append("</svg>")
    return "".join(out)


def area_boxes(framework: str, areas: list[Area], spreads: dict[int, Spread], colour: str, chart_id: str) -> str:
    """One horizontal box plot per area of a framework (lowest, quartiles, median, highest), each
    on its area's own scale from 0 to its maximum."""
    rows = [a for a in areas if a.number in spreads]
    if not rows:
        return ""
    width, row_h, left, right, top = 640, 34, 190, 20, 24
    height = top + row_h * len(rows) + 10
    desc = "; ".join(f"område {a.number} {a.name}: median {spreads[a.number].median:g} av {a.max}, "
                     f"kvartiler {spreads[a.number].q1:g}-{spreads[a.number].q3:g}, "
                     f"{spreads[a.number].low:g}-{spreads[a.number].high:g}, {spreads[a.number].n} rapporter"
                     for a in rows)
    out = [_open("boxes", width, height, chart_id, f"Poängfördelning per område, {framework}", desc)]
    span = width - left - right
    out.append(f'<text x="{left}" y="14" font-size="11">0</text>'
               f'<text x="{width - right}" y="14" font-size="11" text-anchor="end">max</text>')
    for i, a in enumerate(rows):
        s = spreads[a.number]
        scale = span / max(a.max, 1)
        cy = top + i * row_h + row_h / 2

        def x(v: float, scale: float = scale) -> float:
            return left + v * scale

        label = a.name if len(a.name) <= 28 else a.name[:27] + "…"
        out.append(f'<text x="{left - 6}" y="{cy + 4:.1f}" text-anchor="end" font-size="11">{a.number} '
                   f'{escape(label)}</text>'
                   f'<line x1="{left}" x2="{width - right}" y1="{cy:.1f}" y2="{cy:.1f}" stroke="#eee"/>'
                   f'<line x1="{x(s.low):.1f}" x2="{x(s.high):.1f}" y1="{cy:.1f}" y2="{cy:.1f}" stroke="#555"/>'
                   f'<rect x="{x(s.q1):.1f}" y="{cy - 9:.1f}" width="{max(x(s.q3) - x(s.q1), 1):.1f}" height="18" '
                   f'fill="{colour}" fill-opacity="0.45" stroke="{colour}"><title>{escape(a.name)}: median '
                   f'{s.median:g}, kvartiler {s.q1:g}-{s.q3:g}, {s.n} rapporter</title></rect>'
                   f'<line x1="{x(s.median):.1f}" x2="{x(s.median):.1f}" y1="{cy - 9:.1f}" y2="{cy + 9:.1f}" '
                   f'stroke="#000" stroke-width="2"/>')
    out.append("</svg>")
    return "".join(out)


def spider(areas: list[Area], scores: dict[int, float], median: dict[int, float], title: str,
           chart_id: str, colour: str = PALETTE[0], size: int = 320) -> str:
    """A radar chart: the report's area scores and the national median, each spoke scaled to its
    area's maximum, labelled by area number (the names are in the table beside it)."""
    n = len(areas)
    if n < 3:
        return ""
    c, r = size / 2, size / 2 - 34

    def point(i: int, share: float) -> tuple[float, float]:
        ang = -math.pi / 2 + 2 * math.pi * i / n
        return c + r * share * math.cos(ang), c + r * share * math.sin(ang)

    desc = "; ".join(f"område {a.number} {a.name}: {scores.get(a.number, '–')} (median "
                     f"{median.get(a.number, '–')}) av {a.max}" for a in areas)
    out = [_open("spider", size, size + 24, chart_id, title, desc)]
    for ring in (0.25, 0.5, 0.75, 1.0):
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, ring) for i in range(n)))
        out.append(f'<polygon points="{pts}" fill="none" stroke="#ccc"/>')
    for i, a in enumerate(areas):
        x, y = point(i, 1.0)
        lx, ly = point(i, 1.14)
        out.append(f'<line x1="{c}" y1="{c}" x2="{x:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                   f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="middle" font-size="12">{a.number}'
                   f'<title>{escape(a.name)} (max {a.max})</title></text>')

    def polygon(values: dict[int, float], style: str) -> str:
        have = [(i, a) for i, a in enumerate(areas) if a.number in values and a.max > 0]
        if len(have) < 3:
            return ""
        pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, values[a.number] / a.max) for i, a in have))
        return f'<polygon points="{pts}" {style}/>'

    out.append(polygon(median, f'fill="none" stroke="{MEDIAN_COLOUR}" stroke-width="2" stroke-dasharray="5 3"'))
    out.append(polygon(scores, f'fill="{colour}" fill-opacity="0.3" stroke="{colour}" stroke-width="2"'))
    out.append(f'<rect x="8" y="{size + 6}" width="12" height="12" fill="{colour}" fill-opacity="0.5"/>'
               f'<text x="24" y="{size + 16}" font-size="12">kommunen</text>'
               f'<line x1="110" x2="130" y1="{size + 12}" y2="{size + 12}" stroke="{MEDIAN_COLOUR}" '
               f'stroke-width="2" stroke-dasharray="5 3"/>'
               f'<text x="134" y="{size + 16}" font-size="12">nationell median</text></svg>')
    return "".join(out)
