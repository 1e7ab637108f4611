"""Extraction speed and memory on the corpus.

Prints, per report and in total: seconds to extract, seconds to read the same
PDF's words with PyMuPDF alone (`page.get_text("words")` on every page), their
ratio, and the peak memory of extracting the largest report in a fresh process.
Targets (issue 2): median ratio at most 3; peak memory under 250 MB for a
40-page report. Scanned reports are timed separately (OCR dominates them).

    .venv/bin/python benchmarks/extract.py [PDF_DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "corpus" / "pdf"
sys.path.insert(0, str(ROOT))

from extractors import extract_report  # noqa: E402
from extractors.pdf_input import MIN_TEXT_WORDS  # noqa: E402


def words_only(pdf: Path) -> float:
    start = time.perf_counter()
    with pymupdf.open(pdf) as doc:
        for page in doc:
            page.get_text("words")
    return time.perf_counter() - start


def extraction(pdf: Path) -> float:
    start = time.perf_counter()
    extract_report(pdf)
    return time.perf_counter() - start


def is_scanned(pdf: Path) -> bool:
    with pymupdf.open(pdf) as doc:
        return len(doc[0].get_text("words")) < MIN_TEXT_WORDS and len(doc[min(3, doc.page_count - 1)].get_text("words")) < MIN_TEXT_WORDS


def peak_memory_mb(pdf: Path) -> float:
    """Peak resident memory of a fresh process that imports the extractor and extracts `pdf`."""
    code = (
        "import resource, sys; sys.path.insert(0, sys.argv[2]); from extractors import extract_report; "
        "extract_report(sys.argv[1]); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(pdf), str(ROOT)], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per report (median is kept)")
    parser.add_argument("--skip-scanned", action="store_true", help="do not time OCR of scanned reports")
    args = parser.parse_args()
    pdfs = sorted(args.pdf_dir.glob("*.pdf"))
    text_pdfs = [p for p in pdfs if not is_scanned(p)]
    scanned = [p for p in pdfs if p not in text_pdfs]
    extraction(text_pdfs[0])  # warm caches (framework files, reference tables)

    print(f"{'report':<24}{'pages':>6}{'extract s':>11}{'words s':>9}{'ratio':>7}")
    extract_times, ratios, pages_of = [], [], {}
    for pdf in text_pdfs:
        ext = statistics.median(extraction(pdf) for _ in range(args.repeat))
        base = statistics.median(words_only(pdf) for _ in range(args.repeat))
        with pymupdf.open(pdf) as doc:
            pages = pages_of[pdf] = doc.page_count
        extract_times.append(ext)
        ratios.append(ext / base)
        print(f"{pdf.stem:<24}{pages:>6}{ext:>11.3f}{base:>9.3f}{ext / base:>7.2f}")
    print(f"median seconds per report: {statistics.median(extract_times):.3f}")
    print(f"median ratio to PyMuPDF words alone: {statistics.median(ratios):.2f} (target <= 3)")
    largest = max(pages_of, key=pages_of.get)
    print(f"peak memory extracting {largest.name}: {peak_memory_mb(largest):.0f} MB (target < 250 MB)")
    for pdf in [] if args.skip_scanned else scanned:
        print(f"scanned {pdf.stem}: {extraction(pdf):.1f} s with OCR (not part of the ratio)")


if __name__ == "__main__":
    main()
