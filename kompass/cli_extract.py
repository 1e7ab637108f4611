"""`kompass extract` and `kompass debug`: thin wrappers over `extractors`."""

from __future__ import annotations

import argparse
import json
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.model import ExtractionError
from kompass.options import add_time_limit, limit_of

if TYPE_CHECKING:
    from curation import isolated
    from curation.time_limit import TimeLimit

EXIT_OK, EXIT_ERRORS, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3
BUG_CODES = frozenset({"internal_error"})  # the extractor failed, not the file

EXIT_CODES_HELP = """exit codes:
  0  every file extracted cleanly
  1  some file could not be extracted or has errors (each named on stderr with file, page and code),
     or outlived its time limit ([extraction_timed_out]: its process was stopped)
  2  usage error (no such file, a folder without -o, no PDF in the folder, a framework or language
     file that does not load: KOMPASS_FRAMEWORKS / KOMPASS_LANGUAGES)
  3  an extractor bug: some file raised an unexpected exception ([internal_error]) or its process
     died, twice, reading it ([worker_crashed]: a crash in MuPDF or Tesseract, or the OOM killer);
     the other files were still extracted
"""


def register(sub: argparse._SubParsersAction) -> None:
    extract = sub.add_parser(
        "extract",
        help="extract report PDFs into the contract JSON",
        description="Extracts one report PDF (or every *.pdf in a folder) into JSON following "
        "extract.schema.json. A file that cannot be extracted never stops a folder: every other "
        "file still gets its JSON, and the bad one is named on stderr with its error code. Each "
        "file is extracted in a child process within its time limit (--time-limit), so that one "
        "that hangs is stopped and one that crashes takes down only that process.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract.add_argument("source", type=Path, help="a report PDF, or a folder of them")
    extract.add_argument("-o", "--output", type=Path, help="output JSON file (one PDF) or folder (a folder)")
    extract.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                         help="files of a folder extracted at a time, each in a child process (default: the cores)")
    extract.add_argument("--no-ocr", action="store_true", help="do not OCR scanned pages (they fail instead)")
    add_time_limit(extract)
    extract.add_argument("-q", "--quiet", action="store_true",
                         help="no progress bar (a folder shows one on a terminal); errors are still printed")
    extract.set_defaults(run=run_extract)

    debug = sub.add_parser(
        "debug",
        help="draw what the extractor found and used onto a page image",
        description="Renders one page to PNG with what the extractor found drawn on top: words, lines, bullets "
        "and OCR confidences, and what each reader used: the regions it read in, a score table's columns and "
        "rows, and every value read from the page boxed round its words and labelled with its field. The first "
        "thing to look at when a layout surprises.",
    )
    debug.add_argument("source", type=Path, help="a report PDF")
    debug.add_argument("--page", type=int, required=True, help="page number, from 1")
    debug.add_argument("-o", "--output", type=Path, help="PNG to write (default: <pdf stem>-p<N>.png)")
    debug.add_argument("--what", default="words,lines,readers",
                       help="layers to draw, comma-separated: words (with bullets and OCR confidences), lines, "
                       "readers (regions, columns, rows and values); default all")
    debug.add_argument("--save-input", type=Path, metavar="JSON",
                       help="also write the report's input record (words, marks, OCR words) as JSON, "
                       "loadable with extractors.report_input.load")
    debug.set_defaults(run=run_debug)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What extracting one file gave: the record (None when it could not be extracted), the
    stderr lines naming its errors, whether it has errors, and whether one is an extractor bug."""

    record: dict | None
    lines: tuple[str, ...]
    has_errors: bool
    bug: bool = False


def _line(pdf: Path, code: str, message: str, page: int | None = None) -> str:
    return f"{pdf}{f', page {page}' if page else ''}: [{code}] {message}"


def _bug(pdf: Path, message: str) -> Outcome:
    return Outcome(None, (_line(pdf, "internal_error", message),), True, True)


def _extract_one(pdf: Path, no_ocr: bool) -> Outcome:
    """One PDF's outcome; never raises for a bad PDF, and reports an extractor bug as such."""
    from extractors import extract_report, raised_at

    try:
        result = extract_report(pdf, ocr=not no_ocr)
        record = result.to_dict()
    except ExtractionError as exc:
        return Outcome(None, (_line(pdf, exc.code, exc.message, exc.page),), True, exc.code in BUG_CODES)
    except Exception as exc:  # outside extract_report's guard (the record's serialisation)
        return _bug(pdf, f"extractor bug: {type(exc).__name__}: {exc} (raised at {raised_at(exc)})")
    lines = tuple(_line(pdf, i.code, i.message, i.page) for i in result.issues if i.severity == "error")
    return Outcome(record, lines, result.has_errors)


