"""Bad input gets a specific error code naming the file, never a crash or a silent result."""

from __future__ import annotations

import os
import shutil
import tarfile
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

from extractors import extract_report, pdf_input, report
from extractors.layout import drop_running_heads, group_lines
from extractors.model import ExtractionError, Word
from extractors.pdf_input import MAX_PAGE_WORDS, DocumentText, PageText, is_scan, read_document
from extractors.scan_image import page_scan
from extractors.settings import OCR_DEFAULTS
from tests import hostile_pdfs

CORPUS_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdf"
SAMPLE = Path(__file__).resolve().parents[1] / "raw_reports" / "heby-2014.pdf"


def _code_of(path: Path) -> ExtractionError:
    with pytest.raises(ExtractionError) as info:
        extract_report(path)
    assert info.value.file == path.name
    return info.value


def _text_pdf(path: Path, lines: list[str]) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for i, line in enumerate(lines):
        page.insert_text((72, 72 + 16 * i), line)
    doc.save(path)
    return path


def test_missing_file(tmp_path: Path) -> None:
    assert _code_of(tmp_path / "nope.pdf").code == "not_found"


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert _code_of(tmp_path / "empty.pdf").code == "empty"


def test_not_a_pdf(tmp_path: Path) -> None:
    (tmp_path / "page.pdf").write_text("<html>404 Not Found</html>")
    error = _code_of(tmp_path / "page.pdf")
    assert error.code == "corrupt" and "%PDF-" in error.message


def test_garbage_after_pdf_header(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    assert _code_of(tmp_path / "broken.pdf").code in {"corrupt", "truncated", "empty"}


def test_truncated_download(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 2])
    assert _code_of(tmp_path / "cut.pdf").code in {"truncated", "corrupt"}


