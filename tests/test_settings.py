"""The readers' layout settings, OCR's settings and the parsing report.

- `LayoutSettings` and `OcrSettings` refuse insane values, naming the field;
- a framework file's `[layout]` table reaches the readers (and a bad one is refused, naming
  file and key);
- the parsing report says how a corpus report was read, in documented names;
- no bare layout number is left in the readers and the OCR path: an AST scan of
  `extractors/*.py` (this is how the README's claim is checked).
"""

from __future__ import annotations

import ast
import json
import math
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from extractors import extract_report
from extractors.frameworks import FRAMEWORKS_ENV, DefinitionError, framework_by_id, load_frameworks
from extractors.model import IssueLog
from extractors.parsing import FALLBACKS, STRATEGIES
from extractors.settings import (
    DEFAULTS,
    FIELDS,
    OCR_DEFAULTS,
    OCR_FIELDS,
    PER_FRAMEWORK,
    LayoutSettings,
    OcrSettings,
    SettingsError,
    describe,
)
from tests.framework_files import SHIPPED
from tests.golden import contract_projection

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
CONTRACT = REPO.parent / "shared" / "contract" / "extract.schema.json"


# ---------------------------------------------------------------- the settings object

@pytest.mark.parametrize(("name", "value"), [
    ("box_score_gap", -1.0),  # a distance below 0
    ("line_band_share", 1.5),  # a share above 1
    ("running_head_repeat_share", 0.0),  # a share of 0
    ("line_tall_ratio", 0.9),  # a "taller than" ratio of 1 or less
    ("box_score_height_ratio", 1.0),
    ("list_paragraph_gap", 0.0),  # a multiple of the pitch of 0
    ("findings_header_max_words", 2.5),  # a count that is no whole number
    ("opening_pages", 0),  # a count below 1
    ("ocr_junk_confidence", 150.0),  # a confidence above 100
    ("item_gap_points", float("nan")),
    ("cell_row_margin", math.inf),
    ("box_indent", True),  # a flag is no number
    ("heading_wrap_pitch", "1.8"),  # nor is a text
])
def test_settings_refuse_an_insane_value_naming_the_field(name: str, value) -> None:
    with pytest.raises(SettingsError, match=rf"\b{name}\b") as caught:
        LayoutSettings(**{name: value})
    assert caught.value.field_name == name


def test_ordered_pairs_must_be_ordered() -> None:
    with pytest.raises(SettingsError, match=r"bullet_shape_min.*bullet_shape_max"):
        LayoutSettings(bullet_shape_min=9.0)
    with pytest.raises(SettingsError, match=r"bullet_mark_half_min.*bullet_mark_half_max"):
        DEFAULTS.with_overrides({"bullet_mark_half_max": 3.0})


def test_an_unknown_setting_is_refused_by_name() -> None:
    with pytest.raises(SettingsError, match="box_score_gapp"):
        DEFAULTS.with_overrides({"box_score_gapp": 30.0})


def test_every_setting_has_a_unit_a_reason_and_a_sane_default() -> None:
    rows = describe()
    assert len(rows) == len(FIELDS) >= 50
    for name, default, unit, _, why in rows:
        assert unit and len(why) > 20, name
        assert getattr(DEFAULTS, name) == default
    assert LayoutSettings() == DEFAULTS and hash(LayoutSettings()) == hash(DEFAULTS)  # frozen, hashable
    with pytest.raises(AttributeError):
        DEFAULTS.box_score_gap = 1.0  # type: ignore[misc]


# ---------------------------------------------------------------- OCR's settings

