"""Section 3: per area, the heading, the box of sub-headings and score, and the findings.

Everything is read by position. The box is the run of bulleted or indented
lines under the heading, its score the number in large type or standing apart at its right; the findings are
either a two-column table (columns split at the improvements header's x) or
two headed lists.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from extractors.frameworks import Framework, Language, all_languages
from extractors.items import Item, list_extent, split_items
from extractors.layout import Line
from extractors.matching import area_number_pattern, similarity, split_words_joined
from extractors.model import IssueLog, Located, Word
from extractors.settings import LayoutSettings
from extractors.text import CAPITAL_SHAPED, HyphenRules, fold, is_bullet, parse_int


@dataclass(slots=True)
class AreaSection:
    number: int
    page: int
    start: int  # index of the heading's first line
    body: int  # index of the first line after the heading
    end: int  # index one past the section's last line
    box_score: Located | None = None
    heading_words: tuple[Word, ...] = ()
    findings_header_words: tuple[Word, ...] = ()
    subheadings: list[Item] = field(default_factory=list)
    strengths: list[Item] = field(default_factory=list)
    improvements: list[Item] = field(default_factory=list)
    # How they were found, for the parsing report (extractors/parsing.py names them).
    box_found_by: str = "none"
    findings_found_by: str = "none"
    findings_fallbacks: list[str] = field(default_factory=list)
    box_cut_at: Line | None = None  # a line the box ended at, though a bulleted line follows it
    box_unread: list[Line] = field(default_factory=list)  # OCR'd junk standing where sub-headings start


@cache
def _heading_number(areas: int) -> re.Pattern[str]:
    return re.compile(rf"^(?P<n>{area_number_pattern(areas)})[.:]?$")


def _heading_continues(line: Line, nxt: Line | None, settings: LayoutSettings) -> bool:
    """True when `nxt` is the second line of a heading that wrapped."""
    return (
        nxt is not None
        and nxt.page == line.page
        and nxt.top - line.top < settings.heading_wrap_pitch * line.height
        and abs(nxt.height - line.height) < settings.heading_wrap_height_tolerance * line.height
        and abs(nxt.x0 - line.x0) < settings.heading_wrap_indent_tolerance
    )


class HeadingAt(NamedTuple):
    """Where an area's heading stands: its first line's index, the lines it takes, and how it was
    known: by its number and name ("number"), by its name alone ("name": OCR garbled its number,
    "Område 23 Styrning och kontroll"), by its number and name without the heading word ("word":
    "1 Offentlighet og demokrati", faint coloured type), or by its place alone ("place": both
    garbled, "Område £ Chetsc-", standing where the one area without a heading must, above a box's
    header row), or by its box alone ("box": the heading lost whole, the section starts at the one box
    header row no heading stands over, where the one area without a heading must: `lines` is 0)."""

    start: int
    lines: int
    known_by: str = "number"


def _heading_match(line: Line, nxt: Line | None, framework: Framework,
                   settings: LayoutSettings) -> tuple[int, int, float, str] | None:
    """(N, lines used, similarity, known by: `HeadingAt.known_by`) for "Område N <name of area N>"
    (possibly wrapped), not for a contents entry. On an OCR'd line whose number is no area's, the
    name alone names the area when it is `heading_by_name_similarity` alike to one area's and to no
    other's; so it does on one whose heading word OCR lost ("1 Offentlighet og demokrati", faint
    coloured type), when the number is that area's ("word")."""
    words = line.words
    if line.ocr and words and is_bullet(words[0].text):
        words = words[1:]  # no heading is bulleted: OCR read a speck before it as one
    worded = bool(words) and framework.language.starts_with_any(words[0].text, framework.language.area_heading,
                                                               misread=line.ocr)
    # "Område N <name>", or on an OCR'd line that lost the heading word, "N <name>"
    number_word, name_words = (words[1:2], words[2:]) if worded else (words[:1], words[1:]) if line.ocr else ((), ())
    if not number_word or not name_words:
        return None
    if parse_int(words[-1].text) is not None or "..." in line.text:
        return None  # a table of contents entry ends in its page number
    m = _heading_number(len(framework.areas)).match(number_word[0].text)
    numbered = m is not None and int(m.group("n")) <= len(framework.areas)
    if not numbered and (not line.ocr or not worded):
        return None
    name = " ".join(w.text for w in name_words)
    candidates = [(name, 1)]
    if nxt is not None and _heading_continues(line, nxt, settings):
        candidates.append((f"{name} {nxt.text}", 2))

    def alike(number: int, least: float) -> tuple[float, int]:
        return max((max(similarity(text, s, least) for s in framework.area(number).spellings), n)
                   for text, n in candidates)

    least = settings.heading_by_name_similarity
    if numbered and worded:
        number = int(m.group("n")) if m else 0
        best_ratio, used = alike(number, settings.heading_min_similarity)
        return (number, used, best_ratio, "number") if best_ratio >= settings.heading_min_similarity else None
    named = [(area.number, *alike(area.number, least)) for area in framework.areas]
    named = [match for match in named if match[1] >= least]
    if len(named) != 1 or (not worded and (m is None or int(m.group("n")) != named[0][0])):
        return None
    return named[0][0], named[0][2], named[0][1], "name" if worded else "word"


