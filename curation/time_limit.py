"""How long one file's extraction may take before its process is stopped.

A PDF on which MuPDF or Tesseract never finishes (an endless loop in a
malformed content stream, a pathological page) must not stall the run. The
limit is a base plus an allowance per page: born-digital reports extract in well
under a second, but a scan needs 3-6 s of OCR per page on a loaded core, so a
40-page scan may take a few minutes. The defaults leave a scan on a busy machine
more than twice its usual time (60 s + 15 s x 40 pages = 11 min), and stop a
hung born-digital report after about 8 minutes.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_BASE_S = 60.0
DEFAULT_PER_PAGE_S = 15.0


@dataclass(frozen=True, slots=True)
class TimeLimit:
    """`base_s` for every file (opening it, counting its pages, starting its process), plus
    `per_page_s` for each of its pages."""

    base_s: float = DEFAULT_BASE_S
    per_page_s: float = DEFAULT_PER_PAGE_S

    def seconds(self, pages: int | None) -> float:
        """The limit of a file of `pages` pages (None: not counted yet, or not countable)."""
        return self.base_s + self.per_page_s * (pages or 0)

    def explain(self, pages: int | None) -> str:
        """The limit with how it was reached, e.g. '495 s (60 s + 15 s per page x 29 pages)'."""
        if pages is None:
            return f"{_s(self.base_s)} s (the base limit: its pages could not be counted within it)"
        return f"{_s(self.seconds(pages))} s ({_s(self.base_s)} s + {_s(self.per_page_s)} s per page x {pages} pages)"


DEFAULT_LIMIT = TimeLimit()


def time_limit(base_s: float | None, per_page_s: float | None) -> TimeLimit | None:
    """The limit the options ask for; None (no limit) when the base is 0 or None."""
    if not base_s or base_s <= 0:
        return None
    return TimeLimit(float(base_s), max(0.0, float(per_page_s or 0)))


def _s(x: float) -> str:
    return str(int(x)) if x == int(x) else f"{x:g}"