def test_encrypted(tmp_path: Path) -> None:
    doc = pymupdf.open(SAMPLE)
    doc.save(tmp_path / "locked.pdf", encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    error = _code_of(tmp_path / "locked.pdf")
    assert error.code == "encrypted" and "password" in error.message


def test_pdf_without_text(tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page()
    doc.save(tmp_path / "blank.pdf")
    assert _code_of(tmp_path / "blank.pdf").code == "no_text"


def test_some_other_document(tmp_path: Path) -> None:
    pdf = _text_pdf(tmp_path / "invoice.pdf", ["Faktura 2014-03", "Att betala: 1 200 kr", "Tack för ert köp"])
    assert _code_of(pdf).code == "not_a_report"


def test_a_kommunkompassen_text_of_no_known_framework(tmp_path: Path) -> None:
    pdf = _text_pdf(tmp_path / "old.pdf", ["KommunKompassen", "ANALYS AV", "HEBY KOMMUN 2014", "Område 1 Något helt annat"])
    error = _code_of(pdf)
    assert error.code == "unsupported_framework" and "kommunkompassen-2010" in error.message


def test_a_copy_under_another_name_extracts_identically(tmp_path: Path) -> None:
    copy = tmp_path / "renamed.pdf"
    shutil.copy(SAMPLE, copy)
    original, renamed = extract_report(SAMPLE).to_dict(), extract_report(copy).to_dict()
    assert renamed["source"]["sha256"] == original["source"]["sha256"]
    assert {**renamed, "source": None} == {**original, "source": None}


def test_missing_pages_are_listed_as_errors_not_hidden(tmp_path: Path) -> None:
    doc = pymupdf.open(SAMPLE)
    doc.select(list(range(0, 20)))  # keep the cover to area 7: area 8 and the score tables are gone
    doc.save(tmp_path / "partial.pdf")
    result = extract_report(tmp_path / "partial.pdf")
    codes = {i.code for i in result.issues if i.severity == "error"}
    assert result.has_errors
    assert "score_table_missing" in codes and "area_section_missing" in codes


def test_a_report_without_area_sections_is_recognised_by_its_summary_table(tmp_path: Path) -> None:
    rows = [
        "1. Offentlighet och demokrati          55",
        "2. Tillgänglighet och brukarorientering 49",
        "3. Politisk styrning och kontroll       66",
        "4. Ledarskap, ansvar och delegation     51",
        "5. Resultat och effektivitet            52",
        "6. Kommunen som arbetsgivare personalpolitik 42",
        "7. Verksamhetsutveckling                40",
        "8. Kommun som samhällsbyggare           71",
        "TOTALT                                  426",
    ]
    doc = pymupdf.open()
    cover = doc.new_page()
    for i, line in enumerate(["KommunKompassen", "ANALYS AV", "HEBY KOMMUN 2014", "Leif Eldås och Britt-Marie Hedlund SKL"]):
        cover.insert_text((72, 100 + 30 * i), line, fontsize=14)
    page = doc.new_page()
    for i, row in enumerate(rows):
        label, score = row.rsplit(" ", 1)
        page.insert_text((72, 100 + 20 * i), label.strip(), fontname="helv", fontsize=11)
        page.insert_text((400, 100 + 20 * i), score, fontname="helv", fontsize=11)
    doc.save(tmp_path / "summary-only.pdf")
    result = extract_report(tmp_path / "summary-only.pdf")
    record = result.to_dict()
    assert record["report"]["framework"] == "kommunkompassen-2010"
    assert [a["score"] for a in record["areas"]] == [55, 49, 66, 51, 52, 42, 40, 71]
    assert record["total"]["score"] == 426
    codes = {i.code for i in result.issues if i.severity == "error"}
    assert {"area_section_missing", "score_table_missing"} <= codes


# -- pre-checks that used to misjudge files ----------------------------------------------------


def _same_report(path: Path) -> None:
    original, other = extract_report(SAMPLE).to_dict(), extract_report(path).to_dict()
    assert {**other, "source": None} == {**original, "source": None}


def test_a_valid_pdf_with_kilobytes_after_its_eof_is_not_truncated(tmp_path: Path) -> None:
    # Servers and mail gateways append data; the marker used to be looked for in the last 2 KB only.
    pdf = tmp_path / "padded.pdf"
    pdf.write_bytes(SAMPLE.read_bytes() + b"\0trailing data\n" * 400)
    _same_report(pdf)


def test_text_before_the_pdf_header_is_tolerated(tmp_path: Path) -> None:
    pdf = tmp_path / "saved-with-headers.pdf"
    pdf.write_bytes(b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n" + SAMPLE.read_bytes())
    _same_report(pdf)


def test_a_truncated_file_with_eof_appended_is_truncated_not_empty(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 2] + b"\n%%EOF\n")
    error = _code_of(tmp_path / "cut.pdf")
    assert error.code == "truncated" and "startxref" in error.message


def test_a_pdf_without_pages_as_written_is_empty(tmp_path: Path) -> None:
    (tmp_path / "nopages.pdf").write_bytes(hostile_pdfs.minimal_pdf("0", ""))
    assert _code_of(tmp_path / "nopages.pdf").code == "empty"


@pytest.mark.parametrize("count", ["1000000", "-1", "99999999999999999999"])
def test_an_absurd_page_count_is_corrupt_not_a_crash(tmp_path: Path, count: str) -> None:
    (tmp_path / "count.pdf").write_bytes(hostile_pdfs.minimal_pdf(count, "3 0 R"))
    error = _code_of(tmp_path / "count.pdf")
    assert error.code == "corrupt" and "page tree" in error.message


def test_a_zip_holding_a_pdf_is_named_a_zip_not_read_as_the_pdf(tmp_path: Path) -> None:
    # Read as the PDF, it got the ZIP's hash as its identity.
    for method in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        with zipfile.ZipFile(tmp_path / "report.pdf", "w", method) as archive:
            archive.write(SAMPLE, "heby-2014.pdf")
        error = _code_of(tmp_path / "report.pdf")
        assert error.code == "corrupt" and "ZIP" in error.message


def test_a_tar_holding_a_pdf_is_named_a_tar(tmp_path: Path) -> None:
    with tarfile.open(tmp_path / "report.pdf", "w") as archive:
        archive.add(SAMPLE, "heby-2014.pdf")
    error = _code_of(tmp_path / "report.pdf")
    assert error.code == "corrupt" and "tar" in error.message


def test_binary_data_before_the_pdf_header_is_not_a_pdf(tmp_path: Path) -> None:
    (tmp_path / "packed.pdf").write_bytes(b"\x00\x01\x02\x03packed\x00" + SAMPLE.read_bytes())
    error = _code_of(tmp_path / "packed.pdf")
    assert error.code == "corrupt" and "binary" in error.message


def test_a_folder_named_like_a_pdf_is_not_a_file(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").mkdir()
    error = _code_of(tmp_path / "x.pdf")
    assert error.code == "not_a_file" and "directory" in error.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_named_like_a_pdf_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.pdf")  # opening it for reading would wait for a writer forever
    assert _code_of(tmp_path / "pipe.pdf").code == "not_a_file"


# -- one page does not decide the whole report -----------------------------------------------


def _with_page(tmp_path: Path, name: str, add) -> Path:
    doc = pymupdf.open(SAMPLE)
    add(doc)
    doc.save(tmp_path / name)
    return tmp_path / name


def _no_tesseract(monkeypatch) -> None:
    def refuse() -> None:
        raise AssertionError("Tesseract must not be consulted for a born-digital report")

    monkeypatch.setattr(pdf_input, "_tessdata", refuse)


def test_a_logo_back_cover_is_a_picture_page_not_a_scan(tmp_path: Path, monkeypatch) -> None:
    pdf = _with_page(tmp_path, "logo.pdf", hostile_pdfs.logo)
    _no_tesseract(monkeypatch)
    doc = read_document(pdf)
    assert doc.picture_pages == (len(doc.pages),) and not doc.ocr and doc.issues == ()
    result = extract_report(pdf)
    assert result.record["source"]["ocr"] is False
    _same_report_but_pages(pdf)


def _same_report_but_pages(pdf: Path) -> None:
    original, other = extract_report(SAMPLE).to_dict(), extract_report(pdf).to_dict()
    assert other["areas"] == original["areas"] and other["total"] == original["total"]


@pytest.mark.usefixtures("needs_corpus")
def test_vasteras_back_cover_logo_leaves_it_born_digital(monkeypatch) -> None:
    _no_tesseract(monkeypatch)
    doc = read_document(CORPUS_PDF / "vasteras-2016.pdf")
    assert doc.picture_pages == (29,) and not doc.ocr
    assert extract_report(CORPUS_PDF / "vasteras-2016.pdf").record["source"]["ocr"] is False


def _scan_of(tmp_path: Path, pages: int) -> Path:
    """The sample's first pages as images only, as a scanner makes them."""
    source, scan = pymupdf.open(SAMPLE), pymupdf.open()
    for index in range(pages):
        page = scan.new_page(width=source[index].rect.width, height=source[index].rect.height)
        page.insert_image(page.rect, pixmap=source[index].get_pixmap(dpi=50))
    scan.save(tmp_path / "scan.pdf")
    return tmp_path / "scan.pdf"


def test_a_document_of_images_stays_a_scan(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pdf_input, "_tessdata", lambda: None)
    error = _code_of(_scan_of(tmp_path, 3))
    assert error.code == "no_text" and "scanned images" in error.message and error.page == 1


def test_is_scan_weighs_image_pages_against_text_pages() -> None:
    def read(words: int, image_only: bool) -> pdf_input.PageRead:
        text = PageText(1, 595, 842, tuple(Word("ord", 0, 0, 1, 1, 1) for _ in range(words)))
        return pdf_input.PageRead(text, image_only)

    text, image, blank = read(300, False), read(0, True), read(0, False)
    assert not is_scan([text] * 28 + [image])  # a logo back cover
    assert not is_scan([text] * 10 + [image] * 3 + [blank] * 2)  # photographs and blank pages
    assert is_scan([image] * 28)
    assert is_scan([text] + [image] * 27)  # a born-digital cover on a scanned report
    assert not is_scan([text, blank])


def test_a_picture_page_is_ocred_only_on_request(tmp_path: Path, monkeypatch) -> None:
    pdf = _with_page(tmp_path, "logo.pdf", hostile_pdfs.logo)
    monkeypatch.setattr(pdf_input, "_tessdata", lambda: None)
    doc = read_document(pdf, ocr_pages=frozenset({len(pymupdf.open(pdf)), 3}))  # 3 has a text layer: ignored
    last = len(doc.pages)
    assert [(i.severity, i.code, i.page) for i in doc.issues] == [("warning", "ocr_unavailable", last)]
    assert doc.picture_pages == (last,) and not doc.pages[2].ocr and not doc.ocr


@pytest.mark.usefixtures("needs_tesseract")
def test_a_requested_picture_page_is_read_by_ocr(tmp_path: Path) -> None:
    def pasted_text(doc: pymupdf.Document) -> None:
        page = doc.new_page(-1)
        picture = pymupdf.open()
        picture.new_page().insert_text((72, 100), "Styrkor och förbättringsområden i kommunen", fontsize=16)
        page.insert_image(page.rect, pixmap=picture[0].get_pixmap(dpi=200))

    pdf = _with_page(tmp_path, "pasted.pdf", pasted_text)
    plain = read_document(pdf)
    last = len(plain.pages)
    assert plain.picture_pages == (last,) and not plain.pages[-1].words and not plain.ocr
    read = read_document(pdf, ocr_pages=frozenset({last}))
    assert read.pages[-1].ocr and "Styrkor" in {w.text for w in read.pages[-1].words}
    assert read.ocr and not any(p.ocr for p in read.pages[:-1])


def test_ocr_is_claimed_only_when_ocr_contributed_words() -> None:
    text = PageText(1, 595, 842, (Word("Heby", 0, 0, 1, 1, 1, 11.0),))
    empty_ocr = PageText(2, 595, 842, (), ocr=True)
    assert not DocumentText("a.pdf", "0" * 64, (text, empty_ocr)).ocr
    assert DocumentText("a.pdf", "0" * 64, (text, PageText(2, 595, 842, (Word("x", 0, 0, 1, 1, 2),), ocr=True))).ocr


def test_an_unreadable_page_is_an_issue_and_the_rest_is_read(tmp_path: Path) -> None:
    pdf = _with_page(tmp_path, "nested.pdf", hostile_pdfs.nested_forms)
    doc = read_document(pdf)
    last = len(doc.pages)
    ((severity, code, page, message),) = [(i.severity, i.code, i.page, i.message) for i in doc.issues]
    assert (severity, code, page) == ("error", "page_unreadable", last) and "stack overflow" in message
    assert not doc.pages[-1].words and all(p.words for p in doc.pages[:-1])
    _same_report_but_pages(pdf)


def test_a_page_read_past_damage_is_flagged(tmp_path: Path) -> None:
    doc = read_document(_with_page(tmp_path, "damaged.pdf", hostile_pdfs.flipped_stream(4)))
    assert [(i.severity, i.code, i.page) for i in doc.issues] == [("error", "page_damaged", 5)]


def test_a_page_of_far_too_many_words_is_left_out_quickly(tmp_path: Path) -> None:
    pdf = _with_page(tmp_path, "words.pdf", hostile_pdfs.many_words(300_000))
    start = time.perf_counter()
    doc = read_document(pdf)
    assert time.perf_counter() - start < 10
    last = len(doc.pages)
    assert [(i.code, i.page) for i in doc.issues] == [("page_too_large", last)] and not doc.pages[-1].words
    _same_report_but_pages(pdf)


def test_line_grouping_stays_fast_for_a_page_just_under_the_limit() -> None:
    n = MAX_PAGE_WORDS - 1
    arrangements = {
        "a line per word": [Word("w", 10, i * 0.04, 12, i * 0.04 + 0.03, 1, 0.03) for i in range(n)],
        "one line": [Word("w", i * 0.03, 100, i * 0.03 + 0.02, 110, 1, 10) for i in range(n)],
        "one spot": [Word("w", 10, 100, 20, 110, 1, 10)] * n,
        "heights alternating": [Word("w", i * 0.03, 100, i * 0.03 + 0.02, 101 if i % 2 else 130, 1, 10) for i in range(n)],
    }
    for name, words in arrangements.items():
        start = time.perf_counter()
        group_lines(PageText(1, 595, 842, tuple(words)))
        assert time.perf_counter() - start < 2, name


def test_a_black_scanned_page_does_not_divide_by_zero() -> None:
    doc = pymupdf.open()
    hostile_pdfs.black_picture(doc)
    scan = page_scan(doc[0], 1, replace(OCR_DEFAULTS, dpi=72))
    assert scan.number == 1 and scan.page.size == (int(doc[0].rect.width), int(doc[0].rect.height))


def test_running_heads_are_matched_fuzzily_only_on_ocr_pages() -> None:
    def page(number: int, head: str, ocr: bool) -> PageText:
        size = 0.0 if ocr else 9.0
        words = [Word(t, 72 + 60 * i, 30, 120 + 60 * i, 40, number, size) for i, t in enumerate(head.split())]
        words += [Word(f"Brödtext{number}", 72, 300, 160, 312, number, 0.0 if ocr else 11.0)]
        return PageText(number, 595, 842, tuple(words), ocr)

    pages = [page(n, "Västerås stad analys 2016", False) for n in range(1, 7)]
    pages.append(page(7, "Västerås stat analys 2016", False))  # a text layer's near repeat is text
    pages.append(page(8, "Vasteras stad analys 2016", True))  # OCR misread the head's letters
    pages.append(page(9, "Vasteräs analys 2016", True))  # and lost a word (fax: "Sveriges och Regioner")
    pages.append(page(10, "Västerås", True))  # a word of it alone is no head
    kept = drop_running_heads([(p, group_lines(p)) for p in pages])
    texts = {p.number: [ln.text for ln in lines] for p, lines in zip(pages, kept)}
    assert all(texts[n] == [f"Brödtext{n}"] for n in range(1, 7))
    assert texts[7] == ["Västerås stat analys 2016", "Brödtext7"]
    assert (texts[8], texts[9]) == (["Brödtext8"], ["Brödtext9"])
    assert texts[10] == ["Västerås", "Brödtext10"]


def test_footers_ocr_garbled_past_their_repeats_are_known_by_where_they_stand() -> None:
    # Fax: half the footers garbled beyond any repeat ("g då & av 26"); a list running over the page
    # break stopped at the footer, and 13 lines of findings were lost.
    footers = ["Sida 1 av 8", "g då & av 8", "Snda 3 äv 3", "Sura Vi av 8", "Sida 5 ov åh", "föda 6 av 8",
               "Sdå 7 av 8", "Sida 8 av 8"]

    def page(number: int, footer: str, ocr: bool = True) -> PageText:
        size = 0.0 if ocr else 9.0
        words = [Word(f"Brödtext{number}", 72, 300, 160, 312, number, size)]
        words += [Word(f"Rad{i}", 72, 314 + 14 * i, 160, 326 + 14 * i, number, size) for i in range(6)]  # its pitch
        words += [Word(f"Punkt{'abcdefgh'[number - 1]}", 72, 760, 160, 772, number, size)]  # in the margin, no number
        words += [Word(t, 260 + 40 * i, 794 + number % 3, 290 + 40 * i, 800 + number % 3, number, size)
                  for i, t in enumerate(footer.split())]
        return PageText(number, 595, 842, tuple(words), ocr)

    pages = [page(n, footer) for n, footer in enumerate(footers, 1)]
    kept = drop_running_heads([(p, group_lines(p)) for p in pages])
    assert all([ln.text for ln in lines] == [f"Brödtext{p.number}", *(f"Rad{i}" for i in range(6)),
                                             f"Punkt{'abcdefgh'[p.number - 1]}"] for p, lines in zip(pages, kept))
    # A short numbered line standing there on a few pages only is text; a text layer's is read exactly.
    few = [page(n, footer if n <= 2 else "") for n, footer in enumerate(footers, 1)]
    kept = drop_running_heads([(p, group_lines(p)) for p in few])
    assert [ln.text for ln in kept[1]] == ["Brödtext2", *(f"Rad{i}" for i in range(6)), "Punktb", "g då & av 8"]
    printed = [page(n, footer, ocr=False) for n, footer in enumerate(footers, 1)]
    kept = drop_running_heads([(p, group_lines(p)) for p in printed])
    assert [ln.text for ln in kept[1]] == ["Brödtext2", *(f"Rad{i}" for i in range(6)), "Punktb", "g då & av 8"]



def _body_page(number: int, texts: list[str], *, first_top: float = 100.0, footer: str = "") -> PageText:
    """An OCR'd page of body lines at a 14-point pitch from `first_top`, and a footer at 775."""
    words = [Word(t, 72 + 60 * j, first_top + 14 * i, 120 + 60 * j, first_top + 14 * i + 10, number, 0.0, conf=90.0)
             for i, text in enumerate(texts) for j, t in enumerate(text.split())]
    words += [Word(t, 260 + 40 * i, 775, 290 + 40 * i, 781, number, 0.0, conf=60.0) for i, t in enumerate(footer.split())]
    return PageText(number, 595, 842, tuple(words), True)


def test_footers_ocr_garbled_past_any_number_are_known_by_where_they_stand_apart() -> None:
    """Fax 41007000: "Sida lav il", "da art" for "Sida 13 av 30", "Sida 21 av 30": nearly every
    footer garbled, half of them without a digit; 154 lines of area 7's findings were read as none."""
    footers = ["Sida lav il", "da art", "ida Hav 30", "Sudda av 0", "öe Jia 00", "mda fav Gc", "Bada 0", "Sala Slav 0"]
    body = ["Brödtext rad", "Punkt rad", "Mer text", "Sista rad"]
    pages = [_body_page(n, [f"{t} {n}" if i == 0 else t for i, t in enumerate(body)], first_top=660, footer=footer)
             for n, footer in enumerate(footers, 1)]
    kept = drop_running_heads([(p, group_lines(p)) for p in pages])
    assert all(len(lines) == len(body) and not any(ln.top >= 770 for ln in lines) for lines in kept)


def test_a_reports_first_lines_at_one_place_on_every_page_are_no_running_heads() -> None:
    """Low-resolution 41002000 (no running heads): every page's first line stands at one place, set
    at the body's pitch; short ones ("Styrker", "– Tydeliggjøre ansvaret") were dropped as garbled
    heads, and area headings opening a page ("Område 3 Politisk styrning", set apart, numbered) too."""
    firsts = ["Styrker", "Område 3 Politisk styrning", "Forbedringsområder", "Område 4 Ledelse",
              "– Tydeliggjøre ansvaret for oppfølging", "Kompetanseutvikling", "Område 5 Resultat", "Politiske mål 2"]
    pages = []
    for n, first in enumerate(firsts, 1):
        heading = first.startswith("Område")
        page = _body_page(n, [first, "Brödtext rad", "Mer text här", "Sista rad"], first_top=72)
        if heading:  # set apart: the next line three pitches below
            page = PageText(n, 595, 842, tuple(w if w.top == 72 else w._replace(top=w.top + 28, bottom=w.bottom + 28)
                                               for w in page.words), True)
        pages.append(page)
    kept = drop_running_heads([(p, group_lines(p)) for p in pages])
    assert [lines[0].text for lines in kept] == firsts


# -- the guard around extract_report -----------------------------------------------------------


def _raising(exc: BaseException):
    def extract(path, *, ocr=True):
        raise exc

    return extract


def test_an_unexpected_exception_is_an_internal_error_naming_the_bug(monkeypatch) -> None:
    monkeypatch.setattr(report, "extract_report", _raising(KeyError("area")))
    error = _code_of(SAMPLE)
    assert error.code == "internal_error"
    assert "extractor bug" in error.message and "KeyError" in error.message and "'area'" in error.message
    assert "tests.test_bad_input:" in error.message  # where it was raised, as module:line


def test_running_out_of_memory_is_its_own_code(monkeypatch) -> None:
    monkeypatch.setattr(report, "extract_report", _raising(MemoryError()))
    assert _code_of(SAMPLE).code == "out_of_memory"


def test_an_interrupt_is_not_swallowed(monkeypatch) -> None:
    monkeypatch.setattr(report, "extract_report", _raising(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        extract_report(SAMPLE)


@pytest.mark.parametrize(
    "bomb",
    [hostile_pdfs.form_bomb, hostile_pdfs.disguised_form_bomb, hostile_pdfs.content_bomb],
    ids=["forms drawing forms", "disguised forms drawing forms", "inflating content"],
)
def test_a_page_that_would_take_unbounded_work_is_left_out_at_once(tmp_path: Path, bomb) -> None:
    pdf = _with_page(tmp_path, "bomb.pdf", bomb)
    start = time.perf_counter()
    doc = read_document(pdf)
    assert time.perf_counter() - start < 5
    last = len(doc.pages)
    ((code, page, message),) = [(i.code, i.page, i.message) for i in doc.issues]
    assert (code, page) == ("page_too_large", last) and "MB of content" in message
