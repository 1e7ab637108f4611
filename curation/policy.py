"""Publication policy: quarantine, duplicates, conflicts and the user's resolutions.

- A file that could not be extracted at all has failed; a report with an error
  issue is quarantined; a report resolutions.csv rejects is rejected. All are
  listed in `reports` and `quality_issues` and kept out of every other table.
  Warnings publish.
- The same bytes twice is one report (its other files are noted as duplicates).
- Two different reports for one municipality and year are a conflict: both are
  held back until `resolutions.csv` in the raw directory keeps one or rejects
  the others (see `load_resolutions`).
"""

from __future__ import annotations

import csv
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from curation.store import RESOLUTIONS_FILE
from schemas.build import ISSUE_COLUMNS, Tables, frame

CHILD_TABLES = ("area_scores", "question_scores", "findings", "previous_results", "previous_totals")


@dataclass(frozen=True, slots=True)
class Resolution:
    """One line of resolutions.csv: `report` is a report_id (or its first 8+ hex digits) or a file name."""

    report: str
    decision: str  # keep | reject
    note: str = ""

    def matches(self, report_id: str, source_file: str) -> bool:
        r = self.report.strip()
        return (len(r) >= 8 and report_id.startswith(r.lower())) or r in (source_file, Path(source_file).name)


def load_resolutions(raw_dir: Path) -> list[Resolution]:
    """`report,decision,note` lines; decision is keep or reject. Missing file: no resolutions."""
    path = raw_dir / RESOLUTIONS_FILE
    if not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            decision = (row.get("decision") or "").strip().lower()
            if decision not in ("keep", "reject") or not (row.get("report") or "").strip():
                raise ValueError(f"{path}, line {n}: expected `report,decision[,note]` with decision "
                                 f"keep or reject, found {row}")
            out.append(Resolution(row["report"].strip(), decision, (row.get("note") or "").strip()))
    return out


def _conflict_key(row: pd.Series) -> tuple | None:
    if pd.isna(row["year"]) or (pd.isna(row["municipality_code"]) and pd.isna(row["municipality"])):
        return None
    who = row["municipality_code"] if pd.notna(row["municipality_code"]) else str(row["municipality"]).lower()
    return (row["country"] if pd.notna(row["country"]) else None, who, int(row["year"]))


@dataclass(slots=True)
class PolicyResult:
    tables: Tables
    conflicts: int  # reports held back by an unresolved conflict


def _decision(resolutions: list[Resolution], report_id: str, source_file: str) -> str | None:
    hits = [r.decision for r in resolutions if r.matches(report_id, source_file)]
    return hits[-1] if hits else None  # a later line overrides an earlier one


def conflict_issues(reports: pd.DataFrame, resolutions: list[Resolution]) -> tuple[list[dict], set[str]]:
    """Issue rows for conflicts and user rejections, and the report_ids the user rejected."""
    rows, rejected = [], set()
    for _, r in reports.iterrows():
        if _decision(resolutions, r["report_id"], r["source_file"]) == "reject":
            rejected.add(r["report_id"])
            rows.append({"report_id": r["report_id"], "source_file": r["source_file"], "severity": "warning",
                         "check_name": "rejected_by_user", "message": f"{r['source_file']}: held back by "
                         f"{RESOLUTIONS_FILE} (decision reject)"})
    groups: dict[tuple, list[pd.Series]] = {}
    for _, r in reports.iterrows():
        key = _conflict_key(r)
        if key is not None and r["report_id"] not in rejected:
            groups.setdefault(key, []).append(r)
    for (_country, who, year), members in groups.items():
        if len(members) < 2:
            continue
        kept = [m for m in members if _decision(resolutions, m["report_id"], m["source_file"]) == "keep"]
        for m in members:
            others = ", ".join(o["source_file"] for o in members if o is not m)
            if len(kept) == 1 and m is not kept[0]:
                rejected.add(m["report_id"])
                rows.append({"report_id": m["report_id"], "source_file": m["source_file"], "severity": "warning",
                             "check_name": "rejected_by_user", "message": f"{m['source_file']}: {RESOLUTIONS_FILE} "
                             f"keeps {kept[0]['source_file']} for {who} {year}"})
            elif len(kept) != 1:
                rows.append({"report_id": m["report_id"], "source_file": m["source_file"], "severity": "error",
                             "check_name": "conflict", "expected": f"one report for {who} {year}",
                             "found": f"also {others}",
                             "message": f"{m['source_file']} and {others} are different reports for {who} "
                             f"{year}: each is held back until {RESOLUTIONS_FILE} in the raw directory "
                             f"keeps one (a line `{m['report_id'][:12]},keep` keeps this one)"})
    return rows, rejected


def apply_policy(tables: Tables, issues: pd.DataFrame, resolutions: list[Resolution],
                 failed: AbstractSet[str] = frozenset()) -> PolicyResult:
    """Statuses, held-back reports and the final quality_issues; tables as they are published.

    `failed`: report_ids the extractor could not read at all (status `failed`, not `quarantined`).
    """
    extra, rejected = conflict_issues(tables.reports, resolutions)
    all_issues = pd.concat([issues, frame(extra, ISSUE_COLUMNS)], ignore_index=True) if extra else issues
    errors = set(all_issues.loc[all_issues["severity"] == "error", "report_id"].dropna())
    warnings = set(all_issues.loc[all_issues["severity"] == "warning", "report_id"].dropna())
    held = errors | rejected | set(failed)
    reports = tables.reports.copy()
    reports["status"] = pd.array(
        ["failed" if r in failed else "rejected" if r in rejected else "quarantined" if r in held
         else "warning" if r in warnings else "ok" for r in reports["report_id"]], dtype="string")
    published = {name: df[~df["report_id"].isin(held)].reset_index(drop=True)
                 for name, df in tables.items() if name in CHILD_TABLES}
    sort = ["report_id", "severity", "check_name", "area", "question_id"]
    final = Tables(reports=reports.sort_values("source_file").reset_index(drop=True),
                   quality_issues=all_issues.sort_values(sort, na_position="first").reset_index(drop=True),
                   **published)
    n_conflicts = sum(1 for r in extra if r["check_name"] == "conflict")
    return PolicyResult(final, n_conflicts)