def find_area_headings(lines: list[Line], framework: Framework,
                       settings: LayoutSettings | None = None) -> dict[int, HeadingAt]:
    """Area number -> where its heading stands.

    Of several lines naming an area, an OCR'd one in clearly larger type wins (`heading_larger_type`: a
    contents entry whose page number OCR lost, read whole, beat the heading whose last word
    faint print lost); else the one closest to the area's name, the first among equals: a
    contents entry whose page number OCR lost still trails its dot leaders' remains ("Område 7
    Arbetsliv —- - oe mn"). A heading known by its name alone counts only for an area no line
    names by number, and only between the headings of the areas before and after it (the
    headings stand in the areas' order; a contents entry stands before them all).
    `settings`: the framework's unless given."""
    settings = settings or framework.layout
    # number -> (index, lines used, similarity, type height, known by)
    found: dict[int, tuple[int, int, float, float, str]] = {}
    by_name: dict[int, tuple[int, int, float, float, str]] = {}
    for index, line in enumerate(lines):
        match = _heading_match(line, lines[index + 1] if index + 1 < len(lines) else None, framework, settings)
        if match is None:
            continue
        number, used, ratio, known_by = match
        into = found if known_by == "number" else by_name
        best = into.get(number)
        # A text layer's contents entry keeps its page number (two reports in one file are two headings).
        larger = settings.heading_larger_type if line.ocr else math.inf
        if (best is None or line.height >= larger * best[3]
                or (best[3] < larger * line.height and ratio > best[2])):
            into[number] = (index, used, ratio, line.height, known_by)
    headings = _in_order({number: HeadingAt(index, used) for number, (index, used, *_) in found.items()})
    for number, (index, used, _, _, known_by) in sorted(by_name.items()):
        after, before = _neighbours(headings, number, len(lines))
        if number not in headings and after < index < before:
            headings[number] = HeadingAt(index, used, known_by=known_by)
    for area in framework.areas:
        after, before = _neighbours(headings, area.number, len(lines))
        lost_beside = [a.number for a in framework.areas if a.number != area.number and a.number not in headings
                       and _neighbours(headings, a.number, len(lines)) == (after, before)]
        if area.number in headings or lost_beside:
            continue  # found, or one of several lost between the same headings: their order is no proof
        places = [index for index in range(after + 1, before) if _unreadable_heading(lines, index, framework, settings)]
        if len(places) == 1:
            headings[area.number] = HeadingAt(places[0], 1, known_by="place")
            continue
        previous = next((h for h in headings.values() if h.start == after), None)
        boxes = _unclaimed_box_rows(lines, previous, before, settings)
        if not places and len(boxes) == 1:
            headings[area.number] = HeadingAt(boxes[0], 0, known_by="box")
    return headings


def _box_header_row(line: Line, settings: LayoutSettings) -> bool:
    """An OCR'd box header row: opening with a label and naming another ("Tema oa v Poeng"), or
    short with a label (`_garbled_header_row`)."""
    labels = _all_box_labels()
    return line.ocr and bool(line.words) and (
        (fold(line.words[0].text) in labels and any(fold(w.text) in labels for w in line.words[1:]))
        or _garbled_header_row(line, settings))


def _unclaimed_box_rows(lines: list[Line], previous: HeadingAt | None, before: int,
                        settings: LayoutSettings) -> list[int]:
    """The indexes of OCR'd box header rows, a bulleted sub-heading within `heading_box_reach` lines
    below, between the heading found before (`previous`, None: the start) and line `before`, but
    for that heading's own (the first such row within `heading_box_reach` lines below it): where a
    heading was lost whole (faint coloured type left nothing of it on the page), its box still
    marks where its area starts. A score table's header row ("Poäng Max") has question rows below
    it, not bullets."""
    first = previous.start + 1 if previous is not None else 0
    rows = [index for index in range(first, before) if _box_header_row(lines[index], settings) and any(
        below.page == lines[index].page and below.words and is_bullet(below.words[0].text)
        for below in lines[index + 1 : index + 1 + settings.heading_box_reach])]
    if previous is None:
        return rows
    below = previous.start + previous.lines
    own = next((index for index in rows if below <= index < below + settings.heading_box_reach), None)
    return [index for index in rows if index != own]


