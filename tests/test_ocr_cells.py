"""Scanned score tables read cell by cell, and the report's sums choosing between readings;
bullets known by their shape; pages straightened and faded print darkened before OCR.

Crafted input, no Tesseract: the scanned corpus report and the OCR benchmark
exercise the same code end to end.
"""

from __future__ import annotations

from dataclasses import replace

import numpy
import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors import cells, ocr, scan_image
from extractors.cells import CellReading
from extractors.frameworks import framework_by_id
from extractors.layout import Line
from extractors.model import IssueLog, Located, Word
from extractors.questions import read_score_tables
from extractors.settings import OCR_DEFAULTS
from tests.test_ocr_reading import _line

FW2020 = framework_by_id("kommunkompassen-2020")


HEADER = _line(100, (60, "1."), (95, "Samspel mellan förtroendevalda och medborgare"), (405, "Uppnått"),
               (470, "Max"), (505, "Procent"))


def _row(top: float, qid: str, score: str, max_: str, percent: str) -> Line:
    cells_ = [(60, qid), (95, "Hur informeras medborgarna?")]
    cells_ += [(x, text) for x, text in ((415, score), (475, max_), (510, percent)) if text]
    return _line(top, *cells_)


def _settled(rows: list[Line], readings: dict, area_score: float | None = None):
    """The table read with `readings` (area 1, by (row, column)) settled; its questions and the log."""
    log = IssueLog()
    keyed = {(1, row, column): CellReading(text, 90.0) for (row, column), text in readings.items()}
    scores = {1: Located(area_score, 1, ()) if area_score is not None else None}

    def settle(tables):
        cells.resolve(tables, keyed, scores, 100, log)

    tables = read_score_tables([HEADER, *rows], FW2020, 0, log, settle)
    return tables[1].questions, log


# ---------------------------------------------------------------- where cells stand


def test_each_question_row_has_a_cell_per_number_column_reaching_down_to_the_next_row() -> None:
    rows = [_row(115, "1.1", "8", "15", "53 %"), _line(127, (95, "en andra rad")), _row(140, "1.2", "", "20", "68 %"),
            _line(155, (415, "22"), (475, "35"), (510, "63 %"))]
    log = IssueLog()
    tables = read_score_tables([HEADER, *rows], FW2020, 0, log)
    found = cells.number_cells(tables, {}, {1})
    assert [(c.row, c.column) for c in found] == [
        ("1.1", "score"), ("1.1", "max"), ("1.1", "percent"), ("1.2", "score"), ("1.2", "max"), ("1.2", "percent"),
        ("total", "score"),  # of the total row only the area's score: one of its three readings
    ]
    score, maximum, percent = found[:3]
    # Columns split halfway between the header words' centres; the score's starts at the text's edge.
    assert score.box[0] < 415 < score.box[2] <= maximum.box[0] < 475 < maximum.box[2] <= percent.box[0] < 510
    # Row 1.1 is two lines tall: its cells reach down to row 1.2.
    assert score.box[1] < 115 and 127 < score.box[3] < 140
    assert cells.number_cells(tables, {}, {2}) == []  # only OCR'd pages


def test_an_area_box_score_cell_reaches_past_the_digits_the_page_read() -> None:
    """"48" in large type read as "4": the cell holds where the "8" stands, and white above and below."""
    four = Word("4", 444.0, 193.0, 464.0, 219.0, 6, 0.0, conf=96.0)
    [cell] = cells.number_cells({}, {1: Located(4, 6, (four,)), 2: None}, {6})
    assert (cell.page, cell.area, cell.row, cell.column) == (6, 1, "box", "score")
    x0, top, x1, bottom = cell.box
    assert x0 < 444 - 20 and x1 > 464 + 20 and top < 193 - 5 and bottom > 219 + 5
    assert cells.number_cells({}, {1: Located(4, 6, (four,))}, {5}) == []  # only OCR'd pages


def _places(summary, box, total):
    word = Word("x", 400.0, 100.0, 420.0, 110.0, 3, 0.0, conf=90.0)
    return {1: {"summary": Located(summary, 2, (word,)) if summary is not None else None,
                "box": Located(box, 3, (word,)) if box is not None else None,
                "total": Located(total, 9, (word,)) if total is not None else None}}


def test_a_box_score_or_total_read_alone_is_chosen_only_where_another_reading_confirms_it() -> None:
    log = IssueLog()
    readings = {(1, "box", "score"): CellReading("48", 95.0), (1, "total", "score"): CellReading("48", 95.0)}
    settled = cells.settle_area_readings(_places(48, 4, 11), readings, {1: 100}, log)
    assert settled[1]["box"].value == 48 and settled[1]["total"].value == 48 and settled[1]["box"].page == 3
    assert [i.code for i in log.items] == ["ocr_cell_reread", "ocr_cell_reread"]
    assert all(i.severity == "info" for i in log.items)


def test_of_disagreeing_area_readings_the_one_the_questions_add_up_to_is_found() -> None:
    from extractors.questions import Question

    # Light toner 38005000: the summary and the box read "72" as "2"; the total and the questions say 72.
    questions = [Question("1.1", [], 20, 30.0, 40.0, 75.0), Question("1.2", [], 20, 42.0, 60.0, 70.0)]
    summary, box, total = Located(2, 4), Located(2, 5), Located(72, 20)
    assert cells.reading_the_sums_explain([summary, total, box], questions) is total
    assert cells.reading_the_sums_explain([summary, None, box], questions) is None  # agreeing readings: nothing to choose
    unscored = [questions[0], Question("1.2", [], 20, None, 60.0)]
    assert cells.reading_the_sums_explain([summary, total, box], unscored) is None
    # Neither 72 nor 73 against questions adding up to 70: nothing is chosen.
    assert cells.reading_the_sums_explain([Located(73, 4), total], [Question("1.1", [], 20, 70.0, 100.0)]) is None


def test_a_total_rows_max_ocr_misread_gives_way_to_the_frameworks_its_questions_add_up_to() -> None:
    """Faded archive 46010000: area 2's total row "72 100" read "72 190", published as the area's
    max (flagged). The framework's 100, which the questions' maxima add up to, is two readings."""
    from extractors.questions import Question, ScoreTable
    from extractors.report import _area_record

    fw = framework_by_id("kommunkompassen-2020")
    questions = [Question("2.1", [], 20, 30.0, 40.0), Question("2.2", [], 20, 42.0, 60.0)]
    table = ScoreTable(2, 20, questions, total=Located(72, 20), total_max=190)
    log = IssueLog()
    record = _area_record(2, fw, None, None, table, {(2, "2.1"): "", (2, "2.2"): ""}, log, scanned=True)
    assert record["max"] == 100 and ("info", "area_max_chosen", 2) in [(i.severity, i.code, i.area) for i in log.items]
    # Maxima that do not settle it (one unread): the framework's, flagged (fax 47007000 read "200").
    # A text layer's print is as printed, flagged.
    for unsettled, scanned, published in ((ScoreTable(2, 20, [questions[0]], total=Located(72, 20), total_max=190),
                                           True, 100), (table, False, 190)):
        log = IssueLog()
        record = _area_record(2, fw, None, None, unsettled, {(2, "2.1"): "", (2, "2.2"): ""}, log, scanned=scanned)
        assert record["max"] == published and "area_max_unexpected" in [i.code for i in log.items]


