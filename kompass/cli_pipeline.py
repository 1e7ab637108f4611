"""Dataset commands: ingest, rebuild, quality, site, serve.

Prefect is imported inside each command (never at module import), so
`kompass extract` does not pay its import time or its logging set-up.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from curation.store import MAX_ATTEMPTS
from kompass.options import add_time_limit

DEFAULT_RAW = "raw_reports"
DEFAULT_CURATED = "curated"
DEFAULT_TIMEZONE = "Europe/Stockholm"


def _dirs(p: argparse.ArgumentParser, raw: bool = True) -> None:
    if raw:
        p.add_argument("--raw", default=DEFAULT_RAW, metavar="DIR",
                       help=f"directory of report PDFs and sources.csv (default: {DEFAULT_RAW})")
    p.add_argument("--curated", default=DEFAULT_CURATED, metavar="DIR",
                   help=f"directory of the curated dataset (default: {DEFAULT_CURATED})")


def _dask(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dask-address", metavar="tcp://HOST:PORT", default=None,
                   help="run extraction on this existing Dask cluster (default: local processes)")


def _limit_params(args: argparse.Namespace) -> dict:
    return {"time_limit_s": args.time_limit, "time_per_page_s": args.time_per_page}


def _quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print only warnings, errors and the summary line (no progress bar, no Prefect log)")


# Exit codes of ingest and rebuild (`curation.summary`): every report published, some file failed
# or was quarantined (the rest published), or the command could not run as given.
EXIT_ALL_PUBLISHED, EXIT_HELD_BACK, EXIT_USAGE = 0, 1, 2
EXIT_CODES_HELP = """exit codes:
  0  every report is published (warnings allowed)
  1  some file failed (could not be downloaded or read at all) or was quarantined (read, held back by
     an error or an unresolved conflict); the rest is published, and the summary line names them.
     Also: the run itself failed (one line on stderr says why)
  2  usage error: no such raw directory, a Dask address that is malformed or where no usable
     cluster answers, a framework or language file that does not load (KOMPASS_FRAMEWORKS /
     KOMPASS_LANGUAGES)
