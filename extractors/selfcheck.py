"""The report's self-checks, run on what the readers found (see README, "Right or flagged").

Each reader returns values with the words they were read from; here those are
checked against each other and against the report's own sums: words used twice
(claims.py), text fields of the wrong shape (shapes.py), line-end hyphens left
undecided, what OCR doubted, the report's sums (checks.py) and whose report it
is (identity.py). Every problem becomes an issue naming where the value stands.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, replace
from itertools import chain

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from extractors.areas import AreaSection
from extractors.checks import AreaValues, QuestionValues, consistency_issues
from extractors.claims import Field
from extractors.cover import Cover
from extractors.frameworks import Framework, Language, publisher_names
from extractors.identity import later_cover_issues, subject_page_issues
from extractors.layout import Line
from extractors.model import LOST_GLYPH, Issue, Where, Word
from extractors.pdf_input import DocumentText
from extractors.questions import ScoreTable, printed_years
from extractors.settings import DEFAULTS, OCR_DEFAULTS, OcrSettings
from extractors.shapes import text_shape_issues
from extractors.summary import SummaryTable
from extractors.text import (
    HyphenRules,
    any_word_of,
    common_word,
    frequent_misreadings_of,
    in_word_list,
    is_bullet,
    is_typographic_bullet,
    known_word,
    letters_alike,
    likeliest_word,
    misreading_undone,
    misreadings_of,
)

# A section's lists: (kind for the shape checks, name for people, key in the record).
_LISTS = (("subheading", "sub-heading", "subheadings"), ("finding", "strength", "strengths"),
          ("finding", "improvement", "improvements"))


def _list_items(section: AreaSection):
    """(kind, name, record path, item) of every item of a section's lists, in order."""
    for kind, name, key in _LISTS:
        for index, item in enumerate(getattr(section, key)):
            yield kind, f"area {section.number}, {name} {index + 1}", f"{key}[{index}]", item


def claims(summary: SummaryTable | None, sections: dict[int, AreaSection], tables: dict[int, ScoreTable]):
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


def text_fields(sections: dict[int, AreaSection], tables: dict[int, ScoreTable], rules: HyphenRules,
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


_REGION_SLACK = 2.0  # points around a field's words within which a word OCR dropped is the field's


_SMALL_PREFIX = re.compile(r"[^\W\d_]-")  # "e-tjänster"
_STRAY_MARKS = frozenset("[]{}|\\")  # no text sets these apart as a word
_NO_OPENING = frozenset(".,;:!?)]}/")  # no text opens with these (".Kommunledningens": a speck read as one)
# A bullet's mark inside a text, as OCR reads it: a bullet glyph, or a guillemet glued to a capital
# that no closing one follows (Norwegian quotes with «»).
_GLUED_MARK = re.compile(r"^[«»](?=[A-ZÅÄÖÆØÉ])")
_MARK_BETWEEN_LETTERS = re.compile(r"[^\W\d_]['’`´\"”“*+]+[^\W\d_]")  # "Ta'fram", "etter'*en", "KOSTRA+tall"
# A stop glued to a hyphen between letters: print sets neither so ("rådmannen.-Årlige", "roll-.och").
_STOP_AT_HYPHEN = re.compile(r"[^\W\d_](?:[.,;:][-–]|[-–][.,;:])[^\W\d_]")
# Two capitals and then small letters: no word is so spelt ("UPpmärksamma"); an acronym's
# genitive takes one ("SKLs").
_CAPITALS_THEN_SMALL = re.compile(r"\b[A-ZÅÄÖÆØ]{2}[a-zåäöæøéü]{2,}")
# A colon or semicolon between a word in small letters and the next ("förväntningar:på"): print sets
# a colon inside a word only after an acronym ("SKR:s", "IT:n").
_COLON_BETWEEN_WORDS = re.compile(r"[a-zåäöæøü]{2,}[:;][^\W\d_]")
# A space read as a full stop ("en.kommunövergripande"); abbreviations' parts are short ("bl.a.", "t.ex.").
_STOP_BETWEEN_WORDS = re.compile(r"[^\W\d_]{2,}\.[^\W\d_A-ZÅÄÖÆØÜ]{4,}")
_HYPHENED = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)")  # a word's two parts about a hyphen
_TYPESET_QUOTES = "”“„"  # print sets these or the straight '"' throughout, not both
_OPENING_QUOTES = '"' + _TYPESET_QUOTES + "«'’‘"
_EXCLAIMED_MID_SENTENCE = re.compile(r"[^\W\d_]+!(?=\s+[^\W\d_A-ZÅÄÖÆØÜ])")  # "ti! politisk": "til politisk"
# A full stop after a whole word, its sentence going on in small letters: a speck read as one
# ("resultat. i budgetprocessen?", fax). Abbreviations that stop there are short ("resp.", "bl.a.").
_STOP_MID_SENTENCE = re.compile(r"[^\W\d_]{5,}\.(?=\s+[^\W\d_A-ZÅÄÖÆØÜ])")
# OCR tells "i" from "I" by size and dot alone, and read "Aktiva i länets" as "Aktiva I länets",
# surely: the languages' "i" inside a sentence is small (a roman one, "fas I och", is rare).
_CAPITAL_ALONE = re.compile(r"(?<=[^\W\d_A-ZÅÄÖÆØÜ] )I(?= [^\W\d_A-ZÅÄÖÆØÜ])")
# A comma between a word in small letters and a capitalised word in small letters after it (not a
# name's list, "Vänersborg, Trollhättan", nor an acronym): 80 sentences of the corpus open after a
# full stop so, none after a comma.
_COMMA_BEFORE_SENTENCE = re.compile(r"(?<![^\W\d_])([a-zåäöæøéü]{2,}), ([A-ZÅÄÖÆØ][a-zåäöæøéü]+)")
# Light toner read "samfunnsutvikling?" as "samfunnsutvikling 7?": a question's text ends in a word.
_DIGIT_BEFORE_QUESTION_MARK = re.compile(r"(?<=[^\W\d_]) \d\?$")
# ...and so is a bullet or an exclamation mark there: office and light toner read "framträdande i
# nätverket" as "framträdande • nätverket", "resultatstyring ! alle" (print sets neither so).
_SMALL_I_READ_AS = re.compile(r"(?<=[^\W\d_A-ZÅÄÖÆØÜ] )[I•!|](?= [^\W\d_A-ZÅÄÖÆØÜ])")
_ROMAN_NUMERAL = re.compile(r"\b[IVX]{2,}\b")  # "fas I och II": that "I" is a roman one too
# ...or after a short word far commoner than any abbreviation ("leder till. konkreta", office).
_STOP_AFTER_SHORT_WORD = re.compile(r"(?<![^\W\d_.])([^\W\d_]{2,4})\.(?=\s+[^\W\d_A-ZÅÄÖÆØÜ])")


