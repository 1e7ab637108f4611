"""The state shared by the section renderers, and their text helpers."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from .engine import Color, Flow
from .layout import Layout
from .pools import FILLER
from .truth import GeneratedReport
from .typeset import line_of_word, wrap, wrap_lines
from .vocab import HYPHENATION, WORDS


@dataclass
class Ctx:
    report: GeneratedReport
    layout: Layout
    flow: Flow
    rng: random.Random  # layout randomness (wording picks, filler)

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
        return self.report.publisher.name

    @property
    def accent(self) -> Color:
        return self.layout.accent

    @property
    def leading(self) -> float:
        return self.layout.size * 1.35

    @property
    def hyphenation(self) -> str | None:
        """The dictionary of automatic hyphenation in this layout, None when off."""
        return HYPHENATION[self.report.language] if self.layout.hyphenate else None

    def total_row_label(self) -> str | None:
        """What the score tables print in the question column of the total row."""
        label = self.layout.total_row_label
        return label if label is None or isinstance(label, str) else self.pick("total_row", label)

    def area_label(self, number: int) -> str:
        """The area's name as this occurrence prints it: canonical or a variant spelling."""
        fw = self.report.framework
        variants = fw.spellings.get(number, ())
        if variants and self.rng.random() < self.layout.spellings:
            return self.rng.choice(variants)
        return fw.areas[number - 1]

    # --- text helpers -------------------------------------------------------
    def heading(self, text: str, level: int = 1, *, mark: str | None = None) -> None:
        """A heading kept with the lines after it; `mark` records its page."""
        size = {1: self.layout.size + 6, 2: self.layout.size + 3, 3: self.layout.size + 1}[level]
        font = self.layout.head_bold
        lines = self.wrap(text, font, size, hyphenate=False)
        self.flow.need(size * 1.3 * len(lines) + size * 0.8 + self.leading * 3)  # keep with next lines
        self.flow.y += size * 0.6
        color = self.accent if level < 3 else (0.1, 0.1, 0.1)
        self.flow.lines(lines, font, size, self.flow.left, size * 1.3, color, marks={0: mark} if mark else None)
        self.flow.y += size * 0.3

    def paragraph(self, text: str, *, font: str | None = None, size: float | None = None,
                  hyphenate: bool = True, marks: dict[int, str] | None = None) -> None:
        """`marks`: word index (in text.split()) -> the value printed by that
        word, recorded on the page where the word starts."""
        font = font or self.layout.body
        size = size or self.layout.size
        lines = wrap_lines(text, font, size, self.flow.text_width, self.hyphenation if hyphenate else None)
        by_line = {line_of_word(lines, word): name for word, name in (marks or {}).items()}
        self.flow.lines([w.text for w in lines], font, size, self.flow.left, size * 1.35, marks=by_line)
        self.flow.y += size * 0.5

    def bullets(self, items: Sequence[str], *, hyphenate: bool = True, marks: Sequence[str] | None = None) -> None:
        """A bulleted list; `marks[i]` names item i, recorded where its first line is drawn."""
        size, font = self.layout.size, self.layout.body
        indent = size * 1.6
        for k, item in enumerate(items):
            lines = self.wrap(item, font, size, width=self.flow.text_width - indent, hyphenate=hyphenate)
            self.flow.lines(lines, font, size, self.flow.left + indent, size * 1.35,
                            first_prefix=(self.layout.bullet, self.flow.left + size * 0.4),
                            marks={0: marks[k]} if marks else None)
        self.flow.y += size * 0.5

    def wrap(self, text: str, font: str, size: float, width: float | None = None,
             hyphenate: bool = True) -> list[str]:
        return wrap(text, font, size, width or self.flow.text_width, self.hyphenation if hyphenate else None)

    def filler(self, sentences: tuple[int, int] = (3, 7)) -> str:
        pool = FILLER[self.report.language]
        return " ".join(self.rng.sample(pool, min(len(pool), self.rng.randint(*sentences))))

    def fill_colors(self) -> tuple[Color | None, Color]:
        """(header row fill, header text colour) per layout."""
        if self.layout.header_fill:
            return self.accent, (1.0, 1.0, 1.0)
        return (0.86, 0.9, 0.95), (0.0, 0.0, 0.0)
