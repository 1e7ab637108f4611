"""Curated tables built from extraction records (no validation here, no IO).

Every row carries `report_id` (the PDF's sha256) plus natural keys, and the
report's `municipality_code`, `municipality`, `year` and `framework`, so any
table joins with Kolada/SCB/SSB data and no chart mixes frameworks silently.
Printed scores are whole numbers and stored as integers; a printed number that
is not whole is left empty here and flagged by validation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from schemas.dictionary import column_dtypes, data_dictionary, empty_frame
from schemas.municipality_dimension import place_of
from schemas.records import ExtractedReport
from schemas.rounding import unrounded_interval

REPORT_COLUMNS = [
    "report_id", "source_file", "source_url", "municipality_code", "municipality", "municipality_as_printed",
    "country", "year", "framework", "language", "evaluation_period", "evaluation_number", "evaluators",
    "total_score", "total_max", "total_page", "pages", "ocr", "status", "extracted_at", "extractor_version",
]
_KEYS = ["report_id", "municipality_code", "municipality", "year", "framework"]
AREA_COLUMNS = [*_KEYS, "area", "area_name", "score", "score_box", "score_table_total", "max", "page"]
QUESTION_COLUMNS = [
    *_KEYS, "area", "question_id", "question_text",
    "score", "max", "percent", "unrounded_min", "unrounded_max", "page",
]
FINDING_COLUMNS = [*_KEYS, "area", "kind", "position", "text", "page"]
PREVIOUS_COLUMNS = [*_KEYS, "earlier_year", "area", "score", "page"]
PREVIOUS_TOTAL_COLUMNS = [*_KEYS, "earlier_year", "total", "page"]
ISSUE_COLUMNS = [
    "report_id", "source_file", "framework", "severity", "check_name", "area", "question_id", "field",
    "expected", "found", "page", "message",
]



def _empty(table: str) -> Callable[[], pd.DataFrame]:
    return lambda: empty_frame(table)


@dataclass(slots=True)
class Tables:
    """The curated dataset as DataFrames, one attribute per table.

    The first seven are built from the extraction records; the others are derived
    for publication (`schemas.derived.with_derived_tables`) and empty until then.
    """

    reports: pd.DataFrame
    area_scores: pd.DataFrame
    question_scores: pd.DataFrame
    findings: pd.DataFrame
    previous_results: pd.DataFrame
    previous_totals: pd.DataFrame
    quality_issues: pd.DataFrame
    scores_wide: pd.DataFrame = field(default_factory=_empty("scores_wide"))
    framework_areas: pd.DataFrame = field(default_factory=_empty("framework_areas"))
    municipalities: pd.DataFrame = field(default_factory=_empty("municipalities"))

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        """(name, table) in the data dictionary's order: the order of publication."""
        return [(name, getattr(self, name)) for name in data_dictionary().table_names]


def frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    """A DataFrame with exactly `columns`, typed by the data dictionary (schemas/dictionary.toml),
    as the pandera models expect: nullable dtypes so a null stays null (never 0 or NaN-as-float)
    through Parquet, DuckDB and CSV, and whole numbers stay integers."""
    df = pd.DataFrame(rows, columns=columns)
    dtypes = column_dtypes()
    return df.astype({c: dtypes[c] for c in columns})


def whole(x: object) -> int | None:
    """A printed number as an integer; None when missing or not whole (validation flags those:
    `schemas.validate.not_whole_rows`)."""
    if x is None or isinstance(x, bool) or not isinstance(x, int | float) or x != x:
        return None
    return int(x) if float(x).is_integer() else None


def _reading(area: dict, which: str) -> dict:
    readings = area.get("score_readings") or {}
    return readings.get(which) or {}


def _official_name(rep: dict) -> str | None:
    place = place_of(rep.get("country"), rep.get("municipality_code"), rep.get("year"))
    return place.municipality if place is not None else rep.get("municipality")


