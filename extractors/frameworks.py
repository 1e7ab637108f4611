"""Framework and language definitions, read from TOML files: the one typed loader.

A framework (its areas: numbers, canonical names, the spellings reports print,
maxima; its total; country, language, years of validity and publishers) and a
language (the words reports use for headings and columns, the OCR language) are
data: adding a framework is adding a file, not a branch in the code. Everything
that depends on a framework (the extractor's readers, the validation rules, the
published tables and charts, the report generator's facts) reads it from here.

Where the files are: `schemas/frameworks/*.toml` and `schemas/languages/*.toml`,
or the folders named by the environment variables `KOMPASS_FRAMEWORKS` and
`KOMPASS_LANGUAGES` (each replaces the shipped folder as a whole; worker
processes inherit them). Every file is checked when loaded: a missing or unknown
key, a value of the wrong type, duplicate or missing area numbers, area maxima
that do not add up to the total, an unknown language or country is a
`DefinitionError` naming the file and the key.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, overload

from extractors.municipalities import has_reference
from extractors.settings import DEFAULTS, FIELDS, PER_FRAMEWORK, LayoutSettings, SettingsError
from extractors.text import fold, misreading_undone, unaccented

FRAMEWORKS_ENV = "KOMPASS_FRAMEWORKS"  # a folder of framework files, instead of schemas/frameworks/
LANGUAGES_ENV = "KOMPASS_LANGUAGES"  # a folder of language files, instead of schemas/languages/

MIN_WRAPPED_HEADER = 4  # letters of a wrapped header word's first line that still name it
MAX_TOTAL_LABEL_WORDS = 3


class DefinitionError(ValueError):
    """A framework or language file that cannot be used, with the file and key at fault."""

    def __init__(self, file: Path | str, key: str, problem: str) -> None:
        self.file, self.key, self.problem = _shown(file), key, problem
        super().__init__(f"{self.file}: {key}: {problem}" if key else f"{self.file}: {problem}")


@dataclass(frozen=True, slots=True)
class AreaDef:
    number: int
    name: str  # canonical name, as the contract wants it
    spellings: tuple[str, ...]  # every accepted way of writing it, canonical first
    max: int  # the area's maximum score


@dataclass(frozen=True, slots=True)
class Publisher:
    """Who published a framework's reports in some years, and the names covers and running
    headers print for it ("Sveriges Kommuner och Landsting", "SKL")."""

    name: str
    short: str | None = None  # the abbreviation printed after evaluator names
    other_names: tuple[str, ...] = ()
    first_year: int | None = None
    last_year: int | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in (self.name, self.short, *self.other_names) if n))

    def active(self, year: int) -> bool:
        return (self.first_year or year) <= year <= (self.last_year or year)


# eq=False: a language is the one object its file was loaded into (its months and ordinals are
# dicts, and frameworks holding it must hash: schemas caches what it derives per framework set).
@dataclass(frozen=True, slots=True, eq=False)
class Language:
    code: str
    area_heading: tuple[str, ...]
    box_labels: tuple[str, ...]
    strengths: tuple[str, ...]
    improvements: tuple[str, ...]
    total_row: tuple[str, ...]
    score_header: tuple[str, ...]
    max_header: tuple[str, ...]
    percent_header: tuple[str, ...]
    score_section: tuple[str, ...]
    cover_title: tuple[str, ...]
    name_joiners: tuple[str, ...]
    evaluator_prefixes: tuple[str, ...]
    evaluator_roles: tuple[str, ...]
    role_suffixes: tuple[str, ...]
    municipality_suffixes: tuple[str, ...]
    period_verbs: tuple[str, ...]
    earlier_markers: tuple[str, ...]
    evaluation_ordinal_patterns: tuple[str, ...]
    conjunctions: tuple[str, ...]
    title_dangling: tuple[str, ...]  # words a sub-heading never ends with ("Strategi för": its last word lost)
    hyphen_prefixes: tuple[str, ...]
    hyphenated_words: tuple[str, ...]  # compounds the standard texts print with a hyphen
    common_words: tuple[str, ...]  # the commonest words: a page of real text holds many
    ocr_markers: tuple[str, ...]  # words on a scan's cover that say it is in this language
    foreign_letters: tuple[str, ...]  # letters it never writes, which OCR reads into it ("ög" for "og")
    letter_words: tuple[str, ...]  # its words of one letter ("i", "å"): another letter alone is a misreading
    lexicon: str  # wordfreq's code for the language's word list
    tesseract: str  # Tesseract's code for the language ("swe")
    months: dict[str, int]
    ordinals: dict[str, int]
    file: str = field(default="", compare=False)

    def starts_with_any(self, text: str, prefixes: tuple[str, ...], misread: bool = False) -> bool:
        """Whether the text starts with one of the words; `misread`: or does with one of OCR's
        misreadings undone ("Qmråde" for "Område", light toner)."""
        folded = fold(text)
        return _starts_with_any(folded, prefixes) or (
            misread and any(_starts_with_any(c, prefixes) for c in misreading_undone(folded)))

    def is_column_header(self, text: str, prefixes: tuple[str, ...]) -> bool:
        """A table column's header word, whole or as the first part of a header that wrapped
        in its narrow cell ("Oppnåd" over "d" for "Oppnådd")."""
        return _is_column_header(fold(text), prefixes)

    def is_total_label(self, text: str, misread: bool = False) -> bool:
        """A total row's label: "TOTALT", "Summa poäng", "Totalt område", "Sum poeng" (a short
        label whose first word is a total word, whole); `misread`: or is with one of OCR's
        misreadings undone ("Totait område", fax: the row was read as a question)."""
        words = fold(text).split()
        if not 0 < len(words) <= MAX_TOTAL_LABEL_WORDS:
            return False
        totals = _folded(self.total_row)
        return words[0] in totals or (misread and any(c in totals for c in misreading_undone(words[0])))


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    country: str
    language: Language
    first_year: int
    last_year: int | None  # None: still in use
    publishers: tuple[Publisher, ...]
    total_max: int
    areas: tuple[AreaDef, ...]
    file: str = field(default="", compare=False)
    layout: LayoutSettings = DEFAULTS  # the readers' tolerances: the defaults with the file's [layout] table

    def area(self, number: int) -> AreaDef:
        return self.areas[number - 1]

    @property
    def area_numbers(self) -> tuple[int, ...]:
        return tuple(a.number for a in self.areas)

    @property
    def publisher_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for p in self.publishers for n in p.names))

    def covers(self, year: int) -> bool:
        """Whether reports of `year` use this framework, by its years of validity."""
        return self.first_year <= year <= (self.last_year or year)

    @property
    def years(self) -> str:
        return f"{self.first_year}-{self.last_year}" if self.last_year else f"from {self.first_year}"


@lru_cache(maxsize=65536)
def _starts_with_any(folded: str, prefixes: tuple[str, ...]) -> bool:
    return any(folded.startswith(p) for p in _folded(prefixes))


@lru_cache(maxsize=65536)
def _is_column_header(folded: str, prefixes: tuple[str, ...], misread: bool = True) -> bool:
    """A header word as printed, or as OCR misread one of its letters ("Proeent" in faded print: the
    header's percent column was lost, and with it every percent of its table)."""
    if _starts_with_any(folded, prefixes):
        return True
    if len(folded) >= MIN_WRAPPED_HEADER and any(p.startswith(folded) for p in _folded(prefixes)):
        return True
    # OCR's misreadings: one letter, or every accent dropped ("Forbattringsmojligheter", heavy toner).
    return misread and (any(_is_column_header(c, prefixes, misread=False) for c in misreading_undone(folded))
                        or any(unaccented(folded).startswith(unaccented(p)) for p in _folded(prefixes)))


@cache
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f for f in (fold(w) for w in words) if f)  # "%" folds to nothing: it would match anything


