"""One report: the PDF's words in, the contract record out.

`extract_report` is the public entry point. It raises `ExtractionError` only
for a file that cannot be a report at all; everything else that could not be
read is listed in the result's issues, and the result says whether it is
complete.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from extractors import extractor_version
from extractors.areas import AreaSection, find_area_headings, findings_header, read_area_sections
from extractors.checks import AreaValues, QuestionValues, consistency_issues
from extractors.claims import Field, claim_conflicts
from extractors.cover import Cover, evaluation_number, evaluation_period, evaluator_names, read_cover
from extractors.frameworks import Framework, Language, load_frameworks
from extractors.identity import later_cover_issues, subject_page_issues
from extractors.items import Item
from extractors.layout import Line, document_lines, group_pages
from extractors.model import ExtractionError, Issue, IssueLog, Word
from extractors.municipalities import canonical_municipality_name, municipality_code
from extractors.pdf_input import DocumentText, has_glyph_bullets, read_document, with_bullet_marks
from extractors.questions import ScoreTable, is_table_header, read_score_tables
from extractors.shapes import text_shape_issues
from extractors.summary import SummaryTable, find_summary_table
from extractors.text import HYPHENS, HyphenRules, fold, join_lines

MIN_AREAS_RECOGNISED = 5  # of 8 area headings, for a framework to count as the report's


@dataclass(slots=True)
class ReportExtraction:
    record: dict
    issues: list[Issue]

    @property
    def has_errors(self) -> bool:
        return any(i.severity == "error" for i in self.issues)

    def to_dict(self) -> dict:
        return {**self.record, "issues": [i.to_dict() for i in self.issues]}


def _fits(lines: list[Line]) -> list[tuple[Framework, int]]:
    """How many of each framework's areas the report names, best first: by section headings,
    or, when no framework's headings are there, by the summary table (the slower search)."""
    fits = [(fw, len(find_area_headings(lines, fw))) for fw in load_frameworks()]
    if max(n for _, n in fits) < MIN_AREAS_RECOGNISED:
        fits = [(fw, len(fw.areas) if find_summary_table(lines, fw, IssueLog()) else n) for fw, n in fits]
    return sorted(fits, key=lambda t: -t[1])


def detect_framework(lines: list[Line], year: int | None, file: str) -> Framework:
    """The framework whose area headings the report uses; unsupported_framework when none fits."""
    fits = _fits(lines)
    tried = ", ".join(f"{fw.id} ({n}/{len(fw.areas)} areas named)" for fw, n in fits)
    best, found = fits[0]
    if found == 0 and not any("kompass" in fold(ln.text).replace(" ", "") for ln in lines):
        raise ExtractionError(
            "not_a_report",
            "this does not look like a Kommunkompassen/Kommunekompasset report: the name appears nowhere "
            f"and no area heading of a known framework was found; tried {tried}",
            file=file,
        )
    if found < MIN_AREAS_RECOGNISED:
        raise ExtractionError(
            "unsupported_framework",
            f"the report's area headings and summary table fit no known framework; tried {tried}",
            file=file,
        )
    if year is not None and year < best.first_year:
        raise ExtractionError(
            "unsupported_framework",
            f"the report is dated {year}, before {best.id} (from {best.first_year}); reports before the 2010 "
            f"revision used another scale and are not comparable; tried {tried}",
            file=file,
            page=1,
        )
    return best


SECTION_HEADING_MAX_WORDS = 10


def _score_section_start(lines: list[Line], framework: Framework, after: int) -> int:
    """Where section 4 starts: its heading ("4 Översikt av poängfördelning"), or, when its wording is
    not one the language file knows, the first score table's header."""
    phrases = [fold(p) for p in framework.language.score_section]
    for index in range(after + 1, len(lines)):
        line = lines[index]
        text = fold(line.text)
        if len(line.words) <= SECTION_HEADING_MAX_WORDS and any(p in text for p in phrases):
            return index
        if is_table_header(line, framework):
            return index
    return len(lines)


def hyphen_rules(lines: list[Line], language: Language) -> HyphenRules:
    """The language's hyphen words and the document's own spelling: every word it prints whole
    (a line's last word only when it does not end in a hyphen), and whether it is set with
    automatic hyphenation (some words end in a hyphen where no word or abbreviation ends)."""
    texts, stems = set(), set()
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
        prefixes=frozenset(language.hyphen_prefixes),
        lexicon=language.lexicon,
        whole_words=frozenset(whole),
        hyphenated_words=frozenset(w for w in whole if "-" in w.strip("-")),
        hyphen_stems=frozenset(stems),
    )


OPENING_PAGES = 8  # the evaluation's period and ordinal are stated in section 2


