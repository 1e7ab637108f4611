"""Dataset commands: ingest, rebuild, quality, serve.

Prefect is imported inside each command (never at module import), so
`kompass extract` does not pay its import time or its logging set-up.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

DEFAULT_RAW = "raw_reports"
DEFAULT_CURATED = "curated"


def _dirs(p: argparse.ArgumentParser, raw: bool = True) -> None:
    if raw:
        p.add_argument("--raw", default=DEFAULT_RAW, metavar="DIR",
                       help=f"directory of report PDFs and sources.csv (default: {DEFAULT_RAW})")
    p.add_argument("--curated", default=DEFAULT_CURATED, metavar="DIR",
                   help=f"directory of the curated dataset (default: {DEFAULT_CURATED})")


def _dask(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dask-address", metavar="tcp://HOST:PORT", default=None,
                   help="run extraction on this existing Dask cluster (default: local threads)")


def _fail(message: str) -> int:
    print(f"kompass: {message}", file=sys.stderr)
    return 1


def _check_raw(raw: str) -> str | None:
    return None if Path(raw).is_dir() else f"{raw}: no such directory of report PDFs (see --raw)"


def _run_flow(command: str, args: argparse.Namespace) -> int:
    if err := _check_raw(args.raw):
        return _fail(err)
    from flows import pipeline  # Prefect starts here

    flow = pipeline.on_dask(pipeline.ingest if command == "ingest" else pipeline.rebuild, args.dask_address)
    params = {"raw": args.raw, "curated": args.curated, "show_progress": sys.stderr.isatty()}
    if command == "ingest":
        params["fetch"] = not args.no_fetch
    try:
        summary = flow(**params)
    except (RuntimeError, ValueError, OSError) as exc:
        return _fail(str(exc))
    from curation.pipeline import RunSummary

    print(RunSummary(**summary).line())
    return 0


def run_ingest(args: argparse.Namespace) -> int:
    return _run_flow("ingest", args)


def run_rebuild(args: argparse.Namespace) -> int:
    return _run_flow("rebuild", args)


def run_quality(args: argparse.Namespace) -> int:
    from flows import pipeline

    try:
        path = pipeline.quality(curated=args.curated)
    except (FileNotFoundError, RuntimeError) as exc:
        return _fail(str(exc))
    print(f"quality: wrote {path}")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    if err := _check_raw(args.raw):
        return _fail(err)
    params = {"raw": str(Path(args.raw).resolve()), "curated": str(Path(args.curated).resolve()),
              "fetch": True}
    if os.environ.get("PREFECT_API_URL"):
        print(f"serve: using the Prefect server at {os.environ['PREFECT_API_URL']}", file=sys.stderr)
        return _serve(args, params)
    from curation.server import local_server

    home = Path(args.prefect_home or Path(args.curated) / ".state" / "prefect").resolve()
    try:
        with local_server(home, args.port) as api_url:
            os.environ["PREFECT_API_URL"] = api_url  # read by Prefect when it is imported below
            print(f"serve: started a local Prefect server at {api_url.removesuffix('/api')} "
                  f"(data in {home})", file=sys.stderr)
            return _serve(args, params)
    except RuntimeError as exc:
        return _fail(str(exc))


def _serve(args: argparse.Namespace, params: dict) -> int:
    from flows import pipeline

    print(f"serve: running ingest on cron {args.cron!r} (Ctrl-C stops)", file=sys.stderr)
    pipeline.ingest.serve(name=args.name, cron=args.cron, parameters=params)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Adds the dataset commands to `kompass`."""
    p = sub.add_parser("ingest", help="fetch new sources, extract new or changed PDFs, publish the dataset",
                       description="Downloads reports listed in RAW/sources.csv, extracts PDFs whose "
                       "content is new, validates everything and publishes CURATED atomically.")
    _dirs(p)
    _dask(p)
    p.add_argument("--no-fetch", action="store_true", help="do not download the URLs of sources.csv")
    p.set_defaults(run=run_ingest)

    p = sub.add_parser("rebuild", help="re-extract every PDF and replace the dataset in one atomic step",
                       description="Re-extracts every PDF (e.g. after the extractor improved) and "
                       "replaces the curated dataset atomically.")
    _dirs(p)
    _dask(p)
    p.set_defaults(run=run_rebuild)

    p = sub.add_parser("quality", help="re-render the data-quality report (curated/quality/index.html)",
                       description="Re-renders the data-quality report of the current dataset and "
                       "publishes it as a Prefect markdown artifact.")
    _dirs(p, raw=False)
    p.set_defaults(run=run_quality)

    p = sub.add_parser("serve", help="run ingest on a cron schedule (starts a local Prefect server)",
                       description="Serves the ingest flow on a cron schedule. Without PREFECT_API_URL "
                       "a local Prefect server (SQLite, 127.0.0.1) is started and stopped with it; "
                       "with PREFECT_API_URL set, that server is used.")
    _dirs(p)
    p.add_argument("--cron", default="0 6 * * 1", help='cron schedule (default: "0 6 * * 1", Mondays 06:00)')
    p.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    p.add_argument("--port", type=int, default=None, help="port of the local server (default: a free one)")
    p.add_argument("--prefect-home", default=None, metavar="DIR",
                   help="data directory of the local server (default: CURATED/.state/prefect)")
    p.set_defaults(run=run_serve)
