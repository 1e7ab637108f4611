"""OCR accuracy on scans never seen: generated reports, put through every kind of scan, extracted and judged.

Each case is a report from the generator (random but consistent scores, its
own layout), rendered to PDF and then made into what a scanner, a copier, a
fax or an old PDF tool makes of it (`reportgen.scan`: one case per scan kind
and report), extracted (`extractors.extract_report`) and judged field by field
against the truth (`reportgen.judge`). Scanning does not change the truth:
the expected record is the born-digital rendering's, and the `source` fields
(file, hash, pages, ocr) are left out of the figures.

Per scan kind and in total it prints: numbers exact (numeric fields: scores,
maxima, percents, totals, earlier results, year, evaluation number), texts
exact (string fields: names, sub-headings, questions, findings...), silent
wrong numbers (wrong with no issue naming their place; the first are listed
with kind, seed, field, expected and what came out) and seconds of extraction
per page, both wall-clock and CPU (the extracting process and its children,
which is per core whatever the extractor runs in parallel). A file the
extractor refuses counts every field wrong but flagged: its error names the
file. Targets (issue "Scanned reports: every number exact or flagged, at 3 s a
page"): numbers >= 99 %, texts >= 98 %, no silent wrong number, <= 3 CPU
seconds a page. Exits 1 when one is missed.

    .venv/bin/python benchmarks/ocr_accuracy.py [--count N] [--first-seed S] [--kinds a,b] [--jobs J]

`--count` reports per kind (default 1); with 1 the kinds take the frameworks
in turn, with 3 or more every kind meets every framework. Case (kind K, i-th
report) is seed S + 1000 * (K's place in SCAN_KINDS) + i, framework
SUPPORTED[(place + i) % 3], so a case keeps its seed whatever else is run;
it is reproduced by generate(seed, framework=F), render_pdf(report, pdf),
scan_pdf(pdf, out, seed, kind=K). The default seeds (3,000,000 on) are used by
no test. `--jobs` runs reports in parallel (default 1, so wall-clock time is
per core too).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportgen import SUPPORTED, generate, render_pdf  # noqa: E402
from reportgen.judge import Place, Verdict, judge  # noqa: E402
from reportgen.scan import SCAN_KINDS, scan_pdf  # noqa: E402

FIRST_SEED = 3_000_000  # tests use seeds below 10**6
SEED_STRIDE = 1000  # seeds per kind: a case's seed does not depend on --count or --kinds
TARGETS = {"numbers": 99.0, "texts": 98.0, "silent": 0, "cpu_per_page": 3.0}
# Numeric fields whose truth may be null (a report without percents or a stated evaluation number).
NUMERIC_PLACES = {"total", "area_score", "area_max", "question_score", "question_max", "question_percent", "previous"}
NUMERIC_REPORT_FIELDS = {"report.year", "report.evaluation_number"}


@dataclass(frozen=True, slots=True)
class Job:
    kind: str
    seed: int
    framework: str
    workdir: str


@dataclass(slots=True)
class Outcome:
    """One case's figures (picklable: it comes back from a worker process)."""

    kind: str
    seed: int
    framework: str
    pages: int = 0
    numbers: int = 0
    numbers_exact: int = 0
    texts: int = 0
    texts_exact: int = 0
    silent_numbers: list[tuple[str, object, object]] = field(default_factory=list)  # field, expected, got
    silent_texts: list[tuple[str, object, object]] = field(default_factory=list)  # the same, of texts
    wall: float = 0.0
    cpu: float = 0.0
    refused: str | None = None  # "[code] message" when the extractor refused the file

    def add(self, other: Outcome) -> None:
        for name in ("pages", "numbers", "numbers_exact", "texts", "texts_exact", "wall", "cpu"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.silent_numbers += other.silent_numbers
        self.silent_texts += other.silent_texts


def is_number(place: Place, expected: object) -> bool:
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return True
    return place.kind in NUMERIC_PLACES or place.key in NUMERIC_REPORT_FIELDS


def tally(outcome: Outcome, verdict: Verdict, expected_fields: dict[Place, object]) -> Outcome:
    """Numbers and texts exact, and silent wrong numbers and texts, from a judge's verdict (source fields left out)."""
    wrong = {place for place, _, _ in verdict.wrong}
    places = dict(expected_fields)
    places.update({place: want for place, want, _ in verdict.wrong if place not in places})  # extra values
    for place, want in places.items():
        if place.kind == "source":
            continue
        if is_number(place, want):
            outcome.numbers += 1
            outcome.numbers_exact += place not in wrong
        else:
            outcome.texts += 1
            outcome.texts_exact += place not in wrong
    silent = [(place, want, got) for place, want, got in verdict.silent if place.kind != "source"]
    outcome.silent_numbers = [(place.key, want, got) for place, want, got in silent if is_number(place, want)]
    outcome.silent_texts = [(place.key, want, got) for place, want, got in silent if not is_number(place, want)]
    return outcome


def _cpu() -> float:
    """CPU seconds of this process (all its threads) and of its children that have ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _extract(pdf: Path) -> tuple[dict | None, str | None]:
    """The record, or None and why the file was refused. Any failure is a refusal here: one
    broken case must not stop a benchmark that runs for an hour."""
    from extractors import extract_report
    from extractors.model import ExtractionError

    try:
        return extract_report(pdf).to_dict(), None
    except ExtractionError as error:
        return None, f"[{error.code}] {error.message}"
    except Exception as error:  # noqa: BLE001 - extract_report promises ExtractionError only; say so if not
        return None, f"[uncaught {type(error).__name__}] {error}"


def expected_places(expected: dict) -> dict[Place, object]:
    """Every field the truth has, at its place: judged against no record, each comes back wrong."""
    return {place: want for place, want, _ in judge(expected, None).wrong}


def run_case(job: Job) -> Outcome:
    report = generate(job.seed, framework=job.framework)
    stem = f"{job.kind}-{job.framework}-s{job.seed}"
    born_digital = render_pdf(report, Path(job.workdir) / f"{stem}.pdf")
    scanned = scan_pdf(born_digital, Path(job.workdir) / f"{stem}-scan.pdf", job.seed, kind=job.kind)
    expected = report.expected(born_digital)
    with pymupdf.open(scanned) as doc:
        pages = doc.page_count
    wall, cpu = time.perf_counter(), _cpu()
    record, refused = _extract(scanned)
    outcome = Outcome(job.kind, job.seed, job.framework, pages=pages, wall=time.perf_counter() - wall,
                      cpu=_cpu() - cpu, refused=refused)
    return tally(outcome, judge(expected, record), expected_places(expected))


def sample(kinds: list[str], count: int, first_seed: int, workdir: str) -> list[Job]:
    jobs = []
    for kind in kinds:
        place = SCAN_KINDS.index(kind)
        for i in range(count):
            jobs.append(Job(kind, first_seed + SEED_STRIDE * place + i, SUPPORTED[(place + i) % len(SUPPORTED)],
                            workdir))
    return jobs


def _share(right: int, total: int) -> float:
    return 100.0 * right / total if total else 100.0


def progress_line(n: int, total: int, o: Outcome) -> str:
    head = f"[{n:>3}/{total}] {o.kind:<20} {o.framework:<21} seed {o.seed}  {o.pages:>2} pages"
    if o.refused:
        return f"{head}  refused {o.refused[:110]}  ({o.wall / max(1, o.pages):.1f} s/page)"
    return (f"{head}  numbers {o.numbers_exact}/{o.numbers} ({_share(o.numbers_exact, o.numbers):.1f} %)  "
            f"texts {o.texts_exact}/{o.texts} ({_share(o.texts_exact, o.texts):.1f} %)  "
            f"silent numbers {len(o.silent_numbers)} texts {len(o.silent_texts)}  {o.wall / max(1, o.pages):.1f} s/page "
            f"(cpu {o.cpu / max(1, o.pages):.1f})")


def table(rows: dict[str, tuple[int, Outcome]]) -> list[str]:
    out = [f"{'kind':<20} {'reports':>7} {'pages':>6}  {'numbers exact':>20}  {'texts exact':>20}  "
           f"{'silent numbers':>14}  {'silent texts':>12}  {'s/page':>6}  {'cpu s/page':>10}"]
    for name, (reports, o) in rows.items():
        pages = max(1, o.pages)
        out.append(f"{name:<20} {reports:>7} {o.pages:>6}  "
                   f"{f'{o.numbers_exact}/{o.numbers}':>11} {_share(o.numbers_exact, o.numbers):6.2f} %  "
                   f"{f'{o.texts_exact}/{o.texts}':>11} {_share(o.texts_exact, o.texts):6.2f} %  "
                   f"{len(o.silent_numbers):>14}  {len(o.silent_texts):>12}  {o.wall / pages:>6.2f}  {o.cpu / pages:>10.2f}")
    return out


def verdicts(total: Outcome) -> list[tuple[str, bool]]:
    numbers, texts = _share(total.numbers_exact, total.numbers), _share(total.texts_exact, total.texts)
    cpu = total.cpu / max(1, total.pages)
    return [(f"numbers exact >= {TARGETS['numbers']:g} %: {numbers:.2f} %", numbers >= TARGETS["numbers"]),
            (f"texts exact >= {TARGETS['texts']:g} %: {texts:.2f} %", texts >= TARGETS["texts"]),
            (f"silent wrong numbers = {TARGETS['silent']}: {len(total.silent_numbers)}",
             len(total.silent_numbers) <= TARGETS["silent"]),
            (f"cpu s/page <= {TARGETS['cpu_per_page']:g}: {cpu:.2f}", cpu <= TARGETS["cpu_per_page"])]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1, help="reports per scan kind (default 1)")
    ap.add_argument("--first-seed", type=int, default=FIRST_SEED)
    ap.add_argument("--kinds", default=",".join(SCAN_KINDS), help=f"comma-separated (default all: {','.join(SCAN_KINDS)})")
    ap.add_argument("--jobs", type=int, default=1, help="reports extracted in parallel (default 1: s/page per core)")
    ap.add_argument("--show", type=int, default=20, help="silent wrong numbers listed (default 20)")
    ap.add_argument("--keep", type=Path, help="keep the generated and scanned PDFs in this folder")
    args = ap.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in SCAN_KINDS]
    if unknown or args.count < 1 or args.jobs < 1:
        ap.error(f"unknown kinds {unknown}; known: {', '.join(SCAN_KINDS)}" if unknown else "--count and --jobs >= 1")

    # Every case is OCR'd afresh: a cached page (ocr_cache.py) would hide what OCR costs.
    os.environ["KOMPASS_OCR_CACHE"] = "off"
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        jobs = sample(kinds, args.count, args.first_seed, str(workdir))
        print(f"{len(jobs)} reports: {len(kinds)} scan kinds x {args.count}, seeds from {args.first_seed}, "
              f"{args.jobs} job(s)", flush=True)
        start = time.perf_counter()
        outcomes = []
        if args.jobs == 1:
            for job in jobs:
                outcomes.append(run_case(job))
                print(progress_line(len(outcomes), len(jobs), outcomes[-1]), flush=True)
        else:
            with ProcessPoolExecutor(args.jobs) as pool:
                for future in as_completed([pool.submit(run_case, job) for job in jobs]):
                    outcomes.append(future.result())
                    print(progress_line(len(outcomes), len(jobs), outcomes[-1]), flush=True)

    by_kind: dict[str, tuple[int, Outcome]] = {}
    total = Outcome("all", 0, "")
    silent: list[tuple[Outcome, tuple[str, object, object]]] = []
    for o in sorted(outcomes, key=lambda o: (SCAN_KINDS.index(o.kind), o.seed)):
        reports, acc = by_kind.get(o.kind, (0, Outcome(o.kind, 0, "")))
        acc.add(o)
        by_kind[o.kind] = (reports + 1, acc)
        total.add(o)
        silent += [(o, s) for s in o.silent_numbers]
    print(f"\n{len(outcomes)} reports in {time.perf_counter() - start:.0f} s")
    print("\n".join(table({**by_kind, "all": (len(outcomes), total)})))
    if silent:
        print(f"\nsilent wrong numbers (first {min(args.show, len(silent))} of {len(silent)}):")
        for o, (key, want, got) in silent[: args.show]:
            print(f"  {o.kind} seed {o.seed} ({o.framework}): {key}: expected {want!r:.60}, got {got!r:.60}")
    # Not a target of the issue, but what a user meets: a wrong text no issue names.
    silent_texts = [(o, s) for o in sorted(outcomes, key=lambda o: (SCAN_KINDS.index(o.kind), o.seed))
                    for s in o.silent_texts]
    if silent_texts:
        print(f"\nsilent wrong texts (first {min(args.show, len(silent_texts))} of {len(silent_texts)}):")
        for o, (key, want, got) in silent_texts[: args.show]:
            print(f"  {o.kind} seed {o.seed} ({o.framework}): {key}: expected {want!r:.60}, got {got!r:.60}")
    refused = [o for o in outcomes if o.refused]
    if refused:
        print(f"\nrefused ({len(refused)}): every field wrong but flagged")
        for o in refused:
            print(f"  {o.kind} seed {o.seed} ({o.framework}): {o.refused[:160]}")
    results = verdicts(total)
    print("\ntargets: " + "; ".join(f"{text} {'met' if ok else 'MISSED'}" for text, ok in results))
    return 0 if all(ok for _, ok in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
