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

**OCR.** `OcrSettings` holds the tolerances of reading a scan: cleaning its image
(`scan_image.py`), Tesseract's words made words like a text layer's (`ocr.py`),
and the confidence below which a word it kept is flagged (`selfcheck.py`).
Units: *inches* on the page (turned into pixels at the image's resolution),
*pixels* of the page image, *gray levels* 0 (black) to 255 (white), *degrees*,
*dpi*, *seconds*, Tesseract's *confidence* (0-100), a whole *reduction* factor
of the image, and multiples of a word's height (*x height*) or of a mark's size
(*x size*). OCR runs before the report's framework is known (it reads the words
that tell it), so none of these is per framework: the OCR path takes an
`OcrSettings` as an argument (`settings=OCR_DEFAULTS`), and the OCR cache
(`ocr_cache.py`) is stamped with the defaults, so changing one reads scans afresh.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import Any, ClassVar


class SettingsError(ValueError):
    """A settings value that cannot be right; the message names the field."""

    def __init__(self, name: str, problem: str, kind: str = "layout") -> None:
        self.field_name, self.problem = name, problem
        super().__init__(f"{kind} setting {name}: {problem}")


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
    "occurrences": (int, 1, math.inf, True, False, "a whole number of occurrences, 1 or more"),
    "lines per area": (float, 0.0, math.inf, False, False, "lines per area, above 0"),
    # OCR (OcrSettings)
    "inches": (float, 0.0, math.inf, False, False, "a length in inches, above 0"),
    "pixels": (int, 0, math.inf, True, False, "a whole number of pixels, 0 or more"),
    "gray level": (int, 0, 255, True, True, "a gray level, 0 (black) to 255 (white)"),
    "degrees": (float, 0.0, 45.0, False, True, "an angle in degrees, above 0 and at most 45"),
    "dpi": (int, 1, math.inf, True, False, "a resolution in dots per inch, 1 or more"),
    "seconds": (int, 1, math.inf, True, False, "a whole number of seconds, 1 or more"),
    "reduction": (int, 1, math.inf, True, False, "a whole factor an image is reduced by, 1 or more"),
    "x size": (float, 0.0, math.inf, False, False, "a multiple of a mark's size, above 0"),
    "zipf": (float, 0.0, math.inf, False, False, "a difference of word frequencies on wordfreq's Zipf scale "
             "(1: ten times as frequent), above 0"),
}


def _setting(default: float, unit: str, doc: str, *, per_framework: bool = True, judges_text: bool = False) -> Any:
    if unit not in _UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    return field(default=default, metadata={"unit": unit, "doc": doc, "per_framework": per_framework,
                                            "judges_text": judges_text})