# What extracts one file, in its child process: a module-level function, which the child imports
# by name (tests put one here that hangs or crashes on chosen files).
extract_one: Callable[[Path, bool], Outcome] = _extract_one

# How `kompass extract` is given more time (in the message of a file that outlived its limit).
RAISE_LIMIT_WITH = "--time-limit SECONDS per file and --time-per-page SECONDS"


def _job(pdf: Path, no_ocr: bool) -> isolated.Job:
    from curation import isolated

    return isolated.Job(extract_one, (pdf, no_ocr), pdf)


def _from_child(pdf: Path, outcome: isolated.Outcome) -> Outcome:
    """The file's outcome from what its child process gave, a failure named as `ingest` names it:
    a file that outlived its limit has errors, one whose process died (twice) is an extractor bug."""
    from curation import isolated, parallel

    match outcome:
        case isolated.Finished(value):
            return value
        case isolated.TimedOut(limit, pages):
            message = parallel.timed_out_message(limit, pages, RAISE_LIMIT_WITH)
            return Outcome(None, (_line(pdf, parallel.TIMED_OUT, message),), True)
        case isolated.Died(how):
            return Outcome(None, (_line(pdf, parallel.WORKER_CRASHED, parallel.crashed_message(how)),), True, True)
        case isolated.Raised(error):  # outside _extract_one's guard (its outcome could not come back...)
            return _bug(pdf, f"extractor bug: {error}")
    raise TypeError(f"not an outcome: {outcome!r}")


def _extract_alone(pdf: Path, no_ocr: bool, limit: TimeLimit | None) -> Outcome:
    """One file: in a child process within `limit`, or in this process when there is no limit."""
    if limit is None:
        return extract_one(pdf, no_ocr)
    from curation import isolated

    [outcome] = isolated.run_in_children([_job(pdf, no_ocr)], limit)
    return _from_child(pdf, outcome)


def _outcomes(pdfs: list[Path], no_ocr: bool, jobs: int, limit: TimeLimit | None) -> Iterator[tuple[Path, Outcome]]:
    """Every file's outcome, as each comes back. `jobs` threads each drive a child process
    (`curation.isolated`, as ingest's batches are extracted) that takes the next file not taken
    yet: a file that outlives `limit` (None: no limit) has its child killed, one that kills its
    child is tried once more in a fresh one, and the thread goes on with a fresh child."""
    from curation import isolated

    todo: queue.SimpleQueue = queue.SimpleQueue()
    for pdf in pdfs:
        todo.put(_job(pdf, no_ocr))
    done: queue.SimpleQueue = queue.SimpleQueue()  # (pdf, isolated outcome) or (None, what a thread raised)
    stop = threading.Event()  # set when this generator ends early (Ctrl-C): no thread starts another file

    def next_files() -> Iterator[isolated.Job]:
        while not stop.is_set():
            try:
                yield todo.get_nowait()
            except queue.Empty:
                return

    def work() -> None:
        try:
            isolated.run_in_children(next_files(), limit, lambda job, outcome: done.put((job.pdf, outcome)))
        except BaseException as exc:  # noqa: BLE001 - a child ended by Ctrl-C: raised in the main thread
            done.put((None, exc))

    # Daemon threads: should this process end while a child is busy, the kernel ends the child too.
    threads = [threading.Thread(target=work, name="kompass-extract", daemon=True) for _ in range(jobs)]
    for thread in threads:
        thread.start()
    try:
        for _ in pdfs:
            pdf, outcome = done.get()
            if pdf is None:
                raise outcome
            yield pdf, _from_child(pdf, outcome)
    finally:
        stop.set()
    for thread in threads:  # each stops its child, idle by now: none outlives the command
        thread.join()


