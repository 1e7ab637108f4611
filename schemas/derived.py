"""Tables derived for publication from the published (post-policy) tables.

- `scores_wide`: one row per published report, its area scores as columns (area_1 ...
  area_N, N the most areas any framework has);
- `framework_areas`: what area 1 ... N mean in each framework, and their maxima;
- `municipalities`: the municipality dimension (`schemas.municipality_dimension`);
- `framework` on quality_issues, from the report each issue concerns.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from schemas.build import Tables
from schemas.canonical import Frameworks, most_areas
from schemas.dictionary import data_dictionary
from schemas.municipality_dimension import municipality_dimension, place_of

PUBLISHED = ("ok", "warning")


def _typed(df: pd.DataFrame, table: str, frameworks: Frameworks | None = None) -> pd.DataFrame:
    spec = data_dictionary(frameworks).table(table)
    return df[spec.column_names].astype({c.name: c.pandas_dtype for c in spec.columns}).reset_index(drop=True)


def framework_areas(frameworks: Frameworks) -> pd.DataFrame:
    rows = sorted(({"framework": fw.id, "area": a.number, "area_name": a.name, "max": a.max}
                   for fw in frameworks for a in fw.areas), key=lambda r: (r["framework"], r["area"]))
    return _typed(pd.DataFrame(rows, columns=["framework", "area", "area_name", "max"]), "framework_areas", frameworks)


def scores_wide(reports: pd.DataFrame, area_scores: pd.DataFrame, frameworks: Frameworks) -> pd.DataFrame:
    """One row per published report: area_1 ... area_N are its area_scores.score, total its printed total."""
    published = reports[reports["status"].isin(PUBLISHED)]
    areas = range(1, most_areas(frameworks) + 1)
    wide = (area_scores[area_scores["area"].isin(areas)]
            .pivot(index="report_id", columns="area", values="score")
            .reindex(columns=list(areas)))
    wide.columns = [f"area_{a}" for a in wide.columns]
    out = published.join(wide, on="report_id")
    counties = [getattr(place_of(c, m, y), "county", None)
                for c, m, y in zip(out["country"], out["municipality_code"], out["year"])]
    out = out.assign(county=pd.array(counties, dtype="string"), total=out["total_score"])
    out = out.sort_values(["country", "municipality_code", "year", "report_id"], na_position="last")
    return _typed(out, "scores_wide", frameworks)


def issue_frameworks(issues: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    frameworks = reports.set_index("report_id")["framework"]
    return issues.assign(framework=issues["report_id"].map(frameworks).astype("string"))


def with_derived_tables(tables: Tables, frameworks: Frameworks) -> Tables:
    """The published tables plus the derived ones (run after the policy held reports back)."""
    return replace(
        tables,
        quality_issues=issue_frameworks(tables.quality_issues, tables.reports),
        scores_wide=scores_wide(tables.reports, tables.area_scores, frameworks),
        framework_areas=framework_areas(frameworks),
        municipalities=municipality_dimension(),
    )
