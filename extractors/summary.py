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
from extractors.settings import LayoutSettings
from extractors.text import cell_text, fold, is_year, parse_number


@dataclass(slots=True)
class SummaryTable:
    page: int
    scores: dict[int, Located]  # area number -> this report's score
    total: Located | None
    previous: list[tuple[int, int | None, float, int]] = field(default_factory=list)  # year, area, score, page
    words: tuple[Word, ...] = ()  # the rows' printed words (labels, this year's and earlier scores)
    wrapped_rows: list[int] = field(default_factory=list)  # areas whose label wraps onto the next line(s)
    total_labelled: bool = False  # the total row has a label ("TOTALT"), not numbers alone
    years: list[int] = field(default_factory=list)  # the year columns' headings, when printed
    # Earlier scores under no year heading that was read: area (None: the total), score, page
    undated: list[tuple[int | None, float, int]] = field(default_factory=list)
    rows: list[int | None] = field(default_factory=list)  # the areas of its rows, in order (None: the total row)

    @property
    def ocr(self) -> bool:
        """Whether its rows were read by OCR (a text layer's words carry no confidence)."""
        return any(w.conf >= 0 for w in self.words)


def _ocr_junk(word: Word, settings: LayoutSettings) -> bool:
    """What OCR makes of a speck or a rule in a table row: no letter or digit ("[|", "•"), or a
    letter or two it was unsure of ("i", "En"). A text layer's words are never junk."""
    if word.conf < 0:
        return False
    return not any(ch.isalnum() for ch in word.text) or (word.conf < settings.ocr_junk_confidence and len(word.text) <= 2)


def _trailing_numbers(line: Line, settings: LayoutSettings) -> tuple[str, list[tuple[float, float]]]:
    """Splits a row into its label and the numbers that end it (value, x-centre). OCR's junk
    between them is passed over: a number lost in it is missed, and the report's own sums
    (three readings of each area score, the total) then say so."""
    words = list(line.words)
    numbers: list[tuple[float, float]] = []
    while words:
        value = parse_number(cell_text(words[-1].text))
        if value is None and not _ocr_junk(words[-1], settings):
            break
        if value is not None:
            numbers.insert(0, (value, (words[-1].x0 + words[-1].x1) / 2))
        words.pop()
    return " ".join(w.text for w in words if not _ocr_junk(w, settings)), numbers


def _continuation(lines: list[Line], index: int, settings: LayoutSettings) -> list[str]:
    """Text of the number-less lines right below row `index` (a wrapped label)."""
    out = []
    for line in lines[index + 1 : index + 1 + settings.summary_label_wrap_lines]:
        if _trailing_numbers(line, settings)[1] or line.page != lines[index].page:
            break
        out.append(line.text)
    return out


def _row_area(lines: list[Line], index: int, label: str, framework: Framework,
              settings: LayoutSettings) -> tuple[int | None, bool]:
    """The area a row names, its label alone or wrapped onto the next line(s)
    ("Tilgjengelighet, innbygger- og" / "brukerorientering"), and whether it wrapped."""
    # On an OCR'd row a printed number vouches for a name misread past `area_min_similarity`.
    ocr = any(w.conf >= 0 for w in lines[index].words)
    numbered = settings.area_numbered_similarity if ocr else None
    first, _, rest = label.partition(" ")
    # OCR may misread the area's number as letters ("NN Arbetsliv" for "7. Arbetsliv").
    labels = [label, rest] if ocr and rest and len(first) <= settings.area_number_misread_letters else [label]
    for text in labels:
        area = match_area(text, framework, threshold=settings.area_min_similarity, numbered=numbered)
        if area is not None:
            return area, False
    for text in labels:
        wrapped = " ".join([text, *_continuation(lines, index, settings)])
        area = match_area(wrapped, framework, threshold=settings.area_min_similarity, numbered=numbered)
        if area is not None:
            return area, True
    return None, True


def _header_years(lines: list[Line], first_row: int, settings: LayoutSettings) -> list[tuple[int, float]]:
    """Year columns from the header line(s) just above the first row."""
    for line in reversed(lines[max(0, first_row - settings.summary_header_lookback) : first_row]):
        years = [(int(w.text), (w.x0 + w.x1) / 2) for w in line.words if is_year(w.text)]
        if years:
            return years
    return []


def _column_year(x: float, columns: list[float], years: list[tuple[int, float]]) -> int | None:
    """The year heading over the row's number at `x`: the heading nearest it, if the row has no
    number nearer that heading (else the heading is another column's, and this column's was not
    read: an unread "201S" over this year's column had put 2013's scores under 2010)."""
    if not years:
        return None
    year, heading_x = min(years, key=lambda y: abs(y[1] - x))
    return year if min(columns, key=lambda c: abs(c - heading_x)) == x else None