def _unclosed_quote(text: str) -> bool:
    """Whether a text's quote marks fail to pair: « without », or an odd number of '"', of ”“ or of
    "'" (heavy toner's speck after "att' lämna": the languages set no apostrophe after a word)."""
    return (text.count("«") != text.count("»") or text.count('"') % 2 == 1
            or (text.count("”") + text.count("“")) % 2 == 1 or text.count("'") % 2 == 1)


def _ocr_doubts(field: TextField, unsure: dict[int, list[Word]], settings: OcrSettings) -> tuple[list[str], list[str]]:
    """What OCR doubted in an OCR'd text field (`ocr_issues` passes no other): (its words OCR was
    unsure of, words OCR dropped as unreadable within the field's own lines, which the field may lack)."""
    doubted = [f"'{w.text}' ({w.conf:.0f} %)" for w in field.words if 0 <= w.conf < settings.uncertain_below]
    # OCR reads a space as a quote, surely ("Ta'fram"): a mark between letters is none of the languages' spelling.
    doubted += [f"'{w.text}' (a mark between letters)" for w in field.words
                if w.conf >= settings.uncertain_below and (_MARK_BETWEEN_LETTERS.search(w.text)
                                                          or _STOP_BETWEEN_WORDS.search(w.text)
                                                          or _COLON_BETWEEN_WORDS.search(w.text)
                                                          or _STOP_AT_HYPHEN.search(w.text))]
    doubted += [f"'{w.text}' (capitals and then small letters: OCR may have misread a small letter)"
                for w in field.words if w.conf >= 0 and _CAPITALS_THEN_SMALL.search(w.text)][:1]
    # A dash standing alone is told from a hyphen by its width (`ocr._dash_by_width`), and an
    # office scan's "miljö – ekonomiskt" came out "miljö - ekonomiskt": print rarely spaces a hyphen.
    doubted += [f"'{w.text}' (a dash standing alone, read as a hyphen: it may be an en dash)" for w in field.words
                if w.text == "-" and w.conf >= 0][:1]
    # A bracket or bar standing alone is a rule's or speck's stub, not print ("] Hvordan praktiseres
    # lokal lønnsdannelse?" from a multifunction scan's id column).
    doubted += [f"'{w.text}' (a mark standing alone)" for w in field.words
                if w.conf >= 0 and w.text and set(w.text) <= _STRAY_MARKS]
    # A gap in a line wider than any space print sets is a word OCR read as nothing, and dropped
    # without a trace ("målen   och mätbara?" for "målen tydliga och mätbara?", faded print).
    doubted += [f"'{w.text} … {nxt.text}' (a gap between them as wide as a word: one may be lost)"
                for w, nxt in zip(field.words, field.words[1:])
                if w.conf >= 0 and nxt.page == w.page and _same_line(w, nxt)
                and nxt.x0 - w.x1 > settings.lost_word_gap * (w.bottom - w.top)][:1]
    # Print sets no space after a slash between words: OCR split "brukare/medborgare" there.
    doubted += [f"'{w.text}' (a slash before a space: one word OCR split?)" for w, nxt in zip(field.words, field.words[1:])
                if w.conf >= 0 and len(w.text) > 1 and w.text.endswith("/") and nxt.page == w.page
                and _same_line(w, nxt)][:1]
    # An "l" read surely as "!" ("ti! politisk nivå?"): a sentence goes on in small letters after no "!".
    doubted += [f"'{m.group(0)}' (an exclamation mark inside a sentence: perhaps an 'l')"
                for m in _EXCLAIMED_MID_SENTENCE.finditer(field.text)]
    doubted += [f"'{m.group(0)}' (a full stop inside a sentence: perhaps a speck)"
                for m in _STOP_MID_SENTENCE.finditer(field.text)][:1]
    doubted += [f"'{m.group(0)}' (a capital 'I' inside a sentence: perhaps the small 'i')"
                for m in _CAPITAL_ALONE.finditer(field.text)][:1]
    doubted += [f"'{m.group(0).strip()}' (a digit alone before the question mark: OCR may have read the mark twice)"
                for m in _DIGIT_BEFORE_QUESTION_MARK.finditer(field.text)]
    # Print quotes in one style; OCR read a closing "”" as '"', surely ('Behov att ”komma ifatt" vad').
    if '"' in field.text and any(q in field.text for q in _TYPESET_QUOTES):
        doubted.append("quote marks of two styles (OCR may have misread one)")
    # A quote print opens it closes within the text: one left alone is OCR's reading of a speck or
    # a bullet ('"Tillgänglighet och bemötande', "og «virksomhetsplaner.").
    elif _unclosed_quote(field.text):
        doubted.append("a quote mark that does not close (OCR may have read a speck as one)")
    # OCR tells "v" from "V" by size alone, and read an item's "Vilket" as "vilket", surely; "J" as
    # "j" too ("jevnlige brukerundersøkelser"). The reports open every item and question capitalised,
    # but for a prefix set small ("e-tjänster").
    if field.text[:1].islower() and not _SMALL_PREFIX.match(field.text):
        doubted.append(f"'{field.text.split()[0]}' (its first letter is small: OCR may have misread a capital)")
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


# Print sets no space before a question mark; OCR reads one there ("brukerne ?").
_SPACE_BEFORE_QUESTION_MARK = re.compile(r"(?<=\w) \?(?=\s|$)")
# A word as OCR gives it: letters, and what it reads letters as between them ("dia!og", "kommunep|an").
_OCR_WORD = re.compile(r"[^\W\d_](?:[\w!|]*[^\W\d_])?")
# ...and, to set right, with an "!" or "|" ending it: a faint "l" ("kontrol!", "Vä! fungerande").
_OCR_WORD_ENDING_MARK = re.compile(_OCR_WORD.pattern + r"(?:[!|](?!\w))?")


def _misread_words(field: TextField, lexicon: str, settings: OcrSettings) -> list[str]:
    """The words of an OCR'd field that are no word of its language: one OCR misreading away
    from one or more (`text.misreadings_of`), or in its word list not at all, nor a compound of
    its words ("moiverkan" for "motverkan", "medborgarr.a"), as `corrected_misreadings` left them
    (a word it set right is a word now). A rare word that is the language's is left alone, as
    are acronyms, names inside a sentence and short words. Its joined text is looked at, so a
    word split at a line's end is whole."""
    found = []
    for m in _OCR_WORD.finditer(field.text):
        word = m.group(0)
        if word.isupper():
            continue
        # A word of the language is doubted still when a word one misreading away is far more
        # frequent ("oy" for "og", light toner; "ar" for "är"): it was published clean. A name
        # inside a sentence is no misread word.
        commoner = ([] if word[0].isupper() and m.start() > 0
                    else frequent_misreadings_of(word, lexicon, settings.commoner_word_margin,
                                                 settings.unlisted_neighbour_zipf))
        if commoner:
            found.append(f"'{word}' (perhaps {' or '.join(repr(w) for w in commoner)}, far more frequent)")
            continue
        if len(word) < settings.unknown_word_letters:
            continue
        meant = misreadings_of(word, lexicon, settings.compound_part_letters, settings.corrected_part_letters)
        if meant:
            found.append(f"'{word}' (perhaps {' or '.join(repr(w) for w in meant)})")
        elif (not (word[0].isupper() and m.start() > 0)
              and not any_word_of(word, lexicon, settings.compound_part_letters, settings.plausible_compound_parts)):
            found.append(f"'{word}' (no word of the language)")
    return list(dict.fromkeys(found))


