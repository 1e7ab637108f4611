"""Extraction of Kommunkompassen report PDFs into the contract JSON. Never imports Prefect."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kommunkompassen")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"


def extract_report(path, *, ocr: bool = True):
    """Extracts one report PDF; see `extractors.report.extract_report`."""
    from extractors.report import extract_report as _extract

    return _extract(path, ocr=ocr)


__all__ = ["__version__", "extract_report"]
