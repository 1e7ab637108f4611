"""Benchmark of the dataset pipeline on generated reports.

    python benchmarks/pipeline.py [--count 200] [--seed 500000] [--workdir benchmarks/out/pipeline]

Generates N reports with `reportgen` (reused when already there), then times:
- Prefect's own start-up (a first, empty flow run), printed separately;
- bare extraction of the same files, one after the other, without Prefect;
- `rebuild` of the whole dataset (extract, validate, write every format, swap);
- a no-op `ingest` (nothing new: nothing extracted, nothing written).
Prints reports per minute and checks the targets: rebuild at most 1.5x bare
extraction, no-op ingest under 2 s. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REBUILD_RATIO_TARGET = 1.5
NOOP_TARGET_S = 2.0


def generate(raw: Path, count: int, seed: int, jobs: int) -> None:
    """Writes gen-<seed>.pdf files into raw with `python -m reportgen`, in `jobs` parallel processes."""
    have = sorted(raw.glob("gen-*.pdf")) if raw.exists() else []
    wanted = [raw / f"gen-{s:06d}.pdf" for s in range(seed, seed + count)]
    if [p for p in wanted if p not in have] == [] and len(have) == count:
        return
    shutil.rmtree(raw, ignore_errors=True)
    raw.mkdir(parents=True)
    chunk = -(-count // jobs)
    procs = [subprocess.Popen([sys.executable, "-m", "reportgen", str(raw), "--count",
                               str(min(chunk, count - i)), "--seed", str(seed + i)])
             for i in range(0, count, chunk)]
    if any(p.wait() for p in procs):
        raise SystemExit("reportgen failed")
    for j in raw.glob("*.json"):
        j.unlink()  # the raw directory holds what users would drop there: PDFs


def bare_extraction(raw: Path) -> float:
    from extractors import extract_report
    from extractors.model import ExtractionError

    start = time.perf_counter()
    for pdf in sorted(raw.glob("*.pdf")):
        try:
            extract_report(pdf).to_dict()
        except ExtractionError:
            pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=200, help="reports to generate (default 200)")
    ap.add_argument("--seed", type=int, default=500_000, help="seed of the first report")
    ap.add_argument("--workdir", type=Path, default=Path("benchmarks/out/pipeline"),
                    help="where the reports and the curated dataset go (default benchmarks/out/pipeline)")
    args = ap.parse_args(argv)
    raw, curated = args.workdir / "raw", args.workdir / "curated"

    t = time.perf_counter()
    generate(raw, args.count, args.seed, jobs=os.cpu_count() or 2)
    print(f"reports:            {args.count} generated in {raw} ({time.perf_counter() - t:.1f} s)")

    t = time.perf_counter()
    # isort: off
    from flows.pipeline import ingest, rebuild  # first: `flows` sets Prefect's defaults
    from prefect import flow
    # isort: on

    @flow(name="kompass-benchmark-warmup")
    def warmup() -> None:
        return None

    warmup()
    startup = time.perf_counter() - t
    print(f"prefect start-up:   {startup:.1f} s (import, ephemeral API, first flow run; excluded below)")

    bare = bare_extraction(raw)
    shutil.rmtree(curated, ignore_errors=True)
    t = time.perf_counter()
    s = rebuild(str(raw), str(curated))
    rebuild_s = time.perf_counter() - t
    t = time.perf_counter()
    noop = ingest(str(raw), str(curated), fetch=False)
    noop_s = time.perf_counter() - t

    ratio = rebuild_s / bare
    print(f"bare extraction:    {bare:.1f} s ({args.count / bare * 60:.0f} reports/min)")
    print(f"rebuild:            {rebuild_s:.1f} s ({args.count / rebuild_s * 60:.0f} reports/min; "
          f"{s['quarantined']} quarantined)")
    print(f"rebuild / bare:     {ratio:.2f} (target <= {REBUILD_RATIO_TARGET})")
    print(f"no-op ingest:       {noop_s:.2f} s (target < {NOOP_TARGET_S:g} s; extracted {noop['new']})")
    ok = ratio <= REBUILD_RATIO_TARGET and noop_s < NOOP_TARGET_S and noop["new"] == 0
    print("targets:            " + ("met" if ok else "MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