@pytest.mark.parametrize(("name", "value"), [
    ("dpi", 0),  # a resolution below 1
    ("dpi", 300.0),  # a resolution that is no whole number
    ("ink_level", 256),  # a gray level above white
    ("rule_level", -1),  # and below black
    ("bar_stroke", 0.0),  # a length in inches of 0
    ("cell_pad", -1),  # pixels below 0
    ("skew_range", 90.0),  # more than a sheet can lie askew
    ("timeout", 0),  # no time at all
    ("bar_reduction", 0),  # an image reduced by 0
    ("min_confidence", 101.0),  # a confidence above 100
    ("shading_fraction", 1.2),  # a share above 1
    ("bullet_indent", 0.0),  # a multiple of a mark's size of 0
    ("large_type_factor", 1.0),  # a "taller than" ratio of 1
    ("unread_sure", float("nan")),
    ("speck_filter_size", 4),  # a filter with no middle pixel
])
def test_ocr_settings_refuse_an_insane_value_naming_the_field(name: str, value) -> None:
    with pytest.raises(SettingsError, match=rf"^OCR setting {name}\b") as caught:
        OcrSettings(**{name: value})
    assert caught.value.field_name == name


@pytest.mark.parametrize(("changed", "low", "high"), [
    ({"skew_dpi": 400}, "skew_dpi", "dpi"),
    ({"skew_step": 3.0}, "skew_step", "skew_range"),
    ({"skew_min": 3.0}, "skew_min", "skew_range"),
    ({"cell_full_ink": 130}, "cell_full_ink", "ink_level"),
    ({"rule_level": 100}, "ink_level", "rule_level"),
    ({"blob_max_side": 0.02}, "blob_min_side", "blob_max_side"),
    ({"dash_max_length": 0.01}, "dash_min_length", "dash_max_length"),
    ({"dash_band_bottom": 0.1}, "dash_band_top", "dash_band_bottom"),
    ({"unread_max_height": 0.05}, "unread_min_height", "unread_max_height"),
    ({"em_dash_width": 0.2}, "en_dash_width", "em_dash_width"),
    ({"bullet_max_size": 0.1}, "bullet_min_size", "bullet_max_size"),
    ({"bullet_sure_length": 4}, "bullet_sure_length", "bullet_misread_length"),
])
def test_ocr_ranges_must_be_ordered(changed: dict, low: str, high: str) -> None:
    with pytest.raises(SettingsError, match=rf"^OCR setting {low}: .* is more than {high}\b") as caught:
        replace(OCR_DEFAULTS, **changed)
    assert caught.value.field_name == low


def test_every_ocr_setting_has_a_unit_a_reason_and_a_sane_default() -> None:
    rows = describe(OcrSettings)
    assert len(rows) == len(OCR_FIELDS) >= 70
    for name, default, unit, per_framework, why in rows:
        assert unit and len(why) > 20, name
        assert not per_framework, name  # OCR reads the words that tell the framework
        assert getattr(OCR_DEFAULTS, name) == default
    assert not set(OCR_FIELDS) & set(FIELDS)  # one name, one setting
    assert OcrSettings() == OCR_DEFAULTS and hash(OcrSettings()) == hash(OCR_DEFAULTS)  # frozen, hashable
    with pytest.raises(AttributeError):
        OCR_DEFAULTS.dpi = 150  # type: ignore[misc]
    assert describe() == describe(LayoutSettings)  # the readers' settings, as before


def test_shipped_frameworks_use_the_defaults() -> None:
    assert all(fw.layout == DEFAULTS for fw in load_frameworks())


# ---------------------------------------------------------------- per framework: [layout]

def _frameworks_with(tmp_path: Path, monkeypatch, layout: str, framework: str = "kommunkompassen-2010") -> Path:
    folder = tmp_path / "frameworks"
    shutil.copytree(SHIPPED / "frameworks", folder)
    path = folder / f"{framework}.toml"
    path.write_text(path.read_text("utf-8") + f"\n[layout]\n{layout}\n", "utf-8")
    monkeypatch.setenv(FRAMEWORKS_ENV, str(folder))
    return path


def test_a_layout_table_overrides_the_framework_s_settings(tmp_path, monkeypatch) -> None:
    _frameworks_with(tmp_path, monkeypatch, "box_score_gap = 45\nsummary_lines_per_area = 4.5")
    changed = framework_by_id("kommunkompassen-2010").layout
    assert (changed.box_score_gap, changed.summary_lines_per_area) == (45, 4.5)
    assert replace(changed, box_score_gap=DEFAULTS.box_score_gap,
                   summary_lines_per_area=DEFAULTS.summary_lines_per_area) == DEFAULTS
    assert framework_by_id("kommunkompassen-2020").layout == DEFAULTS  # the others keep the defaults