"""


def _fail(message: str, code: int = EXIT_HELD_BACK) -> int:
    print(f"kompass: {message}", file=sys.stderr)
    return code


def _check_raw(raw: str) -> str | None:
    return None if Path(raw).is_dir() else f"{raw}: no such directory of report PDFs (see --raw)"


@contextmanager
def _prefect_console(quiet: bool) -> Iterator[None]:
    """Prefect's console log at WARNING while a quiet command runs (the API still gets every line).

    Set through Prefect's logging settings before Prefect is imported, and on the handlers when it
    already was (an embedding process); restored afterwards.
    """
    import flows  # (sets Prefect's setting defaults: before Prefect is first imported)

    if not quiet:
        yield
        return
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
    handlers = flows.prefect_console_handlers()
    levels = [h.level for h in handlers]
    for h in handlers:
        h.setLevel(max(h.level, logging.WARNING))
    try:
        yield
    finally:
        for h, level in zip(handlers, levels):
            h.setLevel(level)


def _run_flow(command: str, args: argparse.Namespace) -> int:
    if err := _check_raw(args.raw):
        return _fail(err, EXIT_USAGE)
    raw, curated = Path(args.raw).resolve(), Path(args.curated).resolve()
    if args.dask_address:
        from curation.cluster import ClusterError, check_cluster

        try:
            check_cluster(args.dask_address, raw)
        except ClusterError as exc:
            return _fail(str(exc), EXIT_USAGE)
    from curation.summary import RunSummary

    if command == "ingest" and not os.environ.get("PREFECT_API_URL"):
        # Nothing to do is found without starting Prefect's temporary API (many seconds); with a
        # Prefect server configured, every run is a flow run there.
        from curation.idle import idle_summary

        try:
            idle = idle_summary(raw, curated, fetch=not args.no_fetch)
        except (RuntimeError, ValueError, OSError) as exc:
            return _fail(str(exc))
        if idle is not None:
            print(idle.line())
            return _with_site(args, curated, idle.exit_code())
    with _prefect_console(args.quiet):
        from flows import pipeline  # Prefect starts here

        flow = pipeline.ingest if command == "ingest" else pipeline.rebuild
        params = {"raw": str(raw), "curated": str(curated), "dask_address": args.dask_address,
                  **_limit_params(args), "show_progress": sys.stderr.isatty() and not args.quiet}
        if command == "ingest":
            params["fetch"] = not args.no_fetch
        try:
            summary = RunSummary.from_dict(flow(**params))
        except (RuntimeError, ValueError, OSError) as exc:
            return _fail(str(exc))
    print(summary.line())
    return _with_site(args, curated, summary.exit_code())


def _site_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--site", metavar="DIR", default=None,
                   help="after publishing, write the static site (the explorer) of the dataset into DIR "
                   "(skipped when DIR already shows the current release)")


def _with_site(args: argparse.Namespace, curated: Path, code: int) -> int:
    """Writes the site after an ingest or rebuild when `--site` asks for it; the run's exit code,
    or 1 when the site could not be written (one line on stderr says why)."""
    if not args.site:
        return code
    from curation.explorer.build import is_current, write_site

    site = Path(args.site)
    if is_current(curated, site):
        return code
    try:
        print(write_site(curated, site).line())
    except (FileNotFoundError, OSError, ValueError) as exc:
        return _fail(f"site: {exc}")
    return code


def run_site(args: argparse.Namespace) -> int:
    from curation.explorer.build import write_site

    try:
        summary = write_site(Path(args.curated), Path(args.output), args.pdf_base)
    except (FileNotFoundError, OSError, ValueError) as exc:
        return _fail(f"site: {exc}")
    print(summary.line())
    return 0


def run_ingest(args: argparse.Namespace) -> int:
    return _run_flow("ingest", args)


def run_rebuild(args: argparse.Namespace) -> int:
    return _run_flow("rebuild", args)


def run_quality(args: argparse.Namespace) -> int:
    with _prefect_console(args.quiet):
        from flows import pipeline

        try:
            path = pipeline.quality(curated=args.curated)
        except (FileNotFoundError, RuntimeError) as exc:
            return _fail(str(exc))
    print(f"quality: wrote {path}")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    if err := _check_raw(args.raw):
        return _fail(err, EXIT_USAGE)
    if err := _check_timezone(args.timezone):
        return _fail(err, EXIT_USAGE)
    params = {"raw": str(Path(args.raw).resolve()), "curated": str(Path(args.curated).resolve()),
              "fetch": True, **_limit_params(args)}
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


def _check_timezone(name: str) -> str | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return f"--timezone {name!r}: not an IANA time zone (e.g. Europe/Stockholm, Europe/Oslo, UTC)"
    return None


def _serve(args: argparse.Namespace, params: dict) -> int:
    with _prefect_console(args.quiet):
        from prefect.schedules import Cron

        from flows import pipeline

        print(f"serve: running ingest on cron {args.cron!r} in {args.timezone} (Ctrl-C stops)", file=sys.stderr)
        pipeline.ingest.serve(name=args.name, schedules=[Cron(args.cron, timezone=args.timezone)],
                              parameters=params)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Adds the dataset commands to `kompass`."""
    p = sub.add_parser("ingest", help="fetch new sources, extract new or changed PDFs, publish the dataset",
                       description="Downloads reports listed in RAW/sources.csv, extracts PDFs whose "
                       "content is new (or was read by an older extractor, or failed fewer than "
                       f"{MAX_ATTEMPTS} times), validates everything and publishes CURATED atomically. "
                       "With nothing to do it finishes without starting Prefect (the run is logged in "
                       "CURATED/.state/runs.jsonl).",
                       epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    _dirs(p)
    _dask(p)
    add_time_limit(p)
    _quiet(p)
    p.add_argument("--no-fetch", action="store_true", help="do not download the URLs of sources.csv")
    _site_arg(p)
    p.set_defaults(run=run_ingest)

    p = sub.add_parser("rebuild", help="re-extract every PDF and replace the dataset in one atomic step",
                       description="Re-extracts every PDF (e.g. after the extractor improved) and "
                       "replaces the curated dataset atomically.",
                       epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    _dirs(p)
    _dask(p)
    add_time_limit(p)
    _quiet(p)
    _site_arg(p)
    p.set_defaults(run=run_rebuild)

    p = sub.add_parser("quality", help="re-render the data-quality report (curated/quality/index.html)",
                       description="Re-renders the data-quality report of the current dataset and "
                       "publishes it as a Prefect markdown artifact.")
    _dirs(p, raw=False)
    _quiet(p)
    p.set_defaults(run=run_quality)

    p = sub.add_parser("site", help="write the static site (the explorer) of the curated dataset",
                       description="Writes a static site of the current release: the nation's figures "
                       "(SITE/index.html), a page per municipality (SITE/<code>/index.html), full-text "
                       "search (SITE/search.html), recurring themes and the data-quality page. It needs no "
                       "server: open SITE/index.html from disk or put SITE on any static host.")
    _dirs(p, raw=False)
    p.add_argument("-o", "--output", required=True, metavar="SITE", help="directory to write the site into "
                   "(replaced as a whole)")
    p.add_argument("--pdf-base", metavar="URL", default=None,
                   help="link the reports' PDFs as URL/<file> (default: the URL a report was downloaded from, "
                   "else the raw directory, relative to SITE)")
    p.set_defaults(run=run_site)

    p = sub.add_parser("serve", help="run ingest on a cron schedule (starts a local Prefect server)",
                       description="Serves the ingest flow on a cron schedule. Without PREFECT_API_URL "
                       "a local Prefect server (SQLite, 127.0.0.1) is started and stopped with it; "
                       "with PREFECT_API_URL set, that server is used.")
    _dirs(p)
    p.add_argument("--cron", default="0 6 * * 1", help='cron schedule (default: "0 6 * * 1", Mondays 06:00)')
    p.add_argument("--timezone", default=DEFAULT_TIMEZONE, metavar="ZONE",
                   help=f"IANA time zone the cron schedule is read in, shown in the deployment "
                   f"(default: {DEFAULT_TIMEZONE})")
    p.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    p.add_argument("--port", type=int, default=None, help="port of the local server (default: a free one)")
    p.add_argument("--prefect-home", default=None, metavar="DIR",
                   help="data directory of the local server (default: CURATED/.state/prefect)")
    add_time_limit(p)
    _quiet(p)
    p.set_defaults(run=run_serve)
