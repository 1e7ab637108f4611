"""Curated tables built from extraction records (no validation here, no IO).

Every row carries `report_id` (the PDF's sha256) plus natural keys, and the
report's `municipality_code` and `year` so any table joins with Kolada/SCB data.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import pandas as pd

from schemas.records import ExtractedReport
from schemas.rounding import unrounded_interval

REPORT_COLUMNS = [
    "report_id", "source_file", "source_url", "municipality", "municipality_code", "country", "year",
    "framework", "language", "evaluation_period", "evaluation_number", "evaluators",
    "total_score", "total_max", "pages", "ocr", "status", "extracted_at", "extractor_version",
]
AREA_COLUMNS = [
    "report_id", "municipality_code", "year", "area", "area_name",
    "score", "score_box", "score_table_total", "max", "page",
]
QUESTION_COLUMNS = [
    "report_id", "municipality_code", "year", "area", "question_id", "question_text",
    "score", "max", "percent", "unrounded_min", "unrounded_max", "page",
]
FINDING_COLUMNS = ["report_id", "municipality_code", "year", "area", "kind", "position", "text", "page"]
PREVIOUS_COLUMNS = ["report_id", "municipality_code", "year", "area", "score"]
ISSUE_COLUMNS = [
    "report_id", "source_file", "severity", "check", "area", "question_id", "field",
    "expected", "found", "page", "message",
]

# Column dtypes shared by the builders and the pandera models: nullable dtypes
# so a null stays null (never 0 or NaN-as-float) through Parquet, DuckDB and CSV.
DTYPES: dict[str, str] = {
    "report_id": "string", "source_file": "string", "source_url": "string", "municipality": "string",
    "municipality_code": "string", "country": "string", "year": "Int64",
    "framework": "string", "language": "string", "evaluation_period": "string",
    "evaluation_number": "Int64", "evaluators": "string", "total_score": "Float64",
    "total_max": "Float64", "pages": "Int64", "ocr": "boolean", "status": "string",
    "extracted_at": "string", "extractor_version": "string", "area": "Int64",
    "area_name": "string", "score": "Float64", "score_box": "Float64",
    "score_table_total": "Float64", "max": "Float64", "page": "Int64",
    "question_id": "string", "question_text": "string", "percent": "Float64",
    "unrounded_min": "Float64", "unrounded_max": "Float64", "kind": "string",
    "position": "Int64", "text": "string", "severity": "string", "check": "string",
    "expected": "string", "found": "string", "message": "string", "field": "string",
}


@dataclass(slots=True)
class Tables:
    """The curated dataset as DataFrames, one attribute per table."""

    reports: pd.DataFrame
    area_scores: pd.DataFrame
    question_scores: pd.DataFrame
    findings: pd.DataFrame
    previous_results: pd.DataFrame
    quality_issues: pd.DataFrame

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        return [(f.name, getattr(self, f.name)) for f in fields(self)]


def frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """A DataFrame with exactly `columns`, typed by DTYPES."""
    df = pd.DataFrame(rows, columns=columns)
    return df.astype({c: DTYPES[c] for c in columns})


def _reading(area: dict, which: str) -> dict:
    readings = area.get("score_readings") or {}
    return readings.get(which) or {}


def report_row(rec: ExtractedReport) -> dict:
    row = {"report_id": rec.report_id, "source_file": rec.source_file, "source_url": rec.source_url,
           "extracted_at": rec.extracted_at, "extractor_version": rec.extractor_version,
           "status": None}
    if rec.data is None:
        return row
    d = rec.data
    rep, total, source = d.get("report") or {}, d.get("total") or {}, d.get("source") or {}
    row.update(
        municipality=rep.get("municipality"), municipality_code=rep.get("municipality_code"),
        country=rep.get("country"), year=rep.get("year"), framework=rep.get("framework"),
        language=rep.get("language"), evaluation_period=rep.get("evaluation_period"),
        evaluation_number=rep.get("evaluation_number"),
        evaluators="; ".join(rep.get("evaluators") or []) or None,
        total_score=total.get("score"), total_max=total.get("max"),
        pages=source.get("pages"), ocr=source.get("ocr"),
        extractor_version=d.get("extractor_version", rec.extractor_version),
    )
    return row


def _keys(rec: ExtractedReport) -> dict:
    rep = (rec.data or {}).get("report") or {}
    return {"report_id": rec.report_id, "municipality_code": rep.get("municipality_code"),
            "year": rep.get("year")}


def area_rows(rec: ExtractedReport) -> list[dict]:
    keys = _keys(rec)
    return [
        {**keys, "area": a.get("number"), "area_name": a.get("name"), "score": a.get("score"),
         "score_box": _reading(a, "box").get("score"),
         "score_table_total": _reading(a, "table_total").get("score"),
         "max": a.get("max"), "page": a.get("page")}
        for a in (rec.data or {}).get("areas") or []
    ]


def question_rows(rec: ExtractedReport) -> list[dict]:
    keys, rows = _keys(rec), []
    for a in (rec.data or {}).get("areas") or []:
        for q in a.get("questions") or []:
            lo, hi = unrounded_interval(q.get("score"), q.get("max"), q.get("percent"))
            rows.append({**keys, "area": a.get("number"), "question_id": q.get("id"),
                         "question_text": q.get("text"), "score": q.get("score"),
                         "max": q.get("max"), "percent": q.get("percent"),
                         "unrounded_min": lo, "unrounded_max": hi, "page": q.get("page")})
    return rows


def finding_rows(rec: ExtractedReport) -> list[dict]:
    keys, rows = _keys(rec), []
    for a in (rec.data or {}).get("areas") or []:
        for kind, texts_key, pages_key in (("strength", "strengths", "strength_pages"),
                                            ("improvement", "improvements", "improvement_pages")):
            texts, pages = a.get(texts_key) or [], a.get(pages_key) or []
            for i, text in enumerate(texts):
                rows.append({**keys, "area": a.get("number"), "kind": kind, "position": i + 1,
                             "text": text, "page": pages[i] if i < len(pages) else None})
    return rows


def previous_rows(rec: ExtractedReport) -> list[dict]:
    # `year` here is the earlier evaluation's year: the score belongs to that year.
    keys = _keys(rec)
    return [{**keys, "year": p.get("year"), "area": p.get("area"), "score": p.get("score")}
            for p in (rec.data or {}).get("previous_results") or []]


def build_tables(records: list[ExtractedReport]) -> Tables:
    """All rows of every record; statuses and quality_issues are filled in by validation."""
    return Tables(
        reports=frame([report_row(r) for r in records], REPORT_COLUMNS),
        area_scores=frame([x for r in records for x in area_rows(r)], AREA_COLUMNS),
        question_scores=frame([x for r in records for x in question_rows(r)], QUESTION_COLUMNS),
        findings=frame([x for r in records for x in finding_rows(r)], FINDING_COLUMNS),
        previous_results=frame([x for r in records for x in previous_rows(r)], PREVIOUS_COLUMNS),
        quality_issues=frame([], ISSUE_COLUMNS),
    )