@pytest.mark.parametrize(("layout", "key", "problem"), [
    ("box_score_gapp = 30", "layout.box_score_gapp", "did you mean box_score_gap"),
    ("box_score_gap = -3", "layout.box_score_gap", "0 or more"),
    ("findings_header_max_words = 4.5", "layout.findings_header_max_words", "whole number"),
    ("heading_min_similarity = true", "layout.heading_min_similarity", "fraction"),
    ("line_band_share = 0.4", "layout.line_band_share", "before the report's framework is known"),
    ("min_share_recognised = 0.5", "layout.min_share_recognised", "cannot be set per framework"),
])
def test_a_bad_layout_table_is_refused_naming_file_and_key(tmp_path, monkeypatch, layout, key, problem) -> None:
    path = _frameworks_with(tmp_path, monkeypatch, layout)
    with pytest.raises(DefinitionError) as caught:
        load_frameworks()
    assert caught.value.file == str(path) and caught.value.key == key
    assert problem in caught.value.problem
    assert f"{path}: {key}: " in str(caught.value)


def test_page_level_settings_are_exactly_those_read_before_the_framework() -> None:
    page_level = set(FIELDS) - PER_FRAMEWORK
    assert {n for n in page_level if not n.startswith(("line_", "running_head_", "bullet_", "glyph_"))} == {
        "page_number_max_words", "min_share_recognised"}


def _generated(tmp_path: Path, framework: str) -> Path:
    from reportgen import generate, render_pdf

    return render_pdf(generate(7, framework=framework), tmp_path / "report.pdf")


def test_a_framework_s_layout_reaches_its_readers(tmp_path, monkeypatch) -> None:
    pdf = _generated(tmp_path, "kommunkompassen-2010")
    plain = extract_report(pdf)
    assert not any(i.code == "summary_table_missing" for i in plain.issues)
    assert [p.strategy for p in plain.parsing if p.reader == "summary"] == ["area_rows_in_order"]

    # Half a line per area: the summary table's eight rows cannot fit in four lines.
    _frameworks_with(tmp_path, monkeypatch, "summary_lines_per_area = 0.5")
    tight = extract_report(pdf)
    assert tight.record["report"]["framework"] == "kommunkompassen-2010"
    assert any(i.code == "summary_table_missing" for i in tight.issues)
    assert [p.strategy for p in tight.parsing if p.reader == "summary"] == ["none"]


def test_readers_take_the_settings_they_are_given() -> None:
    from extractors.areas import find_area_headings
    from extractors.layout import Line
    from extractors.model import Word
    from extractors.summary import find_summary_table

    fw = framework_by_id("kommunkompassen-2010")
    heading = Line(3, tuple(Word(t, x, 100, x + 8 * len(t), 114, 3, 12.0, 1) for t, x in
                            [("Område", 72), ("3", 130), ("Politisk", 145), ("styrning", 200), ("och", 262),
                             ("kontroll", 290)]))
    assert find_area_headings([heading], fw) == {3: (0, 1, "number")}
    assert find_area_headings([heading], fw, replace(DEFAULTS, heading_min_similarity=1.0)) == {3: (0, 1, "number")}
    misspelt = Line(3, (*heading.words[:-1], heading.words[-1]._replace(text="kontrol")))
    assert find_area_headings([misspelt], fw) == {3: (0, 1, "number")}
    assert find_area_headings([misspelt], fw, replace(DEFAULTS, heading_min_similarity=1.0)) == {}
    assert find_area_headings([misspelt], replace(fw, layout=replace(DEFAULTS, heading_min_similarity=1.0))) == {}
    log = IssueLog()
    assert find_summary_table([heading], fw, log) is None
    assert [(p.reader, p.strategy) for p in log.parsing] == [("summary", "none")]


# ---------------------------------------------------------------- the parsing report

def _names(parsing) -> list[tuple[str, str]]:
    return [(p["reader"], p["strategy"]) for p in parsing]