def _from_opening(lines: list[Line], rules: HyphenRules, read) -> tuple[object, int | None]:
    """(value, page) of the first opening page whose text `read` finds a value in.

    Page by page keeps the provenance; two pages together catch a sentence that
    runs over a page break (its page is then the one the sentence ends on)."""
    first = lines[0].page if lines else 1
    opening = [ln for ln in lines if ln.page < first + OPENING_PAGES]
    pages = sorted({ln.page for ln in opening})
    texts = {page: [ln.text for ln in opening if ln.page == page] for page in pages}
    for page in pages:
        value = read(join_lines(texts[page], rules))
        if value is not None:
            return value, page
    for before, page in zip(pages, pages[1:]):
        value = read(join_lines(texts[before] + texts[page], rules))
        if value is not None:
            return value, page
    return None, None


def _items(items: list[Item]) -> tuple[list[str], list[int]]:
    return [i.text for i in items], [i.page for i in items]


def _reading(located) -> dict | None:
    return None if located is None else {"score": located.value, "page": located.page}


def _area_record(
    number: int,
    framework: Framework,
    summary: SummaryTable | None,
    section: AreaSection | None,
    table: ScoreTable | None,
    question_texts: dict[str, str],
    log: IssueLog,
) -> dict:
    summary_score = summary.scores.get(number) if summary else None
    box = section.box_score if section else None
    total = table.total if table else None
    chosen = summary_score or total or box
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
    area_max = table.total_max if table and table.total_max is not None else framework.area_max
    if area_max != framework.area_max:
        log.warning(
            "area_max_unexpected",
            f"area {number}: the score table's total row gives max {area_max}, the framework {framework.area_max}",
            page=table.total.page if table and table.total else None,
            area=number,
        )
    strengths, strength_pages = _items(section.strengths if section else [])
    improvements, improvement_pages = _items(section.improvements if section else [])
    subheadings, _ = _items(section.subheadings if section else [])
    return {
        "number": number,
        "name": framework.area(number).name,
        "score": chosen.value if chosen else None,
        "max": area_max,
        "page": section.page if section else None,
        "score_readings": {"summary": _reading(summary_score), "box": _reading(box), "table_total": _reading(total)},
        "subheadings": subheadings,
        "questions": [
            {"id": q.id, "text": question_texts[q.id], "score": q.score, "max": q.max, "percent": q.percent,
             "page": q.page}
            for q in (table.questions if table else [])
        ],
        "strengths": strengths,
        "strength_pages": strength_pages,
        "improvements": improvements,
        "improvement_pages": improvement_pages,
    }


# A section's lists: (kind for the shape checks, name for people, key in the record).
_LISTS = (("subheading", "sub-heading", "subheadings"), ("finding", "strength", "strengths"),
          ("finding", "improvement", "improvements"))


def _list_items(section: AreaSection):
    """(kind, name, record path, item) of every item of a section's lists, in order."""
    for kind, name, key in _LISTS:
        for index, item in enumerate(getattr(section, key)):
            yield kind, f"area {section.number}, {name} {index + 1}", f"{key}[{index}]", item


def _claims(summary: SummaryTable | None, sections: dict[int, AreaSection], tables: dict[int, ScoreTable]):
    """(field, words) for every value, the most structured first (see claims.py)."""
    if summary is not None:
        yield Field("the summary table", summary.page), summary.words
    for area, table in sorted(tables.items()):
        yield Field(f"area {area}'s score table header", table.page, area), table.header_words
        for q in table.questions:
            yield Field(f"question {q.id}", q.page, area, q.id), q.words
        if table.total is not None:
            yield Field(f"area {area}'s score table total row", table.total.page, area), table.total.words
    for area, section in sorted(sections.items()):
        yield Field(f"area {area}'s heading", section.page, area), section.heading_words
        if section.box_score is not None:
            yield Field(f"area {area}'s box score", section.box_score.page, area), section.box_score.words
        yield Field(f"area {area}'s findings header", section.page, area), section.findings_header_words
        for _, name, path, item in _list_items(section):
            yield Field(name, item.page, area, path=path), item.words


@dataclass(frozen=True, slots=True)
class TextField:
    """A text value where it stands, with the line-end hyphens it leaves undecided."""

    kind: str  # "subheading", "finding", "question"
    label: str  # for people: "area 8, improvement 4", "question 2.6"
    text: str
    page: int
    area: int
    question_id: str | None = None
    path: str | None = None  # "improvements[3]"
    uncertain: tuple[str, ...] = ()
    words: tuple[Word, ...] = ()  # the printed words it was read from


