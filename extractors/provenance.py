"""What was read from where: every value of a record with the printed words it came from, and
the regions, columns and rows the readers used to find them.

`parse_document` collects these entries beside the parsing report (`ReportExtraction.provenance`);
they are not part of the record. `kompass debug` draws them (debug_draw.py), and tests use them
to check that a value was read from where it is printed.

Each reader already keeps the words of what it read (`Located.words`, `Question.words` and
`text_words`, `Item.words`, the summary table's rows, the cover's lines); here they are named by
the value they gave, in the same words the issues use ("area 3 strength 4", "q 3.2 score").
A number cell's words are the row's words that stand in that cell's column
(`cells.column_bounds`, the column the reader assigned them to). A value whose words the
readers do not keep (section 2's evaluation period and ordinal: a sentence read page by page)
has an entry with its page and no words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from extractors.areas import AreaSection
from extractors.cells import column_bounds
from extractors.cover import Cover
from extractors.model import Located, Parsed, Word
from extractors.questions import Columns, Question, ScoreTable
from extractors.summary import SummaryTable
from extractors.text import cell_text, is_bullet, is_year, parse_number, parse_percent

# value: a value of the record and the words it was read from; region: what a reader looked in
# (a summary table, an area's box, a findings table or list, a score table); column: a score
# table's number column (its x-range, down the table's rows on the page); row: a score table
# row's top (a line across the table).
Kind = Literal["value", "region", "column", "row"]
Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points


@dataclass(frozen=True, slots=True)
class Provenance:
    """One thing a reader read or used, and where: `words` (a value's printed words, a region's
    words) and, for what no word marks (a column, a row's top), `box` on `page`."""

    field: str  # "q 3.2 score", "area 3 box", "area 3 strength 4", "summary table (area_rows_in_order)"
    page: int | None
    words: tuple[Word, ...] = ()
    kind: Kind = "value"
    box: Box | None = None
    value: str = ""  # a number's value as read ("7", "45.5"); empty for text, regions, columns and rows

    def pages(self) -> set[int]:
        return {w.page for w in self.words} | ({self.page} if self.page is not None and self.box else set())

    def bbox(self, page: int) -> Box | None:
        """Its extent on `page`: the box round its words there, or its own box; None when not there."""
        if self.box is not None and self.page == page:
            return self.box
        return _bbox(w for w in self.words if w.page == page)


def _bbox(words: Iterable[Word]) -> Box | None:
    words = list(words)
    if not words:
        return None
    return (min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words), max(w.bottom for w in words))


def _strategy(parsing: Sequence[Parsed], reader: str, area: int | None = None) -> str:
    return next((p.strategy for p in parsing if p.reader == reader and p.area == area), "?")


def _centre(word: Word) -> float:
    return (word.x0 + word.x1) / 2


def cell_words(words: Iterable[Word], text_words: Iterable[Word], columns: Columns | None) -> dict[str, tuple[Word, ...]]:
    """A row's number words by the column they stand in (score, max, percent): the words right
    of the text that are no text, each in the column nearest its centre as the reader assigned
    them (a percent sign makes a percent)."""
    if columns is None:
        return {}
    text = set(text_words)
    found: dict[str, list[Word]] = {}
    for word in words:
        if word in text or _centre(word) <= columns.text_right:
            continue
        kind = "percent" if "%" in word.text and columns.percent is not None else columns.classify(_centre(word))
        if kind != "other":
            found.setdefault(kind, []).append(word)
    return {kind: tuple(ws) for kind, ws in found.items()}


def _id_words(question: Question) -> tuple[Word, ...]:
    """The printed question id: the words of its first line left of its text that are no bullet."""
    if question.id_inferred or question.columns is None:
        return ()
    text = set(question.text_words)
    start = min((w.x0 for w in question.text_words if w.page == question.page), default=question.columns.text_right)
    return tuple(w for w in question.words if w.page == question.page and w not in text and w.x1 <= start
                 and not is_bullet(w.text) and _centre(w) < question.columns.text_right)


def _trailing_numbers(words: Sequence[Word]) -> tuple[Word, ...]:
    """The numbers that end a summary row (its scores, this year's last), past OCR's junk between them."""
    found: list[Word] = []
    for word in reversed(words):
        if parse_number(cell_text(word.text)) is not None:
            found.insert(0, word)
        elif any(ch.isalnum() for ch in word.text):
            break
    return tuple(found)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _cover(cover: Cover) -> list[Provenance]:
    year = tuple(w for w in cover.name_words if cover.year is not None and is_year(w.text) and int(w.text) == cover.year)
    name = tuple(w for w in cover.name_words if w not in year)
    out = []
    if cover.municipality_raw and name:
        out.append(Provenance("municipality", cover.page, name))
    if year:
        out.append(Provenance("year", cover.page, year, value=_number(cover.year)))
    if cover.evaluator_words:
        out.append(Provenance("evaluators", cover.page, cover.evaluator_words))
    return out


def _summary(summary: SummaryTable, parsing: Sequence[Parsed]) -> list[Provenance]:
    strategy = _strategy(parsing, "summary")
    out = [Provenance(f"summary table ({strategy})", page, tuple(w for w in summary.words if w.page == page), "region")
           for page in sorted({w.page for w in summary.words})]
    rows: list[tuple[int | None, Located]] = [*summary.scores.items(), *([(None, summary.total)] if summary.total else [])]
    for area, located in rows:
        numbers = _trailing_numbers(located.words)
        out.append(Provenance(f"summary area {area}" if area is not None else "summary total", located.page,
                              numbers[-1:], value=_number(located.value)))
        earlier = list(numbers[:-1])  # earlier evaluations' scores stand before this year's, in order
        for year, prev_area, value, page in summary.previous:
            if prev_area != area:
                continue
            word = next((w for w in earlier if parse_number(cell_text(w.text)) == value), None)
            if word is not None:
                earlier.remove(word)
            where = f"area {area}" if area is not None else "total"
            out.append(Provenance(f"previous {year} {where}", page, (word,) if word else (), value=_number(value)))
    return out


