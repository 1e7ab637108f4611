"""OCR of scanned pages with Tesseract, through its API (tesserocr) on page images.

PyMuPDF's built-in OCR hands Tesseract the raw render; scans carry specks that
Tesseract then reads as digits or punctuation ("42" became "SSR."). Rendering
ourselves (`scan_image.py`) lets us clean the image first and read dark bars
apart; here pages are OCR'd in parallel and Tesseract's words turned into
words like a text layer's, where what OCR garbles is read by its structure.

Each thread keeps its own Tesseract engines (one per language and page
segmentation mode): loading a language's model costs more than reading a page
did through a subprocess, and tesserocr releases the GIL while it recognises,
so the threads read pages on every core.

Its tolerances (confidences, multiples of a line's height, the resolution) are
`OcrSettings` (extractors/settings.py), passed down from the entry points.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

import numpy
from PIL import Image

from extractors.frameworks import cell_ocr_language
from extractors.model import GUESSED_BULLET_CONFIDENCE, LOST_GLYPH, ExtractionError, Word
from extractors.scan_image import (
    POINTS_PER_INCH,
    BarPlace,
    PageScan,
    binarised,
    dash_marks,
    inked,
    solid_marks,
    streaks_closed,
    thinned,
    unread_regions,
    upright_strokes,
)
from extractors.settings import OCR_DEFAULTS, OcrSettings
from extractors.text import CELL_NUMBER, clean, is_bullet

MS_PER_SECOND = 1000  # Tesseract's timeout is in milliseconds: a unit
FULL_CONFIDENCE = 100.0  # the top of Tesseract's confidence scale: a unit
WHOLE = 100  # a whole in percent: no percent cell holds more
# What Tesseract makes of list bullets, rules and specks: "»«", "+»", ":", "©", "e«".
_JUNK = set("«»:;|©®°¢•·*+'`~^_=<>")
_BULLET_LOOKALIKE = re.compile(r"^(?:[eo]?[«»•·*+©®°¢]{1,2}[eo]?|\.)$")
# A dash bullet, as OCR reads it: "—-", "—*", with a speck ":-" (a fax's box lost two sub-headings), "-,".
_DASH_RUN = re.compile(r"^[:;.'`~^_=]?[-–—][-–—*«»•·+'`~^_=.,]{0,2}$")
_DASHES = ("-", "–", "—")
_QUOTE_MARKS = set('"”“„’‘')  # a word of these alone is no print: quotes hug the word they quote
_GLUED_BULLET = re.compile(r"^[«»•·*+©®°¢](?=[A-ZÅÄÖÆØÉ])")
_TSV_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
_SYSTEM_TESSDATA = Path("/usr/share/tesseract-ocr")


def tesseract_available() -> bool:
    """Whether Tesseract's API can be loaded (the tesserocr package)."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return False
    return True


def tessdata_dir() -> str | None:
    """Where Tesseract's language files are (None when Tesseract or the default OCR language is missing)."""
    if not tesseract_available():
        return None
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    for candidate in sorted(_SYSTEM_TESSDATA.glob("*/tessdata"), reverse=True):
        if (candidate / f"{cell_ocr_language()}.traineddata").exists():
            return str(candidate)
    return None


T = TypeVar("T")
_ENGINES = threading.local()


CELL_CHARACTERS = "0123456789%,."  # what a score table's number cell may hold


def _engine(tessdata: str, languages: str, mode: str):
    """This thread's Tesseract engine for the languages and mode: "page" analyses the page's
    layout, "sparse" (psm 11) finds sparse text anywhere, in any size, and "cell" reads one
    table cell as a block of digits ("cell_line": as one line of them)."""
    from tesserocr import PSM, PyTessBaseAPI

    engines = _ENGINES.__dict__.setdefault("by_key", {})
    key = (tessdata, languages, mode)
    if key not in engines:
        psm = {"page": PSM.AUTO, "sparse": PSM.SPARSE_TEXT, "block": PSM.SINGLE_BLOCK, "cell": PSM.SINGLE_BLOCK,
               "cell_line": PSM.SINGLE_LINE}[mode]
        engine = PyTessBaseAPI(path=tessdata.rstrip("/") + "/", lang=languages, psm=psm)
        if mode in ("cell", "cell_line"):
            engine.SetVariable("tessedit_char_whitelist", CELL_CHARACTERS)
        engines[key] = engine
    return engines[key]


SECOND_CELL_MODEL = "eng"  # Tesseract's own model, shipped with it: reads digits better than swe's ("17" for a "7")


