"""Judging an extraction against the truth, field by field: right, wrong-but-flagged, or silent.

A *field* is one published value at its place: a report fact, an area's score
or max, one question's id/text/score/max/percent, one sub-heading, strength or
improvement, one earlier result. It is *wrong* when the extraction differs from
the truth (or lacks it), and *silent* when it is wrong and no issue names its
place. An issue names a place at its own grain:

- an issue with a question id flags that question's fields;
- an issue with an area and a field flags that value ("strengths[2]") or that list
  ("strengths": its items, those it lacks or has too many included);
- an issue with an area and neither flags every field of that area;
- an issue with neither flags the report's own fields (metadata, total,
  earlier results);
- an error that stops the whole report (no record) flags every field;
- an info-level issue flags only the value it names (an info about the
  report as a whole is context, not a doubt).

"A wrong value published clean is the worst defect": the silence benchmark and
the property tests count silent fields with this module.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

TEXT_KINDS = ("subheading", "strength", "improvement", "question_text")


@dataclass(frozen=True, slots=True)
class Place:
    kind: str  # "report", "total", "area_score", "question_score", "strength", ...
    key: str  # human-readable path: "areas[3].questions[2].score"
    area: int | None = None
    question_id: str | None = None


@dataclass(slots=True)
class Verdict:
    fields: int = 0
    wrong: list[tuple[Place, object, object]] = field(default_factory=list)
    silent: list[tuple[Place, object, object]] = field(default_factory=list)
    texts: int = 0
    texts_exact: int = 0

    def add(self, other: Verdict) -> None:
        self.fields += other.fields
        self.wrong += other.wrong
        self.silent += other.silent
        self.texts += other.texts
        self.texts_exact += other.texts_exact


def _fields(record: dict | None) -> dict[Place, object]:
    """Every contract value of a record at its place."""
    if record is None:
        return {}
    out: dict[Place, object] = {}
    source = record.get("source") or {}
    for key in ("pages", "ocr"):
        out[Place("source", f"source.{key}")] = source.get(key)
    for key, value in (record.get("report") or {}).items():
        if key != "pages":
            out[Place("report", f"report.{key}")] = value
    total = record.get("total") or {}
    out[Place("total", "total.score")] = total.get("score")
    for a in record.get("areas") or []:
        n = a.get("number")
        base = f"areas[{n}]"
        for key in ("name", "score", "max"):
            out[Place(f"area_{key}", f"{base}.{key}", n)] = a.get(key)
        for kind, values in (("subheading", a.get("subheadings") or []), ("strength", a.get("strengths") or []),
                             ("improvement", a.get("improvements") or [])):
            for i, text in enumerate(values):
                out[Place(kind, f"{base}.{kind}s[{i}]", n)] = text
        for q in a.get("questions") or []:
            qid = q.get("id")
            for key in ("text", "score", "max", "percent"):
                kind = "question_text" if key == "text" else f"question_{key}"
                out[Place(kind, f"{base}.questions[{qid}].{key}", n, qid)] = q.get(key)
    for r in record.get("previous_results") or []:
        out[Place("previous", f"previous[{r.get('year')},{r.get('area')}]")] = r.get("score")
    return out


def _expected_places(expected: dict) -> Iterator[tuple[Place, object]]:
    yield from _fields(expected).items()


def _flagged(place: Place, issues: list[dict], fatal: bool) -> bool:
    if fatal:
        return True
    for issue in issues:
        area, qid, field = issue.get("area"), issue.get("question_id"), issue.get("field")
        if issue.get("severity") == "info" and qid is None and field is None:
            continue  # context ("these pages were read by OCR"), not a doubt about a value
        if qid is not None:
            if place.question_id == qid:
                return True
        elif area is not None and field is not None:
            # "strengths[2]" names one value; "strengths" the whole list, items it may lack included.
            key = f"areas[{area}].{field}"
            if place.key == key or (not field.endswith("]") and place.key.startswith(key + "[")):
                return True
        elif area is not None:
            if place.area == area:
                return True
        elif place.area is None:
            return True
    return False


def _same(a: object, b: object) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b


def judge(expected: dict, record: dict | None) -> Verdict:
    """Compare one extraction (`record`, None when the file was refused) with its truth."""
    issues = (record or {}).get("issues") or []
    fatal = record is None
    actual = _fields(record)
    verdict = Verdict()
    seen = set()
    for place, want in _expected_places(expected):
        seen.add(place)
        got = actual.get(place, "<missing>")
        verdict.fields += 1
        if place.kind in TEXT_KINDS:
            verdict.texts += 1
            verdict.texts_exact += got == want
        if not _same(got, want):
            verdict.wrong.append((place, want, got))
            if not _flagged(place, issues, fatal):
                verdict.silent.append((place, want, got))
    # Values the truth does not have (an extra finding, a phantom question) are wrong too.
    for place, got in actual.items():
        if place not in seen:
            verdict.fields += 1
            verdict.wrong.append((place, "<absent>", got))
            if not _flagged(place, issues, fatal):
                verdict.silent.append((place, "<absent>", got))
    return verdict
