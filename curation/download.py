"""Fetches newly published reports listed in `<raw>/sources.csv`.

`sources.csv` has a `url` column and optional `municipality` and `year`. Each
URL not fetched before is downloaded (http/https only, bounded size and time),
checked to be a PDF by its first bytes, and stored as
`<raw>/downloaded/<sha256>.pdf`; `<raw>/downloaded/fetched.json` remembers
which URL gave which file, so a URL is fetched once.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from curation.store import write_atomic

SOURCES_FILE = "sources.csv"
DOWNLOAD_DIR = "downloaded"
REGISTRY_FILE = "fetched.json"
MAX_BYTES = 100 * 1024 * 1024
TIMEOUT_S = 120.0
PDF_MAGIC = b"%PDF-"
MAGIC_WINDOW = 1024  # the PDF header may follow up to 1 KiB of junk (PDF 1.7, 7.5.2 note)


@dataclass(frozen=True, slots=True)
class Source:
    url: str
    municipality: str | None = None
    year: int | None = None


@dataclass(slots=True)
class FetchResult:
    fetched: list[str] = field(default_factory=list)  # stored files, relative to raw
    failed: list[tuple[str, str]] = field(default_factory=list)  # (url, why)
    already: int = 0


class DownloadError(Exception):
    def __init__(self, url: str, reason: str):
        super().__init__(f"{url}: {reason}")
        self.url, self.reason = url, reason


def read_sources(raw_dir: Path) -> list[Source]:
    path = raw_dir / SOURCES_FILE
    if not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if "url" not in (reader.fieldnames or []):
            raise ValueError(f"{path}: expected a header with a `url` column, found {reader.fieldnames}")
        for n, row in enumerate(reader, start=2):
            url = (row.get("url") or "").strip()
            if not url or url.startswith("#"):
                continue
            year = (row.get("year") or "").strip()
            if year and not year.isdigit():
                raise ValueError(f"{path}, line {n}: year must be a number, found {year!r}")
            out.append(Source(url, (row.get("municipality") or "").strip() or None, int(year) if year else None))
    return out


def load_registry(raw_dir: Path) -> dict[str, dict]:
    path = raw_dir / DOWNLOAD_DIR / REGISTRY_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def download_pdf(url: str, dest_dir: Path, *, max_bytes: int = MAX_BYTES, timeout_s: float = TIMEOUT_S,
                 client: httpx.Client | None = None) -> Path:
    """Streams `url` into `dest_dir/<sha256>.pdf`; raises DownloadError saying what was wrong."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise DownloadError(url, "only http and https URLs are fetched")
    dest_dir.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout_s
    own = client is None
    client = client or httpx.Client(follow_redirects=True, timeout=min(timeout_s, 30.0), max_redirects=5)
    fd, tmp = tempfile.mkstemp(dir=dest_dir, prefix=".download-", suffix=".part")
    try:
        h, size, head = hashlib.sha256(), 0, b""
        with os.fdopen(fd, "wb") as out, client.stream("GET", url) as resp:
            if resp.status_code != 200:
                raise DownloadError(url, f"HTTP {resp.status_code}")
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise DownloadError(url, f"{declared} bytes declared, limit {max_bytes}")
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise DownloadError(url, f"more than {max_bytes} bytes, limit reached")
                if time.monotonic() > deadline:
                    raise DownloadError(url, f"took longer than {timeout_s:g} s")
                if len(head) < MAGIC_WINDOW:
                    head += chunk[: MAGIC_WINDOW - len(head)]
                h.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if PDF_MAGIC not in head:
            raise DownloadError(url, f"not a PDF: its first bytes are {head[:16]!r}, expected {PDF_MAGIC!r}")
        final = dest_dir / f"{h.hexdigest()}.pdf"
        os.replace(tmp, final)
        return final
    except httpx.HTTPError as exc:
        raise DownloadError(url, f"{type(exc).__name__}: {exc}") from exc
    finally:
        Path(tmp).unlink(missing_ok=True)
        if own:
            client.close()


def fetch_new(raw_dir: Path, *, max_bytes: int = MAX_BYTES, timeout_s: float = TIMEOUT_S) -> FetchResult:
    """Downloads every source not fetched yet; failures are reported, not raised (the next run retries)."""
    result = FetchResult()
    sources = read_sources(raw_dir)
    if not sources:
        return result
    registry = load_registry(raw_dir)
    dest = raw_dir / DOWNLOAD_DIR
    with httpx.Client(follow_redirects=True, timeout=min(timeout_s, 30.0), max_redirects=5) as client:
        for src in sources:
            if src.url in registry:
                result.already += 1
                continue
            try:
                path = download_pdf(src.url, dest, max_bytes=max_bytes, timeout_s=timeout_s, client=client)
            except DownloadError as exc:
                result.failed.append((src.url, exc.reason))
                continue
            registry[src.url] = {**asdict(src), "file": path.relative_to(raw_dir).as_posix(),
                                 "sha256": path.stem, "fetched_at": datetime.now(UTC).isoformat()}
            write_atomic(dest / REGISTRY_FILE, json.dumps(registry, indent=1, ensure_ascii=False).encode())
            result.fetched.append(path.relative_to(raw_dir).as_posix())
    return result


def _names_match(hint: str, municipality: str | None, code: str | None) -> bool:
    h = hint.strip().casefold()
    if h.isdigit():
        return h == (code or "")
    return municipality is not None and h in municipality.casefold()


def source_hint_issues(reports: list[dict], raw_dir: Path) -> list[dict]:
    """Warnings where sources.csv said another municipality or year than the report itself.

    `reports` rows need report_id, source_file, municipality, municipality_code, year. The
    report's own words win (nothing is overwritten); the disagreement is for a person to look at.
    """
    hints = {e["sha256"]: e for e in load_registry(raw_dir).values()}
    rows = []
    for r in reports:
        hint = hints.get(r["report_id"])
        if hint is None:
            continue
        said = [(k, hint[k]) for k in ("municipality", "year") if hint.get(k) is not None]
        found = {"municipality": r["municipality"], "year": r["year"]}
        wrong = [(k, v) for k, v in said
                 if (k == "year" and v != found["year"] and found["year"] is not None)
                 or (k == "municipality" and not _names_match(v, r["municipality"], r["municipality_code"]))]
        for key, value in wrong:
            rows.append({"report_id": r["report_id"], "source_file": r["source_file"], "severity": "warning",
                         "check_name": "source_mismatch", "expected": str(value), "found": str(found[key]),
                         "message": f"{r['source_file']}: sources.csv gives {key} {value!r} for {hint['url']}, "
                                    f"the report says {found[key]!r}"})
    return rows
