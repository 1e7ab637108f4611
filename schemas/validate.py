"""Lazy pandera validation of the curated tables, turned into `quality_issues` rows.

Every failure case becomes one row naming the report, the page, the check, what
was expected and what was found. Extraction issues reported by the extractor and
files it could not extract at all become rows too, so `quality_issues` is the
one list of everything wrong with the data.
"""

from __future__ import annotations

from typing import TypeVar

import pandas as pd
import pandera.pandas as pa

from schemas import models, rules
from schemas.build import ISSUE_COLUMNS, Tables, frame
from schemas.canonical import Frameworks, area_facts, framework_facts
from schemas.records import ExtractedReport

_UNIQUE = "multiple_fields_uniqueness"


_T = TypeVar("_T")


def _none(x: _T) -> _T | None:
    return None if x is None or x is pd.NA or (isinstance(x, float) and x != x) else x


def extraction_issue_rows(records: list[ExtractedReport]) -> list[dict]:
    """The extractor's own findings: its issues list, fatal errors, duplicate files."""
    rows = []
    for rec in records:
        base = {"report_id": rec.report_id, "source_file": rec.source_file}
        if rec.error is not None:
            rows.append({**base, "severity": "error", "check_name": rec.error.code, "page": rec.error.page,
                         "message": f"{rec.source_file}: {rec.error.message}"})
        for issue in (rec.data or {}).get("issues") or []:
            rows.append({**base, "severity": issue.get("severity", "error"), "check_name": issue.get("code"),
                         "area": issue.get("area"), "question_id": issue.get("question_id"),
                         "field": issue.get("field"),
                         "page": issue.get("page"), "message": issue.get("message")})
        for dup in rec.duplicate_files:  # the warning sits on the copy: the original is the report
            rows.append({**base, "source_file": dup, "severity": "warning", "check_name": "duplicate_file",
                         "expected": "one file per report", "found": f"same content as {rec.source_file}",
                         "message": f"{dup} has the same content as {rec.source_file}: skipped"})
    return rows


def _printed_numbers(data: dict) -> list[tuple[dict, object]]:
    """(place, value) of every printed number the dataset stores as an integer."""
    total = data.get("total") or {}
    out: list[tuple[dict, object]] = [({"field": f"total.{k}", "page": total.get("page")}, total.get(k))
                                      for k in ("score", "max")]
    for a in data.get("areas") or []:
        where = {"area": a.get("number"), "page": a.get("page")}
        out += [({**where, "field": k}, a.get(k)) for k in ("score", "max")]
        for name, reading in (a.get("score_readings") or {}).items():
            out.append(({**where, "field": f"score_readings.{name}", "page": (reading or {}).get("page")},
                        (reading or {}).get("score")))
        for q in a.get("questions") or []:
            out += [({**where, "question_id": q.get("id"), "field": k, "page": q.get("page")}, q.get(k))
                    for k in ("score", "max", "percent")]
    for prev in data.get("previous_results") or []:
        out.append(({"area": prev.get("area"), "field": f"previous_results[{prev.get('year')}].score",
                     "page": prev.get("page")}, prev.get("score")))
    return out


def not_whole_rows(records: list[ExtractedReport]) -> list[dict]:
    """Printed scores, maxima and percents that are not whole numbers: reports print whole
    points, so a fraction is a misread (or a report unlike any seen), and the dataset's
    integer columns cannot hold it without rounding a printed number."""
    rows = []
    for rec in records:
        for place, value in _printed_numbers(rec.data or {}):
            if isinstance(value, float) and not value.is_integer():
                what = " ".join(f"{k.replace('_id', '')} {place[k]}" for k in ("area", "question_id")
                                if place.get(k) is not None)
                rows.append({"report_id": rec.report_id, "source_file": rec.source_file, "severity": "error",
                             "check_name": "value_not_whole", "expected": "a whole number", "found": f"{value:g}",
                             **place, "message": f"{rec.source_file}: {what + ' ' if what else ''}"
                             f"{place['field']} is {value:g}, not a whole number as reports print them"})
    return rows


def _with_framework(df: pd.DataFrame, frameworks: Frameworks, columns: list[str]) -> pd.DataFrame:
    """`df` with what its rows' framework's definition says (schemas.canonical), index kept."""
    return df.join(framework_facts(frameworks)[columns], on="framework")


def reports_view(tables: Tables, frameworks: Frameworks) -> pd.DataFrame:
    areas = tables.area_scores.groupby("report_id").agg(
        area_score_sum=("score", lambda s: s.sum(min_count=1)),
        area_numbers=("area", lambda s: ",".join(str(a) for a in sorted(s.dropna()))),
    )
    view = tables.reports.join(areas, on="report_id")
    view["area_numbers"] = view["area_numbers"].astype("string")
    view["area_score_sum"] = view["area_score_sum"].astype("Float64")
    return _with_framework(view, frameworks, ["framework_country", "framework_language", "framework_area_numbers"])


