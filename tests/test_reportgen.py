"""The report generator's own invariants: its truth must be right before it
can judge an extractor (tests/test_properties.py)."""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import Counter
from fractions import Fraction

import jsonschema
import pymupdf
import pyphen
import pytest

from reportgen import FRAMEWORKS, SUPPORTED, generate, render_pdf
from reportgen.__main__ import main as cli_main
from reportgen.compare import comparable, contract_projection, contract_schema, diff
from reportgen.textcheck import column_lines, column_streams, missing_numbers, missing_texts
from reportgen.truth import round_half_up
from reportgen.vocab import HYPHENATION

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


def test_generating_and_rendering_is_fast(tmp_path) -> None:
    start = time.perf_counter()
    for seed in range(10):
        render_pdf(generate(seed), tmp_path / f"{seed}.pdf")
    assert (time.perf_counter() - start) / 10 < 0.5


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

    texts = _pool_texts() + ["Etik – hur hantera korruption?", "Kommunen som arbetsgivare - personalpolitik",
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