@dataclass(frozen=True, slots=True)
class _ReportPairs:
    """How often each word follows each other in the report's text fields (folded), and which
    words follow (`after`) and precede (`before`) each: the report's own phrasing, against which a
    reading is judged (`_unlike_the_report`)."""

    counts: Counter[tuple[str, str]]
    after: dict[str, list[str]]
    before: dict[str, list[str]]
    words: Counter[str]  # how often each word stands alone


def _report_pairs(fields: list[TextField]) -> _ReportPairs:
    counts: Counter[tuple[str, str]] = Counter()
    singles: Counter[str] = Counter()
    for f in fields:
        words = [m.group(0).casefold() for m in _OCR_WORD.finditer(f.text)]
        counts.update(zip(words, words[1:]))
        singles.update(words)
    after: dict[str, list[str]] = {}
    before: dict[str, list[str]] = {}
    for first, second in counts:
        after.setdefault(first, []).append(second)
        before.setdefault(second, []).append(first)
    return _ReportPairs(counts, after, before, singles)


def _unlike_the_report(field: TextField, report: _ReportPairs, settings: OcrSettings) -> list[str]:
    """Words of an OCR'd field one misreading away from a word that stands by the same word more
    often elsewhere in the report ("arbetar kommuner", the report printing "arbetar kommunen" in
    question after question; "jämförelser tor att" where it prints "för att"): both are words of
    the language, and only the report's own phrasing tells OCR's "n" read as "r". A misreading is
    one of the table's, or letters OCR reads alike (`_read_alike`). So are two words the report
    prints as one ("för slag", bleed-through, where it prints "förslag": a gap OCR read as a space)
    and one it prints as two ("ide tekniske", low resolution: "i de", a space lost). The first is named."""
    words = [m.group(0) for m in _OCR_WORD.finditer(field.text)]
    pairs = report.counts
    for word in words:
        w = word.casefold()
        least = max(settings.report_pair_least, report.words[w] + 1)
        if (split := next(((w[:i], w[i:]) for i in range(1, len(w)) if pairs[(w[:i], w[i:])] >= least), None)):
            return [f"'{word}' (the report prints '{' '.join(split)}' {pairs[split]} times: two words run together?)"]
    for before, word in zip(words, words[1:]):
        b, w = before.casefold(), word.casefold()
        least = max(settings.report_pair_least, pairs[(b, w)] + 1)  # and more often than the reading
        if report.words[b + w] >= least:
            return [f"'{before} {word}' (the report prints '{before}{word}' {report.words[b + w]} times: one word "
                    "OCR split?)"]
        table = (p for p in dict.fromkeys(misreading_undone(w)) if p != w and pairs[(b, p)] >= least)
        alike = (p for p in report.after.get(b, ()) if p != w and pairs[(b, p)] >= least and _read_alike(w, p))
        if (printed := next(chain(table, alike), None)) is not None:
            return [f"'{before} {word}' (the report prints '{before} {printed}' {pairs[(b, printed)]} times: "
                    "a misreading?)"]
        ahead = (p for p in report.before.get(w, ()) if p != b and pairs[(p, w)] >= least and _read_alike(b, p))
        if (printed := next(ahead, None)) is not None:
            return [f"'{before} {word}' (the report prints '{printed} {word}' {pairs[(printed, w)]} times: "
                    "a misreading?)"]
    return []


def _read_alike(reading: str, printed: str) -> bool:
    """Whether OCR may have read `printed` as `reading`, two letters' edits at most, each of letters
    it reads alike (`text.letters_alike`: "tor" for "för", "heise" for "helse", "motverkar" for
    "motverkan"), or a doubled letter read once or a letter twice ("til" for "till")."""
    ops = Levenshtein.editops(reading, printed)
    if not 0 < len(ops) <= 2:
        return False
    for op in ops:
        if op.tag == "replace" and not letters_alike(reading[op.src_pos], printed[op.dest_pos]):
            return False
        word, at = (reading, op.src_pos) if op.tag == "delete" else (printed, op.dest_pos)
        if op.tag != "replace" and not any(0 <= n < len(word) and letters_alike(word[at], word[n])
                                           for n in (at - 1, at + 1)):
            return False
    return True


def _meant(word: str, opens_sentence: bool, lexicon: str, settings: OcrSettings) -> str | None:
    """The one word an OCR'd `word` is a misreading of (see `corrected_misreadings`), else None."""
    if any(ch.isupper() for ch in word[1:]) or (word[0].isupper() and not opens_sentence):
        return None  # a name
    folded = word.casefold()
    # A rare reading one misreading from a far commoner word is that word, however short: a fax's
    # "tör" (1.8) is "för" (7.2), "fter" (1.9) "fler" (5.6); a reading in no list, only one of the
    # language's commonest ("sorn": "som").
    common = [] if common_word(folded, lexicon, settings.rare_reading_zipf) else [
        w for w in frequent_misreadings_of(folded, lexicon, settings.far_commoner_margin,
                                           settings.common_neighbour_zipf)
        if common_word(w, lexicon, settings.far_commoner_zipf)]
    if len(common) == 1:
        meant: str | None = common[0]
    elif len(word) < settings.corrected_word_letters or in_word_list(folded, lexicon):
        return None  # short, or in the word list at all, however rare ("motverkan"): maybe the print
    else:
        found = [w for w in misreadings_of(word, lexicon, settings.compound_part_letters, settings.corrected_part_letters)
                 if in_word_list(w, lexicon) or known_word(w, lexicon, settings.corrected_part_letters)]
        if (not found and len(word) >= settings.twice_misread_letters
                and not known_word(folded, lexicon, settings.corrected_part_letters)):
            # A fax misreads a letter alike wherever it stands: "ettektivitet" (f read as t twice).
            # Two misreadings of one letter are none the table knows ("upprätade", print's own
            # spelling, is no "uppretade").
            found = [w for once in dict.fromkeys(misreading_undone(folded)) for w in misreading_undone(once)
                     if in_word_list(w, lexicon) and Levenshtein.distance(folded, w) > 1]
        meant = likeliest_word(list(dict.fromkeys(found)), lexicon, settings.corrected_frequency_margin)
    if meant is None:
        return None
    return meant[0].upper() + meant[1:] if word[0].isupper() else meant


