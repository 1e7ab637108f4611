"""Fuzzing on a fixed seed: mutated real reports never crash the extractor or stop a batch.

Each mutation is a kind of damage met in the wild or made by hand: bytes
flipped in the middle, downloads cut short (with and without an '%%EOF'
appended), an absurd page count, deleted objects, a duplicated xref, a PDF
inside a ZIP or tar, junk before the header or after the end, a folder named
x.pdf, an encrypted copy, a page of 200,000 words, black image pages, form
XObjects nested past MuPDF's limit, forms drawing forms a hundred thousand
times, a content stream inflating to 100 MB, an image or a page too large to
render.

Asserted: only `ExtractionError` leaves `extract_report`, never
`internal_error` (that would be a bug the guard merely hides), every file
finishes in bounded time; `kompass extract DIR --jobs 2` writes JSON for every
good file and names every bad one on stderr with a code, no process over
MAX_RSS_MB; a mutation reads like the original or an error says it is
damaged; one that leaves the PDF valid extracts exactly like the original.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import subprocess
import sys
import tarfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest

from extractors import extract_report
from extractors.model import ExtractionError
from extractors.pdf_input import read_document
from tests import hostile_pdfs
from tests.requirements import require

ROOT = Path(__file__).resolve().parents[1]
CORPUS_PDF = ROOT.parent / "shared" / "corpus" / "pdf"
SCANNED = {"trollhattan-2021"}  # its byte flips would send 28 pages to OCR: minutes per mutation
SEED = 20240607
SECONDS_PER_FILE = 20  # the slowest good report takes under a second; Tesseract on a black page a few
MAX_RSS_MB = 450  # a worker's peak; the largest corpus report takes about 150 MB

pytestmark = pytest.mark.slow


def _sources() -> list[Path]:
    """The text-layer reports to mutate: the corpus and raw_reports/, each content once."""
    require(CORPUS_PDF.is_dir(), f"the report corpus at {CORPUS_PDF} (the fuzz test mutates its reports)")
    seen, out = set(), []
    for pdf in sorted(CORPUS_PDF.glob("*.pdf")) + sorted((ROOT / "raw_reports").glob("*.pdf")):
        digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
        if pdf.stem not in SCANNED and digest not in seen:
            seen.add(digest)
            out.append(pdf)
    return out


@dataclass(frozen=True, slots=True)
class Mutant:
    path: Path
    kind: str
    source: Path | None  # the report it was made from
    valid: bool = False  # still the same PDF: must extract exactly like the source


# -- byte-level mutations ----------------------------------------------------------------


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 24)):
        at = rng.randrange(len(data) // 10, len(data) * 9 // 10)
        out[at] ^= rng.randrange(1, 256)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data) // 20, len(data) - 64)]


def truncate_with_eof(rng: random.Random, data: bytes) -> bytes:
    return truncate(rng, data) + b"\n%%EOF\n"


def absurd_count(value: str) -> Callable[[random.Random, bytes], bytes]:
    def mutate(rng: random.Random, data: bytes) -> bytes:
        root = re.search(rb"/Type\s*/Pages\b", data)
        count = re.compile(rb"/Count\s+-?\d+")
        match = count.search(data, root.start() if root else 0) or count.search(data)
        return data[: match.start()] + b"/Count " + value.encode() + data[match.end() :]

    return mutate


def _objects(data: bytes) -> list[tuple[int, int]]:
    """[start, end) of each 'N 0 obj ... endobj'."""
    spans = []
    for match in re.finditer(rb"\d+ \d+ obj\b", data):
        end = data.find(b"endobj", match.end())
        if end > 0:
            spans.append((match.start(), end + len(b"endobj")))
    return spans


def delete_object(rng: random.Random, data: bytes) -> bytes:
    start, end = rng.choice(_objects(data))
    return data[:start] + data[end:]  # later offsets shift: MuPDF must repair


def blank_object(rng: random.Random, data: bytes) -> bytes:
    start, end = rng.choice(_objects(data))
    return data[:start] + b" " * (end - start) + data[end:]  # offsets kept, the object gone


def _xref_section(data: bytes) -> bytes:
    start = int(data[data.rfind(b"startxref") + len(b"startxref") :].split()[0])
    return data[start:]


def duplicate_xref_at_end(rng: random.Random, data: bytes) -> bytes:
    return data + b"\n" + _xref_section(data)  # a second, identical xref, trailer and end: still valid


def duplicate_xref_in_middle(rng: random.Random, data: bytes) -> bytes:
    start, _ = rng.choice(_objects(data))
    return data[:start] + _xref_section(data) + data[start:]


def zip_wrap(method: int) -> Callable[[random.Random, bytes], bytes]:
    def mutate(rng: random.Random, data: bytes) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", method) as archive:
            archive.writestr("rapport.pdf", data)
        return out.getvalue()

    return mutate


def tar_wrap(rng: random.Random, data: bytes) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as archive:
        info = tarfile.TarInfo("rapport.pdf")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return out.getvalue()


def trailing_garbage(rng: random.Random, data: bytes) -> bytes:
    return data + rng.randbytes(rng.randrange(3_000, 200_000))


def junk_before_header(rng: random.Random, data: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n" + data


BYTE_MUTATIONS: list[tuple[str, Callable[[random.Random, bytes], bytes], int, bool]] = [
    # (kind, mutation, how many, leaves the PDF valid)
    ("flip", flip_bytes, 14, False),
    ("truncate", truncate, 5, False),
    ("truncate+eof", truncate_with_eof, 5, False),
    ("count=1000000", absurd_count("1000000"), 1, False),
    ("count=-1", absurd_count("-1"), 1, False),
    ("count=0", absurd_count("0"), 1, False),
    ("count=huge", absurd_count("99999999999999999999"), 1, False),
    ("delete-object", delete_object, 2, False),
    ("blank-object", blank_object, 2, False),
    ("dup-xref-end", duplicate_xref_at_end, 1, True),
    ("dup-xref-middle", duplicate_xref_in_middle, 1, False),
    ("zip-stored", zip_wrap(zipfile.ZIP_STORED), 1, False),
    ("zip-deflated", zip_wrap(zipfile.ZIP_DEFLATED), 1, False),
    ("tar", tar_wrap, 1, False),
    ("trailing-garbage", trailing_garbage, 2, True),
    ("junk-before-header", junk_before_header, 1, True),
]


# -- documents built with PyMuPDF ----------------------------------------------------------


def with_page(add: Callable[[pymupdf.Document], None]) -> Callable[[Path, Path], None]:
    """A builder of the source report with one hostile page appended."""

    def build(source: Path, target: Path) -> None:
        doc = pymupdf.open(source)
        add(doc)
        doc.save(target)

    return build


def encrypted_copy(source: Path, target: Path) -> None:
    pymupdf.open(source).save(target, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="hemligt", owner_pw="ägare")


# (kind, builder, whether it starts from a source report)
BUILT: list[tuple[str, Callable[..., None], bool]] = [
    ("many-words", with_page(hostile_pdfs.many_words(200_000)), True),
    ("black-picture-page", with_page(hostile_pdfs.black_picture), True),
    ("nested-xobjects", with_page(hostile_pdfs.nested_forms), True),
    ("form-bomb", with_page(hostile_pdfs.form_bomb), True),
    ("content-bomb", with_page(hostile_pdfs.content_bomb), True),
    ("encrypted", encrypted_copy, True),
    ("black-scan", hostile_pdfs.black_scan, False),
    ("image-bomb", hostile_pdfs.image_bomb, False),
    ("giant-page", hostile_pdfs.giant_page, False),
]


def make_mutants(folder: Path, sources: list[Path], seed: int = SEED) -> list[Mutant]:
    rng = random.Random(seed)
    mutants = []
    for kind, mutate, count, valid in BYTE_MUTATIONS:
        for index in range(count):
            source = rng.choice(sources)
            path = folder / f"{kind}-{index}-{source.stem}.pdf"
            path.write_bytes(mutate(rng, source.read_bytes()))
            mutants.append(Mutant(path, kind, source, valid))
    for kind, build, from_source in BUILT:
        source = rng.choice(sources) if from_source else None
        path = folder / f"{kind}{'-' + source.stem if source else ''}.pdf"
        build(source, path) if source else build(path)  # type: ignore[call-arg]
        mutants.append(Mutant(path, kind, source))
    (folder / "folder.pdf").mkdir()
    (folder / "folder.pdf" / "inside.pdf").write_bytes(sources[0].read_bytes())
    mutants.append(Mutant(folder / "folder.pdf", "directory", None))
    return mutants


@dataclass(frozen=True, slots=True)
class Result:
    record: dict | None  # the extraction, or None when ExtractionError
    code: str | None
    message: str
    seconds: float
    input_issues: tuple  # DocumentText.issues as (severity, code, page)


def _extract(path: Path) -> Result:
    start = time.perf_counter()
    try:
        record = extract_report(path).to_dict()
    except ExtractionError as exc:
        return Result(None, exc.code, exc.message, time.perf_counter() - start, ())
    seconds = time.perf_counter() - start
    # report.py does not merge the input layer's page issues yet: ask for them apart.
    issues = tuple((i.severity, i.code, i.page) for i in read_document(path).issues)
    return Result(record, None, "", seconds, issues)


def _contract(record: dict) -> dict:
    """The record without what names the file, lists issues or says how it was read (the parsing
    report counts the pages, a picture page too)."""
    return {**record, "source": None, "issues": None, "parsing": None}


@pytest.fixture(scope="module")
def mutants(tmp_path_factory) -> tuple[Path, list[Mutant]]:
    folder = tmp_path_factory.mktemp("fuzz")
    return folder, make_mutants(folder, _sources())


# The in-process checks share one extraction of every mutant (about 30 s), so they are one
# test; the batch through the command line is the other, and xdist runs the two side by side.


def test_mutations_through_extract_report(mutants) -> None:
    _, found = mutants
    results, escaped = {}, []
    for mutant in found:
        try:
            results[mutant.path] = _extract(mutant.path)
        except Exception as exc:  # the guard in extract_report must make this impossible
            escaped.append(f"{mutant.path.name}: {type(exc).__name__}: {exc}")
    assert not escaped, "exceptions other than ExtractionError escaped extract_report:\n" + "\n".join(escaped)
    originals = {s: extract_report(s).to_dict() for s in {m.source for m in found if m.source is not None}}
    codes = Counter(r.code or "extracted" for r in results.values())
    print(f"\nfuzz: {len(found)} mutations, seed {SEED}: {dict(sorted(codes.items()))}")
    check_no_extractor_bug_and_bounded_time(results)
    check_valid_mutations_extract_like_the_original(found, results, originals)
    check_each_kind_of_damage_gets_its_code(found, results)
    check_never_silently_wrong(found, results, originals)
    check_one_bad_page_leaves_the_rest_readable(found, results, originals)
    check_a_black_picture_page_is_no_scan(found, results, originals)


def check_no_extractor_bug_and_bounded_time(results: dict[Path, Result]) -> None:
    bugs = [f"{p.name}: {r.message}" for p, r in results.items() if r.code in {"internal_error", "out_of_memory"}]
    assert not bugs, "the extractor failed on its own (a bug the guard only reports):\n" + "\n".join(bugs)
    slow = [f"{p.name}: {r.seconds:.1f} s" for p, r in results.items() if r.seconds > SECONDS_PER_FILE]
    assert not slow, f"files over {SECONDS_PER_FILE} s:\n" + "\n".join(slow)


def check_valid_mutations_extract_like_the_original(found: list[Mutant], results, originals) -> None:
    valid = [m for m in found if m.valid]
    assert len(valid) >= 4
    for mutant in valid:
        result = results[mutant.path]
        assert result.record is not None, f"{mutant.path.name}: [{result.code}] {result.message}"
        assert {**result.record, "source": None} == {**originals[mutant.source], "source": None}, mutant.path.name
        assert result.input_issues == (), mutant.path.name


def check_each_kind_of_damage_gets_its_code(found: list[Mutant], results) -> None:
    by_kind: dict[str, list[Result]] = {}
    for mutant in found:
        by_kind.setdefault(mutant.kind, []).append(results[mutant.path])

    def codes(kind: str) -> set[str | None]:
        return {r.code for r in by_kind[kind]}

    assert codes("truncate") == {"truncated"}
    # A cut file with '%%EOF' appended is damage, never `empty`: truncated when no page is
    # left, else read as far as MuPDF can rebuild it, and said so.
    assert codes("truncate+eof") <= {"truncated", "corrupt", None}
    for result in by_kind["truncate+eof"]:
        assert result.code or ("warning", "pdf_repaired", None) in result.input_issues
    for kind in ("count=1000000", "count=-1", "count=huge"):
        assert codes(kind) <= {"corrupt", None}, kind  # corrupt, or a readable report
    for kind in ("zip-stored", "zip-deflated", "tar"):
        (result,) = by_kind[kind]
        assert result.code == "corrupt" and ("ZIP" in result.message or "tar" in result.message), result.message
    assert codes("directory") == {"not_a_file"}
    assert codes("encrypted") == {"encrypted"}
    assert codes("black-scan") == {"no_text"}
    assert codes("image-bomb") == codes("giant-page") == {"too_large"}


def check_never_silently_wrong(found: list[Mutant], results, originals) -> None:
    """A mutation reads like the original, or an error says it is damaged (MuPDF reads
    past a broken stream and loses text with only a warning)."""
    silent = []
    for mutant in found:
        result = results[mutant.path]
        if result.record is None or mutant.source is None:
            continue
        original = originals[mutant.source]
        errors = {code for severity, code, _ in result.input_issues if severity == "error"}
        errors |= {i["code"] for i in result.record["issues"] if i["severity"] == "error"}
        errors -= {i["code"] for i in original["issues"]}
        if _contract(result.record) != _contract(original) and not errors:
            silent.append(mutant.path.name)
    assert not silent, f"read differently from the original without an error: {silent}"


def check_one_bad_page_leaves_the_rest_readable(found: list[Mutant], results, originals) -> None:
    for kind, code in (
        ("many-words", "page_too_large"),
        ("form-bomb", "page_too_large"),
        ("content-bomb", "page_too_large"),
        ("nested-xobjects", "page_unreadable"),
    ):
        (mutant,) = [m for m in found if m.kind == kind]
        result = results[mutant.path]
        assert result.record is not None, f"{kind}: [{result.code}] {result.message}"
        pages = result.record["source"]["pages"]
        assert result.input_issues == (("error", code, pages),), kind
        assert result.record["areas"] == originals[mutant.source]["areas"], kind


def check_a_black_picture_page_is_no_scan(found: list[Mutant], results, originals) -> None:
    (mutant,) = [m for m in found if m.kind == "black-picture-page"]
    doc = read_document(mutant.path, ocr=False)  # no Tesseract needed: the page is a picture
    assert doc.picture_pages == (len(doc.pages),) and not doc.ocr
    record = results[mutant.path].record
    assert record is not None and record["source"]["ocr"] is False
    assert record["areas"] == originals[mutant.source]["areas"]


KNOWN_CODES = {
    "not_found", "empty", "not_a_file", "io_error", "corrupt", "truncated", "encrypted", "too_large", "no_text",
    "not_a_report", "unsupported_framework", "out_of_memory", "internal_error",
}  # fmt: skip


def test_kompass_extract_over_mutations_and_good_files(mutants, tmp_path: Path) -> None:
    folder, found = mutants
    good = sorted((ROOT / "raw_reports").glob("*.pdf"))  # each extracts cleanly
    for pdf in good:
        (folder / f"good-{pdf.name}").write_bytes(pdf.read_bytes())
    out = tmp_path / "out"
    # The batch runs under a process of its own that reports its descendants' peak memory:
    # this test process's own children (Tesseract, Chromium in other tests) must not count.
    measure = (
        "import resource, subprocess, sys; done = subprocess.run(sys.argv[1:]); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(done.returncode)"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", measure, sys.executable, "-m", "kompass", "extract", str(folder), "-o", str(out),
         "--jobs", "2"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    seconds = time.perf_counter() - start
    peak_mb = int(done.stderr.strip().splitlines()[-1]) / 1024
    assert done.returncode == 1, done.stderr[-3000:]  # bad files: 1; an extractor bug would be 3
    assert "[internal_error]" not in done.stderr, done.stderr
    named: dict[str, set[str]] = {}
    for line in done.stderr.splitlines():
        match = re.match(r"(.+?\.pdf)(?:, page \d+)?: \[(\w+)\]", line)
        if match:
            named.setdefault(Path(match[1]).name, set()).add(match[2])
    for pdf in good:
        assert json.loads((out / f"good-{pdf.stem}.json").read_text("utf-8"))["issues"] == []
        assert f"good-{pdf.name}" not in named
    for mutant in found:
        has_json = (out / f"{mutant.path.stem}.json").exists()
        codes = named.get(mutant.path.name, set())
        assert has_json or codes & KNOWN_CODES, f"{mutant.path.name}: neither JSON nor an error code on stderr"
    refused = sum(1 for m in found if not (out / f"{m.path.stem}.json").exists())
    assert peak_mb < MAX_RSS_MB, f"a process of the batch peaked at {peak_mb:.0f} MB"
    print(f"\nkompass extract over {len(found) + len(good)} files: {seconds:.1f} s, peak {peak_mb:.0f} MB, {refused} refused")
