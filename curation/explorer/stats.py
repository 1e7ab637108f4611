"""National figures: counts, score distributions per framework, and the national median a
municipality is compared with (same framework and period). Frameworks are never mixed."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from statistics import median

from curation.explorer.model import Report, SiteData

PERIOD_YEARS = 2  # the period of a report: its year and this many years either side


@dataclass(frozen=True, slots=True)
class Spread:
    """The distribution of one area's scores in one framework."""

    n: int
    low: float
    q1: float
    median: float
    q3: float
    high: float


def quantile(sorted_values: list[float], q: float) -> float:
    """Linear-interpolation quantile (as numpy's default) of sorted values."""
    pos = (len(sorted_values) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def spread(values: list[float]) -> Spread | None:
    if not values:
        return None
    v = sorted(values)
    return Spread(len(v), v[0], quantile(v, 0.25), quantile(v, 0.5), quantile(v, 0.75), v[-1])


def counts(data: SiteData) -> Counter[tuple[int, str]]:
    """Published reports per (year, framework)."""
    return Counter((r.year, r.framework) for r in data.reports)


def area_spreads(data: SiteData) -> dict[str, dict[int, Spread]]:
    """Per framework, per area: the distribution of its published scores."""
    values: dict[str, dict[int, list[float]]] = defaultdict(lambda: defaultdict(list))
    for r in data.reports:
        for a in data.areas.get(r.report_id, []):
            if a.score is not None:
                values[r.framework][a.area].append(float(a.score))
    return {fw: {area: s for area, vs in per.items() if (s := spread(vs))} for fw, per in values.items()}


@dataclass(frozen=True, slots=True)
class Median:
    """The national median of each area for reports of one framework in a period."""

    framework: str
    first_year: int
    last_year: int
    n: int
    areas: dict[int, float]


def period_median(data: SiteData, report: Report) -> Median:
    """The median per area of published reports of `report`'s framework whose year lies within
    PERIOD_YEARS of its own (the report itself included)."""
    lo, hi = report.year - PERIOD_YEARS, report.year + PERIOD_YEARS
    peers = [r for r in data.reports if r.framework == report.framework and lo <= r.year <= hi]
    per: dict[int, list[float]] = defaultdict(list)
    for r in peers:
        for a in data.areas.get(r.report_id, []):
            if a.score is not None:
                per[a.area].append(float(a.score))
    years = [r.year for r in peers]
    return Median(report.framework, min(years), max(years), len(peers),
                  {area: float(median(vs)) for area, vs in per.items()})


class Medians:
    """`period_median` for many reports, each (framework, year) computed once."""

    def __init__(self, data: SiteData) -> None:
        self._data = data
        self._cache: dict[tuple[str, int], Median] = {}

    def of(self, report: Report) -> Median:
        key = (report.framework, report.year)
        if key not in self._cache:
            self._cache[key] = period_median(self._data, report)
        return self._cache[key]