def report_spelling(doc: DocumentText, lexicon: str | None,
                    settings: OcrSettings = OCR_DEFAULTS) -> dict[str, Counter[str]]:
    """The words the report's pages print, read surely (a text layer's words are the print), by
    their letters folded: how often each is read in each form ("KOSTRA", "Felles", "felles"). The
    report's own spelling, against which `corrected_misreadings` sets right an OCR'd word in no
    word list."""
    spelling: dict[str, Counter[str]] = {}
    if lexicon is None:
        return spelling
    for page in doc.pages:
        for w in page.words:
            if not 0 <= w.conf < settings.uncertain_below:
                for m in _OCR_WORD.finditer(w.text):
                    spelling.setdefault(m.group(0).casefold(), Counter())[m.group(0)] += 1
    return spelling


def _opening_mark(text: str, word: re.Match[str], lexicon: str, settings: OcrSettings) -> str | None:
    """The word a mark OCR reads for a faint letter or a speck ("!", "|"), glued before a word,
    makes: the letter and the word where that is a listed word (light toner's "!ean-arbeidet" is
    "lean-arbeidet"), else the word alone where it is the language's (faded print's
    "!ledarutveckling"). Print opens no word with such a mark; nor with a stop or a colon, read from
    a speck, before a word in small letters or opening the text ("og .analyse", ":Styrdokumenten"):
    the word alone, where it is the language's."""
    at = word.start()
    if at == 0 or text[at - 1] not in "!|.:" or (at > 1 and not text[at - 2].isspace()):
        return None
    reading = word.group(0)
    if text[at - 1] in ".:":
        speck = at == 1 or reading[0].islower()
        return reading if speck and known_word(reading, lexicon, settings.corrected_part_letters) else None
    if (letter := _mark_as_letter(text[at - 1] + reading, 0, lexicon, settings)) is not None:
        return letter + reading
    return reading if known_word(reading, lexicon, settings.corrected_part_letters) else None


def _letter_for_mark(word: str, after: str, lexicon: str, settings: OcrSettings) -> str | None:
    """The word a reading ending in a mark OCR reads for a faint "l" or "i" ("!", "|") is, where the
    text goes on after it as no sentence's end does (a hyphen, a word in small letters) and the mark
    as one of those letters gives one listed word: light toner's "Må!- og resultatstyring" is
    "Mål-", however short the word ("Bra!" ending a text stays)."""
    if word[-1] not in "!|" or not _GOING_ON.match(after):
        return None
    letter = _mark_as_letter(word, len(word) - 1, lexicon, settings)
    return None if letter is None else word[:-1] + letter


def _mark_as_letter(reading: str, at: int, lexicon: str, settings: OcrSettings) -> str | None:
    """The letter the mark at `at` of an OCR'd reading is (`text.OCR_MISREADINGS`: "!" and "|" for a
    faint "l" or "i"), where that gives one listed word, or one far more frequent than the other."""
    folded = reading.casefold()
    found = [w for w in dict.fromkeys(misreading_undone(folded)) if len(w) == len(folded) and w[at].isalpha()
             and w[:at] == folded[:at] and w[at + 1 :] == folded[at + 1 :] and in_word_list(w, lexicon)]
    meant = likeliest_word(found, lexicon, settings.corrected_frequency_margin)
    return None if meant is None else meant[at]


# What follows a word inside a sentence, not at its end: a hyphen ("Mål- og"), a word in small letters.
_GOING_ON = re.compile(r"[-–]|\s+[^\W\d_A-ZÅÄÖÆØÜ]")


def _unglued(word: str, lexicon: str, letter_words: frozenset[str], settings: OcrSettings) -> str | None:
    """An OCR'd word in no word list that is a listed word and one of the language's words of one
    letter run together, as the two: a space OCR lost ("Deltari effektiviseringsnettverk",
    "brukesi planarbeidet", "Istörre"); None where it is not, or splits more than one way."""
    folded = word.casefold()
    if len(word) < settings.corrected_word_letters or any_word_of(
            folded, lexicon, settings.compound_part_letters, settings.plausible_compound_parts):
        return None
    splits = [(word[:-1], word[-1])] if folded[-1] in letter_words and in_word_list(folded[:-1], lexicon) else []
    if folded[0] in letter_words and in_word_list(folded[1:], lexicon):
        splits.append((word[0], word[1:]))
    return " ".join(splits[0]) if len(splits) == 1 else None


def _as_the_report_spells(word: str, opens_sentence: bool, spelling: dict[str, Counter[str]], printed: list[str],
                          lexicon: str, settings: OcrSettings) -> str | None:
    """The one word the report's pages print `report_word_least` times, more often than `word` is
    read, that an OCR'd `word` in no word list is one letter's edit from ("Arbeidsgiverstrateci",
    "Kkompetensutveckling"), in the form the report prints it; else None. A reading the language
    knows as a compound or a stem and its linking s ("feile|s") is print unless a word one OCR
    misreading away is what the report prints: one ending alike ("chetspolicy": "chefspolicy"), or
    a common one ("felles", `unlisted_neighbour_zipf`). Capitals inside
    a sentence are a name's unless the report prints the word small ("Dolitikere": "politikere");
    an acronym is set only to an acronym. The word set to is one of the language, or an acronym."""
    folded = word.casefold()
    if len(word) < settings.corrected_word_letters or in_word_list(folded, lexicon):
        return None
    if known_word(folded, lexicon, settings.compound_part_letters, settings.plausible_compound_parts):
        # A compound (or a stem and its s) one OCR misreading from a word the report prints, its
        # ending alike ("chetspolicy": "chefspolicy"), or from a common word ("feiles": "felles").
        near = list(dict.fromkeys([
            *frequent_misreadings_of(folded, lexicon, settings.commoner_word_margin, settings.unlisted_neighbour_zipf),
            *(c for c in misreading_undone(folded) if c[-1:] == folded[-1:])]))
    else:
        near = [c for c, _, _ in process.extract(folded, printed, scorer=Levenshtein.distance, score_cutoff=1,
                                                  limit=None) if c != folded and _ocr_edit(folded, c, settings)]
    read_alike = spelling[folded].total() if folded in spelling else 0
    found = [c for c in near if c != folded and c in spelling
             and spelling[c].total() >= max(settings.report_word_least, read_alike + 1)
             and (any_word_of(c, lexicon, settings.compound_part_letters, settings.plausible_compound_parts)
                  or any(form.isupper() for form in spelling[c]))]
    if len(found) != 1:
        return None
    meant, forms = found[0], spelling[found[0]]
    if word.isupper():
        return meant.upper() if meant.upper() in forms else None
    if word[0].isupper():
        if not opens_sentence:
            return meant if meant in forms else None
        return meant[0].upper() + meant[1:]
    return meant if any(not form.isupper() for form in forms) else None


# Capitals shaped as their small letters, which OCR tells apart by size alone.
_SMALL_SHAPED_CAPITALS = frozenset("CKOPSUVWXZÖ")


