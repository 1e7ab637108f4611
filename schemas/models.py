"""pandera models: one per curated table (strict: exactly the published columns)
and one validation view per table that has cross-column rules.

A view is the table plus helper columns (sums over a report's areas or an area's
questions, and what its framework's definition says: canonical names, maxima, area
numbers, country and language, `schemas.canonical`) that `schemas.validate` derives;
its dataframe checks carry the rule's name as `error=`, which becomes the `check` of
the `quality_issues` row.

No framework is named here: which frameworks exist, how many areas each has and
their maxima come from the loaded definitions, through the views' helper columns.
"""

from __future__ import annotations

from typing import Annotated, Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas import rules

Str = Series[pd.StringDtype]
Int = Series[pd.Int64Dtype]
Float = Series[pd.Float64Dtype]
Bool = Series[pd.BooleanDtype]
Timestamp = Series[Annotated[pd.DatetimeTZDtype, "us", "UTC"]]
# a list of strings per row; pandas-stubs bound Series to scalar dtypes, but object is the dtype
# pandas gives such a column and pandera checks it as
Strings = Series[object]  # type: ignore[type-var]

STATUSES = ["ok", "warning", "quarantined", "failed", "rejected"]


def _opt(**checks: Any) -> Any:  # Any, as pa.Field's: the value of a Series-typed attribute
    return pa.Field(nullable=True, **checks)


def _is_text_list(x: object) -> bool:
    return x is None or (isinstance(x, list) and all(isinstance(v, str) for v in x))


class Reports(pa.DataFrameModel):
    report_id: Str = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    source_file: Str
    source_url: Str = _opt()
    municipality_code: Str = _opt(str_matches=r"^[0-9]{4}$")
    municipality: Str = _opt()
    municipality_as_printed: Str = _opt()
    country: Str = _opt(str_matches=r"^[A-Z]{2}$")
    year: Int = _opt(ge=2000, le=2100)
    framework: Str = _opt()  # one of the loaded definitions: ReportsView's framework_defined
    language: Str = _opt()
    evaluation_period: Str = _opt(str_matches=r"^[0-9]{4}(-[0-9]{2})?$")
    evaluation_number: Int = _opt(ge=1)
    evaluators: Strings = _opt()
    total_score: Int = _opt(ge=0)
    total_max: Int = _opt(gt=0)
    total_page: Int = _opt(ge=1)
    pages: Int = _opt(ge=1)
    ocr: Bool = _opt()
    status: Str = _opt(isin=STATUSES)
    extracted_at: Timestamp
    extractor_version: Str = _opt()

    class Config:
        strict = True
        unique = ["report_id"]

    @pa.check("evaluators", element_wise=True, error="evaluators_list")
    def _evaluators_list(cls, x: object) -> bool:
        return _is_text_list(x)


class ReportsView(Reports):
    area_score_sum: Float = _opt()
    area_numbers: Str = _opt()
    framework_country: Str = _opt()
    framework_language: Str = _opt()
    framework_area_numbers: Str = _opt()

    class Config:
        strict = False

    @pa.dataframe_check(error="framework_defined")
    def _framework_defined(cls, df: pd.DataFrame) -> pd.Series:
        return rules.framework_defined(df)

    @pa.dataframe_check(error="total_equals_sum")
    def _total_equals_sum(cls, df: pd.DataFrame) -> pd.Series:
        return rules.total_equals_sum(df) | df["framework"].isna()

    @pa.dataframe_check(error="areas_complete")
    def _areas_complete(cls, df: pd.DataFrame) -> pd.Series:
        return rules.areas_complete(df) | df["framework"].isna()


class _ReportRows(pa.DataFrameModel):
    """The columns that tie a row to its report, first in every per-report table: whose
    report, which year, and which framework (area 1 means another thing in each)."""

    report_id: Str
    municipality_code: Str = _opt()
    municipality: Str = _opt()
    year: Int = _opt()
    framework: Str = _opt()


class _InFramework(pa.DataFrameModel):
    """A view of a table whose rows name an area: the area is one of its framework's."""

    framework_area_count: Int = _opt()

    class Config:
        strict = False

    @pa.dataframe_check(error="area_in_framework")
    def _area_in_framework(cls, df: pd.DataFrame) -> pd.Series:
        return rules.area_in_framework(df)


class AreaScores(_ReportRows):
    area: Int = pa.Field(ge=1)
    area_name: Str = _opt()
    score: Int = _opt(ge=0)
    score_box: Int = _opt(ge=0)
    score_table_total: Int = _opt(ge=0)
    max: Int = _opt(gt=0)
    page: Int = _opt(ge=1)

    class Config:
        strict = True
        unique = ["report_id", "area"]


class AreaScoresView(AreaScores):
    canonical_name: Str = _opt()
    q_count: Int
    q_score_sum: Float = _opt()
    q_low_sum: Float = _opt()
    q_high_sum: Float = _opt()
    q_max_sum: Float = _opt()

    class Config:
        strict = False

    @pa.dataframe_check(error="area_questions_sum")
    def _area_questions_sum(cls, df: pd.DataFrame) -> pd.Series:
        return rules.area_questions_sum(df)

    @pa.dataframe_check(error="area_readings_agree")
    def _area_readings_agree(cls, df: pd.DataFrame) -> pd.Series:
        return rules.area_readings_agree(df)

    @pa.dataframe_check(error="question_max_sum")
    def _question_max_sum(cls, df: pd.DataFrame) -> pd.Series:
        return rules.question_max_sum(df)

    @pa.dataframe_check(error="area_score_within_max")
    def _area_score_within_max(cls, df: pd.DataFrame) -> pd.Series:
        return rules.area_score_within_max(df)

    @pa.dataframe_check(error="area_name_in_framework")
    def _area_name_in_framework(cls, df: pd.DataFrame) -> pd.Series:
        return rules.area_name_in_framework(df)


