"""Cross-column rules of the curated data, as pure functions on validation views.

Each rule returns a boolean Series (True = the row passes) and has a `describe`
that turns a failing row into (expected, found, message) for `quality_issues`.
The pandera models in `schemas.models` call these; tests call them directly too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from schemas.rounding import EPS, HALF


def _fmt(x: object) -> str:
    if x is None or x is pd.NA or (isinstance(x, float) and x != x):
        return "null"
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return f"{x:g}" if isinstance(x, float) else str(x)


# --- area_scores view: one row per area, with its questions' sums --------------

def area_questions_sum(df: pd.DataFrame) -> pd.Series:
    """The area total fits the sum of its questions' unrounded intervals (±0.5 for its own rounding)."""
    ok = (df["q_low_sum"] - HALF - EPS <= df["score"]) & (df["score"] <= df["q_high_sum"] + HALF + EPS)
    return ok.fillna(True).astype(bool) & (df["q_count"] > 0)


def describe_area_questions_sum(row: pd.Series) -> tuple[str, str, str]:
    if row["q_count"] == 0:
        return ("questions in the score table", "none", f"area {row['area']}: no question scores were read")
    lo, hi = row["q_low_sum"] - HALF, row["q_high_sum"] + HALF
    return (f"{lo:.2f}..{hi:.2f}", _fmt(row["score"]),
            f"area {row['area']} total {_fmt(row['score'])} is not explained by its questions: printed "
            f"scores add up to {_fmt(row['q_score_sum'])}, and rounding of scores and percents "
            f"allows an area total between {lo:.2f} and {hi:.2f}")


def area_readings_agree(df: pd.DataFrame) -> pd.Series:
    """Tabell 1, the Poäng box and the score table's total row state the same score."""
    readings = df[["score", "score_box", "score_table_total"]].astype("Float64")
    spread = readings.max(axis=1, skipna=True) - readings.min(axis=1, skipna=True)
    return (spread.fillna(0) <= EPS).astype(bool)


def describe_area_readings_agree(row: pd.Series) -> tuple[str, str, str]:
    found = (f"summary {_fmt(row['score'])}, box {_fmt(row['score_box'])}, "
             f"score table {_fmt(row['score_table_total'])}")
    return ("one area score", found, f"area {row['area']}: the three readings of its score disagree ({found})")


def question_max_sum(df: pd.DataFrame) -> pd.Series:
    """Question maxima add up to the area's max."""
    return ((df["q_max_sum"] - df["max"]).abs() <= EPS).fillna(False).astype(bool)


def describe_question_max_sum(row: pd.Series) -> tuple[str, str, str]:
    return (_fmt(row["max"]), _fmt(row["q_max_sum"]),
            f"area {row['area']}: question maxima add up to {_fmt(row['q_max_sum'])}, not {_fmt(row['max'])}")


def area_score_within_max(df: pd.DataFrame) -> pd.Series:
    return (df["score"] <= df["max"] + EPS).fillna(True).astype(bool)


def describe_area_score_within_max(row: pd.Series) -> tuple[str, str, str]:
    return (f"<= {_fmt(row['max'])}", _fmt(row["score"]),
            f"area {row['area']} score {_fmt(row['score'])} exceeds its max {_fmt(row['max'])}")


def area_name_in_framework(df: pd.DataFrame) -> pd.Series:
    """The area's name is its framework's canonical name for that number."""
    return (df["area_name"] == df["canonical_name"]).fillna(False).astype(bool)


def describe_area_name_in_framework(row: pd.Series) -> tuple[str, str, str]:
    expected = _fmt(row["canonical_name"]) if pd.notna(row["canonical_name"]) else "an area of the framework"
    return (expected, _fmt(row["area_name"]),
            f"area {row['area']} name {_fmt(row['area_name'])!r} is not area {row['area']} of "
            f"framework {_fmt(row['framework'])} ({expected!r})")


# --- question_scores ---------------------------------------------------------

def percent_consistent(df: pd.DataFrame) -> pd.Series:
    """Some unrounded score is allowed by both the printed score and the printed percent."""
    return (df["score"].isna() | df["unrounded_min"].notna()).astype(bool)


def describe_percent_consistent(row: pd.Series) -> tuple[str, str, str]:
    p, m = row["percent"], row["max"]
    expected = f"{(p - HALF) * m / 100:.2f}..{(p + HALF) * m / 100:.2f}" if pd.notna(p) and pd.notna(m) else "0..max"
    return (expected, _fmt(row["score"]),
            f"question {row['question_id']}: score {_fmt(row['score'])} of {_fmt(m)} cannot round from "
            f"an unrounded score that gives {_fmt(p)}% (allowed {expected})")


def question_in_area(df: pd.DataFrame) -> pd.Series:
    prefix = df["question_id"].str.split(".", n=1).str[0]
    return (prefix == df["area"].astype("string")).fillna(False).astype(bool)


