"""A small page-layout engine on top of the reportlab canvas.

Pages are first built as lists of drawing operations (so the page count is
known before running headers like "3 (29)" and the table of contents are
drawn), then emitted. Platypus is not used: the generator needs to know and
control exactly where text lands, where pages break and how words wrap
(line breaking itself is typeset.py's), and to record on which page each
value of the truth was drawn.

Coordinates: points, y measured downwards from the top of the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
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


@dataclass(frozen=True, slots=True, eq=False)
class Picture:
    """An embedded raster image (a logo, a photograph, a chart exported as a picture)."""

    x: float
    y: float  # top
    w: float
    h: float
    image: Image.Image


Op = Text | Line | Rect | Picture

@dataclass
class Flow:
    """Top-to-bottom flow of content over pages of fixed size and margins.

    `marks` records, as the text is drawn, the page (1-based, as a reader
    counts) on which each named value was printed: the table of contents and
    the truth's page provenance (GeneratedReport.expected_pages) read it."""

    left: float
    right: float  # right margin width
    top: float
    bottom: float
    width: float = A4[0]
    height: float = A4[1]
    pages: list[list[Op]] = field(default_factory=list)
    y: float = 0.0
    marks: dict[str, int] = field(default_factory=dict)  # named value -> page it was drawn on
    bare: set[int] = field(default_factory=set)  # pages that carry no running header/footer (pictures)

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
        """Record that `name` is printed on the current page. Called right
        where its text is drawn; a name drawn twice is a renderer bug."""
        if name in self.marks:
            raise ValueError(f"{name!r} was already drawn on page {self.marks[name]}")
        self.marks[name] = self.page_no

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def text(self, x: float, y: float, s: str, font: str, size: float, color: Color = BLACK,
             align: str = "left", mark: str | None = None) -> None:
        self.add(Text(x, y, s, font, size, color, align))
        if mark:
            self.mark(mark)

    def lines(self, lines: list[str], font: str, size: float, x: float, leading: float,
              color: Color = BLACK, first_prefix: tuple[str, float] | None = None,
              marks: dict[int, str] | None = None) -> None:
        """Flowing lines starting at the cursor; they break across pages freely.
        `first_prefix` = (glyph, x) draws a bullet beside the first line;
        `marks` names values printed on given lines (line index -> name)."""
        marks = marks or {}
        for i, s in enumerate(lines):
            self.need(leading)
            self.y += leading
            if i == 0 and first_prefix:
                self.text(first_prefix[1], self.y - leading * 0.25, first_prefix[0], font, size, color)
            self.text(x, self.y - leading * 0.25, s, font, size, color, mark=marks.get(i))

    def picture_page(self, image: Image.Image, box: tuple[float, float, float, float] | None = None) -> None:
        """A page holding only `image`, in `box` (x, top, w, h; default: the
        whole sheet), with no running header or footer."""
        self.new_page()
        x, y, w, h = box or (0.0, 0.0, self.width, self.height)
        self.add(Picture(x, y, w, h, image))
        self.bare.add(self.page_no)


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
            elif isinstance(op, Picture):
                c.drawImage(ImageReader(op.image), op.x, h - op.y - op.h, op.w, op.h)
            else:
                c.setFillColorRGB(*op.color)
                c.setFont(op.font, op.size)
                draw = {"left": c.drawString, "right": c.drawRightString,
                        "center": c.drawCentredString}[op.align]
                draw(op.x, h - op.y, op.s)
        c.showPage()
    c.save()
