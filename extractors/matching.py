"""Recognising area names however a report spells them."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from extractors.frameworks import Framework
from extractors.text import fold

# An area name may be printed with its number: "1. Offentlighet och demokrati", "1 Offentlighet…".
_NUMBER_PREFIX = re.compile(r"^\s*(?P<n>[1-9])\s*[.):]?\s+")
MIN_AREA_SIMILARITY = 0.88  # OCR slips pass; "Område 1 Offentlighet…" (a heading) does not


def split_number_prefix(label: str) -> tuple[int | None, str]:
    m = _NUMBER_PREFIX.match(label)
    if not m:
        return None, label
    return int(m.group("n")), label[m.end():]


def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """How alike two texts are, from 0 to 1 (difflib's ratio of their matching keys).
    Any value below `floor` counts as 0: the cheap upper bounds rule most pairs out
    before the full comparison, which is the extractor's most frequent costly step."""
    return _ratio(fold(a), fold(b), floor)


@lru_cache(maxsize=65536)
def _ratio(a: str, b: str, floor: float) -> float:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def match_area(label: str, framework: Framework, *, threshold: float = MIN_AREA_SIMILARITY) -> int | None:
    """The number of the area that `label` names (number prefix allowed), or None."""
    number, name = split_number_prefix(label)
    if not fold(name):
        return None
    best, best_ratio = None, 0.0
    for area in framework.areas:
        ratio = max(similarity(name, s, threshold) for s in area.spellings)
        if ratio > best_ratio:
            best, best_ratio = area.number, ratio
    if best_ratio >= threshold and (number is None or number == best):
        return best
    return None
