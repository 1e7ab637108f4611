"""Provenance and `kompass debug`'s drawing of it, and the input record read once, saved and loaded.

On Heby 2014's first score-table page every question value of its tables has an entry naming
its field, boxed round words on the page; the PNG holds the colour value boxes are drawn in.
A saved input parses, without the PDF, to the record `extract_report` gives.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from extractors.debug_draw import NUMBER_COLOUR, TEXT_COLOUR
from extractors.provenance import on_page
from extractors.report import extract_report, parse_input, read_input
from extractors.report_input import InputFormatError, ReportInput, load, save
from kompass.cli import main
from tests.requirements import require

HEBY = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf" / "heby-2014.pdf"
TABLE_PAGE = 27  # the tables of areas 1-4 (area 4's runs on to page 28)


@pytest.fixture(scope="module")
def heby():
    require(HEBY.exists(), f"the corpus ({HEBY})")
    return extract_report(HEBY)


def test_every_question_value_of_a_score_table_page_has_its_words(heby) -> None:
    entries = {e.field: e for e in on_page(heby.provenance, TABLE_PAGE) if e.kind == "value"}
    page = read_input(HEBY).document.pages[TABLE_PAGE - 1]
    questions = [q for area in heby.record["areas"] for q in area["questions"] if q["page"] == TABLE_PAGE]
    assert len(questions) >= 20
    for q in questions:
        for field in ("id", "text", "score", "max", "percent"):
            entry = entries[f"q {q['id']} {field}"]
            box = entry.bbox(TABLE_PAGE)
            assert box is not None, entry.field
            x0, top, x1, bottom = box
            assert 0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height, entry.field
            if field in ("score", "max", "percent"):
                assert entry.value == f"{q[field]:g}", entry.field
                assert all(w.page == TABLE_PAGE for w in entry.words)
        assert " ".join(w.text for w in entries[f"q {q['id']} id"].words) == q["id"]
    kinds = {e.kind for e in on_page(heby.provenance, TABLE_PAGE)}
    assert kinds == {"value", "region", "column", "row"}
    columns = {e.field for e in on_page(heby.provenance, TABLE_PAGE) if e.kind == "column"}
    assert {"area 1 score column", "area 1 max column", "area 1 percent column"} <= columns
    for area in (1, 2, 3):
        assert entries[f"area {area} total score"].value == f"{heby.record['areas'][area - 1]['score_readings']['table_total']['score']:g}"


def test_other_values_carry_their_words(heby) -> None:
    fields = {e.field: e for e in heby.provenance if e.kind == "value"}
    assert [w.text for w in fields["year"].words] == ["2014"]
    assert [w.text for w in fields["municipality"].words] == ["HEBY", "KOMMUN"]
    assert fields["summary total"].value == "426" and fields["summary total"].page == 4
    assert fields["area 3 box"].value == "66" and [w.text for w in fields["area 3 box"].words] == ["66"]
    strength = heby.record["areas"][0]["strengths"][3]
    assert strength.startswith(fields["area 1 strength 4"].words[0].text)
    regions = {e.field for e in heby.provenance if e.kind == "region"}
    assert {"summary table (area_rows_in_order)", "area 1 box (large_type)", "area 6 strengths (headed_lists)",
            "area 1 score table (own_header)"} <= regions


def test_debug_draws_the_readers_provenance(heby, tmp_path: Path) -> None:
    out = tmp_path / "p27.png"
    saved = tmp_path / "heby.input.json"
    assert main(["debug", str(HEBY), "--page", str(TABLE_PAGE), "-o", str(out), "--save-input", str(saved)]) == 0
    image = Image.open(out).convert("RGB")
    colours = {colour for _, colour in image.getcolors(maxcolors=1 << 20)}
    assert NUMBER_COLOUR in colours and TEXT_COLOUR in colours
    assert load(saved) == read_input(HEBY)
    words_only = tmp_path / "words.png"
    assert main(["debug", str(HEBY), "--page", str(TABLE_PAGE), "-o", str(words_only), "--what", "words"]) == 0
    assert NUMBER_COLOUR not in {c for _, c in Image.open(words_only).convert("RGB").getcolors(maxcolors=1 << 20)}
    assert main(["debug", str(HEBY), "--page", "3", "-o", str(out), "--what", "words,nonsense"]) == 2


def test_a_saved_input_parses_to_the_same_record_without_the_pdf(heby, tmp_path: Path) -> None:
    report_input = read_input(HEBY)
    path = save(report_input, tmp_path / "heby.input.json")
    loaded = load(path)
    assert loaded == report_input
    parsed = parse_input(loaded)
    assert json.dumps(parsed.to_dict(), ensure_ascii=False) == json.dumps(heby.to_dict(), ensure_ascii=False)
    assert parsed.provenance == heby.provenance


def test_a_file_that_is_no_saved_input_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputFormatError):
        ReportInput.from_json({"format": 99})
    with pytest.raises(InputFormatError):
        ReportInput.from_json({"format": 1, "file": "x.pdf"})
    (tmp_path / "x.json").write_text("{", "utf-8")
    with pytest.raises(InputFormatError):
        load(tmp_path / "x.json")
