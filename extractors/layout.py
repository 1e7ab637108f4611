"""From words to lines, and running headers and footers removed.

Reports are read by position: a line is the words that share a vertical band
on one page, left to right. Running headers and footers are recognised as
text that repeats in the page margins across pages, not by their wording.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from extractors.model import Word
from extractors.pdf_input import DocumentText, PageText
from extractors.settings import DEFAULTS, LayoutSettings
from extractors.text import fold, is_bullet


@dataclass(frozen=True, slots=True)
class Line:
    """Words that share a vertical band on one page, left to right. Its measures are
    computed once: every reader asks for them again and again."""

    page: int
    words: tuple[Word, ...]
    text: str = field(init=False, compare=False)
    top: float = field(init=False, compare=False)
    bottom: float = field(init=False, compare=False)
    x1: float = field(init=False, compare=False)
    height: float = field(init=False, compare=False)

    def __post_init__(self) -> None:
        texts, _, tops, rights, bottoms, *_ = zip(*self.words)  # words are tuples: columns at C speed
        object.__setattr__(self, "text", " ".join(texts))
        object.__setattr__(self, "top", min(tops))
        object.__setattr__(self, "bottom", max(bottoms))
        object.__setattr__(self, "x1", max(rights))
        heights = sorted(b - t for t, b in zip(tops, bottoms))
        middle = len(heights) // 2  # the median, without statistics' overhead on every line
        object.__setattr__(self, "height", heights[middle] if len(heights) % 2 else (heights[middle - 1] + heights[middle]) / 2)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def ocr(self) -> bool:
        return all(w.size == 0.0 for w in self.words)  # OCR words carry no font size

    @property
    def bulleted(self) -> bool:
        return is_bullet(self.words[0].text)

    def text_words(self) -> list[str]:
        """The words' texts without a leading bullet."""
        return [w.text for w in (self.words[1:] if self.bulleted else self.words)]

    def between(self, x_from: float, x_to: float) -> tuple[Word, ...]:
        """The words whose centre lies in [x_from, x_to)."""
        return tuple(w for w in self.words if x_from <= (w.x0 + w.x1) / 2 < x_to)


def _same_band(mid: float, height: float, ref_mid: float, ref_height: float, settings: LayoutSettings,
               ocr: bool = False) -> bool:
    """Whether a word (its middle and height) sits on the line whose last word is the reference;
    `ocr`: both were read by OCR."""
    smaller = min(height, ref_height)
    if smaller <= 0:
        return abs(mid - ref_mid) < settings.line_band_no_height
    # A much taller word (the score in the area box) gets a line of its own.
    if max(height, ref_height) > (settings.line_ocr_tall_ratio if ocr else settings.line_tall_ratio) * smaller:
        return False
    return abs(mid - ref_mid) <= (settings.line_ocr_band_share if ocr else settings.line_band_share) * smaller


def _units(words: tuple[Word, ...]) -> list[list[Word]]:
    """The words in the runs the text layer printed them in (MuPDF's lines: one baseline, left to
    right); a word of no known run (OCR, a drawn bullet) is a unit of its own."""
    runs: dict[int, list[Word]] = {}
    units = []
    for word in words:
        if word.run < 0:
            units.append([word])
        elif word.run in runs:
            runs[word.run].append(word)
        else:
            runs[word.run] = unit = [word]
            units.append(unit)
    return units


def group_lines(page: PageText, settings: LayoutSettings = DEFAULTS) -> list[Line]:
    """Groups a page's words into lines, top to bottom, each left to right: runs of the text
    layer (or single words) that share a vertical band; a much taller run gets a line of its own."""
    placed = []
    for unit in _units(page.words):
        top, bottom = min(w.top for w in unit), max(w.bottom for w in unit)
        placed.append(((top + bottom) / 2, unit[0].x0, bottom - top, unit, all(w.conf >= 0 for w in unit)))
    placed.sort(key=lambda p: (p[0], p[1]))
    lines: list[list[Word]] = []
    # Each line's reference unit (middle, height, OCR'd, has letters): its last unit, but on an OCR'd
    # line its last word with letters once it has one: a bullet or number cell whose box Tesseract
    # stretched over two lines would otherwise draw the next line in.
    last: list[tuple[float, float, bool, bool]] = []
    for mid, _, height, unit, ocr in placed:
        lettered = ocr and any(ch.isalpha() for w in unit for ch in w.text)  # only OCR'd lines use it
        for index in range(len(lines) - 1, max(-1, len(lines) - 1 - settings.line_band_lookback), -1):
            ref_mid, ref_height, ref_ocr, ref_lettered = last[index]
            if _same_band(mid, height, ref_mid, ref_height, settings, ocr and ref_ocr):
                lines[index] += unit
                if not (ocr and ref_ocr and ref_lettered and not lettered):
                    last[index] = (mid, height, ocr, lettered)
                break
        else:
            lines.append(list(unit))
            last.append((mid, height, ocr, lettered))
    built = [Line(page.number, tuple(sorted(ws, key=lambda w: w.x0))) for ws in lines]
    # A line stands where most of its words do: an area box's score in large type, joined to the
    # sub-heading beside its lower half, lifted that line's top above the sub-heading before it,
    # and the two came out swapped (an OCR'd photocopy, silently).
    return sorted(built, key=lambda ln: (_usual_top(ln), ln.x0))


