"""Extraction of Kommunkompassen report PDFs into the contract JSON. Never imports Prefect."""

from functools import cache


@cache
def extractor_version() -> str:
    """The installed package's version (read once, when first asked: the metadata machinery
    costs a noticeable share of a short `kompass extract`'s start-up)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kommunkompassen")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0+source"


def __getattr__(name: str):
    if name == "__version__":
        return extractor_version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def extract_report(path, *, ocr: bool = True):
    """Extracts one report PDF; see `extractors.report.extract_report`.

    Raises only `ExtractionError`, whatever the file holds: an unexpected
    exception is an extractor bug and becomes `internal_error` (naming the
    exception and where it was raised); running out of memory becomes
    `out_of_memory`. KeyboardInterrupt and SystemExit pass through.
    """
    from extractors.model import ExtractionError
    from extractors.report import extract_report as _extract

    try:
        return _extract(path, ocr=ocr)
    except ExtractionError:
        raise
    except MemoryError as exc:
        # Not a bug in the report's reading but a limit of this machine; the next file may fit.
        raise ExtractionError(
            "out_of_memory",
            f"ran out of memory reading the file (raised at {raised_at(exc)}); it may be hostile, "
            "or too large for this machine",
            file=_file_name(path),
        ) from exc
    except Exception as exc:
        raise ExtractionError(
            "internal_error",
            f"extractor bug: {type(exc).__name__}: {exc} (raised at {raised_at(exc)}); "
            "the file may be fine, please report it with this message",
            file=_file_name(path),
        ) from exc


def _file_name(path) -> str:
    from os import PathLike
    from pathlib import Path

    return Path(path).name if isinstance(path, (str, PathLike)) else repr(path)


def raised_at(exc: BaseException) -> str:
    """"module:line" where `exc` was raised and, when that is outside the extractor
    (in PyMuPDF, say), the extractor's last line on the way: "pymupdf:5818 via extractors.areas:120"."""
    frames = []
    tb = exc.__traceback__
    while tb is not None:
        frames.append((tb.tb_frame.f_globals.get("__name__", "?"), tb.tb_lineno))
        tb = tb.tb_next
    if not frames:
        return "?"
    module, line = frames[-1]
    where = f"{module}:{line}"
    ours = [(m, n) for m, n in frames if m.startswith("extractors.") and m != __name__]
    if ours and ours[-1] != frames[-1]:
        where += f" via {ours[-1][0]}:{ours[-1][1]}"
    return where


__all__ = ["extract_report", "extractor_version", "raised_at"]
