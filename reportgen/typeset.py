"""Line breaking as a word processor does it, whatever a reader of the PDF
can make of the result.

A line breaks at a space; inside a word it breaks
- after a printed hyphen between letters or digits ("e-" / "förslag",
  "1990-" / "talet"), as Word always does: the hyphen stays printed and is
  part of the word;
- with automatic hyphenation on, at a hyphenation point of the language's
  dictionary (pyphen's `sv` / `nb_NO` patterns, with pyphen's own minimum
  lengths of the parts, applied to each run of letters): "utvär-" / "dering". The hyphen is added by the
  line break only; the text is the unbroken word.
A word that does not fit is broken at the last such point that fits (greedy,
as Word does). A suspended hyphen ("medborgar- och") is an ordinary word end,
so a line may end in it. The only glue: a free-standing dash (" – ") stays
with the word before it, so no line starts with a dash.

`wrap_lines` also says how each line ends and which word it starts with, so
the renderer can record where a given word was printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pyphen
from reportlab.pdfbase.pdfmetrics import stringWidth

DASHES = frozenset({"-", "–", "—"})
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Break:
    """A place inside a word where a line may end: the next line starts at `at`."""

    at: int
    soft: bool  # True: a dictionary hyphenation point (a hyphen is added); False: after a printed hyphen


@dataclass(frozen=True, slots=True)
class WrappedLine:
    text: str
    first_word: int  # index in text.split() of the word this line starts with (or continues)
    continued: bool  # the line starts inside that word (its first part ended the line before)
    end: str  # "space" | "soft" (dictionary hyphenation) | "hyphen" (after a printed hyphen) | "last"


@cache
def _dictionary(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=lang)


def hyphenation_points(word: str, lang: str) -> list[int]:
    """The dictionary's hyphenation points of `word` (offsets into it). A
    hyphenator sees words as runs of letters: each run ("e", "förslag" in
    "e-förslag,"; "rehab", "stöd" in "rehab.stöd") is hyphenated on its own,
    so no point falls beside a hyphen, slash or other punctuation."""
    return [m.start() + p for m in _LETTERS.finditer(word) for p in _dictionary(lang).positions(m.group())]


def breaks(word: str, lang: str | None) -> list[Break]:
    """Every place `word` may be broken at a line end, in order. `lang` None:
    automatic hyphenation off (only printed hyphens break)."""
    out = [Break(i + 1, False) for i in range(1, len(word) - 1)
           if word[i] == "-" and word[i - 1].isalnum() and word[i + 1].isalnum()]
    if lang:
        out += [Break(p, True) for p in hyphenation_points(word, lang)]
    return sorted(out, key=lambda b: b.at)


def units(text: str) -> list[tuple[str, int]]:
    """(unbreakable-at-space unit, index of its first word): a free-standing
    dash is glued to the word before it, so no line starts with one."""
    out: list[tuple[str, int]] = []
    for i, tok in enumerate(text.split()):
        if out and tok in DASHES:
            out[-1] = (f"{out[-1][0]} {tok}", out[-1][1])
        else:
            out.append((tok, i))
    return out


def wrap_lines(text: str, font: str, size: float, width: float, lang: str | None = None) -> list[WrappedLine]:
    """Greedy line breaking of `text` into lines no wider than `width` (a word
    wider than a whole line overflows when it has no break point that fits).
    `lang`: the pyphen dictionary when automatic hyphenation is on, else None."""
    space = stringWidth(" ", font, size)

    def measure(s: str) -> float:
        return stringWidth(s, font, size)

    lines: list[WrappedLine] = []
    line, line_w, first, continued = "", 0.0, 0, False
    for unit, index in units(text):
        points: list[Break] | None = None  # found only when the unit must be broken
        done = 0  # characters of `unit` already set on earlier lines
        while True:
            rest = unit[done:]
            # Glyph widths add up (no kerning), so a line is measured word by word.
            rest_w = measure(rest)
            candidate_w = line_w + space + rest_w if line else rest_w
            if candidate_w <= width:
                if not line:
                    first, continued = index, done > 0
                line, line_w = (f"{line} {rest}" if line else rest), candidate_w
                break
            if points is None:
                points = breaks(unit.split(" ")[0], lang)  # a glued dash never breaks
            room = width - (line_w + space if line else 0.0)
            cut = _last_fitting(unit, done, points, room, measure)
            if cut is not None:
                head = unit[done:cut.at] + ("-" if cut.soft else "")
                if not line:
                    first, continued = index, done > 0
                lines.append(WrappedLine(f"{line} {head}" if line else head, first, continued,
                                         "soft" if cut.soft else "hyphen"))
                line, line_w, done = "", 0.0, cut.at
                continue
            if not line:  # nothing fits on a line of its own: let it overflow
                first, continued, line, line_w = index, done > 0, rest, rest_w
                break
            lines.append(WrappedLine(line, first, continued, "space"))
            line, line_w = "", 0.0
    if line:
        lines.append(WrappedLine(line, first, continued, "last"))
    return lines


def _last_fitting(unit: str, done: int, points: list[Break], room: float, measure) -> Break | None:
    """The last break of `unit` after `done` whose head (with its hyphen) fits in `room`."""
    for b in reversed(points):
        if b.at <= done:
            return None
        if measure(unit[done:b.at] + ("-" if b.soft else "")) <= room:
            return b
    return None


def wrap(text: str, font: str, size: float, width: float, lang: str | None = None) -> list[str]:
    """The printed lines of `text` (see wrap_lines)."""
    return [w.text for w in wrap_lines(text, font, size, width, lang)]


def line_of_word(lines: list[WrappedLine], word: int) -> int:
    """Index of the line on which word number `word` (of text.split()) starts."""
    return max(i for i, w in enumerate(lines)
               if w.first_word < word or (w.first_word == word and not w.continued))


def rejoin(lines: list[WrappedLine]) -> str:
    """The text the lines print, using how each line ended (the generator's own
    knowledge, not a reader's guess): a soft hyphen goes, a printed one stays."""
    out = ""
    for w in lines:
        out += w.text
        if w.end == "soft":
            out = out[:-1]
        elif w.end == "space":
            out += " "
    return out