# --- where the files are -----------------------------------------------------------

_REPO = Path(__file__).resolve().parents[1]


def definition_dirs() -> tuple[Path, Path]:
    """(framework folder, language folder): the environment's, else the shipped ones."""
    return _dirs(os.environ.get(FRAMEWORKS_ENV, "").strip(), os.environ.get(LANGUAGES_ENV, "").strip())


@cache
def _dirs(frameworks: str, languages: str) -> tuple[Path, Path]:
    shipped = Path(str(resources.files("schemas")))
    return (Path(frameworks).resolve() if frameworks else shipped / "frameworks",
            Path(languages).resolve() if languages else shipped / "languages")


def _shown(path: Path | str) -> str:
    """A file as errors name it: relative to the repository when it is the shipped one."""
    path = Path(path)
    try:
        return path.resolve().relative_to(_REPO).as_posix()
    except ValueError:
        return str(path)


def _toml_files(folder: Path, env: str) -> list[Path]:
    if not folder.is_dir():
        raise DefinitionError(folder, "", f"no such folder (set {env} to a folder of .toml files, or unset it)")
    files = sorted(p for p in folder.iterdir() if p.suffix == ".toml" and p.is_file())
    if not files:
        raise DefinitionError(folder, "", "holds no .toml file")
    return files


