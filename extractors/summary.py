"""Tabell 1: one row per area and a total row, one column per evaluation year.

The table is found by its structure (one row naming each of the framework's areas in
order, each ending in numbers, then a total row), not by its caption: reports
have other tables called "Tabell 1", and the spider chart repeats the area
names without scores.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from extractors.frameworks import Framework
from extractors.layout import Line
from extractors.matching import match_area
from extractors.model import IssueLog, Located, Word
from extractors.text import cell_text, fold, is_year, parse_number

OCR_JUNK_CONFIDENCE = 50  # Tesseract's confidence below which a word of one or two letters in a row is a speck
ROW_LINES = 30 / 8  # lines from the first area row to the total row per area, wrapped labels included


@dataclass(slots=True)
class SummaryTable:
    page: int
    scores: dict[int, Located]  # area number -> this report's score
    total: Located | None
    previous: list[tuple[int, int | None, float, int]] = field(default_factory=list)  # year, area, score, page
    words: tuple[Word, ...] = ()  # the rows' printed words (labels, this year's and earlier scores)


def _ocr_junk(word: Word) -> bool:
    """What OCR makes of a speck or a rule in a table row: no letter or digit ("[|", "•"), or a
    letter or two it was unsure of ("i", "En"). A text layer's words are never junk."""
    if word.conf < 0:
        return False
    return not any(ch.isalnum() for ch in word.text) or (word.conf < OCR_JUNK_CONFIDENCE and len(word.text) <= 2)


def _trailing_numbers(line: Line) -> tuple[str, list[tuple[float, float]]]:
    """Splits a row into its label and the numbers that end it (value, x-centre). OCR's junk
    between them is passed over: a number lost in it is missed, and the report's own sums
    (three readings of each area score, the total) then say so."""
    words = list(line.words)
    numbers: list[tuple[float, float]] = []
    while words:
        value = parse_number(cell_text(words[-1].text))
        if value is None and not _ocr_junk(words[-1]):
            break
        if value is not None:
            numbers.insert(0, (value, (words[-1].x0 + words[-1].x1) / 2))
        words.pop()
    return " ".join(w.text for w in words if not _ocr_junk(w)), numbers


def _continuation(lines: list[Line], index: int) -> list[str]:
    """Text of the number-less lines right below row `index` (a wrapped label)."""
    out = []
    for line in lines[index + 1 : index + 3]:
        if _trailing_numbers(line)[1] or line.page != lines[index].page:
            break
        out.append(line.text)
    return out


def _row_area(lines: list[Line], index: int, label: str, framework: Framework) -> int | None:
    """The area a row names, its label alone or wrapped onto the next line(s)
    ("Tilgjengelighet, innbygger- og" / "brukerorientering")."""
    area = match_area(label, framework)
    if area is None:
        area = match_area(" ".join([label, *_continuation(lines, index)]), framework)
    return area


def _header_years(lines: list[Line], first_row: int) -> list[tuple[int, float]]:
    """Year columns from the header line(s) just above the first row."""
    for line in reversed(lines[max(0, first_row - 3) : first_row]):
        years = [(int(w.text), (w.x0 + w.x1) / 2) for w in line.words if is_year(w.text)]
        if years:
            return years
    return []


def _nearest_year(x: float, years: list[tuple[int, float]]) -> int | None:
    if not years:
        return None
    return min(years, key=lambda y: abs(y[1] - x))[0]


def _read_block(lines: list[Line], start: int, framework: Framework, log: IssueLog) -> SummaryTable | None:
    rows: dict[int, tuple[list[tuple[float, float]], Line]] = {}
    total = None
    expected = 1
    for index in range(start, min(len(lines), start + math.ceil(ROW_LINES * len(framework.areas)))):
        label, numbers = _trailing_numbers(lines[index])
        if not numbers:
            continue  # a wrapped label's second line, or the chart's labels
        if len(rows) == len(framework.areas) and (framework.language.is_total_label(label) or not fold(label)):
            total = (numbers, lines[index])
            break
        area = _row_area(lines, index, label, framework)
        if area != expected:
            return None
        rows[area] = (numbers, lines[index])
        expected += 1
    if len(rows) != len(framework.areas):
        return None
    years = _header_years(lines, start)
    page = lines[start].page
    table = SummaryTable(page=page, scores={}, total=None)
    for area, (numbers, row) in [*rows.items(), *([(None, total)] if total else [])]:
        value, _ = numbers[-1]
        row_page = row.page
        table.words += row.words
        if area is None:
            table.total = Located(value, row_page, row.words)
        else:
            table.scores[area] = Located(value, row_page, row.words)
        for prev_value, x in numbers[:-1]:
            year = _nearest_year(x, years[:-1]) if len(years) > 1 else None
            if year is None:
                log.warning(
                    "previous_year_unknown",
                    f"summary table: an earlier score ({prev_value}) has no year in the column header",
                    page=row_page,
                    area=area,
                )
                continue
            table.previous.append((year, area, prev_value, row_page))
    if table.total is None:
        log.error("summary_total_missing", f"summary table: no total row (TOTALT/Sum) after the {len(rows)} area rows",
                  page=page)
    return table


_QUESTION_ROW = re.compile(r"^\d+[.,:]\d")  # "1.1 Finns en plan …": a score table's row, not a summary row


def _blocks(lines: list[Line], framework: Framework, log: IssueLog, start: int = 0):
    """(index of the first row, table) for each block of lines from `start` on that reads as the summary table."""
    for index in range(start, len(lines)):
        label, numbers = _trailing_numbers(lines[index])
        if numbers and not _QUESTION_ROW.match(label) and _row_area(lines, index, label, framework) == 1:
            table = _read_block(lines, index, framework, log)
            if table is not None:
                yield index, table


def find_summary_table(lines: list[Line], framework: Framework, log: IssueLog) -> SummaryTable | None:
    """The first block of lines that reads as the summary table, or None (with an error logged).
    A second such table is an error: one file holds one report."""
    for index, table in _blocks(lines, framework, log):
        for _, second in _blocks(lines, framework, IssueLog(), index + len(framework.areas)):
            log.error(
                "summary_table_repeated",
                f"a second summary table on page {second.page} (the first is on page {table.page}): "
                "two reports, or parts of two, in one file?",
                page=second.page,
            )
            break
        return table
    log.error(
        "summary_table_missing",
        f"no summary table: expected {len(framework.areas)} rows naming the {framework.id} areas in order, each "
        "ending in a score, then a total row",
    )
    return None
