"""Pure helpers for the text layer's habits: ligatures, odd spaces, bullets,
numbers, and words split over lines."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

# Ligatures and look-alikes that PDF text layers carry; NFKC would also rewrite
# things reports mean (superscripts, fractions), so only these are mapped.
_CHAR_MAP = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u00a0": " ",  # no-break space
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",  # zero-width space
        "\ufeff": "",
    }
)
SOFT_HYPHEN = "\u00ad"
HYPHENS = "-\u2010\u2011" + SOFT_HYPHEN
DASHES = "\u2012\u2013\u2014\u2015\u2212"

# A score table's number cell as read: a number of up to three digits, perhaps with decimals and a
# percent sign ("7 15" is two numbers, the crop took the next cell's; "4390" a percent sign read as digits).
CELL_NUMBER = re.compile(r"^(?P<number>\d{1,3}(?:[.,]\d{1,2})?)(?P<percent>%?)$")

# Glyphs that reports (and OCR of them) use as list bullets. Private-use
# characters come from Symbol/Wingdings fonts in Word exports.
_BULLET_CHARS = set("•●◦▪■□▫‣⁃∙·○◆◇►▸➢➤✓✔*-–—»«+°o©®e¢")


def clean(text: str) -> str:
    """Normalises one word of the text layer (NFC, ligatures, odd spaces)."""
    if text.isascii():  # the common case; ligatures and odd spaces are not ASCII
        return text.strip()
    return unicodedata.normalize("NFC", text.translate(_CHAR_MAP)).strip()


_NON_WORD = re.compile(r"[\W_]+")
_YEAR = re.compile(r"(19|20)\d\d")
_COMPOUND_PARTS = re.compile(r"[-/]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A matching key: case-folded, punctuation and dashes to spaces, spaces collapsed."""
    text = unicodedata.normalize("NFC", text.translate(_CHAR_MAP)).casefold()
    text = _NON_WORD.sub(" ", text)
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def unaccented(text: str) -> str:
    """A matching key (`fold`) without accents: OCR drops and adds them ("ppnatt" for "Uppnått",
    "Forbattringsmojligheter" for "Förbättringsmöjligheter", heavy toner)."""
    return _without_accents(fold(text))


def _without_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def is_private_use(ch: str) -> bool:
    return unicodedata.category(ch) == "Co"


def is_bullet(token: str) -> bool:
    """True for a token that is only a list bullet glyph."""
    return len(token) == 1 and (token in _BULLET_CHARS or is_private_use(token))


_TYPOGRAPHIC_BULLETS = "•●▪■◦‣∙▸►➢➤"


def is_typographic_bullet(token: str) -> bool:
    """A bullet that only ever is one (unlike '-', 'o' or OCR's '«')."""
    return len(token) == 1 and (token in _TYPOGRAPHIC_BULLETS or is_private_use(token))


_INT = re.compile(r"^\d{1,4}$")
_NUMBER = re.compile(r"^(\d{1,4})(?:[.,](\d+))?$")
_PERCENT = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s?%$")


def parse_int(token: str) -> int | None:
    return int(token) if _INT.match(token) else None


_CELL_JUNK = ")(:;|[]"  # what OCR leaves around a number in a table cell: "10)", "[37"


# Small letters shaped as their capitals, told apart by size alone: OCR reads the one for the other
# ("styrkor" for a header's "Styrkor", a fax).
CAPITAL_SHAPED = frozenset("cosuvwxzöø")


def cell_text(token: str) -> str:
    """A table cell's token without what OCR leaves around a number, or a trailing period or dash
    ("364.", "2018-": a rule's stub after a year heading)."""
    return token.strip(_CELL_JUNK).rstrip(".-–")


def parse_number(token: str) -> float | int | None:
    """'7' -> 7, '4,5' -> 4.5; anything else -> None."""
    m = _NUMBER.match(token)
    if not m:
        return None
    if m.group(2) is None:
        return int(m.group(1))
    return float(f"{m.group(1)}.{m.group(2)}")


def parse_percent(token: str) -> float | int | None:
    """'45%' or '45 %' -> 45; a bare '%' or anything else -> None."""
    m = _PERCENT.match(token)
    if not m:
        return None
    return parse_number(m.group(1))


