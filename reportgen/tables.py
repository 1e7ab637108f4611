"""Ruled tables on a Flow: rows of cells holding wrapped lines or bullet
lists. Rows either move whole to the next page, or (findings tables) split
line by line across pages, as Word does with a tall row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .engine import BLACK, Color, Flow, Line, Rect
from .typeset import wrap


@dataclass(frozen=True, slots=True)
class Column:
    x: float
    w: float
    align: str = "left"  # "left" | "right" | "center"


@dataclass(frozen=True, slots=True)
class Entry:
    """One printed line of a cell; `bullet` is drawn before the first line of an item."""

    text: str
    indent: float = 0.0
    bullet: str | None = None
    mark: str | None = None  # the value whose page is recorded when this line is drawn


@dataclass(slots=True)
class Cell:
    entries: list[Entry] = field(default_factory=list)
    font: str = "Helvetica"
    size: float = 10.0
    color: Color = BLACK


@dataclass(frozen=True, slots=True)
class Style:
    leading: float
    pad: float = 3.0
    grid: bool = True
    rule: Color = (0.55, 0.6, 0.65)


def text_cell(text: str, col: Column, font: str, size: float, pad: float, color: Color = BLACK,
              hyphenate: str | None = None, mark: str | None = None) -> Cell:
    """`hyphenate`: the dictionary of automatic hyphenation, None when off;
    `mark`: the value whose page is recorded where the first line is drawn."""
    lines = wrap(text, font, size, col.w - 2 * pad, hyphenate) if text else []
    return Cell([Entry(s, mark=mark if i == 0 else None) for i, s in enumerate(lines)], font, size, color)


def bullet_width(col: Column, size: float, pad: float) -> float:
    """The width a bullet item's lines are wrapped to in `col`."""
    return col.w - 2 * pad - size * 1.4


def bullet_cell(items: Sequence[str], col: Column, bullet: str, font: str, size: float, pad: float,
                hyphenate: str | None = None, marks: Sequence[str] | None = None) -> Cell:
    """Bulleted items; `marks[i]` names item i, recorded where its first line is drawn."""
    indent = size * 1.4
    entries: list[Entry] = []
    for k, item in enumerate(items):
        for i, s in enumerate(wrap(item, font, size, bullet_width(col, size, pad), hyphenate)):
            first = i == 0
            entries.append(Entry(s, indent, bullet if first else None, marks[k] if first and marks else None))
    return Cell(entries, font, size)


def row(flow: Flow, cols: list[Column], cells: list[Cell], style: Style, *, fill: Color | None = None,
        splittable: bool = False, header: Callable[[], None] | None = None, min_lines: int = 1) -> None:
    """Draw one table row at the cursor. `header` redraws the header row after
    a page break (None: no repeat). A non-splittable row that does not fit
    moves whole to the next page; a splittable one breaks between lines, so a
    bullet (even a hyphenated word, "de över-" / "gripande") may go on over
    the page break, as in real reports."""
    n = max((len(c.entries) for c in cells), default=0)
    n = max(n, min_lines)
    height = 2 * style.pad + n * style.leading
    if flow.y + height > flow.limit and (not splittable or flow.room() < 2 * style.pad + 2 * style.leading):
        flow.new_page()
        if header:
            header()
    start = 0
    while True:
        fit = int((flow.room() - 2 * style.pad) // style.leading)
        take = n - start if not splittable else max(1, min(n - start, fit))
        _draw_part(flow, cols, cells, style, start, take, fill)
        start += take
        if start >= n:
            return
        flow.new_page()
        if header:
            header()


def _draw_part(flow: Flow, cols: list[Column], cells: list[Cell], style: Style, start: int, take: int,
               fill: Color | None) -> None:
    top = flow.y
    height = 2 * style.pad + take * style.leading
    x0, x1 = cols[0].x, cols[-1].x + cols[-1].w
    if fill:
        flow.add(Rect(x0, top, x1 - x0, height, fill))
    for col, cell in zip(cols, cells):
        for i, e in enumerate(cell.entries[start:start + take]):
            base = top + style.pad + (i + 1) * style.leading - style.leading * 0.25
            if e.bullet:
                flow.text(col.x + style.pad, base, e.bullet, cell.font, cell.size, cell.color)
            if col.align == "right":
                flow.text(col.x + col.w - style.pad, base, e.text, cell.font, cell.size, cell.color, "right",
                          e.mark)
            elif col.align == "center":
                flow.text(col.x + col.w / 2, base, e.text, cell.font, cell.size, cell.color, "center", e.mark)
            else:
                flow.text(col.x + style.pad + e.indent, base, e.text, cell.font, cell.size, cell.color,
                          mark=e.mark)
    flow.add(Line(x0, top, x1, top, color=style.rule))
    flow.add(Line(x0, top + height, x1, top + height, color=style.rule))
    if style.grid:
        for col in cols[1:]:
            flow.add(Line(col.x, top, col.x, top + height, color=style.rule))
        flow.add(Line(x0, top, x0, top + height, color=style.rule))
        flow.add(Line(x1, top, x1, top + height, color=style.rule))
    flow.y = top + height


def columns(x: float, widths: list[float], aligns: list[str]) -> list[Column]:
    out = []
    for w, a in zip(widths, aligns):
        out.append(Column(x, w, a))
        x += w
    return out
