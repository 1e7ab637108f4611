"""What changed in a release against the one before: reports added, removed and changed.

A report is in a release when it is published (status ok or warning). It is
compared by its values as published: the report's own fields, its area and
question scores, findings and earlier results. A report whose PDF was replaced
by another for the same municipality and year (a corrected version) is one
report changed, with `report_id` among its changes, not one removed and one
added. Fields a release does not have (an older layout) are not compared.

The result goes into the release's manifest (`changes`) and its quality report.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from schemas.build import Tables
from schemas.dictionary import LIST_SEPARATOR

PUBLISHED = ("ok", "warning")
# The report's own fields that are compared (names are derived from code and year, and
# extraction times and versions are provenance, not values).
REPORT_FIELDS = ("municipality_code", "municipality_as_printed", "country", "year", "framework",
                 "language", "evaluation_period", "evaluation_number", "evaluators", "total_score",
                 "total_max", "status")
_TABLES = ("reports", "area_scores", "question_scores", "findings", "previous_results", "previous_totals")


@dataclass(frozen=True, slots=True)
class ReportState:
    """One report of a release: who it is, and its published values by field name."""

    report_id: str
    source_file: str | None
    municipality_code: str | None
    municipality: str | None
    country: str | None
    year: int | None
    status: str | None
    values: Mapping[str, object]

    @property
    def published(self) -> bool:
        return self.status in PUBLISHED

    @property
    def identity(self) -> tuple | None:
        """Municipality and year: a different PDF with the same identity replaces this one."""
        if self.municipality_code is None or self.year is None:
            return None
        return (self.country, self.municipality_code, self.year)


@dataclass(frozen=True, slots=True)
class Release:
    """The reports of one release, and which groups of fields its layout has."""

    reports: Mapping[str, ReportState]
    groups: frozenset[str]


def group_of(field: str) -> str:
    """The table (or report column) a compared field comes from."""
    if field in REPORT_FIELDS:
        return f"reports.{field}"
    parts = field.split(" ")
    if parts[0] == "area":
        return "area_scores" if len(parts) == 2 else "findings"
    if parts[0] == "question":
        return "question_scores"
    return "previous_totals" if parts[-1] == "total" else "previous_results"


def plain(x: object) -> object:
    """A value as JSON holds it: no NA, whole floats as ints, lists joined, numpy scalars unwrapped."""
    if x is None or x is pd.NA or x is pd.NaT:
        return None
    if hasattr(x, "tolist") and not isinstance(x, str | bytes):
        x = x.tolist()  # numpy scalar or array
    if isinstance(x, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in x)
    if isinstance(x, float):
        return None if x != x else int(x) if x.is_integer() else x
    if isinstance(x, pd.Timestamp):
        return x.isoformat()
    return x


def _has(df: pd.DataFrame | None, columns: Iterable[str]) -> bool:
    return df is not None and set(columns) <= set(df.columns)


def _rows(df: pd.DataFrame | None, columns: Iterable[str]) -> list[dict]:
    if df is None or not _has(df, columns):
        return []  # a table or column an older release does not have: not compared
    return [{c: plain(v) for c, v in zip(columns, row)}
            for row in df[list(columns)].itertuples(index=False, name=None)]


_SOURCES = {  # group -> (table, the columns it needs)
    "area_scores": ("area_scores", ["report_id", "area", "score"]),
    "question_scores": ("question_scores", ["report_id", "question_id", "question_text", "score", "max", "percent"]),
    "findings": ("findings", ["report_id", "area", "kind", "position", "text"]),
    "previous_results": ("previous_results", ["report_id", "earlier_year", "area", "score"]),
    "previous_totals": ("previous_totals", ["report_id", "earlier_year", "total"]),
}


def release_of(tables: Mapping[str, pd.DataFrame]) -> Release:
    """Every report of a release (published or not) with its values, by report_id."""
    reports = tables["reports"]
    groups = {f"reports.{f}" for f in REPORT_FIELDS if f in reports.columns}
    groups |= {g for g, (table, cols) in _SOURCES.items() if _has(tables.get(table), cols)}
    values: dict[str, dict[str, object]] = {rid: {} for rid in reports["report_id"]}

    def put(rid: str, name: str, value: object) -> None:
        if rid in values:
            values[rid][name] = value

    for r in _rows(reports, ["report_id", *[f for f in REPORT_FIELDS if f in reports.columns]]):
        for f in REPORT_FIELDS:
            if f in r:
                put(r["report_id"], f, r[f])
    for r in _rows(tables.get("area_scores"), _SOURCES["area_scores"][1]):
        put(r["report_id"], f"area {r['area']}", r["score"])
    for r in _rows(tables.get("question_scores"), _SOURCES["question_scores"][1]):
        for f in ("question_text", "score", "max", "percent"):
            put(r["report_id"], f"question {r['question_id']} {f.removeprefix('question_')}", r[f])
    for r in _rows(tables.get("findings"), _SOURCES["findings"][1]):
        put(r["report_id"], f"area {r['area']} {r['kind']} {r['position']}", r["text"])
    for r in _rows(tables.get("previous_results"), _SOURCES["previous_results"][1]):
        put(r["report_id"], f"earlier {r['earlier_year']} area {r['area']}", r["score"])
    for r in _rows(tables.get("previous_totals"), _SOURCES["previous_totals"][1]):
        put(r["report_id"], f"earlier {r['earlier_year']} total", r["total"])

    out = {}
    for r in _rows(reports, ["report_id", "source_file", "municipality_code", "municipality", "country", "year",
                             "status"]):
        out[r["report_id"]] = ReportState(r["report_id"], r["source_file"], r["municipality_code"],
                                          r["municipality"], r["country"], r["year"], r["status"],
                                          values[r["report_id"]])
    return Release(out, frozenset(groups))


def read_release(release: Path | None) -> Release | None:
    """The reports of a published release directory; None when there is none."""
    if release is None or not (release / "reports.parquet").exists():
        return None
    tables = {name: pd.read_parquet(release / f"{name}.parquet")
              for name in _TABLES if (release / f"{name}.parquet").exists()}
    return release_of(tables)


def _who(s: ReportState) -> dict:
    return {"report_id": s.report_id, "municipality_code": s.municipality_code, "municipality": s.municipality,
            "year": s.year, "source_file": s.source_file}


def value_changes(before: Mapping[str, object], after: Mapping[str, object],
                  groups: frozenset[str]) -> list[dict]:
    """Fields of `groups` whose value differs (a field one side lacks is None there), in a stable order."""
    names = sorted({n for n in (*before, *after) if group_of(n) in groups}, key=_field_order)
    return [{"field": n, "before": before.get(n), "after": after.get(n)}
            for n in names if before.get(n) != after.get(n)]


def _field_order(name: str) -> tuple:
    """Report fields first, then areas, questions, findings, earlier results, each in number order."""
    if name in REPORT_FIELDS:
        return (0, REPORT_FIELDS.index(name))
    parts = name.split(" ")
    kind = {"area": 1, "question": 2, "earlier": 3}.get(parts[0], 4)
    key = []
    for p in parts[1:]:
        key += [int(x) if x.isdigit() else x for x in p.split(".")]
    return (kind, *[(0, k) if isinstance(k, int) else (1, k) for k in key])


def replacements(old: Mapping[str, ReportState], new: Mapping[str, ReportState],
                 added: list[str], removed: list[str]) -> list[tuple[str, str]]:
    """(removed, added) report_id pairs for the same municipality and year: a PDF replaced by another."""
    waiting: dict[tuple, list[str]] = {}
    for rid in removed:
        if (key := old[rid].identity) is not None:
            waiting.setdefault(key, []).append(rid)
    pairs = []
    for rid in added:
        if (key := new[rid].identity) is not None and waiting.get(key):
            pairs.append((waiting[key].pop(0), rid))
    return pairs


def release_changes(before: Release | None, after: Release, against: str | None) -> dict:
    """Reports added, removed and changed from `before` (None: no earlier release) to `after`."""
    earlier = before.reports if before is not None else {}
    groups = after.groups & before.groups if before is not None else after.groups
    old = {rid: s for rid, s in earlier.items() if s.published}
    new = {rid: s for rid, s in after.reports.items() if s.published}
    added = [rid for rid in new if rid not in old]
    removed = [rid for rid in old if rid not in new]
    changed = [{**_who(new[rid]), "changes": diff} for rid in sorted(set(old) & set(new))
               if (diff := value_changes(old[rid].values, new[rid].values, groups))]
    for was, rid in replacements(old, new, added, removed):
        removed.remove(was)
        added.remove(rid)
        diff = [{"field": "report_id", "before": was, "after": rid},
                {"field": "source_file", "before": old[was].source_file, "after": new[rid].source_file},
                *value_changes(old[was].values, new[rid].values, groups)]
        changed.append({**_who(new[rid]), "changes": diff})

    def status_now(rid: str) -> str:
        s = after.reports.get(rid)
        return "no longer in the raw directory" if s is None else f"now {s.status}"

    def status_before(rid: str) -> str | None:
        s = earlier.get(rid)
        return None if s is None else f"was {s.status}"

    def order(e: dict) -> tuple:
        return (e["municipality_code"] or "", e["year"] or 0, e["report_id"])

    return {
        "against": against,
        "added": sorted(({**_who(new[rid]), "note": status_before(rid)} for rid in added), key=order),
        "removed": sorted(({**_who(old[rid]), "note": status_now(rid)} for rid in removed), key=order),
        "changed": sorted(changed, key=order),
    }


def changes_since(previous_release: Path | None, tables: Tables) -> dict:
    """`release_changes` of the tables about to be published against the release directory before."""
    return release_changes(read_release(previous_release), release_of(dict(tables.items())),
                           previous_release.name if previous_release is not None else None)


def summary_line(changes: Mapping | None) -> str:
    if not changes:
        return "no record of changes"
    base = f"against release {changes['against']}" if changes.get("against") else "first release"
    return (f"{len(changes['added'])} added, {len(changes['removed'])} removed, "
            f"{len(changes['changed'])} changed ({base})")