def test_a_box_score_no_other_reading_confirms_keeps_the_page_value_flagged() -> None:
    log = IssueLog()
    readings = {(1, "box", "score"): CellReading("48", 95.0)}
    settled = cells.settle_area_readings(_places(None, 4, None), readings, {1: 100}, log)
    assert settled[1]["box"].value == 4
    assert [(i.code, i.severity, i.page) for i in log.items] == [("ocr_cell_uncertain", "warning", 3)]
    # Readings that disagree with the others both ways: the page's stands, the checks flag the area.
    log = IssueLog()
    settled = cells.settle_area_readings(_places(60, 4, None), readings, {1: 100}, log)
    assert settled[1]["box"].value == 4 and log.items == []


@pytest.mark.parametrize(("text", "column", "value"), [
    ("7", "score", 7), ("43%", "percent", 43), ("43", "percent", 43), ("7,5", "score", 7.5),
    ("43%", "score", None), ("4 3", "score", None), ("", "max", None), ("43940", "percent", None), ("7 15", "score", None),
    ("530", "percent", None), ("020", "percent", None), ("100%", "percent", 100),
])
def test_a_cell_reading_is_one_number_or_none(text, column, value) -> None:
    assert CellReading(text, 90.0).value(column) == value


# ---------------------------------------------------------------- the sums choose


def test_a_score_the_page_lost_is_read_from_its_cell_alone() -> None:
    questions, log = _settled([_row(115, "1.1", "", "15", "53 %")], {("1.1", "score"): "8"})
    assert (questions[0].score, questions[0].max, questions[0].percent) == (8, 15, 53)
    assert not [i for i in log.items if i.code == "question_value_missing"]
    # The only reading made, and said: light toner's "3" broken in two was read alone as "2", which
    # its row ("20", "13 %": 2.5 is at both roundings' edge) and the area's sum allowed, published clean.
    [info] = [i for i in log.items if i.code == "ocr_cell_reread"]
    assert (info.severity, info.question_id) == ("info", "1.1") and "the page read none there" in info.message


def test_a_score_the_page_read_as_letters_that_only_its_cell_reads_as_a_number_is_named() -> None:
    # Multifunction: the page read a "5" as "Ag", the cell alone as "6"; the area's rounded sum
    # allowed either, and the 6 was published clean.
    questions, log = _settled([_row(115, "1.1", "Ag", "15", "")], {("1.1", "score"): "6"})
    assert (questions[0].score, questions[0].max) == (6, 15)
    [info] = [i for i in log.items if i.code == "ocr_cell_reread"]
    assert (info.severity, info.question_id) == ("info", "1.1") and "'Ag' on the page is none" in info.message


def test_a_row_the_page_read_only_as_junk_that_its_cells_read_whole_is_named() -> None:
    # Faded print: the page read "N NN NR" where "1 5 27 %" stands; the cells read 1, 5 and 21 %, which
    # fits 1 of 5 as well as 27 % does, and was published clean.
    questions, log = _settled([_row(115, "1.1", "N", "NN", "NR")],
                              {("1.1", "score"): "1", ("1.1", "max"): "5", ("1.1", "percent"): "21%"})
    assert (questions[0].score, questions[0].max, questions[0].percent) == (1, 5, 21)
    [info] = [i for i in log.items if i.code == "ocr_cell_reread"]
    assert info.question_id == "1.1" and "percent 21" in info.message


def test_a_misread_score_gives_way_to_the_cells_reading_that_fits_the_percent_with_an_info() -> None:
    questions, log = _settled([_row(115, "1.1", "3", "15", "53 %")], {("1.1", "score"): "8"})
    assert questions[0].score == 8
    chosen = [i for i in log.items if i.code == "ocr_cell_reread"]
    assert len(chosen) == 1 and chosen[0].severity == "info" and chosen[0].question_id == "1.1"
    assert "score 8 (the page read 3" in chosen[0].message


def test_readings_that_both_fit_their_row_are_settled_by_the_areas_sum() -> None:
    # No percent column to tell 6 from 8 of 10; the area's score 18 (with 10 of 15 and 50 max) does.
    header = _line(100, (60, "1."), (95, "Samspel mellan förtroendevalda och medborgare"), (405, "Uppnått"), (470, "Max"))
    rows = [_line(115, (60, "1.1"), (95, "Hur?"), (415, "6"), (475, "10")),
            _line(130, (60, "1.2"), (95, "Vad?"), (415, "10"), (475, "90")),
            _line(145, (415, "18"), (475, "100"))]
    log = IssueLog()
    keyed = {(1, "1.1", "score"): CellReading("8", 90.0)}

    def settle(tables):
        cells.resolve(tables, keyed, {1: Located(18, 1, ())}, 100, log)

    tables = read_score_tables([header, *rows], FW2020, 0, log, settle)
    assert tables[1].questions[0].score == 8
    assert [i.severity for i in log.items if i.code == "ocr_cell_reread"] == ["info"]


def test_readings_the_sums_cannot_settle_keep_the_page_reading_and_a_warning() -> None:
    header = _line(100, (60, "1."), (95, "Samspel mellan förtroendevalda och medborgare"), (405, "Uppnått"), (470, "Max"))
    rows = [_line(115, (60, "1.1"), (95, "Hur?"), (415, "6"), (475, "10")),
            _line(130, (60, "1.2"), (95, "Vad?"), (415, "10"), (475, "90"))]
    log = IssueLog()
    keyed = {(1, "1.1", "score"): CellReading("8", 90.0)}

    def settle(tables):
        cells.resolve(tables, keyed, {1: None}, 100, log)  # no area score read: nothing to add up to

    tables = read_score_tables([header, *rows], FW2020, 0, log, settle)
    assert tables[1].questions[0].score == 6
    flagged = [i for i in log.items if i.code == "ocr_cell_uncertain"]
    assert len(flagged) == 1 and flagged[0].severity == "warning" and flagged[0].question_id == "1.1"
    assert "6 of 10" in flagged[0].message and "8 of 10" in flagged[0].message


def test_a_row_no_reading_fits_takes_a_misread_digit_only_where_the_areas_sums_settle_it() -> None:
    """Faded print and fax (50M): "11" read as "1" (score 1 of 30 beside 35 %) and "70 %" read as
    "10 %", by the page and the cell alike; each was published flagged as read."""
    header = _line(100, (60, "1."), (95, "Samspel mellan förtroendevalda och medborgare"), (405, "Uppnått"),
                   (470, "Max"), (505, "Procent"))
    rows = [_line(115, (60, "1.1"), (95, "Hur?"), (415, "1"), (475, "30"), (510, "35 %")),
            _line(130, (60, "1.2"), (95, "Vad?"), (415, "11"), (475, "15"), (510, "10 %")),
            _line(145, (60, "1.3"), (95, "Var?"), (415, "40"), (475, "55"), (510, "73 %")),
            _line(160, (415, "62"), (475, "100"))]

    def settled(area_score: Located | None) -> tuple[list, IssueLog]:
        log = IssueLog()
        tables = read_score_tables([header, *rows], FW2020, 0, log,
                                   lambda tables: cells.resolve(tables, {}, {1: area_score}, 100, log))
        return [(q.score, q.max, q.percent) for q in tables[1].questions], log

    questions, log = settled(Located(62, 1, ()))
    assert questions == [(11, 30, 35), (11, 15, 70), (40, 55, 73)]
    infos = {i.question_id: i for i in log.items if i.code == "ocr_cell_reread"}
    assert set(infos) == {"1.1", "1.2"} and all(i.severity == "info" for i in infos.values())
    assert "'11' read as '1'" in infos["1.1"].message and "score 11 (the page read 1" in infos["1.1"].message
    # With no area score to add up to, nothing settles them: the rows stay as read, for the checks to flag.
    questions, log = settled(None)
    assert questions == [(1, 30, 35), (11, 15, 10), (40, 55, 73)]
    assert not [i for i in log.items if i.code == "ocr_cell_reread"]


