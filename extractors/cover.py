"""The cover and the opening of section 2: who, when, by whom, which evaluation."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from extractors.frameworks import Language, all_languages
from extractors.layout import Line
from extractors.matching import similarity
from extractors.model import Parsed, Word
from extractors.settings import DEFAULTS, LayoutSettings
from extractors.text import fold

_YEAR = r"(?:19|20)\d\d"
_COVER_NAME = re.compile(rf"^(?P<name>.+?)\s+(?P<year>{_YEAR})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LIST_SEPARATORS = re.compile(r",|;")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+$")  # "J.", "J.M."


@dataclass(slots=True)
class Cover:
    municipality_raw: str | None = None  # as printed: "HEBY KOMMUN"
    year: int | None = None
    evaluator_lines: list[str] = field(default_factory=list)
    page: int = 1
    name_words: tuple[Word, ...] = ()  # the printed words of the name line ('HEBY KOMMUN 2014'), for provenance
    evaluator_words: tuple[Word, ...] = ()  # the evaluator lines' words
    # The parsing report of what is read before the framework is known: the cover (`read_cover`)
    # and which framework the report is (`report.read_report`).
    parsing: list[Parsed] = field(default_factory=list)


def _all_suffixes() -> frozenset[str]:
    return _suffixes(all_languages())


@cache
def _suffixes(languages: tuple[Language, ...]) -> frozenset[str]:
    return frozenset(fold(s) for lang in languages for s in lang.municipality_suffixes)


def _title_keys() -> frozenset[str]:
    return _titles(all_languages())


@cache
def _titles(languages: tuple[Language, ...]) -> frozenset[str]:
    """Cover titles without spaces: "A N A L Y S A V" reads as "ANALYS AV"."""
    return frozenset(fold(t).replace(" ", "") for lang in languages for t in lang.cover_title)


def _is_title_line(text: str) -> bool:
    return fold(text).replace(" ", "") in _title_keys()


def read_cover(lines: list[Line], publishers: tuple[str, ...]) -> Cover:
    """Reads the cover (the first page with text): municipality, year, evaluator lines."""
    if not lines:
        return Cover(parsing=[Parsed("cover", "none", detail="the report has no text")])
    first_page = lines[0].page
    page_lines = [ln for ln in lines if ln.page == first_page]
    cover = Cover(page=first_page)
    how = "none"
    suffixes = _all_suffixes()
    name_index = None
    for index, line in enumerate(page_lines):
        m = _COVER_NAME.match(line.text.strip())
        if m and fold(m.group("name")).split()[-1:] and fold(m.group("name")).split()[-1] in suffixes:
            cover.municipality_raw, cover.year, name_index = m.group("name"), int(m.group("year")), index
            cover.name_words = line.words
            how = "name_line"
            break
    if name_index is None:
        for index, line in enumerate(page_lines[:-1]):
            if _is_title_line(line.text):  # "ANALYS AV" then the subject on the next line
                m = _COVER_NAME.match(page_lines[index + 1].text.strip())
                if m:
                    cover.municipality_raw, cover.year, name_index = m.group("name"), int(m.group("year")), index + 1
                    cover.name_words = page_lines[index + 1].words
                    how = "title_then_name"
                break
    if name_index is None:
        cover.parsing.append(Parsed("cover", how, page=first_page, detail="no '<NAME> KOMMUN <year>' line"))
        return cover
    folded_publishers = {fold(p) for p in publishers}
    for line in page_lines[name_index + 1 :]:
        text = line.text.strip()
        if _DATE.match(text) or fold(text) in folded_publishers or not any(ch.isalpha() for ch in text):
            continue
        cover.evaluator_lines.append(text)
        cover.evaluator_words += line.words
    cover.parsing.append(Parsed("cover", how, page=first_page,
                                detail=f"{len(cover.evaluator_lines)} evaluator line(s) after the name"))
    return cover


def _is_role(token: str, language: Language, position: int, settings: LayoutSettings) -> bool:
    bare = token.strip(",.;:()")
    if not bare:
        return True
    if _INITIALS.match(token.strip(",;:()")):
        return False  # "J.M." is a person's initials, not an organisation like "SKL"
    if bare.isupper() and len(bare) >= 2:  # SKL, SKR, KS
        return True
    if _is_label(bare, language.evaluator_roles, settings):
        return True
    # Names have two parts, rarely three; a third word with a job-title ending is a role.
    return position >= 2 and any(fold(bare).endswith(s) for s in language.role_suffixes)


def _is_label(word: str, labels: tuple[str, ...] | list[str], settings: LayoutSettings) -> bool:
    """Whether `word` is one of `labels`, as printed or as OCR misread a letter of a long one."""
    folded = fold(word)
    fuzzy = len(folded) >= settings.label_fuzzy_min_letters
    return any(folded == fold(label) or (fuzzy and similarity(folded, label) >= settings.label_min_similarity)
               for label in labels)


def _without_label(text: str, prefixes: tuple[str, ...] | list[str], settings: LayoutSettings) -> str:
    """The line without its leading label ("Utvärderare: Leif Eldås" -> "Leif Eldås"), also
    when OCR lost its colon or misread one of its letters."""
    labels = [prefix.rstrip(":") for prefix in prefixes]
    head, colon, rest = text.partition(":")
    if colon and _is_label(head.strip(), labels, settings):
        return rest
    words = text.split()
    for prefix in prefixes:
        size = len(prefix.rstrip(":").split())
        head = " ".join(words[:size])
        if len(words) > size and _is_label(head.rstrip(":"), [prefix.rstrip(":")], settings):
            return " ".join(words[size:])
    return text


def evaluator_names(lines: list[str], language: Language, settings: LayoutSettings = DEFAULTS) -> list[str]:
    """Person names only: "Leif Eldås och Britt-Marie Hedlund SKL" -> ["Leif Eldås", "Britt-Marie Hedlund"]."""
    return read_evaluators(lines, language, settings)[0]


def unnamed_words(lines: list[str], language: Language, settings: LayoutSettings = DEFAULTS) -> list[str]:
    """The second half of `read_evaluators`."""
    return read_evaluators(lines, language, settings)[1]


def read_evaluators(lines: list[str], language: Language,
                    settings: LayoutSettings = DEFAULTS) -> tuple[list[str], list[str]]:
    """(person names, the lines' words in small letters that are no joiner or role): such a word
    is no name's part as read, though on a scan it is a name's part OCR misread ("Jenny nediund,
    KR": Jenny Hedlund was dropped as a lone word, silently)."""
    names: list[str] = []
    unnamed: list[str] = []
    joiners = {fold(j) for j in language.name_joiners}
    for text in lines:
        text = _without_label(text, language.evaluator_prefixes, settings)
        pieces = _LIST_SEPARATORS.split(text)
        for piece in pieces:
            chunk: list[str] = []
            for token in piece.split():
                if fold(token) in joiners:
                    if chunk:
                        names.append(" ".join(chunk))
                    chunk = []
                    continue
                role = _is_role(token, language, len(chunk), settings)
                if role or not token[:1].isupper():
                    if token[:1].islower() and not role:
                        unnamed.append(token)
                    if chunk:
                        names.append(" ".join(chunk))
                    chunk = []
                    continue
                # An initial keeps its period ("J. Magnus Hedlund"); other punctuation is the list's.
                chunk.append(token.strip(",;:") if _INITIALS.match(token.strip(",;:")) else token.strip(",.;:"))
            if chunk:
                names.append(" ".join(chunk))
    # A lone word is an organisation or a role ("Praktikant"), not a person.
    return [n for n in names if len(n.split()) >= 2], unnamed


def evaluation_period(text: str, language: Language) -> str | None:
    """'genomfördes i april 2013' -> '2013-04'; 'genomfördes hösten 2010' -> '2010'."""
    verbs = "|".join(re.escape(v) for v in language.period_verbs)
    months = "|".join(re.escape(m) for m in language.months)
    pattern = re.compile(
        rf"\b(?:{verbs})\b(?P<between>(?:\s+\S+){{0,4}}?)\s+(?:(?P<month>{months})\s+)?(?P<year>{_YEAR})\b",
        re.IGNORECASE,
    )
    earlier = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in language.earlier_markers) + r")\b", re.IGNORECASE)
    for m in pattern.finditer(text):
        sentence_start = max(text.rfind(". ", 0, m.start()), 0)
        if earlier.search(text, sentence_start, m.start()):
            continue  # "Tidigare utvärderingar genomfördes 2010 och 2012."
        month = m.group("month")
        if month is None:
            # "i april och maj 2013" is not matched as a month; a month named
            # earlier in the window still is.
            named = [w for w in m.group("between").split() if w.casefold() in language.months]
            month = named[-1] if named else None
        year = m.group("year")
        if month:
            return f"{year}-{language.months[month.casefold()]:02d}"
        return year
    return None


def evaluation_number(text: str, language: Language) -> int | None:
    """1 for 'Det är kommunens första utvärdering'; None unless stated in words."""
    for pattern in language.evaluation_ordinal_patterns:
        for m in re.finditer(pattern, text, re.IGNORECASE):
            ordinal = m.group("ordinal").casefold()
            if ordinal in language.ordinals:
                return language.ordinals[ordinal]
    return None