@contextmanager
def _progress(show: bool, total: int) -> Iterator[tuple[Callable[[], None], Callable[[str], None]]]:
    """(advance, echo): a progress bar on stderr when `show`, with lines printed above it."""
    if not show:
        yield (lambda: None), (lambda line: print(line, file=sys.stderr))
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True, highlight=False, markup=False)
    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True) as bar:
        job = bar.add_task("extracting", total=total)
        yield (lambda: bar.advance(job)), (lambda line: console.print(line, soft_wrap=True))


def _write_json(record: dict, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".tmp")
    tmp.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(target)  # never leave a half-written JSON behind


def _exit_code(outcomes: list[Outcome]) -> int:
    if any(o.bug for o in outcomes):
        return EXIT_BUG
    return EXIT_ERRORS if any(o.has_errors for o in outcomes) else EXIT_OK


def _saved(pdf: Path, outcome: Outcome, target: Path) -> Outcome:
    """Writes the file's JSON; a failed write (disk full, no permission) is an error of that file."""
    if outcome.record is None:
        return outcome
    try:
        _write_json(outcome.record, target)
    except OSError as exc:
        return Outcome(outcome.record, (*outcome.lines, _line(pdf, "write_failed", f"cannot write {target}: {exc}")), True, outcome.bug)
    return outcome


def _extract_folder(source: Path, output: Path, jobs: int, no_ocr: bool, limit: TimeLimit | None,
                    show_progress: bool) -> int:
    # Every *.pdf entry, folders too: one named x.pdf is reported as not_a_file, not skipped silently.
    try:
        pdfs = sorted(p for p in source.iterdir() if p.suffix.lower() == ".pdf")
    except OSError as exc:
        print(f"kompass extract: cannot list {source}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not pdfs:
        print(f"kompass extract: no PDF files in {source}", file=sys.stderr)
        return EXIT_USAGE
    results = []
    with _progress(show_progress, len(pdfs)) as (advance, echo):
        for pdf, outcome in _outcomes(pdfs, no_ocr, max(1, min(jobs, len(pdfs))), limit):
            outcome = _saved(pdf, outcome, output / f"{pdf.stem}.json")
            for line in outcome.lines:
                echo(line)
            results.append(outcome)
            advance()
    failed, bugs = sum(o.has_errors for o in results), sum(o.bug for o in results)
    summary = f"extracted {len(pdfs) - failed} of {len(pdfs)} cleanly; {failed} with errors"
    if bugs:
        summary += f", {bugs} of them by an extractor bug (exit {EXIT_BUG}): please report it"
    print(summary, file=sys.stderr)
    return _exit_code(results)


def run_extract(args: argparse.Namespace) -> int:
    source: Path = args.source
    if source.is_dir():
        if args.output is None:
            print("kompass extract: a folder needs -o OUTDIR", file=sys.stderr)
            return EXIT_USAGE
        return _extract_folder(source, args.output, args.jobs, args.no_ocr, limit_of(args),
                               show_progress=sys.stderr.isatty() and not args.quiet)
    if not source.exists():
        print(f"kompass extract: {source}: no such file", file=sys.stderr)
        return EXIT_USAGE
    outcome = _extract_alone(source, args.no_ocr, limit_of(args))
    if outcome.record is not None and args.output:
        outcome = _saved(source, outcome, args.output)
    for line in outcome.lines:
        print(line, file=sys.stderr)
    if outcome.record is not None and not args.output:
        json.dump(outcome.record, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return _exit_code([outcome])


def run_debug(args: argparse.Namespace) -> int:
    from extractors.debug import render_debug_page
    from extractors.report import read_input
    from extractors.report_input import save

    what = [layer.strip() for layer in args.what.split(",") if layer.strip()]
    try:
        report_input = read_input(args.source)
        if args.save_input:
            save(report_input, args.save_input)
        out = render_debug_page(args.source, args.page, args.output, what=what, report_input=report_input)
    except ExtractionError as exc:
        print(f"{exc}", file=sys.stderr)
        return EXIT_ERRORS
    except ValueError as exc:
        print(f"kompass debug: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(out)
    return EXIT_OK