def _unread_row(lines: list[Line], index: int, label: str, framework: Framework,
                settings: LayoutSettings) -> int | None:
    """The area an OCR'd row names whose score OCR lost or garbled ("Lederskap, ansvar og
    delegasjon o1": 91 read as "o1"), or None. Its label names the area with or without its
    last word (what OCR made of the score). A text layer's row always prints its number."""
    if not any(w.conf >= 0 for w in lines[index].words):
        return None
    area = _row_area(lines, index, label, framework, settings)[0]
    if area is None and len(lines[index].words) > 1:
        area = match_area(label.rsplit(" ", 1)[0], framework, threshold=settings.area_min_similarity)
    return area


def _read_block(lines: list[Line], start: int, framework: Framework, log: IssueLog,
                settings: LayoutSettings) -> SummaryTable | None:
    rows: dict[int, tuple[list[tuple[float, float]], Line]] = {}
    unread: dict[int, int] = {}  # area -> index of its row, there with its score unreadable
    first = None  # index of the first row used (the header's years are above it)
    total = None
    expected = 1
    wrapped = []
    reach = math.ceil(settings.summary_lines_per_area * len(framework.areas))
    for index in range(start, min(len(lines), start + reach)):
        label, numbers = _trailing_numbers(lines[index], settings)
        if not numbers:
            # A wrapped label's second line, the chart's labels, or a row whose score OCR lost.
            if expected not in unread and _unread_row(lines, index, label, framework, settings) == expected:
                unread[expected] = index
                first = index if first is None else first
            continue
        if len(rows) + len(unread) == len(framework.areas) and (
                framework.language.is_total_label(label, misread=lines[index].ocr) or not fold(label)):
            total = (numbers, lines[index])
            break
        area, wraps = _row_area(lines, index, label, framework, settings)
        if area != expected and expected in unread and area == expected + 1:
            expected += 1  # the row before had its score lost: this one is the next area's
        if area != expected:
            return None
        unread.pop(area, None)  # its number on a line of its own below a wrapped label
        rows[area] = (numbers, lines[index])
        first = index if first is None else first
        if wraps:
            wrapped.append(area)
        expected += 1
    if len(rows) + len(unread) != len(framework.areas) or not rows:
        return None
    for area, index in unread.items():
        log.warning("summary_score_unread",
                    f"summary table: the row of area {area} ('{lines[index].text}') ends in no readable score; "
                    "the area's score is taken from its other printings", page=lines[index].page, area=area)
    first = start if first is None else first
    years = _header_years(lines, first, settings)
    page = lines[first].page
    table = SummaryTable(page=page, scores={}, total=None, wrapped_rows=wrapped, years=[y for y, _ in years],
                         total_labelled=total is not None and bool(fold(_trailing_numbers(total[1], settings)[0])))
    for index in unread.values():
        table.words += lines[index].words
    for area, (numbers, row) in [*rows.items(), *([(None, total)] if total else [])]:
        value, _ = numbers[-1]
        row_page = row.page
        table.words += row.words
        if area is None:
            table.total = Located(value, row_page, row.words)
        else:
            table.scores[area] = Located(value, row_page, row.words)
        columns = [x for _, x in numbers]
        this_year = _column_year(columns[-1], columns, years)
        for prev_value, x in numbers[:-1]:
            year = _column_year(x, columns, years)
            if year is None or (this_year is not None and year >= this_year):
                table.undated.append((area, prev_value, row_page))  # see date_earlier_scores
                continue
            table.previous.append((year, area, prev_value, row_page))
    table.rows = [*sorted([*rows, *unread]), *([None] if total else [])]
    _warn_previous_lost(table, log)
    if table.total is None:
        log.error("summary_total_missing", f"summary table: no total row (TOTALT/Sum) after the {len(rows)} area rows",
                  page=page)
    return table


