"""`python -m reportgen OUTDIR --count N --seed S [--framework F]`

Writes N generated reports as OUTDIR/gen-<seed>.pdf, each with the contract
JSON it must extract to (gen-<seed>.json). For the unsupported frameworks
("legacy-pre2010", "unknown") the JSON is {"error": "unsupported_framework"}:
the extractor must refuse those files.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from . import generate, render_pdf, vocab


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m reportgen", description=__doc__.split("\n\n")[1])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--count", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0, help="seed of the first report; the i-th gets seed+i")
    ap.add_argument("--framework", choices=sorted(vocab.frameworks()), default=None,
                    help="default: a supported framework chosen per seed")
    args = ap.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    for seed in range(args.seed, args.seed + args.count):
        report = generate(seed, framework=args.framework)
        pdf = render_pdf(report, args.outdir / f"gen-{seed:06d}.pdf")
        truth = report.expected() if report.supported else {"error": "unsupported_framework"}
        pdf.with_suffix(".json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")
    elapsed = time.perf_counter() - start
    print(f"{args.count} reports in {elapsed:.1f} s -> {args.outdir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
