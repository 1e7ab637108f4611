"""The report generator's own invariants: its truth must be right before it
can judge an extractor (tests/test_properties.py)."""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import random
import re
import shutil
import subprocess
from collections import Counter
from fractions import Fraction
from functools import cache
from pathlib import Path

import jsonschema
import numpy
import pymupdf
import pyphen
import pytest
from PIL import Image

from reportgen import FRAMEWORKS, SUPPORTED, generate, render_pdf
from reportgen.__main__ import main as cli_main
from reportgen.compare import comparable, contract_projection, contract_schema, diff
from reportgen.glyphsoup import CLASSES, PUA, broken_pages, soup_codes
from reportgen.layout import PICTURE_KINDS, random_layout
from reportgen.scan import (
    FAX_DPI,
    IMAGE_KINDS,
    KINDS,
    SCAN_KINDS,
    SCANNER_SETTINGS,
    ImageKind,
    TextLayerKind,
    scan_pdf,
    scan_plan,
)
from reportgen.textcheck import column_lines, column_streams, missing_numbers, missing_texts, segments
from reportgen.truth import round_half_up
from reportgen.vocab import HYPHENATION, MONTHS, ORDINALS, WORDS
from tests.requirements import require

SEEDS = range(60)


def _reports(framework: str | None = None, seeds=SEEDS):
    return [generate(s, framework=framework) for s in seeds]


@pytest.mark.parametrize("framework", SUPPORTED)
def test_question_maxima_add_up_to_100_per_area(framework: str) -> None:
    for r in _reports(framework):
        assert len(r.areas) == 8
        for a in r.areas:
            assert 4 <= len(a.questions) <= 8
            assert all(5 <= q.max <= 30 and q.max % 5 == 0 for q in a.questions)
            assert a.max == 100
            assert [q.id for q in a.questions] == [f"{a.number}.{i}" for i in range(1, len(a.questions) + 1)]
            assert 3 <= len(a.subheadings) <= 6
            assert 2 <= len(a.strengths) <= 12 and 2 <= len(a.improvements) <= 12
            assert len(set(a.strengths)) == len(a.strengths)
        assert r.total_max == 800
        assert [a.name for a in r.areas] == list(FRAMEWORKS[framework].areas)


def test_rounding_follows_the_reports_rules() -> None:
    """Printed question score and percent round the unrounded score; the area
    score rounds the unrounded sum, so it may differ from the printed sum."""
    differing = 0
    for r in _reports():
        for a in r.areas:
            unrounded = sum((q.unrounded for q in a.questions), Fraction(0))
            assert abs(a.score - unrounded) <= Fraction(1, 2)
            for q in a.questions:
                assert 0 <= q.unrounded <= q.max
                assert abs(q.score - q.unrounded) <= Fraction(1, 2)
                assert abs(q.percent - 100 * q.unrounded / q.max) <= Fraction(1, 2)
            differing += sum(q.score for q in a.questions) != a.score
        assert r.total_score == sum(a.score for a in r.areas)
    assert differing > 0, "printed question sums should sometimes differ from the area score"


def test_round_half_up_is_not_bankers_rounding() -> None:
    assert round_half_up(Fraction(5, 2)) == 3
    assert round_half_up(Fraction(9, 2)) == 5
    assert round_half_up(Fraction(449, 100)) == 4


def test_previous_results_have_a_row_per_area_and_a_total_per_earlier_year() -> None:
    seen = 0
    for r in _reports():
        rows = r.previous_results()
        assert len(rows) == 9 * len(r.earlier_years)
        for year in r.earlier_years:
            per_area = [x for x in rows if x["year"] == year and x["area"] is not None]
            total = [x for x in rows if x["year"] == year and x["area"] is None]
            assert [x["area"] for x in per_area] == list(range(1, 9))
            assert total[0]["score"] == sum(x["score"] for x in per_area)
            assert year < r.year
        if r.evaluation_number is not None:
            assert r.evaluation_number == len(r.earlier_years) + 1
        seen += bool(rows)
    assert seen > 5


def test_truth_validates_against_the_contract(tmp_path) -> None:
    schema = contract_schema()
    for seed in range(12):
        r = generate(seed, framework=SUPPORTED[seed % 3])
        expected = r.expected(render_pdf(r, tmp_path / f"{seed}.pdf"))
        jsonschema.validate(expected, schema)
        assert contract_projection(expected) == expected
        assert expected["source"]["pages"] >= 15


def test_same_seed_gives_the_same_report_and_the_same_bytes(tmp_path) -> None:
    a, b = generate(42), generate(42)
    assert a == b
    pa, pb = render_pdf(a, tmp_path / "a.pdf"), render_pdf(b, tmp_path / "b.pdf")
    assert hashlib.sha256(pa.read_bytes()).digest() == hashlib.sha256(pb.read_bytes()).digest()
    pc = render_pdf(a, tmp_path / "c.pdf", layout_seed=43)
    assert pc.read_bytes() != pa.read_bytes()
    assert generate(43) != a


@pytest.mark.parametrize("seed", range(4))
def test_pdf_text_layer_holds_the_truth_in_every_class(seed: int, tmp_path) -> None:
    """The self-check also holds with every class forced at once."""
    r = generate(seed, framework=SUPPORTED[seed % 3], hyphen_compounds=True, initials=True)
    pdf = render_pdf(r, tmp_path / "r.pdf", layout_seed=seed, layout_overrides={
        "hyphenate": True, "compound_break": True, "sec3_same_page": True, "sec4_same_page": True,
        "total_row_label": seed, "picture_pages": ("photo", "spider", "back_cover")})
    assert missing_numbers(r, pdf) == []
    assert missing_texts(r, pdf) == []


