"""Framework and language definitions, read from the TOML files in `schemas/`.

A framework (area names and numbers, publisher, maxima) and a language (the
words reports use for headings and columns) are data: adding a framework is
adding a file to `schemas/frameworks/`, not a branch in the extractors.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from extractors.text import fold

@dataclass(frozen=True, slots=True)
class AreaDef:
    number: int
    name: str  # canonical name, as the contract wants it
    spellings: tuple[str, ...]  # every accepted way of writing it, canonical first

MIN_WRAPPED_HEADER = 4  # letters of a wrapped header word's first line that still name it
MAX_TOTAL_LABEL_WORDS = 3


@dataclass(frozen=True, slots=True)
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
    hyphen_prefixes: tuple[str, ...]
    hyphenated_words: tuple[str, ...]  # compounds the standard texts print with a hyphen
    common_words: tuple[str, ...]  # the commonest words: a page of real text holds many
    lexicon: str  # wordfreq's code for the language's word list
    months: dict[str, int]
    ordinals: dict[str, int]

    def starts_with_any(self, text: str, prefixes: tuple[str, ...]) -> bool:
        return _starts_with_any(fold(text), prefixes)

    def is_column_header(self, text: str, prefixes: tuple[str, ...]) -> bool:
        """A table column's header word, whole or as the first part of a header that wrapped
        in its narrow cell ("Oppnåd" over "d" for "Oppnådd")."""
        return _is_column_header(fold(text), prefixes)

    def is_total_label(self, text: str) -> bool:
        """A total row's label: "TOTALT", "Summa poäng", "Totalt område", "Sum poeng" (a short
        label whose first word is a total word, whole)."""
        words = fold(text).split()
        return 0 < len(words) <= MAX_TOTAL_LABEL_WORDS and words[0] in _folded(self.total_row)

@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    country: str
    language: Language
    first_year: int
    last_year: int | None
    publishers: tuple[str, ...]
    area_max: int
    total_max: int
    areas: tuple[AreaDef, ...]

    def area(self, number: int) -> AreaDef:
        return self.areas[number - 1]

@lru_cache(maxsize=65536)
def _starts_with_any(folded: str, prefixes: tuple[str, ...]) -> bool:
    return any(folded.startswith(p) for p in _folded(prefixes))


@lru_cache(maxsize=65536)
def _is_column_header(folded: str, prefixes: tuple[str, ...]) -> bool:
    if _starts_with_any(folded, prefixes):
        return True
    return len(folded) >= MIN_WRAPPED_HEADER and any(p.startswith(folded) for p in _folded(prefixes))


@cache
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f for f in (fold(w) for w in words) if f)  # "%" folds to nothing: it would match anything


def _language_from_toml(data: dict) -> Language:
    tuples = {k: tuple(v) for k, v in data.items() if isinstance(v, list)}
    return Language(code=data["code"], lexicon=data["lexicon"], months=dict(data["months"]),
                    ordinals=dict(data["ordinals"]), **tuples)

@cache
def load_languages() -> dict[str, Language]:
    folder = resources.files("schemas") / "languages"
    langs = [_language_from_toml(tomllib.loads(f.read_text("utf-8"))) for f in folder.iterdir() if f.name.endswith(".toml")]
    return {lang.code: lang for lang in langs}

def _framework_from_toml(data: dict, languages: dict[str, Language]) -> Framework:
    areas = tuple(
        AreaDef(a["number"], a["name"], (a["name"], *a.get("spellings", ())))
        for a in sorted(data["areas"], key=lambda a: a["number"])
    )
    if [a.number for a in areas] != list(range(1, len(areas) + 1)):
        raise ValueError(f"framework {data['id']}: areas must be numbered 1..n, got {[a.number for a in areas]}")
    return Framework(
        id=data["id"],
        country=data["country"],
        language=languages[data["language"]],
        first_year=data["first_year"],
        last_year=data.get("last_year"),
        publishers=tuple(data["publishers"]),
        area_max=data["area_max"],
        total_max=data["total_max"],
        areas=areas,
    )

@cache
def load_frameworks() -> tuple[Framework, ...]:
    """Every framework definition shipped in `schemas/frameworks/`, sorted by id."""
    folder = resources.files("schemas") / "frameworks"
    languages = load_languages()
    found = [
        _framework_from_toml(tomllib.loads(f.read_text("utf-8")), languages)
        for f in folder.iterdir()
        if f.name.endswith(".toml")
    ]
    return tuple(sorted(found, key=lambda f: f.id))

def framework_by_id(framework_id: str) -> Framework:
    for fw in load_frameworks():
        if fw.id == framework_id:
            return fw
    raise KeyError(framework_id)

_NON_WORD = re.compile(r"[^\w]+")
