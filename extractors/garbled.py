"""A text layer that is not text: glyph soup from fonts without (or with a wrong) Unicode map.

Old PDFs and some exports print the right shapes but map them to private-use
code points, control characters or the wrong letters, so the text layer reads
as garbage while the page looks fine. Such a page is read by OCR instead; this
module only tells such a page from a real one, by what real report text always
has: ordinary characters, and the language's commonest words.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from extractors.frameworks import Language, all_languages
from extractors.model import Word
from extractors.text import fold, in_word_list

MIN_WORDS = 25  # fewer words (a cover, a chart's labels) say too little to judge
MIN_SHORT_WORDS = 3  # a short page beside garbled ones is judged by this many words at least
MIN_KNOWN_SHARE_BESIDE_GARBLED = 0.3  # of them: a real cover's are mostly words; soup's, by chance, 1 in 8
MAX_ODD_SHARE = 0.2  # of a page's characters: private-use, control or unassigned ones
MIN_COMMON_SHARE = 0.03  # of its words: real report pages hold a tenth or more (covers included)
_ODD_CATEGORIES = frozenset({"Co", "Cc", "Cn", "Cs"})


def _common_words() -> frozenset[str]:
    return _common(all_languages())


@cache
def _common(languages: tuple[Language, ...]) -> frozenset[str]:
    return frozenset(fold(w) for lang in languages for w in lang.common_words)


def garbled_beside_garbled(words: tuple[Word, ...]) -> str | None:
    """Why a page too short to judge alone (a cover) is glyph soup, in a document whose other pages
    are (`garbled_reason`): its fonts are theirs, and few of its words of two letters or more are
    words of the report languages ("dTKKôþdTKøQÒÒàþ" for "KommunKompassen"; "wdm" is one by
    chance); else None."""
    folded = [f for f in (fold(w.text) for w in words) if f.isalpha() and len(f) >= 2]
    if len(folded) < MIN_SHORT_WORDS:
        return None
    lexicons = {lang.lexicon for lang in all_languages()}
    known = sum(any(in_word_list(f, lexicon) for lexicon in lexicons) for f in folded)
    if known >= MIN_KNOWN_SHARE_BESIDE_GARBLED * len(folded):
        return None
    return (f"only {known} of its {len(folded)} words are words of the report languages, and the document's "
            "other pages are glyph soup")


def garbled_reason(words: tuple[Word, ...]) -> str | None:
    """Why a page's text layer is no text of the report languages, or None when it reads as text."""
    if len(words) < MIN_WORDS:
        return None
    chars = [ch for w in words for ch in w.text]
    odd = sum(unicodedata.category(ch) in _ODD_CATEGORIES for ch in chars)
    if odd > MAX_ODD_SHARE * len(chars):
        return f"{odd / len(chars):.0%} of its characters are private-use, control or unassigned code points"
    folded = [fold(w.text) for w in words]
    alphabetic = [f for f in folded if f.isalpha()]
    if len(alphabetic) < MIN_WORDS:
        return None
    common = sum(f in _common_words() for f in alphabetic)
    if common < MIN_COMMON_SHARE * len(alphabetic):
        codes = ", ".join(lang.code for lang in all_languages())
        return (f"only {common} of its {len(alphabetic)} words are common words of the report languages ({codes}) "
                "(its fonts map the glyphs to the wrong characters)")
    return None