class QuestionScores(_ReportRows):
    area: Int = pa.Field(ge=1)
    question_id: Str = pa.Field(str_matches=r"^[1-9][0-9]*\.[0-9]+$")  # its area's number: question_in_area
    question_text: Str = _opt()
    score: Int = _opt(ge=0)
    max: Int = _opt(gt=0)
    percent: Int = _opt(ge=0, le=100)
    unrounded_min: Float = _opt(ge=0)
    unrounded_max: Float = _opt(ge=0)
    page: Int = _opt(ge=1)

    class Config:
        strict = True
        unique = ["report_id", "question_id"]

    @pa.dataframe_check(error="percent_consistent")
    def _percent_consistent(cls, df: pd.DataFrame) -> pd.Series:
        return rules.percent_consistent(df)

    @pa.dataframe_check(error="question_in_area")
    def _question_in_area(cls, df: pd.DataFrame) -> pd.Series:
        return rules.question_in_area(df)

    @pa.dataframe_check(error="question_score_within_max")
    def _question_score_within_max(cls, df: pd.DataFrame) -> pd.Series:
        return rules.question_score_within_max(df)


class QuestionScoresView(QuestionScores, _InFramework):
    framework_area_max: Int = _opt()

    class Config:
        strict = False

    @pa.dataframe_check(error="question_max_within_area")
    def _question_max_within_area(cls, df: pd.DataFrame) -> pd.Series:
        return rules.question_max_within_area(df)


class Findings(_ReportRows):
    area: Int = pa.Field(ge=1)
    kind: Str = pa.Field(isin=["strength", "improvement"])
    position: Int = pa.Field(ge=1)
    text: Str = pa.Field(str_length={"min_value": 1})
    page: Int = _opt(ge=1)

    class Config:
        strict = True
        unique = ["report_id", "area", "kind", "position"]


class FindingsView(Findings, _InFramework):
    class Config:
        strict = False


class PreviousResults(_ReportRows):
    earlier_year: Int = pa.Field(ge=1990, le=2100)
    area: Int = pa.Field(ge=1)
    score: Int = pa.Field(ge=0)
    page: Int = _opt(ge=1)

    class Config:
        strict = True
        unique = ["report_id", "earlier_year", "area"]


class PreviousResultsView(PreviousResults, _InFramework):
    class Config:
        strict = False


class PreviousTotals(_ReportRows):
    earlier_year: Int = pa.Field(ge=1990, le=2100)
    total: Int = pa.Field(ge=0)
    page: Int = _opt(ge=1)

    class Config:
        strict = True
        unique = ["report_id", "earlier_year"]


class QualityIssues(pa.DataFrameModel):
    report_id: Str = _opt()
    source_file: Str = _opt()
    framework: Str = _opt()
    severity: Str = pa.Field(isin=["error", "warning", "info"])
    check_name: Str
    area: Int = _opt(ge=1)
    question_id: Str = _opt()
    field: Str = _opt()  # the value within its area the issue concerns: "strengths[2]"
    expected: Str = _opt()
    found: Str = _opt()
    page: Int = _opt(ge=1)
    message: Str

    class Config:
        strict = True


class ScoresWide(pa.DataFrameModel):
    municipality_code: Str = _opt(str_matches=r"^[0-9]{4}$")
    municipality: Str = _opt()
    country: Str = _opt(str_matches=r"^[A-Z]{2}$")
    county: Str = _opt()
    year: Int = _opt(ge=2000, le=2100)
    framework: Str
    # area_1 ... area_N, N the most areas a framework has (schemas/dictionary.toml); each within
    # its area's max, which area_scores' validation checked before the table was derived.
    area: Int = pa.Field(alias=r"^area_[1-9][0-9]*$", regex=True, nullable=True, ge=0)
    total: Int = _opt(ge=0)
    evaluation_number: Int = _opt(ge=1)
    report_id: Str = pa.Field(str_matches=r"^[0-9a-f]{64}$")

    class Config:
        strict = True
        unique = ["report_id"]


class FrameworkAreas(pa.DataFrameModel):
    framework: Str
    area: Int = pa.Field(ge=1)
    area_name: Str
    max: Int = pa.Field(gt=0)

    class Config:
        strict = True
        unique = ["framework", "area"]


class Municipalities(pa.DataFrameModel):
    country: Str = pa.Field(isin=["SE", "NO"])
    municipality_code: Str = pa.Field(str_matches=r"^[0-9]{4}$")
    municipality: Str
    county_code: Str = pa.Field(str_matches=r"^[0-9]{2}$")
    county: Str
    valid_from: Int = _opt(ge=1990, le=2100)
    valid_to: Int = _opt(ge=1990, le=2100)

    class Config:
        strict = True
        unique = ["country", "municipality_code", "valid_from"]


TABLE_MODELS: dict[str, type[pa.DataFrameModel]] = {
    "reports": Reports,
    "area_scores": AreaScores,
    "question_scores": QuestionScores,
    "findings": Findings,
    "previous_results": PreviousResults,
    "previous_totals": PreviousTotals,
    "scores_wide": ScoresWide,
    "framework_areas": FrameworkAreas,
    "municipalities": Municipalities,
    "quality_issues": QualityIssues,
}