def test_a_percent_recovered_from_its_misread_sign_is_an_info_when_the_score_settles_it() -> None:
    questions, log = _settled([_row(115, "1.1", "8", "15", "5390")], {})
    assert questions[0].percent == 53
    assert [i.severity for i in log.items if i.code == "question_percent_misread"] == ["info"]


# ---------------------------------------------------------------- images before OCR


def _text_page(angle: float = 0.0, ink: int = 30, bullets: bool = False) -> Image.Image:
    page = Image.new("L", (2480, 1400), 235)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=42)
    for i in range(14):
        y = 150 + 80 * i
        if bullets:
            draw.rectangle((150, y + 12, 172, y + 34), fill=ink)
        draw.text((200, y), "Hur informeras medborgarna om kommunens verksamhet och beslut?", font=font, fill=ink)
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=235) if angle else page


@pytest.mark.parametrize("angle", [-1.4, -0.6, 0.5, 1.2])
def test_a_skewed_page_is_turned_straight(angle) -> None:
    found = scan_image.skew_angle(_text_page(angle), 235)
    assert abs(found + angle) <= 0.15


def test_a_straight_page_is_left_as_it_is() -> None:
    assert scan_image.skew_angle(_text_page(), 235) == 0.0


def test_faded_print_is_darkened_to_ink_before_ocr() -> None:
    faded = scan_image.prepare(_text_page(ink=170), 1, angle=0.0)
    assert numpy.asarray(faded.page).min() < 60  # strokes dark enough to be ink
    normal = scan_image.prepare(_text_page(ink=30), 1, angle=0.0)
    assert numpy.percentile(numpy.asarray(normal.page), 1) < 60


def test_square_bullets_are_found_by_their_shape_and_letters_are_not() -> None:
    marks = scan_image.solid_marks(_text_page(bullets=True))
    assert len(marks) == 14
    assert all(x0 >= 140 and x1 <= 182 for x0, _, x1, _ in marks)
    assert scan_image.solid_marks(_text_page()) == []


def test_the_solid_parts_of_bold_digits_are_no_bullets() -> None:
    """A bold "8." of a table header (or a box's large score) has solid parts the size of a bullet,
    but they run on into the glyph's strokes; taken for bullets they replaced the header's number.
    (A bold period is as solid as a bullet, and may be found: not being at a line's start, it is
    no bullet to `ocr._mark_bullets`.)"""
    page = Image.new("L", (2480, 600), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=46)
    digits_end = []
    for i, number in enumerate(["2.", "7.", "8.", "48"]):
        draw.text((150, 100 + 110 * i), f"{number} Kommunen som samhällsbyggare", font=font, fill=20,
                  stroke_width=3, stroke_fill=20)
        digits_end.append(draw.textbbox((150, 100 + 110 * i), number.rstrip("."), font=font, stroke_width=3)[2])
    marks = scan_image.solid_marks(page)
    assert all((x0 + x1) / 2 >= min(digits_end) for x0, _, x1, _ in marks)  # a period at most, no digit


def _word(text: str, x0: float, x1: float, top: float = 100.0, conf: float = 90.0) -> Word:
    return Word(text, x0, top, x1, top + 12, 3, 0.0, conf=conf)


def _with_list(mark: tuple[float, float, float, float]) -> list[tuple[float, float, float, float]]:
    """The mark and the next item's bullet, in the same column a line lower."""
    return [mark, (mark[0], mark[1] + 100, mark[2], mark[3] + 100)]


def test_a_mark_starting_a_line_becomes_a_bullet_and_what_ocr_read_it_as_goes() -> None:
    words = [_word("sm", 71, 77, conf=26.0), _word("Strategi", 85, 125), _word("för", 130, 143)]
    marked, _ = ocr._mark_bullets(words, [], _with_list((72.0, 103.0, 77.0, 108.0)), 3, OCR_DEFAULTS)
    assert sorted(w.text for w in marked) == ["Strategi", "för", "•"]


def test_a_mark_ocr_left_out_is_put_back_as_a_bullet() -> None:
    marked, _ = ocr._mark_bullets([_word("Etik", 85, 105)], [], _with_list((72.0, 103.0, 77.0, 108.0)), 3, OCR_DEFAULTS)
    assert sorted(w.text for w in marked) == ["Etik", "•"]


@pytest.mark.parametrize("words", [
    [_word("Strategi", 70, 125)],  # inside a word read with confidence: part of a glyph
    [_word("Hur", 20, 60), _word("Strategi", 85, 125)],  # after a word on its line: a speck, not a bullet
    [_word("Strategi", 185, 225)],  # nothing near to its right
    [_word("Strategi", 10, 50), _word("4", 71, 77), _word("5", 80, 86)],  # in an area's score in large type
])
def test_a_mark_that_starts_no_line_is_no_bullet(words) -> None:
    marked, _ = ocr._mark_bullets(list(words), [], _with_list((72.0, 103.0, 77.0, 108.0)), 3, OCR_DEFAULTS)
    assert "•" not in [w.text for w in marked]


def test_a_cell_image_is_cut_to_its_number_without_the_rules() -> None:
    page = Image.new("L", (400, 200), 255)
    draw = ImageDraw.Draw(page)
    draw.line((0, 10, 399, 10), fill=0, width=3)  # row rule
    draw.line((20, 0, 20, 199), fill=0, width=3)  # column rule
    draw.text((200, 60), "43", font=ImageFont.load_default(size=40), fill=0)
    cell = numpy.asarray(scan_image.cell_image(page, (0, 0, 400, 200)))
    pad = OCR_DEFAULTS.cell_pad
    assert cell.shape[1] - 2 * pad < 80 and cell.shape[0] - 2 * pad < 60  # the number, not the cell
    assert (cell[:pad] == 255).all() and cell.min() < 60
    wider = numpy.asarray(scan_image.cell_image(page, (0, 0, 400, 200), replace(OCR_DEFAULTS, cell_pad=pad + 10)))
    assert wider.shape == (cell.shape[0] + 20, cell.shape[1] + 20)  # the settings reach the cut


def test_a_percent_the_cell_too_read_with_its_sign_as_digits_is_chosen_by_the_score() -> None:
    questions, log = _settled([_row(115, "1.1", "8", "15", "")], {("1.1", "percent"): "5390"})
    assert questions[0].percent == 53
    chosen = [i for i in log.items if i.code == "ocr_cell_reread"]
    assert len(chosen) == 1 and chosen[0].severity == "info" and "'5390'" in chosen[0].message