def _in_a_name(text: str, word: re.Match[str]) -> bool:
    """Whether a word stands beside another capitalised one inside its sentence: a name of several
    words ("Kommunens Kvalitet i Korthet"), whose capitals are print. A sentence's first word is
    capitalised as any is."""
    after = _OCR_WORD.search(text, word.end())
    if after is not None and after.group(0)[0].isupper():
        return True
    before = list(_OCR_WORD.finditer(text, 0, word.start()))
    if not before or not before[-1].group(0)[0].isupper():
        return False
    ahead = text[: before[-1].start()].rstrip()
    return bool(ahead) and ahead[-1] not in ".!?:"


def _small_by_shape(word: str, spelling: dict[str, Counter[str]], settings: OcrSettings) -> str | None:
    """A word inside a sentence opening with a capital shaped as its small letter ("Kommunen",
    "Planarbeidet": OCR tells "K" from "k" by size alone), which the report prints in small letters
    `report_word_least` times and more often than so, in small letters; else None. A name the
    report prints capitalised throughout ("Skövde") stays."""
    if len(word) < 2 or word[0] not in _SMALL_SHAPED_CAPITALS or not word[1:].islower():
        return None
    small = word[0].lower() + word[1:]
    forms = spelling.get(small, Counter())
    return small if forms[small] >= settings.report_word_least and forms[small] > forms[word] else None


def _ocr_edit(reading: str, printed: str, settings: OcrSettings) -> bool:
    """Whether the one letter's edit from a `printed` word to OCR's `reading` is OCR's, not the
    print's inflection or spelling: a letter misread, but the last (where "-er", "-en", "-et" part
    words); a letter read twice, beside one alike ("indiwviduella", "Kkompetens"); a letter lost
    inside the word, not among its last (`inflection_letters`: "lönekriterie" is print, a singular beside the
    report's "lönekriterier"; so is "synpunktshandtering" beside "synpunktshantering")."""
    [op] = Levenshtein.editops(reading, printed)
    if op.tag == "replace":
        return op.src_pos < len(reading) - 1
    if op.tag == "delete":  # the reading has a letter more
        return any(letters_alike(reading[op.src_pos], reading[at]) for at in (op.src_pos - 1, op.src_pos + 1)
                   if 0 <= at < len(reading))
    return op.dest_pos < len(printed) - settings.inflection_letters


def corrected_misreadings(fields: list[TextField], lexicon: str | None,
                          settings: OcrSettings = OCR_DEFAULTS, *,
                          spelling: dict[str, Counter[str]] | None = None,
                          letter_words: frozenset[str] = frozenset()) -> tuple[list[TextField], list[Issue]]:
    """The text fields with each OCR'd word that is no word of the language set right, where
    that is sure; an info issue names every change, as for a number cell read again:

    - one OCR misreading away from exactly one listed word or compound of long parts
      (`text.misreadings_of`: "arbotsprocesser" -> "arbetsprocesser"; "kornmunen" -> "kommunen",
      not "korn|muren"); OCR misreads letters surely, and a misread word is rarely a word;
    - else a word and a word of one letter run together (`_unglued`: "Deltari");
    - else one letter's edit from exactly one word the report's pages print (`spelling`, from
      `report_spelling`; `_as_the_report_spells`);
    - a capital shaped as its small letter inside a sentence, in a word the report prints small
      (`_small_by_shape`: "Hur arbetar Kommunen med");
    - a capital "I" alone inside a sentence is the small "i", where that is one of the language's
      `letter_words` ("Aktiva I länets": OCR tells the two by size and dot alone);
    - a text opening with a word of the language in small letters opens with its capital: the
      reports open every item, sub-heading and question so, but for a prefix set small
      ("e-tjänster"); a warning says so, as a letter before it may be lost.

    A word in the word list at all, one with capitals inside a sentence (a name) and a short one
    are left as read (`corrected_word_letters`, `corrected_part_letters`)."""
    if lexicon is None:
        return fields, []
    spelling = spelling or {}
    printed = list(spelling)
    out, issues = [], []
    for f in fields:
        if not f.words or not all(w.conf >= 0 for w in f.words):
            out.append(f)  # a text layer's words are the print
            continue
        unquoted = _undashed(f) if f.kind == "question" else _unquoted(f)
        spaced = _SPACE_BEFORE_QUESTION_MARK.sub("?", unquoted)
        text = _question_mark_unquoted(spaced) if f.kind == "question" else spaced
        pieces, end, misread, glued, spelt, shaped = [], 0, [], [], [], []
        for m in _OCR_WORD_ENDING_MARK.finditer(text):
            start = m.start()
            before = text[:start].rstrip()
            opens = not before or before[-1] in ".!?:"
            if (meant := _opening_mark(text, m, lexicon, settings)) is not None:
                start -= 1
                misread.append((text[start : m.end()], meant))
            elif ((meant := _meant(m.group(0), opens, lexicon, settings)) is not None
                    or (meant := _letter_for_mark(m.group(0), text[m.end():], lexicon, settings)) is not None):
                misread.append((m.group(0), meant))
            elif (meant := _unglued(m.group(0), lexicon, letter_words, settings)) is not None:
                glued.append((m.group(0), meant))
            elif (meant := _as_the_report_spells(m.group(0), opens, spelling, printed, lexicon, settings)) is not None:
                spelt.append((m.group(0), meant))
            elif (not opens and (meant := _small_by_shape(m.group(0), spelling, settings)) is not None
                  and not _in_a_name(text, m)):
                shaped.append((m.group(0), meant))
            else:
                continue
            pieces += [text[end:start], meant]
            end = m.end()
        # A fax reads a full stop as a comma: the reports set no comma before a capitalised word.
        corrected = _COMMA_BEFORE_SENTENCE.sub(r"\1. \2", "".join(pieces) + text[end:])
        small_i = "i" in letter_words and not _ROMAN_NUMERAL.search(corrected)
        cased, opening = _cased(_SMALL_I_READ_AS.sub("i", corrected) if small_i else corrected, lexicon)
        if opening:
            issues.append(Issue(
                "warning", "ocr_text_uncertain",
                f"{f.label}: '{opening}' opens the text in a small letter, set to its capital (the reports "
                "open every text with one): OCR misread the capital, or lost a letter before it",
                page=f.page, area=f.area, question_id=f.question_id, field=f.path))
        if cased == f.text:
            out.append(f)
            continue
        out.append(replace(f, text=cased))
        changes, why = [*misread, *glued, *spelt, *shaped], []
        if misread:
            why.append("OCR's reading is no word of the language, and one misreading away from that word alone")
        if glued:
            why.append("OCR's reading is no word of the language, but a word and a word of one letter run together")
        if spelt:
            why.append("OCR's reading is no word of the language, and one letter from a word the report prints "
                       "elsewhere, and from no other")
        if shaped:
            why.append("a capital shaped as its small letter, inside a sentence, in a word the report prints small")
        if unquoted != f.text and f.words[0].text in _DASHES:
            changes.insert(0, (f.words[0].text + " ", ""))
            why.append("a question opens with a word, not a dash: a table rule's stub")
        elif unquoted != f.text:
            changes.insert(0, (f.words[0].text, f.words[0].text[1:]))
            why.append("the text opens with a quote mark no quote mark closes")
        if spaced != unquoted:
            changes.append((" ?", "?"))
            why.append("print sets no space before a question mark")
        if text != spaced:
            changes.append((spaced[len(text) - 1 :], "?"))
            why.append("a question ends in '?', and no quote mark opens the one OCR read at its end")
        if stops := [(m.group(0), f"{m.group(1)}. {m.group(2)}") for m in _COMMA_BEFORE_SENTENCE.finditer(text)]:
            changes += stops
            why.append("a comma before a new sentence's capital is a full stop OCR misread")
        if small_i and (marks := list(dict.fromkeys(m.group(0) for m in _SMALL_I_READ_AS.finditer(corrected)))):
            changes += [(mark, "i") for mark in marks]
            why.append(f"{' or '.join(repr(mark) for mark in marks)} alone inside a sentence is the language's small 'i'")
        if not changes:
            continue  # the opening capital alone: its warning says so
        issues.append(Issue(
            "info", "ocr_word_corrected",
            f"{f.label}: " + ", ".join(f"'{was}' read as '{now}'" for was, now in changes) + ": " + "; ".join(why),
            page=f.page, area=f.area, question_id=f.question_id, field=f.path))
    return out, issues


