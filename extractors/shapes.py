"""Shape checks on text fields: a finding, sub-heading or question text that holds what
only other parts of a report hold (a question id starting a new row, a section or
area heading, a run of score cells) or that is far longer than any real one has
read past its end. Such a text is an error issue where it stands, never a clean value."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.frameworks import Framework
from extractors.matching import area_number_pattern
from extractors.model import Issue


@cache
def _question_row(areas: int) -> re.Pattern[str]:
    # A question row's start inside a text: "… 4.2 Hur arbetar …".
    return re.compile(rf"(?<![\w.,]){area_number_pattern(areas)}[.,]\d{{1,2}}\.?\s+[A-ZÅÄÖÆØÉ]")


# Score cells in a row: "7 15 45%", "7 15 45 %", "12 10 25".
_SCORE_CELLS = re.compile(r"(?<![\w.,])\d{1,3}\s+\d{1,3}\s+\d{1,3}(?:[.,]\d+)?\s?%?(?![\w])")


@dataclass(frozen=True, slots=True)
class TextLimits:
    """The longest text of each kind that is still plausible (characters): several
    times the longest seen in real reports, so only a text that ran on is caught."""

    finding: int = 900
    subheading: int = 200
    question: int = 600


LIMITS = TextLimits()


@cache
def _heading_patterns(framework: Framework) -> list[re.Pattern[str]]:
    language = framework.language
    area = "|".join(re.escape(w) for w in language.area_heading)
    section = "|".join(re.escape(p) for p in language.score_section)
    number = area_number_pattern(len(framework.areas))
    return [
        re.compile(rf"(?:^|\s)(?:{area})\s+{number}[.:]?\s+[A-ZÅÄÖÆØ]"),  # "Område 3 Politisk …"
        re.compile(rf"(?:^|\s)[1-9]\.?\s+(?:{section})", re.IGNORECASE),  # "4 Poengfordeling …"
    ]


def text_shape_issues(kind: str, text: str, framework: Framework, *, page: int | None, area: int | None,
                      question_id: str | None = None, field: str | None = None, label: str) -> list[Issue]:
    """Errors for a text field of `kind` ("finding", "subheading", "question") that cannot be one field.
    `label` names the field for people ("area 8, improvement 4")."""
    problems = []
    limit = getattr(LIMITS, kind)
    if len(text) > limit:
        problems.append(f"it is {len(text)} characters long, more than any plausible {kind} ({limit})")
    if m := _question_row(len(framework.areas)).search(text):
        problems.append(f"it holds a question row's start ('{text[m.start():m.end() + 20].strip()}…')")
    if m := _SCORE_CELLS.search(text):
        problems.append(f"it holds a run of score cells ('{m.group().strip()}')")
    for pattern in _heading_patterns(framework):
        if m := pattern.search(text):
            problems.append(f"it holds a heading ('{text[m.start():m.end() + 25].strip()}…')")
            break
    if not problems:
        return []
    return [Issue("error", "text_implausible", f"{label}: " + "; ".join(problems) + " — read past its end?",
                  page=page, area=area, question_id=question_id, field=field)]
