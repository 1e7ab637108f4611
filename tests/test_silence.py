"""Right or flagged, by construction: generated reports of every layout extract with no
silent field, every value carries the page the generator printed it on, and a file
holding more (or less) than one report is an error, never a clean record.

The silence benchmark (`benchmarks/silent.py`) runs the same judgement over a few
hundred reports; these tests keep a smaller sample in CI.
"""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from extractors import extract_report
from reportgen import SUPPORTED, generate, render_pdf
from reportgen.judge import judge

SAMPLE = range(500, 524)  # 8 per framework, each in the layout its seed draws


@pytest.mark.parametrize("seed", SAMPLE)
def test_no_field_is_wrong_without_an_issue_naming_its_place(seed: int, tmp_path: Path) -> None:
    report = generate(seed, framework=SUPPORTED[seed % 3])
    pdf = render_pdf(report, tmp_path / f"s{seed}.pdf")
    verdict = judge(report.expected(pdf), extract_report(pdf).to_dict())
    assert verdict.silent == [], verdict.silent[:5]
    assert verdict.texts_exact == verdict.texts, [w for w in verdict.wrong if w[0].kind.endswith(("s", "text"))][:5]


def _extracted_pages(record: dict) -> dict:
    """The extractor's page keys in the shape of `GeneratedReport.expected_pages`."""
    return {
        "report": {"pages": record["report"]["pages"]},
        "total": {"page": record["total"]["page"]},
        "areas": [
            {"number": a["number"], "page": a["page"], "score_readings": a["score_readings"],
             "questions": [{"id": q["id"], "page": q["page"]} for q in a["questions"]],
             "strength_pages": a["strength_pages"], "improvement_pages": a["improvement_pages"]}
            for a in record["areas"]
        ],
        "previous_results": sorted(({"year": r["year"], "area": r["area"], "page": r["page"]}
                                    for r in record["previous_results"]),
                                   key=lambda r: (r["year"], r["area"] or 99)),
    }


@pytest.mark.parametrize("seed", [601, 602, 603, 604, 605, 606])
def test_every_value_keeps_the_page_it_was_printed_on(seed: int, tmp_path: Path) -> None:
    # Odd seeds: a re-evaluation, whose summary prints earlier results (with their pages).
    report = (generate(seed, framework="kommunkompassen-2010", n_results=2, year=2016) if seed % 2
              else generate(seed, framework=SUPPORTED[seed % 3]))
    pdf = render_pdf(report, tmp_path / f"s{seed}.pdf")
    truth = report.expected_pages(pdf)
    for area in truth["areas"]:
        area.pop("subheading_pages")  # the record keeps no page per sub-heading (they share the box's)
    truth["previous_results"] = sorted(truth["previous_results"], key=lambda r: (r["year"], r["area"] or 99))
    assert _extracted_pages(extract_report(pdf).record) == truth


def _pdf(report, path: Path, layout_seed: int) -> Path:
    return render_pdf(report, path, layout_seed=layout_seed)


def test_two_reports_in_one_file_are_an_error(tmp_path: Path) -> None:
    first = _pdf(generate(71, framework="kommunkompassen-2010"), tmp_path / "a.pdf", 71)
    second = _pdf(generate(72, framework="kommunkompassen-2010"), tmp_path / "b.pdf", 72)
    both = tmp_path / "both.pdf"
    with pymupdf.open(first) as doc, pymupdf.open(second) as other:
        doc.insert_pdf(other)
        doc.save(both)
    result = extract_report(both)
    codes = {i.code for i in result.issues if i.severity == "error"}
    assert {"multiple_reports", "summary_table_repeated", "score_table_repeated"} <= codes, codes


def _summary_page(pdf: Path) -> int:
    return extract_report(pdf).record["total"]["page"]


def test_a_summary_page_taken_from_another_report_is_an_error(tmp_path: Path) -> None:
    own = generate(81, framework="kommunkompassen-2010")
    other = generate(82, framework="kommunkompassen-2010")
    assert own.municipality != other.municipality
    own_pdf, other_pdf = _pdf(own, tmp_path / "own.pdf", 5), _pdf(other, tmp_path / "other.pdf", 5)
    page, other_page = _summary_page(own_pdf), _summary_page(other_pdf)
    mixed = tmp_path / "mixed.pdf"
    with pymupdf.open(own_pdf) as doc, pymupdf.open(other_pdf) as donor:
        doc.delete_page(page - 1)
        doc.insert_pdf(donor, from_page=other_page - 1, to_page=other_page - 1, start_at=page - 1)
        doc.save(mixed)
    result = extract_report(mixed)
    errors = [i for i in result.issues if i.severity == "error"]
    assert any(i.code == "identity_conflict" and i.page == page for i in errors), errors
    # The other report's scores disagree with this one's boxes and score tables, area by area.
    disagreeing = {i.area for i in errors if i.code == "area_readings_agree"}
    assert disagreeing == {a.number for a, b in zip(own.areas, other.areas) if a.score != b.score}