def test_a_mark_starting_the_second_column_of_a_line_is_a_bullet_where_ocr_read_something() -> None:
    # A findings table: the left column's text, then the right column's bullet read as "s".
    words = [_word("webbplatsen.", 150, 230), _word("s", 262, 267, conf=30.0), _word("Ett", 275, 292)]
    marked, _ = ocr._mark_bullets(words, [], _with_list((262.0, 103.0, 267.0, 108.0)), 3, OCR_DEFAULTS)
    assert [w.text for w in sorted(marked, key=lambda w: w.x0)] == ["webbplatsen.", "•", "Ett"]
    # Where OCR read nothing, a mark that close after a word is a speck.
    marked, _ = ocr._mark_bullets([_word("webbplatsen.", 150, 230), _word("Ett", 275, 292)], [],
                                  _with_list((262.0, 103.0, 267.0, 108.0)), 3, OCR_DEFAULTS)
    assert "•" not in [w.text for w in marked]


def test_junk_in_a_number_column_is_no_issue_once_the_cells_read_as_numbers_that_fit() -> None:
    questions, log = _settled([_row(115, "1.1", "8", "15", "53940")], {("1.1", "percent"): "53%"})
    assert questions[0].percent == 53 and not questions[0].unread
    assert not [i for i in log.items if i.code in ("cell_unread", "question_value_missing")]


def test_a_summary_row_read_through_ocr_passes_over_specks_between_its_numbers() -> None:
    from extractors.summary import find_summary_table

    fw = framework_by_id("kommunekompasset-no")
    rows = [_line(100, (300, "Poeng 2013"), (400, "Poeng 2016"), (470, "Poeng 2018"))]
    for i, area in enumerate(fw.areas):
        rows.append(_line(120 + 18 * i, (72, area.name), (367, str(20 + i)), (437, str(30 + i)), (507, str(40 + i))))
    rows[7] = _line(120 + 18 * 6, (72, fw.areas[6].name), (300, "En"), (367, "26"), (437, "36"), (507, "46"))
    rows[7] = Line(1, tuple(w._replace(conf=14.0) if w.text == "En" else w for w in rows[7].words))
    rows.append(_line(120 + 18 * 8, (72, "Sum"), (357, "•"), (367, "196"), (390, "[|"), (437, "364."), (507, "356")))
    # Read through OCR: every word has Tesseract's confidence.
    rows = [Line(1, tuple(w._replace(conf=w.conf if w.conf >= 0 else 90.0) for w in row.words)) for row in rows]
    table = find_summary_table(rows, fw, IssueLog())
    assert table is not None and table.total.value == 356 and table.scores[7].value == 46
    assert (2016, None, 364.0, 1) in table.previous and (2013, None, 196.0, 1) in table.previous


def test_a_mark_read_as_a_letter_with_confidence_is_still_the_bullet() -> None:
    words = [_word("s", 71, 77, conf=91.0), _word("Ett", 85, 105), _word("utvecklingsområde", 108, 190)]
    marked, _ = ocr._mark_bullets(words, [], _with_list((72.0, 103.0, 77.0, 108.0)), 3, OCR_DEFAULTS)
    assert [w.text for w in sorted(marked, key=lambda w: w.x0)] == ["•", "Ett", "utvecklingsområde"]


def test_a_mark_glued_to_a_word_at_the_pages_bullets_place_is_a_bullet_without_its_shape() -> None:
    # Faded archive 37010000: "Utveckla analysen i delårsrapport och årsredovisning «Sprid lärdomar ...",
    # two items run together silently; the faded bullet gave no solid mark.
    levels = numpy.full((600, 1200), 255, numpy.uint8)
    words = [Word("•", 72.0, 80.0, 76.0, 92.0, 3, 0.0, conf=70.0), _word("Utveckla", 85, 125, top=80.0),
             _word("«Sprid", 72, 105, top=100.0, conf=60.0), _word("lärdomar", 108, 150, top=100.0)]
    found = ocr._bullets_at_their_place(levels, words, 3, OCR_DEFAULTS)
    assert [w.text for w in found if w.top == 100.0] == ["•", "Sprid", "lärdomar"]
    far = [words[0], words[1], _word("«Sprid", 150, 183, top=100.0)]  # not at the bullets' place: left alone
    assert "«Sprid" in [w.text for w in ocr._bullets_at_their_place(levels, far, 3, OCR_DEFAULTS)]


def test_what_ocr_read_of_a_mark_as_a_line_of_its_own_gives_way_to_the_bullet() -> None:
    # Office 38000000: a square bullet read "LJ" (71 %) in a band just inside its line's: "LJ Samspel och dialog".
    words = [_word("Samspel", 82, 115, top=593.0), _word("och", 118, 130, top=593.0),
             Word("LJ", 71.0, 595.2, 75.1, 599.5, 3, 0.0, conf=71.4)]
    marked, _ = ocr._mark_bullets(words, [], _with_list((71.0, 594.0, 75.0, 600.0)), 3, OCR_DEFAULTS)
    assert [w.text for w in sorted(marked, key=lambda w: w.x0)] == ["•", "Samspel", "och"]


def test_a_lone_mark_is_a_speck_not_a_bullet() -> None:
    # A speck of dust before a continuation line: taken for a bullet, it would split the item.
    marked, _ = ocr._mark_bullets([_word("Fortsätt", 85, 125)], [], [(72.0, 103.0, 77.0, 108.0)], 3, OCR_DEFAULTS)
    assert "•" not in [w.text for w in marked]
    # Another mark in its column, but of another size: no list either.
    marked, _ = ocr._mark_bullets([_word("Fortsätt", 85, 125)], [], [(72.0, 103.0, 77.0, 108.0),
                                                                      (72.0, 203.0, 80.0, 211.0)], 3, OCR_DEFAULTS)
    assert "•" not in [w.text for w in marked]


def _ocr_line(page: int, top: float, *words: tuple[float, str], conf: float = 90.0) -> Line:
    return Line(page, tuple(Word(t, x, top, x + 5 * len(t), top + 10, page, 0.0, conf=0.0 if t == "•" else conf)
                            for x, t in words))


def test_an_item_started_only_because_ocr_lost_its_bullet_is_flagged_as_a_guess() -> None:
    from extractors.items import START_BY_SHAPE, split_items
    from extractors.text import HyphenRules

    # The list runs on from the page before: no bullet on this page, so no bullet's place was looked at.
    lines = [
        _ocr_line(3, 100, (85, "Ägardirektiv"), (150, "till"), (175, "bolagen.")),
        _ocr_line(3, 113, (85, "Tydlig"), (120, "roll-"), (150, "och"), (170, "ansvarsfördelning"), (260, "mellan")),
        _ocr_line(4, 100, (72, "•"), (85, "Styrmodell"), (140, "i"), (150, "tiden")),
    ]
    lines[2] = Line(4, tuple(w._replace(conf=100.0) for w in lines[2].words))
    items = split_items(lines, HyphenRules())
    assert [(i.text.split()[0], i.start_guessed) for i in items] == [
        ("Ägardirektiv", ""), ("Tydlig", START_BY_SHAPE), ("Styrmodell", "")]


