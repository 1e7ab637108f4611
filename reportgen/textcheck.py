"""Self-check of a rendered PDF against its truth, reading the PDF back with
PyMuPDF: do the truth's texts and numbers come back from the text layer?

Tables break across pages and cells sit side by side, so stream order mixes
them; lines are therefore regrouped into "column streams" by the x position
where their text starts (a bullet glyph before it is dropped), and a text is
looked for in the stream of its column, with lines joined as the generator
knows they were broken (`join_lines`). This is a test of the generator, not
an extractor: it may consult what the generator printed.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pymupdf

from .boilerplate import SECTION1
from .pools import FILLER
from .truth import GeneratedReport
from .vocab import WORDS

BULLETS = {"•", "–", "-", "▪"}
_PUNCT = ".,;:!?()\"'”“’"


def segments(page: pymupdf.Page) -> list[tuple[float, list[str]]]:
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


def column_lines(pdf: str | Path) -> dict[int, list[str]]:
    """x bucket (points) -> the lines starting there, in reading order."""
    lines: dict[int, list[str]] = defaultdict(list)
    with pymupdf.open(pdf) as doc:
        for page in doc:
            for x, ws in segments(page):
                lines[round(x)].append(" ".join(ws))
    return dict(lines)


def _core(word: str) -> str:
    return word.strip(_PUNCT)


def vocabulary(report: GeneratedReport) -> frozenset[str]:
    """Every word the generator may have printed in running text for `report`
    (its truth texts, narrative filler, boilerplate and wording templates),
    without surrounding punctuation."""
    texts: list[str] = [report.municipality.name]
    for a in report.areas:
        texts += [a.name, *a.subheadings, *(q.text for q in a.questions), *a.strengths, *a.improvements]
    texts += FILLER[report.language]
    texts += [p for ps in SECTION1.values() for p in ps if isinstance(p, str)]
    texts += [x for ps in SECTION1.values() for p in ps if isinstance(p, tuple) for x in p]
    for value in WORDS[report.language].values():
        texts += [value] if isinstance(value, str) else [x for x in value if isinstance(x, str)]
    return frozenset(_core(w) for t in texts for w in t.split())


def join_lines(lines: list[str], vocabulary: frozenset[str]) -> str:
    """Lines as one text. A line ending in a hyphen went on without a space
    when the pieces form a printed word: without the hyphen when the line
    break added it ("utvär-" + "dering"), with it when the word has one
    ("e-" + "förslag"); otherwise the hyphen ends a word ("medborgar-" + "och")."""
    text = ""
    for line in lines:
        if text.endswith("-") and text[-2:-1].isalnum():
            head, tail = text.rsplit(" ", 1)[-1], line.split(" ", 1)[0]
            if _core(head[:-1] + tail) in vocabulary:
                text = text[:-1] + line
                continue
            if _core(head + tail) in vocabulary:
                text += line
                continue
        text = f"{text} {line}" if text else line
    return text


def column_streams(pdf: str | Path, report: GeneratedReport) -> dict[int, str]:
    """x bucket (points) -> the text of all lines starting there, in reading order."""
    words = vocabulary(report)
    return {key: join_lines(lines, words) for key, lines in column_lines(pdf).items()}


def missing_texts(report: GeneratedReport, pdf: str | Path) -> list[str]:
    """Truth texts (sub-headings, questions, findings) not found in any column stream."""
    joined = "\n".join(column_streams(pdf, report).values())
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
