"""One report: the PDF's words in, the contract record out.

`extract_report` is the public entry point. It raises `ExtractionError` only
for a file that cannot be a report at all; everything else that could not be
read is listed in the result's issues, and the result says whether it is
complete.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from extractors import extractor_version
from extractors.areas import AreaSection, find_area_headings, findings_header, read_area_sections
from extractors.cells import (
    BOX,
    TOTAL,
    Cell,
    CellReading,
    Key,
    number_cells,
    reading_the_sums_explain,
    resolve,
    settle_area_readings,
)
from extractors.claims import claim_conflicts
from extractors.cover import (
    Cover,
    evaluation_number,
    evaluation_period,
    read_cover,
    read_evaluators,
)
from extractors.frameworks import Framework, Language, load_frameworks, publisher_names
from extractors.items import Item
from extractors.layout import Line, document_lines, group_pages
from extractors.model import ExtractionError, Issue, IssueLog, Parsed
from extractors.municipalities import canonical_municipality_name, municipality_code
from extractors.pdf_input import DocumentText, has_glyph_bullets, read_document, with_bullet_marks
from extractors.provenance import Provenance, collect
from extractors.questions import ScoreTable, is_table_header, printed_years, read_score_tables
from extractors.report_input import ReportInput
from extractors.selfcheck import (
    claims,
    corrected_misreadings,
    identity_issues,
    item_start_issues,
    lost_line_issues,
    ocr_issues,
    previous_year_issues,
    report_spelling,
    sum_issues,
    text_fields,
    text_issues,
)
from extractors.settings import DEFAULTS, LayoutSettings
from extractors.summary import SummaryTable, date_earlier_scores, find_summary_table
from extractors.text import HYPHENS, HyphenRules, fold, join_lines


@dataclass(slots=True)
class ReportExtraction:
    record: dict
    issues: list[Issue]
    cells: list[Cell] = field(default_factory=list)  # number cells on OCR'd pages, to be read on their own
    parsing: list[Parsed] = field(default_factory=list)  # how each reader found what it read
    # What was read from where: every value's words, the regions, columns and rows the readers
    # used (provenance.py; `kompass debug` draws them). Not part of the record.
    provenance: list[Provenance] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(i.severity == "error" for i in self.issues)

    def to_dict(self) -> dict:
        return {**self.record, "issues": [i.to_dict() for i in self.issues], "parsing": [p.to_dict() for p in self.parsing]}


def _share(framework: Framework, found: int) -> float:
    return found / len(framework.areas)


def _recognised(framework: Framework, found: int) -> bool:
    # Detection compares frameworks: one share for all (not a per-framework setting).
    return _share(framework, found) >= DEFAULTS.min_share_recognised


def _fits(lines: list[Line]) -> list[tuple[Framework, int]]:
    """How many of each framework's areas the report names, best first (by the share of its
    areas): by section headings, or, when no framework's headings are there, by the summary
    table (the slower search)."""
    return _fits_how(lines)[0]


def _fits_how(lines: list[Line]) -> tuple[list[tuple[Framework, int]], str]:
    """`_fits`, and how: `area_headings`, or `summary_table` when the headings fit no framework.
    Each framework is tried with its own settings."""
    fits = [(fw, len(find_area_headings(lines, fw))) for fw in load_frameworks()]
    how = "area_headings"
    if not any(_recognised(fw, n) for fw, n in fits):
        fits = [(fw, len(fw.areas) if find_summary_table(lines, fw, IssueLog()) else n) for fw, n in fits]
        how = "summary_table"
    return sorted(fits, key=lambda t: -_share(*t)), how


def choose_revision(fits: list[tuple[Framework, int]], year: int | None) -> Framework | None:
    """Of the frameworks whose areas the report names (`fits`, best first), the one in force in
    the report's year. Revisions of one country and language may overlap in years: the best
    fit whose years include the report's wins, and of equal fits the one that started last (it
    replaced the other). When the best fit's years exclude the report's, a revision of its
    country and language whose years include it is chosen instead (one that renamed an area
    fits a little worse); None when there is none. Without a year, the best fit."""
    recognised = [(fw, n) for fw, n in fits if _recognised(fw, n)]
    if not recognised:
        return None
    if year is None:
        return recognised[0][0]
    ranked = sorted(recognised, key=lambda t: (-_share(*t), not t[0].covers(year), -t[0].first_year))
    best = ranked[0][0]
    if best.covers(year):
        return best
    revisions = [fw for fw, _ in ranked if fw.covers(year)
                 and (fw.country, fw.language.code) == (best.country, best.language.code)]
    return revisions[0] if revisions else None


def detect_framework(lines: list[Line], year: int | None, file: str, parsing: list[Parsed] | None = None) -> Framework:
    """The framework whose area headings the report uses, in force in its year (`choose_revision`);
    unsupported_framework when none fits, or none of those that fit is valid in the report's year.
    How it was recognised goes to `parsing` when given."""
    fits, how = _fits_how(lines)
    tried = ", ".join(f"{fw.id} ({n}/{len(fw.areas)} areas named)" for fw, n in fits)
    best, found = fits[0]
    if found == 0 and not any("kompass" in fold(ln.text).replace(" ", "") for ln in lines):
        raise ExtractionError(
            "not_a_report",
            "this does not look like a Kommunkompassen/Kommunekompasset report: the name appears nowhere "
            f"and no area heading of a known framework was found; tried {tried}",
            file=file,
        )
    if not _recognised(best, found):
        raise ExtractionError(
            "unsupported_framework",
            f"the report's area headings and summary table fit no known framework; tried {tried}",
            file=file,
        )
    chosen = choose_revision(fits, year)
    if chosen is None:
        assert year is not None  # without a year the best fit is chosen, and it is recognised
        fitting = ", ".join(f"{fw.id} ({fw.years}, {fw.file})" for fw, n in fits if _recognised(fw, n))
        earliest = min(fw.first_year for fw, n in fits if _recognised(fw, n))
        why = (f"before every framework it fits ({fitting}); reports before a framework's first year "
               "used another scale and are not comparable" if year < earliest else
               f"outside the years of every framework it fits ({fitting}); if a revision was still in use "
               "then, extend its last_year")
        raise ExtractionError("unsupported_framework", f"the report is dated {year}, {why}; tried {tried}",
                              file=file, page=1)
    if parsing is not None:
        parsing.append(Parsed("framework", how,
                              fallbacks=("revision_by_year",) if chosen is not best else (), detail=f"tried {tried}"))
    return chosen


def _score_section_start(lines: list[Line], framework: Framework, after: int) -> int:
    return _find_score_section(lines, framework, after)[0]


def _find_score_section(lines: list[Line], framework: Framework, after: int) -> tuple[int, str]:
    """Where section 4 starts and how it was found: its heading ("4 Översikt av poängfördelning",
    `section_heading`), or, when its wording is not one the language file knows, the first score
    table's header (`first_table_header`); `none`: the report's end."""
    settings = framework.layout
    phrases = [fold(p) for p in framework.language.score_section]
    for index in range(after + 1, len(lines)):
        line = lines[index]
        text = fold(line.text)
        if len(line.words) <= settings.section_heading_max_words and any(p in text for p in phrases):
            return index, "section_heading"
        if is_table_header(line, framework, settings):
            return index, "first_table_header"
    return len(lines), "none"


def hyphen_rules(lines: list[Line], language: Language) -> HyphenRules:
    """The language's hyphen words and the document's own spelling: every word it prints whole
    (a line's last word only when it does not end in a hyphen), and whether it is set with
    automatic hyphenation (some words end in a hyphen where no word or abbreviation ends)."""
    texts, stems = set[str](), set[str]()
    for line in lines:
        texts.update(w.text for w in line.words[:-1])
        last = line.words[-1].text
        if last[-1:] in HYPHENS and len(last) > 1:
            stems.add(last[:-1])
        else:
            texts.add(last)
    stems.update(t[:-1] for t in texts if t[-1:] in HYPHENS and len(t) > 1)
    whole = {t.strip(".,;:!?()[]\"'”“’»«").casefold() for t in texts}
    return HyphenRules(
        conjunctions=frozenset(language.conjunctions),
        dangling=frozenset(language.title_dangling),
        prefixes=frozenset(language.hyphen_prefixes),
        lexicon=language.lexicon,
        whole_words=frozenset(whole),
        hyphenated_words=frozenset(w for w in whole if "-" in w.strip("-")),
        hyphen_stems=frozenset(stems),
    )


def _opening_lines(lines: list[Line], settings: LayoutSettings) -> list[Line]:
    """The lines of the report's opening pages (`settings.opening_pages` from its first page)."""
    first = lines[0].page if lines else 1
    return [ln for ln in lines if ln.page < first + settings.opening_pages]


def _from_opening(lines: list[Line], rules: HyphenRules, read, settings: LayoutSettings,
                  what: str = "", log: IssueLog | None = None) -> tuple[object, int | None]:
    """(value, page) of the first opening page (`opening_pages`) whose text `read` finds a value in;
    how, as the parsing report's `what` entry in `log` when given.

    Page by page keeps the provenance; two pages together catch a sentence that
    runs over a page break (its page is then the one the sentence ends on)."""
    opening = _opening_lines(lines, settings)
    pages = sorted({ln.page for ln in opening})
    texts = {page: [ln.text for ln in opening if ln.page == page] for page in pages}
    found: tuple[object, int | None, str] = (None, None, "none")
    for page in pages:
        value = read(join_lines(texts[page], rules))
        if value is not None:
            found = (value, page, "one_page")
            break
    else:
        for before, page in zip(pages, pages[1:]):
            value = read(join_lines(texts[before] + texts[page], rules))
            if value is not None:
                found = (value, page, "across_page_break")
                break
    if log is not None:
        log.parsed(what, found[2], page=found[1], detail=f"pages {pages[0]}-{pages[-1]} read" if pages else "")
    return found[0], found[1]


def _items(number: int, section: AreaSection | None, key: str,
           texts: Mapping[tuple[int, str | None], str]) -> tuple[list[str], list[int]]:
    """A list's texts (as `texts` has them, OCR's misreadings set right) and pages."""
    items: list[Item] = getattr(section, key) if section else []
    return [texts.get((number, f"{key}[{i}]"), item.text) for i, item in enumerate(items)], [i.page for i in items]


def _reading(located) -> dict | None:
    return None if located is None else {"score": located.value, "page": located.page}


def _area_record(
    number: int,
    framework: Framework,
    summary: SummaryTable | None,
    section: AreaSection | None,
    table: ScoreTable | None,
    texts: Mapping[tuple[int, str | None], str],
    log: IssueLog,
    scanned: bool = False,
) -> dict:
    """`scanned`: the area's readings are OCR's, and where they disagree the one its questions'
    scores add up to is published (an info says so; `area_readings_agree` still flags them)."""
    summary_score = summary.scores.get(number) if summary else None
    box = section.box_score if section else None
    total = table.total if table else None
    chosen = summary_score or total or box
    explained = reading_the_sums_explain([summary_score, total, box], table.questions) if scanned and table else None
    if chosen is not None and explained is not None and explained.value != chosen.value:
        log.info("area_score_chosen", f"area {number}: score {explained.value} (page {explained.page}), the reading "
                 f"its questions' scores add up to, not {chosen.value} as read on page {chosen.page}",
                 page=explained.page, area=number)
        chosen = explained
    if summary_score is None and chosen is not None:
        log.warning(
            "area_score_from_fallback",
            f"area {number}: the summary table gives no score; {chosen.value} taken from page {chosen.page}",
            page=chosen.page,
            area=number,
        )
    if section is not None and box is None:
        log.warning(
            "box_score_missing",
            f"area {number}: no score in the area box (expected a large number beside the sub-headings)",
            page=section.page,
            area=number,
        )
    expected_max = framework.area(number).max
    area_max = table.total_max if table and table.total_max is not None else expected_max
    maxima = [q.max for q in table.questions if q.max is not None] if table else []
    if (scanned and table and area_max != expected_max and len(maxima) == len(table.questions)
            and sum(maxima) == expected_max):
        # Two readings against one: OCR misread the total row's max ("190", "2100" for "100").
        log.info("area_max_chosen", f"area {number}: max {expected_max}, the framework's, which its questions' maxima "
                 f"add up to, not {area_max} as read in the total row", page=table.total.page if table.total else None,
                 area=number)
        area_max = expected_max
    elif area_max != expected_max and scanned:
        # OCR's reading of one cell against the framework's definition: the framework's is published,
        # flagged, since its questions' maxima do not settle it (a fax read "100" as "200").
        log.warning("area_max_unexpected", f"area {number}: the score table's total row reads max {area_max} through "
                    f"OCR, the framework gives {expected_max}, which is published; its questions' maxima do not "
                    "settle which is printed", page=table.total.page if table and table.total else None, area=number)
        area_max = expected_max
    elif area_max != expected_max:
        log.warning(
            "area_max_unexpected",
            f"area {number}: the score table's total row gives max {area_max}, the framework {expected_max}",
            page=table.total.page if table and table.total else None,
            area=number,
        )
    strengths, strength_pages = _items(number, section, "strengths", texts)
    improvements, improvement_pages = _items(number, section, "improvements", texts)
    subheadings, _ = _items(number, section, "subheadings", texts)
    return {
        "number": number,
        "name": framework.area(number).name,
        "score": chosen.value if chosen else None,
        "max": area_max,
        "page": section.page if section else None,
        "score_readings": {"summary": _reading(summary_score), "box": _reading(box), "table_total": _reading(total)},
        "subheadings": subheadings,
        "questions": [
            {"id": q.id, "text": texts[(number, q.id)], "score": q.score, "max": q.max, "percent": q.percent,
             "page": q.page}
            for q in (table.questions if table else [])
        ],
        "strengths": strengths,
        "strength_pages": strength_pages,
        "improvements": improvements,
        "improvement_pages": improvement_pages,
    }


def _report_meta(cover: Cover, framework: Framework, lines: list[Line], rules: HyphenRules, log: IssueLog) -> dict:
    language = framework.language
    settings = framework.layout
    period, period_page = _from_opening(lines, rules, lambda text: evaluation_period(text, language), settings,
                                        "evaluation_period", log)
    ordinal, ordinal_page = _from_opening(lines, rules, lambda text: evaluation_number(text, language), settings,
                                          "evaluation_number", log)
    opening = _opening_lines(lines, settings)
    if any(w.conf >= 0 for ln in opening for w in ln.words):
        # Stated nowhere is a report's own choice in print; through OCR it may be a garbled sentence.
        for name, value in (("evaluation_period", period), ("evaluation_number", ordinal)):
            if value is None:
                log.warning("opening_fact_unread",
                            f"no {name.replace('_', ' ')} was read in the OCR'd opening pages: the sentence that "
                            "states it may be garbled, or the report does not state it", page=opening[0].page,
                            field=name)
    municipality = canonical_municipality_name(cover.municipality_raw) if cover.municipality_raw else None
    if municipality is None:
        log.error("municipality_missing", "the cover names no municipality (expected e.g. 'HEBY KOMMUN 2014')", page=cover.page)
    if cover.year is None:
        log.error("year_missing", "the cover gives no year (expected e.g. 'HEBY KOMMUN 2014')", page=cover.page)
    code = municipality_code(municipality, framework.country, cover.year) if municipality else None
    if municipality and code is None:
        log.warning(
            "municipality_code_unknown",
            f"'{municipality}' is not in the {framework.country} municipality reference table for {cover.year}",
            page=cover.page,
        )
    evaluators, unnamed = read_evaluators(cover.evaluator_lines, language, settings)
    if not evaluators:
        log.warning("evaluators_missing", "no evaluator names on the cover", page=cover.page)
    if unnamed and any(w.conf >= 0 for w in cover.evaluator_words):
        log.warning("evaluator_unread",
                    f"cover: the evaluator lines hold {', '.join(repr(w) for w in unnamed)} in small letters, no name's "
                    "part as read: OCR may have misread a name, and that evaluator be missing or misspelt",
                    page=cover.page, field="evaluators")
    return {
        "municipality": municipality,
        "municipality_code": code,
        "country": framework.country,
        "year": cover.year,
        "framework": framework.id,
        "language": language.code,
        "evaluation_period": period,
        "evaluators": evaluators,
        "evaluation_number": ordinal,
        # Where each value was read (contract fields carry no page of their own).
        "pages": {
            "municipality": cover.page if municipality else None,
            "year": cover.page if cover.year else None,
            "evaluators": cover.page if evaluators else None,
            "evaluation_period": period_page,
            "evaluation_number": ordinal_page,
        },
    }


def _list_pages(lines: list[Line], framework: Framework) -> set[int]:
    """Pages that hold lists: each area's box (its heading page) and its findings, to the section's end."""
    headings = sorted(at.start for at in find_area_headings(lines, framework).values())
    if not headings:
        return set()
    ends = [*headings[1:], _score_section_start(lines, framework, headings[-1])]
    pages: set[int] = set()
    for start, end in zip(headings, ends):
        pages.add(lines[start].page)
        findings = next((i for i in range(start, end)
                         if findings_header(lines[i], framework.language, framework.layout) != (None, None)), None)
        if findings is not None:
            pages.update(range(lines[findings].page, lines[max(findings, end - 1)].page + 1))
    return pages


def read_report(
    path: str | Path, *, ocr: bool = True, ocr_pages: frozenset[int] = frozenset()
) -> tuple[DocumentText, list[Line], Framework, Cover]:
    """Reads the PDF (`read_document`) and prepares it for the readers (`prepare`).
    `ocr_pages`: picture pages to read through OCR after all (see `extract_report`)."""
    return prepare(read_document(path, ocr=ocr, ocr_pages=ocr_pages))


def prepare(doc: DocumentText) -> tuple[DocumentText, list[Line], Framework, Cover]:
    """The read document's lines, cover and framework, with its drawn bullets added where lists
    are (pure: the marks were read with the words)."""
    grouped = group_pages(doc)
    lines = document_lines(doc, grouped)
    cover = read_cover(lines, publisher_names())
    framework = detect_framework(lines, cover.year, doc.file, cover.parsing)
    if not has_glyph_bullets(doc):
        doc = with_bullet_marks(doc, _list_pages(lines, framework))
        lines = document_lines(doc, group_pages(doc, reuse=grouped))  # only pages given bullets regroup
    return doc, lines, framework, cover


def parse_document(doc: DocumentText, lines: list[Line], framework: Framework, cover: Cover,
                   cell_readings: Mapping[Key, CellReading] | None = None) -> ReportExtraction:
    """The pure part: a read document to the contract record and its issues. `cell_readings`:
    the number cells of OCR'd tables read on their own (`extract_report`), for cells.py to
    choose among."""
    log = IssueLog()
    settings = framework.layout  # the defaults, with the framework file's [layout] overrides
    rules = hyphen_rules(lines, framework.language)

    summary = find_summary_table(lines, framework, log, settings)
    headings = find_area_headings(lines, framework, settings)
    last_heading = max((at.start for at in headings.values()), default=0)
    score_start, score_found_by = _find_score_section(lines, framework, last_heading)
    sections = read_area_sections(lines, framework, headings, score_start, rules, log, settings)
    log.parsed("score_section", score_found_by, page=lines[score_start].page if score_start < len(lines) else None)

    def settle(tables: dict[int, ScoreTable]) -> None:
        if cell_readings:
            area_scores = {a.number: (summary.scores.get(a.number) if summary else None)
                           or (sections[a.number].box_score if a.number in sections else None)
                           for a in framework.areas}
            # Area by area, each against its own maximum; a table of a number the framework lacks
            # (a misread header) against the largest.
            maxima = {a.number: a.max for a in framework.areas}
            for number, table in tables.items():
                resolve({number: table}, cell_readings, area_scores, maxima.get(number, max(maxima.values())), log)

    tables = read_score_tables(lines, framework, last_heading, log, settle, settings)
    if summary is not None:
        date_earlier_scores(summary, printed_years(tables), log)
    if cell_readings:
        _settle_area_readings(framework, summary, sections, tables, cell_readings, log)

    fields, corrections = corrected_misreadings(
        text_fields(sections, tables, rules, framework.language), framework.language.lexicon,
        spelling=report_spelling(doc, framework.language.lexicon),
        letter_words=frozenset(framework.language.letter_words))
    log.items += corrections
    texts = {(f.area, f.question_id or f.path): f.text for f in fields}
    areas = [
        _area_record(a.number, framework, summary, sections.get(a.number), tables.get(a.number), texts, log,
                     scanned=bool(cell_readings))
        for a in framework.areas
    ]
    total = summary.total if summary and summary.total else None
    meta = _report_meta(cover, framework, lines, rules, log)
    log.items += sum_issues(summary, sections, tables, total, areas)
    log.items += claim_conflicts(claims(summary, sections, tables))
    log.items += text_issues(fields, framework)
    language = framework.language
    log.items += (ocr_issues(fields, doc, language.lexicon, conjunctions=frozenset(language.conjunctions),
                             foreign_letters=frozenset(language.foreign_letters),
                             title_dangling=frozenset(language.title_dangling),
                             letter_words=frozenset(language.letter_words))
                  + item_start_issues(sections) + lost_line_issues(sections, doc))
    log.items += identity_issues(lines, framework, cover, meta, summary, tables)
    log.items += previous_year_issues(summary, tables)
    record = {
        "source": {"file": doc.file, "sha256": doc.sha256, "pages": len(doc.pages), "ocr": doc.ocr,
                   "ocr_pages": [p.number for p in doc.pages if p.ocr and p.words],
                   "picture_pages": list(doc.picture_pages)},
        "report": meta,
        "total": {
            "score": total.value if total else None,
            "max": framework.total_max,
            "page": total.page if total else None,
        },
        "areas": areas,
        "previous_results": [
            {"year": year, "area": area, "score": score, "page": page}
            for year, area, score, page in sorted(
                summary.previous if summary else [], key=lambda p: (p[0], p[1] is None, p[1] or 0)
            )
        ],
        "extractor_version": extractor_version(),
    }
    ocr_pages = {p.number for p in doc.pages if p.ocr and p.words}
    document = Parsed("document", ("ocr" if all(p.ocr for p in doc.pages if p.words) else "text_layer_and_ocr")
                      if ocr_pages else "text_layer",
                      pages=tuple(sorted(ocr_pages)),
                      fallbacks=("cells_read_alone",) if cell_readings else (),
                      detail=f"{len(doc.pages)} pages, {len(ocr_pages)} OCR'd, {len(doc.picture_pages)} picture pages")
    boxes = {number: section.box_score for number, section in sections.items()}
    cells = number_cells(tables, boxes, ocr_pages, settings) if ocr_pages else []
    parsing = [document, *cover.parsing, *log.parsing]
    provenance = collect(cover, summary, sections, tables, parsing)
    return ReportExtraction(record, [*doc.issues, *log.items], cells, parsing, provenance)


def _settle_area_readings(framework: Framework, summary: SummaryTable | None, sections: dict[int, AreaSection],
                          tables: dict[int, ScoreTable], readings: Mapping[Key, CellReading], log: IssueLog) -> None:
    """The box scores and table totals of OCR'd pages, each chosen between the page's reading and
    its cell's own by the area's other printed readings (cells.settle_area_readings)."""
    places = {a.number: {"summary": summary.scores.get(a.number) if summary else None,
                         BOX: sections[a.number].box_score if a.number in sections else None,
                         TOTAL: tables[a.number].total if a.number in tables else None}
              for a in framework.areas}
    settled = settle_area_readings(places, readings, {a.number: a.max for a in framework.areas}, log)
    for number, chosen in settled.items():
        if number in sections:
            sections[number].box_score = chosen[BOX]
        if number in tables:
            tables[number].total = chosen[TOTAL]


# Content whose absence a picture page might explain: a summary or a table pasted as an image.
CONTENT_MISSING = frozenset({"summary_table_missing", "area_section_missing", "score_table_missing"})


def _errors(result: ReportExtraction) -> int:
    return sum(i.severity == "error" for i in result.issues)


def extract_report(path: str | Path, *, ocr: bool = True) -> ReportExtraction:
    """Extracts one report PDF. Raises ExtractionError when the file cannot be a report.

    Picture pages of a born-digital report (a logo, a photograph, a chart) are not OCR'd;
    only when report content is missing are they read through OCR, and that reading is
    kept when it leaves fewer errors. The same as `parse_input(read_input(path))`, parsed once."""
    return _read_and_parse(path, ocr=ocr)[1]


def read_input(path: str | Path, *, ocr: bool = True) -> ReportInput:
    """The IO edge: everything extraction reads from the PDF, as one input record (report_input.py):
    its words and marks, OCR's words for the pages it read, the OCR'd score cells read alone.
    What to OCR beyond the scanned pages (picture pages, cells) depends on what the readers find,
    so the report is parsed on the way."""
    return _read_and_parse(path, ocr=ocr)[0]


def parse_input(report_input: ReportInput) -> ReportExtraction:
    """The pure part, from a read (or saved and loaded) input: the record, its issues, parsing
    report and provenance, as `extract_report` gives them, without the PDF."""
    result = parse_document(*prepare(report_input.document), cell_readings=report_input.cell_readings or None)
    return _picture_pages_read(result) if report_input.picture_pages_read else result


def _read_and_parse(path: str | Path, *, ocr: bool) -> tuple[ReportInput, ReportExtraction]:
    """The input read from the PDF, and its parse: `parse_input` of the input, computed on the way."""
    read = read_report(path, ocr=ocr)
    result = parse_document(*read)
    if ocr and read[0].picture_pages and any(i.code in CONTENT_MISSING for i in result.issues):
        retry_read = read_report(path, ocr=ocr, ocr_pages=frozenset(read[0].picture_pages))
        retry = parse_document(*retry_read)
        if _errors(retry) < _errors(result):
            readings, result = _with_cells_read(path, retry_read, retry)
            return ReportInput(retry_read[0], readings, picture_pages_read=True), _picture_pages_read(result)
    readings, result = _with_cells_read(path, read, result)
    return ReportInput(read[0], readings), result


def _picture_pages_read(result: ReportExtraction) -> ReportExtraction:
    """Notes in the parsing report that picture pages were read through OCR (content was missing)."""
    document = result.parsing[0]
    result.parsing[0] = replace(document, fallbacks=(*document.fallbacks, "picture_pages_ocr"))
    return result


def _with_cells_read(path: str | Path, read: tuple[DocumentText, list[Line], Framework, Cover],
                     result: ReportExtraction) -> tuple[dict[Key, CellReading], ReportExtraction]:
    """The number cells of the report's OCR'd tables read on their own, and the report parsed again
    with them (`result` itself when there are none to read)."""
    if not result.cells:
        return {}, result
    from extractors import scanned_pages  # loads NumPy and Pillow: only for scans
    from extractors.ocr import tessdata_dir

    tessdata = tessdata_dir()
    if tessdata is None:
        return {}, result
    doc = read[0]
    readings = scanned_pages.read_cells(str(path), doc.sha256, result.cells,
                                        {p.number: p.angle for p in doc.pages}, tessdata)
    return readings, parse_document(*read, cell_readings=readings)