def _question_mark_unquoted(text: str) -> str:
    """A question's text with the quote mark OCR read at its end, where none opens before it, set
    right: a fax of serif type read "korruption?" as "korruption”?" or "verksamheten”". The
    reports end their questions with "?" (a quote they close within, in pairs)."""
    if (m := _QUOTE_AT_QUESTION_END.search(text)) is None or text.count(m.group(1)) % 2 == 0:
        return text
    return text[: m.start(1)] + "?"


_QUOTE_AT_QUESTION_END = re.compile(r"(?<=[^\W\d_])([”\"])\??$")


def _cased(text: str, lexicon: str) -> tuple[str, str]:
    """The text opening with a capital where it opens with a word of the language in small letters
    (OCR misread its capital, or lost a letter before it: "rett" for "Brett"), and that word ("" when
    it did not): the reports open every text so, but for a prefix set small ("e-tjänster")."""
    first = opening.group(0) if (opening := _OCR_WORD.match(text)) else ""
    if first.islower() and not _SMALL_PREFIX.match(text) and in_word_list(first, lexicon):
        return text[0].upper() + text[1:], first
    return text, ""


def _undashed(field: TextField) -> str:
    """A question's text without a dash standing alone before its first word, capitalised (a table
    rule's stub: photocopy's "- Hur främjas medborgardialog", heavy toner's "– Hur samverkar"); else
    as `_unquoted` gives it. The reports' questions open with a word."""
    words = field.words
    if (len(words) > 1 and words[0].text in _DASHES and words[1].text[:1].isupper()
            and field.text.startswith(words[0].text + " ")):
        return field.text[len(words[0].text) + 1 :]
    return _unquoted(field)


_DASHES = ("-", "–", "—")


def _unquoted(field: TextField) -> str:
    """The field's text without the quote mark that opens it glued to its first word, when no quote
    mark closes it: a table rule's stub heavy toner left before a question's text ('"Hur främjas
    ...', at 35-64 %), a speck read surely as one before an item ('"kommunen deltar aktivt', its
    capital read small too). A quote print opens, it closes within the text; where OCR misread the
    closing one, it read one still ('"Nöjdhetsundersökningar” till'). The word keeps its
    confidence."""
    first = field.words[0]
    if (len(first.text) > 1 and field.text.startswith(first.text) and first.text[0] in _OPENING_QUOTES
            and first.text[1].isalpha() and not any(c in _OPENING_QUOTES for c in field.text[1:])):
        return field.text[1:]
    return field.text


def ocr_issues(fields: list[TextField], doc: DocumentText, lexicon: str | None = None,
               settings: OcrSettings = OCR_DEFAULTS, conjunctions: frozenset[str] = frozenset(),
               foreign_letters: frozenset[str] = frozenset(), title_dangling: frozenset[str] = frozenset(),
               letter_words: frozenset[str] = frozenset(),
               margin_share: float = DEFAULTS.running_head_margin_share) -> list[Issue]:
    """A warning on each text field read through OCR that OCR was unsure of (scans only), that
    holds a word one misreading away from a word of the report's language (`lexicon`, wordfreq's
    code) and no word itself, that holds a letter of its `foreign_letters` ("ög" for "og" in
    Norwegian), or that ends in one of the language's `conjunctions` (no text does:
    OCR lost the line after it, "... for innbyggerdialog og"), or a sub-heading ending in one of
    its `title_dangling` words ("Strategi för": faded print lost its last word), or that holds a small
    letter standing alone that is none of its `letter_words` ("kvalitet j rapporteringen"). A word
    dropped inside a list item may have been the start of another item: the whole list is named."""
    unsure = {page.number: list(page.unsure) for page in doc.pages if page.unsure}
    pages = {page.number: page for page in doc.pages}
    # Most reports end every question with "?"; where most of this one's do, a question that does
    # not may have lost its last words to OCR ("Hvordan arbeider kommunen med", its line's end unread).
    questions = [f.text for f in fields if f.kind == "question" and f.text]
    asked = len(questions) > 0 and sum(t.endswith("?") for t in questions) >= settings.questions_asked_share * len(questions)
    wraps = _unexplained_wraps(fields, settings)
    pairs = _report_pairs(fields)
    issues = []
    for index, f in enumerate(fields):
        if not any(w.conf >= 0 for w in f.words):
            continue
        doubted, dropped = _ocr_doubts(f, unsure, settings)
        broken = [f"'{last.text} | {first.text}' (the line breaks before a word that fits on it: words lost, "
                  "or two texts run together?)" for last, first in wraps.get(index, ())][:1]
        if asked and f.kind == "question" and f.text and not f.text.endswith("?"):
            doubted.append(f"'{f.text.split()[-1]}' (it ends the question, which most of the report's end with '?': "
                           "its last words may be lost)")
        # A running head or footer OCR garbled is no repeat, and stays ("… integration. Sveriges I").
        doubted += [f"'{w.text}' (in the page's margin, apart from the text's other lines: a running head or "
                    "footer?)" for w in f.words if w.conf >= 0 and w.page in pages
                    and _in_margin(w, pages[w.page].height, margin_share) and _apart(w, pages[w.page].words, settings)][:1]
        if all(w.conf >= 0 for w in f.words):
            doubted += _unlike_the_report(f, pairs, settings)
        if lexicon is not None and all(w.conf >= 0 for w in f.words):
            doubted += _misread_words(f, lexicon, settings)
            doubted += [f"'{m.group(0)}' (a full stop inside a sentence: perhaps a speck)"
                        for m in _STOP_AFTER_SHORT_WORD.finditer(f.text)
                        if common_word(m.group(1), lexicon, settings.stop_word_zipf)][:1]
        last = f.text.split()[-1].casefold() if f.text.split() else ""
        if last in conjunctions:
            doubted.append(f"'{last}' (it ends the text: the line after it may be lost)")
        elif f.kind == "subheading" and last in title_dangling:
            doubted.append(f"'{last}' (it ends the sub-heading, which no title does: its last words may be lost)")
        elif f.text.endswith((":", ";", ",", "!")):
            # "Politiske må!": light toner read an "l" as "!" at the title's end, surely; a fax read
            # an item's closing "." as ",". The reports end texts with a letter, ".", "?", ")" or a quote.
            doubted.append(f"'{f.text.split()[-1]}' (a mark no text ends with: a speck, or a letter or a full "
                           "stop, read as it?)")
        # A hyphen joining a word no compound starts or ends with ("och-gör", "roller-och"): a space
        # OCR read as one.
        doubted += [f"'{m.group(0)}' (a hyphen beside '{part}', which no compound is made of)"
                    for m in _HYPHENED.finditer(f.text)
                    for part in [next((p for p in m.groups() if p.casefold() in title_dangling), None)] if part][:1]
        doubted += [f"'{w.text}' (a letter the language does not write)" for w in f.words
                    if w.conf >= 0 and foreign_letters & set(w.text.casefold())]
        if letter_words:
            doubted += [f"'{w.text}' (a letter standing alone, no word of the language: a misreading or a speck)"
                        for w in f.words if w.conf >= 0 and len(w.text) == 1 and w.text.islower()
                        and w.text not in letter_words][:1]
        if f.kind == "question":
            doubted += broken
        else:  # a list item: where it ends may be wrong, so the whole list is named
            dropped += broken
            dropped += [f"'{w.text}' (a line starting anew with no full stop before it: an item whose bullet "
                        "OCR lost?)" for w in _new_sentence_lines(f, settings)]
            dropped += [f"'{w.text}' (a bullet's mark inside the item: two items run together?)"
                        for w in _bullet_marks_inside(f)][:1]
        if (opening := f.text.split(maxsplit=1)[:1]) and opening[0] in _DASHES:  # the text's, as corrected
            doubted.append(f"'{opening[0]}' (a dash opening the text: a bullet or a rule's stub?)")
        elif f.text[:1] in _NO_OPENING:
            doubted.append(f"'{f.text.split()[0]}' (a mark no text opens with: a speck or a bullet read as it?)")
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