def test_an_ocrd_list_without_bullets_starts_no_item_at_a_line_read_a_point_low() -> None:
    """Archive 51003000: a findings column whose bullets had faded, its line tops read 12.4 to 14.6
    points apart by the letters' shapes; the tightest pitch and a point more started an item at
    "Likabehandlingsplan", which the line above ("Kompetensförsörjningsplan.") left no room for,
    and nine strengths were published one place off, silently."""
    from extractors.items import split_items
    from extractors.text import HyphenRules

    def line(top: float, text: str) -> Line:  # words 5 points a letter, 3 apart, from x 80
        x, words = 80.0, []
        for word in text.split():
            words.append((x, word))
            x += 5 * len(word) + 3
        return _ocr_line(3, top, *words)

    texts = ["Kompetensförsörjningsplan.", "Likabehandlingsplan", "Friskvårdsbidrag anställda", "Heltäckande"]
    lines = [line(top, text) for top, text in zip((100.0, 112.4, 126.5, 140.6), texts)]
    assert [i.text for i in split_items(lines, HyphenRules(), right=220.0)] == [" ".join(texts)]
    # A list's own item spacing, a third of a line's height or more, still starts items.
    spaced = [line(top, text) for top, text in zip((100.0, 114.0, 133.0, 147.0), texts)]
    assert [i.text for i in split_items(spaced, HyphenRules(), right=220.0)] == [
        " ".join(texts[:2]), " ".join(texts[2:])]


def test_a_capitalised_line_after_a_sentences_end_taken_to_go_on_flags_its_list() -> None:
    """Fax 51007000: "• Sammanställ … på kommunövergripande nivå." | "Publicera resultat …", its
    bullet whitened away: taken to go on, two improvements ran together, the second lost silently."""
    from extractors.items import RUN_ON_SENTENCE, split_items
    from extractors.text import HyphenRules

    lines = [_ocr_line(3, 100, (72, "•"), (85, "Sammanställ"), (145, "och"), (165, "analysera"), (215, "nivå.")),
             _ocr_line(3, 113, (85, "Publicera"), (135, "resultat"), (180, "per"), (200, "enhet")),
             _ocr_line(3, 126, (72, "•"), (85, "Mät"), (105, "tillgänglighet"))]
    items = split_items(lines, HyphenRules(), right=240.0)
    assert [(i.text.split()[0], i.run_on, i.run_on_why) for i in items] == [
        ("Sammanställ", "Publicera resultat per enhet", RUN_ON_SENTENCE), ("Mät", "", "")]


def test_a_line_whose_bullets_place_is_paper_continues_its_item_however_short_the_line_before() -> None:
    # Clean renders of a broken text layer: "... står för i" / "Borlänge kommun" was split into an
    # item of its own (the line before stopped short of the rule), though the page's bullets were
    # all found and the place before "Borlänge" was paper.
    from extractors.items import START_BY_INK, split_items
    from extractors.text import HyphenRules

    def sure(line: Line) -> Line:
        return Line(line.page, tuple(w._replace(conf=100.0) for w in line.words))

    lines = [
        sure(_ocr_line(3, 100, (72, "•"), (85, "Ett"), (110, "utvecklingsområde"), (210, "står"), (240, "för"), (260, "i"))),
        _ocr_line(3, 113, (85, "Borlänge"), (130, "kommun")),
        sure(_ocr_line(3, 126, (72, "•"), (85, "Utveckla"), (130, "e-tjänsterna"))),
        _ocr_line(3, 139, (72, "•"), (85, "Formulera"), (140, "en"), (155, "strategi")),  # a bullet seen as ink
    ]
    items = split_items(lines, HyphenRules(), right=300.0)
    assert [(i.text, i.start_guessed) for i in items] == [
        ("Ett utvecklingsområde står för i Borlänge kommun", ""), ("Utveckla e-tjänsterna", ""),
        ("Formulera en strategi", START_BY_INK)]


def test_a_bullet_guessed_from_ink_before_small_letters_after_a_full_line_is_a_speck() -> None:
    """Heavy toner 44006000: a speck at the bullets' place split "Alla KF-sammanträden sänds som
    webb-tv och finns" | "sedan kvar i kommunens arkiv", and every later strength moved a place."""
    from extractors.areas import AreaSection
    from extractors.items import RUN_ON_SMALL_LETTER, START_BY_INK, split_items
    from extractors.selfcheck import item_start_issues
    from extractors.text import HyphenRules

    def sure(line: Line) -> Line:
        return Line(line.page, tuple(w._replace(conf=100.0) for w in line.words))

    lines = [
        sure(_ocr_line(10, 480, (72, "•"), (85, "Alla"), (110, "KF-sammanträden"), (190, "sänds"), (225, "och"), (245, "finns"))),
        _ocr_line(10, 493, (72, "•"), (85, "sedan"), (120, "kvar"), (145, "i"), (155, "arkivet")),  # a bullet seen as ink
        _ocr_line(10, 506, (72, "•"), (85, "Ägardirektiv"), (150, "till"), (175, "bolagen")),
    ]
    items = split_items(lines, HyphenRules(), right=280.0)
    assert [(i.text, i.start_guessed, i.run_on_why) for i in items] == [
        ("Alla KF-sammanträden sänds och finns sedan kvar i arkivet", "", RUN_ON_SMALL_LETTER),
        ("Ägardirektiv till bolagen", START_BY_INK, "")]
    [run_on, _] = item_start_issues({3: AreaSection(3, 10, 0, 1, 5, strengths=items)})
    assert run_on.code == "ocr_item_run_on" and "small letters" in run_on.message
    # After a line that stopped short, small letters or not, the ink there starts an item.
    items = split_items(lines, HyphenRules(), right=400.0)
    assert [i.start_guessed for i in items] == ["", START_BY_INK, START_BY_INK]
    # Photocopy 45009000: a speck read as "–" in a list of "•" bullets, before "redovisa någon form".
    dashed = [lines[0], sure(_ocr_line(10, 493, (72, "–"), (85, "redovisa"), (130, "någon"), (165, "form"))),
              sure(lines[2])]
    items = split_items(dashed, HyphenRules(), right=280.0)
    assert [(i.text, i.run_on_why) for i in items] == [
        ("Alla KF-sammanträden sänds och finns redovisa någon form", RUN_ON_SMALL_LETTER), ("Ägardirektiv till bolagen", "")]


def test_a_bullet_too_faint_to_know_by_shape_is_seen_at_the_place_the_pages_bullets_stand() -> None:
    levels = numpy.full((600, 1200), 255, numpy.uint8)
    scale = OCR_DEFAULTS.dpi / 72

    def px(v: float) -> int:
        return round(v * scale)

    levels[px(105):px(106), px(72):px(76)] = 140  # a faded dash (the first line's bullet is known)
    levels[px(93), px(73)] = 90  # a speck of grain
    words = [
        Word("•", 72.0, 80.0, 76.0, 92.0, 3, 0.0, conf=100.0), _word("Ett", 85, 105, top=80.0),
        _word("utvecklingsområde", 108, 190, top=80.0),
        _word("Borlänge", 85, 120, top=90.0), _word("kommun", 123, 150, top=90.0),  # paper before it
        _word("Formulera", 85, 120, top=100.0), _word("en", 123, 130, top=100.0),  # ink before it
    ]
    found = ocr._bullets_at_their_place(levels, words, 3, OCR_DEFAULTS)
    assert [(w.text, w.top, w.conf) for w in found if w not in words] == [("•", 100.0, 0.0)]
    # Two columns of bullets a few points apart ("'—" boxed wider than "—", office scan) are one
    # place: one bullet is guessed there, not two (the item's text had opened with a "•").
    wider = [*words, Word("–", 69.0, 120.0, 76.0, 132.0, 3, 0.0, conf=90.0), _word("Bolagens", 85, 120, top=120.0)]
    found = ocr._bullets_at_their_place(levels, wider, 3, OCR_DEFAULTS)
    assert [(w.text, w.top) for w in found if w not in wider] == [("•", 100.0)]


