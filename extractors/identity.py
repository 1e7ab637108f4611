"""One file, one report: the report's statements of whose evaluation it is must agree.

A report names its municipality many times: on the cover, in the summary's
prose and the caption of Tabell 1, in the introduction to the score tables.
A file that holds two reports, or a page taken from another report, names
another municipality where the report names its own, or shows a second cover.
Mentions of neighbours elsewhere in the narrative ("samarbete med Tierps
kommun") are normal, so only the pages that state the subject are compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.cover import read_cover
from extractors.layout import Line
from extractors.model import Issue
from extractors.municipalities import municipality_code
from extractors.settings import DEFAULTS, LayoutSettings

# "Heby kommun", "Hebys kommuns", "HEBY KOMMUN", "Frogn kommunes", "Helsingborgs stad", "Upplands Väsby kommun".
_MENTION = re.compile(
    r"(?P<name>[A-ZÅÄÖÆØ][\w-]*(?:\s+[A-ZÅÄÖÆØ][\w-]*)?)\s+"
    r"(?:[Kk]ommune?s?|KOMMUNE?S?|[Ss]tads?|STADS?)(?![\w])"
)


def mentioned_codes(texts: Iterable[str], country: str, year: int | None) -> dict[str, str]:
    """Municipality code -> the words naming it, for every municipality named in `texts`."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _MENTION.finditer(text):
            words = m.group("name").split()
            # "Upplands Väsby", else the last word alone ("Utvärderingen av Heby" -> "Heby").
            for candidate in (" ".join(words), words[-1]) if len(words) > 1 else (words[0],):
                code = municipality_code(candidate, country, year)
                if code is not None:
                    found.setdefault(code, m.group())
                    break
    return found


def subject_page_issues(lines: list[Line], pages: Iterable[int], own_code: str | None, own_name: str,
                        country: str, year: int | None) -> list[Issue]:
    """An error for each page that states the report's subject but names only other municipalities."""
    if own_code is None:
        return []  # an unknown subject cannot be compared by code
    issues = []
    for page in sorted(set(pages)):
        named = mentioned_codes((ln.text for ln in lines if ln.page == page), country, year)
        if named and own_code not in named:
            others = ", ".join(sorted(set(named.values())))
            issues.append(Issue(
                "error", "identity_conflict",
                f"page {page} is about {others}, but the cover names {own_name}: a page of another "
                "report? (expected this report's municipality where the summary and the score tables "
                "state their subject)", page=page))
    return issues


def later_cover_issues(lines: list[Line], cover_page: int, own_name: str | None, own_year: int | None,
                       publishers: tuple[str, ...], settings: LayoutSettings = DEFAULTS) -> list[Issue]:
    """An error for a page after the cover that is another report's cover (a second report in the file):
    a page of few words (`cover_max_words`) that reads as a cover."""
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        if line.page > cover_page:
            by_page.setdefault(line.page, []).append(line)
    issues = []
    for page, page_lines in sorted(by_page.items()):
        if sum(len(ln.words) for ln in page_lines) > settings.cover_max_words:
            continue
        other = read_cover(page_lines, publishers)
        if other.municipality_raw is None:
            continue
        same = own_name is not None and other.municipality_raw.casefold() == own_name.casefold() and other.year == own_year
        if not same:
            issues.append(Issue(
                "error", "multiple_reports",
                f"page {page} is the cover of another report ({other.municipality_raw} {other.year}); "
                "one file must hold one report", page=page))
    return issues
