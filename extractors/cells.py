"""Score cells of scanned tables read a second time, one by one, and the report's sums choosing
between the readings.

Tesseract reading a whole page drops lone digits in table cells and reads a
percent sign as digits ("43%" as "4390"). Each number cell of a score table on
an OCR'd page is therefore read again on its own, with digits only
(`scanned_pages.read_cells`), which gives every cell up to two readings. Where
they differ, the report's redundancy decides: a percent is the unrounded score
over the max, a score is at most its max, the questions' maxima add up to the
area's max and their scores explain the area's score. A reading is chosen only
when it is the one the sums allow; the choice keeps an info issue saying so,
and a cell the sums cannot settle keeps a warning. A word the page read in a
number column as letters shaped as digits ("IS" for a bold serif "15") is a
third reading, in the digits it resembles (`DIGIT_LOOKALIKES`), chosen the same
way. Where no reading of a row fits it, the digits OCR misreads in such cells
(`DIGIT_MISREADINGS`: a faded "70" read as "10", "11" as "1") give readings too,
chosen only where the area's sums settle them, and said so. Nothing else is
repaired: every value published is one of the readings of its own cell.

Pure: the geometry comes from the parsed tables, the readings from the caller.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from extractors.model import IssueLog, Located
from extractors.questions import Columns, Question, ScoreTable, percent_prefixes
from extractors.settings import DEFAULTS, LayoutSettings
from extractors.text import CELL_NUMBER
from schemas.rounding import HALF, sum_explains, unrounded_interval

NUMBER_COLUMNS = ("score", "max", "percent")
BOX, TOTAL = "box", "total"  # the rows of an area's box score and of its score table's total
MAX_ASSIGNMENTS = 4096  # combinations of readings tried across an area's undecided questions
# Letters a scan's digits are read as ("IS" for a bold serif "15", "i5" for a light toner's thin
# "15"), with the digit each resembles.
DIGIT_LOOKALIKES = str.maketrans({"I": "1", "l": "1", "|": "1", "i": "1", "!": "1", "T": "7", "S": "5", "O": "0",
                                  "o": "0", "D": "0", "B": "8", "Z": "2", "z": "2", "G": "6", "b": "6", "g": "9",
                                  "q": "9"})
# Digits as printed and as OCR misreads them in a scan's score cells, where no reading fits the row:
# faded print's "7" read as "1" ("70 %" as "10 %", thrice on one table), a fax's "11" read as one "1".
DIGIT_MISREADINGS = (("7", "1"), ("1", "7"), ("11", "1"))


@dataclass(frozen=True, slots=True)
class Cell:
    """One number cell of a question row: its row (the question's id) and column, and where it
    stands on its page (points, on the page as OCR read it: straightened)."""

    page: int
    area: int
    row: str
    column: str
    box: tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class CellReading:
    """A cell read on its own: Tesseract's text (digits, separators and '%') and confidence."""

    text: str
    conf: float

    def value(self, column: str) -> float | None:
        """The number the cell holds, or None when the reading is none (empty, two numbers,
        a percent sign in a score's column)."""
        m = CELL_NUMBER.match(self.text.strip())  # "7 15": two numbers (the crop took the next cell's)
        if m is None or (m.group("percent") and column != "percent"):
            return None
        number = m.group("number")
        if len(number) > 1 and number[0] == "0" and number[1].isdigit():
            return None  # "020": "0 %" with its sign read as digits (see questions.percent_prefixes)
        value = float(number.replace(",", "."))
        return None if column == "percent" and value > 100 else value


def column_bounds(columns: Columns) -> dict[str, tuple[float, float]]:
    """x-range of each number column: from the text's right edge, split halfway between centres."""
    centres = sorted([(columns.score, "score"), (columns.max, "max")]
                     + ([(columns.percent, "percent")] if columns.percent is not None else [])
                     + [(x, "other") for x in columns.others])
    edges = [columns.text_right] + [(a + b) / 2 for (a, _), (b, _) in itertools.pairwise(centres)]
    edges.append(centres[-1][0] + (centres[-1][0] - edges[-1]))
    return {name: (edges[i], edges[i + 1]) for i, (_, name) in enumerate(centres) if name != "other"}


def _row_cells(page: int, area: int, row: str, columns: Columns | None, top: float, bottom: float,
               settings: LayoutSettings) -> list[Cell]:
    if columns is None:
        return []
    return [Cell(page, area, row, name, (x0, top - settings.cell_row_margin, x1, bottom))
            for name, (x0, x1) in column_bounds(columns).items()]


def _last_bottom(words, page: int, top: float, settings: LayoutSettings) -> float:
    bottoms = [w.bottom for w in words if w.page == page and w.top >= top - settings.cell_row_margin]
    return max(bottoms, default=top + settings.cell_default_row_height) + settings.cell_row_margin


def number_cells(tables: Mapping[int, ScoreTable], boxes: Mapping[int, Located | None], pages: set[int],
                 settings: LayoutSettings = DEFAULTS) -> list[Cell]:
    """The number cells of every question row on the given (OCR'd) pages, with the score of each
    total row and area box (`boxes`: area -> the box's score as the page read it). A row's cells
    reach down to the next row (or the total row) on its page, since a number may sit anywhere in
    a tall row."""
    cells = [cell for area, box in boxes.items() if box is not None and box.page in pages
             for cell in [_box_cell(area, box, settings)] if cell is not None]
    for table in tables.values():
        rows: list[tuple[str, int | None, Columns | None, float, list]] = [
            (q.id, q.page, q.columns, q.top, q.words) for q in table.questions]
        if table.total is not None:
            rows.append((TOTAL, table.total.page, table.total_columns, table.total_top, list(table.total.words)))
        for (row, page, columns, top, words), following in itertools.zip_longest(rows, rows[1:]):
            if page not in pages:
                continue
            below = following is not None and following[1] == page and following[3] > top
            bottom = following[3] - settings.cell_row_margin / 2 if below else _last_bottom(words, page, top, settings)
            # Of a total row only the area's score is read again: it is one of the area's three readings.
            cells += [c for c in _row_cells(page, table.area, row, columns, top, bottom, settings)
                      if row != TOTAL or c.column == "score"]
    return cells


def _box_cell(area: int, box: Located, settings: LayoutSettings) -> Cell | None:
    """Where an area box's score stands. The page's reading may hold only some of its large digits
    ("48" read as "4"), so the cell reaches a digit's width and more either side of them; the box's
    sub-headings keep further off (`box_score_gap`)."""
    if not box.words:
        return None
    x0, top = min(w.x0 for w in box.words), min(w.top for w in box.words)
    x1, bottom = max(w.x1 for w in box.words), max(w.bottom for w in box.words)
    reach, margin = settings.box_cell_reach * (bottom - top), settings.box_cell_margin * (bottom - top)
    return Cell(box.page or 0, area, BOX, "score", (x0 - reach, top - margin, x1 + reach, bottom + margin))


def settle_area_readings(places: Mapping[int, Mapping[str, Located | None]], readings: Mapping[Key, CellReading],
                         area_max: Mapping[int, float], log: IssueLog) -> dict[int, dict[str, Located | None]]:
    """Each area's box score and score table total (`places`: area -> {"box"|"total"|"summary":
    the page's reading}) with the cell read alone chosen where it, and not the page's reading,
    agrees with another of the area's printed readings; an info issue says so. A reading that no
    other can confirm keeps the page's value, and a warning when the cell alone read otherwise.
    Nothing is made up: every value is one of its own cell's readings."""
    settled: dict[int, dict[str, Located | None]] = {}
    for area, found in places.items():
        settled[area] = dict(found)
        for place in (BOX, TOTAL):
            located, reading = found.get(place), readings.get((area, place, "score"))
            if located is None or reading is None:
                continue
            alone = reading.value("score")
            page_value = float(located.value)
            if alone is None or alone == page_value or not 0 <= alone <= area_max[area]:
                continue
            others = {float(o.value) for name, o in found.items() if name != place and o is not None}
            what = "box score" if place == BOX else "score table total"
            read_as = f"the page read {page_value:g}; the cell alone '{reading.text}'"
            if alone in others and page_value not in others:
                settled[area][place] = Located(int(alone) if alone.is_integer() else alone, located.page, located.words)
                log.info("ocr_cell_reread", f"area {area}: {what} {alone:g} ({read_as}): the reading another "
                         "printed reading of the area's score confirms", page=located.page, area=area)
            elif not others:
                log.warning("ocr_cell_uncertain", f"area {area}: its {what} reads as {page_value:g} and as "
                            f"{alone:g} ({read_as}); no other printed reading of the area's score tells which "
                            "is printed", page=located.page, area=area)
    return settled


Key = tuple[int, str, str]  # area, row, column
Triple = tuple[float | None, float | None, float | None]  # score, max, percent


def _fits(triple: Triple) -> bool:
    """Whether a row's score, max and percent can all be as read: the percent is the unrounded
    score over the max, and a score lies within 0..max."""
    score, maximum, percent = triple
    if score is None or maximum is None or not 0 < maximum <= 100 or not 0 <= score <= maximum:
        return False
    if percent is None:
        return True  # neither reading found one: nothing to check against
    return unrounded_interval(score, maximum, percent) != (None, None)


def _candidates(*readings: float | None) -> list[float | None]:
    values = [v for v in readings if v is not None]
    return list(dict.fromkeys(values)) or [None]


def _misread_values(values: list[float | None]) -> list[float | None]:
    """The values the print may hold where OCR read `values` (`DIGIT_MISREADINGS` undone once)."""
    found: list[float | None] = []
    for value in values:
        if value is None or not float(value).is_integer():
            continue
        text = str(int(value))
        for printed, read in DIGIT_MISREADINGS:
            start = text.find(read)
            while start >= 0:
                found.append(float(text[:start] + printed + text[start + len(read):]))
                start = text.find(read, start + 1)
    return [v for v in dict.fromkeys(found) if v not in values]


def _misread_fitting(options: list[list[float | None]]) -> list[Triple]:
    """The rows a misreading of one cell's digits (`_misread_values`) makes fit, where no reading did."""
    fitting: list[Triple] = []
    for column, values in enumerate(options):
        for misread in _misread_values(values):
            score, maximum, percent = [[misread] if i == column else other for i, other in enumerate(options)]
            fitting += [c for c in itertools.product(score, maximum, percent) if _fits(c)]
    return list(dict.fromkeys(fitting))


def _lookalike_cells(q: Question) -> dict[str, tuple[float, str]]:
    """Column -> (value, the word as read) for the row's number-column words that are no number
    but letters shaped as digits ("IS": 15), in the column their place on the row gives."""
    found: dict[str, tuple[float, str]] = {}
    for word in q.unread:
        digits = word.text.strip(".,:;").translate(DIGIT_LOOKALIKES)
        if q.columns is None or not digits.isdigit() or not CELL_NUMBER.match(digits) or digits == word.text:
            continue
        column = q.columns.classify((word.x0 + word.x1) / 2)
        if column in NUMBER_COLUMNS:
            found.setdefault(column, (float(digits), word.text))
    return found


@dataclass(slots=True)
class _Row:
    question: Question
    first: Triple  # the page's reading
    fitting: list[Triple]  # the combinations of readings that fit the row
    lookalikes: Mapping[str, tuple[float, str]]  # column -> (value, word): letters read where digits stand


def _fmt(v: float | None) -> str:
    return "nothing" if v is None else f"{v:g}"


def _describe(first: Triple, chosen: Triple, readings: Mapping[Key, CellReading], key: tuple[int, str],
              lookalikes: Mapping[str, tuple[float, str]]) -> str:
    parts = []
    for name, was, now in zip(NUMBER_COLUMNS, first, chosen):
        if was != now:
            alone = readings.get((*key, name))
            shaped = lookalikes.get(name)
            page = (f"'{shaped[1]}', letters shaped as {_fmt(shaped[0])}" if shaped and shaped[0] == now
                    else _fmt(was))
            parts.append(f"{name} {_fmt(now)} (the page read {page}; the cell alone '{alone.text if alone else ''}')")
    return ", ".join(parts)


def _apply(q: Question, triple: Triple) -> None:
    q.score, q.max, q.percent = triple


def _first(q: Question) -> Triple:
    return q.score, q.max, q.percent


def _scored(t: Triple) -> tuple[float, float, float | None]:
    """A row whose score and max were read: a decided row, or a reading that fits (`_fits`)."""
    score, maximum, percent = t
    assert score is not None and maximum is not None
    return score, maximum, percent


def resolve(tables: Mapping[int, ScoreTable], readings: Mapping[Key, CellReading],
            area_scores: Mapping[int, Located | None], area_max: float, log: IssueLog) -> None:
    """Chooses each question's score, max and percent among the page's reading and the cell's own,
    by what the row and then the area's sums allow; see the module's docstring."""
    for area, table in tables.items():
        undecided: list[_Row] = []
        misread: list[_Row] = []  # rows no reading fits, but a misreading of a digit does
        for q in table.questions:
            key = (area, q.id)
            first = _first(q)
            alone = tuple(readings[(*key, c)].value(c) if (*key, c) in readings else None for c in NUMBER_COLUMNS)
            lookalikes = _lookalike_cells(q)
            shaped = tuple(lookalikes[c][0] if c in lookalikes else None for c in NUMBER_COLUMNS)
            options = [_candidates(a, b, c) for a, b, c in zip(first, alone, shaped)]
            if alone[2] is None and (*key, "percent") in readings:
                # "5390": the cell too read the percent sign as digits; the row's score and max
                # pick the leading digits that are the percent, as for the page's reading.
                prefixes = percent_prefixes(readings[(*key, "percent")].text)
                kept: list[float | None] = [v for v in dict.fromkeys([*options[2], *prefixes]) if v is not None]
                options[2] = kept or [None]
            combos = list(itertools.product(options[0], options[1], options[2]))  # Triples
            if not any(_fits(c) for c in combos) and (guessed := _misread_fitting(options)):
                misread.append(_Row(q, first, guessed, lookalikes))
            if len(combos) == 1 and not lookalikes:
                if not q.unread:
                    # The two readings agree, or only one was made. Where the page read nothing and
                    # the cell alone a number, that number is said: a light-toner "3" broken in two
                    # read alone as "2", which its row's rounding and the area's sum allowed.
                    _choose(q, first, combos[0], readings, key, "the only number read (the page read none there)",
                            log, lookalikes)
                    continue
                # The cell's is the only number read where the page read something that is none: it
                # replaces that reading, and an info says so. The page's "Ag" for a "5" left the
                # cell's misread "6" the only reading, which the area's rounded sum allowed.
                junk = ", ".join(repr(w.text) for w in q.unread)
                _choose(q, first, combos[0], readings, key, f"the only number read ({junk} on the page is none)", log,
                        lookalikes)
                continue
            if q.percent_misread is not None and alone[2] is not None and alone[2] == q.percent:
                q.percent_misread = None  # the cell alone reads what the recovery made of "4390"
            fitting = [c for c in combos if _fits(c)]
            if len(fitting) == 1:
                _choose(q, first, fitting[0], readings, key, "the only reading its row's numbers allow", log,
                        lookalikes)
            elif fitting:
                undecided.append(_Row(q, first, fitting, lookalikes))
            else:
                # No reading fits: the page's stands where it read something; the checks flag the row.
                score, maximum, percent = (f if f is not None else a for f, a in zip(first, alone))
                _apply(q, (score, maximum, percent))
        if undecided or misread:
            _resolve_area(table, undecided, misread, readings, area_scores.get(area), area_max, log)
        for q in table.questions:
            complete = None not in (q.score, q.max) and (q.percent is not None or not table.percent_column)
            if q.unread and complete and _fits(_first(q)):
                q.unread = []  # OCR's junk in the number columns: the cells read as numbers that fit


def _choose(q: Question, first: Triple, chosen: Triple, readings, key, why: str, log: IssueLog,
            lookalikes: Mapping[str, tuple[float, str]]) -> None:
    _apply(q, chosen)
    # Chosen over the page's reading: a number, letters shaped as digits, or junk where the row's
    # numbers stand ("N NN NR" on faded print, the cell's "21" for a printed "27" fitting its row).
    if chosen != first and (any(f is not None for f in first) or lookalikes or q.unread):
        log.info("ocr_cell_reread",
                 f"question {q.id}: {_describe(first, chosen, readings, key, lookalikes)}: {why}",
                 page=q.page, area=key[0], question_id=q.id)


def _explains(score: float, rows: list[tuple[float, float, float | None]]) -> bool:
    """Whether questions' (score, max, percent) add up to an area's score, within their rounding."""
    intervals = [unrounded_interval(s, m, p) for s, m, p in rows]
    lows = [lo if lo is not None else s - HALF for (lo, _), (s, _, _) in zip(intervals, rows)]
    highs = [hi if hi is not None else s + HALF for (_, hi), (s, _, _) in zip(intervals, rows)]
    return sum_explains(score, lows, highs)


def reading_the_sums_explain(readings: list[Located | None], questions: list[Question]) -> Located | None:
    """Of an area's printed readings of its score (summary, table total, box) that disagree, the one
    its questions' scores add up to, when exactly one does: OCR read a summary's "72" as "2" and the
    box's alike, and the table's total and questions said 72. None when the readings agree, a
    question lacks its score or max, or the sums allow none or more than one."""
    present = [r for r in readings if r is not None]
    values = sorted({float(r.value) for r in present})
    if len(values) < 2 or not questions or any(q.score is None or q.max is None for q in questions):
        return None
    rows = [(float(q.score), float(q.max), q.percent) for q in questions]  # type: ignore[arg-type]
    explained = [v for v in values if _explains(v, rows)]
    return next(r for r in present if float(r.value) == explained[0]) if len(explained) == 1 else None


def _resolve_area(table: ScoreTable, undecided: list[_Row], misread: list[_Row], readings, score: Located | None,
                  area_max: float, log: IssueLog) -> None:
    """Rows with more than one fitting reading: the assignment the area's sums allow, when only one
    does. Rows no reading fits (`misread`: their fitting values a misread digit's) take one only so;
    else they keep what was read, and the checks flag them."""
    open_rows = [*undecided, *misread]
    pending = {id(r.question) for r in open_rows}
    decided = [q for q in table.questions if id(q) not in pending]
    total = 1
    for r in open_rows:
        total *= len(r.fitting)
    satisfying = []
    if total <= MAX_ASSIGNMENTS and all(None not in (q.score, q.max) for q in decided):
        for assignment in itertools.product(*(r.fitting for r in open_rows)):
            rows = [_scored(t) for t in (*map(_first, decided), *assignment)]
            if abs(sum(m for _, m, _ in rows) - area_max) > 1e-6:
                continue
            if score is not None and not _explains(float(score.value), rows):
                continue
            satisfying.append(assignment)
    for i, row in enumerate(undecided):
        key = (table.area, row.question.id)
        values = {a[i] for a in satisfying}
        if len(values) == 1:
            _choose(row.question, row.first, values.pop(), readings, key,
                    "the only reading with which the area's questions add up to its score and max", log,
                    row.lookalikes)
            continue
        # Undecided: the page's reading stands, flagged with the other.
        kept = row.first if row.first in row.fitting else row.fitting[0]
        _apply(row.question, kept)
        other = [c for c in row.fitting if c != kept]
        log.warning("ocr_cell_uncertain",
                    f"question {row.question.id}: its cells read as {_triple(kept)} and as "
                    + " or ".join(_triple(c) for c in other)
                    + "; the report's sums do not tell which is printed",
                    page=row.question.page, area=table.area, question_id=row.question.id)
    for i, row in enumerate(misread, len(undecided)):
        values = {a[i] for a in satisfying}
        if len(values) == 1 and score is not None:  # the maxima's sum alone says nothing of a score
            _choose(row.question, row.first, values.pop(), readings, (table.area, row.question.id),
                    "no reading fits its row; with one digit as OCR misreads it "
                    f"({', '.join(f'{printed!r} read as {read!r}' for printed, read in DIGIT_MISREADINGS)}), "
                    "the only one with which the area's questions add up to its score and max", log, row.lookalikes)


def _triple(t: Triple) -> str:
    score, maximum, percent = t
    return f"{_fmt(score)} of {_fmt(maximum)}" + (f" ({_fmt(percent)} %)" if percent is not None else "")

