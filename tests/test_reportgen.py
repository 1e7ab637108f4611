"""The report generator's own invariants: its truth must be right before it
can judge an extractor (tests/test_properties.py)."""

from __future__ import annotations

import hashlib
import json
import time
from fractions import Fraction

import jsonschema
import pymupdf
import pytest

from reportgen import FRAMEWORKS, SUPPORTED, generate, render_pdf
from reportgen.__main__ import main as cli_main
from reportgen.compare import comparable, contract_projection, contract_schema, diff
from reportgen.textcheck import column_streams, missing_numbers, missing_texts
from reportgen.truth import round_half_up

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
        text = " ".join(column_streams(render_pdf(r, tmp_path / "r.pdf")).values())
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


def _rejoin(lines: list[str]) -> str:
    """The contract's reading of wrapped lines: collapse whitespace, re-join a
    line-break hyphen unless a conjunction follows (a suspended hyphen)."""
    from reportgen.engine import is_conjunction

    text = lines[0]
    for line in lines[1:]:
        soft = text[-1:] == "-" and text[-2:-1].isalpha() and line[:1].islower()
        text = text[:-1] + line if soft and not is_conjunction(line.split()[0]) else f"{text} {line}"
    return text


def test_wrapping_reads_back_to_the_same_text() -> None:
    """Whatever the width and hyphenation, the wrapped lines have one reading: the original text."""
    import random

    from reportgen.engine import wrap
    from reportgen.pools import POOLS

    texts = [t for fw in POOLS.values() for area in fw.values() for kind in area.values() for t in kind]
    texts += ["Tydlig roll- och ansvarsfördelning", "innbygger- og brukerorientering", "Etik - hur hantera korruption?",
              "Kommunen som arbetsgivare - personalpolitik", "brukar- och/eller medborgarfokus"]
    rng = random.Random(1)
    for text in texts:
        for width in (60, 90, 140, 220):
            lines = wrap(text, "Helvetica", 10, width, rng, hyphenate=1.0)
            assert _rejoin(lines) == text, lines
            assert not any(line.split()[0] in {"-", "–"} for line in lines[1:]), lines
