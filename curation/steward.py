"""What the data steward does about each issue, and where in which PDF to look.

Pure functions used by the quality report: every issue row gets a link to its
PDF page (`file.pdf#page=N`, which browsers' PDF viewers open at that page) and
one sentence saying what to do: re-download, resolve a conflict in
resolutions.csv, report an extractor bug, or look at the page.
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote

from curation.store import RESOLUTIONS_FILE

REPORT_BUG = "Report an extractor bug with this file and the message (the next ingest tries again)"
DAMAGED = "Re-download or replace the PDF: the file is damaged (an interrupted download?)"

# Checks whose action differs from their severity's default (below).
ACTIONS: dict[str, str] = {
    "download_failed": "Re-download: check the URL in sources.csv (the next ingest tries again)",
    "truncated": DAMAGED, "empty": DAMAGED, "corrupt": DAMAGED, "page_unreadable": DAMAGED,
    "page_damaged": DAMAGED, "pdf_repaired": "Nothing blocks publication; a cleaner copy of the PDF is better",
    "not_found": "Check that the file is still in the raw directory and readable",
    "io_error": "Check the file's permissions in the raw directory",
    "not_a_file": "Move the folder (or device) named like a PDF out of the raw directory",
    "encrypted": "Get a copy of the PDF without a password",
    "no_text": "Install Tesseract with Swedish and Norwegian, or get a PDF with a text layer",
    "not_a_report": "Move the file out of the raw directory: it is no Kommunkompassen report",
    "unsupported_framework": "Move the file out of the raw directory: its framework (pre-2010 or unknown) "
                             "is not comparable",
    "too_large": "Replace the file: no report is that large",
    "internal_error": REPORT_BUG, "extractor_failed": REPORT_BUG, "worker_crashed": REPORT_BUG,
    "extraction_timed_out": "If the machine was busy or the file is a long scan, raise the time limit "
                            "(--time-limit, --time-per-page); else report an extractor bug with this file "
                            "(the next ingest tries again)",
    "out_of_memory": "Run on a machine with more memory; if the file is an ordinary report, report an "
                     "extractor bug",
    "conflict": f"Resolve the conflict in {RESOLUTIONS_FILE}: keep one report (a line `REPORT_ID,keep`) or "
                "move the wrong file out of the raw directory",
    "rejected_by_user": f"Nothing: held back by your {RESOLUTIONS_FILE}",
    "duplicate_file": "Delete the copy (it is skipped either way)",
    "source_mismatch": "Check the line of sources.csv against the report, and correct the one that is wrong",
}
BY_SEVERITY = {
    "error": "Compare with the PDF page: if the PDF prints something else, report an extractor bug; if "
             "the report itself is wrong, ask its publisher for a corrected one",
    "warning": "Look at the PDF page; nothing blocks publication",
    "info": "Nothing: one of two possible readings was chosen",
}


def action(check: str | None, severity: str | None) -> str:
    """One sentence: what the steward does about an issue of this check and severity."""
    if check in ACTIONS:
        return ACTIONS[check]
    return BY_SEVERITY.get(severity or "", BY_SEVERITY["error"])


def pdf_href(source_file: str | None, page: int | None, raw_href: str) -> str | None:
    """The link to an issue's PDF page: `raw_href/<file>#page=N` (a URL for a failed download);
    `raw_href` is the raw directory relative to the quality report (or a file:// URL)."""
    if not source_file:
        return None
    if source_file.startswith(("http://", "https://")):
        return source_file
    href = posixpath.join(raw_href, quote(source_file))
    return f"{href}#page={int(page)}" if page is not None else href