def _documented(parsing) -> None:
    for p in parsing:
        assert p["strategy"] in STRATEGIES[p["reader"]], p
        assert set(p["fallbacks"]) <= set(FALLBACKS), p


@pytest.mark.usefixtures("needs_corpus")
def test_the_parsing_report_says_how_a_corpus_report_was_read() -> None:
    result = extract_report(CORPUS / "pdf" / "heby-2014.pdf")
    record = result.to_dict()
    parsing = record["parsing"]
    _documented(parsing)
    names = _names(parsing)
    assert names[:4] == [("document", "text_layer"), ("cover", "name_line"), ("framework", "area_headings"),
                         ("summary", "area_rows_in_order")]
    summary = parsing[3]
    assert (summary["page"], summary["fallbacks"]) == (4, ["total_row_labelled"])
    by_area = {(p["reader"], p["area"]): p for p in parsing if p["area"] is not None}
    findings = {a: by_area["findings", a]["strategy"] for a in range(1, 9)}
    assert findings == {**{a: "table" for a in range(1, 9)}, 6: "headed_lists"}
    assert all(by_area["box", a]["strategy"] == "large_type" for a in range(1, 9))
    assert all(by_area["score_table", a]["strategy"] == "own_header" for a in range(1, 9))
    assert by_area["score_table", 4]["pages"] == [27, 28]  # broken across a page
    assert ("score_section", "section_heading") in names
    assert ("evaluation_period", "one_page") in names and ("evaluation_number", "one_page") in names
    # Beside the issues, and outside the contract: the golden comparison never sees it.
    assert list(record)[-2:] == ["issues", "parsing"]
    assert "parsing" not in json.loads(CONTRACT.read_text("utf-8"))["properties"]
    assert "parsing" not in contract_projection(record, json.loads(CONTRACT.read_text("utf-8")))


@pytest.mark.usefixtures("needs_corpus")
@pytest.mark.parametrize("name", ["frogn-2013", "grimstad-2012", "lulea-2011", "skovde-2022", "vasteras-2016"])
def test_every_name_in_a_parsing_report_is_documented(name: str) -> None:
    parsing = extract_report(CORPUS / "pdf" / f"{name}.pdf").to_dict()["parsing"]
    _documented(parsing)
    readers = {p["reader"] for p in parsing}
    assert {"document", "cover", "framework", "summary", "area_heading", "box", "findings", "score_section",
            "score_table"} <= readers


def test_the_readme_documents_every_strategy_and_fallback() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    for reader, strategies in STRATEGIES.items():
        assert f"`{reader}`" in readme, reader
        for strategy in strategies:
            assert f"`{strategy}`" in readme, (reader, strategy)
    for fallback in FALLBACKS:
        assert f"`{fallback}`" in readme, fallback


# ---------------------------------------------------------------- no bare layout numbers

