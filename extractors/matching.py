"""Recognising area names however a report spells them."""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import cache, lru_cache

from extractors.frameworks import Framework
from extractors.model import Word
from extractors.settings import DEFAULTS, LayoutSettings
from extractors.text import fold


@cache
def area_number_pattern(areas: int) -> str:
    """A printed area number of a framework with `areas` areas, as a regular expression: a digit,
    or a two-digit number up to `areas` only where a framework has that many ("12,5" in an
    eight-area report is a number, not question 5 of area 12)."""
    return "(?:" + "|".join([*(str(n) for n in range(areas, 9, -1)), "[1-9]"]) + ")"


@cache
def _number_prefix(areas: int) -> re.Pattern[str]:
    # An area name may be printed with its number: "1. Offentlighet och demokrati", "1 Offentlighet…",
    # and OCR reads the period as a comma ("4, Ledarskap, ansvar och"); "12,5" is no number and name.
    return re.compile(rf"^\s*(?P<n>{area_number_pattern(areas)})\s*[.):,]?\s+")


def split_number_prefix(label: str, areas: int) -> tuple[int | None, str]:
    m = _number_prefix(areas).match(label)
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


def match_area(label: str, framework: Framework, *, threshold: float = DEFAULTS.area_min_similarity,
               numbered: float | None = None) -> int | None:
    """The number of the area that `label` names (number prefix allowed), or None. `threshold`:
    the settings' `area_min_similarity` (the readers pass their framework's). `numbered`: the
    settings' `area_numbered_similarity`, where a printed number vouches for a name OCR garbled
    ("4. Ettektivitet"), or None where it does not."""
    number, name = split_number_prefix(label, len(framework.areas))
    if not fold(name):
        return None
    best, best_ratio = None, 0.0
    for area in framework.areas:
        ratio = max(similarity(name, s, threshold) for s in area.spellings)
        if ratio > best_ratio:
            best, best_ratio = area.number, ratio
    if best_ratio >= threshold and (number is None or number == best):
        return best
    if number is not None and numbered is not None and best_ratio < threshold and max(
            similarity(name, s, numbered) for s in framework.area(number).spellings) >= numbered:
        return number
    return None


def split_words_joined(words: list[Word], heading: Callable[[str], bool], settings: LayoutSettings) -> list[Word]:
    """A header line's words with a heading OCR split in two ("Ma ks", "Sty rker") made one word
    again: two OCR'd words a letter's width apart that together, and not alone, are a `heading`."""
    out: list[Word] = []
    for word in words:
        last = out[-1] if out else None
        if (last is not None and last.conf >= 0 and word.conf >= 0
                and word.x0 - last.x1 <= settings.header_split_word_gap * last.height
                and not heading(last.text) and not heading(word.text) and heading(last.text + word.text)):
            out[-1] = last._replace(text=last.text + word.text, x1=word.x1, conf=min(last.conf, word.conf))
        else:
            out.append(word)
    return out
