"""A small page-layout engine on top of the reportlab canvas.

Pages are first built as lists of drawing operations (so the page count is
known before running headers like "3 (29)" and the table of contents are
drawn), then emitted. Platypus is not used: the generator needs to know and
control exactly where text lands, where pages break and how words wrap.

Coordinates: points, y measured downwards from the top of the page.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Text:
    x: float
    y: float  # baseline
    s: str
    font: str
    size: float
    color: Color = BLACK
    align: str = "left"  # "right": x is the right edge; "center": x is the centre


@dataclass(frozen=True, slots=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5
    color: Color = (0.5, 0.5, 0.5)


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float  # top
    w: float
    h: float
    fill: Color


Op = Text | Line | Rect

# A word the wrapper may hyphenate: letters only (a trailing punctuation mark
# allowed), lower case after the first letter, so the extractor can re-join it.
HYPHENATABLE = re.compile(r"^([A-Za-zÅÄÖÆØåäöæøéü][a-zåäöæøéü]{7,})([.,?!]?)$")
_DASH = {"-", "–", "—"}
# After a suspended hyphen ("brukar- och/eller", "innbygger- og") comes one of
# these. A line may end in such a hyphen only before one of them, and a
# hyphenated word is never cut so that its second part is one of them; so
# "line ends in a hyphen" has one reading: re-join, unless a conjunction follows.
CONJUNCTIONS = frozenset({"och", "og", "eller", "samt", "respektive", "resp."})


def is_conjunction(token: str) -> bool:
    return token.split("/")[0].rstrip(",") in CONJUNCTIONS


def units(text: str) -> list[str]:
    """Split text into unbreakable units. A word ending in a hyphen stays glued
    to the next word unless that is a conjunction ("brukar- och/eller" may
    break after "brukar-"); a free-standing dash stays glued to both
    neighbours, so no line starts or ends with one."""
    out: list[str] = []
    glue_next = False
    for tok in text.split():
        if out and (tok in _DASH or (glue_next and not is_conjunction(tok))):
            out[-1] += " " + tok
        else:
            out.append(tok)
        glue_next = tok.endswith("-") or tok in _DASH
    return out


def wrap(text: str, font: str, size: float, width: float, rng: random.Random | None = None,
         hyphenate: float = 0.0) -> list[str]:
    """Greedy line breaking at spaces; with probability `hyphenate` a word that
    does not fit is split ("över-" / "gripande") to fill the line."""
    lines: list[str] = []
    line = ""
    for unit in units(text):
        candidate = f"{line} {unit}" if line else unit
        if stringWidth(candidate, font, size) <= width or not line:
            line = candidate
            continue
        m = HYPHENATABLE.match(unit)
        if m and rng is not None and rng.random() < hyphenate:
            word, punct = m.groups()
            cut = best_cut(line, word, font, size, width)
            if cut:
                lines.append(f"{line} {word[:cut]}-")
                line = word[cut:] + punct
                continue
        lines.append(line)
        line = unit
    if line:
        lines.append(line)
    return lines


def best_cut(line: str, word: str, font: str, size: float, width: float) -> int | None:
    """The longest first part of `word` that, hyphenated, still fits after `line` within `width`."""
    for cut in hyphen_cuts(word):
        if stringWidth(f"{line} {word[:cut]}-", font, size) <= width:
            return cut
    return None


def hyphen_cuts(word: str) -> list[int]:
    """Where `word` may be hyphenated, longest first part first: both parts at
    least 4 letters, and the second part not a conjunction ("rollemod-" /
    "eller" would read as a suspended hyphen)."""
    return [cut for cut in range(len(word) - 4, 3, -1) if word[cut:] not in CONJUNCTIONS]


@dataclass
class Flow:
    """Top-to-bottom flow of content over pages of fixed size and margins."""

    left: float
    right: float  # right margin width
    top: float
    bottom: float
    width: float = A4[0]
    height: float = A4[1]
    pages: list[list[Op]] = field(default_factory=list)
    y: float = 0.0
    marks: dict[str, int] = field(default_factory=dict)  # named anchors -> page number

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def x1(self) -> float:
        return self.width - self.right

    @property
    def limit(self) -> float:
        return self.height - self.bottom

    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def room(self) -> float:
        return self.limit - self.y

    def need(self, h: float) -> bool:
        """Start a new page unless `h` points fit; True when a page was started."""
        if self.y + h > self.limit and self.y > self.top + 1:
            self.new_page()
            return True
        return False

    def mark(self, name: str) -> None:
        self.marks[name] = self.page_no

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def text(self, x: float, y: float, s: str, font: str, size: float, color: Color = BLACK,
             align: str = "left") -> None:
        self.add(Text(x, y, s, font, size, color, align))

    def lines(self, lines: list[str], font: str, size: float, x: float, leading: float,
              color: Color = BLACK, first_prefix: tuple[str, float] | None = None) -> None:
        """Flowing lines starting at the cursor; they break across pages freely.
        `first_prefix` = (glyph, x) draws a bullet beside the first line."""
        for i, s in enumerate(lines):
            self.need(leading)
            self.y += leading
            if i == 0 and first_prefix:
                self.text(first_prefix[1], self.y - leading * 0.25, first_prefix[0], font, size, color)
            self.text(x, self.y - leading * 0.25, s, font, size, color)


def emit(pages: list[list[Op]], path: Path, size: tuple[float, float] = A4, title: str = "") -> None:
    """Write the pages to a PDF. `invariant` keeps the bytes (and sha256) a
    function of the content only, so a seed always gives the same file."""
    c = Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle(title)
    h = size[1]
    for ops in pages:
        for op in ops:
            if isinstance(op, Rect):
                c.setFillColorRGB(*op.fill)
                c.rect(op.x, h - op.y - op.h, op.w, op.h, stroke=0, fill=1)
            elif isinstance(op, Line):
                c.setStrokeColorRGB(*op.color)
                c.setLineWidth(op.width)
                c.line(op.x0, h - op.y0, op.x1, h - op.y1)
            else:
                c.setFillColorRGB(*op.color)
                c.setFont(op.font, op.size)
                draw = {"left": c.drawString, "right": c.drawRightString,
                        "center": c.drawCentredString}[op.align]
                draw(op.x, h - op.y, op.s)
        c.showPage()
    c.save()