def is_year(token: str) -> bool:
    return _YEAR.fullmatch(token) is not None


@dataclass(frozen=True, slots=True)
class HyphenRules:
    """What decides a line-end hyphen (docs/domain.md, "Hyphens at line ends"): the
    language's words and the document's own spelling of the same words elsewhere."""

    conjunctions: frozenset[str] = frozenset()
    # Words no sentence, item or title ends with ("i", "för", "och"): a line ending in one goes on
    dangling: frozenset[str] = frozenset()
    prefixes: frozenset[str] = frozenset()  # lower-case prefixes written with a hyphen ("e", "it")
    lexicon: str | None = None  # wordfreq language code
    whole_words: frozenset[str] = frozenset()  # casefolded words the document prints unbroken
    hyphenated_words: frozenset[str] = frozenset()  # casefolded words it prints with an inner hyphen
    standard_hyphenated: frozenset[str] = frozenset()  # what a standard text is known to hyphenate
    hyphen_stems: frozenset[str] = frozenset()  # what the document's words ending in a hyphen start with

    @property
    def hyphenates(self) -> bool:
        """Whether the document is set with automatic hyphenation: some of its words end in a
        hyphen where no word or abbreviation ends ("utvär-"). Asked only of an undecided hyphen,
        as the answer needs the word list."""
        return _hyphenates(self.hyphen_stems, self.prefixes, self.lexicon)


@dataclass(frozen=True, slots=True)
class Joined:
    """Lines joined into one text, and the line-end hyphens the report alone could not decide."""

    text: str
    uncertain: tuple[str, ...] = ()  # "kvalitets-|arbetet": the place of each undecided hyphen


_EDGE_PUNCT = ".,;:!?()[]\"'”“’»«"
WORD_ZIPF = 2.0  # wordfreq's lists hold web noise ("organisa"): a word is at least this frequent


