"""Pure helpers for the text layer's habits: ligatures, odd spaces, bullets,
numbers, and words split over lines."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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

# Glyphs that reports (and OCR of them) use as list bullets. Private-use
# characters come from Symbol/Wingdings fonts in Word exports.
_BULLET_CHARS = set("•●◦▪■□▫‣⁃∙·○◆◇►▸➢➤✓✔*-–—»«+°o©®e¢")


def clean(text: str) -> str:
    """Normalises one word of the text layer (NFC, ligatures, odd spaces)."""
    if text.isascii():  # the common case; ligatures and odd spaces are not ASCII
        return text.strip()
    return unicodedata.normalize("NFC", text.translate(_CHAR_MAP)).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A matching key: case-folded, punctuation and dashes to spaces, spaces collapsed."""
    text = unicodedata.normalize("NFC", text.translate(_CHAR_MAP)).casefold()
    text = re.sub(r"[\W_]+", " ", text)
    return " ".join(text.split())


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
    return bool(re.fullmatch(r"(19|20)\d\d", token))


# Words after which a line-final hyphen is a real one ("mål- och resultatstyrning").
_CONJUNCTIONS = {"och", "og", "eller", "samt", "som", "and", "or", "respektive"}  # Swedish, Norwegian, English


def join_lines(lines: list[str]) -> str:
    """Joins the lines of one paragraph or bullet, undoing line-break hyphenation.

    "de över-" + "gripande visionen" -> "de övergripande visionen", but
    "mål-" + "och resultat" and "IT-" + "stöd" keep their hyphen.
    """
    out = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        if not out:
            out = line
            continue
        first_word = line.split(" ", 1)[0]
        if out[-1] == "/":  # "brukare/" + "medborgare": a line may break after a slash
            out = out + line
        elif out[-1] in HYPHENS and len(out) >= 2 and out[-2].isalpha():
            stem = out[:-1]
            if first_word.casefold() in _CONJUNCTIONS:
                out = stem + "- " + line
            elif first_word[:1].islower() and not out[-2].isupper():
                out = stem + line
            else:
                out = stem + "-" + line
        else:
            out = out + " " + line
    return out.replace(SOFT_HYPHEN, "")