def definition_files() -> list[Path]:
    """Every framework and language file in use (their content decides what the extractor reads)."""
    frameworks, languages = definition_dirs()
    return [*_toml_files(frameworks, FRAMEWORKS_ENV), *_toml_files(languages, LANGUAGES_ENV)]


# --- typed reading of one TOML table ------------------------------------------------

_KINDS = {str: "a text", int: "a whole number", list: "a list", dict: "a table"}


@dataclass(frozen=True, slots=True)
class _Table:
    """One TOML table of a file, read key by key with its type checked; errors name the key
    by its path in the file ("areas[3].number")."""

    file: Path
    data: dict
    path: str = ""

    def key(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def fail(self, name: str, problem: str) -> DefinitionError:
        return DefinitionError(self.file, self.key(name), problem)

    def only(self, known: set[str]) -> None:
        for name in self.data:
            if name not in known:
                raise self.fail(name, f"unknown key (known: {', '.join(sorted(known))})")

    def value(self, name: str, kind: type, *, required: bool = True):
        if name not in self.data:
            if required:
                raise self.fail(name, f"missing ({_KINDS[kind]} is required)")
            return None
        value = self.data[name]
        # TOML's true and false are Python ints too: a flag is no number.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(name, f"{value!r} is not {_KINDS[kind]}")
        return value

    # A required key's value is there: overloads tell the type checker so.
    @overload
    def text(self, name: str, *, required: Literal[True] = ...) -> str: ...
    @overload
    def text(self, name: str, *, required: bool) -> str | None: ...

    def text(self, name: str, *, required: bool = True) -> str | None:
        value = self.value(name, str, required=required)
        if value is not None and not value.strip():
            raise self.fail(name, "is empty")
        return value

    @overload
    def whole(self, name: str, *, required: Literal[True] = ..., minimum: int | None = None) -> int: ...
    @overload
    def whole(self, name: str, *, required: bool, minimum: int | None = None) -> int | None: ...

    def whole(self, name: str, *, required: bool = True, minimum: int | None = None) -> int | None:
        value = self.value(name, int, required=required)
        if value is not None and minimum is not None and value < minimum:
            raise self.fail(name, f"{value} is less than {minimum}")
        return value

    def texts(self, name: str, *, required: bool = True, nonempty: bool = False) -> tuple[str, ...]:
        values = self.value(name, list, required=required) or []
        for i, v in enumerate(values):
            if not isinstance(v, str) or not v.strip():
                raise DefinitionError(self.file, f"{self.key(name)}[{i}]", f"{v!r} is not a text")
        if nonempty and not values:
            raise self.fail(name, "is empty: at least one is needed")
        return tuple(values)

    def numbers(self, name: str, low: int, high: int | None = None) -> dict[str, int]:
        table = self.value(name, dict)
        for k, v in table.items():
            if not isinstance(v, int) or isinstance(v, bool) or v < low or (high is not None and v > high):
                bounds = f"{low}-{high}" if high is not None else f"{low} or more"
                raise DefinitionError(self.file, f"{self.key(name)}.{k}", f"{v!r} is not a whole number {bounds}")
        return dict(table)

    def tables(self, name: str, *, required: bool = True) -> list[_Table]:
        values = self.value(name, list, required=required) or []
        out = []
        for i, v in enumerate(values):
            if not isinstance(v, dict):
                raise DefinitionError(self.file, f"{self.key(name)}[{i}]", f"{v!r} is not a table")
            out.append(_Table(self.file, v, f"{self.key(name)}[{i}]"))
        return out


def _read_toml(path: Path) -> _Table:
    try:
        return _Table(path, tomllib.loads(path.read_text("utf-8")))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DefinitionError(path, "", f"not a valid TOML file ({exc})") from None
    except OSError as exc:
        raise DefinitionError(path, "", f"cannot be read ({exc.strerror or exc})") from None


# --- languages ---------------------------------------------------------------------

_LANGUAGE_LISTS = tuple(f.name for f in fields(Language) if f.type == "tuple[str, ...]")
# Lists a language cannot do without: the extractor would find no heading, column or total.
_LANGUAGE_NEEDED = {"area_heading", "strengths", "improvements", "total_row", "score_header", "max_header",
                    "percent_header", "score_section", "common_words"}


def _ordinal_patterns(table: _Table) -> tuple[str, ...]:
    patterns = table.texts("evaluation_ordinal_patterns")
    for i, pattern in enumerate(patterns):
        key = f"evaluation_ordinal_patterns[{i}]"
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise DefinitionError(table.file, key, f"not a regular expression ({exc})") from None
        if "ordinal" not in compiled.groupindex:
            raise DefinitionError(table.file, key, "has no group (?P<ordinal>...) for the ordinal word")
    return patterns


def _language(path: Path) -> Language:
    table = _read_toml(path)
    table.only({*_LANGUAGE_LISTS, "code", "lexicon", "tesseract", "months", "ordinals"})
    lists = {name: table.texts(name, nonempty=name in _LANGUAGE_NEEDED) for name in _LANGUAGE_LISTS}
    lists["evaluation_ordinal_patterns"] = _ordinal_patterns(table)
    return Language(code=table.text("code"), lexicon=table.text("lexicon"), tesseract=table.text("tesseract"),
                    months=table.numbers("months", 1, 12), ordinals=table.numbers("ordinals", 1),
                    file=_shown(path), **lists)


@cache
def _languages_in(folder: Path) -> tuple[Language, ...]:
    found: dict[str, Language] = {}
    for path in _toml_files(folder, LANGUAGES_ENV):
        lang = _language(path)
        if lang.code in found:
            raise DefinitionError(path, "code", f"{lang.code!r} is the code of {found[lang.code].file} too")
        found[lang.code] = lang
    return tuple(sorted(found.values(), key=lambda lang: lang.code))


def all_languages() -> tuple[Language, ...]:
    """Every language definition in use, sorted by code."""
    return _languages_in(definition_dirs()[1])


def load_languages() -> dict[str, Language]:
    return {lang.code: lang for lang in all_languages()}


# --- frameworks --------------------------------------------------------------------

def _publisher(table: _Table) -> Publisher:
    table.only({"name", "short", "other_names", "first_year", "last_year"})
    publisher = Publisher(table.text("name"), table.text("short", required=False),
                          table.texts("other_names", required=False),
                          table.whole("first_year", required=False), table.whole("last_year", required=False))
    if publisher.first_year and publisher.last_year and publisher.last_year < publisher.first_year:
        raise table.fail("last_year", f"{publisher.last_year} is before first_year {publisher.first_year}")
    return publisher


def _area(table: _Table, default_max: int | None) -> AreaDef:
    table.only({"number", "name", "spellings", "max"})
    number = table.whole("number", minimum=1)
    name = table.text("name")
    area_max = table.whole("max", required=False, minimum=1) or default_max
    if area_max is None:
        raise table.fail("max", "missing, and the file gives no area_max for every area")
    return AreaDef(number, name, (name, *table.texts("spellings", required=False)), area_max)


def _areas(table: _Table) -> tuple[AreaDef, ...]:
    default_max = table.whole("area_max", required=False, minimum=1)
    areas = [_area(t, default_max) for t in table.tables("areas")]
    if not areas:
        raise table.fail("areas", "is empty: a framework has areas")
    seen: dict[int, int] = {}
    for index, area in enumerate(areas):
        if area.number in seen:
            raise DefinitionError(table.file, f"areas[{index}].number",
                                  f"area {area.number} is also areas[{seen[area.number]}]: numbers must be unique")
        seen[area.number] = index
    numbers = sorted(seen)
    if numbers != list(range(1, len(numbers) + 1)):
        raise table.fail("areas", f"areas must be numbered 1 to {len(numbers)}, got {numbers}")
    names: dict[str, int] = {}
    for index, area in enumerate(areas):
        if fold(area.name) in names:
            raise DefinitionError(table.file, f"areas[{index}].name",
                                  f"{area.name!r} is also the name of areas[{names[fold(area.name)]}]")
        names[fold(area.name)] = index
    return tuple(sorted(areas, key=lambda a: a.number))


def _framework(path: Path, languages: dict[str, Language]) -> Framework:
    table = _read_toml(path)
    table.only({"id", "country", "language", "first_year", "last_year", "publishers", "area_max",
                "total_max", "areas", "layout"})
    framework_id = table.text("id")
    if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", framework_id):
        raise table.fail("id", f"{framework_id!r}: use lower-case letters, digits, '-', '.' and '_'")
    country = table.text("country")
    if not has_reference(country):  # the municipality reference tables decide which countries work
        raise table.fail("country", f"{country!r} has no municipality reference table "
                         "(schemas/reference/municipalities_<country>.csv)")
    code = table.text("language")
    if code not in languages:
        raise table.fail("language", f"unknown language {code!r} (known: {', '.join(sorted(languages))})")
    first_year = table.whole("first_year", minimum=1900)
    last_year = table.whole("last_year", required=False)
    if last_year is not None and last_year < first_year:
        raise table.fail("last_year", f"{last_year} is before first_year {first_year}")
    publishers = tuple(_publisher(t) for t in table.tables("publishers"))
    if not publishers:
        raise table.fail("publishers", "is empty: name who publishes the reports")
    areas = _areas(table)
    total_max = table.whole("total_max", minimum=1)
    if sum(a.max for a in areas) != total_max:
        maxima = " + ".join(str(a.max) for a in areas)
        raise table.fail("total_max", f"{total_max} is not the sum of the area maxima ({maxima} = "
                         f"{sum(a.max for a in areas)})")
    return Framework(framework_id, country, languages[code], first_year, last_year, publishers, total_max, areas,
                     file=_shown(path), layout=_layout(table))


def _layout(table: _Table) -> LayoutSettings:
    """The `[layout]` table: overrides of the readers' settings (extractors/settings.py) for this
    framework's reports. Only settings read once the framework is known can be set here."""
    values = table.value("layout", dict, required=False)
    if not values:
        return DEFAULTS
    for name in values:
        key = f"layout.{name}"
        if name not in FIELDS:
            near = difflib.get_close_matches(name, FIELDS, n=1)
            hint = f"did you mean {near[0]}? " if near else ""
            raise DefinitionError(table.file, key, f"unknown layout setting ({hint}the settings are the fields of "
                                  "LayoutSettings in extractors/settings.py)")
        if name not in PER_FRAMEWORK:
            raise DefinitionError(table.file, key, "is read before the report's framework is known (words, lines, "
                                  "running heads, drawn bullets, framework detection): it cannot be set per framework")
    try:
        return DEFAULTS.with_overrides(values)
    except SettingsError as exc:
        raise DefinitionError(table.file, f"layout.{exc.field_name}", exc.problem) from None


def _check_revisions(frameworks: list[Framework]) -> None:
    """Two frameworks of one country and language are revisions, told apart by the report's
    year: two starting the same year could not be."""
    seen: dict[tuple[str, str, int], Framework] = {}
    for fw in frameworks:
        key = (fw.country, fw.language.code, fw.first_year)
        if key in seen:
            raise DefinitionError(fw.file, "first_year", f"{fw.first_year} is also the first year of "
                                  f"{seen[key].id} ({seen[key].file}), of the same country and language: "
                                  "the report's year could not choose between them")
        seen[key] = fw


@cache
def _frameworks_in(folder: Path, languages_folder: Path) -> tuple[Framework, ...]:
    languages = {lang.code: lang for lang in _languages_in(languages_folder)}
    found: dict[str, Framework] = {}
    for path in _toml_files(folder, FRAMEWORKS_ENV):
        fw = _framework(path, languages)
        if fw.id in found:
            raise DefinitionError(path, "id", f"{fw.id!r} is the id of {found[fw.id].file} too")
        found[fw.id] = fw
    frameworks = sorted(found.values(), key=lambda f: f.id)
    _check_revisions(frameworks)
    return tuple(frameworks)


def load_frameworks() -> tuple[Framework, ...]:
    """Every framework definition in use (shipped, or `KOMPASS_FRAMEWORKS`'s), sorted by id."""
    return _frameworks_in(*definition_dirs())


def framework_by_id(framework_id: str) -> Framework:
    for fw in load_frameworks():
        if fw.id == framework_id:
            return fw
    raise KeyError(framework_id)


def publisher_names() -> tuple[str, ...]:
    """Every name of every framework's publishers (covers and running headers print them)."""
    return tuple(dict.fromkeys(n for fw in load_frameworks() for n in fw.publisher_names))


# --- OCR languages ---------------------------------------------------------------------

def ocr_language(cover_text: str) -> str:
    """Tesseract's language(s) for a scan, judged from its cover's text: the language whose
    `ocr_markers` it holds most; when it holds none, the languages that have no markers (the
    ones a scan is read in unless another's markers appear), or all of them together."""
    text = cover_text.casefold()
    hits = {lang.tesseract: sum(text.count(m.casefold()) for m in lang.ocr_markers) for lang in all_languages()}
    best = max(hits, key=lambda tesseract: hits[tesseract], default=None)
    if best is not None and hits[best] > 0:
        return best
    return default_ocr_languages()


def _by_default_first() -> list[Language]:
    return sorted(all_languages(), key=lambda lang: bool(lang.ocr_markers))


def default_ocr_languages() -> str:
    plain = [lang.tesseract for lang in _by_default_first() if not lang.ocr_markers]
    return "+".join(plain) if plain else all_ocr_languages()


def all_ocr_languages() -> str:
    """Every language at once ("swe+nor"), the default ones first (Tesseract leans on the
    first): for a scan whose language no text tells yet."""
    return "+".join(dict.fromkeys(lang.tesseract for lang in _by_default_first()))


def cell_ocr_language() -> str:
    """The language number cells are read in: digits read alike in every language, so the
    first default one (whose traineddata is installed wherever OCR is)."""
    return default_ocr_languages().split("+")[0]


def ocr_letter_words(languages: str) -> frozenset[str]:
    """The words of one letter ("i", "å") of Tesseract's language(s) "swe", "swe+nor"."""
    return frozenset(w for lang in all_languages() if lang.tesseract in languages.split("+") for w in lang.letter_words)


def ocr_lexicons(languages: str) -> tuple[str, ...]:
    """The word lists (wordfreq) of Tesseract's language(s) "swe", "swe+nor"."""
    by_code = {lang.tesseract: lang.lexicon for lang in all_languages()}
    return tuple(by_code[code] for code in languages.split("+") if code in by_code)
