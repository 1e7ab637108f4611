"""The `kompass` command: argument parsing only; every command calls library code.

Each command group lives in its own module and registers itself here, so the
extraction commands never import Prefect (importing Prefect reconfigures logging
and is slow) and the pipeline commands stay out of the extractor's way.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from kompass import cli_extract, cli_pipeline

USAGE_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kompass",
        description="Kommunkompassen reports (PDF) to a validated national dataset.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    cli_extract.register(sub)
    cli_pipeline.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits with 2 on usage errors
    try:
        return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("kompass: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
