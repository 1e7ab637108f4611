"""The published release as the explorer sees it: small typed records, published reports only.

Quarantined, failed and rejected reports never become a `Report`; they are `HeldBack` rows,
listed on the site's data-quality page.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import pandas as pd

from schemas.build import Tables

PUBLISHED = ("ok", "warning")
STRENGTH, IMPROVEMENT = "strength", "improvement"


# The cells of `itertuples()` rows: typed as pandas' every scalar, read as what the dictionary says.
def _int(x: Any) -> int | None:
    return None if x is None or pd.isna(x) else int(x)


def _whole(x: Any) -> int:
    return int(x)


def _str(x: Any) -> str | None:
    return None if x is None or pd.isna(x) else str(x)


@dataclass(frozen=True, slots=True)
class Area:
    """An area of a framework: its number, name and maximum."""

    number: int
    name: str
    max: int


@dataclass(frozen=True, slots=True)
class Report:
    """A published report. `pdf` is the report's PDF: an absolute URL, or a path relative to the
    site's root (`link.pdf_href` makes it relative to a page)."""

    report_id: str
    code: str
    municipality: str
    country: str
    county: str
    year: int
    framework: str
    language: str
    total: int | None
    total_max: int | None
    total_page: int | None
    evaluation_number: int | None
    evaluation_period: str | None
    source_file: str
    pdf: str

    @property
    def key(self) -> str:
        """The report's short id (anchors, the search index)."""
        return self.report_id[:12]


@dataclass(frozen=True, slots=True)
class AreaScore:
    area: int
    name: str
    score: int | None
    max: int | None
    page: int | None


@dataclass(frozen=True, slots=True)
class Question:
    area: int
    question_id: str
    text: str
    score: int | None
    max: int | None
    percent: int | None
    page: int | None


@dataclass(frozen=True, slots=True)
class Finding:
    area: int
    kind: str  # STRENGTH or IMPROVEMENT
    position: int
    text: str
    page: int | None


@dataclass(frozen=True, slots=True)
class HeldBack:
    """A report kept out of the data tables, with its status and first error."""

    source_file: str
    municipality: str | None
    code: str | None
    year: int | None
    status: str
    reason: str


@dataclass
class SiteData:
    reports: list[Report]  # published, by country, code, year
    areas: dict[str, list[AreaScore]] = field(default_factory=dict)  # by report_id
    questions: dict[str, list[Question]] = field(default_factory=dict)
    findings: dict[str, list[Finding]] = field(default_factory=dict)
    frameworks: dict[str, list[Area]] = field(default_factory=dict)  # framework -> its areas
    held_back: list[HeldBack] = field(default_factory=list)

    def by_code(self) -> dict[str, list[Report]]:
        """Published reports per municipality code (a page each), oldest first."""
        out: dict[str, list[Report]] = defaultdict(list)
        for r in self.reports:
            out[r.code].append(r)
        return {code: sorted(rs, key=lambda r: (r.country, r.year, r.framework)) for code, rs in out.items()}

    def latest(self) -> list[Report]:
        """The latest published evaluation of every municipality (country and code)."""
        last: dict[tuple[str, str], Report] = {}
        for r in sorted(self.reports, key=lambda r: (r.year, r.report_id)):
            last[(r.country, r.code)] = r
        return sorted(last.values(), key=lambda r: (r.country, r.municipality, r.code))

    def area_names(self, framework: str) -> dict[int, str]:
        return {a.number: a.name for a in self.frameworks.get(framework, [])}


def pdf_location(source_file: str, source_url: str | None, raw_href: str, pdf_base: str | None) -> str:
    """Where a report's PDF is opened from: `pdf_base` + file when given (a site on a host that
    serves the PDFs), else the URL it was downloaded from, else the raw directory (relative)."""
    if pdf_base:
        return pdf_base.rstrip("/") + "/" + quote(source_file)
    if source_url:
        return source_url
    return raw_href.rstrip("/") + "/" + quote(source_file)


def _first_errors(tables: Tables) -> dict[str, str]:
    issues = tables.quality_issues
    errors = issues[issues["severity"] == "error"].drop_duplicates("report_id")
    return {str(r): str(c) for r, c in zip(errors["report_id"], errors["check_name"]) if pd.notna(r)}


def site_data(tables: Tables, raw_href: str, pdf_base: str | None = None) -> SiteData:
    """The records of a release. `raw_href`: the raw directory relative to the site's root."""
    reps = tables.reports
    published = reps[reps["status"].isin(PUBLISHED)]
    county = dict(zip(tables.scores_wide["report_id"], tables.scores_wide["county"]))
    reports = []
    for r in published.itertuples(index=False):
        if None in (_str(r.municipality_code), _int(r.year), _str(r.framework)):
            continue  # every published report has them (validation); a page needs all three
        reports.append(Report(
            report_id=str(r.report_id), code=str(r.municipality_code),
            municipality=_str(r.municipality) or str(r.municipality_code), country=_str(r.country) or "",
            county=_str(county.get(r.report_id)) or "", year=_whole(r.year), framework=str(r.framework),
            language=_str(r.language) or "sv", total=_int(r.total_score), total_max=_int(r.total_max),
            total_page=_int(r.total_page), evaluation_number=_int(r.evaluation_number),
            evaluation_period=_str(r.evaluation_period), source_file=str(r.source_file),
            pdf=pdf_location(str(r.source_file), _str(r.source_url), raw_href, pdf_base)))
    reports.sort(key=lambda r: (r.country, r.code, r.year, r.report_id))
    ids = {r.report_id for r in reports}

    areas: dict[str, list[AreaScore]] = defaultdict(list)
    a = tables.area_scores
    for row in a[a["report_id"].isin(ids)].sort_values(["report_id", "area"]).itertuples(index=False):
        areas[str(row.report_id)].append(AreaScore(_whole(row.area), _str(row.area_name) or "", _int(row.score),
                                                   _int(row.max), _int(row.page)))
    questions: dict[str, list[Question]] = defaultdict(list)
    q = tables.question_scores
    for row in q[q["report_id"].isin(ids)].itertuples(index=False):
        questions[str(row.report_id)].append(Question(
            _whole(row.area), _str(row.question_id) or "", _str(row.question_text) or "", _int(row.score),
            _int(row.max), _int(row.percent), _int(row.page)))
    findings: dict[str, list[Finding]] = defaultdict(list)
    f = tables.findings
    for row in f[f["report_id"].isin(ids)].sort_values(["report_id", "area", "kind", "position"]) \
            .itertuples(index=False):
        findings[str(row.report_id)].append(Finding(_whole(row.area), str(row.kind), _whole(row.position),
                                                    _str(row.text) or "", _int(row.page)))
    frameworks: dict[str, list[Area]] = defaultdict(list)
    for row in tables.framework_areas.sort_values(["framework", "area"]).itertuples(index=False):
        frameworks[str(row.framework)].append(Area(_whole(row.area), _str(row.area_name) or "", _int(row.max) or 0))

    first = _first_errors(tables)
    rank = {"failed": 0, "quarantined": 1, "rejected": 2}
    held = [HeldBack(str(r.source_file), _str(r.municipality), _str(r.municipality_code), _int(r.year),
                     str(r.status), first.get(str(r.report_id), "rejected_by_user" if r.status == "rejected" else ""))
            for r in reps[~reps["status"].isin(PUBLISHED)].itertuples(index=False)]
    held.sort(key=lambda h: (rank.get(h.status, 9), h.source_file))
    return SiteData(reports, dict(areas), dict(questions), dict(findings), dict(frameworks), held)