def _in_order(headings: dict[int, HeadingAt]) -> dict[int, HeadingAt]:
    """The headings without those that break the areas' order: the one out of order with the most
    others goes first, the earlier of two alike (a contents entry whose page number OCR lost,
    "Område 3 Politisk styring Og ju", stood before area 2's heading, and area 3's section ran over
    area 1's findings)."""
    kept = dict(headings)
    while True:
        clashes = {n: sum((m < n) == (other.start > h.start) for m, other in kept.items() if m != n)
                   for n, h in kept.items()}
        worst = max(clashes.values(), default=0)
        if worst == 0:
            return kept
        del kept[min((n for n, c in clashes.items() if c == worst), key=lambda n: kept[n].start)]


def _neighbours(headings: dict[int, HeadingAt], number: int, count: int) -> tuple[int, int]:
    """The line indexes of the headings found of the areas before and after `number` (-1 and
    `count` where none is): an area's heading stands between them."""
    after = max((h.start for n, h in headings.items() if n < number), default=-1)
    before = min((h.start for n, h in headings.items() if n > number), default=count)
    return after, before


def _unreadable_heading(lines: list[Line], index: int, framework: Framework, settings: LayoutSettings) -> bool:
    """An OCR'd line opening with the heading word ("Område") whose number and name OCR garbled,
    with a box's header row ("Rubriker Poäng") within `heading_box_reach` lines below it."""
    line = lines[index]
    words = line.words[1:] if line.words and is_bullet(line.words[0].text) else line.words
    if not line.ocr or len(words) < 2 or not framework.language.starts_with_any(
            words[0].text, framework.language.area_heading, misread=True):
        return False
    below = lines[index + 1 : index + 1 + settings.heading_box_reach]
    return any(ln.page == line.page and (fold(ln.words[0].text) in _all_box_labels() or _garbled_header_row(ln, settings))
               for ln in below)


# ---------------------------------------------------------------- the box

def _all_box_labels() -> frozenset[str]:
    return _box_labels(all_languages())


@cache
def _box_labels(languages: tuple[Language, ...]) -> frozenset[str]:
    return frozenset(fold(label) for lang in languages for label in lang.box_labels)


def _box_lines(lines: list[Line], section: AreaSection, settings: LayoutSettings) -> list[Line]:
    """The lines of the box: bulleted, indented, labels or the score, up to the first body line."""
    margin = lines[section.start].x0
    # A scan's pages lie on the glass each its own way: a box going on over a page break is
    # indented from that page's own text ("Allmänt" atop the next page, a photocopy's shifted
    # page, had gone into the box and every paragraph after it with it).
    margins = {page: min((ln.x0 for ln in lines[section.body : section.end]
                          if ln.page == page and ln.ocr and not is_bullet(ln.words[0].text)), default=margin)
               for page in {ln.page for ln in lines[section.body : section.end]} - {lines[section.start].page}}
    box: list[Line] = []
    for line in lines[section.body : section.end]:
        first = line.words[0].text
        indented = line.x0 > margins.get(line.page, margin) + settings.box_indent
        label = fold(first) in _all_box_labels() or _garbled_header_row(line, settings)
        lone_number = len(line.words) == 1 and parse_int(first) is not None
        # OCR's junk among the sub-headings ("DR" for a garbled one): read_box tells where it stands.
        junk = bool(box) and line.ocr and _ocr_speck_line(line.words, settings)
        if is_bullet(first) and _other_bullet_apart(box, line, settings):
            break
        if is_bullet(first) or indented or label or lone_number or junk:
            box.append(line)
            continue
        following = lines[section.body + len(box) + 1] if section.body + len(box) + 1 < section.end else None
        if (box and following is not None and following.page == line.page and is_bullet(following.words[0].text)
                and following.top - line.top < settings.box_line_pitch * line.height):
            # A bulleted line right after: this line lost its bullet to OCR's junk (":-"), or the box
            # goes on after text that is none of it. The box ends here, and says so.
            section.box_cut_at = line
        break
    return box


def _other_bullet_apart(box: list[Line], line: Line, settings: LayoutSettings) -> bool:
    """Whether an OCR'd bulleted line after a box's lines is past the box: its mark unlike the box's
    bullets, and a gap of a line or more above it (`box_apart_gap`: heavy toner read a speck before
    the narrative's "Allmänt" as "–", and it was published as a sixth sub-heading, clean). A box's
    own lines stand closer, whatever OCR made of their bullets ("•" then "–", bleed-through)."""
    marks = {ln.words[0].text for ln in box if is_bullet(ln.words[0].text)}
    last = box[-1] if box else None
    return (line.ocr and last is not None and len(marks) == 1 and line.words[0].text not in marks
            and line.page == last.page and line.top - last.bottom > settings.box_apart_gap * line.height)


def _garbled_header_row(line: Line, settings: LayoutSettings) -> bool:
    """An OCR'd box header row with a label garbled: short, with one label word ("Fema Poeng" for
    "Tema Poeng"; the box was read as empty)."""
    return line.ocr and len(line.words) <= settings.box_label_words and any(
        fold(w.text) in _all_box_labels() for w in line.words)


