"""Born-digital pages whose text layer is garbage ("glyph soup").

Old PDFs (and some exported by odd tools) draw the right letters with fonts
whose character map says something else: the glyph of "a" is filed under a
private-use code point, or under another letter. The page looks right; copying
its text, or reading it with PyMuPDF, gives soup. An extractor must notice that
the text layer is not Swedish or Norwegian and read such pages some other way.

How a page is broken: its text is read with its position, font, size and
colour (PyMuPDF's rawdict), removed from the page (a redaction that leaves
vector graphics and images alone), and drawn again at the same glyph origins
with a copy of a TrueType face (fontTools) whose cmap files each glyph under
the code point the soup prints for it. MuPDF writes the font's ToUnicode from
that cmap, so the PDF's text layer says the soup while the shapes are the
intended letters. Base-14 faces are replaced by their metric-compatible
Liberation twins, so lines keep their length; glyphs are placed run by run at
the original origins, so a face that is not metric-compatible cannot shift a
word either.

Codes (`SoupCode`):
- "pua": every printed character becomes a private-use code point (U+E000...),
  in a permutation drawn from the seed;
- "letters": letters become other letters, digits other digits, punctuation
  other punctuation, by a shift or a shuffle within each class drawn from the
  seed: the soup looks like text and numbers still look like numbers, the
  treacherous case ("2014" may read "5347").
Spaces stay spaces (real soup keeps word breaks), so the soup has words.
"""

from __future__ import annotations

import io
import logging
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pymupdf

SoupCode = str  # "pua" | "letters"
CODES: tuple[SoupCode, ...] = ("pua", "letters")

_LETTERS = "".join(chr(c) for c in (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x100))
                   if chr(c).isalpha())
_DIGITS = "0123456789"
_MARKS = "".join(chr(c) for c in (*range(0x21, 0x7F), *range(0xA1, 0xC0), 0xD7, 0xF7)
                 if chr(c) not in _LETTERS + _DIGITS and c != 0xAD) + "–—‘’“”•▪…€"  # "²" and "º" too
CLASSES = (_LETTERS, _DIGITS, _MARKS)  # what the soup remaps; anything else is printed as itself
PUA = 0xE000

_FONT_DIRS = (Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/liberation"),
              Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
# The face that draws a font of the source PDF: base-14 by its metric twin, DejaVu by itself.
_FACES = {
    "Helvetica": "LiberationSans-Regular.ttf", "Helvetica-Bold": "LiberationSans-Bold.ttf",
    "Times-Roman": "LiberationSerif-Regular.ttf", "Times-Bold": "LiberationSerif-Bold.ttf",
    **{name: f"{name}.ttf" for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold",
                                        "DejaVuSansCondensed", "DejaVuSansCondensed-Bold")},
}
_FALLBACK = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")  # (regular, bold): unknown fonts, missing glyphs
# Points: a glyph further than this from where the run drawn so far ends starts a new run. The
# source's widths are rounded to 1/1000 em, so a long run would drift by a few hundredths of a point.
_RUN_TOLERANCE = 0.05


@dataclass(frozen=True, slots=True)
class Soup:
    """What a broken document prints: `codes` maps each intended character to
    the code point its text layer says instead; `pages` are the broken pages (0-based)."""

    code: SoupCode
    codes: tuple[tuple[str, str], ...]
    pages: tuple[int, ...]

    def printed(self, text: str) -> str:
        table = dict(self.codes)
        return "".join(table.get(c, c) for c in text)


def soup_codes(code: SoupCode, rng: random.Random) -> tuple[tuple[str, str], ...]:
    """(intended, printed) for every character of CLASSES."""
    if code == "pua":
        chars = "".join(CLASSES)
        slots = list(range(len(chars)))
        rng.shuffle(slots)
        return tuple((c, chr(PUA + slot)) for c, slot in zip(chars, slots))
    if code == "letters":
        out: list[tuple[str, str]] = []
        shuffle = rng.random() < 0.5  # a font's own glyph order (shift) or a scrambled encoding
        for chars in CLASSES:
            if shuffle:
                target = list(chars)
                while any(a == b for a, b in zip(chars, target)):  # no character reads as itself
                    rng.shuffle(target)
            else:
                k = rng.randrange(1, len(chars))
                target = list(chars[k:] + chars[:k])
            out += zip(chars, target)
        return tuple(out)
    raise ValueError(f"unknown soup code {code!r}; known: {CODES}")