ALLOWED_VALUES = {0, 1, 2}  # none, one, a pair or a half (midpoints, medians)
# Modules that read no layout at all.
NOT_READERS = {
    "settings.py": "the settings object itself",
    "frameworks.py": "the definitions' loader (its file-format bounds: years, months 1-12)",
    "parsing.py": "the parsing report's vocabulary",
    "debug.py": "the debug picture's colours, line widths and type sizes; it reads nothing",
    "debug_draw.py": "the debug picture's colours, line widths, type sizes and margins; it reads nothing",
    "pdf_file.py": "byte-level checks of the file (header and trailer windows, tar's magic offset, page limit)",
    "pdf_bounds.py": "resource limits on a page's content",
}
# (module, module-level name or function): why its number is no layout tolerance.
ALLOWED = {
    ("cells.py", "MAX_ASSIGNMENTS"): "a search budget (combinations of readings tried)",
    ("cells.py", "value"): "100: a percent's upper bound, a number of the scale",
    ("cells.py", "_fits"): "100: the largest question max a cell may plausibly read (OCR; left to its owner)",
    ("cells.py", "_resolve_area"): "a float comparison's epsilon",
    ("questions.py", "_assign"): "100: a percent's upper bound",
    ("questions.py", "percent_prefixes"): "100: a percent's upper bound",
    ("claims.py", "MAX_QUOTED"): "a message's length",
    ("claims.py", "MAX_NAMED"): "a message's length",
    ("selfcheck.py", "ocr_issues"): "a message's length",
    ("garbled.py", "MIN_WORDS"): "character statistics of a text layer, not positions",
    ("garbled.py", "MAX_ODD_SHARE"): "character statistics of a text layer, not positions",
    ("garbled.py", "MIN_COMMON_SHARE"): "character statistics of a text layer, not positions",
    ("garbled.py", "MIN_SHORT_WORDS"): "word statistics of a text layer, not positions",
    ("garbled.py", "MIN_KNOWN_SHARE_BESIDE_GARBLED"): "word statistics of a text layer, not positions",
    ("matching.py", "area_number_pattern"): "9: the last one-digit area number, in a regular expression",
    ("pdf_input.py", "MIN_TEXT_WORDS"): "a page's word count that tells an image-only page",
    ("pdf_input.py", "MAX_PAGE_WORDS"): "a resource limit",
    ("pdf_input.py", "MAX_DOCUMENT_WORDS"): "a resource limit",
    ("pdf_input.py", "RUNS_PER_BLOCK"): "MuPDF's line numbering within a block (an encoding)",
    ("pdf_input.py", "SMALL_CONTENT"): "a resource limit",
    ("pdf_input.py", "sha256_of"): "a read buffer's size",
    ("scanned_pages.py", "MAX_RENDER_PIXELS"): "a resource limit",
    ("scanned_pages.py", "MAX_IMAGE_PIXELS"): "a resource limit",
    ("scanned_pages.py", "PREPARED_PAGES_BUDGET"): "a resource limit",
    ("scan_image.py", "POINTS_PER_INCH"): "72 points per inch (a unit)",
    ("scan_image.py", "WHITE"): "255, an 8-bit gray image's white (an encoding)",
    ("ocr.py", "MS_PER_SECOND"): "1000 milliseconds per second: Tesseract's timeout is in ms (a unit)",
    ("ocr.py", "FULL_CONFIDENCE"): "100, the top of Tesseract's confidence scale (a unit)",
    ("ocr.py", "WHOLE"): "100: a percent's upper bound, a number of the scale",
    ("shapes.py", "TextLimits"): "the longest plausible texts, in characters (text_implausible)",
    ("text.py", "_zipf"): "9: the Zipf scale's definition (log10 of a frequency per billion words)",
}


def _scope(node: ast.AST, parents: dict) -> str | None:
    """The module-level name or the function or class a literal belongs to; None for a literal
    that is an index, a slice bound, part of a message (f-string) or a decorator's (cache size)."""
    parent = parents[node]
    if isinstance(parent, ast.Slice) or (isinstance(parent, ast.Subscript) and parent.slice is node):
        return None
    while node in parents:
        child, node = node, parents[node]
        if isinstance(node, ast.JoinedStr):
            return None
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            return None if child in node.decorator_list else node.name
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(parents.get(node), ast.Module):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            return target.id if isinstance(target, ast.Name) else "<module>"
    return "<module>"


def bare_numbers() -> tuple[list[str], set[tuple[str, str]]]:
    """(each bare number in the readers not allowed, the allow-list's entries that matched)."""
    found, used = [], set()
    for path in sorted((REPO / "extractors").glob("*.py")):
        if path.name in NOT_READERS:
            continue
        tree = ast.parse(path.read_text("utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Constant) or type(node.value) not in (int, float):
                continue
            if node.value in ALLOWED_VALUES:
                continue
            scope = _scope(node, parents)
            if scope is None:
                continue
            if (path.name, scope) in ALLOWED:
                used.add((path.name, scope))
                continue
            found.append(f"extractors/{path.name}:{node.lineno} ({scope}): {node.value!r}")
    return found, used


def test_no_bare_layout_number_is_left_in_the_readers() -> None:
    found, used = bare_numbers()
    assert not found, ("numbers in the readers that are no setting (extractors/settings.py) and not on the "
                       "allow-list of this test:\n" + "\n".join(found))
    assert used == set(ALLOWED), f"allow-list entries that match nothing any more: {set(ALLOWED) - used}"
