"""`kompass extract` and `kompass ingest` agree on what is wrong with a report's numbers.

The extractor checks the report's own sums as it reads (extractors/checks.py);
the dataset is validated with pandera (schemas/). On a real report made wrong in
one place at a time, both must name the same checks for the same areas and
questions, and the extractor must say where the wrong value stands.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from extractors import extract_report
from extractors.checks import AreaValues, QuestionValues, consistency_issues
from extractors.model import Located
from schemas.build import build_tables
from schemas.validate import validate
from tests.pipeline_support import PDF_DIR, record

pytest_plugins = ["tests.conftest_pipeline"]
CHECKS = {"area_readings_agree", "area_questions_sum", "percent_consistent", "question_max_sum", "total_equals_sum"}


@pytest.fixture(scope="module")
def heby(needs_corpus) -> dict:
    return extract_report(PDF_DIR / "heby-2014.pdf").to_dict()


def _located(reading: dict | None) -> Located | None:
    return None if reading is None else Located(reading["score"], reading["page"])


def extractor_findings(data: dict) -> set[tuple]:
    """What extractors/checks.py says of the record's numbers."""
    areas = [
        AreaValues(a["number"], a["max"], _located(a["score_readings"]["summary"]), _located(a["score_readings"]["box"]),
                   _located(a["score_readings"]["table_total"]),
                   tuple(QuestionValues(q["id"], q["score"], q["max"], q["percent"], q["page"]) for q in a["questions"]))
        for a in data["areas"]
    ]
    total = _located(data["total"]) if data["total"]["score"] is not None else None
    issues = consistency_issues(areas, total, [a["score"] for a in data["areas"]])
    assert all(i.page is not None for i in issues), issues
    return {(i.code, i.area, i.question_id) for i in issues}


def validation_findings(data: dict, frameworks) -> set[tuple]:
    """What the dataset's pandera validation says of the same record."""
    data = {**copy.deepcopy(data), "issues": []}  # its own failures, not the extractor's
    rec = record(data)
    issues = validate(build_tables([rec]), [rec], frameworks)
    rows = issues[issues["check_name"].isin(CHECKS)]
    return {(r.check_name, None if r.check_name == "total_equals_sum" else int(r.area),
             r.question_id if isinstance(r.question_id, str) else None) for r in rows.itertuples()}


def _area(data: dict, n: int) -> dict:
    return data["areas"][n - 1]


def _summary_off(d):
    _area(d, 3)["score"] += 1
    _area(d, 3)["score_readings"]["summary"]["score"] += 1


def _box_off(d):
    _area(d, 6)["score_readings"]["box"]["score"] -= 2


def _question_off(d):
    _area(d, 2)["questions"][2]["score"] += 4


def _percent_off(d):
    _area(d, 4)["questions"][0]["percent"] += 12


def _max_off(d):
    _area(d, 5)["questions"][1]["max"] += 5


def _total_off(d):
    d["total"]["score"] += 3


@pytest.mark.parametrize("mutate", [None, _summary_off, _box_off, _question_off, _percent_off, _max_off, _total_off],
                         ids=["as printed", "summary", "box", "question", "percent", "max", "total"])
def test_extraction_and_validation_name_the_same_problems(heby, frameworks, mutate) -> None:
    data = copy.deepcopy(heby)
    if mutate is not None:
        mutate(data)
    found = extractor_findings(data)
    assert found == validation_findings(data, frameworks)
    assert bool(found) == (mutate is not None)


def test_the_odd_reading_out_is_where_the_issue_stands(heby) -> None:
    data = copy.deepcopy(heby)
    _box_off(data)
    areas = [AreaValues(6, 100, Located(42, 5), Located(40, 22), Located(42, 28), ())]
    [issue] = consistency_issues(areas, None, [42])
    assert (issue.code, issue.page, issue.area) == ("area_readings_agree", 22, 6)
    assert "score box 40 (page 22)" in issue.message


def _reprint(pdf: Path, page_number: int, old: str, new: str, out: Path, nth: int = 0) -> Path:
    """A copy of `pdf` with the `nth` printed word `old` on the page replaced by `new`, in place."""
    import pymupdf

    with pymupdf.open(pdf) as doc:
        page = doc[page_number - 1]
        box = [w for w in page.get_text("words") if w[4] == old][nth]
        rect = pymupdf.Rect(box[:4])
        page.add_redact_annot(rect)
        page.apply_redactions()
        page.insert_text((rect.x0, rect.y1 - 0.2 * rect.height), new, fontsize=rect.height * 0.85)
        doc.save(out)
    return out


def test_a_report_whose_numbers_contradict_themselves_is_not_clean(heby, tmp_path: Path) -> None:
    """The checks run inside `extract_report`: the summary's total reprinted wrong is an error
    on the summary's page, and the report is no longer clean."""
    page = heby["total"]["page"]
    pdf = _reprint(PDF_DIR / "heby-2014.pdf", page, "426", "436", tmp_path / "heby-wrong-total.pdf")
    result = extract_report(pdf)
    assert result.record["total"]["score"] == 436
    assert [(i.code, i.page) for i in result.issues if i.severity == "error"] == [("total_equals_sum", page)]


def test_an_earlier_total_that_is_not_the_sum_of_its_areas_is_an_error() -> None:
    from extractors.checks import previous_total_issues

    earlier = [(2012, area, 50.0, 4) for area in range(1, 9)]
    assert previous_total_issues([*earlier, (2012, None, 400.0, 4)], 8) == []
    issues = previous_total_issues([*earlier, (2012, None, 460.0, 4)], 8)
    assert [(i.code, i.severity, i.page, i.area) for i in issues] == [("previous_total_equals_sum", "error", 4, None)]
    assert "2012 total 460" in issues[0].message and "400" in issues[0].message
    assert previous_total_issues([*earlier[:7], (2012, None, 460.0, 4)], 8) == []  # an area unread: nothing to add