def test_a_tables_rules_are_made_paper_and_its_text_and_bars_stay() -> None:
    page = Image.new("L", (2480, 900), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=42)
    draw.rectangle((150, 100, 2330, 175), fill=40)  # a header bar: as thick as a line of text
    for i in range(4):
        top = 200 + 120 * i
        draw.text((170, top), "2. Tillgänglighet och brukarorientering", font=font, fill=0)
        draw.text((1900, top), "39", font=font, fill=0)
        draw.line((150, top + 80, 2330, top + 80), fill=150, width=4)  # the gray rule under the row
    draw.line((140, 180, 140, 700), fill=150, width=4)  # the table's left edge
    cleaned = numpy.asarray(scan_image._without_rules(page, OCR_DEFAULTS))
    original = numpy.asarray(page)
    assert (cleaned[278:286, 1000:1200] == 255).all()  # rule gone
    assert (cleaned[300:600, 138:143] == 255).all()  # edge gone
    assert (cleaned[110:165, 1000:1200] == 40).all()  # bar kept
    text = original[200:260, 170:1000] < 128
    assert (cleaned[200:260, 170:1000] < 128).sum() == text.sum()  # text untouched


def test_runs_are_found_by_their_length_along_either_axis() -> None:
    mask = numpy.array([[0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1], [1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0]], bool)
    across = scan_image._in_runs(mask, 3, axis=1)
    assert across.astype(int).tolist() == [[0, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1], [1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 0]]
    assert (scan_image._in_runs(mask.T, 3, axis=0) == across.T).all()


def test_a_cell_in_light_toner_is_cut_to_its_whole_digit_and_darkened() -> None:
    """Light toner leaves a digit's core just darker than ink and its strokes gray: cut at the ink
    level, "3" kept a dash of itself and read as nothing."""
    page = Image.new("L", (300, 200), 255)
    draw = ImageDraw.Draw(page)
    draw.text((120, 60), "3", font=ImageFont.load_default(size=60), fill=160)
    draw.rectangle((140, 95, 142, 97), fill=110)  # the darkest few pixels, as light toner leaves them
    cell = numpy.asarray(scan_image.cell_image(page, (80, 40, 220, 160)))
    inked_rows = numpy.flatnonzero((cell < 128).any(axis=1))
    assert inked_rows.size and inked_rows[-1] - inked_rows[0] >= 30  # the whole digit, not a dash of it
    assert cell.min() < 20


