"""The truth model: a generated report's content and the contract JSON an
extractor must produce for it.

Scores are kept unrounded (exact fractions, as evaluators score) and every
printed number is derived here, once, with the rounding real reports use:
question score = round(unrounded), percent = round(100 * unrounded / max),
area score = round(sum of unrounded). Printed question scores may therefore
add up to 1-2 points more or less than the area score, as in real reports.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from extractors.frameworks import Publisher

from . import marks
from .places import Municipality
from .vocab import Framework, framework


def round_half_up(x: Fraction) -> int:
    """Word/Excel rounding (2.5 -> 3); Python's round() would give 2."""
    return int((x + Fraction(1, 2)).__floor__())


@dataclass(frozen=True, slots=True)
class Question:
    id: str  # "3.2"
    text: str
    max: int
    unrounded: Fraction
    previous: tuple[Fraction, ...] = ()  # unrounded scores of earlier evaluations, oldest first

    @property
    def score(self) -> int:
        return round_half_up(self.unrounded)

    @property
    def percent(self) -> int:
        return round_half_up(100 * self.unrounded / self.max)

    @property
    def previous_scores(self) -> tuple[int, ...]:
        return tuple(round_half_up(u) for u in self.previous)


@dataclass(frozen=True, slots=True)
class Area:
    number: int
    name: str  # canonical name
    subheadings: tuple[str, ...]
    questions: tuple[Question, ...]
    strengths: tuple[str, ...]
    improvements: tuple[str, ...]

    @property
    def max(self) -> int:
        return sum(q.max for q in self.questions)

    @property
    def score(self) -> int:
        return round_half_up(sum((q.unrounded for q in self.questions), Fraction(0)))

    @property
    def percent(self) -> int:
        total = sum((q.unrounded for q in self.questions), Fraction(0))
        return round_half_up(100 * total / self.max)

    @property
    def previous_scores(self) -> tuple[int, ...]:
        """The area's printed score in each earlier evaluation (oldest first)."""
        n = len(self.questions[0].previous)
        return tuple(round_half_up(sum((q.previous[i] for q in self.questions), Fraction(0)))
                     for i in range(n))


@dataclass(frozen=True, slots=True)
class Evaluator:
    name: str  # as printed, an initial with its period ("J. Magnus Hedlund", "Anna K. Berg")
    role: str | None  # organisation or role printed after the name ("SKL", "Praktikant")


