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


class _VersionAction(argparse.Action):
    """`--version`: the package version and the builds that decide the data (`curation.versions`),
    computed only when asked."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from importlib.metadata import version

        from curation import versions

        print(f"kompass {versions.extractor_build().split('+')[0]} (extractor build "
              f"{versions.extractor_build()}, schema build {versions.schema_build()}, "
              f"PyMuPDF {version('pymupdf')}, Python {sys.version.split()[0]})")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kompass",
        description="Kommunkompassen reports (PDF) to a validated national dataset.",
    )
    parser.add_argument("--version", action=_VersionAction,
                        help="print the version and the extractor and schema builds, and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    cli_extract.register(sub)
    cli_pipeline.register(sub)
    return parser


# Commands that read reports: they need the framework and language files (KOMPASS_FRAMEWORKS /
# KOMPASS_LANGUAGES may name other folders), checked before any file is touched.
READS_REPORTS = frozenset({"extract", "debug", "ingest", "rebuild", "serve"})


def definitions_problem() -> str | None:
    """Why the framework and language files in use cannot be used (file, key, problem), or None."""
    from extractors.frameworks import DefinitionError, load_frameworks

    try:
        load_frameworks()
    except DefinitionError as exc:
        return f"framework definitions: {exc}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits with 2 on usage errors
    if args.command in READS_REPORTS and (problem := definitions_problem()):
        print(f"kompass: {problem}", file=sys.stderr)
        return USAGE_ERROR
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