@dataclass(frozen=True, slots=True)
class LayoutSettings:
    """The readers' tolerances. Frozen and hashable: a framework carries its own."""

    KIND: ClassVar[str] = "layout"

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
    running_head_band: float = _setting(
        1.0, "x height",
        "On OCR'd pages, a short margin line standing within this many of its heights of where most pages' "
        "outermost lines stand is a running head OCR garbled past its repeats ('g då & av 26', 'Sida lav il').",
        per_framework=False)
    running_head_apart: float = _setting(
        2.0, "x pitch",
        "A running head stands at least this many of the report's line pitches from the body's nearest line "
        "(a fax's footer: 2.3; a paragraph break: 1.5-1.7).",
        per_framework=False)
    running_head_max_words: int = _setting(
        8, "words", "A running head garbled past its repeats has at most this many words ('Sida 6 av 26': 4; a "
        "fax's transmission line '2021-09-03 16:54 050-961 25 47 S. 6/30': 7).",
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
    heading_by_name_similarity: float = _setting(
        0.9, "share",
        "An OCR'd 'Område N <name>' line whose N is no area's ('Område 23 Styrning och kontroll': a fax's '3') "
        "names the one area whose name it is this alike to; a lower bar would let OCR's slips pick a neighbour.")
    heading_box_reach: int = _setting(
        3, "lines",
        "An OCR'd heading line whose number and name are both unreadable ('Område £ Chetsc-', fax) is the one "
        "missing area's only with its box's header row ('Rubriker Poäng') within this many lines below it.")
    heading_larger_type: float = _setting(
        1.2, "times",
        "Of two lines naming one area, one in type this much taller is its heading, however alike the other's "
        "name: a contents entry read whole beat the heading whose last word faint print lost.")
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
    box_label_words: int = _setting(
        3, "words", "An OCR'd box line this short with a label word is the box's header row, its other labels "
        "garbled ('Fema Poeng' for 'Tema Poeng': the box was read as empty).")
    box_line_pitch: float = _setting(
        1.8, "x height", "A bulleted line within this many line heights below the line a box ended at is the box's "
        "next sub-heading: the box was cut short (`box_cut_short`; a fax read a dash bullet as ':-').")
    box_apart_gap: float = _setting(
        1.0, "x height", "An OCR'd bulleted line this many line heights below the box's last line (white between "
        "them), its mark unlike the box's bullets, is past the box: the narrative's 'Allmänt' with a speck read as "
        "'–' before it; the box's lines stand a third of a height apart.")
    box_score_height_ratio: float = _setting(
        1.6, "times", "The box's score is printed at least this many times taller than the box's typical word.")
    box_score_gap: float = _setting(
        30.0, "points",
        "A score printed in the box's own size stands at least this far right of the word before it "
        "(sub-headings are set with word spaces of 2-4 points).")
    box_line_min_letters: int = _setting(
        3, "letters", "An OCR'd box line with no word of this many letters is what OCR made of the bar above "
        "the box or a speck (\"V/\", \"x Jå\"), not a sub-heading: every sub-heading has a word this long.")
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
    findings_item_min_letters: int = _setting(
        3, "letters", "A findings table's first row, where OCR lost its header, holds a word this long: a header's "
        "bar read as marks ('• y • Lå') does not.")
    findings_bullet_column_lines: int = _setting(
        3, "lines",
        "Bullets inside lines at one x, in the right part of the text, on this many lines or more make a "
        "findings table's right column where OCR lost its header.")
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
    row_text_alignment: float = _setting(
        10.0, "points", "An OCR'd row whose id was lost starts its text within this of where the table's "
        "question texts start; a key-figures table after it ('Innbyggere 37 338') starts further left.")
    id_column_tolerance: float = _setting(
        2.0, "points", "A question id ends at least this far left of where the header's label starts.")
    header_number_max_letters: int = _setting(
        3, "letters",
        "A header label's first word this short is its area number, whatever OCR made of it ('Få' for "
        "'7.'): no area's name starts with so short a word.")
    header_split_word_gap: float = _setting(
        0.5, "x height",
        "Two OCR'd words of a header this close (a letter's width) that make a column's header word "
        "together are that word, split ('Ma ks' for 'Maks').")
    header_wrap_pitch: float = _setting(
        1.8, "x height", "A header's label wraps onto lines starting within this many line heights below it.")
    header_wrap_max_lines: int = _setting(
        2, "lines", "A header's label wraps onto at most this many lines below the header.")
    header_ids_lines: int = _setting(
        3, "lines", "A table header whose area name OCR lost is named by the question ids below it: the first "
        "printed id within this many lines (past a wrapped label) says the area.")
    row_apart_pitch: float = _setting(
        1.6, "x height",
        "An OCR'd question of its own, with its '?', this many of its heights or more below the line before it "
        "after a question that ended with its '?', is a row whose id and numbers OCR lost; a question's second "
        "sentence ('… medarbetare? Kommunen som attraktiv arbetsgivare.') wraps closer, at 1.3-1.4.")
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
    area_number_misread_letters: int = _setting(
        3, "letters", "An OCR'd summary row's first word this short, before a name that is an area's, is its area "
        "number misread ('7.' read as 'NN' on a fax, before 'Arbetsliv': the row named no area, and the table "
        "was lost).")
    area_numbered_similarity: float = _setting(
        0.75, "share",
        "An OCR'd summary row printing an area's number names that area when its name is this alike to the "
        "area's: the number vouches for a name OCR garbled ('4. Ettektivitet', 0.83; a fax lost the whole table).")

    def __post_init__(self) -> None:
        _check_units(self)
        _ordered(self, "bullet_shape_min", "bullet_shape_max")
        _ordered(self, "bullet_mark_half_min", "bullet_mark_half_max")

    def with_overrides(self, overrides: dict[str, Any]) -> LayoutSettings:
        """A copy with some fields changed (checked like any settings); an unknown name is an error."""
        for name in overrides:
            if name not in FIELDS:
                raise SettingsError(name, f"no such setting (known: {', '.join(sorted(FIELDS))})")
        return replace(self, **overrides)


def _ocr(default: float, unit: str, doc: str) -> Any:
    """An OCR setting: read before the report's framework is known, like every one of them."""
    return _setting(default, unit, doc, per_framework=False)


def _ocr_judging(default: float, unit: str, doc: str) -> Any:
    """An OCR setting that only judges the text OCR read (selfcheck.py), and so is no part of what
    a page's cached reading depends on (`OcrSettings.reading`)."""
    return _setting(default, unit, doc, per_framework=False, judges_text=True)


@dataclass(frozen=True, slots=True)
class OcrSettings:
    """OCR's tolerances, from cleaning a scan's image to the words kept. Frozen and hashable;
    never per framework (OCR reads the words that tell the framework)."""

    KIND: ClassVar[str] = "OCR"

    # --- the page image (scan_image.py) ----------------------------------------------------
    dpi: int = _ocr(300, "dpi", "Scanned pages are rendered and read at this resolution: Tesseract's models "
                    "are trained on text of about this resolution.")
    speck_filter_size: int = _ocr(
        3, "pixels", "The side of the median filter that removes a scan's specks: a speck of a pixel goes, a "
        "text stroke (several pixels at `dpi`) stays.")
    shading_fraction: float = _ocr(
        0.95, "share",
        "Gray levels above this share of the paper's turn white. Table-row shading is about 3 % darker "
        "than the paper; text, even light-gray running heads, is over 30 % darker at its strokes' cores.")
    faded_ink_level: int = _ocr(
        100, "gray level", "Ink lighter than this is faded (a printer low on toner) and stretched to black. A real "
        "office scan's ink is 67-91 (the corpus scan): stretched and closed at 65, its '11's read as '1'; the "
        "simulator's light toner of 65-100 would have gained texts from it (87 -> 132 of 215 on one report).")
    faded_filter_size: int = _ocr(
        3, "pixels", "The side of the minimum filter that closes the gaps missing toner left in faded strokes, "
        "and the holes in a faded bar's fill (which, inverted, read as specks).")
    read_twice_inside: float = _ocr(
        0.8, "share", "Of a word's width: a word whose letters are part of another's, lying inside its box this much, "
        "is Tesseract's second reading of them (heavy toner's 't' over 'uti-'), and dropped; an 'i' whose box "
        "'Kvalitet' reached over by 60 % was print ('Kvalitet i Korthet').")
    ink_level: int = _ocr(
        128, "gray level", "On a prepared page (paper 255, print stretched near 0), a pixel darker than this is ink.")
    recheck_ink_level: int = _ocr(
        96, "gray level", "A region read only at half resolution or cut at `ink_level` is read once more cut here, "
        "and a word the two readings differ on is doubted: heavy toner's \"inom\" read at 96 % as \"nom\" cut at "
        "128, and right at 60-110.")
    inked_pad: int = _ocr(
        2, "pixels", "Either side of a word's box, where its ink may lie: Tesseract's box of a narrow glyph can "
        "miss it (`scan_image.inked`).")
    ink_share_of_paper: float = _ocr(
        0.8, "share", "Levels below this share of the paper's are ink (or its soft edges): for the page's skew "
        "and its ink's level.")
    min_ink_share: float = _ocr(
        0.001, "share", "Of a page's pixels: fewer ink pixels than this tell nothing of the ink's level.")
    ink_percentile: float = _ocr(
        0.05, "share", "Of the ink pixels: the darkest few are stroke cores, not specks or edges; the level this "
        "share of them reach is the ink's.")

    # --- tables' rules (scan_image.py) -----------------------------------------------------
    rule_min_length_across: float = _ocr(
        1.0, "inches", "A table's row rule runs this far across at least.")
    rule_min_length_down: float = _ocr(0.4, "inches", "A table's column rule runs this far down at least.")
    rule_max_thickness: float = _ocr(
        0.03, "inches", "A rule is at most this thick, heavy toner included; a dark bar is thicker.")
    rule_level: int = _ocr(
        200, "gray level", "A rule is printed lighter than text: gray, darker than this, not ink, is enough.")
    rule_bar_fill: float = _ocr(
        0.7, "share", "A long gray run is a bar's, not a rule, where this share of its column (or row) is gray "
        "a rule's thickness either way: a speckled bar's fill is 90 % gray, a 4-pixel rule and the text by it far less.")

    # --- the page's skew (scan_image.py) ---------------------------------------------------
    skew_dpi: int = _ocr(50, "dpi", "The resolution the skew is measured at: lines of text are still apart.")
    skew_range: float = _ocr(
        2.0, "degrees", "How far either way a sheet lies askew on a scanner's glass, at most: the angles tried.")
    skew_step: float = _ocr(0.1, "degrees", "Between the skew angles tried.")
    skew_min: float = _ocr(
        0.15, "degrees", "Less skew than this is left alone: it moves a line's end by under a pixel in 600.")

    # --- dark bars with white text (scan_image.py) -----------------------------------------
    ink_fraction: float = _ocr(
        0.5, "share", "Darker than this share of the paper's level is ink, or a dark bar (bars are found by it).")
    bar_ink_share: float = _ocr(
        0.4, "share", "In light print a bar is darker than the page's ink plus this share of the way to the "
        "paper (a faded bar's fill: 132 on paper 230, the text's ink 95), where that is lighter than ink_fraction.")
    light_ink_level: int = _ocr(
        60, "gray level", "Scanned ink lighter than this is light (low toner, faded print): its bars' fill is a "
        "speckled mid-gray, and they are found with light_bar_ink_share.")
    light_bar_ink_share: float = _ocr(
        0.6, "share", "bar_ink_share for light ink: a light-toner bar's fill (about 150 on paper 230, ink 63-111) "
        "is lighter than 0.4 of the way, and its bars were found only in pieces between their words.")
    bar_reduction: int = _ocr(
        2, "reduction", "Bars are found at half resolution, where the sizes below are a pixel or more.")
    bar_edge: int = _ocr(
        2, "pixels", "A bar's soft edge (pixels at the bars' reduced resolution), left out of its inversion: "
        "inverted, it would read as a frame, and Tesseract skips framed boxes.")
    bar_grain_fraction: float = _ocr(
        0.8, "share", "An inverted bar's pixels lighter than this share of white are its fill's grain: made paper.")
    bar_pad: int = _ocr(30, "pixels", "White around each bar in the stacked image of the bars.")
    bar_thinning_size: int = _ocr(
        3, "pixels", "The side of the maximum filter that thins the inverted bars' ink for their second reading: "
        "the specks of a light fill that lie by its letters (kept, as an i's dot would be) go, and the words "
        "they hid read ('Oppnådd' lost in three of three bars).")
    bar_glyph_height: float = _ocr(
        0.04, "inches", "A letter in a bar is at least this tall (x-height of 8 pt and more); an inverted bar's "
        "smaller ink is a speck of its fill (toner missing from a faded bar) unless it lies by a letter.")
    bar_glyph_reach: float = _ocr(
        0.035, "inches", "How far a small mark (an i's dot, a period, a comma) may lie from a letter in a bar "
        "and still be print: the period of \"1.\" in a wide face lies 8 pixels (at 300 dpi) from its digit.")
    bar_stroke: float = _ocr(
        0.015, "inches", "Half a white letter's stroke in a bar (bold 11 pt), closed over to find the bar; under "
        "half the space to nearby text.")
    bar_digit_stroke: float = _ocr(
        0.1, "inches", "Half a stroke of the area score's large white digits, with room to spare: closed last.")
    bar_min_half_width: float = _ocr(0.3, "inches", "Half the width a dark bar has at least.")
    bar_min_half_height: float = _ocr(0.1, "inches", "Half the height a dark bar has at least: a line of text is lower.")
    bar_reach_across: float = _ocr(
        2.5, "inches", "How far across a bar's words may lie from its solid parts (a long label).")
    bar_reach_down: float = _ocr(
        0.25, "inches", "How far down a bar's words may lie from its solid parts (the score box's large digits "
        "part its fill); this far, a bar grows over its fill's ink only, not over ink its closing joined to it.")

    # --- list bullets by their shape (scan_image.py) ---------------------------------------
    blob_reduction: int = _ocr(2, "reduction", "Solid marks (bullets) are found at half resolution.")
    blob_core: float = _ocr(
        0.012, "inches", "Half the side of the square every solid mark holds: more than half a body text stroke, "
        "so letters, strokes with counters and gaps, erode away.")
    blob_min_side: float = _ocr(
        0.03, "inches", "A list bullet's side at least: a small round '•' (dust is smaller).")
    blob_max_side: float = _ocr(0.11, "inches", "A list bullet's side at most: a large square '■'.")
    blob_max_aspect: float = _ocr(
        2.0, "times", "A bullet is round or square: its longer side is at most this many times its shorter.")
    blob_ring_ink: int = _ocr(
        1, "pixels", "Pixels of ink a bullet's ring of paper may hold (grain); a stroke crossing it leaves two or "
        "more (the solid part of a bold glyph runs on into its strokes).")

    # --- dash bullets by their shape (scan_image.py) ---------------------------------------
    dash_min_length: float = _ocr(
        0.015, "inches", "A dash bullet's length at least: a small hyphen (1.7 pt seen).")
    dash_max_length: float = _ocr(0.12, "inches", "A dash bullet's length at most: an em dash.")
    dash_max_thickness: float = _ocr(
        0.035, "inches", "A dash's stroke is this thick at most, heavy toner included.")
    dash_min_aspect: float = _ocr(2.0, "times", "A dash is at least this many times longer than it is thick.")
    dash_band_top: float = _ocr(
        0.2, "share", "A dash's middle lies at least this share of its line's band below the band's top...")
    dash_band_bottom: float = _ocr(
        0.9, "share", "...and at most this share: at the height of the line's lower-case letters, not a rule's.")

    # --- table cells read alone (scan_image.py) --------------------------------------------
    cell_rule_share: float = _ocr(
        0.8, "share", "Of a cell's width (or height): an ink run this long is a table rule, not a digit.")
    cell_min_ink: int = _ocr(
        2, "pixels", "Ink pixels a row or column of a cell needs to be part of its text, not a speck.")
    cell_pad: int = _ocr(
        12, "pixels", "White around a cell: Tesseract misreads glyphs that touch the image's edge.")
    cell_full_ink: int = _ocr(
        60, "gray level", "A cell whose darkest pixel is lighter than this (and still ink) holds light print, "
        "stretched to black (well printed: 0-40).")
    cell_stroke_aspect: float = _ocr(
        3.0, "times", "A cell whose ink is one solid stroke this many times taller than wide holds a '1' whose "
        "serifs the scan lost (Times' '1' at 9 pt: 4 by 24 pixels), which Tesseract reads as nothing.")
    cell_stroke_fill: float = _ocr(
        0.6, "share", "Of the stroke's box: the share that is ink, at least (a solid stroke, not a '7' or a '4').")
    cell_stroke_misalign: float = _ocr(
        0.25, "share", "Strokes side by side are the digits of one number (\"11\") when their tops and bottoms "
        "differ by no more than this share of their height, in all.")

    # --- print the page pass left unread (scan_image.py, ocr.py) ---------------------------
    unread_reduction: int = _ocr(
        4, "reduction", "Unread print is looked for at a quarter of the resolution: a line of text is still a band.")
    lost_glyph_pad: float = _ocr(
        0.01, "inches", "Left out at either side of the gap between a bullet and its item's first word, when "
        "looking there for a glyph OCR read as nothing: the bullet's and the word's own edges.")
    lost_glyph_height: float = _ocr(
        0.6, "share", "Ink in one column of that gap this share of the line's height tall is a glyph OCR read "
        "as nothing ('I större': the 'I' lost beside its bullet, 70 % of it); specks and a bullet's edge (45 %) are shorter.")
    unread_word_pad: float = _ocr(
        0.04, "inches", "Around each word read: its glyphs' edges, spread by heavy toner, are no unread print.")
    unread_join_across: float = _ocr(
        0.08, "inches", "Letters and words of one line of unread print are joined this far across into one band.")
    unread_join_down: float = _ocr(
        0.01, "inches", "Letters of one line of unread print are joined this far down into one band.")
    unread_min_height: float = _ocr(
        0.06, "inches", "A band of unread print is a line or two of text, this high at least: not a speck.")
    unread_max_height: float = _ocr(
        0.4, "inches", "A band of unread print is a line or two of text, this high at most: not a bar.")
    unread_min_width: float = _ocr(
        0.25, "inches", "A band of unread print is a short word's width at least (a lone number is a cell, read "
        "alone anyway).")
    unread_min_ink: float = _ocr(0.08, "share", "Of the band's pixels: print, not a few specks joined.")
    unread_apart: float = _ocr(
        0.08, "inches", "Unread print this close beside a word read on its line is that word's rest (Tesseract "
        "boxed only part of 'styrning/uppföljning?').")
    faint_ink_level: int = _ocr(
        200, "gray level", "On a prepared page, print darker than this but not ink is faint: a heading printed in "
        "colour by a printer low on toner (cores 155-200), left unread by the page pass. Its regions' words are "
        "kept only when read surely; show-through stays lighter (225 and up), a broken rule's bits may not.")
    faint_min_height: float = _ocr(
        0.18, "inches", "Faint print is read only in large type, a heading's (its band 0.21-0.23 in tall): a running "
        "head printed light (0.11-0.13 in) read surely on some pages and not on others repeats on too few to be "
        "dropped as one, and ran into the lists across page breaks.")
    unread_crop_pad: int = _ocr(
        12, "pixels", "Of the page around an unread region read again: its glyphs' edges, and a margin.")
    unread_retry_reduction: int = _ocr(
        2, "reduction", "A region (or a cell) read as nothing is read again at this fraction of the resolution: "
        "strokes that heavy toner spread and blurred read whole at half.")
    streak_close_size: int = _ocr(
        3, "pixels", "The side of the minimum filter that closes the white streaks a fax's or scanner's line drew "
        "through print, for a region read as nothing every other way: Tesseract read the lower halves of "
        "'GÖTEBORGS STAD 2020' below a streak as 'VVYVILDVNGUS ZUZU'; closed and halved, at 97 %.")
    unread_word_letters: int = _ocr(
        4, "letters", "A region's word read unsure is kept when it is a word of the language this long at least "
        "(heavy toner's line-opening \"samma\" at 51 %): shorter ones are what a large score or a sliver reads as "
        "(\"Oo\", \"RA\", \"dan\"). A region read surely only as words shorter (\"AD\" of a large score) is no line.")
    unread_sure_words: int = _ocr(
        2, "words", "A region read alone whose words of the language read surely (`unread_sure`, `unread_word_letters`) "
        "are this many and `unread_sure_share` of its words at least is a line of print, its other words kept unsure.")
    unread_sure_share: float = _ocr(
        0.5, "share", "See `unread_sure_words`: heavy toner's 'Dekgättonsordningen samt anvisningar kring' (11 %, then "
        "92-93 %) was a lost line, and its list's items shifted.")
    unread_sure: float = _ocr(
        80.0, "confidence", "A region's words are kept only when OCR was this sure of every one (else slivers of "
        "the lines around it, a bar's grain).")

    # --- Tesseract (ocr.py) ----------------------------------------------------------------
    timeout: int = _ocr(300, "seconds", "Per page (or cell) before it counts as unreadable.")
    min_confidence: float = _ocr(
        10.0, "confidence", "Below this a 'word' is usually a speck or a rule: kept only when plausible (a number, "
        "a word of the language) or a bullet by its size.")
    line_height_quantile: float = _ocr(
        0.75, "share", "A Tesseract line's typical word height is this quantile of its words' heights (the upper "
        "quartile: junk from dot leaders is low).")
    line_jump: float = _ocr(
        0.6, "x height", "Words whose middles lie further apart than this many typical heights are on two "
        "printed lines Tesseract ran into one.")
    large_type_factor: float = _ocr(
        1.8, "times", "A word this many times taller than its line's words is in larger type (an area's score) and "
        "keeps its own box; this many times shorter is a speck or a leader.")
    score_misread_letters: int = _ocr(
        2, "letters", "A word of this many letters at most in larger type is a large score's digits misread ('5 SÖ' "
        "for '58') and keeps its own box too; a longer word that tall was boxed with a rule.")
    column_gap: float = _ocr(
        3.0, "x height", "A gap before a word this many of its heights wide starts a column within a Tesseract "
        "line (two table columns run into one line), where a bullet may stand.")
    en_dash_width: float = _ocr(
        0.3, "x height", "A dash standing alone this wide (of its line's height) is an en dash, not a hyphen: "
        "OCR does not tell them apart reliably.")
    em_dash_width: float = _ocr(0.7, "x height", "A dash standing alone this wide (of its line's height) is an em dash.")

    # --- bullets OCR read (ocr.py) ---------------------------------------------------------
    bullet_min_size: float = _ocr(
        0.2, "share", "A box the size of a list bullet is a round blot a fifth of its line's height at least "
        "(Tesseract doubts even a clean '•': its size and place decide).")
    bullet_max_size: float = _ocr(
        0.67, "share", "A box the size of a list bullet is two thirds of its line's height at most.")
    bullet_sure: float = _ocr(
        60.0, "confidence", "A word read with this confidence is letters, whatever solid parts its glyphs have.")
    bullet_misread_length: int = _ocr(
        3, "letters", "What OCR makes of a bullet, unsure: 's', 'sm', 'Bs', 'e«'.")
    bullet_digit_width: float = _ocr(
        1.5, "times", "A digit over a solid mark no wider than this (times the mark's width) is the mark misread ('8' for a "
        "heavy toner's square bullet); a large bold score's digit is wider than its solid part.")
    bullet_sure_length: int = _ocr(
        2, "letters", "A word this short over a solid mark is the mark, however sure OCR was (no letter is "
        "solid ink).")
    bullet_reach: float = _ocr(
        3.0, "x height", "How far right of a bullet its line's first word may start, in line heights.")
    bullet_indent: float = _ocr(
        5.0, "x size", "How far its item's text starts after a bullet, at most, in bullet sizes (1.5-2 seen); "
        "further, it was a speck (beside an area's large score).")
    bullet_column_gap: float = _ocr(
        1.0, "x height", "Line heights of white before a bullet that starts a column within a line.")
    bullet_align: float = _ocr(
        2.0, "points", "The bullets of one list stand at one x, within this (a speck of dust does not).")
    cell_sure_confidence: float = _ocr(
        60.0, "confidence", "A number cell read with this confidence is taken; read less surely, it is read again "
        "(as a line, by a second model, at half the resolution) and the surest number read is kept.")
    bullet_place_level: int = _ocr(
        200, "gray level", "Where a page's bullets stand, a line without one is looked at: pixels darker than this "
        "are something (a faded dash bullet at 130-150, show-through), not paper.")
    bullet_place_share: float = _ocr(
        0.02, "share", "That share of a bullet's place (its width, its line's height) darker than `bullet_place_level` "
        "is a bullet OCR and its shape lost (a guess, flagged): a faded dash fills 3-5 %; less is paper and grain, "
        "and the line continues an item.")
    bullet_size_spread: float = _ocr(
        0.3, "share", "The bullets of one list are of one size, within this share (a speck of dust is not).")
    ghost_confidence: float = _ocr(
        60.0, "confidence", "A word read with less must show ink on the page to be kept: Tesseract reads words "
        "into show-through and grain (`scan_image.inked`).")

    # --- what OCR doubted (selfcheck.py) ---------------------------------------------------
    uncertain_below: float = _ocr_judging(
        60.0, "confidence", "A word OCR kept with less confidence than this may still be misread: its text "
        "field gets an `ocr_text_uncertain` warning.")
    unknown_word_letters: int = _ocr_judging(
        3, "letters", "An OCR'd word this long at least that is no word of the report's language, but one "
        "misreading away from one, flags its field (`ocr_text_uncertain`); shorter ones ('eg', 'ag') are as often "
        "abbreviations as misreads.")
    corrected_word_letters: int = _ocr_judging(
        5, "letters", "An OCR'd word this long at least that is no word, but one misreading away from exactly "
        "one, is set to it (`ocr_word_corrected`); a shorter one has more neighbours than its misreading tells "
        "apart ('sern' is 'som' misread twice, and one misreading from 'sem').")
    corrected_frequency_margin: float = _ocr_judging(
        1.5, "zipf", "Of the listed words an OCR'd word is one misreading away from, the most frequent is the one "
        "it is set to when it is this much more frequent than the next ('etier': 'etter' 6.5, 'elier' 1.3); "
        "closer, the reading stays as read, flagged ('rapporteringer': 'rapporteringen' 3.5, 'rapporteringar' 2.2).")
    unlisted_neighbour_zipf: float = _ocr_judging(
        4.5, "zipf", "An OCR'd word in no word list (known as a stem and its linking s, or a compound) one misreading "
        "away from a listed word this frequent flags its field ('Feiles', 'feile' and an s, for 'Felles', 4.95); "
        "long compounds have no such common neighbour.")
    stop_word_zipf: float = _ocr_judging(
        6.0, "zipf", "A full stop after a short word this frequent, its sentence going on in small letters, flags its "
        "field ('leder till. konkreta': a speck read as a stop); abbreviations that stop so are rarer ('ca', 5.3).")
    commoner_word_margin: float = _ocr_judging(
        2.5, "zipf", "An OCR'd word of the language that is one misreading away from a word this much more frequent "
        "flags its field ('mod' for 'med', 2.8; 'ar' for 'är', 3.0); it is left as read, unless rare and the "
        "neighbour far commoner (`far_commoner_zipf`: 'oy' is set to 'og'). Print's own rare words "
        "are seldom this close to a common one.")
    corrected_part_letters: int = _ocr_judging(
        5, "letters", "A word OCR's reading is set to is a listed word or two listed words this long at least: "
        "shorter parts make junk a compound ('kore|muren' from 'koremunen', which was 'kommunen').")
    plausible_compound_parts: int = _ocr(
        3, "words", "A word OCR was unsure of is kept when it is a compound of this many listed words at most "
        "('kompetens|försörjnings|plan', read at 4 % and dropped): flagged, not lost.")
    compound_part_letters: int = _ocr(
        4, "letters", "A word not in the word list is still the language's when it splits into two listed "
        "words this long at least ('effektiviserings|nettverk'); shorter parts let OCR's junk pass ('korn|munen' "
        "for 'kommunen' passes at 4, 'mel|iom' for 'mellom' does not at 4).")
    lost_word_gap: float = _ocr_judging(
        1.5, "x height", "A gap between two words of an OCR'd text's line this many line heights wide flags the text: a "
        "space is a quarter of a height, a lost word ('målen   och', faded print) two or more.")
    lost_line_reach: float = _ocr_judging(
        1.5, "x height", "Print OCR read as nothing within this many of a list's line heights above its first line or "
        "below its last lies in the list (heavy toner lost a box's first and last sub-headings, and the one read "
        "was published as the first, silently).")
    margin_line_gap: float = _ocr_judging(
        3.0, "x height", "An OCR'd text's word in the page's running-head margin this many of its heights from the "
        "page's nearest other line is a running head or footer OCR garbled past its repeats (a text's lines stand "
        "1.2-2 heights apart; a footer 'Sveriges I' ran into the item above it).")
    report_pair_least: int = _ocr_judging(
        2, "occurrences", "An OCR'd word one misreading away from a word that follows the same word this many times "
        "at least elsewhere in the report, more often than it does, flags its text: 'arbetar kommuner' where the "
        "report prints 'arbetar kommunen' in question after question (both are words, alike frequent).")
    report_word_least: int = _ocr_judging(
        2, "occurrences", "An OCR'd word in no word list, one letter's edit away from a word the report's pages print "
        "(read surely) this many times at least, and more often than the reading, is set to it: the report's own "
        "spelling ('Arbeidsgiverstrateci' where it prints 'Arbeidsgiverstrategi', 'Dolitikere' for 'politikere'). "
        "Once is no evidence: a misread word can be read alike twice.")
    common_neighbour_zipf: float = _ocr_judging(
        6.0, "zipf", "An OCR'd word in no word list one misreading away from a word this frequent (the language's "
        "commonest: 'som', 'att', 'även' 6.2), and from no other, is that word, however short: a fax's 'sorn'.")
    far_commoner_zipf: float = _ocr_judging(
        4.5, "zipf", "A rare listed OCR'd word (`rare_reading_zipf`) one misreading away from a word this frequent, "
        "and `far_commoner_margin` more frequent than the reading, and from no other such word, is that word: a "
        "fax's 'tör' (1.8) is 'för' (7.2), 'fter' (1.9) 'fler' (5.6), light toner's 'kiare' (1.3) 'klare'. Word "
        "lists this rare are mostly the misreads and typos of their sources; print's own rare words in the corpus "
        "and the generator's phrase pools have no such neighbour.")
    far_commoner_margin: float = _ocr_judging(
        3.0, "zipf", "See `far_commoner_zipf`: how much more frequent than a rare reading its neighbour must be.")
    rare_reading_zipf: float = _ocr_judging(
        3.0, "zipf", "An OCR'd word rarer than this may be set to a far commoner neighbour (`far_commoner_zipf`, "
        "`common_neighbour_zipf`); 'mod' (4.3) beside 'med' is a word, and stays (flagged).")
    twice_misread_letters: int = _ocr_judging(
        9, "letters", "An OCR'd word this long, no word and no one misreading from any, may be two misreadings from "
        "exactly one listed word ('ettektivitet', a fax's 'f' read as 't' twice); a shorter one has more neighbours.")
    inflection_letters: int = _ocr_judging(
        3, "letters", "A letter an OCR'd word lacks among its last this many is the print's inflection, not OCR's "
        "loss: 'lönekriterie' (one criterion) beside the report's 'lönekriterier' is print, and stays.")
    space_width: float = _ocr_judging(
        0.3, "x height", "A space between words of OCR'd print is about this many of its line heights wide.")
    wrap_slack: float = _ocr_judging(
        1.0, "x height", "A line break inside an OCR'd text flags it when the next line's first word would have fitted "
        "on the line with this many line heights to spare, short of the furthest its column's lines reach: print "
        "wraps a line only when the next word does not fit, and a faded 'og' at a line's end left room.")
    questions_asked_share: float = _ocr_judging(
        0.75, "share", "Where this share of an OCR'd report's question texts end with '?', one that does not may have "
        "lost its last words (most reports ask every question; some set a few as topics, with no '?').")

    def __post_init__(self) -> None:
        _check_units(self)
        _ordered(self, "skew_dpi", "dpi")
        _ordered(self, "skew_step", "skew_range")
        _ordered(self, "skew_min", "skew_range")
        _ordered(self, "cell_full_ink", "ink_level")
        _ordered(self, "recheck_ink_level", "ink_level")
        _ordered(self, "ink_level", "rule_level")
        _ordered(self, "ink_level", "faint_ink_level")
        _ordered(self, "blob_min_side", "blob_max_side")
        _ordered(self, "dash_min_length", "dash_max_length")
        _ordered(self, "dash_band_top", "dash_band_bottom")
        _ordered(self, "unread_min_height", "unread_max_height")
        _ordered(self, "faint_min_height", "unread_max_height")
        _ordered(self, "en_dash_width", "em_dash_width")
        _ordered(self, "bullet_min_size", "bullet_max_size")
        _ordered(self, "bullet_sure_length", "bullet_misread_length")
        _odd(self, "speck_filter_size")
        _odd(self, "faded_filter_size")
        _odd(self, "bar_thinning_size")
        _odd(self, "streak_close_size")

    def reading(self) -> str:
        """The settings OCR's reading of a page depends on, as text (the OCR cache's fingerprint):
        not those that only judge the text read (`_ocr_judging`)."""
        return ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self) if not f.metadata["judges_text"])