def date_earlier_scores(table: SummaryTable, table_years: set[int], log: IssueLog) -> None:
    """Publishes an OCR'd summary's earlier scores whose column heading went unread ("20201") under
    the one earlier year the score tables' headers print (`table_years`: the years most of them
    print, `questions.printed_years`), with a warning; the scores are read, only their year is
    borrowed. Where the tables print no single earlier year, or a row has two undated scores,
    each undated score is left out with a warning. A text layer's header prints what it prints."""
    if not table.undated:
        return
    # The current year's heading may be the one unread: the tables print it too.
    this_year = max([*table.years, *table_years], default=None)
    dated = {year for year, *_ in table.previous}
    earlier = sorted(y for y in table_years if this_year is not None and y < this_year and y not in dated)
    per_row = [area for area, *_ in table.undated]
    if table.ocr and len(earlier) == 1 and len(per_row) == len(set(per_row)):
        year = earlier[0]
        table.previous += [(year, area, value, page) for area, value, page in table.undated]
        log.warning("previous_year_from_tables",
                    f"summary table: the heading of its earlier scores' column was not read; the score "
                    f"tables' headers print {year} as the one earlier year, so they are published under it",
                    page=table.page, field="previous_results")
        log.parsed("previous_results", "year_from_score_tables", page=table.page,
                   pages=tuple(sorted({page for *_, page in table.undated})),
                   detail=f"{len(table.undated)} earlier scores of {year}, the earlier year the score tables print")
        _warn_previous_lost(table, log, only=year)
    else:
        for area, value, page in table.undated:
            # Named as the earlier results' value, which goes unpublished: the row's area is in the message.
            log.warning("previous_year_unknown",
                        f"summary table: an earlier score ({value}) of "
                        + (f"area {area}" if area is not None else "the total")
                        + " has no year in the column header, so the earlier results lack it",
                        page=page, field="previous_results")
    table.undated = []


def _warn_previous_lost(table: SummaryTable, log: IssueLog, only: int | None = None) -> None:
    """A warning for each row of an OCR'd summary (an area's, or the total's: None) that lacks an
    earlier year's score the other rows give: OCR lost it (heavy toner: "Verksamhetsutveckling
    11 25" read without its 11; an archive scan's total row without its 511), and the earlier
    results are published without it. A text layer's empty cell is print."""
    if not table.ocr:
        return
    for year in sorted({year for year, *_ in table.previous if only in (None, year)}):
        given = {area for y, area, *_ in table.previous if y == year}
        for area in table.rows:
            if area not in given:
                row = "the total row" if area is None else f"the row of area {area}"
                log.warning("summary_previous_missing",
                            f"summary table: {row} gives no earlier score of {year}, which the "
                            "other rows give: OCR lost it, or it is not printed", page=table.page,
                            field="previous_results")


_QUESTION_ROW = re.compile(r"^\d+[.,:]\d")  # "1.1 Finns en plan …": a score table's row, not a summary row


def _blocks(lines: list[Line], framework: Framework, log: IssueLog, settings: LayoutSettings, start: int = 0):
    """(index of the first row, table) for each block of lines from `start` on that reads as the summary table."""
    for index in range(start, len(lines)):
        label, numbers = _trailing_numbers(lines[index], settings)
        if _QUESTION_ROW.match(label):
            continue
        if (_row_area(lines, index, label, framework, settings)[0] if numbers
                else _unread_row(lines, index, label, framework, settings)) == 1:
            table = _read_block(lines, index, framework, log, settings)
            if table is not None:
                yield index, table


def find_summary_table(lines: list[Line], framework: Framework, log: IssueLog,
                       settings: LayoutSettings | None = None) -> SummaryTable | None:
    """The first block of lines that reads as the summary table, or None (with an error logged).
    A second such table is an error: one file holds one report. Its parsing report (and that of
    the earlier results it prints) goes to `log`. `settings`: the framework's unless given."""
    settings = settings or framework.layout
    for index, table in _blocks(lines, framework, log, settings):
        _report_summary(table, log)
        for _, second in _blocks(lines, framework, IssueLog(), settings, index + len(framework.areas)):
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
    log.parsed("summary", "none", detail=f"no block of {len(framework.areas)} area rows in order and a total row")
    return None


def _report_summary(table: SummaryTable, log: IssueLog) -> None:
    """The parsing report of the summary table and of the earlier results it prints."""
    fallbacks = ["label_wrapped"] if table.wrapped_rows else []
    fallbacks.append("total_row_labelled" if table.total_labelled else "total_row_unlabelled")
    if table.total is None:
        fallbacks[-1] = "no_total_row"
    pages = tuple(sorted({w.page for w in table.words}))
    wrapped = f"; labels wrapped: areas {', '.join(map(str, table.wrapped_rows))}" if table.wrapped_rows else ""
    log.parsed("summary", "area_rows_in_order", page=table.page, pages=pages, fallbacks=tuple(fallbacks),
               detail=f"{len(table.scores)} area rows; year columns {table.years or 'not printed'}{wrapped}")
    if table.previous:
        years = sorted({year for year, *_ in table.previous})
        log.parsed("previous_results", "year_columns", page=table.page,
                   pages=tuple(sorted({page for *_, page in table.previous})),
                   detail=f"{len(table.previous)} earlier scores of {', '.join(map(str, years))}, each by the "
                   "nearest year heading above its column")
