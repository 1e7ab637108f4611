"""The readers' layout tolerances: one frozen, documented settings object.

Every distance, size ratio, share and line or word count the readers use to tell
what a printed word belongs to lives here, with its unit and why it has its
default (pdfplumber's `table_settings`, made a typed record). The readers take a
`LayoutSettings` as an argument (`settings=DEFAULTS` unless the caller passes
another); nothing in them is a bare layout number (`tests/test_settings.py`
scans them).

Units: *points* are PDF points (1/72 inch) on the page; a *share* is a fraction
in (0, 1]; *x height* is a multiple of a line's (or word's) height, *x pitch* of
the line pitch; *lines*, *words*, *pages* and *letters* are whole counts.

**Per framework.** A framework file (`schemas/frameworks/*.toml`) may carry a
`[layout]` table whose keys are field names below; `extractors.frameworks`
checks them (an unknown key, a wrong type or an insane value is a
`DefinitionError` naming the file and the key) and gives the framework its own
settings (`Framework.layout`). They take effect in every reader that runs once
the framework is known, and when the report is tried against that framework
(its area headings, its summary table). Fields marked `per_framework=False`
are read before any framework is known (the PDF's words, drawn bullets, lines,
running heads, which framework fits): they always have their defaults, and a
`[layout]` key naming one is refused rather than silently ignored.

The defaults are what the corpus and the generated layouts were tuned on;
changing one changes what is read (the golden and property tests say how).
"""

from __future__ import annotations

import math
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import Any


class SettingsError(ValueError):
    """A settings value that cannot be right; the message names the field."""

    def __init__(self, name: str, problem: str) -> None:
        self.field_name, self.problem = name, problem
        super().__init__(f"layout setting {name}: {problem}")


# unit -> (kind, low, high, low allowed, high allowed, what it means)
_UNITS: dict[str, tuple[type, float, float, bool, bool, str]] = {
    "points": (float, 0.0, math.inf, True, False, "a distance in points, 0 or more"),
    "share": (float, 0.0, 1.0, False, True, "a fraction above 0 and at most 1"),
    "x height": (float, 0.0, math.inf, False, False, "a multiple of a height, above 0"),
    "x pitch": (float, 0.0, math.inf, False, False, "a multiple of the line pitch, above 0"),
    "times": (float, 1.0, math.inf, False, False, "a ratio above 1"),
    "confidence": (float, 0.0, 100.0, True, True, "Tesseract's confidence, 0 to 100"),
    "lines": (int, 1, math.inf, True, False, "a whole number of lines, 1 or more"),
    "words": (int, 1, math.inf, True, False, "a whole number of words, 1 or more"),
    "pages": (int, 1, math.inf, True, False, "a whole number of pages, 1 or more"),
    "letters": (int, 1, math.inf, True, False, "a whole number of letters, 1 or more"),
    "lines per area": (float, 0.0, math.inf, False, False, "lines per area, above 0"),
}


def _setting(default: float, unit: str, doc: str, *, per_framework: bool = True) -> Any:
    if unit not in _UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    return field(default=default, metadata={"unit": unit, "doc": doc, "per_framework": per_framework})


