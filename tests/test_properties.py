"""Property tests: the extractor recovers the known truth of generated reports
exactly, whatever the layout; and refuses reports of no supported framework.

Each case is reproducible from its id: `generate(seed, framework=F)` rendered
with `render_pdf(report, path, layout_seed=L)`. On a mismatch the first
differing contract paths are printed and the PDF is kept, with the expected
and extracted JSON, under tests/_artifacts/properties/ (git-ignored).

The big sweep is marked slow (`-m "not slow"` skips it); the whole file stays
around two minutes on two cores (`-n 2`).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, reject, settings
from hypothesis import strategies as st

from reportgen import SUPPORTED, generate, render_pdf
from reportgen.compare import comparable, diff
from reportgen.truth import GeneratedReport

ARTIFACTS = Path(__file__).resolve().parent / "_artifacts" / "properties"  # git-ignored


def assert_extracts_to_truth(report: GeneratedReport, pdf: Path, label: str) -> None:
    """Extract `pdf` and compare the contract keys with the report's truth."""
    from extractors import extract_report

    expected = comparable(report.expected(pdf))
    record = extract_report(pdf).to_dict()
    actual = comparable(record)
    kept = ARTIFACTS / f"{label}.pdf"
    if actual == expected:
        for stale in (kept, kept.with_suffix(".expected.json"), kept.with_suffix(".actual.json")):
            stale.unlink(missing_ok=True)  # left by an earlier failing run
        return
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(pdf, kept)
    kept.with_suffix(".expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2), "utf-8")
    kept.with_suffix(".actual.json").write_text(json.dumps(record, ensure_ascii=False, indent=2, default=str),
                                                "utf-8")
    lines = "\n  ".join(diff(expected, actual, limit=12))
    message = f"{label}: extraction differs from the truth (PDF kept at {kept}):\n  {lines}"
    print(message)
    pytest.fail(message, pytrace=False)


def _case(seed: int, framework: str | None, layout_seed: int | None, tmp: Path, **overrides) -> None:
    report = generate(seed, framework=framework, **overrides)
    layout = seed if layout_seed is None else layout_seed
    label = f"{report.framework_id}-s{seed}-l{layout}"
    pdf = render_pdf(report, tmp / f"{label}.pdf", layout_seed=layout)
    assert_extracts_to_truth(report, pdf, label)


# --- quick tier: every framework, a few seeds ----------------------------------
@pytest.mark.parametrize("framework", SUPPORTED)
@pytest.mark.parametrize("seed", range(8))
def test_generated_report_extracts_to_its_truth(framework: str, seed: int, tmp_path: Path) -> None:
    _case(seed, framework, None, tmp_path)


@pytest.mark.parametrize("layout_seed", [101, 202, 303, 404, 505])
@pytest.mark.parametrize("seed", [11, 12, 13, 14])
def test_one_truth_in_many_layouts(seed: int, layout_seed: int, tmp_path: Path) -> None:
    _case(seed, SUPPORTED[seed % 3], layout_seed, tmp_path)


@pytest.mark.parametrize("seed", [3, 17, 29])
@pytest.mark.parametrize("overrides", [
    {"n_results": 3, "year": 2016},  # third evaluation: three year columns everywhere
    {"percent_column": False},
    {"period_kind": "year", "evaluation_number_stated": False},
    {"period_kind": "none", "n_results": 2, "evaluation_number_stated": False},  # earlier year mentioned only
], ids=["three-years", "no-percent", "year-only-no-number", "no-period-mention-only"])
def test_variants_extract_to_their_truth(seed: int, overrides: dict, tmp_path: Path) -> None:
    _case(seed, "kommunkompassen-2010" if "year" in overrides else SUPPORTED[seed % 3], None, tmp_path,
          **overrides)


@pytest.mark.parametrize("framework", ["legacy-pre2010", "unknown"])
@pytest.mark.parametrize("seed", range(5))
def test_unsupported_framework_is_refused(framework: str, seed: int, tmp_path: Path) -> None:
    from extractors import extract_report
    from extractors.model import ExtractionError

    report = generate(seed, framework=framework)
    pdf = render_pdf(report, tmp_path / f"{framework}-s{seed}.pdf")
    with pytest.raises(ExtractionError) as raised:
        extract_report(pdf)
    assert raised.value.code == "unsupported_framework", str(raised.value)


# --- hypothesis: combinations of content options and layouts -------------------
# No shrinking: a seed does not shrink into a simpler report, and each failing
# example already prints how to reproduce it.
@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), framework=st.sampled_from(SUPPORTED), layout_seed=st.integers(0, 10**6),
       n_results=st.integers(1, 3), percent_column=st.booleans(),
       period_kind=st.sampled_from(["month", "year", "none"]), stated=st.booleans())
def test_any_option_combination_extracts_to_its_truth(seed, framework, layout_seed, n_results, percent_column,
                                                      period_kind, stated) -> None:
    try:
        report = generate(seed, framework=framework, n_results=n_results, percent_column=percent_column,
                          period_kind=period_kind, evaluation_number_stated=stated)
    except ValueError:  # no room for that many evaluations before this year
        reject()
    label = f"{framework}-s{seed}-l{layout_seed}-n{n_results}{'p' if percent_column else ''}-{period_kind}"
    with tempfile.TemporaryDirectory() as tmp:
        pdf = render_pdf(report, Path(tmp) / f"{label}.pdf", layout_seed=layout_seed)
        assert_extracts_to_truth(report, pdf, label)


# --- slow sweep: a few hundred reports ------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("framework", SUPPORTED)
@pytest.mark.parametrize("block", range(8))
def test_sweep(framework: str, block: int, tmp_path: Path) -> None:
    """80 reports per framework, in blocks of 10 (each failure names its seed)."""
    failures = []
    for seed in range(1000 + block * 10, 1000 + block * 10 + 10):
        try:
            _case(seed, framework, None, tmp_path)
        except pytest.fail.Exception as exc:
            failures.append(str(exc).splitlines()[0])
    assert not failures, f"{len(failures)}/10 reports differ:\n" + "\n".join(failures)
