"""The silence benchmark: how many published values are wrong, and how many of those no issue flags.

    .venv/bin/python benchmarks/silent.py [--count 300] [--seed 700000] [--jobs 2] [--no-corpus]

Generates `count` reports with `reportgen` (every supported framework, each
rendered in its own random layout: same-page sections, labelled total rows,
hyphenated compounds at line ends, picture pages, initials ... at the
generator's own frequencies), extracts each, and judges every field against the
truth (`reportgen.judge`); the corpus's born-digital reports are judged against
their expected JSON too. Prints, per source and in all: fields, accuracy, wrong,
silent (wrong with no issue naming its place) and character-exact text, then
every silent field with what reproduces it. Targets (issue 8): 0 silent, 100 %
character-exact text on born-digital reports. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SCANNED = {"trollhattan-2021"}  # read through OCR: issue 9's benchmark (ocr_accuracy.py)
sys.path.insert(0, str(ROOT))

from reportgen import SUPPORTED, generate, render_pdf  # noqa: E402
from reportgen.judge import Verdict, judge  # noqa: E402


def _extract(pdf: Path) -> dict | None:
    from extractors import extract_report
    from extractors.model import ExtractionError

    try:
        return extract_report(pdf).to_dict()
    except ExtractionError:
        return None


def _generated_case(args: tuple[int, str, str]) -> tuple[str, str, Verdict]:
    seed, framework, workdir = args
    report = generate(seed, framework=framework)
    pdf = render_pdf(report, Path(workdir) / f"{framework}-s{seed}.pdf")
    return f"{framework} seed {seed}", framework, judge(report.expected(pdf), _extract(pdf))


def _corpus_case(name: str) -> tuple[str, str, Verdict]:
    expected = json.loads((CORPUS / "expected" / f"{name}.json").read_text("utf-8"))
    return f"corpus {name}", "corpus", judge(expected, _extract(CORPUS / "pdf" / f"{name}.pdf"))


def _line(label: str, v: Verdict) -> str:
    right = v.fields - len(v.wrong)
    return (f"{label:<24} {v.fields:>7} fields  accuracy {100 * right / max(1, v.fields):6.2f} %  "
            f"wrong {len(v.wrong):>5}  silent {len(v.silent):>4}  "
            f"text exact {100 * v.texts_exact / max(1, v.texts):6.2f} % of {v.texts}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=300, help="generated reports (spread over the frameworks)")
    ap.add_argument("--seed", type=int, default=700000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-corpus", action="store_true")
    ap.add_argument("--show", type=int, default=40, help="silent fields listed")
    ap.add_argument("--show-flagged", action="store_true", help="list wrong fields that are flagged too")
    args = ap.parse_args(argv)

    start = time.perf_counter()
    by_source: dict[str, Verdict] = {}
    silent_cases: list[tuple[str, object, object, object]] = []
    wrong_cases: list[tuple[str, object, object, object]] = []
    with tempfile.TemporaryDirectory() as tmp, ProcessPoolExecutor(args.jobs) as pool:
        jobs = [(args.seed + i, SUPPORTED[i % len(SUPPORTED)], tmp) for i in range(args.count)]
        results = list(pool.map(_generated_case, jobs, chunksize=4))
        if not args.no_corpus and CORPUS.exists():
            names = sorted(p.stem for p in (CORPUS / "pdf").glob("*.pdf") if p.stem not in SCANNED)
            results += list(pool.map(_corpus_case, names))
    for label, source, verdict in results:
        by_source.setdefault(source, Verdict()).add(verdict)
        silent_cases += [(label, place.key, want, got) for place, want, got in verdict.silent]
        wrong_cases += [(label, place.key, want, got) for place, want, got in verdict.wrong]
    total = Verdict()
    for v in by_source.values():
        total.add(v)
    print(f"{len(results)} reports judged in {time.perf_counter() - start:.0f} s")
    for source, v in sorted(by_source.items()):
        print(_line(source, v))
    print(_line("all", total))
    for label, key, want, got in silent_cases[: args.show]:
        print(f"SILENT {label}: {key}: expected {want!r:.100}, got {got!r:.100}")
    if args.show_flagged:
        silent_keys = {(label, key) for label, key, _, _ in silent_cases}
        for label, key, want, got in [c for c in wrong_cases if c[:2] not in silent_keys][: args.show]:
            print(f"flagged {label}: {key}: expected {want!r:.100}, got {got!r:.100}")
    ok = not total.silent and total.texts_exact == total.texts
    print("targets (0 silent, 100 % exact text):", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