@pytest.mark.parametrize("seed", range(24))
def test_pdf_text_layer_holds_the_truth(seed: int, tmp_path) -> None:
    """Every number as a word; every sub-heading, question and finding in its column."""
    r = generate(seed, framework=SUPPORTED[seed % 3])
    pdf = render_pdf(r, tmp_path / "r.pdf", layout_seed=seed * 31)
    with pymupdf.open(pdf) as doc:
        assert doc.page_count >= 15
        cover = doc[0].get_text()
    assert r.municipality.name.upper() in cover and str(r.year) in cover
    assert missing_numbers(r, pdf) == []
    assert missing_texts(r, pdf) == []


def test_evaluation_number_is_in_words_only_when_stated(tmp_path) -> None:
    ordinals = ("första", "andra", "tredje", "første", "andre")
    for seed in range(20):
        r = generate(seed)
        text = " ".join(column_streams(render_pdf(r, tmp_path / "r.pdf"), r).values())
        stated = any(f"kommunens {o} " in text for o in ordinals) or "första gången" in text \
            or "første gang" in text
        assert stated == (r.evaluation_number is not None), seed


def test_norwegian_codes_follow_the_reforms() -> None:
    r2013 = generate(1, framework="kommunekompasset-no", municipality="Frogn kommune", year=2013)
    r2021 = generate(1, framework="kommunekompasset-no", municipality="Frogn kommune", year=2021)
    assert r2013.municipality.code_in(2013) == "0215" and r2021.municipality.code_in(2021) == "3022"


def test_overrides_are_applied_and_checked() -> None:
    r = generate(3, framework="kommunkompassen-2010", year=2016, n_results=3, percent_column=False,
                 period_kind="none", evaluation_number_stated=True)
    assert (r.year, r.percent_column, r.evaluation_period) == (2016, False, None)
    assert len(r.earlier_years) == 2 and r.evaluation_number == 3
    with pytest.raises(TypeError):
        generate(3, yeer=2016)
    with pytest.raises(ValueError):
        generate(3, framework="kommunkompassen-2010", year=2008)


@pytest.mark.parametrize("framework", ["legacy-pre2010", "unknown"])
def test_unsupported_reports_render_but_have_no_expected_record(framework: str, tmp_path) -> None:
    r = generate(5, framework=framework)
    assert not r.supported
    pdf = render_pdf(r, tmp_path / "old.pdf")
    assert missing_numbers(r, pdf) == []
    known = {n for f in SUPPORTED for n in FRAMEWORKS[f].areas}
    if framework == "legacy-pre2010":
        assert r.year < 2010 and r.total_max == 1000
    else:
        assert not known & {a.name for a in r.areas}
    with pytest.raises(ValueError):
        r.expected(pdf)


