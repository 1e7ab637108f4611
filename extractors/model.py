"""Typed records shared by every extraction step.

Coordinates are PDF points with the origin at the page's top-left corner (as
PyMuPDF gives them); pages are numbered from 1, as a reader
counts them, so every value can carry the page it was read from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple, TypedDict

# error: the value is missing or cannot be right (the report is quarantined); warning: read
# another way than usual, worth a look; info: one of two readings the report alone cannot
# tell apart was chosen (a line-end hyphen), the place named so a reader can check it.
Severity = Literal["error", "warning", "info"]


LOST_GLYPH = "(print read as nothing)"  # the text of an OCR'd unsure word standing for print OCR did not read
# The confidence of a bullet OCR did not read and whose shape was too damaged to know, seen as
# ink where the page's other bullets stand (ocr.py): the item it starts is a guess, and says so.
GUESSED_BULLET_CONFIDENCE = 0.0


class Word(NamedTuple):
    """One word of the text layer (or of OCR) with its box. A named tuple: reports hold
    tens of thousands of words, and a tuple is the cheapest immutable record to make."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    page: int
    size: float = 0.0  # font size in points; 0 when unknown (OCR)
    run: int = -1  # the text layer's line (block and line) the word was printed in; -1: unknown (OCR)
    conf: float = -1.0  # OCR's confidence, 0-100; -1 for a text layer's word

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def mid_y(self) -> float:
        return (self.top + self.bottom) / 2


class Where(TypedDict, total=False):
    """Where an issue stands: the keyword arguments of `Issue` after its message."""

    page: int | None
    area: int | None
    question_id: str | None
    field: str | None


@dataclass(frozen=True, slots=True)
class Issue:
    """Something that could not be read, or was read but looks wrong.

    `code` is stable (tests, the quality report and users' filters key on it);
    `message` says what was expected and what was found.
    """

    severity: Severity
    code: str
    message: str
    page: int | None = None
    area: int | None = None
    question_id: str | None = None
    field: str | None = None  # the value within its area: "strengths[2]", "subheadings[0]"

    def to_dict(self) -> dict:
        return {
            "severity": self.severity,
            "code": self.code,
            "page": self.page,
            "area": self.area,
            "question_id": self.question_id,
            "field": self.field,
            "message": self.message,
        }


class ExtractionError(Exception):
    """A report that cannot be extracted at all (encrypted, corrupt, not a report...).

    Codes: `not_found`, `empty`, `corrupt`, `encrypted`, `truncated`, `no_text`,
    `not_a_report`, `unsupported_framework`.
    """

    def __init__(self, code: str, message: str, *, file: str | None = None, page: int | None = None):
        self.code = code
        self.message = message
        self.file = file
        self.page = page
        where = file or "?"
        if page is not None:
            where += f", page {page}"
        super().__init__(f"{where}: [{code}] {message}")


@dataclass(slots=True)
class Located:
    """A number (a score), the page it was read from and the printed words it was read from."""

    value: float
    page: int | None = None
    words: tuple[Word, ...] = ()


@dataclass(frozen=True, slots=True)
class Parsed:
    """How a reader found what it read: one entry of the record's parsing report.

    `reader` and `strategy` (and each of `fallbacks`) are stable names, described in
    `extractors/parsing.py` and the README: which way the table or list was found, which
    fallback was needed; `borrowed_from` is the page of a header whose columns another table
    borrowed; `pages` every page the value was read from.
    """

    reader: str
    strategy: str
    page: int | None = None
    area: int | None = None
    pages: tuple[int, ...] = ()
    fallbacks: tuple[str, ...] = ()
    borrowed_from: int | None = None
    detail: str = ""

    def to_dict(self) -> dict:
        return {
            "reader": self.reader,
            "strategy": self.strategy,
            "page": self.page,
            "area": self.area,
            "pages": list(self.pages),
            "fallbacks": list(self.fallbacks),
            "borrowed_from": self.borrowed_from,
            "detail": self.detail,
        }


@dataclass(slots=True)
class IssueLog:
    """Collects issues while a report is parsed; parsing goes on after each. It also keeps the
    parsing report: how each reader found what it read (`parsed`)."""

    items: list[Issue] = field(default_factory=list)
    parsing: list[Parsed] = field(default_factory=list)

    def parsed(self, reader: str, strategy: str, **how) -> None:
        self.parsing.append(Parsed(reader, strategy, **how))

    def error(self, code: str, message: str, **where) -> None:
        self.items.append(Issue("error", code, message, **where))

    def warning(self, code: str, message: str, **where) -> None:
        self.items.append(Issue("warning", code, message, **where))

    def info(self, code: str, message: str, **where) -> None:
        self.items.append(Issue("info", code, message, **where))

    @property
    def has_errors(self) -> bool:
        return any(i.severity == "error" for i in self.items)