def recognise_cell(image: Image.Image, languages: str, tessdata: str, dpi: int,
                   settings: OcrSettings = OCR_DEFAULTS) -> tuple[str, float]:
    """A table cell's text, digits only (CELL_CHARACTERS), and Tesseract's mean confidence.

    Every cell is read by the report's language's model and by Tesseract's own (`SECOND_CELL_MODEL`,
    where installed): swe read a clean "7" as "17" at 76 % and a clean "27%" as "21" at 0 %, which
    eng read right at 95 %. The surest number read surely (`text.CELL_NUMBER`, `cell_sure_confidence`)
    is the cell's. Failing that, the cell is read again: as a single line of text (a lone light "8"
    gave nothing as a block and "8" as a line), then at half the resolution, where print that heavy
    toner spread reads (`settings.unread_retry_reduction`), then cut at the ink's level (a light
    toner's gray bold "9" read as nothing by both models, and as "9" at 96 % cut); then the surest number read is the
    cell's, else the first reading with a digit ("4390", whose percent sign the sums recover). The
    report's sums decide whether it is kept. A cell none reads whose ink is upright strokes is that
    many "1"s (`scan_image.upright_strokes`)."""
    retry = settings.unread_retry_reduction
    models = [languages]
    if languages != SECOND_CELL_MODEL and _installed(tessdata, SECOND_CELL_MODEL):
        models.append(SECOND_CELL_MODEL)
    # (language, the image as read, mode): as prepared, at half resolution, or cut at the ink's level
    attempts = [(m, "as is", "cell") for m in models] + [(m, "as is", "cell_line") for m in models]
    if min(image.size) >= 2 * retry:
        attempts.append((languages, "reduced", "cell"))
    attempts += [(m, "binarised", "cell") for m in models]
    readings: list[tuple[str, float]] = []
    for done, (language, made, mode) in enumerate(attempts, 1):  # each image made only when it is needed
        crop = image.reduce(retry) if made == "reduced" else binarised(image, settings) if made == "binarised" else image
        readings.append(_read_cell(crop, language, tessdata, dpi // (retry if made == "reduced" else 1), mode, settings))
        sure = [r for r in readings if _is_cell_number(r[0]) and r[1] >= settings.cell_sure_confidence]
        if sure and done >= len(models):  # every model has read the cell once
            return max(sure, key=lambda reading: reading[1])
    numbers = [r for r in readings if _is_cell_number(r[0])]
    if numbers:
        return max(numbers, key=lambda reading: reading[1])  # the surest of the numbers read
    with_digit = next((r for r in readings if _has_digit(r[0])), None)
    if with_digit is not None:
        return with_digit
    strokes = upright_strokes(image, settings)
    if strokes:
        return "1" * strokes, 0.0  # known by its shape, not read: no confidence
    return readings[0]


def _is_cell_number(text: str) -> bool:
    """A number a cell may hold (`text.CELL_NUMBER`), and no percent over 100 ("717%" for "77%")."""
    m = CELL_NUMBER.match(text)
    return m is not None and not (m.group("percent") and float(m.group("number").replace(",", ".")) > WHOLE)


@cache
def _installed(tessdata: str, language: str) -> bool:
    """Whether a language's model is in the tessdata folder (looked at once, not per cell)."""
    return Path(tessdata, f"{language}.traineddata").exists()


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _read_cell(image: Image.Image, languages: str, tessdata: str, dpi: int, mode: str,
               settings: OcrSettings) -> tuple[str, float]:
    api = _engine(tessdata, languages, mode)
    api.SetImage(image)
    api.SetSourceResolution(dpi)
    if not api.Recognize(settings.timeout * MS_PER_SECOND):
        return "", 0.0
    return " ".join(api.GetUTF8Text().split()), float(api.MeanTextConf())


def recognise_tsv(image: Image.Image, number: int, languages: str, tessdata: str, dpi: int, file: str,
                  *, sparse: bool = False, block: bool = False, settings: OcrSettings = OCR_DEFAULTS) -> str:
    """Tesseract's TSV (with its header line) for one image: a page, bars (`sparse`) or a region
    of a page read as one block of text (`block`)."""
    try:
        api = _engine(tessdata, languages, "sparse" if sparse else "block" if block else "page")
        try:
            api.SetImage(image)
            api.SetSourceResolution(dpi)
            if not api.Recognize(settings.timeout * MS_PER_SECOND):
                raise RuntimeError(f"no result within {settings.timeout} s")
            return _TSV_HEADER + "\n" + api.GetTSVText(0)
        finally:
            api.Clear()  # the engine outlives the page: its image and results go now, not at the next page
    except RuntimeError as exc:
        raise ExtractionError("no_text", f"OCR of the scanned page failed: {exc}", file=file, page=number) from exc


@dataclass(frozen=True, slots=True)
class OcrPage:
    """A page's words as OCR read them, and the words it was too unsure of to keep (specks,
    rules, or text it could not read): a value read where one of those lies may lack a word."""

    words: tuple[Word, ...]
    unsure: tuple[Word, ...] = ()
    angle: float = 0.0  # degrees the page was turned by before OCR: its words stand on the straightened page


Plausible = Callable[[str], bool]
_EDGES = "«»\"'”“’„()[]:;.,"


def _never(_: str) -> bool:
    return False


def plausible_words(known: Callable[[str], bool], letter_words: frozenset[str] = frozenset()) -> Plausible:
    """Whether a word OCR was unsure of is still worth keeping: a number, or a word of the language
    (`known`; of one letter, one of its `letter_words`), once bullets and quotes glued to it are set
    aside. Specks, rules and dot leaders read as letters ("ararraraa", "NANNA") are neither."""
    def plausible(text: str) -> bool:
        core = text.strip(_EDGES)
        if core.isdigit() or core.rstrip("%").isdigit():
            return True
        if len(core) == 1:
            return core.casefold() in letter_words
        return core.isalpha() and known(core.casefold())

    return plausible


def _tesseract_words(
    image: Image.Image, number: int, languages: str, tessdata: str, dpi: int, file: str, *, sparse: bool = False,
    block: bool = False, plausible: Plausible = _never, settings: OcrSettings,
) -> OcrPage:
    """Tesseract's words on one image, in points."""
    tsv = recognise_tsv(image, number, languages, tessdata, dpi, file, sparse=sparse, block=block, settings=settings)
    return words_from_tsv(tsv, number, dpi, plausible, settings)


def words_from_tsv(tsv: str, number: int, dpi: int, plausible: Plausible = _never,
                   settings: OcrSettings = OCR_DEFAULTS) -> OcrPage:
    """Tesseract's TSV as words like a text layer's, in points (see `_word_bands` and the bullets).
    A word Tesseract was unsure of is kept only when `plausible`; it keeps its low confidence,
    which flags the value it goes into (report.py); the others are returned apart as `unsure`."""
    scale = POINTS_PER_INCH / dpi
    rows = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    bands = _word_bands(rows, settings)
    words, unsure = [], []
    previous_right: dict[tuple[str, str, str], int] = {}  # line -> right edge of its last word so far
    for index, row in enumerate(rows):
        text = clean(row.get("text") or "")
        if row.get("level") != "5" or not text:
            continue
        key, left_px, width_px, height_px = _line_key(row), int(row["left"]), int(row["width"]), int(row["height"])
        gap = left_px - previous_right.get(key, -math.inf)
        first_of_line = key not in previous_right
        previous_right[key] = left_px + width_px
        line_top, line_height = bands.get(index, (int(row["top"]), height_px))
        bullet_like = set(text) <= _JUNK or _BULLET_LOOKALIKE.match(text) is not None
        conf = float(row.get("conf") or -1)
        left, right = left_px * scale, (left_px + width_px) * scale
        top, bottom = line_top * scale, (line_top + line_height) * scale
        if set(text) <= _QUOTE_MARKS and conf < settings.ghost_confidence:
            # A speck read as a quote mark standing alone ("medborgarna? ”"), unsure.
            unsure.append(Word(text, left, top, right, bottom, number, 0.0, conf=conf))
            continue
        # Tesseract doubts even a clean "•" (confidence 0.3 seen), so a bullet's
        # size and place decide; other unsure words are specks, rules or unreadable text.
        if conf < settings.min_confidence and not (bullet_like and _bullet_sized(width_px, height_px, line_height, settings)):
            # A word of one letter is kept only before a word in small letters on its line: "I större",
            # "i planarbeidet" (heavy toner, photocopy: at 0-40 %); alone, or before a capital, a speck.
            worth = plausible(text) and (len(text) > 1 or _next_word(rows, index, key)[:1].islower())
            if not bullet_like and not worth:
                unsure.append(Word(text, left, top, right, bottom, number, 0.0, conf=conf))
                continue
            if bullet_like:
                continue
        starts_column = gap >= settings.column_gap * max(height_px, 1)
        if bullet_like:
            # A bullet starts a line or, where Tesseract ran two table columns into one line, a column,
            # and is a blot: a speck a point wide before a line's first word ("•" at 69 %) split an item.
            if not starts_column or min(width_px, height_px) < settings.bullet_min_size * line_height:
                continue  # a speck
            text = "•"  # a bullet, read as whatever it resembled
        elif _DASH_RUN.match(text) and (first_of_line or (gap >= settings.column_gap * line_height
                                                          and _next_word(rows, index, key)[:1].isupper())):
            # A dash bullet ("—-", "—") starting its line, or a column of it where Tesseract ran a
            # findings table's two columns into one line (an item follows it, not a contents line's
            # page number after its dot leader): one dash, as a text layer gives it.
            text = "–"
        elif text in _DASHES:
            text = _dash_by_width(width_px, line_height, settings)
        word = Word(text, left, top, right, bottom, number, 0.0, conf=conf)
        if starts_column and _GLUED_BULLET.match(text):  # "«Koppla": the bullet read as its item's first letter
            bullet, word = _unglued(word)
            words.append((key, bullet, height_px * scale))
        words.append((key, word, max(width_px, height_px) * scale))
    # A bullet bullets the word right after it: one that ends its line, or stands far from the
    # next word for its size (a speck beside an area's large score), was a speck.
    def bullets_next(i: int) -> bool:
        if i + 1 >= len(words) or words[i + 1][0] != words[i][0]:
            return False
        (_, bullet, size), (_, following, _) = words[i], words[i + 1]
        return following.x0 - bullet.x1 <= settings.bullet_indent * size

    twice = _read_twice([(key, w) for key, w, _ in words], settings)
    kept = tuple(w for i, (_, w, _) in enumerate(words) if i not in twice and (w.text != "•" or bullets_next(i)))
    return OcrPage(kept, tuple(unsure))


def _read_twice(words: list[tuple[tuple[str, str, str], Word]], settings: OcrSettings) -> set[int]:
    """The places in `words` (with their Tesseract line) of words Tesseract gave twice: a second
    reading of the same print reads its letters again, and lies on it. So a word whose middle lies
    within another word's box on its line is dropped when its text is part of the other's and its
    box lies inside the other's (`read_twice_inside`: "t" over "uti-", heavy toner), or is the
    other's and less sure ("i" twice at one place). Tesseract's boxes of neighbours overlap too
    ("Politiska" reaching over "mål", office): those read other letters; and "Kvalitet" reached
    over half the "i" after it, which reads a letter of it, but stands mostly outside. A second
    reading reads the letters under it: "systematiskt" boxed over the "i" after it, the box's last
    letters "kt", lost that "i" (archive), which is a letter of the word, but not where it lies."""
    def over_middle(word: Word, other: Word) -> bool:  # a Tesseract line may hold two printed lines
        return other.x0 <= (word.x0 + word.x1) / 2 <= other.x1 and other.top <= word.mid_y <= other.bottom

    def inside(word: Word, other: Word) -> bool:
        overlap = min(word.x1, other.x1) - max(word.x0, other.x0)
        return overlap >= settings.read_twice_inside * (word.x1 - word.x0)

    def letters_under(word: Word, other: Word) -> str:  # the other's letters where the word lies, one more each side
        share = len(other.text) / max(other.x1 - other.x0, 1)
        start = int((max(word.x0, other.x0) - other.x0) * share)
        end = math.ceil((min(word.x1, other.x1) - other.x0) * share)
        return other.text[max(start - 1, 0) : end + 1]

    def part_of(word: Word, other: Word) -> bool:
        return (over_middle(word, other) and inside(word, other)
                and word.text.casefold() in letters_under(word, other).casefold())

    def again(i: int, j: int, line: list[int]) -> bool:
        word, other = words[i][1], words[j][1]
        if word.text == other.text:
            return (over_middle(word, other) or over_middle(other, word)) and (word.conf, -i) < (other.conf, -j)
        # A box over words that are no part of it is Tesseract's mistake, not a second reading
        # (heavy toner: "Informationsmaterial" boxed over "i tryckt form. Möjlighet att").
        return part_of(word, other) and all(part_of(words[k][1], other) for k in line
                                            if k != j and over_middle(words[k][1], other))

    lines: dict[tuple[str, str, str], list[int]] = {}
    for i, (key, _) in enumerate(words):
        lines.setdefault(key, []).append(i)
    return {i for line in lines.values() for i in line if any(j != i and again(i, j, line) for j in line)}


def _unglued(word: Word) -> tuple[Word, Word]:
    """A word OCR read with a bullet glued to it ("«Koppla") as the bullet and the word, its box cut
    at its first glyph's share of it."""
    cut = word.x0 + (word.x1 - word.x0) / len(word.text)
    return word._replace(text="•", x1=cut), word._replace(text=word.text[1:], x0=cut)


def _next_word(rows: list[dict[str, str]], index: int, key: tuple[str, str, str]) -> str:
    """The text of the word after row `index` in its Tesseract line, "" at the line's end."""
    for row in rows[index + 1 :]:
        if row.get("level") == "5" and (row.get("text") or "").strip():
            return clean(row["text"]) if _line_key(row) == key else ""
    return ""


def _dash_by_width(width: int, line_height: int, settings: OcrSettings) -> str:
    """A dash standing alone between words, told by its length, which OCR does not read
    reliably ("Etik – motverkan" and "Etik - hur hantera" both came out with "-")."""
    share = width / max(line_height, 1)
    return "-" if share < settings.en_dash_width else "–" if share < settings.em_dash_width else "—"


def _word_bands(rows: list[dict], settings: OcrSettings) -> dict[int, tuple[int, int]]:
    """Row index of each word -> (top, height) of the line band it belongs to.

    A word's own box hugs its glyphs ("och" is lower than "Förbättring"); the
    text layer of a PDF gives every word its line's height, so do the same.
    Tesseract sometimes runs two printed lines into one (two sub-headings
    beside the box's large score): where its words' middles jump by more
    than half a word's height, the line is split, and a word in much larger
    type (the score) keeps its own box.
    """
    lines: dict[tuple[str, str, str], list[int]] = {}
    boxes: dict[tuple[str, str, str], tuple[int, int]] = {}
    for index, row in enumerate(rows):
        if row.get("level") == "4":
            boxes[_line_key(row)] = (int(row["top"]), int(row["height"]))
        elif row.get("level") == "5" and (row.get("text") or "").strip():
            lines.setdefault(_line_key(row), []).append(index)
    bands: dict[int, tuple[int, int]] = {}
    for key, members in lines.items():
        # The upper quartile of its words' heights (junk from dot leaders is low), of words with
        # letters where there are: an area's large score beside a short sub-heading is no text type.
        # A word of a letter or two may be a large score's digits misread ("5 SÖ" for "58").
        worded = ([i for i in members if _letters(rows[i]["text"]) > settings.score_misread_letters]
                  or [i for i in members if _letters(rows[i]["text"])] or members)
        heights = sorted(int(rows[i]["height"]) for i in worded)
        typical = heights[int(settings.line_height_quantile * len(heights))]
        # Large type is a number's (an area's score: "Lönebildning" had been given the band of the
        # "58" read beside it, and came after the sub-heading below it); a word of letters that tall
        # was boxed with a rule.
        large = [i for i in members if int(rows[i]["height"]) > settings.large_type_factor * typical
                 and _letters(rows[i]["text"]) <= settings.score_misread_letters]
        small = [i for i in members if int(rows[i]["height"]) < typical / settings.large_type_factor]  # specks, leaders
        clusters = _by_middle([i for i in members if i not in large and i not in small],
                              lambda i: _middle(rows, i), typical * settings.line_jump)
        if len(clusters) == 1 and not large:
            band = _unstretched(boxes.get(key, (0, 0)), [rows[i] for i in members], settings)
            bands.update((i, band) for i in members)
            continue
        for i in small:  # with the printed line nearest to it
            min(clusters, key=lambda c: abs(_middle(rows, c[0]) - _middle(rows, i))).append(i)
        for cluster in clusters + [[i] for i in large]:
            top = min(int(rows[i]["top"]) for i in cluster)
            bottom = max(int(rows[i]["top"]) + int(rows[i]["height"]) for i in cluster)
            bands.update((i, (top, bottom - top)) for i in cluster)
    return bands


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _unstretched(line: tuple[int, int], words: list[dict], settings: OcrSettings) -> tuple[int, int]:
    """A line's (top, height): Tesseract's box of it, unless that is far taller than its middle word
    (`large_type_factor`): then a table's rule was boxed with some of its words ("Hur informeras",
    68 pixels over rules above and below, the rest 34), and the band is that of its words that were not."""
    heights = sorted(int(w["height"]) for w in words)
    limit = settings.large_type_factor * heights[len(heights) // 2]
    if line[1] <= limit:
        return line
    plain = [w for w in words if int(w["height"]) <= limit]
    top = min(int(w["top"]) for w in plain)
    return top, max(int(w["top"]) + int(w["height"]) for w in plain) - top


def _middle(rows: list[dict], i: int) -> float:
    return int(rows[i]["top"]) + int(rows[i]["height"]) / 2


def _by_middle(items: list[T], middle: Callable[[T], float], jump: float) -> list[list[T]]:
    """The items grouped where their vertical middles, in order, jump by more than `jump`."""
    clusters: list[list[T]] = []
    for item in sorted(items, key=middle):
        if clusters and middle(item) - middle(clusters[-1][-1]) <= jump:
            clusters[-1].append(item)
        else:
            clusters.append([item])
    return clusters


def _bullet_sized(width: int, height: int, line_height: int, settings: OcrSettings) -> bool:
    """A box the size of a list bullet: a round blot a fifth to two thirds of the line's height."""
    return (settings.bullet_min_size * line_height <= min(width, height)
            and max(width, height) <= settings.bullet_max_size * line_height)


def _line_key(row: dict) -> tuple[str, str, str]:
    return row["block_num"], row["par_num"], row["line_num"]


def _overlaps(word: Word, box: tuple[float, float, float, float]) -> bool:
    """Whether a word's box and `box` (x0, top, x1, bottom) share any area."""
    return _boxes_meet((word.x0, word.top, word.x1, word.bottom), box)


def _boxes_meet(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two boxes (x0, top, x1, bottom) share any area."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _in_box(word: Word, box: tuple[float, float, float, float]) -> bool:
    x0, y0, x1, y1 = box
    return x0 <= (word.x0 + word.x1) / 2 < x1 and y0 <= word.mid_y < y1


def _mark_bullets(words: list[Word], unsure: list[Word], marks: list[tuple[float, float, float, float]],
                  number: int, settings: OcrSettings) -> tuple[list[Word], list[Word]]:
    """Bullets known by their shape (`scan_image.solid_marks`, in points) made "•" words.

    Only marks in a column of marks alike count (`_aligned`). A solid mark that starts a line (or a column of one) is a bullet: the
    short unsure words OCR read it as ("s", "sm", "Bs") give way to it, and
    one OCR left out is put back. A mark inside a word read with confidence
    is part of a glyph (a bold heading's stem), not a bullet.
    """
    def misread(w: Word, mark: tuple[float, float, float, float]) -> bool:
        # A word of a letter or two over a solid mark is the mark read as letters however sure
        # OCR was ("s" at 90 %): no letter is solid ink, and the mark was found by its shape. Read
        # surely, it must stand where the mark is: heavy toner fills letters solid, and the filled
        # "a" of "Ta" (91 %) beside a bullet made "Ta" the mark. Digits are not, as a rule: an
        # area's score in large bold type has solid parts. But a digit at the mark and no wider
        # is the mark ("8" for a heavy toner's square bullet): a bold digit is wider than its solid part.
        centred = mark[0] <= (w.x0 + w.x1) / 2 <= mark[2]
        if any(ch.isdigit() for ch in w.text):
            return (centred and len(w.text) <= settings.bullet_sure_length
                    and w.x1 - w.x0 <= settings.bullet_digit_width * (mark[2] - mark[0]))
        unsure = len(w.text) <= settings.bullet_misread_length and 0 <= w.conf < settings.bullet_sure
        return w.text == "•" or unsure or (len(w.text) <= settings.bullet_sure_length and centred)

    for mark in _aligned(marks, settings):
        x0, y0, x1, y1 = mark
        middle = (y0 + y1) / 2
        # The line the mark stands on: of the lines whose band holds it, the one whose next word
        # is nearest, then whose middle is (a line with a large score beside it has a band
        # reaching into the next line's; a findings table's other column has a line of its own).
        bands = {(w.top, w.bottom) for w in words if w.top <= middle <= w.bottom and w.x1 > x0}
        if not bands:
            continue

        def nearness(band: tuple[float, float]) -> tuple[float, float]:
            starts = [w.x0 for w in words if (w.top, w.bottom) == band and w.x0 >= x1 - 1]  # noqa: B023 - used at once
            return (min(starts) - x1 if starts else float("inf"), abs((band[0] + band[1]) / 2 - middle))  # noqa: B023

        band = min(bands, key=nearness)
        line = [w for w in words if (w.top, w.bottom) == band]
        covering = [w for w in line if _overlaps(w, mark)]
        if any(not misread(w, mark) for w in covering):
            continue
        after = [w for w in line if w.x0 >= x1 - 1 and w not in covering]
        before = [w for w in line if w.x1 <= x0 + 1]
        if not after:
            continue
        first = min(after, key=lambda w: w.x0)
        height = first.bottom - first.top
        # A bullet starts its line, or a column of it (the second column of a findings table):
        # there, OCR must have read something where the mark is, and the gap before it is wider
        # than a space between words.
        gap = settings.bullet_reach if not covering else settings.bullet_column_gap
        starts = first.x0 - x1 <= settings.bullet_reach * height and all(x0 - w.x1 >= gap * height for w in before)
        if not starts or first.text == "•":
            continue
        if any(ch.isdigit() for w in covering for ch in w.text) and not first.text[:1].isalpha():
            continue  # digits that go on in digits are a number ("4 5", an area's score in large type)
        # What OCR read of the mark as a line of its own goes too ("LJ" for a small square bullet,
        # its box a little inside the line's band, published as the sub-heading's first word).
        stray = [w for w in words if w not in line and _overlaps(w, mark) and misread(w, mark)]
        words = [w for w in words if w not in covering and w not in stray]
        unsure = [w for w in unsure if not _overlaps(w, mark)]
        words.append(Word("•", x0, first.top, x1, first.bottom, number, 0.0, conf=FULL_CONFIDENCE))
    return words, unsure


def _stray_bullets(words: list[Word], settings: OcrSettings) -> tuple[list[Word], list[Word]]:
    """(the words, the dots OCR read unsure as bullets beside a column of the page's sure bullets,
    but off it): a speck of dust beside a wrapped line, read "•" at 25 % three points left of the
    bullets' column, had split an item in two ("… brukes i" | "planarbeidet"). It is kept as an
    unsure word, which flags the text it stands in. A column far from any sure bullet may be all
    unsure (a fax's dashes at 39 %): its bullets stay."""
    sure = [w for w in words if is_bullet(w.text) and w.conf >= settings.bullet_sure]

    def beside_a_column(dot: Word) -> bool:
        offsets = [abs(dot.x0 - bullet.x0) for bullet in sure]
        return min(offsets) > settings.bullet_align and min(offsets) <= settings.bullet_reach * (dot.bottom - dot.top)

    stray = [w for w in words if w.text == "•" and 0 <= w.conf < settings.bullet_sure and sure and beside_a_column(w)]
    return [w for w in words if w not in stray], stray


def _lost_after_bullets(levels: numpy.ndarray, words: list[Word], number: int, settings: OcrSettings) -> list[Word]:
    """Glyphs between a bullet and its item's first word that OCR read as nothing, as unsure
    words (`LOST_GLYPH`): the item is then flagged as perhaps lacking a word. Tesseract drops an
    "I" that starts an item beside its bullet ("I större utsträckning" came out "större
    utsträckning", silently), and the "I" read alone is no surer (38 %)."""
    scale = settings.dpi / POINTS_PER_INCH
    pad = settings.lost_glyph_pad * settings.dpi
    lost = []
    # A dash bullet too: "– och medarbetarutveckling", its "Kompetens-" read as nothing (archive).
    for bullet in (w for w in words if is_bullet(w.text)):
        after = [w for w in words if not is_bullet(w.text) and w.top <= bullet.mid_y <= w.bottom and w.x0 >= bullet.x1]
        if not after:
            continue
        first = min(after, key=lambda w: w.x0)
        x0, x1 = round(bullet.x1 * scale + pad), round(first.x0 * scale - pad)
        y0, y1 = round(first.top * scale), round(first.bottom * scale)
        if x1 <= x0 or y1 <= y0:
            continue
        ink_rows = (levels[y0:y1, x0:x1] < settings.ink_level).sum(axis=0)
        if ink_rows.max(initial=0) >= settings.lost_glyph_height * (y1 - y0):
            lost.append(Word(LOST_GLYPH, x0 / scale, first.top, x1 / scale, first.bottom, number, 0.0, conf=0.0))
    return lost


def _bullets_at_their_place(levels: numpy.ndarray, words: list[Word], number: int,
                            settings: OcrSettings) -> list[Word]:
    """The words with the bullets that neither OCR nor their shape gave, seen at their place.

    A word at the place of a column of the page's bullets that opens with a mark OCR makes of a
    bullet ("«Sprid" at 60 %, "«Använd": where a findings table's columns ran into one Tesseract
    line too close for `words_from_tsv` to see a column start) is the bullet and its item's first word. For each
    line that starts as a bulleted line of the page does (its first word within `bullet_reach`
    of a column of bullets, no word at the bullet's place), that place is looked at. Anything but
    paper there (a faded dash, a broken blot, show-through) is taken for a bullet, as a guess: a
    `GUESSED_BULLET_CONFIDENCE` word, its item flagged. Paper there means the line continues an
    item, however short the line above it stopped (items.py guesses no lost bullet before it). A
    character or two at the place, where OCR read a faint bullet as a letter or marks, is a guessed
    bullet too (`_bullet_misread`)."""
    scale = settings.dpi / POINTS_PER_INCH
    columns = _bullet_columns(words, settings)
    words = [part for word in words for part in (
        _unglued(word) if _GLUED_BULLET.match(word.text) and any(abs(word.x0 - x0) <= settings.bullet_align
                                                                 for x0, _ in columns) else (word,))]
    bands = _ocr_lines(words)
    text_starts = {column: _items_text_x(bands, column, settings) for column in columns}
    found: list[Word] = []
    bulleted: set[int] = set()  # the words a bullet was guessed before
    misread_bullets: set[int] = set()  # the bullets OCR read as a letter or marks, guessed back
    for (top, bottom), line in bands.items():
        height = bottom - top
        for x0, x1 in columns:
            at_place = [w for w in line if w.x1 > x0 and w.x0 < x1]
            if _bullet_misread(line, at_place, (x0, x1), text_starts[(x0, x1)], settings):
                found.append(Word("•", x0, at_place[0].top, x1, at_place[0].bottom, number, 0.0,
                                  conf=GUESSED_BULLET_CONFIDENCE))
                misread_bullets.add(id(at_place[0]))
                continue
            after = [w for w in line if w.x0 >= x1 - 1]
            # A word at the place may be a Tesseract line of its own: a score table's question id
            # read apart from its row's text (which had no bullets) drew a guessed bullet before it.
            if not after or any(w.x1 > x0 and w.x0 < x1 and top <= w.mid_y <= bottom for w in words):
                continue  # nothing right of the place, or a word (a bullet, an id) at it
            first = min(after, key=lambda w: w.x0)
            if id(first) in bulleted:
                continue  # two columns a few points apart ("'—" boxed wider than "—") are one place
            if first.x0 - x1 > settings.bullet_reach * height or any(
                    x0 - settings.bullet_column_gap * height < w.x1 <= x0 for w in line):
                continue  # the line starts elsewhere, or runs on from the left into the bullets' column
            x_from, y_from, x_to, y_to = _pixel_box(x0, top, x1, bottom, 1 / scale)
            place = levels[y_from:y_to, x_from:x_to]
            if (place < settings.bullet_place_level).sum() >= settings.bullet_place_share * place.size:
                found.append(Word("•", x0, first.top, x1, first.bottom, number, 0.0, conf=GUESSED_BULLET_CONFIDENCE))
                bulleted.add(id(first))
    return [w for w in words if id(w) not in misread_bullets] + found


def _items_text_x(bands: dict[tuple[float, float], list[Word]], column: tuple[float, float],
                  settings: OcrSettings) -> float | None:
    """Where the items' text starts after the bullets of a column: the middle x of the first words
    after its bullets (None without a bullet followed by a word)."""
    starts = sorted(min(after, key=lambda w: w.x0).x0 for line in bands.values() for bullet in line
                    if is_bullet(bullet.text) and abs(bullet.x0 - column[0]) <= settings.bullet_align
                    and (after := [w for w in line if w.x0 >= bullet.x1 - 1 and w is not bullet]))
    return starts[len(starts) // 2] if starts else None


def _bullet_misread(line: list[Word], at_place: list[Word], column: tuple[float, float],
                    text_x: float | None, settings: OcrSettings) -> bool:
    """A faint bullet OCR read as a letter or marks ("0 Synliggjøre", "s Utvikle", light toner;
    "*. Arbeidsmiljø", multifunction): up to `bullet_sure_length` characters at the column's
    bullets' place and no wider, its line going on in a word of letters where the items' text does
    after the column's bullets, not a space after it (a line starting "I dag" at the margin goes on
    a space after its "I"). A speck left of the bullet may be read with it: the marks may reach a
    line's height left of the place (photocopy: '"«' before "Brukarundersökningar", the box's last
    sub-heading lost, silently)."""
    if (text_x is None or len(at_place) != 1 or len(at_place[0].text) > settings.bullet_sure_length
            or is_bullet(at_place[0].text)):
        return False
    mark = at_place[0]
    after = [w for w in line if w.x0 >= mark.x1 and w is not mark]
    reach = mark.bottom - mark.top if not any(ch.isalnum() for ch in mark.text) else settings.bullet_align
    if not after or mark.x0 < column[0] - reach or mark.x1 > column[1] + settings.bullet_align:
        return False
    first = min(after, key=lambda w: w.x0)
    return any(ch.isalpha() for ch in first.text) and abs(first.x0 - text_x) <= settings.bullet_align


def _ocr_lines(words: list[Word]) -> dict[tuple[float, float], list[Word]]:
    """The words by the Tesseract line they were read in: OCR's words of one line share its band."""
    bands: dict[tuple[float, float], list[Word]] = {}
    for word in words:
        bands.setdefault((word.top, word.bottom), []).append(word)
    return bands


def _bullet_columns(words: list[Word], settings: OcrSettings) -> list[tuple[float, float]]:
    """(x0, x1) of the page's columns of bullets, one for each: bullets (OCR reads a dash bullet
    as itself) whose line goes on with a word of letters, as a list item does. A score cell's
    faded digit read as a dash ("9 – 15 27") is followed by numbers; taken for a column of
    bullets, it had every row's score cell read as a guessed bullet."""
    columns: list[tuple[float, float]] = []
    bands = _ocr_lines(words)
    for bullet in (w for w in words if is_bullet(w.text)):
        after = [w for w in bands[(bullet.top, bullet.bottom)] if not is_bullet(w.text) and w.x0 >= bullet.x1 - 1]
        followed = bool(after) and any(ch.isalpha() for ch in min(after, key=lambda w: w.x0).text)
        if followed and not any(abs(bullet.x0 - x0) <= settings.bullet_align for x0, _ in columns):
            columns.append((bullet.x0, bullet.x1))
    return columns


def _aligned(marks: list[tuple[float, float, float, float]], settings: OcrSettings) -> list[tuple[float, float, float, float]]:
    """The marks that stand in a column of marks alike: a list's bullets share their x and size,
    a speck of dust shares neither (one taken for a bullet would split an item silently)."""
    def alike(a, b) -> bool:
        wa, wb = a[2] - a[0], b[2] - b[0]
        return abs(a[0] - b[0]) <= settings.bullet_align and abs(wa - wb) <= settings.bullet_size_spread * max(wa, wb)

    return [m for i, m in enumerate(marks) if any(alike(m, other) for j, other in enumerate(marks) if j != i)]


def read_scan(scan: PageScan, languages: str, tessdata: str, file: str, plausible: Plausible = _never,
              settings: OcrSettings = OCR_DEFAULTS) -> OcrPage:
    """The page's printed words (`scan_image.inked`: what OCR read into show-through is
    dropped), its bullets known by their shape, and the words in its dark bars read from the
    inverted bars instead."""
    dpi = settings.dpi
    page = _tesseract_words(scan.page, scan.number, languages, tessdata, dpi, file, plausible=plausible, settings=settings)
    scale = POINTS_PER_INCH / dpi
    levels = numpy.asarray(scan.page)
    page = _with_unread_lines(scan, page, levels, languages, tessdata, file, plausible, settings)
    # A word read with confidence is print, whatever its box shows (a box can miss a thin glyph).
    printed = [w for w in page.words if w.conf >= settings.ghost_confidence
               or inked(levels, _pixel_box(w.x0, w.top, w.x1, w.bottom, scale), settings)]
    printed, specks = _stray_bullets(printed, settings)
    boxes = solid_marks(scan.page, settings) + _line_start_dashes(levels, printed, scale, settings)
    marks = [(x0 * scale, y0 * scale, x1 * scale, y1 * scale) for x0, y0, x1, y1 in boxes]
    marked, marked_unsure = _mark_bullets(printed, [*page.unsure, *specks], marks, scan.number, settings)
    marked = _bullets_at_their_place(levels, marked, scan.number, settings)
    marked_unsure += _lost_after_bullets(levels, marked, scan.number, settings)
    page = OcrPage(tuple(marked), tuple(marked_unsure), scan.angle)
    if scan.bars is None:
        return page
    bar_words: dict[BarPlace, list[Word]] = {place: [] for place in scan.bar_places}
    # The bars are read twice, as cleaned and thinned (`scan_image.thinned`): a light fill's specks
    # by its letters hid whole words ("Oppnådd"), and thinning loses accents and small periods.
    readings = [_tesseract_words(image, scan.number, languages, tessdata, dpi, file, sparse=True, plausible=plausible,
                                 settings=settings).words for image in (scan.bars, thinned(scan.bars, settings))]
    for word in surer_words(*readings):
        place = next((p for p in scan.bar_places if p.strip_top <= word.mid_y / scale < p.strip_bottom), None)
        if place is not None:  # else a speck in the white between bars
            dx, dy = place.left * scale, (place.top - place.strip_top) * scale
            bar_words[place].append(_moved(word, dx, dy))
    words, unsure = list(page.words), list(page.unsure)
    for place, found in bar_words.items():
        if found:  # what the page pass made of the bar gives way; a bar read as nothing keeps it
            x0, y0, x1, y1 = place.box
            box = (x0 * scale, y0 * scale, x1 * scale, y1 * scale)
            words = [w for w in words if not _in_box(w, box)] + bar_lines(found, settings)
            unsure = [w for w in unsure if not _in_box(w, box)]
    return OcrPage(tuple(words), tuple(unsure), scan.angle)


def surer_words(first: tuple[Word, ...], second: tuple[Word, ...]) -> list[Word]:
    """Two readings of one image, word by word: the first's words, but where a word of the second
    is surer than every word of the first it overlaps, that word instead; and the second's words
    where the first read nothing. Overlapping words are two readings of the same print, so no
    printed word is taken twice."""
    merged = list(first)
    for word in second:
        clash = [w for w in first if _overlaps(w, (word.x0, word.top, word.x1, word.bottom))]
        if all(word.conf > w.conf for w in clash):
            merged = [w for w in merged if w not in clash] + [word]
    return merged


def _with_unread_lines(scan: PageScan, page: OcrPage, levels: numpy.ndarray, languages: str, tessdata: str,
                       file: str, plausible: Plausible, settings: OcrSettings) -> OcrPage:
    """The page's words with those of print the page pass left unread (`scan_image.unread_regions`),
    each region read again alone as a block of text; a word where one was read already is left out.
    A word the page pass was unsure of and dropped is print left unread too: alone, its line
    reads surely ("Kompetensförsörjningsplan." at 4 % in a two-column table, 96 % alone).

    Faint print (`faint_ink_level`) where no ink is, is looked at too: a printer low on toner
    left an area's heading printed in colour so light that the page pass saw nothing ("Område 2
    Tilgjengelighet, …", and the area's section was lost). Alone, Tesseract's threshold is the
    crop's own, and it reads surely. Only large type is read so (`faint_min_height`): a running head
    printed light is read on some pages and not on others, too few to be dropped as a repeat.
    Faint print is a broken rule's bits or a back page's print showing through as often, so it is
    kept only when read surely as words, and marks nothing when not."""
    dpi, pad, retry = settings.dpi, settings.unread_crop_pad, settings.unread_retry_reduction
    scale = POINTS_PER_INCH / dpi
    read = [_pixel_box(w.x0, w.top, w.x1, w.bottom, scale) for w in page.words]
    read += [place.box for place in scan.bar_places]  # read from the inverted bars
    inky = unread_regions(levels, read, settings)
    faint = [region for region in unread_regions(levels, read, settings, level=settings.faint_ink_level)
             if region[3] - region[1] >= settings.faint_min_height * dpi
             and not any(_boxes_meet(region, other) for other in inky)]
    words, unsure = list(page.words), list(page.unsure)
    disputes: list[Word] = []  # another reading of a word read (`_disputed`): it stays a doubt
    height, width = levels.shape

    def read_region(region: tuple[int, int, int, int], is_faint: bool) -> bool:
        x0, y0, x1, y1 = region
        left, top = max(0, x0 - pad), max(0, y0 - pad)
        dx, dy = left * scale, top * scale  # from the crop's points to the page's
        crop = scan.page.crop((left, top, min(width, x1 + pad), min(height, y1 + pad)))
        # Read as it is, at half resolution (strokes heavy toner spread and blurred read as nothing
        # at full and whole at half: "Hur arbetar kommunen med brukarundersökningar?", 94 %), then
        # cut at the ink's level (Tesseract's own threshold merged heavy toner's gray halos: "3.
        # Politisk styrning och kontroll", 95 %; faint print is lighter than ink, so not so), then
        # with its white streaks closed (`streaks_closed`: a fax's cover line read as its letters'
        # lower halves, "VVYVILDVNGUS ZUZU"): the first reading that is the line's is kept.
        readings = [(crop, dpi), (crop.reduce(retry), dpi // retry)]
        if not is_faint:
            readings += [(binarised(crop, settings), dpi), (streaks_closed(crop, settings), dpi // retry)]
        found = OcrPage(())
        for attempt, (image, image_dpi) in enumerate(readings):
            found = _tesseract_words(image, scan.number, languages, tessdata, image_dpi, file, block=True,
                                     plausible=plausible, settings=settings)
            if _reads_as_print(found, is_faint, plausible, settings):
                if attempt and not is_faint:
                    # A line read only so is read once more, cut lighter, and where the two readings
                    # differ the other is kept as a doubt that flags the text: cut at the ink's level,
                    # heavy toner's "inom" read surely as "nom" (96 %), and "inom" cut lighter.
                    again = _tesseract_words(binarised(crop, settings, settings.recheck_ink_level), scan.number,
                                             languages, tessdata, dpi, file, block=True, settings=settings)
                    disputes.extend(_moved(w, dx, dy) for w in _disputed(found.words, again.words))
                break
        else:
            if not is_faint:
                # Read unsure every way (slivers of the lines around it, a bar's grain, or a line heavy
                # toner made unreadable): no words of its own, but an unsure mark where print was not
                # read, so that a list it lies in is flagged as perhaps lacking an item
                # (`selfcheck.lost_line_issues`). Faint print read so is a broken rule's bits or a back
                # page's print showing through as often: it marks nothing.
                unsure.append(Word(LOST_GLYPH, x0 * scale, y0 * scale, x1 * scale, y1 * scale, scan.number, 0.0,
                                   conf=0.0))
            return False
        if is_faint:
            found = OcrPage(found.words)  # what it was unsure of there is as likely a rule's bits
        for group, into in ((found.words, words), (found.unsure, unsure)):
            for word in group:
                moved = _moved(word, dx, dy)
                if not any(_covers(w, moved) for w in page.words):
                    into.append(moved)
        return True

    read_print = [r for r, is_faint in [(r, False) for r in inky] + [(r, True) for r in faint]
                  if read_region(r, is_faint) and not is_faint]
    if read_print:
        # A region of two lines read as print may have been read as one of them (heavy toner:
        # "ledarutveckling. Chefsavtal …" read, and "– Delegationsordningen samt anvisningar kring"
        # under it lost without a trace, and its list's items shifted): ink still unread inside it
        # is read once more.
        now_read = read + [_pixel_box(w.x0, w.top, w.x1, w.bottom, scale) for w in words[len(page.words):]]
        for region in unread_regions(levels, now_read, settings):
            if any(_box_within(region, done) for done in read_print):
                read_region(region, False)
    added = words[len(page.words):]
    # What the page pass was unsure of where a word is now read surely was that word, not a doubt.
    unsure = [u for u in unsure if not any(_covers(w, u) for w in added)]
    return OcrPage(tuple(words), tuple(unsure + disputes), page.angle)


def _box_within(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def _moved(word: Word, dx: float, dy: float) -> Word:
    return word._replace(x0=word.x0 + dx, x1=word.x1 + dx, top=word.top + dy, bottom=word.bottom + dy)


def _reads_as_print(found: OcrPage, is_faint: bool, plausible: Plausible, settings: OcrSettings) -> bool:
    """Whether a region read alone (`_with_unread_lines`) read as a line of print: a word read
    surely (a number, or `unread_word_letters` long at least), and every other word read surely, a
    bullet or a word of the language that long. A line's first word is read less surely alone (heavy
    toner's "samma" at 51 %, then "projekt med tydliga uppdrag, tidsra-" at 92-97 %); it keeps its
    confidence, which flags its text when low. Slivers of the lines around, a bar's grain, a large
    score, read as junk. Faint print must be read surely word by word, and as words, not marks."""
    if is_faint:
        return bool(found.words) and all(w.conf >= settings.unread_sure and any(c.isalnum() for c in w.text)
                                         for w in found.words)

    def long(text: str) -> bool:  # short words are what junk reads as ("AD", "Oo" of a large score)
        return sum(c.isalpha() for c in text) >= settings.unread_word_letters

    words = found.words
    if len(words) > 1 and len(words[0].text) == 1:
        # A bullet OCR read as a letter ("e System för styrning", heavy toner, "e" at 75 %): the
        # page's marks tell it (`_mark_bullets`), and a line whose other words read surely is print.
        words = words[1:]
    sure = [w.conf >= settings.unread_sure for w in words]
    # Words of the language read surely, most of the line's: print, whatever OCR made of the rest
    # (heavy toner's bold "Dekgättonsordningen samt anvisningar kring", the first at 11 %: the
    # line and an item's start were lost). The rest keeps its confidence, which flags its text.
    worded = sum(s and long(w.text) and plausible(w.text) for s, w in zip(sure, words))
    if worded >= settings.unread_sure_words and worded >= settings.unread_sure_share * len(words):
        return True
    return (any(s and (long(w.text) or _has_digit(w.text)) for s, w in zip(sure, words))
            and all(s or w.text == "•" or (long(w.text) and plausible(w.text)) for s, w in zip(sure, words)))


def _disputed(words: tuple[Word, ...], again: tuple[Word, ...]) -> list[Word]:
    """The words of a second reading of the same print (`again`) that read a word of the first
    otherwise: the first's word may be misread. A word the second reading lacks disputes nothing."""
    return [other for other in again if any(_covers(w, other) and w.text != other.text for w in words)]


def _covers(word: Word, other: Word) -> bool:
    """Whether `other`'s centre lies within `word`'s box."""
    return word.x0 <= (other.x0 + other.x1) / 2 <= word.x1 and word.top <= other.mid_y <= word.bottom


def _line_start_dashes(levels: numpy.ndarray, words: list[Word], scale: float,
                       settings: OcrSettings) -> list[tuple[int, int, int, int]]:
    """Dashes (`scan_image.dash_marks`, pixels) where a line or a column of it starts: before a
    line's first word, or before a word after a gap wider than a line's height."""
    bands = _ocr_lines(words)
    dashes = []
    for (top, bottom), line in bands.items():
        height = bottom - top
        line.sort(key=lambda w: w.x0)
        for i, word in enumerate(line):
            if word.text in ("•", *_DASHES):
                continue
            if i == 0:
                left = word.x0 - settings.bullet_reach * height
            elif word.x0 - line[i - 1].x1 >= settings.bullet_column_gap * height:
                left = line[i - 1].x1
            else:
                continue
            dashes += dash_marks(levels, _pixel_box(left, top, word.x0, bottom, scale), settings)
    return dashes


def _pixel_box(x0: float, top: float, x1: float, bottom: float, scale: float) -> tuple[int, int, int, int]:
    """A box in points as pixels of the page image."""
    return round(x0 / scale), round(top / scale), round(x1 / scale), round(bottom / scale)


def bar_lines(words: list[Word], settings: OcrSettings = OCR_DEFAULTS) -> list[Word]:
    """A bar's words with one band per printed line, as a text layer gives them.

    The bars are read in sparse mode, where every word is its own line and its box hugs what
    Tesseract took for its glyphs, grain of the bar's fill included: the "2." of a table's
    header stood 6 points below its area's name, and the header was read as two lines.
    """
    if not words:
        return []
    typical = sorted(w.height for w in words)[len(words) // 2]
    return [word for line in _by_middle(words, lambda w: w.mid_y, settings.line_jump * typical) for word in _one_band(line)]


def _one_band(line: list[Word]) -> list[Word]:
    top, bottom = min(w.top for w in line), max(w.bottom for w in line)
    return [w._replace(top=top, bottom=bottom) for w in line]