def describe_question_in_area(row: pd.Series) -> tuple[str, str, str]:
    return (f"{row['area']}.N", _fmt(row["question_id"]),
            f"question {row['question_id']} is listed under area {row['area']}")


def question_max_within_area(df: pd.DataFrame) -> pd.Series:
    """No question is worth more than its area (the framework's maximum for it)."""
    return (df["max"] <= df["framework_area_max"] + EPS).fillna(True).astype(bool)


def describe_question_max_within_area(row: pd.Series) -> tuple[str, str, str]:
    return (f"<= {_fmt(row['framework_area_max'])}", _fmt(row["max"]),
            f"question {row['question_id']}: its max {_fmt(row['max'])} exceeds area {row['area']}'s max "
            f"{_fmt(row['framework_area_max'])} in framework {_fmt(row['framework'])}")


# --- question_scores, findings, previous_results: rows that name an area -------

def area_in_framework(df: pd.DataFrame) -> pd.Series:
    """The row's area is one of its framework's (a report of an unknown framework is flagged once, by
    framework_defined)."""
    return (df["area"] <= df["framework_area_count"]).fillna(True).astype(bool)


def describe_area_in_framework(row: pd.Series) -> tuple[str, str, str]:
    count = _fmt(row["framework_area_count"])
    return (f"1..{count}", _fmt(row["area"]),
            f"area {row['area']} is not an area of framework {_fmt(row['framework'])}, which has {count}")


def question_score_within_max(df: pd.DataFrame) -> pd.Series:
    return (df["score"] <= df["max"] + EPS).fillna(True).astype(bool)


def describe_question_score_within_max(row: pd.Series) -> tuple[str, str, str]:
    return (f"<= {_fmt(row['max'])}", _fmt(row["score"]),
            f"question {row['question_id']} score {_fmt(row['score'])} exceeds its max {_fmt(row['max'])}")


# --- reports view: one row per extracted report, with its areas' sums --------

def total_equals_sum(df: pd.DataFrame) -> pd.Series:
    """The TOTALT row equals the sum of the area scores (both are printed, rounded integers)."""
    return ((df["total_score"] - df["area_score_sum"]).abs() <= EPS).fillna(False).astype(bool)


def describe_total_equals_sum(row: pd.Series) -> tuple[str, str, str]:
    return (_fmt(row["area_score_sum"]), _fmt(row["total_score"]),
            f"total {_fmt(row['total_score'])} differs from the sum of the area scores {_fmt(row['area_score_sum'])}")


def areas_complete(df: pd.DataFrame) -> pd.Series:
    """The report has each of its framework's areas once."""
    return (df["area_numbers"] == df["framework_area_numbers"]).fillna(False).astype(bool)


def describe_areas_complete(row: pd.Series) -> tuple[str, str, str]:
    expected = row["framework_area_numbers"]
    if pd.isna(expected):
        return ("the areas of a defined framework", _fmt(row["area_numbers"]) or "none",
                f"the report's areas are {_fmt(row['area_numbers']) or 'missing'}, and its framework "
                f"{_fmt(row['framework'])} is not defined")
    last = expected.split(",")[-1]
    return (f"areas {expected}", _fmt(row["area_numbers"]) or "none",
            f"the report's areas are {_fmt(row['area_numbers']) or 'missing'}, expected 1 to {last} once each")


def framework_defined(df: pd.DataFrame) -> pd.Series:
    """The report's framework is one of the loaded definitions, and the report's country and
    language are that framework's."""
    ok = (df["country"] == df["framework_country"]) & (df["language"] == df["framework_language"])
    return (ok.fillna(False) | df["framework"].isna()).astype(bool)


def describe_framework_defined(row: pd.Series) -> tuple[str, str, str]:
    found = f"{_fmt(row['framework'])} ({_fmt(row['country'])}, {_fmt(row['language'])})"
    if pd.isna(row["framework_country"]):
        return ("a framework of the definitions in use", found,
                f"framework {_fmt(row['framework'])} is not defined: no framework file in use names it")
    expected = f"{_fmt(row['framework'])} ({row['framework_country']}, {row['framework_language']})"
    return (expected, found, f"the report's country and language are {_fmt(row['country'])} and "
            f"{_fmt(row['language'])}, its framework's {row['framework_country']} and {row['framework_language']}")


@dataclass(frozen=True)
class Rule:
    check: Callable[[pd.DataFrame], pd.Series]
    describe: Callable[[pd.Series], tuple[str, str, str]]


RULES: dict[str, Rule] = {
    name: Rule(globals()[name], globals()[f"describe_{name}"])
    for name in (
        "area_questions_sum", "area_readings_agree", "question_max_sum", "area_score_within_max",
        "area_name_in_framework", "percent_consistent", "question_in_area",
        "question_score_within_max", "question_max_within_area", "area_in_framework",
        "total_equals_sum", "areas_complete", "framework_defined",
    )
}