@dataclass(frozen=True, slots=True)
class LayoutSettings:
    """The readers' tolerances. Frozen and hashable: a framework carries its own."""

    # --- words into lines (layout.py); before the framework is known -------------------------
    line_band_share: float = _setting(
        0.45, "share",
        "A word joins a line when its middle lies within this share of the smaller height of the two "
        "from the line's middle: half a height apart is the next line of single-spaced text, so a bit less.",
        per_framework=False)
    line_band_no_height: float = _setting(
        2.0, "points",
        "For a word of no height (a drawn mark, an empty box): how far its middle may lie from the line's.",
        per_framework=False)
    line_tall_ratio: float = _setting(
        2.2, "times",
        "A word this many times taller than the line's words gets a line of its own (the area box's score "
        "is printed 2.5-4 times the text size; a bold or superscript run is not 2 times).",
        per_framework=False)
    line_ocr_band_share: float = _setting(
        0.6, "share",
        "As line_band_share, for two OCR'd words: their bands are Tesseract's line boxes, which a table's "
        "number column (a block of its own) or a glyph reaching out ('Max)') makes taller than the text "
        "beside them ('11 30 35%' stood 4.1 points above its row's text of 8.2 and was read as a row of its own).",
        per_framework=False)
    line_ocr_tall_ratio: float = _setting(
        2.5, "times",
        "As line_tall_ratio, for two OCR'd words: Tesseract boxes a number cell alone on its line tightly "
        "('10': 6.2 points) and its neighbours' taller (14.6); an area's score is 3 times the text and more.",
        per_framework=False)
    line_band_lookback: int = _setting(
        4, "lines",
        "How many of the lines above a word may take it: a table's cells start a little above or below "
        "their row's other cells; four covers rows of wrapped cells side by side.",
        per_framework=False)

    # --- running heads (layout.py) --------------------------------------------------------
    running_head_margin_share: float = _setting(
        0.11, "share",
        "The top and bottom share of a page where running heads and footers live (A4: 93 points, a "
        "header's and a footer's block with room to spare, above the first text line).",
        per_framework=False)
    running_head_outermost_lines: int = _setting(
        2, "lines", "Running heads are among the first or last lines of a page (a head and a page number).",
        per_framework=False)
    running_head_repeat_share: float = _setting(
        0.5, "share",
        "A margin line repeated on at least this share of the pages is a running head: a table header "
        "repeated after page breaks stays below it.",
        per_framework=False)
    running_head_min_pages: int = _setting(
        3, "pages", "A running head repeats on at least this many pages, however short the report.",
        per_framework=False)
    running_head_ocr_similarity: float = _setting(
        0.85, "share",
        "On OCR'd pages, margin lines this alike (difflib's ratio) count as one running head: OCR misreads "
        "a letter or two in a line of 20-60.",
        per_framework=False)
    page_number_max_words: int = _setting(
        3, "words", "A bare page number line ('6', '6 (29)', '- 6 -') has at most this many words.",
        per_framework=False)

    # --- drawn bullets and bullet glyphs (pdf_input.py) ------------------------------------
    bullet_shape_min: float = _setting(
        1.5, "points", "The smallest side of a drawn shape that is a list bullet (a browser's disc is 3-5).",
        per_framework=False)
    bullet_shape_max: float = _setting(
        8.0, "points", "The largest side of a drawn shape that is a list bullet; larger is a box or a chart's mark.",
        per_framework=False)
    bullet_shape_squareness: float = _setting(
        1.5, "points", "How much a bullet shape's width and height may differ (a disc or square, not a rule).",
        per_framework=False)
    bullet_mark_height: float = _setting(
        1.75, "x height",
        "A drawn bullet becomes a word this many times its own height tall, so it shares its line's band.",
        per_framework=False)
    bullet_mark_half_min: float = _setting(
        4.0, "points", "The least half-height of a drawn bullet's word (a line of 8-point text).",
        per_framework=False)
    bullet_mark_half_max: float = _setting(
        7.0, "points", "The largest half-height of a drawn bullet's word (a line of 14-point text).",
        per_framework=False)
    glyph_bullets_min: int = _setting(
        3, "words",
        "Bullet glyphs in the text layer that show a report prints its bullets as text (a stray one is "
        "a symbol in a sentence); with fewer, drawn shapes are read as bullets.",
        per_framework=False)

    # --- which framework (report.py) -------------------------------------------------------
    min_share_recognised: float = _setting(
        0.625, "share",
        "A framework fits a report that names at least this share of its areas (5 of 8): a report may "
        "lose a heading or two to a broken text layer, a report of another framework names 2-3.",
        per_framework=False)

    # --- area headings (areas.py) ----------------------------------------------------------
    heading_min_similarity: float = _setting(
        0.75, "share",
        "An 'Område N <name>' line names area N when its name is this alike to one of the area's "
        "spellings (difflib's ratio): OCR slips and a wrapped second line pass, another area's name not.")
    heading_wrap_pitch: float = _setting(
        1.8, "x height",
        "A heading's second line (a wrapped name) starts within this many heading heights below the first.")
    heading_wrap_height_tolerance: float = _setting(
        0.15, "share", "...and its height differs from the first line's by less than this share of it...")
    heading_wrap_indent_tolerance: float = _setting(
        2.0, "points", "...and it starts within this many points of the first line's left edge.")

    # --- the area's box: sub-headings and score (areas.py) ---------------------------------
    box_indent: float = _setting(
        5.0, "points", "A box line starts this far right of the heading (sub-headings are indented or bulleted).")
    box_score_height_ratio: float = _setting(
        1.6, "times", "The box's score is printed at least this many times taller than the box's typical word.")
    box_score_gap: float = _setting(
        30.0, "points",
        "A score printed in the box's own size stands at least this far right of the word before it "
        "(sub-headings are set with word spaces of 2-4 points).")
    box_score_clearance: float = _setting(
        15.0, "points",
        "Sub-headings' words end this far left of the score at the latest: the box's score column.")

    # --- findings: tables and headed lists (areas.py) --------------------------------------
    findings_header_max_words: int = _setting(
        4, "words", "A findings header ('Styrkor | Förbättringsmöjligheter') has at most this many words.")
    findings_column_gap: float = _setting(
        8.0, "points",
        "The findings table's columns split this far left of the improvements header's first letter "
        "(the cell padding between the columns).")
    findings_table_left_tolerance: float = _setting(
        3.0, "points",
        "A line that starts this far left of the table's first column is outside the table: it has ended.")
    findings_crossing_tolerance: float = _setting(
        1.0, "points",
        "A word from the left column reaching this far into the right column's text crosses the split: "
        "text set across the page, so the table has ended.")
    findings_right_header_share: float = _setting(
        0.35, "share",
        "An improvements header alone (the strengths header unreadable) heads a table's right column when "
        "it starts past this share of the text width.")
    findings_list_header_indent: float = _setting(
        5.0, "points",
        "The improvements list's header starts at most this far right of the strengths header.")
    list_outdent_tolerance: float = _setting(
        3.0, "points", "A headed list ends at a line starting this far left of its first line (not a bullet).")

    # --- list items (items.py) -------------------------------------------------------------
    item_gap_points: float = _setting(
        1.0, "points",
        "A line pitch this much above the tightest one of a list starts an item (list-item spacing)...")
    item_gap_height: float = _setting(
        0.07, "x height", "...or this share of the line's height, when that is larger.")
    item_indent_tolerance: float = _setting(
        3.0, "points", "A line starting this far right of the list's left edge continues an item (hanging indent).")
    item_word_space: float = _setting(
        0.3, "x height", "The space before a word, as a share of its height, when judging whether it would have fit.")
    item_fit_tolerance: float = _setting(
        1.0, "points", "A word 'would have fit' on the line above when it ends this far inside the column's edge.")
    list_size_change: float = _setting(
        0.25, "share", "A line whose height differs from the list's by this share of it is in another type size: "
        "the list has ended (a heading).")
    list_paragraph_gap: float = _setting(
        2.4, "x pitch", "A gap this many typical line pitches ends a list (the next paragraph or section).")
    line_split_share: float = _setting(
        0.5, "share", "Lines closer than this share of a line's height are one printed line OCR split in two, "
        "not a line pitch.")

    # --- the summary table (summary.py) ----------------------------------------------------
    summary_lines_per_area: float = _setting(
        3.75, "lines per area",
        "The summary table's rows, wrapped labels included, take at most this many lines per area "
        "(30 for the eight-area reports) from the first area row to the total row.")
    summary_label_wrap_lines: int = _setting(
        2, "lines", "A summary row's label may wrap onto this many number-less lines below it.")
    summary_header_lookback: int = _setting(
        3, "lines", "The year columns' header is one of this many lines above the first area row.")
    ocr_junk_confidence: float = _setting(
        50.0, "confidence",
        "An OCR'd word of one or two letters below this confidence in a summary row is a speck or a rule.")

    # --- score tables (questions.py) -------------------------------------------------------
    id_column_gap: float = _setting(
        4.0, "points", "A question id ends at least this far before the question texts start.")
    layout_max_shift: float = _setting(
        15.0, "points",
        "A header that places only its score column (or only its max column) borrows another table's "
        "layout when those columns lie at most this far apart: as far as a scanner shifts a sheet (8 points seen), and less "
        "than a column's width.")
    layout_match_tolerance: float = _setting(
        3.0, "points",
        "Two score-table headers whose Max-to-Percent spacing differs by less than this share one layout "
        "(a header whose score word OCR lost borrows the other's columns).")
    score_text_gap: float = _setting(
        4.0, "points", "Question text ends at least this far left of the first number column's header.")
    header_label_overrun: float = _setting(
        4.0, "points", "A header's label words may end this far right of the text column (they name the area).")
    text_column_overrun: float = _setting(
        2.0, "points",
        "A row's word ending within this distance past the text column is text; one starting this far "
        "inside it and being no number is text that runs on past the column's edge.")
    id_column_tolerance: float = _setting(
        2.0, "points", "A question id ends at least this far left of where the header's label starts.")
    header_number_max_letters: int = _setting(
        3, "letters",
        "A header label's first word this short is its area number, whatever OCR made of it ('Få' for "
        "'7.'): no area's name starts with so short a word.")
    header_wrap_pitch: float = _setting(
        1.8, "x height", "A header's label wraps onto lines starting within this many line heights below it.")
    header_wrap_max_lines: int = _setting(
        2, "lines", "A header's label wraps onto at most this many lines below the header.")
    header_wrap_into_pitch: float = _setting(
        1.5, "x height",
        "A line within this many line heights above the next table's header is the first line of its "
        "wrapped label, not the previous question's text.")

    # --- OCR'd score cells (cells.py) ------------------------------------------------------
    cell_row_margin: float = _setting(
        2.0, "points", "Above a row's first line and below its last word, what still holds its cells.")
    box_cell_reach: float = _setting(
        1.0, "x height",
        "An area box's score is read again alone (OCR read '48' in large type as '4'): its cell reaches this "
        "many of the score's heights either side of the digits read, a digit's width and more; the box's "
        "sub-headings keep further off (box_score_gap).")
    box_cell_margin: float = _setting(
        0.3, "x height",
        "and this many above and below them: a cell no taller than its large digits has their stems "
        "taken for rules (scan_image.cell_image read '48' as '4.5').")
    cell_default_row_height: float = _setting(
        12.0, "points", "A row's height when none of its words is known (a 10-point line with its leading).")

    # --- section 2 and section 4 (report.py) -----------------------------------------------
    section_heading_max_words: int = _setting(
        10, "words", "Section 4's heading ('4 Översikt av poängfördelning') has at most this many words.")
    opening_pages: int = _setting(
        8, "pages", "The evaluation's period and ordinal are stated within this many pages from the cover.")
    cover_max_words: int = _setting(
        40, "words", "A cover page carries at most this many words (a later page this sparse that reads as a "
        "cover is a second report's: `multiple_reports`).")

    # --- evaluators (cover.py) -------------------------------------------------------------
    label_min_similarity: float = _setting(
        0.85, "share",
        "A word is an evaluator label or role ('Utvärderare', 'Utredare') when this alike to it: OCR "
        "misreads a letter ('Utvårderare', 0.91); a name is never this close to one.")
    label_fuzzy_min_letters: int = _setting(
        6, "letters", "Shorter words are labels or roles only as printed ('SKL', 'KS').")

    # --- area names (matching.py) ----------------------------------------------------------
    area_min_similarity: float = _setting(
        0.88, "share",
        "A table label names an area when this alike to one of its spellings (difflib's ratio): OCR "
        "slips pass, 'Område 1 Offentlighet…' (a heading, not a label) does not.")

    def __post_init__(self) -> None:
        for f in fields(self):
            _check(f.name, getattr(self, f.name), f.metadata["unit"])
        _ordered(self, "bullet_shape_min", "bullet_shape_max")
        _ordered(self, "bullet_mark_half_min", "bullet_mark_half_max")

    def with_overrides(self, overrides: dict[str, Any]) -> LayoutSettings:
        """A copy with some fields changed (checked like any settings); an unknown name is an error."""
        for name in overrides:
            if name not in FIELDS:
                raise SettingsError(name, f"no such setting (known: {', '.join(sorted(FIELDS))})")
        return replace(self, **overrides)


