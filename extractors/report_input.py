"""The input record: everything extraction reads from a PDF, read once, as one typed value that
can be saved as JSON and loaded again.

`report.read_input` reads a PDF into a `ReportInput`: every page's words (text layer, or OCR for
scanned, garbled and, when report content was missing, picture pages), the drawn marks that
may be list bullets, what OCR read but dropped, each OCR'd page's angle, the pages left out and
why (`DocumentText`), and the number cells of OCR'd score tables read on their own
(`cell_readings`). OCR's share is cached by the file's content hash (ocr_cache.py), so reading
a scan again costs no OCR. `report.parse_input` turns the input into the record without the
PDF: the readers are pure steps over it, and `extract_report` gives what `parse_input` gives on
`read_input`'s result. `save` and `load` keep an input as JSON, e.g. a test fixture of a
report whose PDF is not at hand, or a scan's input without Tesseract.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.cells import CellReading, Key
from extractors.model import Issue, Word
from extractors.pdf_input import DocumentText, PageText

FORMAT = 1  # the JSON layout's version; another is refused


class InputFormatError(ValueError):
    """A saved input that is not one (another format version, a missing or mistyped key)."""


@dataclass(frozen=True, slots=True)
class ReportInput:
    """What a PDF holds for the readers. `document`: its pages as words (with marks, OCR's
    unsure words and angles, page issues); `cell_readings`: OCR'd score-table cells read alone
    (cells.py; empty for a born-digital report); `picture_pages_read`: the picture pages were
    read through OCR because report content was missing (the parsing report says so)."""

    document: DocumentText
    cell_readings: Mapping[Key, CellReading] = field(default_factory=dict)
    picture_pages_read: bool = False

    def to_json(self) -> dict[str, Any]:
        doc = self.document
        return {
            "format": FORMAT,
            "file": doc.file,
            "sha256": doc.sha256,
            "picture_pages": list(doc.picture_pages),
            "picture_pages_read": self.picture_pages_read,
            "issues": [i.to_dict() for i in doc.issues],
            "pages": [_page_json(p) for p in doc.pages],
            "cell_readings": [[area, row, column, r.text, r.conf]
                              for (area, row, column), r in self.cell_readings.items()],
        }

    @classmethod
    def from_json(cls, data: Any) -> ReportInput:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            found = data.get("format") if isinstance(data, dict) else type(data).__name__
            raise InputFormatError(f"not a saved report input of format {FORMAT} (found format {found!r})")
        try:
            document = DocumentText(
                file=str(data["file"]),
                sha256=str(data["sha256"]),
                pages=tuple(_page(p) for p in data["pages"]),
                picture_pages=tuple(int(n) for n in data["picture_pages"]),
                issues=tuple(Issue(**i) for i in data["issues"]),
            )
            readings = {(int(area), str(row), str(column)): CellReading(str(text), float(conf))
                        for area, row, column, text, conf in data["cell_readings"]}
            return cls(document, readings, bool(data["picture_pages_read"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputFormatError(f"a saved report input with a missing or mistyped value ({exc!r})") from exc


def _words_json(words: tuple[Word, ...]) -> list[list]:
    return [list(w) for w in words]


def _words(rows: list[list]) -> tuple[Word, ...]:
    return tuple(Word(str(text), float(x0), float(top), float(x1), float(bottom), int(page), float(size), int(run),
                      float(conf))
                 for text, x0, top, x1, bottom, page, size, run, conf in rows)


def _page_json(page: PageText) -> dict[str, Any]:
    return {"number": page.number, "width": page.width, "height": page.height, "ocr": page.ocr, "angle": page.angle,
            "words": _words_json(page.words), "marks": _words_json(page.marks), "unsure": _words_json(page.unsure)}


def _page(data: dict[str, Any]) -> PageText:
    return PageText(int(data["number"]), float(data["width"]), float(data["height"]), _words(data["words"]),
                    ocr=bool(data["ocr"]), marks=_words(data["marks"]), unsure=_words(data["unsure"]),
                    angle=float(data["angle"]))


def save(report_input: ReportInput, path: str | Path) -> Path:
    """Writes the input as JSON (UTF-8); returns the path."""
    path = Path(path)
    path.write_text(json.dumps(report_input.to_json(), ensure_ascii=False), "utf-8")
    return path


def load(path: str | Path) -> ReportInput:
    """An input `save` wrote. Raises InputFormatError for a file that is none (OSError when unreadable)."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except ValueError as exc:
        raise InputFormatError(f"{path}: not JSON ({exc})") from exc
    return ReportInput.from_json(data)
