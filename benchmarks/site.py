"""Benchmark of the explorer (`kompass site`) on generated reports.

    python benchmarks/site.py [--count 1000] [--seed 700000] [--workdir benchmarks/out/site]

Generates N reports with `reportgen` and publishes their expected records as a release (cached
in the workdir: generating 1,000 takes a minute or two), then measures:
- building the site with `kompass site` (a process of its own, as users run it): target 60 s;
- the heaviest municipality page: target 300 kB;
- search in headless Chromium: queries typed into search.html, each answered (searched and
  shown) within 100 ms.
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BUILD_TARGET_S, PAGE_TARGET_BYTES, SEARCH_TARGET_MS = 60.0, 300_000, 100.0
QUERIES = ("medborgardialog", "chefer ledarskap", "sjukfrånvaro", "följa upp", "digitalisering",
           "medborgarna", "kvalitet", "styrning och kontroll", "innbyggerne", "brukarundersökningar",
           "strategi", "kommunövergripande", "ledarutvecklingsprogram", "resultat", "e-tjänster")


def _reference(country: str) -> list[tuple[str, str, int, int]]:
    import csv

    from schemas import __file__ as schemas_init

    path = Path(schemas_init).parent / "reference" / f"municipalities_{country.lower()}.csv"
    with path.open(encoding="utf-8") as f:
        return [(r["code"], r["name"], int(r["valid_from"] or 0), int(r["valid_to"] or 9999))
                for r in csv.DictReader(f)]


def spread(data: list[dict]) -> list[dict]:
    """The reports given the country's real municipalities, each (municipality, year) once.

    reportgen draws from a few dozen municipalities, so 1,000 of its reports would be mostly
    conflicts (two reports of one municipality and year, both held back). Here each report is
    renamed in turn to the next municipality of its country whose code is valid in its year, as
    if the evaluations of a country were spread over its municipalities: two or three each, some
    across a change of framework. Only the record changes (the site reads the tables, not the PDFs)."""
    pools = {c: _reference(c) for c in ("SE", "NO")}
    turn = {"SE": 0, "NO": 0}
    used: set[tuple[str, int]] = set()
    word = {"SE": "kommun", "NO": "kommune"}
    for d in data:
        rep = d["report"]
        country, year = rep["country"], rep["year"]
        pool = pools[country]
        for _ in range(len(pool)):
            code, name, first, last = pool[turn[country] % len(pool)]
            turn[country] += 1
            if first <= year <= last and (code, year) not in used:
                used.add((code, year))
                rep["municipality_code"], rep["municipality"] = code, f"{name} {word[country]}"
                break
    return data


def release(workdir: Path, count: int, seed: int) -> Path:
    from curation import publish
    from curation.pipeline import build_dataset, write_release
    from reportgen.dataset import expected_records
    from schemas.canonical import loaded_frameworks
    from schemas.records import ExtractedReport

    raw, curated, cache = workdir / "raw_reports", workdir / "curated", workdir / f"records-{seed}-{count}.json"
    if cache.exists():
        data = json.loads(cache.read_text(encoding="utf-8"))
    else:
        t = time.perf_counter()
        data = expected_records(raw, range(seed, seed + count), jobs=os.cpu_count() or 2)
        cache.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        print(f"reports:      {len(data)} generated in {time.perf_counter() - t:.1f} s")
    records = [ExtractedReport(d["source"]["sha256"], d["source"]["file"], "2026-01-01T00:00:00+00:00", "bench",
                               data=d) for d in spread(data)]
    result = build_dataset(records, raw, loaded_frameworks(), [])
    with publish.new_release(curated) as out:
        write_release(result.tables, out, {"raw_dir": str(raw.resolve())})
    return curated


def search_times(site: Path) -> list[float]:
    from tests.cdp import Browser
    from tests.requirements import browser

    exe = browser()
    if exe is None:
        raise SystemExit("Chromium is needed for the search figures (Debian: chromium)")
    times = []
    with Browser(exe) as b:
        b.open((site / "search.html").as_uri())
        for q in QUERIES:
            # typed and submitted as a person would; search.js times the search and the rendering
            b.evaluate(f"document.getElementById('q').value = {json.dumps(q)}; "
                       "document.getElementById('search').requestSubmit(); 0")
            times.append(float(b.evaluate("window.KOMPASS_LAST_MS")))
        if b.errors:
            raise SystemExit(f"console errors: {b.errors}")
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=700_000)
    ap.add_argument("--workdir", type=Path, default=ROOT / "benchmarks" / "out" / "site")
    args = ap.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    curated = release(args.workdir, args.count, args.seed)
    site = args.workdir / "site"

    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kompass", "site", "--curated", str(curated), "-o", str(site)],
                   check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    build_s = time.perf_counter() - t
    pages = sorted(site.glob("*/index.html"), key=lambda p: p.stat().st_size)
    heaviest = pages[-1]
    index_kb = (site / "assets" / "search-index.js").stat().st_size / 1000
    times = search_times(site)

    print(f"site build:   {build_s:.1f} s for {len(pages)} municipality pages (target {BUILD_TARGET_S:.0f} s, "
          f"{os.cpu_count()} cores)")
    print(f"page weight:  heaviest {heaviest.parent.name}/index.html {heaviest.stat().st_size / 1000:.0f} kB, "
          f"median {statistics.median(p.stat().st_size for p in pages) / 1000:.0f} kB "
          f"(target {PAGE_TARGET_BYTES / 1000:.0f} kB); search index {index_kb:.0f} kB")
    print(f"search:       median {statistics.median(times):.1f} ms, slowest {max(times):.1f} ms over {len(times)} "
          f"queries (target {SEARCH_TARGET_MS:.0f} ms)")
    missed = [build_s > BUILD_TARGET_S, heaviest.stat().st_size > PAGE_TARGET_BYTES, max(times) > SEARCH_TARGET_MS]
    return 1 if any(missed) else 0


if __name__ == "__main__":
    raise SystemExit(main())
