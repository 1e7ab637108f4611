"""Section 4: per area, a table of questions (id, text, score, max, percent) and a total row.

Columns are told apart by x-position against the table's own header: the
score is the column just left of the max column (re-evaluations put earlier
years' columns before it), the percent column is right of it when present.
A question's text may wrap over several lines; tables break across pages and
may repeat their header there.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache

from extractors.frameworks import MIN_WRAPPED_HEADER, Framework, Language
from extractors.layout import Line
from extractors.matching import area_number_pattern, match_area, split_number_prefix, split_words_joined
from extractors.model import IssueLog, Located, Word
from extractors.settings import LayoutSettings
from extractors.text import (
    HyphenRules,
    Joined,
    cell_text,
    fold,
    is_typographic_bullet,
    is_year,
    join_text,
    parse_number,
    parse_percent,
    unaccented,
)
from schemas.rounding import unrounded_interval


@cache
def question_id(areas: int) -> re.Pattern[str]:
    """A printed question id of a framework with `areas` areas: "1.1"; OCR also gives "4,1" and "2:2"."""
    return re.compile(rf"^(?P<area>{area_number_pattern(areas)})[.,:](?P<q>\d{{1,2}})\.?$")


@dataclass(slots=True)
class Question:
    id: str
    text_lines: list[str]
    page: int
    score: float | None = None
    max: float | None = None
    percent: float | None = None
    # An earlier year's score (2010 framework's "2010 2012 Max"): not kept, but a row has one per
    # column, so a line that fills it again is the next row (its id lost).
    earlier: float | None = None
    id_inferred: bool = False  # the printed id was unreadable; the row's place gave it
    percent_misread: float | None = None  # "7390" in the percent column: "73 %" with its sign read as digits
    percent_recovered: bool = False  # `percent` is the one reading of `percent_misread` the score allows
    words: list[Word] = field(default_factory=list)  # every printed word of the row: id, text and cells
    text_words: list[Word] = field(default_factory=list)  # the words of its text alone
    unread: list[Word] = field(default_factory=list)  # words in its number columns that are no number
    columns: Columns | None = None  # the table's columns where the row stands (its cells' places)
    top: float = 0.0  # of the row's first line

    def joined(self, rules: HyphenRules) -> Joined:
        return join_text(self.text_lines, rules)


@dataclass(slots=True)
class ScoreTable:
    area: int
    page: int
    questions: list[Question] = field(default_factory=list)
    total: Located | None = None
    total_max: float | None = None  # as printed in the total row ("55 | 100 | 55%")
    header_words: list[Word] = field(default_factory=list)  # the header line(s), repeats after page breaks included
    percent_column: bool = False  # its rows print a percent: its header has a percent column, or most tables' do
    total_columns: Columns | None = None  # the columns where the total row stands
    total_top: float = 0.0
    headers: list[Columns] = field(default_factory=list)  # each header's columns, its repeats' too (parsing report)
    total_labelled: bool = False  # its total row carries a label ("Totalt", "Summa poäng")
    area_from_ids: bool = False  # its header named no area (OCR): its question ids did
    total_unread_page: int | None = None  # the page of its total row, found with its score unread


@dataclass(frozen=True, slots=True)
class Columns:
    """x-centres of the numeric columns; text lies left of `text_right`."""

    score: float
    max: float
    percent: float | None
    others: tuple[float, ...]  # earlier years' scores: read past, not kept
    text_right: float
    label_x: float  # where the header's label starts; question ids stand left of it
    # How they were found (parsing report): "header" (the header's own words), "max_by_position"
    # (its max word garbled: the word between score and percent), "borrowed" (another table's
    # columns, moved here), and the page of the header they were read from.
    found_by: str = field(default="header", compare=False)
    page: int | None = field(default=None, compare=False)
    score_year: int | None = field(default=None, compare=False)  # the score column's heading, when a year
    earlier_years: tuple[int, ...] = field(default=(), compare=False)  # the earlier years' headings

    def classify(self, x: float) -> str:
        candidates = [("score", self.score), ("max", self.max)]
        if self.percent is not None:
            candidates.append(("percent", self.percent))
        candidates += [("other", o) for o in self.others]
        return min(candidates, key=lambda c: abs(c[1] - x))[0]


def _centre(word: Word) -> float:
    return (word.x0 + word.x1) / 2


def _is_percent_header(word: Word, language: Language) -> bool:
    return word.text == "%" or language.is_column_header(word.text, language.percent_header)


def _percent_heading(word: Word, language: Language, ends_header: bool) -> bool:
    """A percent heading (`_is_percent_header`); as the header's last word, also one that begins as
    a percent heading and ends in OCR's garbling ("Procei!" for "Procent": an office scan lost the
    percent column of seven tables, and every percent in them, silently): its first
    `MIN_WRAPPED_HEADER` letters name it there."""
    if _is_percent_header(word, language):
        return True
    letters = fold(word.text)[:MIN_WRAPPED_HEADER]
    return ends_header and len(letters) == MIN_WRAPPED_HEADER and any(
        fold(h).startswith(letters) for h in language.percent_header)


def _lost_first_letter(word: Word, headings: tuple[str, ...]) -> bool:
    """A heading OCR read without its first letter, which went to a speck before it ("I ppnatt",
    "tU ppnått" for "Uppnått" in heavy toner's black header bars), accents aside: a word of
    `MIN_WRAPPED_HEADER` + 1 letters or more that ends a heading and is not all of it."""
    text = unaccented(word.text)
    return len(text) > MIN_WRAPPED_HEADER and any(
        heading.endswith(text) and heading != text for heading in map(unaccented, headings))


def _score_heading(word: Word, language: Language) -> bool:
    """A score column's heading: a year ("2014"), a score word, or one that lost its first letter."""
    return (is_year(cell_text(word.text)) or language.is_column_header(word.text, language.score_header)
            or _lost_first_letter(word, language.score_header))


def _unread_max_header(words: list[Word], language: Language, ocr: bool) -> int | None:
    """The max column's header when OCR garbled it: the word between score and percent ("Uppnått EG
    Procent"; after a year heading, a capitalised word: "2021 2024 MakXs Prosent", where light toner
    lost area 8's table) or, in an OCR'd table without a percent column, the one capitalised word
    after a capitalised score heading or a year heading that ends the line ("Oppnådd Make": the
    table of area 5 was lost; "… kontroll 2012 F", heavy toner). In running text a line may end "…
    uppnått resultat", in small letters."""
    for i in range(1, len(words) - 2):
        if not _percent_heading(words[i + 2], language, ends_header=i + 2 == len(words) - 1):
            continue
        if language.is_column_header(words[i].text, language.score_header) or (
                _score_heading(words[i], language) and words[i + 1].text[:1].isupper()):
            return i + 1
    last = len(words) - 1
    if not ocr or last < 2 or not any(ch.isalpha() for ch in words[last].text) or _is_percent_header(words[last], language):
        return None
    before = words[last - 1]
    scored = before.text[:1].isupper() and language.is_column_header(before.text, language.score_header)
    dated = is_year(cell_text(before.text)) and words[last].text[:1].isupper()
    return last if scored or dated else None


@dataclass(frozen=True, slots=True)
class _ScoreWordLost:
    """A header whose score word OCR lost ("Samspel mellan … Max Procent"): only Max and Percent are placed."""

    max: float
    percent: float | None


def _score_columns_before(words: list[Word], end: int, language: Language) -> list[Word]:
    """The score columns' headings that end right before words[end]: year headings ("2010 2012
    2014") or a score word ("Uppnått"), past what OCR made of a rule or speck between them
    ("Oppnådd .- Maks")."""
    numeric: list[Word] = []
    for w in reversed(words[:end]):
        if not any(ch.isalnum() for ch in w.text):
            continue
        if not _score_heading(w, language):
            break
        numeric.insert(0, w)
    return numeric


def _split_headings_joined(words: list[Word], language: Language, settings: LayoutSettings) -> list[Word]:
    """A header's words with a column heading OCR split in two ("Ma ks") made one word again."""
    headings = (language.score_header, language.max_header, language.percent_header)
    return split_words_joined(words, lambda text: any(language.is_column_header(text, h) for h in headings),
                              settings)


def _header_columns(line: Line, language: Language,
                    settings: LayoutSettings) -> Columns | _ScoreWordLost | _MaxWordLost | None:
    """Columns from a header line "1. | Offentlighet och demokrati | Uppnått | Max | Procent"."""
    words = _split_headings_joined(list(line.words), language, settings)
    max_index = next(
        (i for i, w in enumerate(words) if language.is_column_header(w.text, language.max_header) and i > 0),
        None,
    )
    found_by = "header"
    if max_index is None:
        max_index, found_by = _unread_max_header(words, language, line.ocr), "max_by_position"
    if max_index is None:
        return _max_word_lost(words, language, settings)
    # The percent heading follows Max, past what OCR made of a rule or speck between them ("Max • Procent").
    after = [w for w in words[max_index + 1 :] if any(ch.isalnum() for ch in w.text) or w.text == "%"]
    percent = _centre(after[0]) if after and _percent_heading(after[0], language, ends_header=len(after) == 1) else None
    numeric = _score_columns_before(words, max_index, language)
    if not numeric:
        return _ScoreWordLost(_centre(words[max_index]), percent)
    return Columns(
        score=_centre(numeric[-1]),
        max=_centre(words[max_index]),
        percent=percent,
        others=tuple(_centre(w) for w in numeric[:-1]),
        text_right=numeric[0].x0 - settings.score_text_gap,
        label_x=(_area_name(words[: words.index(numeric[0])], settings) or words)[0].x0,
        found_by=found_by,
        page=line.page,
        score_year=_year(numeric[-1]),
        earlier_years=tuple(y for y in map(_year, numeric[:-1]) if y is not None),
    )


def _year(heading: Word) -> int | None:
    text = cell_text(heading.text)
    return int(text) if is_year(text) else None


def _area_name(label: list[Word], settings: LayoutSettings) -> list[Word]:
    """The words of a header's label that name its area: after the number, whether printed ("1.")
    or made into letters by OCR in a dark header bar ("Få Arbetsliv" for "7. Arbetsliv")."""
    start = next((i for i, w in enumerate(label) if any(ch.isalpha() for ch in w.text)), 0)
    if len(label) - start > 1 and len(label[start].text) <= settings.header_number_max_letters:
        start += 1  # no area's name starts with so short a word
    return label[start:]


@dataclass(frozen=True, slots=True)
class _MaxWordLost:
    """A header whose max word OCR lost ("Tillgänglighet och brukarorientering 2014 2016 Procent",
    or "… Uppnått" with its Percent lost too): its score columns (and Percent) are placed, another
    table's layout places the rest."""

    score: float
    percent: float | None
    others: tuple[float, ...]
    text_right: float
    label_x: float
    score_year: int | None = None  # the year heading over its score column, where years head them


def _max_word_lost(words: list[Word], language: Language, settings: LayoutSettings) -> _MaxWordLost | None:
    """A header line with year headings (or a score word) before a percent heading and no max word,
    or ending in a score word ("2 Tillgänglighet och brukarorientering Uppnått") or year headings
    ("Offentlighet och demokrati 2012": heavy toner lost "1.", "2010" and "Max" in the dark bar)."""
    for i in range(1, len(words) + 1):
        percent = words[i] if i < len(words) and _is_percent_header(words[i], language) else None
        if percent is None and i < len(words):
            continue
        numeric = _score_columns_before(words, i, language)
        scored = bool(numeric) and language.is_column_header(numeric[-1].text, language.score_header)
        year = _year(numeric[-1]) if numeric else None
        if numeric and words.index(numeric[0]) > 0 and (percent is not None or scored or year is not None):
            return _MaxWordLost(_centre(numeric[-1]), _centre(percent) if percent is not None else None,
                                tuple(_centre(w) for w in numeric[:-1]), numeric[0].x0 - settings.score_text_gap,
                                (_area_name(words[: words.index(numeric[0])], settings) or words)[0].x0, year)
    return None


def _borrowed_layout(header: _ScoreWordLost | _MaxWordLost, layouts: tuple[Columns, ...],
                     settings: LayoutSettings) -> Columns | None:
    """The columns of another table printed alike (same spacing of the two columns this header
    places), moved to this header's place: the report's tables share one layout, but a scan shifts
    each page a little."""
    if isinstance(header, _MaxWordLost):
        for layout in sorted(layouts, key=lambda c: abs(c.score - header.score)):
            shift = header.score - layout.score
            if header.percent is None:  # the score column alone places the table: it lies where the others' do
                alike = abs(shift) <= settings.layout_max_shift
                percent = layout.percent + shift if layout.percent is not None else None
            else:
                alike = layout.percent is not None and abs(header.percent - layout.percent - shift) < settings.layout_match_tolerance
                percent = header.percent
            if alike:
                return Columns(score=header.score, max=layout.max + shift, percent=percent, others=header.others,
                               text_right=header.text_right, label_x=header.label_x, found_by="borrowed",
                               page=layout.page, score_year=header.score_year)
        return None
    max_x, percent_x = header.max, header.percent
    if percent_x is None:
        # The max column alone places the table: it lies where the others' do ("… – – Maks": the
        # score word lost in a table without a percent column).
        near = [layout for layout in layouts if abs(max_x - layout.max) <= settings.layout_max_shift]
        if not near:
            return None
        layout = min(near, key=lambda c: abs(max_x - c.max))
        shift = max_x - layout.max
        return Columns(score=layout.score + shift, max=max_x,
                       percent=layout.percent + shift if layout.percent is not None else None,
                       others=tuple(x + shift for x in layout.others), text_right=layout.text_right + shift,
                       label_x=layout.label_x + shift, found_by="borrowed", page=layout.page)
    for layout in layouts:
        if layout.percent is not None and abs((percent_x - max_x) - (layout.percent - layout.max)) < settings.layout_match_tolerance:
            shift = max_x - layout.max
            return Columns(
                score=layout.score + shift,
                max=max_x,
                percent=percent_x,
                others=tuple(x + shift for x in layout.others),
                text_right=layout.text_right + shift,
                label_x=layout.label_x + shift,
                found_by="borrowed",
                page=layout.page,
            )
    return None


def _table_headers(lines: list[Line], language: Language, settings: LayoutSettings) -> list[Columns | None]:
    """Each line's columns if it is a score-table header, else None; every line is parsed once."""
    parsed = [_header_columns(line, language, settings) for line in lines]
    # The score column is the evaluation's year, which most tables' headers print last. A header
    # whose last year heading is an earlier year of the others' lost its own year's (OCR: "2010 Max"
    # for "2010 2012 Max"), and the earlier year's column read as the scores: only its Max places it,
    # as another table's layout. A year misread ("2043" for "2013") is no earlier year; a text
    # layer's header is as printed (two reports in one file print two sets of years).
    columns = [p for p in parsed if isinstance(p, Columns)]
    years = Counter(p.score_year for p in columns if p.score_year is not None)
    current = years.most_common(1)[0][0] if years else None
    earlier = {y for p in columns for y in p.earlier_years} - {current}
    parsed = [_ScoreWordLost(p.max, p.percent)
              if isinstance(p, Columns) and line.ocr and p.score_year != current and p.score_year in earlier else p
              for p, line in zip(parsed, lines)]
    layouts = tuple(p for p in parsed if isinstance(p, Columns))
    # The evaluation's year is the latest any header prints: a header whose year over its scores is
    # an earlier one lost its own ("… 2010" for "… 2010 2012"), and would place the earlier scores.
    latest = max([p.score_year for p in parsed if isinstance(p, (Columns, _MaxWordLost)) and p.score_year] or [0])
    parsed = [None if isinstance(p, _MaxWordLost) and p.score_year is not None and p.score_year != latest else p
              for p in parsed]
    headers = [_borrowed_layout(p, layouts, settings) if isinstance(p, (_ScoreWordLost, _MaxWordLost)) else p
               for p in parsed]
    # An OCR'd header without the percent column most tables have lost its heading ("7.
    # Verksamhetsutveckling 2016 2018 Max", its "Procent" read as nothing): a table printed alike places it.
    with_percent = [c for c in layouts if c.percent is not None]
    if 2 * len(with_percent) > len(layouts):
        headers = [_percent_borrowed(h, with_percent, settings) if h is not None and h.percent is None and line.ocr
                   else h for h, line in zip(headers, lines)]
    # An OCR'd header no other table places (heavy toner lost "Max" from every header of a report):
    # its rows' numbers right of the score column place the max column. Its score heading is
    # capitalised: a question's line may end "… ressurser og resultat?". Or it is a year, the
    # latest (headers with an earlier one are dropped above).
    lost_max = {index: first for index, (header, first) in enumerate(zip(headers, parsed))
                if header is None and isinstance(first, _MaxWordLost) and lines[index].ocr
                and (first.score_year is not None or any(
                    w.text[:1].isupper() and language.is_column_header(w.text, language.score_header)
                    for w in lines[index].words))}
    for index, first in lost_max.items():
        ends = [i for i in range(index + 1, len(parsed)) if parsed[i] is not None]
        headers[index] = _max_by_rows(first, lines[index + 1 : ends[0] if ends else len(lines)], settings)
    # One whose rows' numbers OCR mostly lost too (office: area 1's table lost "1.", "Max" and most
    # cells, and with it 40 numbers) lies where the tables placed by their rows do.
    by_rows = tuple(h for h in headers if h is not None and h.found_by == "max_by_rows")
    for index, first in lost_max.items():
        if headers[index] is None:
            headers[index] = _borrowed_layout(first, by_rows, settings)
    # An OCR'd header whose earlier years' headings were lost ("Offentlighet och demokrati 2012" for
    # "… 2010 2012 Max") takes them from a table printed alike: their cells had been read as the
    # question's text, or as its score.
    dated = [h for h in headers if h is not None and h.others and h.score_year is not None]
    return [_earlier_borrowed(h, dated, settings) if h is not None and not h.others and line.ocr else h
            for h, line in zip(headers, lines)]


def _earlier_borrowed(header: Columns, layouts: list[Columns], settings: LayoutSettings) -> Columns:
    """The header with the earlier years' columns of the table printed alike nearest it (the same
    year over its score column, placed within `layout_max_shift`), moved."""
    near = [c for c in layouts if c.score_year == header.score_year and abs(c.score - header.score) <= settings.layout_max_shift]
    if header.score_year is None or not near:
        return header
    layout = min(near, key=lambda c: abs(c.score - header.score))
    shift = header.score - layout.score
    return replace(header, others=tuple(x + shift for x in layout.others), earlier_years=layout.earlier_years,
                   text_right=min(header.text_right, layout.text_right + shift))


def _percent_borrowed(header: Columns, layouts: list[Columns], settings: LayoutSettings) -> Columns:
    """The header with the percent column of the table printed alike nearest it (by its max column), moved."""
    near = [(c, c.percent) for c in layouts if c.percent is not None and abs(c.max - header.max) <= settings.layout_max_shift]
    if not near:
        return header
    layout, percent = min(near, key=lambda pair: abs(pair[0].max - header.max))
    return replace(header, percent=percent + header.max - layout.max, found_by="borrowed", page=layout.page)


def _max_by_rows(header: _MaxWordLost, below: list[Line], settings: LayoutSettings) -> Columns | None:
    """The columns of a header whose Max word was lost, its max column where most rows below it
    print their number right of the score column (and left of the percent column), when at least
    two rows agree on where that is."""
    right_of = header.score + settings.layout_max_shift
    left_of = header.percent - settings.layout_max_shift if header.percent is not None else math.inf
    places = []
    for line in below:
        numbers = [_centre(w) for w in line.words
                   if parse_number(cell_text(w.text)) is not None and right_of < _centre(w) < left_of]
        if numbers:
            places.append(numbers[-1])
    if not places:
        return None
    middle = sorted(places)[len(places) // 2]
    agreeing = [x for x in places if abs(x - middle) <= settings.layout_match_tolerance]
    if len(agreeing) < 2 or 2 * len(agreeing) <= len(places):
        return None
    return Columns(score=header.score, max=middle, percent=header.percent, others=header.others,
                   text_right=header.text_right, label_x=header.label_x, found_by="max_by_rows",
                   page=below[0].page if below else None, score_year=header.score_year)


def _header_area(line: Line, framework: Framework, columns: Columns, settings: LayoutSettings) -> int | None:
    return _header_area_named(line, framework, columns, settings)[0]


def _header_area_named(line: Line, framework: Framework, columns: Columns,
                       settings: LayoutSettings) -> tuple[int | None, bool]:
    """The area a header names, and whether by its name (else by its number alone)."""
    label_words = [w for w in line.words if w.x1 <= columns.text_right + settings.header_label_overrun]
    # "1." alone: OCR lost the name (bold, in a shaded header) but the number and the columns stand.
    number, _ = split_number_prefix(" ".join(w.text for w in label_words) + " ", len(framework.areas))
    name = " ".join(w.text for w in _area_name(label_words, settings)) if label_words else ""
    named = match_area(name, framework, threshold=settings.area_min_similarity) if fold(name) else None
    # A name that reads as an area outweighs a number that disagrees (OCR: "5" for "3.").
    return (named, True) if named is not None else (number, False)


def _numbers(words: list[Word]) -> list[tuple[float, float, bool]]:
    """(value, x-centre, is_percent) for the numeric tokens; '45' '%' counts as one percent."""
    out: list[tuple[float, float, bool]] = []
    for w in words:
        text = cell_text(w.text)
        if text == "%" and out and not out[-1][2]:
            out[-1] = (out[-1][0], out[-1][1], True)
            continue
        pct = parse_percent(text)
        if pct is not None:
            out.append((pct, _centre(w), True))
            continue
        value = parse_number(text)
        if value is not None:
            out.append((value, _centre(w), False))
    return out


def _is_cell(word: Word) -> bool:
    """A number column's word: a number, a percent, its sign alone, or OCR's junk around them."""
    text = cell_text(word.text)
    return text in ("", "%") or parse_percent(text) is not None or parse_number(text) is not None


def _numbers_of_row_below(line: Line, cells: dict[str, float], below: Line, columns: Columns, ids: re.Pattern[str],
                          area: int, settings: LayoutSettings) -> bool:
    """Whether an OCR'd line of numbers alone holds the cells of the row just below it: a question
    row of the table's area whose band it overlaps, with those cells empty ("10) 15" a few points
    above "8.4 Hur sker kommunikationen … 6996", bleed-through: taken for the total row, it had
    ended area 8's table, and four rows were lost)."""
    if not line.ocr or below.page != line.page or below.top >= line.bottom:
        return False
    text_words, number_words = _split_row(below, columns, settings)
    m = ids.match(text_words[0].text) if text_words else None
    if m is None or int(m.group("area")) != area:
        return False
    return not set(cells) & set(_assign(_numbers(number_words), columns))


def _row_of_numbers_inside(line: Line, above: Line, last: Question | None, cells: dict[str, float]) -> Question | None:
    """The last question, when an OCR'd line of numbers alone lies within the band of the line above
    it, that question's row, whose cells for them are empty: the row's own numbers, which Tesseract read as a
    line of their own beside a row its table's rules stretched (fax: "6.5 Hur följs
    kvalitetsarbetet upp och analyseras?" over 362-381 pt, its "10 20" at 369-375, was taken for
    the total row: area 6 scored 10 of 20, and question 6.6 was lost)."""
    if (line.ocr and last is not None and above.page == line.page and bool(above.words)
            and above.words[0] in last.words and above.top <= (line.top + line.bottom) / 2 <= above.bottom
            and all(getattr(last, column, None) is None for column in cells)):
        return last
    return None


def _split_row(line: Line, columns: Columns, settings: LayoutSettings) -> tuple[list[Word], list[Word]]:
    """(text words, number-column words) of a row. A word is text when it ends left of the number
    columns, or starts there without being a number: a word too long for its cell runs on past
    the column's edge."""
    text, numbers = [], []
    for w in line.words:
        overrun = settings.text_column_overrun
        if w.x1 <= columns.text_right + overrun or (w.x0 < columns.text_right - overrun and not _is_cell(w)):
            if not is_typographic_bullet(w.text):
                text.append(w)
        else:
            numbers.append(w)
    # A number after the question's "?" is a cell of a column its header lost (OCR: "… deltagande?
    # 14" under "Offentlighet och demokrati 2012", the 2010 heading unread).
    asked = next((i for i, w in enumerate(text) if w.text.endswith("?")), None)
    if line.ocr and asked is not None and text[asked + 1 :] and all(_is_cell(w) for w in text[asked + 1 :]):
        text, numbers = text[: asked + 1], [*text[asked + 1 :], *numbers]
    return text, numbers


def _assign(numbers: list[tuple[float, float, bool]], columns: Columns) -> dict[str, float]:
    cells: dict[str, float] = {}
    for value, x, is_pct in numbers:
        kind = "percent" if is_pct else columns.classify(x)
        if kind == "percent" and value > 100:
            kind = "percent_misread"  # "7390": a percent sign read as digits; see _recover_percent
        cells.setdefault("earlier" if kind == "other" else kind, value)
    if "percent" in cells:
        cells.pop("percent_misread", None)  # "45 246.": the sign read as a number of its own, after the percent
    return cells


def _fill(question: Question, cells: dict[str, float]) -> None:
    question.score = cells.get("score", question.score)
    question.max = cells.get("max", question.max)
    question.percent = cells.get("percent", question.percent)
    question.percent_misread = cells.get("percent_misread", question.percent_misread)
    question.earlier = cells.get("earlier", question.earlier)


def percent_prefixes(text: str) -> list[float]:
    """The leading digits of a percent cell read with its sign as digits ("5390": 5, 53, 539),
    those that can be a percent."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) < 2:
        return []
    return [float(digits[:n]) for n in range(1, len(digits)) if int(digits[:n]) <= 100]


def _recover_percent(question: Question) -> None:
    """Reads "7390" as 73 when that is the only leading part of it that the row's score and max allow.

    Tesseract reads the "%" after a number as "90", "4" or "24" and may join it
    to the number. The printed percent is the unrounded score over max,
    rounded, so the printed score bounds it; a wrong split ("7" or "739") does
    not fit. Anything less certain stays unread.
    """
    if question.percent is not None or question.percent_misread is None or None in (question.score, question.max):
        return
    fitting = [p for p in percent_prefixes(str(int(question.percent_misread)))
               if unrounded_interval(question.score, question.max, p) != (None, None)]
    if len(fitting) == 1:
        question.percent = fitting[0]
        question.percent_recovered = True


MISREAD_ID_LETTERS = 2  # an id OCR made into letters is a letter or two: "N", "vw", "Få" ("Det" is a word)


def _id_like(text: str) -> bool:
    """What OCR makes of a question id: something with a digit, or a letter or two ("N", "vw", "Få")."""
    return any(ch.isdigit() for ch in text) or len(text.strip(".,:;")) <= MISREAD_ID_LETTERS


def _texts_x(columns: Columns, lines: list[Line], headers: list[Columns | None], start: int, ids: re.Pattern[str],
             area: int) -> float:
    """Where a table's question texts start below the header: its label's x, or on OCR'd rows the
    first word after the first printed id of the area below it, where that stands further left.
    OCR lost a header's first words ("og effektivitet" for "Resultatfokus og effektivitet"): its
    label stood right of the rows' texts, the first row's first words were taken for a garbled id,
    and the next row's continuation line for a row of its own."""
    for line, header in zip(lines[start:], headers[start:]):
        if header is not None:
            break
        words = [w for w in line.words if not is_typographic_bullet(w.text)]
        m = ids.match(words[0].text) if words else None
        if line.ocr and m is not None and int(m.group("area")) == area and len(words) > 1:
            return min(columns.label_x, words[1].x0)
    return columns.label_x


def _id_of_row_above(line: Line, text_words: list[Word], number_words: list[Word], cells: dict[str, float],
                     last: Question, m: re.Match) -> bool:
    """Whether an OCR'd line holding a question id is the printed id of the row above, whose id was
    inferred: Tesseract read the id as a line of its own, standing within the band of its row's
    first line (a faded "6.1" beside a row stretched tall by its trend icon). As a row of its own it
    took the next id, and every row after it was numbered one too far. With it may stand numbers
    for the row's empty cells ("6.6 10": the max); its area's digit may be misread ("1.4" beside
    7.4's row had ended area 7's table)."""
    if not (line.ocr and last.id_inferred and len(text_words) == 1):
        return False
    if number_words and any(getattr(last, column) is not None for column in cells):
        return False  # its numbers may fill the row's empty cells ("6.6 10": the max), no filled one
    first_line = [w for w in last.words if w.page == line.page and w.top <= last.top + line.height]
    if not first_line or not min(w.top for w in first_line) <= (line.top + line.bottom) / 2 <= max(w.bottom for w in first_line):
        return False
    # The id its place gave it, or that id with its area's digit misread ("1.4" beside 7.4's row, office).
    return last.id.split(".")[1] == str(int(m.group("q")))


def _last_number(table: ScoreTable) -> int:
    return int(table.questions[-1].id.split(".")[1]) if table.questions else 0


def _misread_area(m: re.Match | None, table: ScoreTable, cells: dict, areas: int) -> bool:
    """A row with a number whose id names another area but goes on this table's numbering ("1.3"
    after "7.2", "2.1" right under area 3's header), or names an earlier area ("1.1" after "7.6"):
    OCR misread the id's digits. A row of another area's table would follow its own header, and
    an earlier area's table cannot come after this one; the next area's row with its header lost
    ("8.1" after "7.8") still ends the table. One number is enough: OCR lost a light "9" and
    "34 %" of "1.4 … 9 25 34 %" (7.4). With no number, an id both naming an earlier area and
    going on the numbering is misread too ("1.4" after "7.3", its cells lost: faded print had ended
    area 7's table there, and its last four rows went unread). An id naming no area of the
    framework is misread as an earlier area's is ("9.3" for "6.8" in an eight-area report, fax: the
    table had ended there, its last row and total lost). The id is then inferred, and flagged so."""
    if m is None or int(m.group("area")) == table.area:
        return False
    area = int(m.group("area"))
    follows, misplaced = int(m.group("q")) == _last_number(table) + 1, area < table.area or area > areas
    return (follows or misplaced) if cells else (follows and misplaced)


_ID_SPECKS = 1  # words OCR may make of specks between a row's id and its text


def _starts_at(word: Word, x: float, settings: LayoutSettings) -> bool:
    """Whether a word starts where a table's question texts start (`row_text_alignment`)."""
    return abs(word.x0 - x) <= settings.row_text_alignment


def _new_question(
    table: ScoreTable, m: re.Match | None, id_word: Word | None, text_words: list[Word], page: int, cells: dict
) -> Question:
    """A question row; its id as printed, or by its place when the print is unreadable (OCR: "132" for "1.2")."""
    previous = _last_number(table)
    printed = int(m.group("q")) if m else None
    # An id whose area digit is not the table's was misread too ("1.3" for "7.3").
    inferred = m is None or printed is None or int(m.group("area")) != table.area or not previous < printed <= previous + 2
    number = previous + 1 if inferred else printed
    question = Question(f"{table.area}.{number}", [" ".join(w.text for w in text_words)], page, id_inferred=inferred,
                        text_words=list(text_words))
    _fill(question, cells)
    return question


def _wraps_into_header(line: Line, nxt: Line | None, next_header: Columns | None, settings: LayoutSettings) -> bool:
    """True for the first line of a header label that wrapped ("Kommunen som arbetsgivare -" / "6. personalpolitik")."""
    if nxt is None or nxt.page != line.page:
        return False
    return nxt.top - line.top < settings.header_wrap_into_pitch * line.height and next_header is not None


def _header_wrap_lines(lines: list[Line], header: int, ids: re.Pattern[str], settings: LayoutSettings) -> int:
    """How many lines right below a header continue its wrapped label ("7. Utviklingsstrategi og lærende" / "organisasjon")."""
    count = 0
    for line in lines[header + 1 : header + 1 + settings.header_wrap_max_lines]:
        pitch = settings.header_wrap_pitch * line.height
        close = line.page == lines[header].page and line.top - lines[header + count].top < pitch
        if not close or ids.match(line.words[0].text) or _numbers(list(line.words)):
            break
        count += 1
    return count


def _read_rows(
    lines: list[Line], headers: list[Columns | None], table: ScoreTable, columns: Columns, framework: Framework,
    settings: LayoutSettings,
) -> int:
    """Reads rows after a header until the table's total row; returns the index after it.

    `headers` holds each line's columns when it is a table header (see _table_headers)."""
    ids = question_id(len(framework.areas))
    index = 0
    label_x = _texts_x(columns, lines, headers, 0, ids, table.area)
    carried: tuple[Word, ...] = ()  # a row's numbers OCR read as a line of their own, just above it
    while index < len(lines):
        line = lines[index]
        if carried:
            line, carried = Line(line.page, tuple(sorted((*carried, *line.words), key=lambda w: w.x0))), ()
        if (columns_next := headers[index]) is not None:
            named = _header_area(line, framework, columns_next, settings) or _ids_area(lines, headers, index, ids, settings)
            if named is not None and named != table.area:
                return index  # the next area's table (a header naming no area and above no ids repeats this one)
            columns = columns_next  # the same table's header repeated after a page break
            table.headers.append(columns)
            used = 1 + _header_wrap_lines(lines, index, ids, settings)
            table.header_words += [w for ln in lines[index : index + used] for w in ln.words]
            index += used
            label_x = _texts_x(columns, lines, headers, index, ids, table.area)
            continue
        text_words, number_words = _split_row(line, columns, settings)
        m = ids.match(text_words[0].text) if text_words else None
        cells = _assign(_numbers(number_words), columns)
        in_id_column = (bool(text_words) and text_words[0].x1 <= label_x - settings.id_column_tolerance
                        and len(text_words) > 1)
        last = table.questions[-1] if table.questions else None
        # Where the question texts start: as the rows read so far show, else by the header's label.
        texts_start = last.text_words[0].x0 if last is not None and last.text_words else label_x
        # The word after the id where the texts start, past a speck OCR read beside the id as a word of
        # its own ("An i Hur arbetar …" for "5.3 Hur …"); None where none of the next few starts there.
        text_at = next((i for i, w in enumerate(text_words[1 : _ID_SPECKS + 2], 1)
                        if _starts_at(w, texts_start, settings)), None)
        if in_id_column and last is not None and last.text_words:
            # A word where the rows' texts start is text, whatever the header's label suggests
            # (OCR may have lost the label's first words). An OCR'd
            # row's garbled id ("N", "vw", "1174") is short or has a digit, and its text follows
            # where the texts start; a paragraph after the table that starts as far left as the
            # ids ("Det handler både om …", "dialog før beslutninger …") is no row.
            in_id_column = text_words[0].x0 < texts_start - settings.id_column_gap and (
                not line.ocr or (_id_like(text_words[0].text) and text_at is not None))
        label = " ".join(w.text for w in text_words)
        # What OCR made of a rule or speck in the label column ("–") is no label, nor is a number
        # (a total row's earlier score under a year heading OCR garbled: "49 | 43 100 43%").
        worded = any(any(ch.isalpha() for ch in w.text) for w in text_words)
        # A row of text and numbers whose id was not read: a full row after a complete question or,
        # OCR'd, the first row under the header, or a row with a number in a column the question
        # above has filled already (a row has one number per column; faded print lost "3.4" and its
        # row ran into 3.3, shifting every row after it by one). A text layer's ids are printed.
        aligned = bool(text_words) and _starts_at(text_words[0], texts_start, settings)
        unnumbered_row = m is None and worded and bool(cells) and (
            ("score" in cells and "max" in cells and (last is None or None not in (last.score, last.max)))
            or (line.ocr and aligned and (last is None or any(getattr(last, column) is not None for column in cells)))
        )
        # An OCR'd question of its own where the texts start, capitalised, a row's gap below a question
        # that ended with its "?": a row whose id and numbers OCR lost ("Etik - hur hantera
        # korruption?", heavy toner, had run into 1.4's text). A question's second sentence wraps
        # at the line pitch ("… nya medarbetare?" | "Kommunen som ”attraktiv arbets-").
        asked_row = (line.ocr and m is None and worded and aligned and text_words[0].text[:1].isupper()
                     and text_words[-1].text.endswith("?") and index > 0
                     and line.top - lines[index - 1].top >= settings.row_apart_pitch * line.height
                     and last is not None and bool(last.text_words) and last.text_words[-1].text.endswith("?"))
        if (m is None and not worded and cells and index + 1 < len(lines) and headers[index + 1] is None
                and _numbers_of_row_below(line, cells, lines[index + 1], columns, ids, table.area, settings)):
            carried = line.words
            index += 1
            continue
        if (m is None and not worded and cells and index > 0
                and (owner := _row_of_numbers_inside(line, lines[index - 1], last, cells)) is not None):
            _fill(owner, cells)
            owner.words += line.words
            index += 1
            continue
        total_label = framework.language.is_total_label(label, misread=line.ocr)
        if m is None and "score" in cells and "max" in cells and (not worded or total_label):
            # The total row: numbers alone, or after a label ("Totalt", "Summa poäng", "Sum poeng").
            table.total = Located(cells["score"], line.page, line.words)
            table.total_max = cells["max"]
            table.total_columns, table.total_top = columns, line.top
            table.total_labelled = worded
            return index + 1
        # The total row with its score lost: by its label ("Summa poäng 100 88 %"; heavy toner's
        # "Summa poäng" alone, all its numbers lost, had run into 6.8's text), or OCR'd numbers alone
        # with the area's max after two rows or more, no one of which has a max so large ("91 100
        # 88 %" atop the next page, light toner; it had filled 3.4's empty max). No row's text.
        if m is None and ((total_label and label[:1].isupper()) or (
                line.ocr and not worded and "score" not in cells and len(table.questions) > 1
                and cells.get("max") == framework.area(table.area).max)):
            table.total_max, table.total_unread_page = cells.get("max"), line.page
            return index + 1
        if m is not None and last is not None and _id_of_row_above(line, text_words, number_words, cells, last, m):
            # The id its place gave it is printed, unless with another area's digit (still flagged).
            last.id_inferred = last.id != f"{m.group('area')}.{int(m.group('q'))}"
            _fill(last, cells)
            last.words += line.words
            last.unread += [w for w in number_words if not _is_cell(w)]
            index += 1
            continue
        new_row = ((m and int(m.group("area")) == table.area) or (m is None and in_id_column)
                   or _misread_area(m, table, cells, len(framework.areas)))
        if new_row or unnumbered_row or asked_row:
            # Specks read beside a garbled id are no text.
            after_id = text_words[(text_at or 1) if line.ocr and m is None and in_id_column else 1 :]
            question = (_new_question(table, m, text_words[0], after_id, line.page, cells) if new_row
                        else _new_question(table, None, None, text_words, line.page, cells))
            question.words += line.words
            question.unread += [w for w in number_words if not _is_cell(w)]
            question.columns, question.top = columns, line.top
            table.questions.append(question)
        elif m is not None or (text_words and ids.match(text_words[0].text)):
            return index  # a question id of another area: this table ended without a total row
        elif table.questions:
            current = table.questions[-1]
            following = index + 1 < len(lines)
            nxt, next_header = (lines[index + 1], headers[index + 1]) if following else (None, None)
            if text_words and not _wraps_into_header(line, nxt, next_header, settings):
                current.text_lines.append(" ".join(w.text for w in text_words))
                current.words += text_words
                current.text_words += text_words
            if cells:
                _fill(current, {k: v for k, v in cells.items() if getattr(current, k) is None})
            current.words += number_words
            current.unread += [w for w in number_words if not _is_cell(w)]
        index += 1
    return index


def _ids_area(lines: list[Line], headers: list[Columns | None], index: int, ids: re.Pattern[str],
              settings: LayoutSettings) -> int | None:
    """The area the first question id below the header at `index` names ("6.1"), before the next
    header: what a header whose name OCR lost ("GE ————— 2014 2018 Max Procent") is the table of."""
    return next(_ids_below(lines, headers, index, ids, settings.header_ids_lines), None)


def _ids_below(lines: list[Line], headers: list[Columns | None], index: int, ids: re.Pattern[str],
               reach: int | None = None) -> Iterator[int]:
    """The areas the question ids below the header at `index` name, in order, up to the next
    header (within `reach` lines, where given)."""
    end = None if reach is None else index + 1 + reach
    for line, header in zip(lines[index + 1 : end], headers[index + 1 : end]):
        if header is not None:
            return
        m = ids.match(line.words[0].text) if line.words else None
        if m is not None:
            yield int(m.group("area"))


def _rows_area(lines: list[Line], headers: list[Columns | None], index: int, ids: re.Pattern[str]) -> int | None:
    """The area every question id below the header at `index` names, up to the next header, when
    there are two ids or more and they agree."""
    named = list(_ids_below(lines, headers, index, ids))
    return named[0] if len(named) > 1 and len(set(named)) == 1 else None


def is_table_header(line: Line, framework: Framework, settings: LayoutSettings | None = None) -> bool:
    """True for a score table's header line naming an area ("1. Offentlighet och demokrati | Uppnått | Max")."""
    settings = settings or framework.layout
    columns = _header_columns(line, framework.language, settings)
    return isinstance(columns, Columns) and _header_area(line, framework, columns, settings) is not None


def read_score_tables(lines: list[Line], framework: Framework, start: int, log: IssueLog,
                      settle: Callable[[dict[int, ScoreTable]], None] | None = None,
                      settings: LayoutSettings | None = None) -> dict[int, ScoreTable]:
    """Every per-question table from `start` on, by area number, each with its parsing report in
    `log`. `settle`, when given, may choose among readings of the tables' cells (cells.py) before
    the tables are checked. `settings`: the framework's unless given."""
    settings = settings or framework.layout
    language = framework.language
    headers = [None] * start + _table_headers(lines[start:], language, settings)
    tables: dict[int, ScoreTable] = {}
    index = start
    while index < len(lines):
        line = lines[index]
        columns = headers[index]
        area, named = _header_area_named(line, framework, columns, settings) if columns else (None, False)
        by_ids = False
        if columns is not None and area is None:
            # The header's name lost (OCR): the question ids below it say its area, if no table has it yet.
            area = _ids_area(lines, headers, index, question_id(len(framework.areas)), settings)
            area, by_ids = (None, False) if area is None or area in tables else (area, True)
        elif columns is not None and line.ocr and not named:
            # Named by its number alone: every id below naming one other area outweighs it ("7 43
            # Tilgjengelighet, innbygger- og", its name wrapped, over rows 2.1, 2.2 …: area 2's
            # table had been read as area 7's). One misread id ("2.1" under "3.") does not.
            from_ids = _rows_area(lines, headers, index, question_id(len(framework.areas)))
            if from_ids is not None and from_ids != area and from_ids not in tables:
                area, by_ids = from_ids, True
        if area is not None and area in tables:
            # Its own repeats after page breaks are read with the table: this is a second table.
            log.error(
                "score_table_repeated",
                f"a second score table for area {area} (the first is on page {tables[area].page}): "
                "two reports, or parts of two, in one file?",
                page=line.page, area=area,
            )
        if columns is None or area is None or area in tables:
            index += 1
            continue
        table = ScoreTable(area=area, page=line.page, percent_column=columns.percent is not None, headers=[columns],
                           area_from_ids=by_ids)
        if by_ids:
            log.info("score_table_area_inferred",
                     f"area {area}: the score table's header names no area, or another's by its number alone "
                     f"(OCR: '{line.text}'); the question ids below it ({area}.1 …) say its area",
                     page=line.page, area=area)
        skip = 1 + _header_wrap_lines(lines, index, question_id(len(framework.areas)), settings)
        table.header_words = [w for ln in lines[index : index + skip] for w in ln.words]
        index += skip + _read_rows(lines[index + skip :], headers[index + skip :], table, columns, framework, settings)
        for question in table.questions:
            _recover_percent(question)
        if any(w.text.endswith("%") for q in table.questions for w in q.words if w not in q.text_words):
            # Its rows print percents, whatever its header shows: a percent heading OCR garbled
            # past knowing is no table without percents (each row's missing percent is flagged).
            table.percent_column = True
        tables[area] = table
    if 2 * sum(t.percent_column for t in tables.values()) > len(tables):
        # A report's tables share one layout: where most headers have a percent column, a header
        # without one lost its word to OCR ("Procent" on heavy toner), and its rows' percents are
        # missing, not unprinted (checked in _check_table).
        for table in tables.values():
            table.percent_column = True
    if settle is not None:
        settle(tables)
    for defined in framework.areas:
        if defined.number not in tables:
            log.error(
                "score_table_missing",
                f"no per-question score table for area {defined.number} (expected a header like "
                f"'{defined.number}. {defined.name} | {language.score_header[0]} | {language.max_header[0]}')",
                area=defined.number,
            )
            continue
        _check_table(tables[defined.number], log)
        _report_table(tables[defined.number], log)
    return tables


def printed_years(tables: dict[int, ScoreTable]) -> set[int]:
    """The years most score tables' headers print ("2020 2022 Max Procent": the earlier and this
    evaluation's columns). OCR misreads a header's year as surely as any other number, so a year
    counts only where most tables that print years print it."""
    per_table = [{int(cell_text(w.text)) for w in table.header_words if is_year(cell_text(w.text))}
                 for table in tables.values()]
    per_table = [years for years in per_table if years]
    return {year for years in per_table for year in years if 2 * sum(year in ys for ys in per_table) > len(per_table)}


_STRATEGY = {"header": "own_header", "max_by_position": "max_header_by_position", "borrowed": "borrowed_header",
             "max_by_rows": "max_header_by_rows"}


def _report_table(table: ScoreTable, log: IssueLog) -> None:
    """The parsing report of one score table: how its columns were found, which header was
    borrowed, which fallbacks its rows needed."""
    first, repeats = table.headers[0], table.headers[1:]
    fallbacks = ["header_repeated"] if repeats else []
    if table.area_from_ids:
        fallbacks.append("area_from_question_ids")
    fallbacks += [_STRATEGY[c.found_by] for c in repeats if c.found_by != "header"]
    if table.total is None:
        fallbacks.append("no_total_row")
    elif table.total_labelled:
        fallbacks.append("total_row_labelled")
    if any(q.id_inferred for q in table.questions):
        fallbacks.append("question_id_inferred")
    if any(q.percent_recovered for q in table.questions):
        fallbacks.append("percent_recovered")
    if any(i.code == "ocr_cell_reread" and i.area == table.area for i in log.items):
        fallbacks.append("cells_reread")
    borrowed = next((c.page for c in table.headers if c.found_by == "borrowed"), None)
    pages = {table.page, *(q.page for q in table.questions), *(c.page for c in repeats if c.found_by != "borrowed")}
    if table.total is not None:
        pages.add(table.total.page)
    columns = ["score", "max"] + (["percent"] if first.percent is not None else [])
    earlier = f", {len(first.others)} earlier score column(s)" if first.others else ""
    log.parsed("score_table", _STRATEGY[first.found_by], page=table.page, area=table.area,
               pages=tuple(sorted(p for p in pages if p is not None)), fallbacks=tuple(dict.fromkeys(fallbacks)),
               borrowed_from=borrowed,
               detail=f"{len(table.questions)} questions; columns {', '.join(columns)}{earlier}")


def _check_table(table: ScoreTable, log: IssueLog) -> None:
    """Issues for what a table lacks or holds that cannot be right; the values stay as printed."""
    if not table.questions:
        # A header and (perhaps) a total with no question between them: OCR lost every row, or the
        # rows were taken for another table's. Every area has questions; none read is no clean table.
        log.error(
            "score_table_empty",
            f"area {table.area}: the score table has no question rows (expected rows like "
            f"'{table.area}.1 … | score | max' below its header)",
            page=table.page,
            area=table.area,
        )
    if table.total is None and table.total_unread_page is not None:
        log.warning(
            "score_table_total_unread",
            f"area {table.area}: the score table's total row has no readable score; the area's score is "
            "taken from its other printings, and its questions' scores are checked against those",
            page=table.total_unread_page,
            area=table.area,
        )
    elif table.total is None:
        log.error(
            "score_table_total_missing",
            f"area {table.area}: the score table has no total row (a row of numbers without a question id)",
            page=table.page,
            area=table.area,
        )
    unverified: list[str] = []
    for q in table.questions:
        where = {"page": q.page, "area": table.area, "question_id": q.id}
        if q.percent_misread is not None:
            # A percent chosen by its row's score and max is a reading chosen by the report's own
            # numbers (info); one they do not settle is unread (warning).
            (log.info if q.percent_recovered else log.warning)(
                "question_percent_misread",
                f"question {q.id}: the percent cell reads {q.percent_misread:g}, a number and its percent sign "
                + (f"read as digits; {q.percent:g} is the only reading the score {q.score:g} of {q.max:g} allows"
                   if q.percent_recovered else "read as digits, and the score does not tell which digits are the number"),
                **where,
            )
        if q.id_inferred:
            log.warning(
                "question_id_inferred",
                f"question {q.id}: its printed id is unreadable; the id follows from the row's place in the table",
                **where,
            )
        if q.score is not None and q.max is not None and not 0 <= q.score <= q.max:
            log.error(
                "question_value_implausible",
                f"question {q.id}: score {q.score} is outside 0..{q.max} (its max); a misprint or a misread digit",
                **where,
            )
        if q.unread:
            log.warning(
                "cell_unread",
                f"question {q.id}: words in its number columns are no number and were read as nothing: "
                f"'{' '.join(w.text for w in q.unread)}'",
                **where,
            )
        missing = [k for k in ("score", "max") if getattr(q, k) is None]
        if missing:
            log.error("question_value_missing", f"question {q.id}: no {' or '.join(missing)} in its row", **where)
            unverified.append(q.id)
        elif table.percent_column and q.percent is None:
            # A table that prints percents prints one in every row: this row's was not read.
            log.warning("question_value_missing", f"question {q.id}: no percent in its row, where its table "
                        "prints one in every row", **where)
    if unverified:
        # The sums (maxima to the area's max, scores to its score) are what shows a question row
        # lost whole, its text run into the row above ("… ledarutveckling? Hur sker samverkan …"):
        # with a value missing they cannot, so the whole table is in doubt, not only that row.
        log.warning("score_table_unverified",
                    f"area {table.area}: question(s) {', '.join(unverified)} lack a score or max, so the table's "
                    "sums cannot confirm that no question row was lost", page=table.page, area=table.area)