def _check_units(settings: LayoutSettings | OcrSettings) -> None:
    for f in fields(settings):
        _check(f.name, getattr(settings, f.name), f.metadata["unit"], settings.KIND)


def _check(name: str, value: Any, unit: str, what: str) -> None:
    kind, low, high, low_ok, high_ok, meaning = _UNITS[unit]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
        raise SettingsError(name, f"{value!r} is not {meaning}", what)
    if not math.isfinite(value):
        raise SettingsError(name, f"{value!r} is not {meaning}", what)
    too_low = value < low or (value == low and not low_ok)
    too_high = value > high or (value == high and not high_ok)
    if too_low or too_high:
        raise SettingsError(name, f"{value!r} is not {meaning} ({unit})", what)


def _ordered(settings: LayoutSettings | OcrSettings, low: str, high: str) -> None:
    if getattr(settings, low) > getattr(settings, high):
        raise SettingsError(low, f"{getattr(settings, low)!r} is more than {high} ({getattr(settings, high)!r})",
                            settings.KIND)


def _odd(settings: OcrSettings, name: str) -> None:
    """A filter's side: odd, so that it has a middle pixel (Pillow refuses an even one)."""
    if getattr(settings, name) % 2 == 0:
        raise SettingsError(name, f"{getattr(settings, name)!r} is not odd (a filter's side has a middle pixel)",
                            settings.KIND)


FIELDS: dict[str, Any] = {f.name: f for f in fields(LayoutSettings)}
PER_FRAMEWORK: frozenset[str] = frozenset(n for n, f in FIELDS.items() if f.metadata["per_framework"])
DEFAULTS = LayoutSettings()
OCR_FIELDS: dict[str, Any] = {f.name: f for f in fields(OcrSettings)}
OCR_DEFAULTS = OcrSettings()


def describe(settings: type[LayoutSettings | OcrSettings] = LayoutSettings) -> list[tuple[str, object, str, bool, str]]:
    """(name, default, unit, per framework, why) of every setting of `settings` (the readers' layout, or OCR's):
    the documentation as data."""
    return [(f.name, f.default if f.default is not MISSING else None, f.metadata["unit"],
             f.metadata["per_framework"], f.metadata["doc"]) for f in fields(settings)]
