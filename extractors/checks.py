"""The report's own sums, checked as it is extracted (docs/domain.md, "Numbers and their rounding").

Every area score is printed three times (summary table, the area's score box,
the total row of its score table); question scores add up to the area score
within what rounding explains; a percent is the unrounded score over max;
question maxima add up to the area's max; the total is the sum of the areas.
A value that breaks one of these is flagged where it stands, never corrected.

The codes are the names of the dataset's validation rules (`schemas/rules.py`),
so `kompass extract` and `kompass ingest` name the same problem the same way;
both use `schemas.rounding` for what rounding allows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from extractors.model import Issue, Located, Where
from schemas.rounding import EPS, HALF, sum_explains, unrounded_interval


@dataclass(frozen=True, slots=True)
class QuestionValues:
    id: str
    score: float | None
    max: float | None
    percent: float | None
    page: int | None


@dataclass(frozen=True, slots=True)
class AreaValues:
    number: int
    max: float | None
    summary: Located | None
    box: Located | None
    table_total: Located | None
    questions: tuple[QuestionValues, ...]


def _fmt(x: float | None) -> str:
    return "none" if x is None else f"{x:g}"


def readings_issues(area: AreaValues) -> list[Issue]:
    """The three printed readings of the area score must agree; the odd one out is where it stands."""
    readings = {name: r for name, r in (("summary table", area.summary), ("score box", area.box),
                                        ("score table total", area.table_total)) if r is not None}
    values = Counter(float(r.value) for r in readings.values())
    if len(values) <= 1:
        return []
    majority, count = values.most_common(1)[0]
    odd = [(name, r) for name, r in readings.items() if count > 1 and float(r.value) != majority]
    where = odd[0][1] if odd else next(iter(readings.values()))
    found = ", ".join(f"{name} {_fmt(float(r.value))} (page {r.page})" for name, r in readings.items())
    return [Issue("error", "area_readings_agree",
                  f"area {area.number}: the printed readings of its score disagree: {found}",
                  page=where.page, area=area.number)]


def questions_issues(area: AreaValues) -> list[Issue]:
    """Percent against score and max; maxima against the area's max; the score against the questions."""
    issues = []
    intervals = []
    for q in area.questions:
        where: Where = {"page": q.page, "area": area.number, "question_id": q.id}
        lo, hi = unrounded_interval(q.score, q.max, q.percent)
        if q.score is not None and lo is None:
            issues.append(Issue("error", "percent_consistent",
                                f"question {q.id}: score {_fmt(q.score)} of {_fmt(q.max)} cannot round from an "
                                f"unrounded score that gives {_fmt(q.percent)}%", **where))
        if q.score is not None:
            # A contradictory question still bounds the area by its printed score.
            intervals.append((lo, hi) if lo is not None and hi is not None else (q.score - HALF, q.score + HALF))
    maxima = [q.max for q in area.questions if q.max is not None]
    if maxima and len(maxima) == len(area.questions) and area.max is not None and abs(sum(maxima) - area.max) > EPS:
        issues.append(Issue("error", "question_max_sum",
                            f"area {area.number}: its questions' maxima add up to {_fmt(sum(maxima))}, "
                            f"not to the area's max {_fmt(area.max)}",
                            page=area.table_total.page if area.table_total else None, area=area.number))
    score = area.summary or area.table_total or area.box
    complete = area.questions and all(q.score is not None for q in area.questions)
    if score is not None and complete:
        lows, highs = [lo for lo, _ in intervals], [hi for _, hi in intervals]
        if not sum_explains(float(score.value), lows, highs):
            printed = sum(q.score for q in area.questions if q.score is not None)
            issues.append(Issue("error", "area_questions_sum",
                                f"area {area.number}: its score {_fmt(float(score.value))} is not explained by its "
                                f"questions (printed scores add up to {_fmt(printed)}; rounding allows "
                                f"{sum(lows) - HALF:.2f} to {sum(highs) + HALF:.2f})",
                                page=area.table_total.page if area.table_total else score.page, area=area.number))
    return issues


def total_issues(total: Located | None, area_scores: list[float | None]) -> list[Issue]:
    """The TOTALT row is the sum of the printed area scores (both rounded integers)."""
    if total is None or None in area_scores:
        return []
    expected = sum(s for s in area_scores if s is not None)
    if abs(float(total.value) - expected) <= EPS:
        return []
    return [Issue("error", "total_equals_sum",
                  f"the total {_fmt(float(total.value))} differs from the sum of the area scores {_fmt(expected)}",
                  page=total.page)]


def previous_total_issues(previous: Sequence[tuple[int, int | None, float, int]], areas: int) -> list[Issue]:
    """An earlier evaluation's total in the summary table is the sum of its area scores, as this
    year's is: the only check an earlier score has (it is printed once)."""
    issues = []
    for year in sorted({y for y, _, _, _ in previous}):
        scores = {area: (value, page) for y, area, value, page in previous if y == year and area is not None}
        totals = [(value, page) for y, area, value, page in previous if y == year and area is None]
        if not totals or len(scores) != areas:
            continue
        expected = sum(value for value, _ in scores.values())
        (value, page), = totals[:1]
        if abs(value - expected) > EPS:
            issues.append(Issue("error", "previous_total_equals_sum",
                                f"summary table: the {year} total {_fmt(value)} differs from the sum of the {year} "
                                f"area scores {_fmt(expected)}", page=page))
    return issues


def consistency_issues(areas: list[AreaValues], total: Located | None, area_scores: list[float | None],
                       previous: Sequence[tuple[int, int | None, float, int]] = ()) -> list[Issue]:
    issues = []
    for area in areas:
        issues += readings_issues(area) + questions_issues(area)
    return issues + total_issues(total, area_scores) + previous_total_issues(list(previous), len(areas))