@dataclass(slots=True)
class GeneratedReport:
    """One report's content. `framework_id` may name an unsupported framework
    (see vocab.frameworks()); then `expected()` refuses, since the extractor
    must fail on such a report rather than produce a record."""

    seed: int
    framework_id: str
    municipality: Municipality
    year: int
    evaluation_period: str | None  # "2013-04", "2013" or None when not stated
    evaluators: tuple[Evaluator, ...]
    evaluation_number: int | None  # None: the report does not state it in words
    earlier_years: tuple[int, ...]  # earlier evaluations printed beside this one, oldest first
    percent_column: bool  # whether the score tables print "Procent"
    areas: tuple[Area, ...]
    publisher: Publisher  # who prints the report (vocab.publisher_for)
    cover_date: str | None = None  # a date some covers carry ("2015-09-08"), not data
    rendered: Path | None = field(default=None, compare=False)  # last file render_pdf wrote
    # Per rendered file (resolved path): value name (reportgen.marks) -> page it was drawn on.
    page_marks: dict[str, dict[str, int]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def framework(self) -> Framework:
        return framework(self.framework_id)

    @property
    def supported(self) -> bool:
        return self.framework.supported

    @property
    def language(self) -> str:
        return self.framework.language

    @property
    def total_score(self) -> int:
        # TOTALT is the sum of the printed area scores (domain.md: must agree).
        return sum(a.score for a in self.areas)

    @property
    def total_max(self) -> int:
        return sum(a.max for a in self.areas)

    def previous_totals(self) -> tuple[int, ...]:
        return tuple(sum(a.previous_scores[i] for a in self.areas) for i in range(len(self.earlier_years)))

    def previous_results(self) -> list[dict]:
        """Rows per earlier year: areas 1-8, then the total (area None)."""
        rows: list[dict] = []
        for i, year in enumerate(self.earlier_years):
            rows += [{"year": year, "area": a.number, "score": a.previous_scores[i]} for a in self.areas]
            rows.append({"year": year, "area": None, "score": self.previous_totals()[i]})
        return rows

    def _path(self, pdf: str | Path | None) -> Path:
        if not self.supported:
            raise ValueError(f"{self.framework_id} is not a supported framework: the extractor must "
                             "fail with unsupported_framework, there is no expected record")
        path = Path(pdf) if pdf is not None else self.rendered
        if path is None:
            raise ValueError("no PDF: render the report first or pass its path")
        return path

    def record_pages(self, pdf: Path, drawn: dict[str, int]) -> None:
        """Keep where render_pdf drew each value in `pdf` (engine.Flow.marks)."""
        self.page_marks[str(Path(pdf).resolve())] = dict(drawn)

    def expected(self, pdf: str | Path | None = None, *, pages: bool = False) -> dict:
        """The contract JSON (extract.schema.json) for this report rendered to `pdf`
        (default: the file render_pdf last wrote for it). `pages=True` adds
        where each value is printed, in the keys an extractor reports them
        (see expected_pages)."""
        path = self._path(pdf)
        record = self._contract(path)
        return _with_pages(record, self.expected_pages(path)) if pages else record

    def expected_pages(self, pdf: str | Path | None = None) -> dict:
        """The page (1-based, as a reader counts) where each value is printed in
        `pdf`, as render_pdf recorded it while drawing, shaped like the
        extractor's extra keys (null where the value is not printed):

            {"report": {"pages": {"municipality", "year", "evaluators",
                                  "evaluation_period", "evaluation_number"}},
             "total": {"page"},                       # Tabell 1's total row
             "areas": [{"number", "page",             # the "Område N" heading
                        "score_readings": {"summary" | "box" | "table_total": {"score", "page"}},
                        "subheading_pages": [...],    # each sub-heading in the score box
                        "questions": [{"id", "page"}],  # where the question's row starts
                        "strength_pages": [...], "improvement_pages": [...]}],  # where each item starts
             "previous_results": [{"year", "area", "page"}]}  # Tabell 1's row, in previous_results() order
        """
        path = self._path(pdf)
        drawn = self.page_marks.get(str(path.resolve()))
        if drawn is None:
            raise ValueError(f"no pages recorded for {path}: render it with render_pdf first")

        def reading(score: int, name: str) -> dict:
            return {"score": score, "page": drawn[name]}

        def printed(name: str, value) -> int | None:
            return drawn[name] if value is not None else None

        return {
            "report": {"pages": {
                "municipality": drawn[marks.MUNICIPALITY],
                "year": drawn[marks.YEAR],
                "evaluators": drawn[marks.EVALUATORS],
                "evaluation_period": printed(marks.EVALUATION_PERIOD, self.evaluation_period),
                "evaluation_number": printed(marks.EVALUATION_NUMBER, self.evaluation_number),
            }},
            "total": {"page": drawn[marks.summary(None, self.year)]},
            "areas": [
                {
                    "number": a.number,
                    "page": drawn[marks.area(a.number)],
                    "score_readings": {
                        "summary": reading(a.score, marks.summary(a.number, self.year)),
                        "box": reading(a.score, marks.box(a.number)),
                        "table_total": reading(a.score, marks.table_total(a.number)),
                    },
                    "subheading_pages": [drawn[marks.subheading(a.number, i)] for i in range(len(a.subheadings))],
                    "questions": [{"id": q.id, "page": drawn[marks.question(a.number, i)]}
                                  for i, q in enumerate(a.questions)],
                    "strength_pages": [drawn[marks.strength(a.number, i)] for i in range(len(a.strengths))],
                    "improvement_pages": [drawn[marks.improvement(a.number, i)]
                                          for i in range(len(a.improvements))],
                }
                for a in self.areas
            ],
            "previous_results": [
                {"year": row["year"], "area": row["area"], "page": drawn[marks.summary(row["area"], row["year"])]}
                for row in self.previous_results()
            ],
        }

    def _contract(self, path: Path) -> dict:
        return {
            "source": source_of(path),
            "report": {
                "municipality": self.municipality.name,
                "municipality_code": self.municipality.code_in(self.year),
                "country": self.framework.country,
                "year": self.year,
                "framework": self.framework_id,
                "language": self.language,
                "evaluation_period": self.evaluation_period,
                "evaluators": [e.name for e in self.evaluators],
                "evaluation_number": self.evaluation_number,
            },
            "total": {"score": self.total_score, "max": self.total_max},
            "areas": [
                {
                    "number": a.number,
                    "name": a.name,
                    "score": a.score,
                    "max": a.max,
                    "subheadings": list(a.subheadings),
                    "questions": [
                        {"id": q.id, "text": q.text, "score": q.score, "max": q.max,
                         "percent": q.percent if self.percent_column else None}
                        for q in a.questions
                    ],
                    "strengths": list(a.strengths),
                    "improvements": list(a.improvements),
                }
                for a in self.areas
            ],
            "previous_results": self.previous_results(),
        }


def _with_pages(record: dict, pages: dict) -> dict:
    """The contract record with the page keys merged in, item by item."""
    record["report"].update(pages["report"])
    record["total"].update(pages["total"])
    for area, extra in zip(record["areas"], pages["areas"]):
        for question, where in zip(area["questions"], extra["questions"]):
            question["page"] = where["page"]
        area.update({k: v for k, v in extra.items() if k != "questions"})
    for row, where in zip(record["previous_results"], pages["previous_results"]):
        row["page"] = where["page"]
    return record


def source_of(path: Path) -> dict:
    """The `source` block as an extractor reads it from the file itself."""
    import pymupdf  # local: only needed once a file exists

    data = path.read_bytes()
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        pages = doc.page_count
    return {"file": path.name, "sha256": hashlib.sha256(data).hexdigest(), "pages": pages, "ocr": False}
