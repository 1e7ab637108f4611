"""Options that more than one command takes: the per-file time limit (`curation.time_limit`).

`extract`, `ingest`, `rebuild` and `serve` read it from the same two options, with the same
defaults and meaning, defined here once.
"""

from __future__ import annotations

import argparse

from curation.time_limit import DEFAULT_BASE_S, DEFAULT_PER_PAGE_S, TimeLimit, time_limit


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r}: expected a number of seconds, 0 or more")
    return value


def add_time_limit(p: argparse.ArgumentParser) -> None:
    """--time-limit and --time-per-page (see `limit_of`)."""
    p.add_argument("--time-limit", type=seconds, default=DEFAULT_BASE_S, metavar="SECONDS",
                   help="stop a file's extraction after this many seconds plus --time-per-page for each "
                   "of its pages; the file fails as extraction_timed_out and the other files go on "
                   f"(default: {DEFAULT_BASE_S:g}; 0: no limit)")
    p.add_argument("--time-per-page", type=seconds, default=DEFAULT_PER_PAGE_S, metavar="SECONDS",
                   help=f"what each page adds to a file's time limit (default: {DEFAULT_PER_PAGE_S:g}; "
                   "a scan needs 3-6 s of OCR per page)")


def limit_of(args: argparse.Namespace) -> TimeLimit | None:
    """The limit the options ask for; None (no limit) with --time-limit 0."""
    return time_limit(args.time_limit, args.time_per_page)
