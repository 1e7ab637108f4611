"""`kompass extract` and `kompass debug`: thin wrappers over `extractors`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from extractors.model import ExtractionError

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def register(sub: argparse._SubParsersAction) -> None:
    extract = sub.add_parser(
        "extract",
        help="extract report PDFs into the contract JSON",
        description="Extracts one report PDF (or every PDF in a folder) into JSON following "
        "extract.schema.json. Exit 0 when every file extracted cleanly, 1 when any had errors.",
    )
    extract.add_argument("source", type=Path, help="a report PDF, or a folder of them")
    extract.add_argument("-o", "--output", type=Path, help="output JSON file (one PDF) or folder (a folder)")
    extract.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel processes for a folder")
    extract.add_argument("--no-ocr", action="store_true", help="do not OCR scanned pages (they fail instead)")
    extract.set_defaults(run=run_extract)

    debug = sub.add_parser(
        "debug",
        help="draw the words, lines and bullets found onto a page image",
        description="Renders one page to PNG with what the "
        "extractor found (words, lines, bullets) drawn on top: the first thing to look at when a layout surprises.",
    )
    debug.add_argument("source", type=Path, help="a report PDF")
    debug.add_argument("--page", type=int, required=True, help="page number, from 1")
    debug.add_argument("-o", "--output", type=Path, help="PNG to write (default: <pdf stem>-p<N>.png)")
    debug.set_defaults(run=run_debug)


def _extract_one(pdf: Path, no_ocr: bool) -> tuple[dict | None, list[str], bool]:
    """(record, error lines, has errors) for one PDF; never raises for a bad PDF."""
    from extractors import extract_report

    try:
        result = extract_report(pdf, ocr=not no_ocr)
    except ExtractionError as exc:
        page = f", page {exc.page}" if exc.page else ""
        return None, [f"{pdf}{page}: [{exc.code}] {exc.message}"], True
    lines = [
        f"{pdf}{f', page {i.page}' if i.page else ''}: [{i.code}] {i.message}"
        for i in result.issues
        if i.severity == "error"
    ]
    return result.to_dict(), lines, result.has_errors


def _write_json(record: dict, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(target)  # never leave a half-written JSON behind


def run_extract(args: argparse.Namespace) -> int:
    source: Path = args.source
    if source.is_dir():
        if args.output is None:
            print("kompass extract: a folder needs -o OUTDIR", file=sys.stderr)
            return EXIT_USAGE
        pdfs = sorted(p for p in source.iterdir() if p.suffix.lower() == ".pdf")
        if not pdfs:
            print(f"kompass extract: no PDF files in {source}", file=sys.stderr)
            return EXIT_USAGE
        jobs = max(1, min(args.jobs, len(pdfs)))
        failed = 0
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = pool.map(_extract_one, pdfs, [args.no_ocr] * len(pdfs))
            for pdf, (record, errors, has_errors) in zip(pdfs, results):
                for line in errors:
                    print(line, file=sys.stderr)
                if record is not None:
                    _write_json(record, args.output / f"{pdf.stem}.json")
                failed += has_errors
        print(f"extracted {len(pdfs) - failed} of {len(pdfs)} cleanly; {failed} with errors", file=sys.stderr)
        return EXIT_ERRORS if failed else EXIT_OK
    if not source.exists():
        print(f"kompass extract: {source}: no such file", file=sys.stderr)
        return EXIT_USAGE
    record, errors, has_errors = _extract_one(source, args.no_ocr)
    for line in errors:
        print(line, file=sys.stderr)
    if record is not None:
        if args.output:
            _write_json(record, args.output)
        else:
            json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
    return EXIT_ERRORS if has_errors else EXIT_OK


def run_debug(args: argparse.Namespace) -> int:
    from extractors.debug import render_debug_page

    try:
        out = render_debug_page(args.source, args.page, args.output)
    except ExtractionError as exc:
        print(f"{exc}", file=sys.stderr)
        return EXIT_ERRORS
    except ValueError as exc:
        print(f"kompass debug: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(out)
    return EXIT_OK