def question_view(tables: Tables, frameworks: Frameworks) -> pd.DataFrame:
    view = _with_framework(tables.question_scores, frameworks, ["framework_area_count"])
    return view.join(area_facts(frameworks)[["framework_area_max"]], on=["framework", "area"])


def area_view(tables: Tables, frameworks: Frameworks) -> pd.DataFrame:
    q = tables.question_scores.copy()
    # A contradictory question (no interval) still bounds the area by its printed score.
    q["lo"] = q["unrounded_min"].fillna(q["score"] - 0.5)
    q["hi"] = q["unrounded_max"].fillna(q["score"] + 0.5)
    sums = q.groupby(["report_id", "area"]).agg(
        q_count=("question_id", "size"), q_score_sum=("score", "sum"),
        q_low_sum=("lo", "sum"), q_high_sum=("hi", "sum"), q_max_sum=("max", "sum"))
    view = tables.area_scores.join(sums, on=["report_id", "area"])
    view["q_count"] = view["q_count"].fillna(0).astype("Int64")
    for col in ("q_score_sum", "q_low_sum", "q_high_sum", "q_max_sum"):
        view[col] = view[col].astype("Float64")
    return view.join(area_facts(frameworks)[["canonical_name"]], on=["framework", "area"])


def _failure_rows(table: str, model: type[pa.DataFrameModel], view: pd.DataFrame,
                  source_files: pd.Series) -> list[dict]:
    try:
        model.validate(view, lazy=True)
        return []
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    rows, seen = [], set()
    for case in cases.itertuples(index=False):
        if case.index is None or pd.isna(case.index):
            raise TypeError(f"{table}: schema failure not tied to a row ({case.check} on {case.column}): "
                            "the table builder and the model disagree")
        name = "unique_key" if case.check == _UNIQUE else case.check
        rule = rules.RULES.get(name)
        key = (name if rule or name == "unique_key" else f"{name}:{case.column}", case.index)
        if key in seen:
            continue
        seen.add(key)
        row = view.loc[case.index]
        if rule is not None:
            expected, found, message = rule.describe(row)
            check = name
        elif name == "unique_key":
            cols = model.to_schema().unique  # the Config of the model or of the table it views
            found = ", ".join(f"{c}={row[c]}" for c in cols)
            expected, check = f"one row per ({', '.join(cols)})", f"{table}_unique_key"
            message = f"{table}: more than one row with {found}"
        else:
            check, expected, found = f"{case.column}:{name}", name, str(case.failure_case)
            message = f"{table}.{case.column} = {case.failure_case!r} fails {name}"
        report_id = row["report_id"]
        rows.append({
            "report_id": report_id, "source_file": source_files.get(report_id), "severity": "error",
            "check_name": check, "area": _none(row.get("area")) if table != "reports" else None,
            "question_id": _none(row.get("question_id")), "expected": expected, "found": found,
            "page": _none(row.get("page", row.get("total_page"))), "message": message,
        })
    return rows


def validate(tables: Tables, records: list[ExtractedReport], frameworks: Frameworks) -> pd.DataFrame:
    """Every problem found in `tables` (all reports, before any is held back) as quality_issues rows.
    `frameworks`: the loaded definitions (`schemas.canonical.loaded_frameworks()`), which the
    framework-specific rules read (areas, names, maxima, country, language)."""
    src = tables.reports.set_index("report_id")["source_file"]
    counted = ["framework_area_count"]
    rows = extraction_issue_rows(records) + not_whole_rows(records)
    checks = [
        ("reports", models.ReportsView, reports_view(tables, frameworks)),
        ("area_scores", models.AreaScoresView, area_view(tables, frameworks)),
        ("question_scores", models.QuestionScoresView, question_view(tables, frameworks)),
        ("findings", models.FindingsView, _with_framework(tables.findings, frameworks, counted)),
        ("previous_results", models.PreviousResultsView, _with_framework(tables.previous_results, frameworks, counted)),
        ("previous_totals", models.PreviousTotals, tables.previous_totals),
    ]
    # The extractor runs the same rounding-aware checks (extractors/checks.py) under the same
    # names: a failure it already reported is listed once, with the extractor's message.
    reported = {_issue_key(row) for row in rows}
    for table, model, view in checks:
        rows += [row for row in _failure_rows(table, model, view, src) if _issue_key(row) not in reported]
    return frame(rows, ISSUE_COLUMNS)


def _issue_key(row: dict) -> tuple:
    area = _none(row.get("area"))
    return (row["report_id"], row["check_name"], None if area is None else int(area), _none(row.get("question_id")))
