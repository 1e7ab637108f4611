"""From words to lines, and running headers and footers removed.

Reports are read by position: a line is the words that share a vertical band
on one page, left to right. Running headers and footers are recognised as
text that repeats in the page margins across pages, not by their wording.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from extractors.model import Word
from extractors.pdf_input import DocumentText, PageText
from extractors.text import fold, is_bullet


@dataclass(frozen=True, slots=True)
class Line:
    page: int
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def height(self) -> float:
        return statistics.median(w.height for w in self.words)

    def between(self, x_from: float, x_to: float) -> tuple[Word, ...]:
        """The words whose centre lies in [x_from, x_to)."""
        return tuple(w for w in self.words if x_from <= (w.x0 + w.x1) / 2 < x_to)

    def without_bullet(self) -> tuple[Word, ...]:
        words = self.words
        return words[1:] if words and is_bullet(words[0].text) else words


def _same_band(word: Word, line_words: list[Word]) -> bool:
    ref = line_words[-1]
    smaller = min(word.height, ref.height)
    if smaller <= 0:
        return abs(word.mid_y - ref.mid_y) < 2
    # A much taller word (the score in the area box) gets a line of its own.
    if max(word.height, ref.height) > 2.2 * smaller:
        return False
    return abs(word.mid_y - ref.mid_y) <= 0.45 * smaller


def group_lines(page: PageText) -> list[Line]:
    """Groups a page's words into lines, top to bottom, each left to right."""
    lines: list[list[Word]] = []
    for word in sorted(page.words, key=lambda w: (w.mid_y, w.x0)):
        for candidate in reversed(lines[-4:]):
            if _same_band(word, candidate):
                candidate.append(word)
                break
        else:
            lines.append([word])
    built = [Line(page.number, tuple(sorted(ws, key=lambda w: w.x0))) for ws in lines]
    return sorted(built, key=lambda ln: (ln.top, ln.x0))


MARGIN_FRACTION = 0.11  # the top and bottom share of a page where running heads live


def _margin_key(line: Line) -> str:
    # Page numbers change from page to page; the rest of a running head does not.
    return "".join(ch for ch in fold(line.text) if not ch.isdigit()).strip()


def _zone(line: Line, page_height: float) -> str | None:
    if line.bottom <= page_height * MARGIN_FRACTION:
        return "top"
    if line.top >= page_height * (1 - MARGIN_FRACTION):
        return "bottom"
    return None


def drop_running_heads(pages: list[tuple[PageText, list[Line]]]) -> list[list[Line]]:
    """Drops lines that repeat in the same margin on many pages (headers, footers, page numbers)."""
    counts: Counter[tuple[str, str]] = Counter()
    for page, lines in pages:
        seen = {(zone, _margin_key(ln)) for ln in lines if (zone := _zone(ln, page.height))}
        counts.update(seen)
    threshold = max(3, int(0.3 * len(pages)))
    repeated = [key for key, n in counts.items() if n >= threshold]

    def is_running_head(line: Line, height: float) -> bool:
        zone = _zone(line, height)
        if zone is None:
            return False
        key = _margin_key(line)
        if key == "":  # a bare page number ("6", "6 (29)"), not a table's number row
            return len(line.words) <= 3 and any(w.text.strip("()-/") == str(line.page) for w in line.words)
        # OCR misreads a letter here and there: compare fuzzily.
        return any(z == zone and (k == key or SequenceMatcher(None, k, key).ratio() > 0.85) for z, k in repeated)

    return [[ln for ln in lines if not is_running_head(ln, page.height)] for page, lines in pages]


def document_lines(doc: DocumentText) -> list[Line]:
    """Every line of the report in reading order, running heads dropped."""
    grouped = [(page, group_lines(page)) for page in doc.pages]
    kept = drop_running_heads(grouped)
    return [line for lines in kept for line in lines]