def test_a_thin_rule_that_steps_a_pixel_along_its_length_is_still_a_rule() -> None:
    """A rule left a fraction of a degree askew, or lightened by grain in places: no row of it
    runs an inch unbroken, and Tesseract read the grid as words ("NN Ke")."""
    levels = numpy.full((200, 2000), 255, numpy.uint8)
    for start in range(0, 2000, 250):  # one pixel thick, a pixel lower every 250 pixels
        levels[100 + (start // 250) % 2, start : start + 250] = 170
    levels[40:70, 300:340] = 0  # a glyph above the rule stays
    cleaned = numpy.asarray(scan_image._without_rules(Image.fromarray(levels), OCR_DEFAULTS))
    assert (cleaned[99:103] == 255).all()
    assert (cleaned[40:70, 300:340] == 0).all()


def test_a_cell_whose_ink_is_upright_strokes_is_ones(monkeypatch) -> None:
    """Times' "1" at 9 pt with its serifs blurred away: 4 by 24 pixels of ink, read as nothing;
    light toner also breaks it ("11" on a low-toner print was lost, its row unread)."""
    def cell(*boxes: tuple[int, int, int, int]) -> Image.Image:
        image = Image.new("L", (48, 48), 255)
        for box in boxes:
            ImageDraw.Draw(image).rectangle(box, fill=30)
        return image

    stroke = cell((12, 12, 15, 35))
    assert scan_image.upright_strokes(stroke) == 1
    assert scan_image.upright_strokes(cell((12, 12, 27, 15), (20, 12, 23, 35))) == 0  # a "7": ink fills little of its box
    two = cell((10, 12, 13, 35), (22, 12, 25, 35))
    assert scan_image.upright_strokes(two) == 2
    broken = cell((10, 12, 13, 20), (10, 23, 13, 35), (22, 12, 25, 28), (22, 31, 25, 35))  # toner missing across them
    assert scan_image.upright_strokes(broken) == 2
    assert scan_image.upright_strokes(cell((10, 12, 13, 35), (22, 28, 25, 35))) == 0  # a stroke and a low mark
    assert scan_image.upright_strokes(cell((10, 12, 13, 35), (22, 12, 35, 35))) == 0  # a stroke and a blot
    monkeypatch.setattr(ocr, "_read_cell", lambda *args: ("", 0.0))
    assert ocr.recognise_cell(stroke, "swe", "/nowhere", 300) == ("1", 0.0)
    assert ocr.recognise_cell(broken, "swe", "/nowhere", 300) == ("11", 0.0)
    assert ocr.recognise_cell(cell((10, 12, 40, 35)), "swe", "/nowhere", 300) == ("", 0.0)


def test_a_speckled_bar_is_no_stack_of_rules() -> None:
    """Light toner leaves white specks in a header bar's fill, which broke its rows' runs into thin
    bands: they were made paper as rules, and white streaks cut through the bar's words."""
    rng = numpy.random.default_rng(7)
    levels = numpy.full((300, 2000), 255, numpy.uint8)
    levels[100:175, 100:1900] = 120  # a gray bar, as a faded print leaves it
    ys, xs = rng.integers(106, 166, 150), rng.integers(100, 1890, 150)
    for dy in range(3):  # specks about a stroke wide, a few to a row, inside the fill
        for dx in range(3):
            levels[ys + dy, xs + dx] = 255
    levels[220:223, 100:1900] = 170  # a rule below it goes
    cleaned = numpy.asarray(scan_image._without_rules(Image.fromarray(levels), OCR_DEFAULTS))
    # Its words' rows stay (a rule's thickness at its edges may go: no word stands there).
    inside = (cleaned[110:165, 100:1900] == 120) == (levels[110:165, 100:1900] == 120)
    assert inside.mean() > 0.999
    assert (cleaned[220:223] == 255).all()


def test_a_faded_pages_gray_bar_is_a_bar() -> None:
    """Faded print: the text's ink is 95 on paper 230 and a header bar's fill 132, lighter than half
    the paper; the bar was read with the page, its white words lost."""
    page = Image.new("L", (2000, 600), 230)
    draw = ImageDraw.Draw(page)
    draw.rectangle((100, 200, 1900, 275), fill=132)
    draw.text((150, 215), "1. Samspel mellan förtroendevalda och medborgare", font=ImageFont.load_default(size=40), fill=225)
    for i in range(6):
        draw.text((150, 320 + 40 * i), "Finns en strategi för medborgardialog och demokratiutveckling?",
                  font=ImageFont.load_default(size=30), fill=95)
    scan = scan_image.prepare(page, 1, angle=0.0)
    assert scan.bars is not None and len(scan.bar_places) == 1
    x0, y0, x1, y1 = scan.bar_places[0].box
    assert x0 <= 110 and y0 <= 205 and x1 >= 1890 and y1 >= 270


def test_a_digit_no_wider_than_a_mark_starting_an_item_is_the_bullet_misread() -> None:
    """Heavy toner's square bullets were read as "8" (at 54-62 %), and each "8" began its item."""
    words = [_word("8", 71.8, 76.6, conf=62.0), _word("Mentorprogram", 83.8, 140)]
    marked, _ = ocr._mark_bullets(words, [], _with_list((71.8, 103.0, 76.2, 107.8)), 3, OCR_DEFAULTS)
    assert sorted(w.text for w in marked) == ["Mentorprogram", "•"]


def test_a_digit_wider_than_the_mark_on_it_stays() -> None:
    words = [_word("8", 66, 82, conf=62.0), _word("Mentorprogram", 85, 140)]
    marked, _ = ocr._mark_bullets(words, [], _with_list((72.0, 103.0, 77.0, 108.0)), 3, OCR_DEFAULTS)
    assert sorted(w.text for w in marked) == ["8", "Mentorprogram"]


def test_a_short_word_beside_a_mark_is_not_the_mark() -> None:
    """Heavy toner filled the "a" of "Ta" solid; a mark found there covered the word's right half
    only, and "Ta" gave way to a bullet while the real bullet, read as "&", stayed as a word."""
    words = [_word("&", 72.0, 76.8, conf=62.0), _word("Ta", 83.8, 91.7), _word("fram", 95.8, 112.6)]
    marks = _with_list((72.5, 103.0, 76.8, 107.3)) + _with_list((89.3, 103.5, 92.7, 107.3))
    marked, _ = ocr._mark_bullets(words, [], marks, 3, OCR_DEFAULTS)
    assert [w.text for w in sorted(marked, key=lambda w: w.x0)] == ["•", "Ta", "fram"]


def test_an_unsure_word_over_a_mark_is_the_mark_wherever_its_middle_falls() -> None:
    """An office scan read a sub-heading's bullet as '"a' (24 %), its box reaching right of the mark."""
    words = [_word('"a', 73.0, 82.0, conf=24.0), _word("Uppföljning", 85, 125)]
    marked, _ = ocr._mark_bullets(words, [], _with_list((72.0, 103.0, 77.0, 108.0)), 3, OCR_DEFAULTS)
    assert sorted(w.text for w in marked) == ["Uppföljning", "•"]


def test_letters_shaped_as_digits_in_a_number_column_are_a_reading_the_row_can_choose() -> None:
    """A photocopy's bold serif "15" was read "IS" on the page and "1" alone (seed 22009000)."""
    questions, log = _settled([_row(115, "1.1", "8", "IS", "53 %")], {("1.1", "max"): "1"})
    assert (questions[0].score, questions[0].max, questions[0].percent) == (8, 15, 53)
    [chosen] = [i for i in log.items if i.code == "ocr_cell_reread"]
    assert chosen.severity == "info" and "max 15 (the page read 'IS', letters shaped as 15" in chosen.message
    assert not [i for i in log.items if i.code in ("cell_unread", "question_value_missing")]
    # Light toner 46005000: a thin "15" read "i5" on the page and "5" alone.
    questions, log = _settled([_row(115, "1.1", "7", "i5", "47 %")], {("1.1", "max"): "5"})
    assert (questions[0].score, questions[0].max, questions[0].percent) == (7, 15, 47)


def test_letters_shaped_as_digits_that_the_row_does_not_allow_stay_unread() -> None:
    questions, log = _settled([_row(115, "1.1", "8", "IS", "20 %")], {})
    assert questions[0].max is None
    assert [i.code for i in log.items if i.code in ("cell_unread", "ocr_cell_reread")] == ["cell_unread"]


def test_a_score_tables_ids_and_numbers_are_no_bullets_place() -> None:
    """Faded archive 41010000: a score's faded digit read as a dash ("9 – 15 27") was taken for a
    column of bullets, and every row's score cell got a guessed bullet where its digit stood (the
    8 of 6.1 was lost); a question id read as a Tesseract line of its own ("6.2" apart from its
    row's text) drew one before the row's text."""
    levels = numpy.full((1500, 2400), 90, numpy.uint8)  # ink everywhere: only the words decide
    row_dash = [_word("9", 392, 397, top=200.0), Word("–", 438.0, 200.0, 442.0, 212.0, 3, 0.0, conf=80.0),
                _word("15", 478, 487, top=200.0), _word("27", 512, 522, top=200.0)]
    row_faded = [_word("Finns", 104, 125, top=220.0), _word("10", 478, 487, top=220.0)]
    assert ocr._bullet_columns([*row_dash, *row_faded], OCR_DEFAULTS) == []
    assert ocr._bullets_at_their_place(levels, [*row_dash, *row_faded], 3, OCR_DEFAULTS) == [*row_dash, *row_faded]
    # A list's bullet opens a column, and a row whose id stands at the bullets' place, read
    # apart from its text (another Tesseract band), gets no bullet; a row without one does.
    item = [Word("•", 78.0, 240.0, 81.0, 252.0, 3, 0.0, conf=90.0), _word("Vilka", 88, 108, top=240.0)]
    text = [Word(t, x0, 260.0, x1, 270.4, 3, 0.0, conf=95.0) for t, x0, x1 in (("Hur", 88, 103), ("sker", 106, 123))]
    row_id = Word("6.3", 69.0, 261.0, 81.0, 268.0, 3, 0.0, conf=96.0)
    found = ocr._bullets_at_their_place(levels, [*item, *text, row_id], 3, OCR_DEFAULTS)
    assert [w.text for w in found].count("•") == 1
    found = ocr._bullets_at_their_place(levels, [*item, *text], 3, OCR_DEFAULTS)
    assert [(w.text, w.top) for w in found if w.text == "•"] == [("•", 240.0), ("•", 260.0)]


def test_a_line_after_one_stopping_well_short_starts_an_item_though_its_bullets_place_is_paper() -> None:
    """Fax 41007000: a fax whitens a dash bullet away whole. "brukare/mecborgare" / "Analysera
    avvikelser ..." ran two items together, and the list's last item went missing, silently."""
    from extractors.items import START_BY_SHAPE_ON_PAPER, split_items
    from extractors.text import HyphenRules

    def sure(line: Line) -> Line:
        return Line(line.page, tuple(w._replace(conf=100.0) for w in line.words))

    rules = HyphenRules(dangling=frozenset({"i", "och"}))
    lines = [
        sure(_ocr_line(3, 100, (72, "•"), (85, "Mät"), (110, "tillgänglighet"), (190, "via"), (210, "telefon"))),
        _ocr_line(3, 113, (85, "brukare/medborgare")),
        _ocr_line(3, 126, (85, "Analysera"), (135, "avvikelser"), (190, "i"), (200, "resultaten"), (255, "inte")),
        _ocr_line(3, 139, (85, "bara"), (110, "ekonomin"), (160, "i")),  # a word left hanging: it goes on
        _ocr_line(3, 152, (85, "Skövde?")),
    ]
    items = split_items(lines, rules, right=300.0)
    assert [(i.text, i.start_guessed, i.run_on) for i in items] == [
        ("Mät tillgänglighet via telefon brukare/medborgare", "", ""),
        ("Analysera avvikelser i resultaten inte bara ekonomin i Skövde?", START_BY_SHAPE_ON_PAPER, "Skövde?")]
    # A line before that stopped a word short of the column's edge is no proof: the edge is known
    # to a few points only. The line goes on, and says it may start an item.
    lines[1] = _ocr_line(3, 113, (85, "brukare/medborgare"), (180, "och"), (200, "andra"), (230, "oss"))
    items = split_items(lines[:3], rules, right=300.0)
    assert [(i.start_guessed, i.run_on) for i in items] == [("", "Analysera avvikelser i resultaten")]
    # Its issue names the whole list: an item may be missing from it.
    from extractors.areas import AreaSection
    from extractors.selfcheck import item_start_issues
    section = AreaSection(5, 3, 0, 1, 5, improvements=items)
    [issue] = item_start_issues({5: section})
    assert (issue.code, issue.severity, issue.area, issue.field) == ("ocr_item_run_on", "warning", 5, "improvements")


def test_a_faint_bullet_read_as_a_letter_at_the_bullets_place_is_a_guessed_bullet() -> None:
    """Light toner 43005000: "0 Synliggjøre gude ledere", "s Utvikle analysen": faint bullets
    read as letters at the column's place, and two items ran into one (flagged)."""
    levels = numpy.full((900, 1200), 255, numpy.uint8)
    words = [
        Word("•", 61.4, 363.6, 64.3, 375.6, 3, 0.0, conf=50.0), _word("Følge", 74.9, 98.6, top=363.6),
        Word("0", 61.4, 379.0, 64.3, 391.0, 3, 0.0, conf=11.0), _word("Synliggjøre", 74.6, 125.0, top=379.0),
        Word("s", 61.4, 393.6, 64.3, 405.6, 3, 0.0, conf=61.0), _word("Utvikle", 75.1, 106.8, top=393.6),
        Word("•", 61.2, 408.2, 64.1, 420.2, 3, 0.0, conf=0.0), _word("Videreutvikle", 75.1, 134.4, top=408.2),
        # The margin's "I dag" goes on a space after its "I"; a word wider than the bullet is no bullet.
        Word("I", 61.0, 423.0, 62.5, 435.0, 3, 0.0, conf=90.0), _word("dag", 65.5, 80.0, top=423.0),
        Word("Å", 61.0, 438.0, 68.0, 450.0, 3, 0.0, conf=90.0), _word("koble", 75.0, 98.0, top=438.0),
        # Multifunction 44008000: "*. Arbeidsmiljø" had cut a box short (flagged), three sub-headings lost.
        Word("*.", 61.4, 453.0, 64.8, 465.0, 3, 0.0, conf=30.0), _word("Arbeidsmiljø", 75.0, 121.0, top=453.0),
        # Photocopy 50009000: a speck left of the bullet read with it, '"«': the box's last sub-heading was lost.
        Word('"«', 57.6, 468.0, 64.3, 480.0, 3, 0.0, conf=27.0), _word("Brukarundersøkelser", 75.0, 150.0, top=468.0),
    ]
    found = ocr._bullets_at_their_place(levels, words, 3, OCR_DEFAULTS)
    assert [(w.text, w.top, w.conf) for w in found if w not in words] == [
        ("•", 379.0, 0.0), ("•", 393.6, 0.0), ("•", 453.0, 0.0), ("•", 468.0, 0.0)]
    assert [w.text for w in sorted(found, key=lambda w: w.top) if w.x0 < 65] == ["•", "•", "•", "•", "I", "Å", "•", "•"]


def test_a_line_read_alone_whose_bullet_read_as_a_letter_is_print() -> None:
    """Heavy toner 44006000: a box's first sub-heading, read alone as "e System för styrning och
    uppföljning" (the bullet "e" at 75 %, the words at 96 %), was taken for junk; the one read
    after it was published as the first sub-heading."""
    def page(*words: tuple[str, float]) -> ocr.OcrPage:
        return ocr.OcrPage(tuple(_word(text, 60 + 40 * i, 95 + 40 * i, conf=conf) for i, (text, conf) in enumerate(words)))

    def words_of_the_language(text: str) -> bool:
        return text.casefold() in {"system", "för", "styrning", "och", "uppföljning"}

    line = page(("e", 75.0), ("System", 96.0), ("för", 97.0), ("styrning", 97.0), ("och", 97.0), ("uppföljning", 96.0))
    assert ocr._reads_as_print(line, False, words_of_the_language, OCR_DEFAULTS)
    # Junk stays junk: slivers read unsure, or a letter and short marks.
    assert not ocr._reads_as_print(page(("e", 75.0), ("Sy", 40.0), ("AD", 90.0)), False, words_of_the_language, OCR_DEFAULTS)
    assert not ocr._reads_as_print(page(("e", 75.0), ("Systxm", 30.0)), False, words_of_the_language, OCR_DEFAULTS)
    # Most of a line read surely as words of the language is print, whatever OCR made of the rest:
    # heavy toner's bold "Dekgättonsordningen samt anvisningar kring" (11 %, then 92-93 %) was lost.
    bold = page(("Dekgättonsordningen", 11.0), ("styrning", 93.0), ("system", 92.0), ("uppföljning", 92.0), ("Utvi", 32.0))
    assert ocr._reads_as_print(bold, False, words_of_the_language, OCR_DEFAULTS)
    assert not ocr._reads_as_print(page(("Dekgättonsordningen", 11.0), ("styrning", 93.0), ("Utvi", 32.0)), False,
                                   words_of_the_language, OCR_DEFAULTS)  # one word is no line


def test_a_bullet_read_unsure_off_the_columns_of_the_pages_sure_bullets_is_a_speck() -> None:
    """Multifunction 44008000: a speck beside a wrapped line read "•" at 25 %, three points left
    of the bullets' column: "Resultater fra brukerundersøkelser brukes i" | "planarbeidet"."""
    words = [
        Word("•", 67.7, 258.0, 70.1, 267.1, 3, 0.0, conf=100.0), _word("Resultater", 79.9, 121.0, top=258.0),
        Word("•", 283.7, 258.0, 286.3, 267.1, 3, 0.0, conf=82.0), _word("Utvikle", 295.7, 323.0, top=258.0),
        Word("•", 64.3, 270.0, 66.7, 279.1, 3, 0.0, conf=25.4), _word("planarbeidet", 79.7, 130.3, top=270.0),
        Word("•", 67.9, 282.0, 70.3, 291.4, 3, 0.0, conf=40.0), _word("Jevnlige", 78.7, 110.6, top=282.0),
    ]
    kept, stray = ocr._stray_bullets(words, OCR_DEFAULTS)
    assert [(w.x0, w.top) for w in stray] == [(64.3, 270.0)] and len(kept) == len(words) - 1
    # A column of its own far from the sure bullets' (a fax's dashes, all unsure) keeps its bullets.
    other_column = [w for w in words if w.x0 != 64.3] + [Word("•", 30.0, 300.0, 32.4, 309.0, 3, 0.0, conf=39.0),
                                                          _word("Mentorprogram", 42.0, 110.0, top=300.0)]
    assert ocr._stray_bullets(other_column, OCR_DEFAULTS)[1] == []
    # Without a sure bullet on the page, no column tells a speck from a bullet.
    assert ocr._stray_bullets([w for w in words if w.conf < 60 or not ocr.is_bullet(w.text)], OCR_DEFAULTS)[1] == []
