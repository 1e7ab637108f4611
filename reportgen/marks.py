"""Names of the values whose page the renderer records as it draws them
(Flow.mark), read back by GeneratedReport.expected_pages and by the table of
contents. Both sides use these functions, so the names cannot drift apart.

Area numbers are 1-8; item indexes (questions, findings, sub-headings) are
0-based positions in the truth's tuples; years are evaluation years.
"""

from __future__ import annotations

MUNICIPALITY = "report.municipality"
YEAR = "report.year"
EVALUATORS = "report.evaluators"
EVALUATION_PERIOD = "report.evaluation_period"
EVALUATION_NUMBER = "report.evaluation_number"


def section(number: int) -> str:
    """The heading of section 1-4."""
    return f"section{number}"


def area(number: int) -> str:
    """The area's heading in section 3 ("Område 3 ...")."""
    return f"area{number}"


def box(number: int) -> str:
    """The area score in large type in the area's "Rubriker | Poäng" box."""
    return f"area{number}.box"


def subheading(number: int, index: int) -> str:
    """A sub-heading listed in the area's box."""
    return f"area{number}.subheading{index}"


def question(number: int, index: int) -> str:
    """The start of a question's row in the area's score table (its id)."""
    return f"area{number}.question{index}"


def table_total(number: int) -> str:
    """The area score in the total row of its score table."""
    return f"area{number}.table_total"


def strength(number: int, index: int) -> str:
    """The first line of a strength."""
    return f"area{number}.strength{index}"


def improvement(number: int, index: int) -> str:
    """The first line of an improvement."""
    return f"area{number}.improvement{index}"


def summary(number: int | None, year: int) -> str:
    """A score in the summary table (Tabell 1): an area's row, or the total
    row (number None), in the column of evaluation `year`."""
    return f"summary.{'total' if number is None else number}.{year}"
