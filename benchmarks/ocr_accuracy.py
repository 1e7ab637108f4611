"""OCR accuracy on scans never seen: generated reports, rendered, then "scanned".

Each report from the generator (random but consistent scores, varied layouts,
all frameworks) is rendered to PDF, degraded the way a scanner degrades paper
(`reportgen.scan`: gray cast, slight rotation, grain, dust, blur, JPEG) and
extracted through OCR. Prints, per report and in total, the share of the
contract's values (the leaves of the expected JSON, `source` aside) that came
out exactly, for numbers and for texts apart, and the seconds per page.

Unlike the corpus scan, which must extract exactly (tests/test_scanned.py),
this measures how far the OCR path carries on layouts it was not tuned on.
Each report takes a few minutes on two cores.

    .venv/bin/python benchmarks/ocr_accuracy.py [--count N] [--first-seed S]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractors import extract_report  # noqa: E402
from reportgen import SUPPORTED, generate, render_pdf  # noqa: E402
from reportgen.compare import comparable  # noqa: E402
from reportgen.scan import scan_pdf  # noqa: E402


def leaves(value, path: str = "$") -> dict[str, object]:
    """Every scalar of a JSON value by its path."""
    if isinstance(value, dict):
        return {p: v for k, item in value.items() for p, v in leaves(item, f"{path}.{k}").items()}
    if isinstance(value, list):
        return {p: v for i, item in enumerate(value) for p, v in leaves(item, f"{path}[{i}]").items()}
    return {path: value}


def same(expected, actual) -> bool:
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return float(expected) == float(actual)
    return expected == actual


def score(expected: dict, actual: dict) -> dict[str, tuple[int, int]]:
    """kind -> (values right, values expected), for numbers and texts."""
    want = {p: v for p, v in leaves(expected).items() if not p.startswith("$.source")}
    got = leaves(actual)
    out = {"numbers": [0, 0], "texts": [0, 0]}
    for path, value in want.items():
        kind = "texts" if isinstance(value, str) else "numbers"
        out[kind][1] += 1
        out[kind][0] += path in got and same(value, got[path])
    return {kind: (right, total) for kind, (right, total) in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3, help="reports to generate (default 3)")
    parser.add_argument("--first-seed", type=int, default=1)
    args = parser.parse_args()
    totals = {"numbers": [0, 0], "texts": [0, 0]}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(args.first_seed, args.first_seed + args.count):
            framework = SUPPORTED[seed % len(SUPPORTED)]
            report = generate(seed, framework=framework)
            pdf = render_pdf(report, Path(tmp) / f"{framework}-{seed}.pdf")
            scanned = scan_pdf(pdf, Path(tmp) / f"{framework}-{seed}-scan.pdf", seed)
            with pymupdf.open(scanned) as doc:
                pages = doc.page_count
            start = time.perf_counter()
            record = extract_report(scanned).to_dict()
            seconds = time.perf_counter() - start
            result = score(comparable(report.expected(pdf)), comparable(record))
            for kind, (right, total) in result.items():
                totals[kind][0] += right
                totals[kind][1] += total
            shares = ", ".join(f"{kind} {right}/{total} ({100 * right / total:.1f} %)" for kind, (right, total) in result.items())
            print(f"{framework} seed {seed}: {shares}; {seconds / pages:.1f} s per page", flush=True)
    print("all: " + ", ".join(f"{kind} {r}/{t} ({100 * r / t:.1f} %)" for kind, (r, t) in totals.items()))


if __name__ == "__main__":
    main()
