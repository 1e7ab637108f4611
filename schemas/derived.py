"""Tables derived for publication from the published (post-policy) tables.

- `scores_wide`: one row per published report, its eight area scores as columns;
- `framework_areas`: what area 1 ... 8 mean in each framework;
- `municipalities`: the municipality dimension (`schemas.municipality_dimension`);
- `framework` on quality_issues, from the report each issue concerns.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from schemas.build import Tables
from schemas.dictionary import data_dictionary
from schemas.municipality_dimension import municipality_dimension, place_of
from schemas.validate import CanonicalNames

AREAS = range(1, 9)
PUBLISHED = ("ok", "warning")


def _typed(df: pd.DataFrame, table: str) -> pd.DataFrame:
    spec = data_dictionary().table(table)
    return df[spec.column_names].astype({c.name: c.pandas_dtype for c in spec.columns}).reset_index(drop=True)


def framework_areas(canonical: CanonicalNames) -> pd.DataFrame:
    rows = [{"framework": fw, "area": area, "area_name": name} for (fw, area), name in sorted(canonical.items())]
    return _typed(pd.DataFrame(rows, columns=["framework", "area", "area_name"]), "framework_areas")


def scores_wide(reports: pd.DataFrame, area_scores: pd.DataFrame) -> pd.DataFrame:
    """One row per published report: area_1 ... area_8 are its area_scores.score, total its printed total."""
    published = reports[reports["status"].isin(PUBLISHED)]
    wide = (area_scores[area_scores["area"].isin(AREAS)]
            .pivot(index="report_id", columns="area", values="score")
            .reindex(columns=list(AREAS)))
    wide.columns = [f"area_{a}" for a in wide.columns]
    out = published.join(wide, on="report_id")
    counties = [getattr(place_of(c, m, y), "county", None)
                for c, m, y in zip(out["country"], out["municipality_code"], out["year"])]
    out = out.assign(county=pd.array(counties, dtype="string"), total=out["total_score"])
    out = out.sort_values(["country", "municipality_code", "year", "report_id"], na_position="last")
    return _typed(out, "scores_wide")


def issue_frameworks(issues: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    frameworks = reports.set_index("report_id")["framework"]
    return issues.assign(framework=issues["report_id"].map(frameworks).astype("string"))


def with_derived_tables(tables: Tables, canonical: CanonicalNames) -> Tables:
    """The published tables plus the derived ones (run after the policy held reports back)."""
    return replace(
        tables,
        quality_issues=issue_frameworks(tables.quality_issues, tables.reports),
        scores_wide=scores_wide(tables.reports, tables.area_scores),
        framework_areas=framework_areas(canonical),
        municipalities=municipality_dimension(),
    )