def _standing_apart(line: Line, word: Word, settings: LayoutSettings) -> bool:
    """The last word of its line, far right of the words before it (or alone)."""
    if word is not line.words[-1]:
        return False
    return len(line.words) == 1 or word.x0 - line.words[-2].x1 > settings.box_score_gap


def _box_score(box: list[Line], area_max: int, settings: LayoutSettings) -> tuple[Word | None, str]:
    """The area score and how it was told (`large_type`, `standing_apart`; `none`): a number
    (within the area's max) in large type, or one standing apart at the right of the box."""
    candidates = [
        (w, ln) for ln in box for w in ln.words if parse_int(w.text) is not None and 0 <= int(w.text) <= area_max
    ]
    if not candidates:
        return None, "none"
    heights = sorted(w.height for ln in box for w in ln.words)
    typical = heights[len(heights) // 2]
    tallest, line = max(candidates, key=lambda c: (c[0].height, c[0].x0))
    if tallest.height >= settings.box_score_height_ratio * typical:
        return tallest, "large_type"
    if _standing_apart(line, tallest, settings):
        return tallest, "standing_apart"
    return None, "none"


def _before_score_column(words: tuple[Word, ...], settings: LayoutSettings) -> tuple[Word, ...]:
    """An OCR'd box line's words up to a gap no sub-heading sets (`box_score_gap`): past it stands the
    score's column, and what OCR made of a score it could not read there is no sub-heading's
    ("Social hållbarhet 7 O" for a large "70"; the score's absence is flagged, `box_score_missing`).
    The gap after a bullet is a word OCR lost ("– och medarbetarutveckling"), which ocr.py marks."""
    for i in range(1, len(words)):
        if words[i].x0 - words[i - 1].x1 > settings.box_score_gap and not (i == 1 and is_bullet(words[0].text)):
            return words[:i]
    return words


def _ocr_speck_line(words: tuple[Word, ...], settings: LayoutSettings) -> bool:
    """An OCR'd line with no bullet and no word of `box_line_min_letters` letters: junk read from a
    bar or a speck (a bulleted "IT" is a sub-heading; a text layer's words, confidence -1, are print)."""
    return not is_bullet(words[0].text) and all(
        w.conf >= 0 and sum(ch.isalpha() for ch in w.text) < settings.box_line_min_letters for w in words)


def read_box(lines: list[Line], section: AreaSection, rules: HyphenRules, area_max: int,
             settings: LayoutSettings) -> None:
    box = _box_lines(lines, section, settings)
    score, section.box_found_by = _box_score(box, area_max, settings)
    labels = _all_box_labels()
    right_edge = score.x0 - settings.box_score_clearance if score is not None else float("inf")
    slices = []
    # The header row prints labels alone: its other words are OCR's garble ("Tema – re pr Pa").
    header_row = next((line for line in box if line.ocr and fold(line.words[0].text) in labels), None)
    bullets_x = [ln.x0 for ln in box if is_bullet(ln.words[0].text)]
    for line in box:
        if line is header_row or _garbled_header_row(line, settings):
            continue
        words = tuple(w for w in line.words if (w.x0 + w.x1) / 2 < right_edge and fold(w.text) not in labels)
        if line.ocr:
            words = _before_score_column(words, settings)
        if words and not _ocr_speck_line(words, settings):
            slices.append(Line(line.page, words))
        elif words and bullets_x and abs(words[0].x0 - bullets_x[0]) <= settings.box_indent:
            # Junk where the sub-headings' bullets stand ("DR" for "– Dialog och medborgarmedverkan",
            # photocopy): a sub-heading OCR garbled whole, not a speck of the box's bar or score.
            section.box_unread.append(line)
    section.subheadings = split_items(slices, rules, right=right_edge if score is not None else None,
                                      settings=settings)
    if score is not None:
        section.box_score = Located(int(score.text), score.page, (score,))


# ---------------------------------------------------------------- findings

def _header_word(text: str, language: Language, prefixes: tuple[str, ...], ocr: bool) -> bool:
    """A findings header's word; OCR'd, also with one of OCR's misreadings undone ("Forbédriggsområdér")."""
    if ocr:
        return language.is_column_header(text, prefixes)
    return language.starts_with_any(text, prefixes)


def _strengths_lost_first_letter(text: str, language: Language) -> bool:
    """A strengths header OCR read without its first letter ("tyrker" for "Styrker")."""
    folded = fold(text)
    return len(folded) >= len(min(language.strengths, key=len)) and any(
        fold(prefix)[1:] == folded[: len(prefix) - 1] for prefix in language.strengths)


_SPECK_MARKS = "\"'”“„«»`´.,:;"  # what OCR reads a speck before a word as


def findings_header(line: Line, language: Language, settings: LayoutSettings) -> tuple[Word | None, Word | None]:
    """(strengths word, improvements word) of a findings header line, else Nones.

    A header is short and starts with its word: "Styrkor | Förbättringsmöjligheter"
    (a table) or "Styrkor" alone (a list); a bullet that mentions
    "förbättringsarbete" is not one.
    """
    words = line.words
    if line.ocr:  # "Sty rker" on a light-toner bar
        words = tuple(split_words_joined(list(words), lambda text: any(
            _header_word(text, language, prefixes, ocr=True) for prefixes in (language.strengths, language.improvements)),
            settings))
    # "• tyrker": light toner's "S" read as a bullet, alone or before the improvements header.
    lost_letter = (line.ocr and len(words) > 1 and is_bullet(words[0].text)
                   and _strengths_lost_first_letter(words[1].text, language)
                   and all(_header_word(w.text, language, language.improvements, True) for w in words[2:]))
    if lost_letter:
        words = words[1:]
    elif (line.ocr and len(words) > 1 and is_bullet(words[0].text)
          and _header_word(words[1].text, language, language.strengths, True)):
        # "• Styrkor Förbättringsområden": a speck before the header read as a bullet (photocopy:
        # the header repeated after a page break ran into the items, "medarbetarnas
        # Förbättringsområden idéer", published clean).
        words = words[1:]
    elif line.ocr and words and words[0].text[:1] in _SPECK_MARKS and words[0].text[1:2].isalpha():
        # '"Styrkor': a speck by a header's first letter read as a quote mark (faded print), and the
        # header lost, with its page's findings.
        words = (words[0]._replace(text=words[0].text.lstrip(_SPECK_MARKS)), *words[1:])
    # What OCR made of a dark bar's grain ("Styrker 1 • Forbedringsområder") is no word of it.
    counted = [w for w in words if any(ch.isalpha() for ch in w.text)] if line.ocr else words
    capital = words[0].text[:1].isupper() or (line.ocr and words[0].text[:1] in CAPITAL_SHAPED)
    if len(counted) > settings.findings_header_max_words or is_bullet(words[0].text) or not (capital or lost_letter):
        return None, None  # a bullet or a wrapped line, not a header
    strengths = (words[0] if lost_letter or _header_word(words[0].text, language, language.strengths, line.ocr)
                 else None)
    improvements = next((w for w in words if _header_word(w.text, language, language.improvements, line.ocr)), None)
    if strengths is None and improvements is not words[0]:
        return None, None
    # A line ending in a full stop is a wrapped one ("förbättringsarbete."), unless both headers are
    # read, OCR'd: a speck after a repeated table header read as a stop (faded print: "Styrkor" was
    # published as a strength, "Förbättringsmöjligheter." ran into an improvement).
    if line.text.endswith(".") and not (line.ocr and strengths is not None and improvements is not None):
        return None, None
    return strengths, improvements


def _column_slices(lines: list[Line], lo: float, hi: float) -> list[Line]:
    out = []
    for line in lines:
        words = line.between(lo, hi)
        if words:
            out.append(Line(line.page, words))
    return out


def _list_until_outdent(lines: list[Line], settings: LayoutSettings) -> list[Line]:
    """A list's lines: it ends at the first line that starts left of the list's first line."""
    if not lines:
        return []
    first_x = lines[0].x0
    out = []
    for line in lines:
        if line.x0 < first_x - settings.list_outdent_tolerance and not is_bullet(line.words[0].text):
            break
        out.append(line)
    return out


def read_findings(lines: list[Line], section: AreaSection, language: Language, rules: HyphenRules, log: IssueLog,
                  settings: LayoutSettings) -> None:
    body = lines[section.body : section.end]
    # Wrapped lines reach the text column's right margin, which the narrative shows.
    right = max((ln.x1 for ln in body), default=None)
    for offset, line in enumerate(body):
        strengths_word, improvements_word = findings_header(line, language, settings)
        if strengths_word is not None and improvements_word is not None:
            section.findings_header_words = line.words
            section.findings_found_by = "table"
            _read_table(body[offset + 1 :], strengths_word, improvements_word, section, language, rules, right,
                        settings)
        elif strengths_word is not None and (column := _bullet_column(body[offset + 1 :], lines[section.start],
                                                                       right, settings)) is not None:
            # OCR lost the improvements header ("Styrkor r" on heavy toner): its column's bullets place it.
            section.findings_header_words = line.words
            section.findings_found_by = "table_bullet_column"
            log.info("findings_header_partly_unread",
                     f"area {section.number}: the findings header on page {line.page} reads '{line.text[:60]}' "
                     "without its improvements header; the columns were split at the improvements' bullets",
                     page=line.page, area=section.number)
            _read_table(body[offset + 1 :], strengths_word, column, section, language, rules, right, settings)
        elif strengths_word is not None:
            section.findings_header_words = line.words
            section.findings_found_by = "headed_lists"
            _read_lists(body[offset + 1 :], section, language, rules, right, line, settings)
        elif (improvements_word is not None and right is not None
              and _in_right_half(improvements_word, lines[section.start], right, settings)):
            # The table's left header is unreadable (white on dark, through OCR): its right one still places the columns.
            section.findings_header_words = line.words
            section.findings_found_by = "table_right_header"
            _read_table(body[offset + 1 :], None, improvements_word, section, language, rules, right, settings)
        else:
            continue
        _warn_unread(body[offset + 1 :], section, log)
        _warn_list_missing(section, line.page, log)
        if (start := _headless_table_start(body[:offset], lines[section.start], right, settings)) is not None:
            # A findings table's rows before the header found: that header is a repeat after a page
            # break, the first one unread (faded print's '"Styrkor'), and its page's findings lost.
            log.warning("findings_text_unread",
                        f"area {section.number}: lines before its findings header (page {line.page}) read as a "
                        f"findings table's rows, from page {body[start].page}: '{body[start].text[:80]}': the "
                        "header before them was not read, and their findings are lost",
                        page=body[start].page, area=section.number)
        return
    if (start := _headless_table_start(body, lines[section.start], right, settings)) is not None:
        # OCR read the header's bar as marks ("• y • Lå", heavy toner): the two columns of bullets
        # that follow are the table all the same, strengths at left as in every report; flagged.
        column = _bullet_column(body[start:], lines[section.start], right, settings)
        assert column is not None
        section.findings_found_by = "table_bullets_alone"
        header = body[start - 1].text[:60] if start else ""
        for key in ("strengths", "improvements"):
            log.warning("findings_header_unread",
                        f"area {section.number}: no findings header was read (the line before the lists reads "
                        f"'{header}'); two columns of bullets on page {body[start].page} were taken for its table, "
                        "strengths at left: which list is which is the report's usual order, not read",
                        page=body[start].page, area=section.number, field=key)
        _read_table(body[start:], None, column, section, language, rules, right, settings)
        _warn_unread(body[start:], section, log)
        _warn_list_missing(section, body[start].page, log)
        return
    log.warning(
        "findings_missing",
        f"area {section.number}: no strengths/improvements (expected a 'Styrkor | Förbättringsmöjligheter' "
        "table or two headed lists)",
        page=section.page,
        area=section.number,
    )


def _headless_table_start(body: list[Line], heading: Line, right: float | None, settings: LayoutSettings) -> int | None:
    """Where a findings table whose header OCR could not read starts: the first OCR'd line that
    opens with a bullet, holds a bullet in the text's right part and words of print after it,
    with bullets in one right column below it (`_bullet_column`). A narrative's list has its
    bullets at its lines' starts only."""
    for index, line in enumerate(body):
        if not (line.ocr and is_bullet(line.words[0].text)) or right is None:
            continue
        worded = any(sum(ch.isalpha() for ch in w.text) >= settings.findings_item_min_letters for w in line.words)
        if (worded and any(is_bullet(w.text) and _in_right_half(w, heading, right, settings) for w in line.words[1:])
                and _bullet_column(body[index:], heading, right, settings) is not None):
            return index
    return None


def _warn_list_missing(section: AreaSection, page: int, log: IssueLog) -> None:
    """Warnings when one of the two lists came out empty under a findings header found: every area
    lists both, and OCR that lost the header's or a column's words put one list's items into the
    other (a heavy-toner scan read "Styrkor" alone, and the improvements column ran into the
    strengths) or into none. The empty list is named, and the other as perhaps holding its items."""
    lists = {"strengths": section.strengths, "improvements": section.improvements}
    for key, other in (("strengths", "improvements"), ("improvements", "strengths")):
        if not lists[key]:
            log.warning("findings_list_missing",
                        f"area {section.number}: no {key} were read under the findings header on page {page}; "
                        "every area lists both strengths and improvements", page=page, area=section.number, field=key)
            if lists[other]:
                log.warning("findings_list_missing",
                            f"area {section.number}: its {other} may hold its {key} as well: none were read apart "
                            f"under the findings header on page {page}", page=page, area=section.number, field=other)


def _warn_unread(region: list[Line], section: AreaSection, log: IssueLog) -> None:
    """A warning when lines after the findings header, before the section's end, went into no
    finding: a list that ended early leaves its last items there."""
    used = {id(w) for item in section.strengths + section.improvements for w in item.words}
    used |= {id(w) for w in section.findings_header_words}
    unread = [ln for ln in region if not any(id(w) in used for w in ln.words)
              and any(ch.isalnum() for w in ln.words if not is_bullet(w.text) for ch in w.text)]
    if unread:
        log.warning(
            "findings_text_unread",
            f"area {section.number}: {len(unread)} line(s) after the findings header were read as no part of "
            f"the findings, from page {unread[0].page}: '{unread[0].text[:80]}'",
            page=unread[0].page,
            area=section.number,
        )


def _bullet_column(rest: list[Line], heading: Line, right: float | None, settings: LayoutSettings) -> Word | None:
    """The first bullet of a findings table's right column, known by its bullets alone: bullets
    inside lines, in the right part of the text, at one x on `findings_bullet_column_lines` lines
    or more. A list under a header has its bullets at its lines' starts only."""
    if right is None:
        return None
    inner = [w for line in rest for w in line.words[1:] if is_bullet(w.text) and _in_right_half(w, heading, right, settings)]
    columns = [[w for w in inner if abs(w.x0 - first.x0) <= settings.findings_table_left_tolerance] for first in inner]
    column = max(columns, key=len, default=[])
    return min(column, key=lambda w: w.x0) if len(column) >= settings.findings_bullet_column_lines else None


def _in_right_half(word: Word, heading: Line, right: float, settings: LayoutSettings) -> bool:
    return word.x0 > heading.x0 + settings.findings_right_header_share * (right - heading.x0)


def _crosses(line: Line, split_x: float, right_x: float, settings: LayoutSettings) -> bool:
    """True when a word of the line starts left of the column split and reaches into the right
    column's text (which starts at `right_x`): text set across both columns, not in a column."""
    return any(w.x0 < split_x and w.x1 > right_x + settings.findings_crossing_tolerance
               for w in line.words if not is_bullet(w.text))


def _read_table(
    rest: list[Line], left_word: Word | None, right_word: Word, section: AreaSection, language: Language,
    rules: HyphenRules, right: float | None, settings: LayoutSettings,
) -> None:
    split_x = right_word.x0 - settings.findings_column_gap
    first_x = rest[0].x0 if rest else right_word.x0
    tolerance = settings.findings_table_left_tolerance
    table_left = min(left_word.x0, first_x) - tolerance if left_word is not None else first_x - tolerance
    rows: list[Line] = []
    for line in rest:
        s, i = findings_header(line, language, settings)
        if s is not None and i is not None:
            section.findings_header_words += line.words
            section.findings_fallbacks.append("header_repeated")
            continue  # the header repeated after a page break
        if line.x0 < table_left and not is_bullet(line.words[0].text):
            section.findings_fallbacks.append("ended_at_text_outside")
            break  # text outside the table's columns: the table has ended
        if _crosses(line, split_x, right_word.x0, settings):
            section.findings_fallbacks.append("ended_at_crossing_text")
            break  # text set across both columns: the table has ended
        rows.append(line)
    rows = _extent(rows, section, settings)
    section.strengths = split_items(_column_slices(rows, float("-inf"), split_x), rules, right=split_x,
                                    settings=settings)
    section.improvements = split_items(_column_slices(rows, split_x, float("inf")), rules, right=right,
                                       settings=settings)


def _extent(lines: list[Line], section: AreaSection, settings: LayoutSettings) -> list[Line]:
    """A list's lines up to a change of type size or a paragraph's gap (`list_extent`), noting it."""
    kept = lines[: list_extent(lines, settings)]
    if len(kept) < len(lines):
        section.findings_fallbacks.append("ended_at_size_or_gap")
    return kept


def _read_lists(
    rest: list[Line], section: AreaSection, language: Language, rules: HyphenRules, right: float | None,
    header: Line, settings: LayoutSettings,
) -> None:
    def at_margin(line: Line, following: Line | None) -> bool:
        """The improvements header stands where the strengths header does, not indented as a list's
        text; on another page of a scan, shifted (6 points on a colour scan), left of its list's bullets."""
        indent = settings.findings_list_header_indent
        if line.x0 <= header.x0 + indent:
            return True
        return (line.page != header.page and following is not None and following.page == line.page
                and is_bullet(following.words[0].text) and line.x0 <= following.x0 + indent)

    for offset, line in enumerate(rest):
        if (findings_header(line, language, settings) == (None, line.words[0])
                and at_margin(line, rest[offset + 1] if offset + 1 < len(rest) else None)):
            section.findings_header_words += line.words
            strengths_lines = rest[:offset]
            improvements_lines = _list_until_outdent(rest[offset + 1 :], settings)
            break
    else:
        strengths_lines, improvements_lines = rest, []
        section.findings_fallbacks.append("no_improvements_header")
    strengths_lines = _list_until_outdent(strengths_lines, settings)
    section.strengths = split_items(_extent(strengths_lines, section, settings), rules, right=right, settings=settings)
    section.improvements = split_items(_extent(improvements_lines, section, settings), rules, right=right,
                                       settings=settings)


def read_area_sections(
    lines: list[Line], framework: Framework, headings: dict[int, HeadingAt], section_end: int,
    rules: HyphenRules, log: IssueLog, settings: LayoutSettings | None = None,
) -> dict[int, AreaSection]:
    """Every area's section, from the headings `find_area_headings` found, each with its parsing
    report (heading, box, findings) in `log`. `settings`: the framework's unless given."""
    settings = settings or framework.layout
    ordered = sorted(headings.items(), key=lambda kv: kv[1].start)
    sections: dict[int, AreaSection] = {}
    for position, (number, (start, used, known_by)) in enumerate(ordered):
        end = ordered[position + 1][1].start if position + 1 < len(ordered) else max(section_end, start + used)
        section = AreaSection(number, lines[start].page, start, start + used, end)
        section.heading_words = tuple(w for line in lines[start : start + used] for w in line.words)
        read_box(lines, section, rules, framework.area(number).max, settings)
        read_findings(lines, section, framework.language, rules, log, settings)
        sections[number] = section
        _report_section(section, used, known_by, log)
        if section.box_cut_at is not None:
            log.warning("box_cut_short",
                        f"area {number}: the box of sub-headings ends at '{section.box_cut_at.text}', which is none, "
                        "but a bulleted line follows it: sub-headings after it may be lost",
                        page=section.box_cut_at.page, area=number, field="subheadings")
        for line in section.box_unread:
            log.warning("box_line_unread",
                        f"area {number}: a line of its box reads '{line.text}', where its sub-headings start, but is "
                        "none as read: a sub-heading may be lost", page=line.page, area=number, field="subheadings")
        if known_by == "name":
            number_word = section.heading_words[1].text if section.heading_words[1:] else ""
            log.warning("area_heading_number_unread",
                        f"area {number}: its heading's number reads '{number_word}', no area's; the heading was "
                        f"known by the area's name alone ('{lines[start].text}')", page=section.page, area=number)
        elif known_by == "word":
            log.warning("area_heading_word_unread",
                        f"area {number}: its heading reads '{lines[start].text}', without the heading word "
                        f"('{framework.language.area_heading[0]}'); it was known by the area's number and name, "
                        "between the headings of the areas before and after it", page=section.page, area=number)
        elif known_by == "place":
            log.warning("area_heading_unread",
                        f"area {number}: its heading reads '{lines[start].text}', no area's number or name; it is "
                        f"taken for area {number}'s by its place: the one area without a heading there, and a "
                        "box's header row below it", page=section.page, area=number)
        elif known_by == "box":
            log.warning("area_heading_lost",
                        f"area {number}: no line of its heading was read; its section is taken to start at the box "
                        f"header row '{lines[start].text}', the one with no heading over it where the one area "
                        "without a heading must stand", page=section.page, area=number)
    for area in framework.areas:
        if area.number not in sections:
            log.error(
                "area_section_missing",
                f"no section for area {area.number} (expected a heading like "
                f"'{framework.language.area_heading[0]} {area.number} {area.name}')",
                area=area.number,
            )
    _warn_overrun(sections, framework, log)
    return sections


def _warn_overrun(sections: dict[int, AreaSection], framework: Framework, log: IssueLog) -> None:
    """Warnings on the findings of an area whose section runs over areas whose headings were not
    found: the section ends at the next heading found, so where its own findings header was lost
    too, a lost area's findings were read as its own (light toner lost area 2's heading and area
    1's findings header: area 1 published area 2's findings, silently)."""
    found = sorted(sections)
    for host, following in zip(found, [*found[1:], None]):
        lost = [a.number for a in framework.areas if a.number > host and (following is None or a.number < following)]
        if not lost:
            continue
        names = (f"area {lost[0]}" if len(lost) == 1 else f"areas {lost[0]} and {lost[1]}" if len(lost) == 2
                 else f"areas {lost[0]}-{lost[-1]}")
        for key in ("strengths", "improvements"):
            log.warning("area_section_overrun",
                        f"area {host}: no heading for {names} was found, so area {host}'s section from page "
                        f"{sections[host].page} runs on over where it would stand; its {key} may be {names}'s",
                        page=sections[host].page, area=host, field=key)


def _report_section(section: AreaSection, heading_lines: int, known_by: str, log: IssueLog) -> None:
    """The parsing report of one area's section: its heading, its box and its findings."""
    area = section.number
    how = (f"heading_by_{known_by}" if known_by != "number" else "heading_wrapped" if heading_lines > 1
           else "heading")
    log.parsed("area_heading", how, page=section.page, area=area, pages=(section.page,))
    box_page = section.box_score.page if section.box_score is not None else section.page
    log.parsed("box", section.box_found_by, page=box_page, area=area,
               pages=tuple(sorted({box_page, *(i.page for i in section.subheadings)})),
               detail=f"{len(section.subheadings)} sub-headings")
    items = section.strengths + section.improvements
    header_pages = {w.page for w in section.findings_header_words}
    pages = tuple(sorted(header_pages | {i.page for i in items}))
    log.parsed("findings", section.findings_found_by, page=pages[0] if pages else None, area=area, pages=pages,
               fallbacks=tuple(dict.fromkeys(section.findings_fallbacks)),
               detail=f"{len(section.strengths)} strengths, {len(section.improvements)} improvements")
