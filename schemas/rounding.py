"""What the report's rounding allows (docs/domain.md, "Numbers and their rounding").

Evaluators score in fractions; a printed question score is the unrounded score
rounded, and the printed percent is the unrounded score over max, rounded to a
whole percent. Each printed number bounds the unrounded score to a closed
interval (closed, so any tie-breaking rule is covered); together, to their
intersection. Nothing here ever corrects a printed number.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing_extensions import TypeIs

HALF = 0.5
EPS = 1e-9  # float noise when comparing interval ends


def _missing(x: float | None) -> TypeIs[None]:
    # TypeIs: where `not _missing(x)`, x is a float to the type checker (NaN counts as missing too)
    return x is None or (isinstance(x, float) and math.isnan(x))


def unrounded_interval(score: float | None, max_: float | None,
                       percent: float | None) -> tuple[float | None, float | None]:
    """The interval of unrounded scores that both the printed score and percent allow.

    (None, None) when the score is unknown or when score and percent contradict
    each other (then no unrounded score explains both: the percent check flags it).
    """
    if _missing(score):
        return None, None
    lo, hi = score - HALF, score + HALF
    if not _missing(max_):
        lo, hi = max(lo, 0.0), min(hi, float(max_))
        if not _missing(percent):
            lo = max(lo, (percent - HALF) * max_ / 100)
            hi = min(hi, (percent + HALF) * max_ / 100)
    if lo > hi + EPS:
        return None, None
    return round(lo, 6), round(max(lo, hi), 6)


def sum_explains(total: float, lows: list[float], highs: list[float]) -> bool:
    """True when `total`, a rounded sum of unrounded parts, fits the parts' intervals."""
    return sum(lows) - HALF - EPS <= total <= sum(highs) + HALF + EPS
