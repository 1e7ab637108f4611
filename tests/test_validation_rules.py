"""Each validation check: passes on the golden reports, fails on data made bad on purpose,
and its failure becomes a quality_issues row with the page it concerns."""

from __future__ import annotations

import pandas as pd
import pytest

from schemas.build import build_tables
from schemas.rounding import unrounded_interval
from schemas.validate import validate
from tests.pipeline_support import record

pytest_plugins = ["tests.conftest_pipeline"]


def issues_of(data: dict, frameworks) -> pd.DataFrame:
    rec = record(data)
    return validate(build_tables([rec]), [rec], frameworks)


def checks(issues: pd.DataFrame) -> set[str]:
    return set(issues["check_name"])


def area(data: dict, n: int) -> dict:
    return next(a for a in data["areas"] if a["number"] == n)


def question(data: dict, qid: str) -> dict:
    return next(q for q in area(data, int(qid.split(".")[0]))["questions"] if q["id"] == qid)


@pytest.mark.parametrize("name", ["borlange-2017", "frogn-2013", "heby-2014", "hoganas-2012", "lulea-2011",
                                  "molndal-2015", "skovde-2022", "trollhattan-2021", "vetlanda-2014"])
def test_golden_reports_pass_every_check(golden, frameworks, name):
    issues = issues_of(golden[name], frameworks)
    assert issues.empty, issues.to_string()


def test_heby_area_2_rounding_is_explained(golden, frameworks):
    """Printed 5+10+7+8+10+10 = 50 against the printed total 49: the percents explain it."""
    heby = golden["heby-2014"]
    a2 = area(heby, 2)
    assert sum(q["score"] for q in a2["questions"]) == 50 and a2["score"] == 49
    assert "area_questions_sum" not in checks(issues_of(heby, frameworks))


def test_unrounded_interval_is_bounded_by_score_and_percent():
    assert unrounded_interval(7, 15, 45) == (6.675, 6.825)  # Heby 1.1
    assert unrounded_interval(7, 15, None) == (6.5, 7.5)
    assert unrounded_interval(0, 10, None) == (0.0, 0.5)
    assert unrounded_interval(7, 15, 80) == (None, None)  # 80% of 15 is 12, not 7


def test_misread_question_digit_fails_area_sum(golden, frameworks):
    heby = golden["heby-2014"]
    for q in area(heby, 2)["questions"]:
        q["percent"] = None  # no percents: only the printed scores bound the sum (±0.5 each)
    question(heby, "2.3")["score"] = 1  # a misread 7
    question(heby, "2.3")["page"] = 27
    issues = issues_of(heby, frameworks)
    row = issues[issues["check_name"] == "area_questions_sum"].iloc[0]
    assert (row["area"], row["found"]) == (2, "49")
    assert row["severity"] == "error" and "44" in row["message"]


def test_area_readings_disagree(golden, frameworks):
    heby = golden["heby-2014"]
    a1 = area(heby, 1)
    a1["page"] = 6
    a1["score_readings"] = {"summary": {"score": 55, "page": 4}, "box": {"score": 55, "page": 6},
                            "table_total": {"score": 54, "page": 27}}
    issues = issues_of(heby, frameworks)
    row = issues[issues["check_name"] == "area_readings_agree"].iloc[0]
    assert row["area"] == 1 and row["page"] == 6 and "score table 54" in row["found"]


def test_total_differs_from_sum_of_areas(golden, frameworks):
    heby = golden["heby-2014"]
    heby["total"] = {"score": 427, "max": 800, "page": 4}
    issues = issues_of(heby, frameworks)
    row = issues[issues["check_name"] == "total_equals_sum"].iloc[0]
    assert (row["expected"], row["found"], row["page"]) == ("426", "427", 4)


def test_percent_contradicts_score(golden, frameworks):
    heby = golden["heby-2014"]
    question(heby, "1.1").update(percent=54, page=26)
    issues = issues_of(heby, frameworks)
    row = issues[issues["check_name"] == "percent_consistent"].iloc[0]
    assert (row["question_id"], row["area"], row["page"], row["found"]) == ("1.1", 1, 26, "7")


def test_question_maxima_do_not_add_up(golden, frameworks):
    heby = golden["heby-2014"]
    question(heby, "1.5").update(max=15, percent=40)  # 6 of 15 is 40%: consistent, but the maxima add to 105
    issues = issues_of(heby, frameworks)
    row = issues[issues["check_name"] == "question_max_sum"].iloc[0]
    assert (row["area"], row["expected"], row["found"]) == (1, "100", "105")
    assert "percent_consistent" not in checks(issues)