def test_cli_writes_pdfs_with_their_truth(tmp_path) -> None:
    assert cli_main([str(tmp_path), "--count", "2", "--seed", "7"]) == 0
    truth = json.loads((tmp_path / "gen-000007.json").read_text("utf-8"))
    data = (tmp_path / "gen-000007.pdf").read_bytes()
    assert truth["source"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert (tmp_path / "gen-000008.pdf").exists()


def test_comparison_keeps_contract_keys_and_names_differing_paths() -> None:
    record = {"report": {"year": 2014, "extra": 1}, "issues": [], "total": {"score": 1, "max": 800},
              "previous_results": [{"year": 2012, "area": None, "score": 9}, {"year": 2012, "area": 1, "score": 9}]}
    p = comparable(record)
    assert "issues" not in p and "extra" not in p["report"]
    assert [x["area"] for x in p["previous_results"]] == [1, None]
    assert diff({"a": [1, 2]}, {"a": [1, 3]}) == ["$.a[1]: expected 2, got 3"]


# --- typesetting ------------------------------------------------------------------------------------

def _pool_texts() -> list[str]:
    from reportgen.pools import COMPOUNDS, POOLS

    texts = [t for fw in POOLS.values() for area in fw.values() for kind in area.values() for t in kind]
    return texts + [t for lang in COMPOUNDS.values() for kind in lang.values() for t in kind]


def _dictionary_point(word: str, offset: int, lang: str) -> bool:
    """Is `offset` a hyphenation point (pyphen's) of the run of letters of `word` it falls in?"""
    run = next((m for m in re.finditer(r"[^\W\d_]+", word) if m.start() < offset < m.end()), None)
    return run is not None and offset - run.start() in pyphen.Pyphen(lang=lang).positions(run.group())


def test_wrapping_breaks_only_where_a_word_processor_may_and_reads_back() -> None:
    """Lines break at spaces, after printed hyphens and, with hyphenation on, at
    the dictionary's points; no line starts with a free-standing dash; joined by
    how they ended, the lines give the text back."""
    from reportgen.typeset import rejoin, wrap_lines

    texts = [*_pool_texts(), "Etik – hur hantera korruption?", "Kommunen som arbetsgivare - personalpolitik",
             "brukar- och/eller medborgarfokus", "Medborgarundersökningar"]
    ends: Counter[str] = Counter()
    for text in texts:
        words = text.split()
        for width in (45, 60, 90, 140, 220):
            for lang in (None, "sv"):
                lines = wrap_lines(text, "Helvetica", 10, width, lang)
                assert rejoin(lines) == " ".join(words), lines
                offset = 0  # characters of a broken word set on earlier lines
                for prev, line in zip(lines, lines[1:]):
                    assert line.text.split()[0] not in {"-", "–"}, lines
                    ends[prev.end] += 1
                    if prev.end not in ("soft", "hyphen"):
                        assert not line.continued
                        continue
                    piece = prev.text.split()[-1][:-1 if prev.end == "soft" else None]
                    offset = offset + len(piece) if prev.continued and " " not in prev.text else len(piece)
                    word = words[line.first_word]
                    assert line.continued and word[offset:].startswith(line.text.split()[0].rstrip("-")), lines
                    if prev.end == "hyphen":
                        assert word[offset - 1] == "-" and word[offset - 2].isalnum() and word[offset].isalnum()
                    else:
                        assert lang is not None and _dictionary_point(word, offset, lang), (word, offset)
    assert ends["soft"] > 100 and ends["hyphen"] > 10 and ends["space"] > 1000


def _core(word: str) -> str:
    return word.strip(".,;:!?()\"'”“’")


def _line_end_pairs(pdf) -> list[tuple[str, str]]:
    """(last word of a line ending in a hyphen after a letter or digit, first word of the next line in its column)."""
    pairs = []
    for lines in column_lines(pdf).values():
        for a, b in zip(lines, lines[1:]):
            head = a.split()[-1]
            if head.endswith("-") and head[-2:-1].isalnum():
                pairs.append((head, b.split()[0]))
    return pairs


def _finding_words(r) -> set[str]:
    return {_core(w) for a in r.areas for t in a.strengths + a.improvements for w in t.split()}


def _truth_words(r) -> set[str]:
    texts = [t for a in r.areas for t in (*a.subheadings, *(q.text for q in a.questions), *a.strengths,
                                         *a.improvements)]
    return {_core(w) for t in texts for w in t.split()}


@pytest.mark.parametrize("seed", range(3))
def test_soft_breaks_fall_on_dictionary_points_and_the_truth_has_whole_words(seed: int, tmp_path) -> None:
    r = generate(seed, framework=SUPPORTED[seed % 3])
    words = _truth_words(r)
    for on in (True, False):
        pdf = render_pdf(r, tmp_path / f"{on}.pdf", layout_seed=seed, layout_overrides={"hyphenate": on})
        soft = [(head[:-1], head[:-1] + tail) for head, tail in _line_end_pairs(pdf)
                if _core(head[:-1] + tail) in words and _core(head + tail) not in words]
        if not on:
            assert soft == [], soft
            continue
        assert len(soft) >= 3, soft
        for first, whole in soft:
            assert _dictionary_point(whole, len(first), HYPHENATION[r.language]), (first, whole)


@pytest.mark.parametrize("seed", range(4))
def test_a_compound_broken_after_its_hyphen_is_whole_in_the_truth(seed: int, tmp_path) -> None:
    """"e-" / "förslag" at a line end: the truth has "e-förslag"."""
    r = generate(seed, framework=SUPPORTED[seed % 3], hyphen_compounds=True)
    pdf = render_pdf(r, tmp_path / "r.pdf", layout_seed=seed, layout_overrides={"compound_break": True})
    words = _finding_words(r)
    broken = [_core(head + tail) for head, tail in _line_end_pairs(pdf) if _core(head + tail) in words]
    assert broken, _line_end_pairs(pdf)
    assert all("-" in w.strip("-") for w in broken)
    assert missing_texts(r, pdf) == []


# --- classes of reports, forced and at their frequencies ---------------------------------------------

def _lines(page) -> list[list[str]]:
    """Words grouped by baseline, left to right (a table row's cells on one line)."""
    groups: list[list[tuple]] = []
    for w in sorted(page.get_text("words"), key=lambda w: (round(w[3]), w[0])):
        if groups and abs(groups[-1][-1][3] - w[3]) < 1.0:
            groups[-1].append(w)
        else:
            groups.append([w])
    return [[w[4] for w in sorted(g, key=lambda w: w[0])] for g in groups]


def _heading_page(doc, text: str, numbers: tuple[str, ...] = ()) -> int:
    """The last page holding a line that reads `text` (after an optional section number)."""
    wanted = {text} | {f"{n} {text}" for n in numbers}
    pages = [i + 1 for i, page in enumerate(doc) if any(" ".join(line) in wanted for line in _lines(page))]
    assert pages, text
    return pages[-1]


def _holds_text_of(page, texts: tuple[str, ...]) -> bool:
    """Does a line segment of `page` (12+ characters) belong to one of `texts`?"""
    return any(len(s) >= 12 and any(s.rstrip("-") in t for t in texts)
               for s in (" ".join(ws) for _, ws in segments(page)))


@pytest.mark.parametrize("seed", range(5))
def test_section_4_follows_area_8_on_its_page_when_asked(seed: int, tmp_path) -> None:
    r = generate(seed, framework=SUPPORTED[seed % 3])
    area8 = r.areas[7].strengths + r.areas[7].improvements
    for same in (True, False):
        pdf = render_pdf(r, tmp_path / f"{same}.pdf", layout_seed=seed, layout_overrides={"sec4_same_page": same})
        with pymupdf.open(pdf) as doc:
            page = _heading_page(doc, WORDS[r.language]["sec4"], ("4", "4."))
            here = _holds_text_of(doc[page - 1], area8)
            if not same:
                assert not here, seed
            elif not here:  # kept with the lines after it, the heading moved on: area 8 filled its page
                before = doc[page - 2]
                assert _holds_text_of(before, area8), seed
                limit = before.rect.height - random_layout(seed).margin_bottom - 10
                assert max(w[3] for w in before.get_text("words") if w[3] < limit + 2) > limit - 120, seed


@pytest.mark.parametrize("seed", range(3))
def test_section_3_follows_section_2_on_its_page_when_asked(seed: int, tmp_path) -> None:
    r = generate(seed, framework=SUPPORTED[seed % 3])
    title = {"kommunkompassen-2020": "Detaljerad genomgång i förhållande till Kommunkompassens åtta områden"}.get(
        r.framework_id, WORDS[r.language]["sec3"])
    for same in (True, False):
        pdf = render_pdf(r, tmp_path / f"{same}.pdf", layout_seed=seed, layout_overrides={"sec3_same_page": same})
        with pymupdf.open(pdf) as doc:
            start = r.expected_pages(pdf)["areas"][0]["page"]
            sec3 = next(i + 1 for i in range(start - 1, 0, -1)
                        if any(" ".join(ln).startswith(f"3 {title.split()[0]}") for ln in _lines(doc[i])))
            inspiration = _heading_page(doc, WORDS[r.language]["inspiration"])
            assert (sec3 == inspiration) == same, (seed, sec3, inspiration)


def _pct(p: int) -> tuple[str, ...]:
    return (f"{p}%",), (str(p), "%")


def _row_lines(doc, tail: list[str], pct: int | None, pages=None) -> list[list[str]]:
    """Lines (on `pages`, default all) ending in `tail` and then the percent, however it is spaced."""
    tails = [tail + list(p) for p in _pct(pct)] if pct is not None else [tail]
    out = []
    for i, page in enumerate(doc):
        if pages is None or i + 1 in pages:
            out += [ln for ln in _lines(page) for t in tails if ln[-len(t):] == t]
    return out


@pytest.mark.parametrize("framework,label", [("kommunkompassen-2010", "Summa poäng"), ("kommunekompasset-no", 2),
                                             ("kommunkompassen-2020", None)])
def test_total_rows_print_the_label_asked_for(framework: str, label, tmp_path) -> None:
    r = generate(7, framework=framework)
    pdf = render_pdf(r, tmp_path / "r.pdf", layout_seed=7, layout_overrides={"total_row_label": label})
    word = WORDS[r.language]["total_row"][label] if isinstance(label, int) else label
    with pymupdf.open(pdf) as doc:
        for a in r.areas:
            tail = [str(s) for s in a.previous_scores] + [str(a.score), str(a.max)]
            rows = _row_lines(doc, tail, a.percent if r.percent_column else None)
            assert rows, a.number
            printed = {" ".join(ln[:len(ln) - len(tail) - (1 if r.percent_column else 0)]).rstrip(" %") for ln in rows}
            assert (word or "") in printed, (a.number, printed)


def test_picture_pages_hold_an_image_and_no_words(tmp_path) -> None:
    r = generate(4)
    pdf = render_pdf(r, tmp_path / "p.pdf", layout_seed=4,
                     layout_overrides={"picture_pages": ("photo", "spider", "back_cover")})
    again = render_pdf(r, tmp_path / "again.pdf", layout_seed=4,
                       layout_overrides={"picture_pages": ("photo", "spider", "back_cover")})
    assert pdf.read_bytes() == again.read_bytes()
    with pymupdf.open(pdf) as doc:
        wordless = [i + 1 for i, p in enumerate(doc) if not p.get_text("words")]
        imaged = [i + 1 for i, p in enumerate(doc) if p.get_images()]
        assert wordless == imaged and len(wordless) == 3, (wordless, imaged)
        assert wordless[0] == 2 and wordless[-1] == doc.page_count
        pages = r.expected_pages(pdf)
        assert pages["total"]["page"] <= wordless[1] < pages["areas"][0]["page"]  # the chart: in section 2
        for n in wordless:
            (xref, *_), = doc[n - 1].get_images()
            assert doc.extract_image(xref)["width"] >= 300  # a raster picture, not a mark
        # the chart as a picture replaces the vector one: no axis numbers printed as text
        assert not any(["0"] in _lines(p) and ["100"] in _lines(p) for p in doc)
    plain = render_pdf(r, tmp_path / "plain.pdf", layout_seed=4, layout_overrides={"picture_pages": ()})
    with pymupdf.open(plain) as doc:
        assert all(p.get_text("words") for p in doc) and not any(p.get_images() for p in doc)
    with pytest.raises(ValueError):
        render_pdf(r, tmp_path / "x.pdf", layout_overrides={"picture_pages": ("poster",)})
    with pytest.raises(TypeError):
        render_pdf(r, tmp_path / "x.pdf", layout_overrides={"sec5_same_page": True})


def test_initials_are_printed_and_kept_with_their_period(tmp_path) -> None:
    initial = re.compile(r"(^|\s)\w\. ")
    for seed in range(6):
        r = generate(seed, initials=True)
        names = [e.name for e in r.evaluators]
        assert sum(bool(initial.search(n)) for n in names) == 1, names
        assert generate(seed, initials=False).evaluators != r.evaluators
        assert not any(initial.search(e.name) for e in generate(seed, initials=False).evaluators)
    pdf = render_pdf(r, tmp_path / "r.pdf")
    with pymupdf.open(pdf) as doc:
        cover = " ".join(w[4] for w in doc[0].get_text("words"))
    assert all(n in cover for n in names), (names, cover)
    assert r.expected(pdf)["report"]["evaluators"] == names


def test_hyphen_compounds_are_findings_of_several_areas() -> None:
    from reportgen.pools import COMPOUNDS

    for seed in range(6):
        r = generate(seed, hyphen_compounds=True)
        pool = {t for kind in COMPOUNDS[r.language].values() for t in kind}
        areas = [a for a in r.areas if pool & set(a.strengths + a.improvements)]
        assert 4 <= len(areas) <= 6
        assert all(len(a.strengths) <= 12 and len(set(a.improvements)) == len(a.improvements) for a in r.areas)
        plain = generate(seed, hyphen_compounds=False)
        assert not any(pool & set(a.strengths + a.improvements) for a in plain.areas)


def test_layout_classes_occur_at_their_frequencies() -> None:
    layouts = [random_layout(s) for s in range(400)]

    def share(pred) -> float:
        return sum(map(pred, layouts)) / len(layouts)

    assert 0.25 <= share(lambda x: x.hyphenate) <= 0.42
    assert 0.2 <= share(lambda x: x.sec3_same_page) <= 0.4
    assert 0.27 <= share(lambda x: x.sec4_same_page) <= 0.43
    assert 0.27 <= share(lambda x: x.total_row_label is not None) <= 0.43
    assert 0.22 <= share(lambda x: bool(x.picture_pages)) <= 0.38
    for kind in PICTURE_KINDS:
        assert 0.08 <= share(lambda x, kind=kind: kind in x.picture_pages) <= 0.26, kind
    labels = Counter(WORDS["sv"]["total_row"][x.total_row_label % 4] for x in layouts if x.total_row_label is not None)
    assert len(labels) == 4
    assert not any(x.compound_break for x in layouts)  # forcing only


def test_content_classes_occur_at_their_frequencies() -> None:
    from reportgen.pools import COMPOUNDS

    reports = [generate(s) for s in range(300)]
    initials = sum(any(re.search(r"(^|\s)\w\. ", e.name) for e in r.evaluators) for r in reports) / len(reports)
    compounds = sum(any({t for k in COMPOUNDS[r.language].values() for t in k} & set(a.strengths + a.improvements)
                        for a in r.areas) for r in reports) / len(reports)
    assert 0.13 <= initials <= 0.28 and 0.4 <= compounds <= 0.6


def test_a_sample_of_reports_meets_every_class_many_times(tmp_path) -> None:
    """What the PDFs show, over 30 seeds with their own layouts."""
    seen: Counter[str] = Counter()
    for seed in range(30):
        r = generate(seed)
        pdf = render_pdf(r, tmp_path / f"{seed}.pdf")
        pages = r.expected_pages(pdf)
        last_finding = max(pages["areas"][7]["strength_pages"] + pages["areas"][7]["improvement_pages"])
        seen["sec4_same_page"] += r.page_marks[str(pdf.resolve())]["section4"] == last_finding
        words = _truth_words(r)
        pairs = [(_core(h[:-1] + t), _core(h + t)) for h, t in _line_end_pairs(pdf)]
        seen["soft_break"] += any(joined in words and kept not in words for joined, kept in pairs)
        seen["compound_break"] += any(kept in _finding_words(r) and "-" in kept.strip("-") for _, kept in pairs)
        seen["initials"] += any(re.search(r"(^|\s)\w\. ", e.name) for e in r.evaluators)
        with pymupdf.open(pdf) as doc:
            seen["picture_page"] += any(not p.get_text("words") for p in doc)
            a = r.areas[0]
            tail = [str(s) for s in a.previous_scores] + [str(a.score), str(a.max)]
            rows = _row_lines(doc, tail, a.percent if r.percent_column else None)
            seen["total_row_label"] += any(not ln[0].isdigit() for ln in rows)
    assert all(seen[k] >= 3 for k in ("sec4_same_page", "soft_break", "compound_break", "initials", "picture_page",
                                       "total_row_label")), seen
    assert all(n <= 26 for n in seen.values()), seen


# --- page provenance -----------------------------------------------------------------------------------

PROVENANCE = [{}, {"sec4_same_page": True, "sec3_same_page": True, "picture_pages": ("photo", "spider")},
              {"hyphenate": True, "total_row_label": 1, "picture_pages": ("back_cover",), "findings_table": False},
              {"findings_table": True, "repeat_headers": True}]


def _starts_item(segment: str, item: str) -> bool:
    """Is `segment` the first line of `item` (ending in a hyphen the line break may have added)?"""
    return item.startswith(segment) or (segment.endswith("-") and item.startswith(segment[:-1]))


def _summary_row(lines: list[list[str]], number: int, labels: tuple[str, ...], tail: list[str]) -> bool:
    """A Tabell 1 row: the area's label (numbered or not, maybe wrapped) and then `tail`."""
    for ln in lines:
        if ln[-len(tail):] != tail:
            continue
        label = " ".join(ln[:-len(tail)]).removeprefix(f"{number}. ")
        if label and any(spelling.startswith(label) for spelling in labels):
            return True
    return False


@pytest.mark.parametrize("case", range(8))
def test_recorded_pages_are_where_the_pdf_prints_each_value(case: int, tmp_path) -> None:
    seed = 200 + case
    r = generate(seed, framework=SUPPORTED[case % 3], hyphen_compounds=case % 2 == 0, initials=case % 4 == 1,
                 n_results=1 + case % 3, year=2016 if case % 3 != 1 else 2023)
    pdf = render_pdf(r, tmp_path / "r.pdf", layout_seed=seed * 3, layout_overrides=PROVENANCE[case % 4])
    got = r.expected(pdf, pages=True)
    assert contract_projection(got) == r.expected(pdf)  # the pages are extra keys only
    alone = r.expected_pages(pdf)
    assert alone["report"] == {"pages": got["report"]["pages"]} and alone["total"] == {"page": got["total"]["page"]}
    assert [x["page"] for x in alone["areas"][3]["questions"]] == [x["page"] for x in got["areas"][3]["questions"]]
    with pymupdf.open(pdf) as doc:
        lines = {i + 1: _lines(p) for i, p in enumerate(doc)}
        segs = {i + 1: [" ".join(ws) for _, ws in segments(p)] for i, p in enumerate(doc)}
        big = {i + 1: {s["text"].strip() for b in p.get_text("dict")["blocks"] for ln in b.get("lines", ())
                       for s in ln["spans"] if s["size"] >= 20} for i, p in enumerate(doc)}
    text = {n: " ".join(" ".join(ln) for ln in page) for n, page in lines.items()}

    def row_on(page: int, tail: list[str], pct: int | None) -> list[list[str]]:
        """Lines of `page` ending in `tail` and the percent (however spaced)."""
        tails = [tail + list(p) for p in _pct(pct)] if pct is not None else [tail]
        return [ln for ln in lines[page] for t in tails if ln[-len(t):] == t]

    pages = got["report"]["pages"]
    assert pages["municipality"] == pages["year"] == pages["evaluators"] == 1
    assert f"{r.municipality.name.upper()} {r.year}" in text[1]
    assert all(e.name in text[1] for e in r.evaluators)
    if r.evaluation_period:
        year, *month = r.evaluation_period.split("-")
        wanted = MONTHS[r.language][int(month[0]) - 1] if month else year
        assert pages["evaluation_period"] > 1 and re.search(rf"\b{wanted}\b", text[pages["evaluation_period"]])
    else:
        assert pages["evaluation_period"] is None
    if r.evaluation_number is None:
        assert pages["evaluation_number"] is None
    else:
        ordinal = ORDINALS[r.language][r.evaluation_number - 1]
        assert re.search(rf"\b{ordinal}\b", text[pages["evaluation_number"]]), ordinal
    total_tail = [str(t) for t in (*r.previous_totals(), r.total_score)]
    assert any(ln[0] in WORDS[r.language]["total"] and ln[-len(total_tail):] == total_tail
               for ln in lines[got["total"]["page"]])
    framework = FRAMEWORKS[r.framework_id]
    for a, record in zip(r.areas, got["areas"]):
        n, labels = a.number, (a.name, *framework.spellings.get(a.number, ()))
        assert record["page"] == max(p for p, t in text.items() if f"Område {n} " in t)  # after the contents page
        readings = record["score_readings"]
        assert {v["score"] for v in readings.values()} == {a.score}
        assert _summary_row(lines[readings["summary"]["page"]], n, labels,
                            [str(s) for s in (*a.previous_scores, a.score)])
        assert [row["page"] for row in got["previous_results"] if row["area"] == n] == \
            [readings["summary"]["page"]] * len(r.earlier_years)
        assert str(a.score) in big[readings["box"]["page"]]
        total = [str(s) for s in a.previous_scores] + [str(a.score), str(a.max)]
        assert row_on(readings["table_total"]["page"], total, a.percent if r.percent_column else None), n
        for q, where in zip(a.questions, record["questions"], strict=True):
            tail = [str(s) for s in q.previous_scores] + [str(q.score), str(q.max)]
            rows = row_on(where["page"], tail, q.percent if r.percent_column else None)
            assert any(ln[0] == q.id for ln in rows), (q.id, where)
        for items, where in ((a.subheadings, record["subheading_pages"]), (a.strengths, record["strength_pages"]),
                             (a.improvements, record["improvement_pages"])):
            for item, page in zip(items, where, strict=True):
                assert any(_starts_item(s, item) for s in segs[page]), (item, page)


# --- scans ---------------------------------------------------------------------------------------------

SCAN_SEED = 11
SHEET = (298.0, 420.0)  # A6: a quarter of the pixels of A4, so every kind is scanned in a few seconds
RULE_Y, GHOST = 40.0, pymupdf.Rect(20, 230, 130, 400)  # the back page's block; mirrored on the front's right half
PARAGRAPH = ("Kommunen har ett väl utvecklat arbete med medborgardialog och en tydlig styrning. "
             "Utvärderingen genomfördes i april 2014 och omfattar åtta områden med 55 poäng av 100. ") * 2
COMMON_WORDS = {"och", "att", "i", "som", "för", "med", "av", "på", "det", "en", "är", "till", "har", "kommunen",
                "om", "de", "inom", "og", "er", "til", "kommune", "ikke"}  # Swedish and Norwegian


def _sheet(path: Path) -> Path:
    """Two A6 pages: a long rule (to measure skew), a paragraph (to measure
    ink) and an empty right half on the front; a black block on the back's
    left half, which shows through mirrored onto the front's right half."""
    doc = pymupdf.open()
    front = doc.new_page(width=SHEET[0], height=SHEET[1])
    front.draw_line((20, RULE_Y), (SHEET[0] - 20, RULE_Y), width=1.5)
    front.insert_textbox(pymupdf.Rect(20, 80, SHEET[0] - 20, 200), PARAGRAPH, fontsize=9, fontname="tiro")
    back = doc.new_page(width=SHEET[0], height=SHEET[1])
    back.draw_rect(GHOST, color=None, fill=(0, 0, 0))
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    return _sheet(tmp_path_factory.mktemp("sheet") / "sheet.pdf")


def _page_image(doc, number: int) -> tuple[dict, numpy.ndarray]:
    """The page's only image: its properties, and its pixels as levels (gray)."""
    (xref, *_), = doc[number].get_images()
    info = doc.extract_image(xref)
    pixels = Image.open(io.BytesIO(info["image"])).convert("L")
    return info, numpy.asarray(pixels, dtype=numpy.float32)


@cache
def _jpeg_tables() -> dict[int, tuple]:
    """Pillow's luminance quantisation table for each JPEG quality."""
    out = {}
    for quality in range(1, 101):
        data = io.BytesIO()
        Image.new("L", (8, 8)).save(data, format="JPEG", quality=quality)
        out[quality] = tuple(Image.open(data).quantization[0])
    return out


def _jpeg_quality(data: bytes) -> set[int]:
    """The qualities whose tables the file's JPEG uses."""
    table = tuple(Image.open(io.BytesIO(data)).quantization[0])
    return {q for q, t in _jpeg_tables().items() if t == table}


def _skew(levels: numpy.ndarray, dpi: tuple[float, float]) -> float:
    """The rule's angle in degrees (counter-clockwise), from the dark pixels'
    centre in each column along the middle of the rule."""
    x_scale, y_scale = dpi[0] / 72, dpi[1] / 72
    rows = slice(round((RULE_Y - 25) * y_scale), round((RULE_Y + 25) * y_scale))
    xs, ys = [], []
    for x in range(round(40 * x_scale), round((SHEET[0] - 40) * x_scale)):
        column = levels[rows, x]
        dark = numpy.nonzero(column < column.max() - 90)[0]
        if len(dark) and dark.max() - dark.min() < 6 * y_scale:  # the rule, not dust beside it
            xs.append(x)
            ys.append(dark.mean())
    slope = numpy.polyfit(numpy.asarray(xs) / x_scale, numpy.asarray(ys) / y_scale, 1)[0]
    return -math.degrees(math.atan(slope))


def test_scan_kinds_are_data_within_the_ranges_of_real_scanners() -> None:
    assert SCAN_KINDS[0] == "office" and set(IMAGE_KINDS) < set(SCAN_KINDS)
    assert {"fax", "bleed_through", "light_toner", "heavy_toner", "colour", "broken_text_pua",
            "broken_text_letters"} <= set(SCAN_KINDS)
    for name, kind in KINDS.items():
        if isinstance(kind, TextLayerKind):
            continue
        assert 150 <= kind.dpi[0] <= kind.dpi[1] <= 300 and kind.rotation <= 1.5, name
        assert 40 <= kind.jpeg[0] <= kind.jpeg[1] <= 90, name
        for lo, hi in (kind.paper, kind.dust, kind.grain, kind.blur, kind.bleed, kind.fade, kind.holes,
                       kind.spread, kind.shadow, kind.yellowing):
            assert lo <= hi, name
    assert any(k.colour for k in KINDS.values() if isinstance(k, ImageKind))


@pytest.mark.parametrize("kind", IMAGE_KINDS)
def test_scan_plans_are_functions_of_the_seed_within_their_kinds_ranges(kind: str) -> None:
    spec = KINDS[kind]
    sizes = [SHEET, (595.0, 842.0)]
    plans = [scan_plan(kind, seed, sizes) for seed in range(40)]
    assert scan_plan(kind, 3, sizes) == plans[3] and len({p.pages for p in plans}) == 40
    for plan in plans:
        assert plan.dpi == FAX_DPI[0] if spec.fax else plan.dpi in SCANNER_SETTINGS
        assert spec.dpi[0] <= plan.dpi <= spec.dpi[1]
        assert plan.quality is None if spec.fax else spec.jpeg[0] <= plan.quality <= spec.jpeg[1]
        for page in plan.pages:
            assert abs(page.angle) <= spec.rotation <= 1.5
            assert spec.paper[0] <= page.paper <= spec.paper[1]
            assert spec.dust[0] <= len(page.dust) <= spec.dust[1]
            assert page.bleed == 0 if spec.bleed[1] == 0 else spec.bleed[0] <= page.bleed <= spec.bleed[1]
    if spec.rotation >= 1:  # the range is used, not only its middle
        assert max(abs(p.angle) for plan in plans for p in plan.pages) > 0.8 * spec.rotation


def test_the_office_kind_is_the_original_scanner() -> None:
    """Seed alone, kind unnamed: 200 dpi, JPEG 70, the original stream of page settings."""
    plan = scan_plan("office", 5, [SHEET])
    assert (plan.dpi, plan.quality) == (200, 70)
    rng = random.Random(5)
    assert plan.pages[0].paper == rng.randint(215, 240) and plan.pages[0].angle == rng.uniform(-0.4, 0.4)


@pytest.mark.parametrize("kind", IMAGE_KINDS)
def test_each_scan_kind_gives_an_image_only_pdf_as_its_plan_says(kind: str, sheet, tmp_path) -> None:
    spec = KINDS[kind]
    a = scan_pdf(sheet, tmp_path / "a.pdf", SCAN_SEED, kind=kind)
    b = scan_pdf(sheet, tmp_path / "b.pdf", SCAN_SEED, kind=kind)
    assert a.read_bytes() == b.read_bytes(), "a scan must be a function of its seed"
    plan = scan_plan(kind, SCAN_SEED, [SHEET, SHEET])
    dpi = FAX_DPI if spec.fax else (plan.dpi, plan.dpi)
    with pymupdf.open(a) as doc:
        assert doc.page_count == 2
        for page in doc:
            assert page.get_text("words") == [] and len(page.get_images()) == 1, "image only, no text layer"
            box = page.get_image_bbox(page.get_images()[0][-2])
            assert max(abs(a - b) for a, b in zip(box, page.rect)) < 0.5, "the image covers the sheet"
        (_, _, width, height, bpc, *_), = doc[0].get_images(full=True)
        pixels = plan.pages[0].size
        assert (width, height) == (pixels[0], round(pixels[1] * dpi[1] / dpi[0]))
        assert abs(width - SHEET[0] * dpi[0] / 72) < 1 and abs(height - SHEET[1] * dpi[1] / 72) < 1
        info, levels = _page_image(doc, 0)
        if spec.fax:
            assert bpc == 1 and set(numpy.unique(levels)) <= {0.0, 255.0}
        else:
            assert info["ext"] == "jpeg" and plan.quality in _jpeg_quality(info["image"])
            assert info["colorspace"] == (3 if spec.colour else 1)
        assert abs(_skew(levels, dpi) - plan.pages[0].angle) < 0.1, "skewed by the plan's angle"


def _ink(levels: numpy.ndarray, dpi: float) -> numpy.ndarray:
    """The paragraph's pixels."""
    s = dpi / 72
    return levels[round(85 * s):round(190 * s), round(25 * s):round((SHEET[0] - 25) * s)]


def test_toner_kinds_change_the_strokes_and_show_through_mirrors_the_back(sheet, tmp_path) -> None:
    measured = {}
    for kind in ("office", "light_toner", "heavy_toner", "bleed_through"):
        plan = scan_plan(kind, SCAN_SEED, [SHEET, SHEET])
        with pymupdf.open(scan_pdf(sheet, tmp_path / f"{kind}.pdf", SCAN_SEED, kind=kind)) as doc:
            levels = _page_image(doc, 0)[1]
        s, paper = plan.dpi / 72, plan.pages[0].paper
        ink = _ink(levels, plan.dpi)
        # the back's block, mirrored onto the front's right half; the same area on the left is blank
        x0, x1 = round((SHEET[0] - GHOST.x1 + 10) * s), round((SHEET[0] - GHOST.x0 - 10) * s)
        y0, y1 = round((GHOST.y0 + 10) * s), round((GHOST.y1 - 10) * s)
        ghost = numpy.median(levels[y0:y1, x0:x1]) - numpy.median(levels[y0:y1, round(30 * s):round(120 * s)])
        measured[kind] = (float(numpy.mean(ink < paper - 100)), float(numpy.percentile(ink, 0.5)), ghost)
    office, light, heavy, bleed = (measured[k] for k in ("office", "light_toner", "heavy_toner", "bleed_through"))
    assert heavy[0] > 1.3 * office[0], measured  # bolder strokes: more ink
    assert light[0] < 0.7 * office[0] and light[1] > office[1] + 30, measured  # less ink, and none of it black
    assert bleed[2] < -10 and abs(office[2]) < 3, measured  # the back shows through, on thin paper only


@pytest.fixture(scope="module")
def report_pages(tmp_path_factory) -> tuple:
    """A generated report cut to its cover, a narrative page and a score-table page."""
    folder = tmp_path_factory.mktemp("soup")
    r = generate(3, framework="kommunkompassen-2010")
    pdf = render_pdf(r, folder / "full.pdf", layout_overrides={"picture_pages": ()})
    with pymupdf.open(pdf) as doc:
        doc.select([0, 5, doc.page_count - 2])
        doc.save(folder / "three.pdf")
    return folder / "three.pdf", folder


def _gray(page, dpi: int) -> numpy.ndarray:
    pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
    return numpy.frombuffer(pix.samples, numpy.uint8).reshape(pix.height, pix.width).astype(numpy.float32)


@pytest.mark.parametrize("kind", ["broken_text_pua", "broken_text_letters"])
def test_a_broken_text_layer_reads_as_soup_but_looks_as_before(kind: str, report_pages) -> None:
    src, folder = report_pages
    out = scan_pdf(src, folder / f"{kind}.pdf", SCAN_SEED, kind=kind)
    assert scan_pdf(src, folder / f"{kind}-again.pdf", SCAN_SEED, kind=kind).read_bytes() == out.read_bytes()
    with pymupdf.open(src) as before, pymupdf.open(out) as after:
        broken = [n for n in range(3) if after[n].get_text() != before[n].get_text()]
        assert broken and broken == list(range(broken[0], broken[-1] + 1)), broken  # a run of pages
        for n in range(3):
            assert not after[n].get_images() and after[n].get_text("words"), "vector text, not a picture"
            # drawn where it was: at 36 dpi the pages' gray levels agree (only letter shapes may differ)
            assert numpy.abs(_gray(after[n], 36) - _gray(before[n], 36)).mean() < 3, n
            assert len(after[n].get_text("words")) == len(before[n].get_text("words"))
        for n in broken:
            text = after[n].get_text()
            letters = [c for c in text if not c.isspace()]
            words = {w.lower().strip(".,:;?!()") for w in text.split()}
            if kind == "broken_text_pua":
                assert sum(PUA <= ord(c) <= 0xF8FF for c in letters) >= 0.95 * len(letters)
            else:  # the commonest words make a fifth of the report's running text, and (by chance) 2 % of soup
                assert _common_share(before[n].get_text()) > 0.1 and _common_share(text) < 0.04, n
                assert sum(c.isalpha() for c in letters) > 0.6 * len(letters)  # it looks like text
            # no word of the page survives (a number may turn into another number printed there)
            assert not {w.lower() for w in before[n].get_text().split() if len(w) > 2 and w.isalpha()} & words


def _common_share(text: str) -> float:
    """The share of words that are among Swedish and Norwegian's commonest."""
    words = [w.lower().strip(".,:;?!()") for w in text.split()]
    return sum(w in COMMON_WORDS for w in words) / max(1, len(words))


def test_soup_codes_are_one_to_one_and_pages_break_whole_or_in_a_run() -> None:
    for seed in range(20):
        for code in ("pua", "letters"):
            pairs = dict(soup_codes(code, random.Random(seed)))
            assert len(set(pairs.values())) == len(pairs) == sum(map(len, CLASSES))
            assert all(a != b for a, b in pairs.items())
            if code == "pua":
                assert all(ord(b) >= PUA for b in pairs.values())
            else:
                assert all((a in cls) == (b in cls) for a, b in pairs.items() for cls in CLASSES)
    runs = [broken_pages(30, 0.5, random.Random(seed)) for seed in range(40)]
    assert 8 <= sum(r == tuple(range(30)) for r in runs) <= 32
    for r in runs:
        assert r == tuple(range(r[0], r[-1] + 1)) and (len(r) == 30 or 10 <= len(r) <= 20)
    assert broken_pages(1, 0.0, random.Random(1)) == (0,)
    with pytest.raises(ValueError):
        soup_codes("rot13", random.Random(1))


def test_tesseract_reads_a_soup_page_as_the_report(report_pages) -> None:
    """The page's pixels are the report: OCR of one broken page finds its words."""
    require(shutil.which("tesseract") is not None, "Tesseract (Debian: tesseract-ocr tesseract-ocr-swe)")
    src, folder = report_pages
    out = scan_pdf(src, folder / "ocr.pdf", 2, kind="broken_text_letters")
    with pymupdf.open(src) as before, pymupdf.open(out) as after:
        n = next(n for n in (1, 2, 0) if after[n].get_text() != before[n].get_text())
        png = after[n].get_pixmap(dpi=200, colorspace=pymupdf.csGRAY).tobytes("png")
        truth = [w[4] for w in before[n].get_text("words") if len(w[4]) >= 4 and w[4].isalpha()]
    # One thread: Tesseract's OpenMP threads spin against the other test worker (a page took 10 s, not 1.5).
    read = subprocess.run(["tesseract", "stdin", "stdout", "-l", "swe" if _has_swe() else "eng", "--psm", "3"],
                          input=png, capture_output=True, check=True, timeout=120,
                          env={**os.environ, "OMP_THREAD_LIMIT": "1"}).stdout.decode("utf-8")
    found = set(read.split())
    assert len(truth) > 30 and sum(w in found for w in truth) >= 0.9 * len(truth), (truth[:20], read[:300])


def _has_swe() -> bool:
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=True).stdout.split()
    return "swe" in listed