def broken_pages(count: int, whole: float, rng: random.Random) -> tuple[int, ...]:
    """Every page (probability `whole`), or a run of pages as in a report
    assembled from parts exported by different tools: a third to two thirds
    of it, at its start, middle or end."""
    if count <= 1 or rng.random() < whole:
        return tuple(range(count))
    length = max(1, round(count * rng.uniform(1 / 3, 2 / 3)))
    start = rng.choice((0, (count - length) // 2, count - length))
    return tuple(range(start, start + length))


def font_file(name: str) -> Path:
    """The TrueType file that draws the source's font `name` (a subset prefix "ABCDEF+" ignored)."""
    base = name.split("+", 1)[-1]
    wanted = _FACES.get(base) or _FALLBACK["Bold" in base]
    for candidate in (wanted, _FALLBACK["Bold" in base]):
        for d in _FONT_DIRS:
            if (d / candidate).exists():
                return d / candidate
    import reportlab  # Vera ships with reportlab: the last resort on a machine without DejaVu

    return Path(reportlab.__file__).parent / "fonts" / ("VeraBd.ttf" if "Bold" in base else "Vera.ttf")


@dataclass(frozen=True, slots=True)
class SoupFont:
    font: pymupdf.Font
    drawable: frozenset[str]  # intended characters this face has a glyph for


@cache
def soup_font(path: Path, codes: tuple[tuple[str, str], ...]) -> SoupFont:
    """A copy of the face at `path` whose cmap files the glyph of each intended
    character under its printed code point (and nothing else under it), cut to
    the glyphs it can print and stripped of glyph names, so nothing in the PDF
    tells the intended letters."""
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables._c_m_a_p import cmap_format_4

    logging.getLogger("fontTools").setLevel(logging.ERROR)  # "FFTM not subset" is no news
    face = TTFont(str(path))
    original = face.getBestCmap()
    table = dict(codes)
    remapped = {ord(printed): original[ord(c)] for c, printed in codes if ord(c) in original}
    # Characters outside the classes keep their code; of several codes filed under one glyph
    # (space and no-break space) only the first stays, or MuPDF's ToUnicode may pick the other.
    kept: dict[int, str] = {}
    for code, glyph in sorted(original.items()):
        if chr(code) not in table and code not in remapped and glyph not in kept.values() and code < 0x10000:
            kept[code] = glyph
    cmap = {**kept, **remapped}
    sub = cmap_format_4(4)
    sub.platformID, sub.platEncID, sub.language, sub.cmap = 3, 1, 0, cmap
    face["cmap"].tables = [sub]
    face["post"].formatType = 3.0  # no glyph names ("a", "adieresis") to read the letters back from
    options = subset.Options()
    options.layout_features = []  # no ligatures: each character is its own glyph, as printed
    options.name_IDs = ["*"]
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=list(cmap))
    subsetter.subset(face)
    data = io.BytesIO()
    face.save(data)
    drawable = frozenset(c for c, _ in codes if ord(c) in original) | frozenset(chr(c) for c in kept)
    return SoupFont(pymupdf.Font(fontbuffer=data.getvalue()), drawable)


@dataclass(frozen=True, slots=True)
class Run:
    """Glyphs drawn as one string: consecutive in a span, in one face, each where the previous one's advance ends."""

    origin: tuple[float, float]
    text: str  # the intended characters
    font: str  # the source's font name
    size: float
    color: tuple[float, float, float]


def _color(value: int) -> tuple[float, float, float]:
    return ((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255


def runs(page: pymupdf.Page, advance) -> Iterator[Run]:
    """The page's text as runs; `advance(font, char, size)` is the width the
    redrawing face gives a character. Rotated text is refused: the generator
    draws none, and a silent misplacement would look like a working soup."""
    for block in page.get_text("rawdict", flags=pymupdf.TEXT_PRESERVE_LIGATURES
                               | pymupdf.TEXT_PRESERVE_WHITESPACE)["blocks"]:
        for line in block.get("lines", ()):
            if tuple(round(v, 6) for v in line["dir"]) != (1.0, 0.0):
                raise ValueError(f"page {page.number + 1}: text not horizontal ({line['dir']}): not supported")
            for span in line["spans"]:
                current: list = []
                end = 0.0  # where the run's glyphs, drawn as one string, end
                for ch in span["chars"]:
                    x, y = ch["origin"]
                    if current and (abs(x - end) > _RUN_TOLERANCE or y != current[0]["origin"][1]):
                        yield _run(current, span)
                        current = []
                    if not current:
                        end = x
                    current.append(ch)
                    end += advance(span["font"], ch["c"], span["size"])
                if current:
                    yield _run(current, span)


def _run(chars: list, span: dict) -> Run:
    return Run(tuple(chars[0]["origin"]), "".join(c["c"] for c in chars), span["font"], span["size"],
               _color(span["color"]))


def break_page(page: pymupdf.Page, soup: Soup) -> None:
    """Replace the page's text by the same glyphs at the same places, printed as `soup`."""
    faces: dict[str, SoupFont] = {}
    fallback: dict[bool, SoupFont] = {}

    def face_for(font: str, char: str) -> SoupFont:
        face = faces.get(font)
        if face is None:
            face = faces[font] = soup_font(font_file(font), soup.codes)
        if char in face.drawable or char == " ":
            return face
        bold = "Bold" in font
        if bold not in fallback:
            fallback[bold] = soup_font(font_file("DejaVuSans-Bold" if bold else "DejaVuSans"), soup.codes)
        return fallback[bold]

    table = dict(soup.codes)

    def advance(font: str, char: str, size: float) -> float:
        return face_for(font, char).font.text_length(table.get(char, char), size)

    drawn = list(runs(page, advance))
    page.add_redact_annot(page.rect, fill=False)
    page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_NONE, graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                          text=pymupdf.PDF_REDACT_TEXT_REMOVE)
    writers: dict[tuple[float, float, float], pymupdf.TextWriter] = {}
    for run in drawn:
        writer = writers.setdefault(run.color, pymupdf.TextWriter(page.rect))
        x, y = run.origin
        piece: list[str] = []
        piece_face: SoupFont | None = None
        for char in run.text:  # a glyph the face lacks is drawn by the fallback face, at its own place
            face = face_for(run.font, char)
            if piece and face is not piece_face:
                writer.append((x, y), soup.printed("".join(piece)), font=piece_face.font, fontsize=run.size)
                x += piece_face.font.text_length(soup.printed("".join(piece)), run.size)
                piece = []
            piece.append(char)
            piece_face = face
        if piece:
            writer.append((x, y), soup.printed("".join(piece)), font=piece_face.font, fontsize=run.size)
    for color, writer in writers.items():
        writer.write_text(page, color=color)


def _xref(doc: pymupdf.Document, xref: int, key: str) -> int:
    kind, value = doc.xref_get_key(xref, key)
    if kind == "array":  # DescendantFonts: a one-element array
        value = value.strip("[] ")
    return int(value.split()[0])


def exact_widths(doc: pymupdf.Document) -> None:
    """Give each redrawn (Type0) font the glyph widths its program has.
    MuPDF writes them truncated to whole thousandths of an em, and draws by
    them while its text extraction measures by the font program: over a line
    the drawn glyphs would creep up to half a point ahead of where the text
    layer (and the source page) puts them."""
    from fontTools.ttLib import TTFont

    fonts = {xref for page in doc for xref, _, subtype, *_ in page.get_fonts(full=True) if subtype == "Type0"}
    for xref in sorted(fonts):
        cid = _xref(doc, xref, "DescendantFonts")
        program = doc.xref_stream(_xref(doc, _xref(doc, cid, "FontDescriptor"), "FontFile2"))
        face = TTFont(io.BytesIO(program))
        scale = 1000 / face["head"].unitsPerEm
        widths = " ".join(f"{face['hmtx'][name][0] * scale:.4f}" for name in face.getGlyphOrder())
        doc.xref_set_key(cid, "W", f"[0 [{widths}]]")  # Identity-H: the CID is the glyph index


def break_text_layer(src: str | Path, dst: str | Path, code: SoupCode, whole: float, seed: int) -> Path:
    """Writes `dst`: `src` with the text layer of some or all pages turned to
    soup (see module docstring), the pages looking as before; returns `dst`."""
    rng = random.Random(f"glyphsoup:{code}:{seed}")
    dst = Path(dst)
    with pymupdf.open(src) as doc:
        soup = Soup(code, soup_codes(code, rng), broken_pages(doc.page_count, whole, rng))
        for number in soup.pages:
            break_page(doc[number], soup)
        exact_widths(doc)
        doc.set_metadata({})  # no producer or title that reads right
        doc.save(dst, garbage=3, deflate=True, no_new_id=True)  # no random file ID: a seed gives the same bytes
    return dst
