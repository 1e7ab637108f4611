"""Ruled tables on a Flow: rows of cells holding wrapped lines or bullet
lists. Rows either move whole to the next page, or (findings tables) split
line by line across pages, as Word does with a tall row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .engine import BLACK, HYPHENATABLE, Color, Flow, Line, Rect, best_cut, wrap


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
              rng=None, hyphenate: float = 0.0) -> Cell:
    lines = wrap(text, font, size, col.w - 2 * pad, rng, hyphenate) if text else []
    return Cell([Entry(s) for s in lines], font, size, color)


def bullet_cell(items: list[str], col: Column, bullet: str, font: str, size: float, pad: float,
                rng=None, hyphenate: float = 0.0) -> Cell:
    indent = size * 1.4
    entries: list[Entry] = []
    for item in items:
        for i, s in enumerate(wrap(item, font, size, col.w - 2 * pad - indent, rng, hyphenate)):
            entries.append(Entry(s, indent, bullet if i == 0 else None))
    return Cell(entries, font, size)


def row(flow: Flow, cols: list[Column], cells: list[Cell], style: Style, *, fill: Color | None = None,
        splittable: bool = False, header: Callable[[], None] | None = None, min_lines: int = 1,
        hyphen_at_break: bool = False) -> None:
    """Draw one table row at the cursor. `header` redraws the header row after
    a page break (None: no repeat). A non-splittable row that does not fit
    moves whole to the next page. `hyphen_at_break`: where a bullet goes on
    over the page break, hyphenate the next word onto the page's last line
    when it fits ("de över-" / "gripande"), as real reports show."""
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
        if hyphen_at_break and start + take < n:
            for col, cell in zip(cols, cells):
                _hyphenate_at(cell, start + take, col.w - 2 * style.pad)
        _draw_part(flow, cols, cells, style, start, take, fill)
        start += take
        if start >= n:
            return
        flow.new_page()
        if header:
            header()


def _hyphenate_at(cell: Cell, index: int, width: float) -> None:
    """Move the first part of entry `index`'s first word, hyphenated, to the
    end of entry `index - 1` when both lines belong to the same bullet."""
    if not 0 < index < len(cell.entries) or cell.entries[index].bullet is not None:
        return
    last, nxt = cell.entries[index - 1], cell.entries[index]
    word, _, rest = nxt.text.partition(" ")
    m = HYPHENATABLE.match(word)
    if not m:
        return
    letters, punct = m.groups()
    cut = best_cut(last.text, letters, cell.font, cell.size, width - last.indent)
    if cut is not None:
        cell.entries[index - 1] = Entry(f"{last.text} {letters[:cut]}-", last.indent, last.bullet)
        cell.entries[index] = Entry(f"{letters[cut:]}{punct} {rest}".strip(), nxt.indent, None)


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
                flow.text(col.x + col.w - style.pad, base, e.text, cell.font, cell.size, cell.color, "right")
            elif col.align == "center":
                flow.text(col.x + col.w / 2, base, e.text, cell.font, cell.size, cell.color, "center")
            else:
                flow.text(col.x + style.pad + e.indent, base, e.text, cell.font, cell.size, cell.color)
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