def _section(section: AreaSection, parsing: Sequence[Parsed]) -> list[Provenance]:
    area = section.number
    out = [Provenance(f"area {area} heading", section.page, section.heading_words)]
    box_words = tuple(w for item in section.subheadings for w in item.words)
    if section.box_score is not None:
        out.append(Provenance(f"area {area} box", section.box_score.page, section.box_score.words,
                              value=_number(section.box_score.value)))
        box_words += section.box_score.words
    for page in sorted({w.page for w in box_words}):
        out.append(Provenance(f"area {area} box ({_strategy(parsing, 'box', area)})", page,
                              tuple(w for w in box_words if w.page == page), "region"))
    for key, name in (("subheadings", "subheading"), ("strengths", "strength"), ("improvements", "improvement")):
        for index, item in enumerate(getattr(section, key)):
            out.append(Provenance(f"area {area} {name} {index + 1}", item.page, item.words))
    if section.findings_header_words:
        out.append(Provenance(f"area {area} findings header", section.findings_header_words[0].page,
                              section.findings_header_words))
    findings = _strategy(parsing, "findings", area)
    for key, name in (("strengths", "strengths"), ("improvements", "improvements")):
        words = tuple(w for item in getattr(section, key) for w in item.words)
        for page in sorted({w.page for w in words}):
            out.append(Provenance(f"area {area} {name} ({findings})", page,
                                  tuple(w for w in words if w.page == page), "region"))
    return out


def _table(table: ScoreTable, parsing: Sequence[Parsed]) -> list[Provenance]:
    area = table.area
    out = [Provenance(f"area {area} table header", table.page, tuple(table.header_words))] if table.header_words else []
    for q in table.questions:
        out.append(Provenance(f"q {q.id} id", q.page, _id_words(q)))
        out.append(Provenance(f"q {q.id} text", q.page, tuple(q.text_words)))
        cells = cell_words(q.words, q.text_words, q.columns)
        for column in ("score", "max", "percent"):
            if getattr(q, column) is not None:
                out.append(Provenance(f"q {q.id} {column}", q.page, cells.get(column, ()),
                                      value=_number(getattr(q, column))))
    total = table.total
    if total is not None:
        cells = cell_words(total.words, (), table.total_columns)
        out.append(Provenance(f"area {area} total score", total.page, cells.get("score", ()), value=_number(total.value)))
        if table.total_max is not None:
            out.append(Provenance(f"area {area} total max", total.page, cells.get("max", ()),
                                  value=_number(table.total_max)))
        if "percent" in cells:
            printed = parse_percent(cell_text(cells["percent"][0].text)) or parse_number(cell_text(cells["percent"][0].text))
            out.append(Provenance(f"area {area} total percent", total.page, cells["percent"], value=_number(printed)))
    out += _table_geometry(table, _strategy(parsing, "score_table", area))
    return out


def _table_geometry(table: ScoreTable, strategy: str) -> list[Provenance]:
    """Per page: the table's region, its number columns' x-ranges down its rows, and each row's top."""
    rows: list[tuple[str, int, float, Columns | None]] = [(f"q {q.id}", q.page, q.top, q.columns) for q in table.questions]
    if table.total is not None and table.total.page is not None:
        rows.append((f"area {table.area} total", table.total.page, table.total_top, table.total_columns))
    words = [*table.header_words, *(w for q in table.questions for w in q.words),
             *(table.total.words if table.total else ())]
    out = []
    for page in sorted({w.page for w in words}):
        on_page = [w for w in words if w.page == page]
        region = _bbox(on_page)
        assert region is not None
        out.append(Provenance(f"area {table.area} score table ({strategy})", page, tuple(on_page), "region"))
        seen: list[Columns] = []
        for _, row_page, _, columns in rows:
            if row_page == page and columns is not None and columns not in seen:
                seen.append(columns)
        for columns in seen:
            # From the header's top on this page (or the first row's), down to the table's last word.
            top = min([top for _, p, top, c in rows if p == page and c == columns]
                      + [w.top for w in table.header_words if w.page == page], default=region[1])
            for name, (x0, x1) in column_bounds(columns).items():
                out.append(Provenance(f"area {table.area} {name} column", page, (), "column",
                                      (x0, top, x1, region[3])))
        for name, row_page, top, _ in rows:
            if row_page == page:
                out.append(Provenance(f"{name} row", page, (), "row", (region[0], top, region[2], top)))
    return out


def collect(cover: Cover, summary: SummaryTable | None, sections: dict[int, AreaSection],
            tables: dict[int, ScoreTable], parsing: Sequence[Parsed]) -> list[Provenance]:
    """Every value's words and every region, column and row the readers used, in reading order."""
    out = _cover(cover)
    for entry in parsing:
        if entry.reader in ("evaluation_period", "evaluation_number") and entry.page is not None:
            out.append(Provenance(entry.reader.replace("_", " "), entry.page))
    if summary is not None:
        out += _summary(summary, parsing)
    for number in sorted(sections):
        out += _section(sections[number], parsing)
    for number in sorted(tables):
        out += _table(tables[number], parsing)
    return out


def on_page(entries: Iterable[Provenance], page: int) -> list[Provenance]:
    """The entries that stand on `page` (a value split over a page break stands on both)."""
    return [e for e in entries if page in e.pages() or (e.page == page and not e.words and e.box is None)]
