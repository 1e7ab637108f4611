"""Benchmark: how long `kompass ingest` takes when there is nothing new (target: 3 s).

    python benchmarks/noop_ingest.py [--raw raw_reports] [--runs 5] [--workdir benchmarks/out/noop]

Copies the raw directory's PDFs into the work directory, ingests them once (not
timed), then times `kompass ingest` as a user runs it (a fresh process each
time: interpreter start, imports, the check that nothing changed, the summary)
and prints the median and the slowest run. PREFECT_API_URL is unset for the
runs: the figure is that of the default set-up, Prefect's temporary API.
Exits 1 when the median misses the target.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_S = 3.0


def kompass(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    return subprocess.run([sys.executable, "-m", "kompass", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--raw", type=Path, default=Path("raw_reports"), help="PDFs to ingest (default raw_reports)")
    ap.add_argument("--runs", type=int, default=5, help="no-op runs to time (default 5)")
    ap.add_argument("--workdir", type=Path, default=Path("benchmarks/out/noop"),
                    help="where the copy and the curated dataset go (default benchmarks/out/noop)")
    args = ap.parse_args(argv)
    work = args.workdir.resolve()
    shutil.rmtree(work, ignore_errors=True)
    (work / "raw_reports").mkdir(parents=True)
    pdfs = sorted(args.raw.glob("*.pdf"))
    for pdf in pdfs:
        shutil.copy(pdf, work / "raw_reports" / pdf.name)

    t = time.perf_counter()
    first = kompass("ingest", "--quiet", cwd=work)
    print(f"first ingest:   {time.perf_counter() - t:.1f} s for {len(pdfs)} reports (exit {first.returncode}; "
          "includes Prefect's start-up)")
    if first.returncode not in (0, 1):
        print(first.stderr, file=sys.stderr)
        return 1

    times = []
    for _ in range(args.runs):
        t = time.perf_counter()
        run = kompass("ingest", cwd=work)
        times.append(time.perf_counter() - t)
        if "already up to date" not in run.stdout:
            print(f"not a no-op: {run.stdout.strip()} {run.stderr.strip()}", file=sys.stderr)
            return 1
    median = statistics.median(times)
    print(f"no-op ingest:   median {median:.2f} s, slowest {max(times):.2f} s over {args.runs} runs "
          f"(target <= {TARGET_S:g} s): {'met' if median <= TARGET_S else 'MISSED'}")
    print(f"summary line:   {run.stdout.strip()}")
    return 0 if median <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