def report_row(rec: ExtractedReport) -> dict:
    row: dict[str, object] = {"report_id": rec.report_id, "source_file": rec.source_file,
                              "source_url": rec.source_url, "extracted_at": rec.extracted_at,
                              "extractor_version": rec.extractor_version, "status": None}
    if rec.data is None:
        return row
    d = rec.data
    rep, total, source = d.get("report") or {}, d.get("total") or {}, d.get("source") or {}
    row.update(
        municipality_code=rep.get("municipality_code"), municipality=_official_name(rep),
        municipality_as_printed=rep.get("municipality"),
        country=rep.get("country"), year=rep.get("year"), framework=rep.get("framework"),
        language=rep.get("language"), evaluation_period=rep.get("evaluation_period"),
        evaluation_number=rep.get("evaluation_number"),
        evaluators=list(rep.get("evaluators") or []),
        total_score=whole(total.get("score")), total_max=whole(total.get("max")), total_page=total.get("page"),
        pages=source.get("pages"), ocr=source.get("ocr"),
        extractor_version=d.get("extractor_version", rec.extractor_version),
    )
    return row


def _keys(rec: ExtractedReport) -> dict:
    rep = (rec.data or {}).get("report") or {}
    return {"report_id": rec.report_id, "municipality_code": rep.get("municipality_code"),
            "municipality": _official_name(rep), "year": rep.get("year"), "framework": rep.get("framework")}


def area_rows(rec: ExtractedReport) -> list[dict]:
    keys = _keys(rec)
    return [
        {**keys, "area": a.get("number"), "area_name": a.get("name"), "score": whole(a.get("score")),
         "score_box": whole(_reading(a, "box").get("score")),
         "score_table_total": whole(_reading(a, "table_total").get("score")),
         "max": whole(a.get("max")), "page": a.get("page")}
        for a in (rec.data or {}).get("areas") or []
    ]


def question_rows(rec: ExtractedReport) -> list[dict]:
    keys, rows = _keys(rec), []
    for a in (rec.data or {}).get("areas") or []:
        for q in a.get("questions") or []:
            lo, hi = unrounded_interval(q.get("score"), q.get("max"), q.get("percent"))
            rows.append({**keys, "area": a.get("number"), "question_id": q.get("id"),
                         "question_text": q.get("text"), "score": whole(q.get("score")),
                         "max": whole(q.get("max")), "percent": whole(q.get("percent")),
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
    """Earlier area scores (the contract's previous_results with an area)."""
    keys = _keys(rec)
    return [{**keys, "earlier_year": p.get("year"), "area": p.get("area"), "score": whole(p.get("score")),
             "page": p.get("page")}
            for p in (rec.data or {}).get("previous_results") or [] if p.get("area") is not None]


def previous_total_rows(rec: ExtractedReport) -> list[dict]:
    """Earlier totals (the contract's previous_results with area null), apart so no sum counts them twice."""
    keys = _keys(rec)
    return [{**keys, "earlier_year": p.get("year"), "total": whole(p.get("score")), "page": p.get("page")}
            for p in (rec.data or {}).get("previous_results") or [] if p.get("area") is None]


def build_tables(records: list[ExtractedReport]) -> Tables:
    """All rows of every record; statuses and quality_issues are filled in by validation."""
    return Tables(
        reports=frame([report_row(r) for r in records], REPORT_COLUMNS),
        area_scores=frame([x for r in records for x in area_rows(r)], AREA_COLUMNS),
        question_scores=frame([x for r in records for x in question_rows(r)], QUESTION_COLUMNS),
        findings=frame([x for r in records for x in finding_rows(r)], FINDING_COLUMNS),
        previous_results=frame([x for r in records for x in previous_rows(r)], PREVIOUS_COLUMNS),
        previous_totals=frame([x for r in records for x in previous_total_rows(r)], PREVIOUS_TOTAL_COLUMNS),
        quality_issues=frame([], ISSUE_COLUMNS),
    )