def _text_fields(sections: dict[int, AreaSection], tables: dict[int, ScoreTable], rules: HyphenRules,
                 language: Language) -> list[TextField]:
    """Every text field. Question texts are the framework's standard wording, whose own
    hyphenated compounds the language file lists ("omvärlds-spaning"); findings are the
    evaluators' free text."""
    fields = []
    for area, section in sorted(sections.items()):
        for kind, name, path, item in _list_items(section):
            fields.append(TextField(kind, name, item.text, item.page, area, path=path, uncertain=item.uncertain_hyphens,
                                    words=item.words))
    question_rules = replace(rules, standard_hyphenated=frozenset(w.casefold() for w in language.hyphenated_words))
    for area, table in sorted(tables.items()):
        for q in table.questions:
            joined = q.joined(question_rules)
            fields.append(TextField("question", f"question {q.id}", joined.text, q.page, area, q.id,
                                    uncertain=joined.uncertain, words=tuple(q.text_words)))
    return fields


OCR_SURE = 60  # Tesseract's confidence below which a word it kept may still be misread
_REGION_SLACK = 2.0  # points around a field's words within which a word OCR dropped is the field's


def _ocr_doubts(field: TextField, unsure: dict[int, list[Word]]) -> tuple[list[str], list[str]]:
    """What OCR doubted in a text field: (its words OCR was unsure of, words OCR dropped as
    unreadable within the field's own lines, which the field may lack)."""
    doubted = [f"'{w.text}' ({w.conf:.0f} %)" for w in field.words if 0 <= w.conf < OCR_SURE]
    dropped = []
    by_page: dict[int, list[Word]] = {}
    for w in field.words:
        by_page.setdefault(w.page, []).append(w)
    for page, words in by_page.items():
        x0, x1 = min(w.x0 for w in words) - _REGION_SLACK, max(w.x1 for w in words) + _REGION_SLACK
        y0, y1 = min(w.top for w in words) - _REGION_SLACK, max(w.bottom for w in words) + _REGION_SLACK
        dropped += [f"'{w.text}' left out ({w.conf:.0f} %)" for w in unsure.get(page, ())
                    if x0 <= (w.x0 + w.x1) / 2 <= x1 and y0 <= w.mid_y <= y1]
    return doubted, dropped


def _ocr_issues(fields: list[TextField], doc: DocumentText) -> list[Issue]:
    """A warning on each text field read through OCR that OCR was unsure of (scans only). A word
    dropped inside a list item may have been the start of another item: the whole list is named."""
    unsure = {page.number: list(page.unsure) for page in doc.pages if page.unsure}
    issues = []
    for f in fields:
        if not any(w.conf >= 0 for w in f.words):
            continue
        doubted, dropped = _ocr_doubts(f, unsure)
        doubts = dropped + doubted
        if doubts:
            where = f.path.split("[")[0] if dropped and f.path else f.path  # "subheadings": every item
            issues.append(Issue(
                "warning", "ocr_text_uncertain",
                f"{f.label}: OCR was unsure of its words here: {', '.join(doubts[:4])}"
                + (f" and {len(doubts) - 4} more" if len(doubts) > 4 else "")
                + ("; the text may differ from the print" if not dropped else
                   "; words may be missing, and with them where one item ends and the next begins"),
                page=f.page, area=f.area, question_id=f.question_id, field=where))
    return issues


def _text_issues(fields: list[TextField], language: Language) -> list[Issue]:
    issues = []
    for f in fields:
        where = {"page": f.page, "area": f.area, "question_id": f.question_id, "field": f.path}
        issues += text_shape_issues(f.kind, f.text, language, label=f.label, **where)
        for place in f.uncertain:
            issues.append(Issue(
                "info", "hyphen_uncertain",
                f"{f.label}: the line-end hyphen in '{place.replace('|', '')}' may be part of the word or the "
                "line's break; neither the report nor the word list settles it",
                **where))
    return issues


def _report_meta(cover: Cover, framework: Framework, lines: list[Line], rules: HyphenRules, log: IssueLog) -> dict:
    language = framework.language
    period, period_page = _from_opening(lines, rules, lambda text: evaluation_period(text, language))
    ordinal, ordinal_page = _from_opening(lines, rules, lambda text: evaluation_number(text, language))
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
    evaluators = evaluator_names(cover.evaluator_lines, language)
    if not evaluators:
        log.warning("evaluators_missing", "no evaluator names on the cover", page=cover.page)
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
    headings = sorted(start for start, _ in find_area_headings(lines, framework).values())
    if not headings:
        return set()
    ends = [*headings[1:], _score_section_start(lines, framework, headings[-1])]
    pages: set[int] = set()
    for start, end in zip(headings, ends):
        pages.add(lines[start].page)
        findings = next((i for i in range(start, end) if findings_header(lines[i], framework.language) != (None, None)), None)
        if findings is not None:
            pages.update(range(lines[findings].page, lines[max(findings, end - 1)].page + 1))
    return pages


