"""Words and stems: the one tokenizer of the search index and the themes, with Snowball's
Swedish and Norwegian stemmers (snowballstemmer, pure Python, no download)."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[^\W_]+")
# Words too common in findings to tell one apart from another (the themes leave them out; the
# search index keeps every word).
_STOPWORDS = """
och att som för med det den de en ett är av på till i om har inte kan ska sig eller vid samt
från så än man alla olika mer mycket bör hur vad även inom genom efter under över mellan detta
dessa där när vilket vilka samt finns bra god goda väl tydlig tydliga arbete arbetet kommunen
kommunens kommun
og at som for med det den de en et er av på til i om har ikke kan skal seg eller ved samt fra
så enn man alle ulike mer mye bør hvordan hva også innen gjennom etter under over mellom dette
disse der når hvilket hvilke finnes godt gode vel tydelig arbeid arbeidet kommunen kommunens kommune
"""
STOPWORDS = frozenset(_STOPWORDS.split())


def words(text: str) -> list[str]:
    """The lower-cased words of a text (letters and digits; punctuation splits)."""
    return _WORD.findall(text.lower())


def stemmer_name(language: str) -> str:
    return "swedish" if language.startswith("sv") else "norwegian"


@lru_cache(maxsize=4)
def _stemmer(name: str):  # snowballstemmer is untyped
    return snowballstemmer.stemmer(name)


@lru_cache(maxsize=400_000)
def stem(word: str, language: str) -> str:
    """The Snowball stem of a lower-cased word in the report's language ('sv' or Norwegian)."""
    return str(_stemmer(stemmer_name(language)).stemWord(word))
