"""The data-quality report: one self-contained HTML page, and a Markdown digest
of it for the Prefect artifact."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from html import escape

import pandas as pd

from curation import steward
from curation.changes import summary_line
from curation.charts import Axis, spider, totals_by_year
from schemas.build import Tables

STATUSES = ("ok", "warning", "quarantined", "failed", "rejected")  # the CLI's summary line uses the same words
DEFAULT_RAW_HREF = "../../raw_reports"  # the raw directory beside curated/, seen from curated/quality/

CSS = """
body{font-family:system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0;font-size:13px}
th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}
.ok{color:#2a7}.warning{color:#b80}.quarantined,.failed,.error{color:#c22;font-weight:bold}.rejected{color:#888}
.cards{display:flex;flex-wrap:wrap;gap:1em}.card{border:1px solid #ddd;padding:.5em}
"""


def _cell(x: object) -> str:
    if x is None or x is pd.NA or (isinstance(x, float) and x != x):
        return ""
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return escape(str(x))


def _table(df: pd.DataFrame, cls_col: str | None = None, links: dict[str, str] | None = None) -> str:
    """An HTML table. `links` maps a column of hrefs to the column whose cells link to them (the
    href column itself is not shown)."""
    if df.empty:
        return "<p>None.</p>"
    href_of = {text: href for href, text in (links or {}).items()}
    cols = [c for c in df.columns if c not in (links or {})]
    head = "".join(f"<th>{escape(c)}</th>" for c in cols)
    body = []
    for rec in df.to_dict("records"):
        cls = f' class="{escape(str(rec[cls_col]))}"' if cls_col else ""
        cells = [f'<a href="{escape(href)}">{_cell(rec[c])}</a>'
                 if c in href_of and isinstance(href := rec[href_of[c]], str) else _cell(rec[c]) for c in cols]
        body.append(f"<tr{cls}>" + "".join(f"<td>{v}</td>" for v in cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def check_counts(issues: pd.DataFrame) -> pd.DataFrame:
    if issues.empty:
        return pd.DataFrame(columns=["check_name", "severity", "issues", "reports"])
    return (issues.groupby(["check_name", "severity"], dropna=False)
            .agg(issues=("message", "size"), reports=("report_id", "nunique"))
            .reset_index().sort_values(["severity", "issues"], ascending=[True, False]))


def _reports_overview(tables: Tables) -> pd.DataFrame:
    issues = tables.quality_issues
    n_err = issues[issues["severity"] == "error"].groupby("report_id").size()
    n_warn = issues[issues["severity"] == "warning"].groupby("report_id").size()
    # Held-back reports first: they are what a reader of this page has to act on.
    rank = {"failed": 0, "quarantined": 1, "warning": 2, "ok": 3, "rejected": 4}
    r = tables.reports.assign(_rank=tables.reports["status"].map(rank)).sort_values(["_rank", "source_file"])
    return pd.DataFrame({
        "status": r["status"], "file": r["source_file"], "municipality": r["municipality"],
        "code": r["municipality_code"], "year": r["year"], "framework": r["framework"],
        "total": r["total_score"], "errors": r["report_id"].map(n_err).fillna(0).astype(int),
        "warnings": r["report_id"].map(n_warn).fillna(0).astype(int),
    })


def _issue_list(tables: Tables, raw_href: str = DEFAULT_RAW_HREF) -> pd.DataFrame:
    """Every issue with what to do about it and, for the HTML page, the link to its PDF page."""
    i = tables.quality_issues
    out = i[["severity", "source_file", "page", "check_name", "area", "question_id", "field", "expected", "found",
             "message"]].copy()
    out.insert(0, "what to do", [steward.action(c, s) for c, s in zip(i["check_name"], i["severity"])])
    out["pdf"] = [steward.pdf_href(f if isinstance(f, str) else None, None if pd.isna(p) else int(p), raw_href)
                  for f, p in zip(i["source_file"], i["page"])]
    return out


def _axes(framework_areas: pd.DataFrame, framework: object, areas: pd.DataFrame) -> list[Axis]:
    """The spokes of a report's chart: its framework's areas (framework_areas), or the areas the
    report itself has (area_scores) where its framework is not listed."""
    rows = framework_areas[framework_areas["framework"] == framework] if isinstance(framework, str) else areas.iloc[:0]
    if rows.empty:
        rows = areas
    rows = rows.sort_values("area")
    return [Axis(int(area), "" if pd.isna(name) else str(name), 0.0 if pd.isna(most) else float(most))
            for area, name, most in zip(rows["area"], rows["area_name"], rows["max"])]


def _spiders(tables: Tables) -> str:
    cards = []
    for _, rep in tables.reports.iterrows():
        title = f"{_cell(rep['municipality']) or _cell(rep['source_file'])} {_cell(rep['year'])}"
        areas = tables.area_scores[tables.area_scores["report_id"] == rep["report_id"]]
        if areas.empty:
            body = f'<p class="{_cell(rep["status"])}">{_cell(rep["status"])}: no published area scores</p>'
        else:
            scores = dict(zip(areas["area"].astype(int), areas["score"]))
            body = spider(scores, _axes(tables.framework_areas, rep["framework"], areas))
        cards.append(f'<div class="card"><b>{title}</b><br><small>{_cell(rep["source_file"])}</small><br>{body}</div>')
    return f'<div class="cards">{"".join(cards)}</div>'


# --- what changed against the previous release (curation/changes.py) ---------------

def _change_value(x: object) -> str:
    text = "" if x is None else str(x)
    return text if len(text) <= 160 else text[:157] + "..."


def _change_rows(changes: Mapping) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(reports added or removed, one row each; changed values, one row per field)."""
    whole = [{"change": kind, "municipality": e["municipality"], "code": e["municipality_code"],
              "year": e["year"], "file": e["source_file"], "note": e.get("note") or ""}
             for kind in ("added", "removed") for e in changes.get(kind, [])]
    values = [{"municipality": e["municipality"], "code": e["municipality_code"], "year": e["year"],
               "file": e["source_file"], "field": c["field"], "before": _change_value(c["before"]),
               "after": _change_value(c["after"])}
              for e in changes.get("changed", []) for c in e["changes"]]
    cols_whole = ["change", "municipality", "code", "year", "file", "note"]
    cols_values = ["municipality", "code", "year", "file", "field", "before", "after"]
    return pd.DataFrame(whole, columns=cols_whole), pd.DataFrame(values, columns=cols_values)


MAX_CHANGED_VALUES = 500  # an extractor upgrade can change thousands of texts: the manifest has them all


def changes_section(changes: Mapping | None) -> str:
    """The reports this release added, removed and changed against the one before."""
    if changes is None:
        return "<p>This release has no record of changes (it was published before releases kept one).</p>"
    whole, values = _change_rows(changes)
    more = (f"<p>{len(values) - MAX_CHANGED_VALUES} more changed values in manifest.json "
            "(<code>changes</code>).</p>") if len(values) > MAX_CHANGED_VALUES else ""
    return (f'<p id="changes-summary">{escape(summary_line(changes))}.</p>'
            f"<h3>Reports added or removed</h3>{_table(whole)}"
            f"<h3>Values changed</h3>{_table(values.head(MAX_CHANGED_VALUES))}{more}")


def changes_markdown(changes: Mapping | None) -> str:
    """The section for the Markdown digest; empty when the caller passed no changes."""
    if changes is None:
        return ""
    whole, values = _change_rows(changes)
    more = f"_{len(values) - MAX_CHANGED_VALUES} more changed values in manifest.json._\n" \
        if len(values) > MAX_CHANGED_VALUES else ""
    return (f"## What changed\n{summary_line(changes)}.\n\n" + _md_table(whole) + "\n"
            + _md_table(values.head(MAX_CHANGED_VALUES)) + more + "\n")


def render_html(tables: Tables, generated_at: datetime | None = None, changes: Mapping | None = None,
                raw_href: str = DEFAULT_RAW_HREF) -> str:
    """The report; `raw_href` is the raw directory as seen from the report's folder (issue links)."""
    when = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    status = tables.reports["status"].value_counts()
    summary = ", ".join(f"{int(status.get(s, 0))} {s}" for s in STATUSES)
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>Kommunkompassen data quality</title><style>{CSS}</style></head><body>"
        f"<h1>Kommunkompassen: data quality</h1><p>Generated {when}. "
        f"<span id=\"summary\">{len(tables.reports)} reports: {summary}; "
        f"{len(tables.quality_issues)} issues.</span></p>"
        f"<h2>What changed</h2>{changes_section(changes)}"
        f"<h2>Reports</h2>{_table(_reports_overview(tables), 'status')}"
        f"<h2>Issues per check</h2>{_table(check_counts(tables.quality_issues), 'severity')}"
        f"<h2>Totals per year</h2>{totals_by_year(tables.reports[tables.reports['status'].isin(['ok', 'warning'])])}"
        f"<h2>Area scores per report</h2>{_spiders(tables)}"
        f"<h2>All issues</h2>{_table(_issue_list(tables, raw_href), 'severity', links={'pdf': 'source_file'})}"
        "</body></html>"
    )


def _md_table(df: pd.DataFrame) -> str:
    if df.empty:
        return "_None._\n"
    cols = list(df.columns)
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for row in df.itertuples(index=False):
        lines.append("| " + " | ".join(_cell(v).replace("|", "\\|") for v in row) + " |")
    return "\n".join(lines) + "\n"


def render_markdown(tables: Tables, max_issues: int = 200, changes: Mapping | None = None) -> str:
    """The report's tables (not its charts) as Markdown, for a Prefect artifact."""
    issues = _issue_list(tables).drop(columns="pdf")
    more = f"\n_{len(issues) - max_issues} more issues in curated/quality/index.html._\n" \
        if len(issues) > max_issues else ""
    return ("# Kommunkompassen: data quality\n\n" + changes_markdown(changes)
            + "## Reports\n" + _md_table(_reports_overview(tables))
            + "\n## Issues per check\n" + _md_table(check_counts(tables.quality_issues))
            + "\n## Issues\n" + _md_table(issues.head(max_issues)) + more)