def _check(name: str, value: Any, unit: str) -> None:
    kind, low, high, low_ok, high_ok, meaning = _UNITS[unit]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
        raise SettingsError(name, f"{value!r} is not {meaning}")
    if not math.isfinite(value):
        raise SettingsError(name, f"{value!r} is not {meaning}")
    too_low = value < low or (value == low and not low_ok)
    too_high = value > high or (value == high and not high_ok)
    if too_low or too_high:
        raise SettingsError(name, f"{value!r} is not {meaning} ({unit})")


def _ordered(settings: LayoutSettings, low: str, high: str) -> None:
    if getattr(settings, low) > getattr(settings, high):
        raise SettingsError(low, f"{getattr(settings, low)!r} is more than {high} ({getattr(settings, high)!r})")


FIELDS: dict[str, Any] = {f.name: f for f in fields(LayoutSettings)}
PER_FRAMEWORK: frozenset[str] = frozenset(n for n, f in FIELDS.items() if f.metadata["per_framework"])
DEFAULTS = LayoutSettings()


def describe() -> list[tuple[str, object, str, bool, str]]:
    """(name, default, unit, per framework, why) of every setting: the documentation as data."""
    return [(f.name, f.default if f.default is not MISSING else None, f.metadata["unit"],
             f.metadata["per_framework"], f.metadata["doc"]) for f in fields(LayoutSettings)]