def test_duplicate_question_key(golden, frameworks):
    heby = golden["heby-2014"]
    question(heby, "1.2")["id"] = "1.1"
    assert "question_scores_unique_key" in checks(issues_of(heby, frameworks))


def test_area_name_outside_framework(golden, frameworks):
    heby = golden["heby-2014"]
    area(heby, 1)["name"] = "Offentlighet og demokrati"  # the Norwegian framework's name
    issues = issues_of(heby, frameworks)
    row = issues[issues["check_name"] == "area_name_in_framework"].iloc[0]
    assert (row["expected"], row["found"]) == ("Offentlighet och demokrati", "Offentlighet og demokrati")


def test_missing_area(golden, frameworks):
    heby = golden["heby-2014"]
    heby["areas"] = [a for a in heby["areas"] if a["number"] != 8]
    heby["total"]["score"] = 426 - 71
    issues = issues_of(heby, frameworks)
    assert checks(issues) == {"areas_complete"}


def test_question_listed_under_wrong_area(golden, frameworks):
    heby = golden["heby-2014"]
    question(heby, "1.5")["id"] = "2.9"
    assert "question_in_area" in checks(issues_of(heby, frameworks))


def test_scores_above_max(golden, frameworks):
    heby = golden["heby-2014"]
    question(heby, "1.1").update(score=17, percent=None)
    area(heby, 8)["max"] = 60
    found = checks(issues_of(heby, frameworks))
    assert {"question_score_within_max", "area_score_within_max"} <= found


def test_column_check_names_column(golden, frameworks):
    heby = golden["heby-2014"]
    heby["report"]["municipality_code"] = "331"
    issues = issues_of(heby, frameworks)
    row = issues[issues["check_name"].str.startswith("municipality_code:")].iloc[0]
    assert row["found"] == "331" and row["source_file"] == "heby-2014.pdf"


def test_extractor_issues_and_failures_become_rows(golden, frameworks):
    from schemas.records import ExtractedReport, FailedExtraction

    heby = golden["heby-2014"]
    heby["issues"] = [{"severity": "warning", "code": "hyphen_joined", "page": 9, "area": 1,
                       "question_id": None, "message": "joined 'de över-' and 'gripande'"}]
    failed = ExtractedReport("0" * 64, "broken.pdf", "2026-01-01T00:00:00+00:00", None,
                             error=FailedExtraction("encrypted", "the PDF is encrypted", None))
    rec = record(heby)
    issues = validate(build_tables([rec, failed]), [rec, failed], frameworks)
    pages = [None if pd.isna(p) else int(p) for p in issues["page"]]
    assert set(zip(issues["check_name"], issues["severity"], pages)) == {
        ("hyphen_joined", "warning", 9), ("encrypted", "error", None)}


def test_framework_outside_the_definitions(golden, frameworks):
    heby = golden["heby-2014"]
    heby["report"]["framework"] = "kommunkompassen-1999"
    row = issues_of(heby, frameworks).query("check_name == 'framework_defined'").iloc[0]
    assert row["found"] == "kommunkompassen-1999 (SE, sv)" and "not defined" in row["message"]


def test_country_and_language_are_the_frameworks(golden, frameworks):
    heby = golden["heby-2014"]
    heby["report"]["country"] = "NO"
    row = issues_of(heby, frameworks).query("check_name == 'framework_defined'").iloc[0]
    assert (row["expected"], row["found"]) == ("kommunkompassen-2010 (SE, sv)", "kommunkompassen-2010 (NO, sv)")


def test_area_outside_the_framework(golden, frameworks):
    heby = golden["heby-2014"]
    heby["previous_results"].append({"year": 2011, "area": 9, "score": 40, "page": 4})
    row = issues_of(heby, frameworks).query("check_name == 'area_in_framework'").iloc[0]
    assert (row["area"], row["expected"], row["found"]) == (9, "1..8", "9")


def test_question_worth_more_than_its_area(golden, frameworks):
    heby = golden["heby-2014"]
    question(heby, "1.1").update(max=120, percent=None)
    row = issues_of(heby, frameworks).query("check_name == 'question_max_within_area'").iloc[0]
    assert (row["question_id"], row["expected"], row["found"]) == ("1.1", "<= 100", "120")
