"""Self-check of a rendered PDF against its truth, reading the PDF back with
PyMuPDF: do the truth's texts and numbers come back from the text layer?

Tables break across pages and cells sit side by side, so stream order mixes
them; lines are therefore regrouped into "column streams" by the x position
where their text starts (a bullet glyph before it is dropped), and a text is
looked for in the stream of its column, with line-break hyphens re-joined.
This is a test of the generator, not an extractor.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pymupdf

from .engine import is_conjunction
from .truth import GeneratedReport

BULLETS = {"•", "–", "-", "▪"}
_SOFT = re.compile(r"[A-Za-zÅÄÖÆØåäöæøé]-$")


def _segments(page: pymupdf.Page) -> list[tuple[float, list[str]]]:
    """(x where the text starts, words) for each run of words on a baseline,
    split where the horizontal gap is wider than a word space; a leading
    bullet glyph is dropped so bulleted and continuation lines align."""
    # "▪" set close to its text comes back glued to the word ("▪Informatör"): split it off.
    words = sorted(page.get_text("words", delimiters="▪•"), key=lambda w: (round(w[3]), w[0]))
    runs: list[list[tuple]] = []
    prev = None
    for w in words:
        if prev and abs(prev[3] - w[3]) < 1.0 and w[0] - prev[2] < 0.45 * (w[3] - w[1]):
            runs[-1].append(w)
        else:
            runs.append([w])
        prev = w
    out = []
    for run in runs:
        if len(run) > 1 and run[0][4] in BULLETS:
            run = run[1:]
        out.append((run[0][0], [w[4] for w in run]))
    return out


def column_streams(pdf: str | Path) -> dict[int, str]:
    """x bucket (points) -> the text of all lines starting there, in reading order."""
    streams: dict[int, list[str]] = defaultdict(list)
    with pymupdf.open(pdf) as doc:
        for page in doc:
            for x, ws in _segments(page):
                streams[round(x)].append(" ".join(ws))
    out = {}
    for key, lines in streams.items():
        text = ""
        for line in lines:
            if _SOFT.search(text) and line[:1].islower() and not is_conjunction(line.split()[0]):
                text = text[:-1] + line
            else:
                text = f"{text} {line}" if text else line
        out[key] = text
    return out


def missing_texts(report: GeneratedReport, pdf: str | Path) -> list[str]:
    """Truth texts (sub-headings, questions, findings) not found in any column stream."""
    joined = "\n".join(column_streams(pdf).values())
    wanted = []
    for a in report.areas:
        wanted += list(a.subheadings) + [q.text for q in a.questions] + list(a.strengths) + list(a.improvements)
    return [s for s in wanted if s not in joined]


def pdf_words(pdf: str | Path) -> set[str]:
    with pymupdf.open(pdf) as doc:
        return {w[4] for page in doc for w in page.get_text("words")}


def missing_numbers(report: GeneratedReport, pdf: str | Path) -> list[str]:
    """Printed numbers of the truth (scores, maxima, percents, totals) absent from the words."""
    words = pdf_words(pdf)
    nums = {str(report.total_score), str(report.year)}
    for a in report.areas:
        nums |= {str(a.score), str(a.max)} | {str(s) for s in a.previous_scores}
        for q in a.questions:
            nums |= {q.id, str(q.score), str(q.max)}
            if report.percent_column:
                nums.add(str(q.percent))
    nums |= {str(t) for t in report.previous_totals()}
    bare = {w.rstrip("%") for w in words}
    return sorted(n for n in nums if n not in words and n not in bare)