def _usual_top(line: Line) -> float:
    """The median of its words' tops (the lower middle one), without statistics' overhead on every line."""
    tops = sorted(w.top for w in line.words)
    return tops[(len(tops) - 1) // 2]


def _margin_key(line: Line) -> str:
    # Page numbers change from page to page; the rest of a running head does not.
    return "".join(ch for ch in fold(line.text) if not ch.isdigit()).strip()


def _zone(line: Line, page_height: float, settings: LayoutSettings) -> str | None:
    if line.bottom <= page_height * settings.running_head_margin_share:
        return "top"
    if line.top >= page_height * (1 - settings.running_head_margin_share):
        return "bottom"
    return None


def _outer_lines(lines: list[Line], height: float, settings: LayoutSettings) -> list[tuple[str, Line]]:
    outermost = settings.running_head_outermost_lines
    top = [ln for ln in lines[:outermost] if _zone(ln, height, settings) == "top"]
    bottom = [ln for ln in lines[-outermost:] if _zone(ln, height, settings) == "bottom"]
    return [("top", ln) for ln in top] + [("bottom", ln) for ln in bottom if ln not in top]


def _similar(a: str, b: str, least: float) -> bool:
    if a == b:
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() > least and matcher.quick_ratio() > least and matcher.ratio() > least


def _alike_heads(read: str, head: str, least: float) -> bool:
    """Whether an OCR'd margin line is `least` alike to a head, or its words, two or more and half
    the head's at least, are each `least` alike to the head's in order: a fax read "Sveriges
    Kommuner och Regioner" as "Sveriges Nommuner och" and "Sveriges och Regioner", and the lines,
    left in, ended lists running over the page break (29 findings lost, flagged)."""
    if _similar(read, head, least):
        return True
    read_words, head_words = read.split(), iter(head.split())
    return (len(read_words) >= 2 and 2 * len(read_words) >= len(head.split())
            and all(any(_similar(word, printed, least) for printed in head_words) for word in read_words))


def _repeated_keys(outer: list[list[tuple[str, str, Line]]], threshold: int) -> set[tuple[str, str]]:
    """(zone, key) of the margin lines that repeat exactly on at least `threshold` pages."""
    counts: Counter[tuple[str, str]] = Counter()
    for page in outer:
        counts.update({(zone, key) for zone, key, _ in page if key})
    return {k for k, n in counts.items() if n >= threshold}


def _near_repeated_keys(
    outer: list[list[tuple[str, str, Line]]], ocr: list[bool], threshold: int, repeated: set[tuple[str, str]],
    least: float,
) -> set[tuple[str, str]]:
    """(zone, key) of OCR'd pages' margin lines that repeat once near-identical heads count together.

    OCR misreads a letter here and there ("Västerås stad" as "Vasterås stad"),
    and loses a head's end, so an OCR'd page's head is compared with every page's heads. A text
    layer is read exactly: its lines are never matched fuzzily (a near
    repeat there is report text, such as a table row that differs in one word).
    """
    counts: Counter[tuple[str, str]] = Counter()
    for page in outer:
        counts.update({(zone, key) for zone, key, _ in page if key})
    candidates = {(zone, key) for page, is_ocr in zip(outer, ocr) if is_ocr for zone, key, _ in page if key}
    near = set()
    for zone, key in candidates - repeated:
        if sum(n for (z, k), n in counts.items() if z == zone and _alike_heads(key, k, least)) >= threshold:
            near.add((zone, key))
    # A line garbled further is alike to a head only: one repeated, or near repeated itself.
    heads = repeated | near
    return near | {(zone, key) for zone, key in candidates - heads
                   if any(z == zone and _alike_heads(key, k, least) for z, k in heads)}


def drop_running_heads(pages: list[tuple[PageText, list[Line]]], settings: LayoutSettings = DEFAULTS) -> list[list[Line]]:
    """Drops the outermost lines that repeat in the same margin on most pages (headers, footers, page numbers)."""
    outer = [[(zone, _margin_key(ln), ln) for zone, ln in _outer_lines(lines, page.height, settings)]
             for page, lines in pages]
    threshold = max(settings.running_head_min_pages, int(settings.running_head_repeat_share * len(pages)))
    repeated = _repeated_keys(outer, threshold)
    ocr = [page.ocr for page, _ in pages]
    near = (_near_repeated_keys(outer, ocr, threshold, repeated, settings.running_head_ocr_similarity)
            if any(ocr) else set())
    kept = []
    for (page, lines), candidates in zip(pages, outer):
        drop = set()
        for zone, key, line in candidates:
            if key == "":  # a bare page number ("6", "6 (29)"), not a table's number row
                if len(line.words) <= settings.page_number_max_words and any(w.text.strip("()-/") == str(line.page) for w in line.words):
                    drop.add(id(line))
            elif (zone, key) in repeated or (page.ocr and (zone, key) in near):
                drop.add(id(line))
        kept.append([ln for ln in lines if id(ln) not in drop])
    if any(ocr):
        garbled = _garbled_running_heads([(lines, c) for (page, lines), c in zip(pages, outer) if page.ocr], threshold,
                                         settings)
        kept = [[ln for ln in lines if id(ln) not in garbled] for lines in kept]
    return kept


def _garbled_running_heads(pages: list[tuple[list[Line], list[tuple[str, str, Line]]]], threshold: int,
                           settings: LayoutSettings) -> set[int]:
    """The OCR'd pages' margin lines that are running heads garbled past their repeats ("g då & av
    26", "Sida lav il", "da art" for "Sida 6 av 26", "Sida 13 av 30", "Sida 21 av 30": a fax
    garbled the footer of nearly every page). `pages`: each OCR'd page's lines and margin lines.

    A running head stands at one place on every page, set apart from the body. So a short line is
    one where the pages' outermost lines stand on `threshold` pages, most of those set apart from
    the line next to them by `running_head_apart` of the report's line pitches, and half as many holding
    a number (a page number). A report without running heads starts its pages' text at one place
    too, but at its line pitch and rarely with a number; an area's heading opening a page ("Område 3
    Politisk styrning") is set apart and numbered, but on few pages. Left in, a list running over
    a page break stopped at the footer. The ids of those lines."""
    dropped: set[int] = set()
    # The report's line pitch: the median distance from a line's top to the next's, over its pages.
    pitches = sorted(b.top - a.top for lines, _ in pages for a, b in zip(lines, lines[1:]) if b.top > a.top)
    if not pitches:
        return dropped
    apart_by = settings.running_head_apart * pitches[len(pitches) // 2]
    for zone in ("top", "bottom"):
        edges: list[tuple[Line, bool]] = []  # each page's outermost line, and whether it is set apart
        for lines, margins in pages:
            in_zone = [line for z, _, line in margins if z == zone]
            if in_zone:
                edge = in_zone[0] if zone == "top" else in_zone[-1]
                edges.append((edge, _set_apart(lines, edge, zone, apart_by)))
        for _, margins in pages:
            for z, _, line in margins:
                if z != zone or len(line.words) > settings.running_head_max_words:
                    continue
                at_edge = [(edge, apart) for edge, apart in edges if abs(edge.top - line.top)
                           <= settings.running_head_band * max(line.height, edge.height)]
                numbered = sum(any(ch.isdigit() for ch in edge.text) for edge, _ in at_edge)
                apart = sum(is_apart for _, is_apart in at_edge)
                if len(at_edge) >= threshold and 2 * numbered >= threshold and 2 * apart > len(at_edge):
                    dropped.add(id(line))
    return dropped


def _set_apart(lines: list[Line], edge: Line, zone: str, apart_by: float) -> bool:
    """Whether a page's outermost line stands `apart_by` points or more from the line next to it
    (top to top), or has none."""
    index = next(i for i, line in enumerate(lines) if line is edge)
    neighbour = index + 1 if zone == "top" else index - 1
    return not 0 <= neighbour < len(lines) or abs(lines[neighbour].top - edge.top) >= apart_by


Grouped = list[tuple[PageText, list[Line]]]


def group_pages(doc: DocumentText, reuse: Sequence[tuple[PageText, list[Line]]] = (),
                settings: LayoutSettings = DEFAULTS) -> Grouped:
    """Each page with its lines; a page object already grouped in `reuse` keeps its lines."""
    earlier = {id(page): lines for page, lines in reuse}
    return [(page, earlier[id(page)] if id(page) in earlier else group_lines(page, settings)) for page in doc.pages]


def document_lines(doc: DocumentText, grouped: Grouped | None = None, settings: LayoutSettings = DEFAULTS) -> list[Line]:
    """Every line of the report in reading order, running heads dropped."""
    kept = drop_running_heads(grouped if grouped is not None else group_pages(doc, settings=settings), settings)
    return [line for lines in kept for line in lines]