def _below_left(before: Word, word: Word) -> bool:
    """Whether `word` stands left of the word before it and below it on the page: it opens a line."""
    return word.x0 < before.x0 and word.top >= before.bottom - (before.bottom - before.top) / 2


def _field_lines(words: tuple[Word, ...]) -> list[list[Word]]:
    """A field's words by printed line, in reading order: a line starts where a word stands left of
    the one before it and below it, or on another page."""
    lines: list[list[Word]] = []
    for w in words:
        before = lines[-1][-1] if lines else None
        if before is None or w.page != before.page or _below_left(before, w):
            lines.append([w])
        else:
            lines[-1].append(w)
    return lines


def _unexplained_wraps(fields: list[TextField], settings: OcrSettings) -> dict[int, list[tuple[Word, Word]]]:
    """Line breaks inside OCR'd fields that print did not make: a line wraps only when its next word
    does not fit, so a break after which the next line's first word would have fitted short of the
    furthest its column's lines reach on that page (its list's, or its score table's questions')
    is a word OCR lost at the line's end or start ("med | hället" for "med samhället", fax), or two
    items or rows run together ("… konkreta utbyten. | Regelbundna …"). Only a column's own page
    tells its width: one layout sets a list in two columns, another across the page. A break at a
    hyphen or slash is a word's own. Returns {index of the field: [(line's last word, next line's first)]}."""
    def column(f: TextField, page: int) -> tuple:
        return f.area, f.kind, f.path.split("[")[0] if f.path else None, page

    reach: dict[tuple, float] = {}
    for f in fields:
        for w in f.words:  # a speck read as a mark beside a line ("sektor? ,") is no reach of print
            if any(ch.isalpha() for ch in w.text):
                reach[column(f, w.page)] = max(reach.get(column(f, w.page), w.x1), w.x1)
    found: dict[int, list[tuple[Word, Word]]] = {}
    for index, f in enumerate(fields):
        if not f.words or not all(w.conf >= 0 for w in f.words):
            continue
        lines = _field_lines(f.words)
        for line, nxt in zip(lines, lines[1:]):
            last, first = line[-1], nxt[0]
            if first.page != last.page or last.text.endswith(("-", "‐", "/")):
                continue
            height = last.bottom - last.top
            room = reach.get(column(f, last.page), last.x1) - last.x1 - settings.space_width * height
            if first.x1 - first.x0 + settings.wrap_slack * height <= room:
                found.setdefault(index, []).append((last, first))
    return found


def _in_margin(word: Word, height: float, share: float) -> bool:
    return word.bottom <= height * share or word.top >= height * (1 - share)


def _apart(word: Word, page_words: tuple[Word, ...], settings: OcrSettings) -> bool:
    """Whether a word stands further from its page's nearest other line than lines stand apart
    (`margin_line_gap` of its height): a running head's place, not a text's first or last line."""
    others = [abs(w.mid_y - word.mid_y) for w in page_words if not _same_line(word, w)]
    return bool(others) and min(others) > settings.margin_line_gap * (word.bottom - word.top)


def _same_line(word: Word, other: Word) -> bool:
    """Whether `other`'s middle lies within half `word`'s height of its middle."""
    return abs(other.mid_y - word.mid_y) <= (word.bottom - word.top) / 2


def _bullet_marks_inside(field: TextField) -> list[Word]:
    """Words that are a bullet's mark as OCR reads it: a bullet glyph, or after the text's first word
    "«Sprid" with no "»" after it. Faded print lost a bullet's shape, and two items came out as one,
    silently; an office scan's item began "• Enligt ...", its bullet read as a word of its own."""
    return [w for i, w in enumerate(field.words) if w.conf >= 0 and (
        is_typographic_bullet(w.text) or (i > 0 and _GLUED_MARK.match(w.text) and "»" not in field.text.split(w.text, 1)[-1])
        or (0 < i < len(field.words) - 1 and _mark_opening_a_line(field.words[i - 1], w, field.words[i + 1])))]


def _mark_opening_a_line(before: Word, mark: Word, after: Word) -> bool:
    """A mark of no letters opening a line before a capitalised word: a bullet OCR read as "&"
    ("… genomförda dialoger" | "& Förtydliga vägen in …", photocopy: two items as one, silently)."""
    new_line = mark.page != before.page or _below_left(before, mark)
    return not any(ch.isalnum() for ch in mark.text) and new_line and after.text[:1].isupper()


