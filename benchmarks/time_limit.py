"""Benchmark: what the per-file time limit costs, i.e. extracting in a child process instead of here.

    python benchmarks/time_limit.py [--raw raw_reports] [--runs 5]

Times, each in a fresh interpreter (as the flow's process is when its first file
comes: the extractor not imported yet), extracting one file and then every PDF
of the raw directory: in that process (`InProcess`, what a single file without
a limit gets) and in one child process within the default limit
(`curation.isolated.run_in_children`, what each batch gets). Prints the median
of each and the difference: the child's start (a fresh interpreter importing the
extractor) and stop. A run with nothing to extract starts no child at all.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Prints the seconds one way of extracting `files` takes, measured inside a fresh interpreter.
TIMED = """
import sys, time
from pathlib import Path
raw, how, files = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
t = time.perf_counter()
if how == "here":
    from curation.extraction import extract_file
    records = [extract_file(raw, f, "0" * 64) for f in files]
else:
    from curation import isolated
    from curation.extraction import extract_file
    from curation.time_limit import TimeLimit
    jobs = [isolated.Job(extract_file, (raw, f, "0" * 64), raw / f) for f in files]
    records = [o.value for o in isolated.run_in_children(jobs, TimeLimit())]
took = time.perf_counter() - t
assert all(r.error is None for r in records), [r.error for r in records]
print(took)
"""


def timed(raw: Path, how: str, files: list[str]) -> float:
    done = subprocess.run([sys.executable, "-c", TIMED, str(raw), how, *files], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return float(done.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--raw", type=Path, default=ROOT / "raw_reports", help="PDFs to extract (default raw_reports)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs of each (default 5)")
    args = ap.parse_args(argv)
    raw = args.raw.resolve()
    files = sorted(p.name for p in raw.glob("*.pdf"))
    if not files:
        print(f"no PDF in {raw}", file=sys.stderr)
        return 1
    for label, chosen in ((f"1 file ({files[0]})", files[:1]), (f"{len(files)} files, one batch", files)):
        here = statistics.median(timed(raw, "here", chosen) for _ in range(args.runs))
        child = statistics.median(timed(raw, "child", chosen) for _ in range(args.runs))
        print(f"{label}: in this process {here:.2f} s, in a child process {child:.2f} s: "
              f"{child - here:+.2f} s ({args.runs} runs, medians)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