@lru_cache(maxsize=4)
def _frequencies(lexicon: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict  # loads a word list: only when a hyphen needs it

    return get_frequency_dict(lexicon, wordlist="large")


def _zipf(word: str, lexicon: str) -> float:
    """wordfreq's Zipf frequency of a single lower-case word (0: not in the list). The dictionary
    is read directly: `zipf_frequency` would tokenise each word again."""
    frequency = _frequencies(lexicon).get(word, 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def common_word(word: str, lexicon: str, least: float) -> bool:
    """True when `word` is at least `least` Zipf frequent in the language: "till" (7.0) is; an
    abbreviation that ends in a full stop ("ca", 5.3; "osv", 5.0) is rarer."""
    return _zipf(word.casefold(), lexicon) >= least


def _in_lexicon(word: str, rules: HyphenRules) -> bool:
    return rules.lexicon is not None and word.isalpha() and _zipf(word.casefold(), rules.lexicon) > 0


def known_word(word: str, lexicon: str, part_letters: int, parts: int = 2) -> bool:
    """Whether a word is the language's (wordfreq's `lexicon`, at WORD_ZIPF): a word of the list,
    with a genitive or linking s ("styrings"), or a compound of up to `parts` such words, each
    `part_letters` long at least ("effektiviserings|nettverk"; with 3, "kompetens|försörjnings|plan").
    OCR's misreads of letters ("kiare", "meliom", "kornmunen") are not."""
    folded = word.casefold()

    def frequent(part: str) -> bool:
        return _zipf(part, lexicon) >= WORD_ZIPF

    def first_part(part: str) -> bool:  # with a linking s or e, or its own e dropped ("kvalitets", "medarbetar")
        return frequent(part) or (part[-1] in "se" and frequent(part[:-1])) or frequent(part + "e")

    def compound(rest: str, left: int) -> bool:  # `rest` ends the word: its last part is a word as it stands
        if frequent(rest):
            return True
        return left > 1 and any(first_part(rest[:cut]) and compound(rest[cut:], left - 1)
                                for cut in range(part_letters, len(rest) - part_letters + 1))

    if first_part(folded):
        return True
    cuts = range(part_letters, len(folded) - part_letters + 1)
    return parts > 1 and any(first_part(folded[:cut]) and compound(folded[cut:], parts - 1) for cut in cuts)


# What OCR reads a printed letter (or two) as: the printed one, then its misreadings (lower case:
# words are looked up folded, so "I" is "i"). Light toner
# breaks an "l" into "i" or "!" and a "j" into an "i", a tight "m" is read as "rn", a faint stroke closes "e" into "o";
# heavy toner's specks above a letter read as its dots ("persönalenheten"); faded print loses a "t"'s or
# an "f"'s bar ("preseniationen"), a "g"'s tail ("överaripande"), a "p"'s and a "b"'s stems ("nolitiska",
# "pudgetarbetet") and an "m"'s joins ("rredborgardialog", "kominunen"), a "b"'s bowl ("medarnetar"),
# reads "ä" as "å" ("Sammanståll"), and closes a "c" into an "e" ("Proeent"); a fax's specks ring an
# "a" ("Ta fråm", "uppföljningsbaår"), join an "li" into an "h" ("tydhgare") and read an "m"'s first
# stroke as an "r" before it ("kormmunen"); a fax of serif type joins "in" into an "m" ("mformation")
# and "ti" into a "u" ("ullgänglighet"), splits an "ä" ("omviärldsbevakning") and reads "f" as "l"
# ("lör").
OCR_MISREADINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("l", ("i", "!", "1", "|", "t")), ("m", ("rn", "nn", "ni", "rr", "in", "rm")), ("n", ("ri", "r", "u")),
    ("h", ("li", "b")), ("li", ("h",)), ("in", ("m",)), ("ti", ("u",)),
    ("d", ("cl", "a")), ("o", ("e", "a", "c", "0", "ö", "q")), ("e", ("o", "c", "a", "é")), ("a", ("e", "o", "s", "ä", "å", "aå")),
    ("u", ("ii", "n", "v")), ("g", ("q", "y", "a", "c")), ("r", ("n",)), ("t", ("f", "l", "i")), ("f", ("t", "i", "l")),
    ("b", ("h", "p", "n")), ("c", ("e",)), ("i", ("l", "1", "!")), ("s", ("a",)), ("y", ("v",)), ("ø", ("o", "e")), ("å", ("a", "ä")),
    ("ä", ("a", "å", "iä")), ("ö", ("o", "ä")), ("j", ("i",)), ("p", ("n",)), ("v", ("w",)),
)


def misreadings_of(word: str, lexicon: str, part_letters: int, whole_parts: int) -> list[str]:
    """The words of the language that `word` is one OCR misreading away from (OCR_MISREADINGS:
    "kiare" -> "klare", "kornmunen" -> "kommunen"), when `word` itself is none; else none.

    A word of the word list explains a reading better than a compound of shorter words does:
    where one misreading undone gives listed words, only those count ("systernatiskt": the listed
    "systematiskt", not "syster|netiskt"), and a reading known only as a compound with a part
    shorter than `whole_parts` ("samar|bela") is a misreading of a listed word one misreading
    away ("samarbeta"): faded print's "t" read as "l" had passed as such a compound. A compound
    of long parts ("arbeids|prosesser") is the language's, whatever its neighbours."""
    folded = word.casefold()
    if known_word(word, lexicon, whole_parts):  # a word of the list, or a compound of long parts
        return []
    # Faint or binarised print loses every accent of a word at once ("Jamforelser"): the words the
    # reading is with its accents restored count as its misreadings too.
    candidates = list(dict.fromkeys([*misreading_undone(folded),
                                     *_accented_words(lexicon).get(_without_accents(folded), ())]))
    listed = [candidate for candidate in candidates if in_word_list(candidate, lexicon)]
    if listed or known_word(word, lexicon, part_letters):
        return listed
    return [candidate for candidate in candidates if known_word(candidate, lexicon, part_letters)]


@cache
def _accented_words(lexicon: str) -> dict[str, tuple[str, ...]]:
    """The language's listed words with accents (at WORD_ZIPF), by their letters without them."""
    index: dict[str, list[str]] = {}
    for word in _frequencies(lexicon):
        if (key := _without_accents(word)) != word and _zipf(word, lexicon) >= WORD_ZIPF:
            index.setdefault(key, []).append(word)
    return {key: tuple(words) for key, words in index.items()}


def frequent_misreadings_of(word: str, lexicon: str, margin: float, unlisted_least: float) -> list[str]:
    """The words of the language one OCR misreading away from `word` that are `margin` more
    frequent on wordfreq's Zipf scale ("oy", 2.8: "og", 7.5), or for a word not listed (known as
    a stem and its linking s, or a compound), at least `unlisted_least` frequent ("feiles", a
    "feile" and its s: "felles", 4.95)."""
    folded = word.casefold()
    own = _zipf(folded, lexicon)
    least = own + margin if own > 0 else unlisted_least
    return [w for w in dict.fromkeys(misreading_undone(folded)) if _zipf(w, lexicon) >= least]


def likeliest_word(words: list[str], lexicon: str, margin: float) -> str | None:
    """Of words a reading is one misreading away from, the one far more frequent than every other
    (by `margin` on wordfreq's Zipf scale: a word in no list, a compound, is 0), or the only one."""
    ranked = sorted(words, key=lambda w: _zipf(w, lexicon), reverse=True)
    if not ranked or (ranked[1:] and _zipf(ranked[0], lexicon) - _zipf(ranked[1], lexicon) < margin):
        return None
    return ranked[0]


@cache
def letters_alike(a: str, b: str) -> bool:
    """Whether OCR may read one letter as the other: the same letter but for its accent or case
    ("ä", "ö" from "o"; "K", "k"), or one of OCR_MISREADINGS ("v" read as "w")."""
    a, b = a.casefold(), b.casefold()
    return (_without_accents(a) == _without_accents(b)
            or any((printed == a and b in readings) or (printed == b and a in readings)
                   for printed, readings in OCR_MISREADINGS))


def misreading_undone(folded: str) -> Iterator[str]:
    """A lower-case word with one of OCR's misreadings (OCR_MISREADINGS) undone, each way one can be:
    what the print may have been ("proeent" -> "procent", "pröeent", …)."""
    for printed, readings in OCR_MISREADINGS:
        for reading in readings:
            start = folded.find(reading)
            while start >= 0:
                yield folded[:start] + printed + folded[start + len(reading):]
                start = folded.find(reading, start + 1)


def any_word_of(word: str, lexicon: str, part_letters: int, parts: int) -> bool:
    """Whether a word is in the language's word list at all, however rare ("motverkan"), or a
    compound of up to `parts` of its frequent words ("kompetens|försörjnings|plan")."""
    return in_word_list(word.casefold(), lexicon) or known_word(word, lexicon, part_letters, parts)


def in_word_list(word: str, lexicon: str) -> bool:
    """Whether a lower-case word is in the language's word list (wordfreq's `lexicon` code)."""
    return _zipf(word, lexicon) > 0


def _is_word(part: str, rules: HyphenRules) -> bool:
    """A word of its own, or with a compound's linking s ("omvärlds", "kvalitets")."""
    if rules.lexicon is None or not part.isalpha():
        return False
    word = part.casefold()
    return any(_zipf(w, rules.lexicon) >= WORD_ZIPF for w in (word, word[:-1] if word.endswith("s") else word))


def _is_abbreviation(part: str, rules: HyphenRules) -> bool:
    """A compound's first part that is written with a hyphen: "SKL", "IT", "e", "it", "2010"."""
    return (
        len(part) == 1
        or any(ch.isdigit() for ch in part)
        or sum(ch.isupper() for ch in part) >= 2
        or part.casefold() in rules.prefixes
    )


def is_broken_word(stem: str, rules: HyphenRules) -> bool:
    """True for what only a line break leaves before a hyphen: no word, no abbreviation ("utvär")."""
    return stem.isalpha() and not _is_abbreviation(stem, rules) and not _is_word(stem, rules)


HYPHENATION_EVIDENCE = 2  # broken words ("utvär-") that show a report is set with automatic hyphenation


@lru_cache(maxsize=64)
def _hyphenates(stems: frozenset[str], prefixes: frozenset[str], lexicon: str | None) -> bool:
    rules = HyphenRules(prefixes=prefixes, lexicon=lexicon)
    broken = (stem for stem in stems if is_broken_word(stem, rules))
    return next(islice(broken, HYPHENATION_EVIDENCE - 1, None), None) is not None


def line_end_hyphen(stem: str, continuation: str, rules: HyphenRules) -> tuple[str, bool]:
    """How "…stem-" at a line's end and "continuation…" at the next line's start join:
    (the separator "", "-" or "- ", whether the report settles it).

    "utvär-" + "dering" -> "" (a word broken by the line), "e-" + "förslag" -> "-" (a
    hyphenated compound), "medborgar-" + "och" -> "- " (a suspended compound).
    """
    whole = continuation.strip(_EDGE_PUNCT)
    core = whole.split("/")[0]  # "heter" of "en-" + "heter/personer"
    head = _COMPOUND_PARTS.split(stem)[-1]  # "helse" of "e-helse-", "en" of "grupper/en-"
    hyphenated = f"{stem}-{whole}".casefold()
    printed_closed = (stem + whole).casefold() in rules.whole_words
    printed_hyphenated = hyphenated in rules.hyphenated_words
    if core.casefold() in rules.conjunctions and not (printed_closed or _in_lexicon(head + core, rules)):
        return "- ", True  # "medborgar- och", but "en-" + "samt" is "ensamt"
    if head.isupper() and core[:1].isupper():
        return _undecided(rules)  # "KOST-" + "RA-tall": an acronym the typesetter broke, or two joined by a hyphen
    if not head or _is_abbreviation(head, rules) or not core[:1].islower() or core.casefold() in rules.prefixes:
        return "-", True  # "IT-" + "stöd", "e-" + "förslag", "Stockholm-" + "Mälardalen", "webb-" + "tv"
    if hyphenated in rules.standard_hyphenated:
        return "-", True  # the framework's own wording ("omvärlds-spaning")
    if _in_lexicon(head + core, rules):
        return "", True  # a word the language writes closed ("utvärdering")
    if not _is_word(head, rules):
        # A break inside a word ("uppfölj-" + "ningen"), settled by how the report prints it elsewhere.
        if printed_hyphenated != printed_closed:
            return ("-" if printed_hyphenated else ""), True
        return _undecided(rules)
    # A break between two words of a compound ("omvärlds-" + "spaning"): a report may print those
    # both ways, so its spelling elsewhere only tips the choice.
    if printed_hyphenated != printed_closed:
        return ("-" if printed_hyphenated else ""), False
    return _undecided(rules)


def _undecided(rules: HyphenRules) -> tuple[str, bool]:
    # A report set with automatic hyphenation most likely broke a word here; one set without it
    # (most are) breaks lines only after hyphens that are part of the text.
    return ("" if rules.hyphenates else "-"), False


def join_text(lines: list[str], rules: HyphenRules) -> Joined:
    """Joins the lines of one paragraph, bullet or cell, undoing line-break hyphenation
    (see `line_end_hyphen`); a line may also break after a slash ("brukare/" + "medborgare")."""
    out = ""
    uncertain: list[str] = []
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if not out:
            out = line
            continue
        first_word = line.split(" ", 1)[0]
        if out[-1] == "/":
            out = out + line
        elif out[-1] == SOFT_HYPHEN:  # the typesetter's own break mark
            out = out[:-1] + line
        elif out[-1] in HYPHENS and len(out) >= 2 and out[-2].isalnum():
            stem = out[:-1].rsplit(" ", 1)[-1].lstrip(_EDGE_PUNCT)
            separator, certain = line_end_hyphen(stem, first_word, rules)
            if not certain:
                uncertain.append(f"{stem}-|{first_word}")
            out = out[:-1] + separator + line
        else:
            out = out + " " + line
    return Joined(out.replace(SOFT_HYPHEN, ""), tuple(uncertain))


def join_lines(lines: list[str], rules: HyphenRules = HyphenRules()) -> str:
    """`join_text`'s text alone, for prose where an undecided hyphen does not matter."""
    return join_text(lines, rules).text