def _new_sentence_lines(field: TextField, settings: OcrSettings) -> list[Word]:
    """The first words of a list item's lines after its first that open a sentence the line before
    did not close: a capitalised word, not an acronym, after no full stop. A wrapped item goes on
    in small letters; faded print lost the bullets of three items, and "… inom skolan Generella
    och verksamhetsanpassade …" came out as one item, silently. A name there is flagged too."""
    found = []
    for before, word in zip(field.words, field.words[1:]):
        new_line = _below_left(before, word)
        acronym = sum(ch.isupper() for ch in word.text) > 1  # "SKR:s", "IT-stöd"
        if (new_line and word.text[:1].isupper() and not acronym
                and len(word.text) >= settings.unknown_word_letters and before.text[-1:] not in ".:;!?"):
            found.append(word)
    return found


def lost_line_issues(sections: dict[int, AreaSection], doc: DocumentText,
                     settings: OcrSettings = OCR_DEFAULTS) -> list[Issue]:
    """A warning on each list of an OCR'd page within whose extent lies print OCR read as nothing
    (`model.LOST_GLYPH`): heavy toner made a sub-heading's line unreadable, and the ones after it
    moved up a place, silently; a line lost between two items lies in neither item's own box, and
    a first or last line lost lies within `lost_line_reach` of the list's lines. So does a bullet
    with no word within that reach right of it: faded print read a box's "– Digitalisering" as its
    dash alone and "– Extern samverkan" as "– samverkan", and neither left a trace."""
    lost = [w for page in doc.pages for w in page.unsure if w.text == LOST_GLYPH]
    pages = {page.number: page for page in doc.pages if page.ocr}
    issues = []
    for area, section in sorted(sections.items()):
        for _, name, key in _LISTS:
            words = [w for item in getattr(section, key) for w in item.words]
            for page in sorted({w.page for w in words}):
                on_page = [w for w in words if w.page == page]
                x0, x1 = min(w.x0 for w in on_page), max(w.x1 for w in on_page)
                reach = settings.lost_line_reach * statistics.median(w.bottom - w.top for w in on_page)
                top, bottom = min(w.top for w in on_page) - reach, max(w.bottom for w in on_page) + reach
                if any(w.page == page and x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= w.mid_y <= bottom for w in lost):
                    issues.append(Issue(
                        "warning", "ocr_text_uncertain",
                        f"area {area}: print OCR could not read lies among the {name}s on page {page}: an item "
                        "may be missing, and the ones after it out of place", page=page, area=area, field=key))
                elif page in pages and any(x0 - reach <= w.x1 <= x1 and top <= w.mid_y <= bottom
                                           and _bullet_alone(w, pages[page].words, reach)
                                           for w in pages[page].words if w.conf >= 0 and is_bullet(w.text)):
                    issues.append(Issue(
                        "warning", "ocr_text_uncertain",
                        f"area {area}: a bullet among the {name}s on page {page} has no word beside it: OCR "
                        "read an item's first words, or the whole item, as nothing", page=page, area=area, field=key))
    return issues


def _bullet_alone(bullet: Word, page_words: tuple[Word, ...], reach: float) -> bool:
    """Whether no word of the bullet's line starts within `reach` right of it."""
    return not any(w is not bullet and _same_line(w, bullet) and bullet.x1 <= w.x0 <= bullet.x1 + reach
                   for w in page_words)


def item_start_issues(sections: dict[int, AreaSection]) -> list[Issue]:
    """A warning on each list where an item starts by a guess (OCR read no bullet before it, and
    its line may only have wrapped early), or an item goes on past a line that starts as an item
    does: where one item ends and the next begins may be wrong, so the whole list is named."""
    issues = []
    for area, section in sorted(sections.items()):
        for _, name, path, item in _list_items(section):
            if item.start_guessed:
                first = " ".join(item.text.split()[:4])
                issues.append(Issue(
                    "warning", "ocr_item_start_guessed",
                    f"{name}: OCR read no bullet before '{first} ...'; it is taken to start an item by "
                    f"{item.start_guessed}, but it may continue the item before",
                    page=item.page, area=area, field=path.split("[")[0]))
            if item.run_on:
                issues.append(Issue(
                    "warning", "ocr_item_run_on",
                    f"{name}: '{item.run_on} ...' is taken to go on with the item before it, but "
                    f"{item.run_on_why}: the item's bounds are a guess, and two items may run together",
                    page=item.page, area=area, field=path.split("[")[0]))
    return issues


def text_issues(fields: list[TextField], framework: Framework) -> list[Issue]:
    issues = []
    for f in fields:
        where: Where = {"page": f.page, "area": f.area, "question_id": f.question_id, "field": f.path}
        issues += text_shape_issues(f.kind, f.text, framework, label=f.label, **where)
        for place in f.uncertain:
            issues.append(Issue(
                "info", "hyphen_uncertain",
                f"{f.label}: the line-end hyphen in '{place.replace('|', '')}' may be part of the word or the "
                "line's break; neither the report nor the word list settles it",
                **where))
    return issues


def sum_issues(summary: SummaryTable | None, sections: dict[int, AreaSection], tables: dict[int, ScoreTable],
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
    return consistency_issues(values, total, [area["score"] for area in areas], summary.previous if summary else [])


def previous_year_issues(summary: SummaryTable | None, tables: dict[int, ScoreTable]) -> list[Issue]:
    """A warning on each earlier year an OCR'd summary table gives that no score table's header
    prints: OCR misreads a year's digit ("2015" as "2013") as surely as any other, and the year is
    what its earlier results are published under. The 2010 framework's tables print the earlier
    evaluations' years as column headings; where no table prints a year, none confirms it."""
    if summary is None or not summary.previous or not summary.ocr:
        return []
    printed = printed_years(tables)
    found = ", ".join(str(y) for y in sorted(printed)) if printed else "no year"
    return [Issue("warning", "previous_year_unconfirmed",
                  f"the summary table's earlier results of {year} were read by OCR, and most score tables' "
                  f"headers print {found}: the year may be misread",
                  page=summary.page, field="previous_results")
            for year in sorted({year for year, _, _, _ in summary.previous}) if year not in printed]


def identity_issues(lines: list[Line], framework: Framework, cover: Cover, meta: dict,
                     summary: SummaryTable | None, tables: dict[int, ScoreTable]) -> list[Issue]:
    """The pages that state whose report this is (the summary's, the first score table's) and
    any later cover must name the cover's municipality."""
    subject_pages = [summary.page] if summary else []
    if tables:
        subject_pages.append(min(t.page for t in tables.values()))
    publishers = publisher_names()
    return subject_page_issues(lines, subject_pages, meta["municipality_code"], meta["municipality"] or "?",
                               framework.country, meta["year"]) + later_cover_issues(
        lines, cover.page, meta["municipality"], meta["year"], publishers, framework.layout)
