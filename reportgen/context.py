"""The state shared by the section renderers, and their text helpers."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .engine import Color, Flow, wrap
from .layout import Layout
from .pools import FILLER
from .truth import GeneratedReport
from .vocab import PUBLISHERS, WORDS


@dataclass
class Ctx:
    report: GeneratedReport
    layout: Layout
    flow: Flow
    rng: random.Random  # layout randomness (wording picks, filler, hyphenation)

    @property
    def words(self) -> dict:
        return WORDS[self.report.language]

    def pick(self, key: str, index: int | None = None):
        """One alternative of a wording slot: by layout index, else at random."""
        options = self.words[key]
        if index is None:
            return self.rng.choice(options)
        return options[index % len(options)]

    @property
    def publisher(self) -> str:
        return PUBLISHERS[self.report.publisher][0]

    @property
    def accent(self) -> Color:
        return self.layout.accent

    @property
    def leading(self) -> float:
        return self.layout.size * 1.35

    def area_label(self, number: int) -> str:
        """The area's name as this occurrence prints it: canonical or a variant spelling."""
        fw = self.report.framework
        variants = fw.spellings.get(number, ())
        if variants and self.rng.random() < self.layout.spellings:
            return self.rng.choice(variants)
        return fw.areas[number - 1]

    # --- text helpers -------------------------------------------------------
    def heading(self, text: str, level: int = 1) -> None:
        size = {1: self.layout.size + 6, 2: self.layout.size + 3, 3: self.layout.size + 1}[level]
        font = self.layout.head_bold
        lines = self.wrap(text, font, size, hyphenate=False)
        self.flow.need(size * 1.3 * len(lines) + size * 0.8 + self.leading * 3)  # keep with next lines
        self.flow.y += size * 0.6
        color = self.accent if level < 3 else (0.1, 0.1, 0.1)
        self.flow.lines(lines, font, size, self.flow.left, size * 1.3, color)
        self.flow.y += size * 0.3

    def paragraph(self, text: str, *, font: str | None = None, size: float | None = None,
                  hyphenate: bool = True) -> None:
        font = font or self.layout.body
        size = size or self.layout.size
        lines = self.wrap(text, font, size, hyphenate=hyphenate)
        self.flow.lines(lines, font, size, self.flow.left, size * 1.35)
        self.flow.y += size * 0.5

    def bullets(self, items: list[str] | tuple[str, ...], *, hyphenate: bool = True) -> None:
        size, font = self.layout.size, self.layout.body
        indent = size * 1.6
        for item in items:
            lines = self.wrap(item, font, size, width=self.flow.text_width - indent, hyphenate=hyphenate)
            self.flow.lines(lines, font, size, self.flow.left + indent, size * 1.35,
                            first_prefix=(self.layout.bullet, self.flow.left + size * 0.4))
        self.flow.y += size * 0.5

    def wrap(self, text: str, font: str, size: float, width: float | None = None,
             hyphenate: bool = True) -> list[str]:
        return wrap(text, font, size, width or self.flow.text_width, self.rng,
                    self.layout.hyphenate if hyphenate else 0.0)

    def filler(self, sentences: tuple[int, int] = (3, 7)) -> str:
        pool = FILLER[self.report.language]
        return " ".join(self.rng.sample(pool, min(len(pool), self.rng.randint(*sentences))))

    def fill_colors(self) -> tuple[Color | None, Color]:
        """(header row fill, header text colour) per layout."""
        if self.layout.header_fill:
            return self.accent, (1.0, 1.0, 1.0)
        return (0.86, 0.9, 0.95), (0.0, 0.0, 0.0)