def read_report(
    path: str | Path, *, ocr: bool = True, ocr_pages: frozenset[int] = frozenset()
) -> tuple[DocumentText, list[Line], Framework, Cover]:
    """The IO edge: reads the PDF, recognises its framework, and adds drawn bullets where needed.
    `ocr_pages`: picture pages to read through OCR after all (see `extract_report`)."""
    doc = read_document(path, ocr=ocr, ocr_pages=ocr_pages)
    grouped = group_pages(doc)
    lines = document_lines(doc, grouped)
    cover = read_cover(lines, tuple(p for fw in load_frameworks() for p in fw.publishers))
    framework = detect_framework(lines, cover.year, doc.file)
    if not has_glyph_bullets(doc):
        doc = with_bullet_marks(doc, _list_pages(lines, framework))
        lines = document_lines(doc, group_pages(doc, reuse=grouped))  # only pages given bullets regroup
    return doc, lines, framework, cover


def parse_document(doc: DocumentText, lines: list[Line], framework: Framework, cover: Cover) -> ReportExtraction:
    """The pure part: a read document to the contract record and its issues."""
    log = IssueLog()
    rules = hyphen_rules(lines, framework.language)

    summary = find_summary_table(lines, framework, log)
    headings = find_area_headings(lines, framework)
    last_heading = max((start for start, _ in headings.values()), default=0)
    score_start = _score_section_start(lines, framework, last_heading)
    sections = read_area_sections(lines, framework, headings, score_start, rules, log)
    tables = read_score_tables(lines, framework, last_heading, log)

    fields = _text_fields(sections, tables, rules, framework.language)
    question_texts = {f.question_id: f.text for f in fields if f.question_id is not None}
    areas = [
        _area_record(a.number, framework, summary, sections.get(a.number), tables.get(a.number), question_texts, log)
        for a in framework.areas
    ]
    total = summary.total if summary and summary.total else None
    meta = _report_meta(cover, framework, lines, rules, log)
    log.items += _checks(summary, sections, tables, total, areas)
    log.items += claim_conflicts(_claims(summary, sections, tables))
    log.items += _text_issues(fields, framework.language)
    log.items += _ocr_issues(fields, doc)
    log.items += _identity_issues(lines, framework, cover, meta, summary, tables)
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
    return ReportExtraction(record, [*doc.issues, *log.items])


def _checks(summary: SummaryTable | None, sections: dict[int, AreaSection], tables: dict[int, ScoreTable],
            total, areas: list[dict]) -> list[Issue]:
    """The report's own sums (checks.py) over what was read, area by area."""
    values = []
    for area in areas:
        number, table, section = area["number"], tables.get(area["number"]), sections.get(area["number"])
        values.append(AreaValues(
            number=number,
            max=area["max"],
            summary=summary.scores.get(number) if summary else None,
            box=section.box_score if section else None,
            table_total=table.total if table else None,
            questions=tuple(QuestionValues(q.id, q.score, q.max, q.percent, q.page) for q in table.questions)
            if table else (),
        ))
    return consistency_issues(values, total, [area["score"] for area in areas])


def _identity_issues(lines: list[Line], framework: Framework, cover: Cover, meta: dict,
                     summary: SummaryTable | None, tables: dict[int, ScoreTable]) -> list[Issue]:
    """The pages that state whose report this is (the summary's, the first score table's) and
    any later cover must name the cover's municipality."""
    subject_pages = [summary.page] if summary else []
    if tables:
        subject_pages.append(min(t.page for t in tables.values()))
    publishers = tuple(p for fw in load_frameworks() for p in fw.publishers)
    return subject_page_issues(lines, subject_pages, meta["municipality_code"], meta["municipality"] or "?",
                               framework.country, meta["year"]) + later_cover_issues(
        lines, cover.page, meta["municipality"], meta["year"], publishers)


# Content whose absence a picture page might explain: a summary or a table pasted as an image.
CONTENT_MISSING = frozenset({"summary_table_missing", "area_section_missing", "score_table_missing"})


def _errors(result: ReportExtraction) -> int:
    return sum(i.severity == "error" for i in result.issues)


def extract_report(path: str | Path, *, ocr: bool = True) -> ReportExtraction:
    """Extracts one report PDF. Raises ExtractionError when the file cannot be a report.

    Picture pages of a born-digital report (a logo, a photograph, a chart) are not OCR'd;
    only when report content is missing are they read through OCR, and that reading is
    kept when it leaves fewer errors."""
    doc, lines, framework, cover = read_report(path, ocr=ocr)
    result = parse_document(doc, lines, framework, cover)
    if ocr and doc.picture_pages and any(i.code in CONTENT_MISSING for i in result.issues):
        retry = parse_document(*read_report(path, ocr=ocr, ocr_pages=frozenset(doc.picture_pages)))
        if _errors(retry) < _errors(result):
            return retry
    return result
