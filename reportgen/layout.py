"""Layout choices, drawn from a layout seed independently of the content, so
the same truth can be rendered many ways. Nothing here changes the truth.

Classes of real reports that trouble readers, with their frequency among
random layouts; `with_overrides` forces any of them (render_pdf's
`layout_overrides`):

- `hyphenate` (1/3): automatic hyphenation by the language's dictionary
  (typeset.py); off, lines still break after printed hyphens ("e-" / "förslag").
- `sec3_same_page` (30 %): section 3 starts right after section 2 on the same
  page instead of on a new one.
- `sec4_same_page` (35 %): section 4 (the score tables) starts right after area
  8's findings on the same page.
- `total_row_label` (35 %): the score tables' total row prints a label in the
  question column, an index into WORDS[lang]["total_row"] ("Totalt", "Summa",
  "Summa poäng", "Totalt område"; "Sum", "Totalt", "Sum poeng"); an override
  may give the label itself ("Summa"). None: unlabelled.
- `picture_pages` (30 % have one or more): pages that are only a raster
  image and carry no text: "photo" (a full-page photograph after the cover),
  "spider" (the spider chart as a picture alone on its page, instead of
  vectors with text labels), "back_cover" (the publisher's logo alone).
- `compound_break` (never drawn at random; forcing only): each findings table's
  column split is chosen so that a line ends after the printed hyphen of a
  compound ("e-" / "förslag") where the area's findings hold one; implies
  findings tables. Without it such breaks happen as often as the geometry makes them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, fields, replace
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# TrueType faces used when present on the machine; the base-14 fonts always are.
_TTF_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
_TTF = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
        "DejaVuSerif": "DejaVuSerif.ttf", "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
        "DejaVuSansCondensed": "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold": "DejaVuSansCondensed-Bold.ttf"}


def _register_ttf() -> bool:
    """Register the DejaVu faces once; False when they are not installed."""
    if "DejaVuSans" in pdfmetrics.getRegisteredFontNames():
        return True
    for d in _TTF_DIRS:
        if all((d / f).exists() for f in _TTF.values()):
            for name, f in _TTF.items():
                pdfmetrics.registerFont(TTFont(name, str(d / f)))
            return True
    return False


# (regular, bold, body font for text that needs glyphs outside WinAnsi such as "▪")
_BASE14 = (("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"))
_DEJAVU = (("DejaVuSans", "DejaVuSans-Bold"), ("DejaVuSerif", "DejaVuSerif-Bold"),
           ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"))


@dataclass(frozen=True, slots=True)
class Layout:
    seed: int
    body: str  # body font
    body_bold: str
    head: str  # heading font (Word styles mix a sans heading with a serif body)
    head_bold: str
    size: float  # body font size
    table_size: float
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    bullet: str
    running: str  # "skl": header publisher + "3 (29)"; "browser": header title, footer "Sida 3 av 29";
    #               "footer": page label only, in the footer; "both": header publisher + footer label
    page_label: int  # index into WORDS[lang]["page"]
    accent: tuple[float, float, float]
    header_fill: bool  # table header rows filled with the accent colour (white text)
    grid: bool  # vertical rules between table columns
    toc: bool
    spider: bool
    spider_own_page: bool
    numbered_summary: bool
    summary_area_header: int
    summary_col: int
    total_label: int
    spellings: float  # probability an area name is printed in a variant spelling
    cover_sub: int
    cover_style: int  # how evaluator names are set on the cover
    box_words: int
    improvements_word: int
    findings_table: bool
    findings_split: float  # share of the width for the "Styrkor" column
    repeat_headers: bool  # repeat table header rows after a page break
    hyphenate: bool  # automatic hyphenation (a dictionary's points) when a word does not fit
    id_col: float  # score table column widths (points)
    num_col: float
    percent_space: bool  # "45 %" (browser print) rather than "45%"
    narrative: tuple[int, int]  # paragraphs per narrative sub-heading (min, max)
    inline_tables: float  # probability an area's narrative holds a small table
    appendix: bool  # key figures ("Kortfakta om ...") after section 4
    sec3_same_page: bool = False  # section 3 follows section 2 without a page break
    sec4_same_page: bool = False  # section 4 follows area 8's findings without a page break
    total_row_label: int | str | None = None  # see the module docstring
    picture_pages: tuple[str, ...] = ()  # subset of PICTURE_KINDS
    compound_break: bool = False  # findings columns chosen so a compound breaks after its hyphen


PICTURE_KINDS = ("photo", "spider", "back_cover")


def random_layout(seed: int) -> Layout:
    rng = random.Random(seed)
    faces = list(_BASE14) + (list(_DEJAVU) if _register_ttf() else [])
    body = rng.choice(faces)
    head = rng.choice([body, rng.choice(faces)])
    # "▪" is not in the base-14 fonts' encoding; only offer it with a TrueType body.
    bullets = ["•", "–", "-"] + (["▪"] if body[0].startswith("DejaVu") else [])
    size = rng.choice((9.0, 9.5, 10.0, 10.5, 11.0))
    return Layout(
        seed=seed, body=body[0], body_bold=body[1], head=head[0], head_bold=head[1],
        size=size, table_size=size - rng.choice((0.0, 0.5, 1.0, 1.5)),
        margin_left=rng.uniform(45, 85), margin_right=rng.uniform(40, 80),
        margin_top=rng.uniform(45, 75), margin_bottom=rng.uniform(45, 75),
        bullet=rng.choice(bullets),
        running=rng.choice(("skl", "browser", "footer", "both")),
        page_label=rng.randint(0, 1),
        accent=rng.choice(((0.13, 0.33, 0.55), (0.0, 0.36, 0.45), (0.25, 0.25, 0.25), (0.55, 0.1, 0.15))),
        header_fill=rng.random() < 0.5, grid=rng.random() < 0.6,
        toc=rng.random() < 0.8, spider=rng.random() < 0.7, spider_own_page=rng.random() < 0.6,
        numbered_summary=rng.random() < 0.65, summary_area_header=rng.randint(0, 1),
        summary_col=rng.randint(0, 2), total_label=rng.randint(0, 1),
        spellings=rng.choice((0.0, 0.3, 0.8)), cover_sub=rng.randint(0, 1), cover_style=rng.randint(0, 3),
        box_words=rng.randint(0, 1), improvements_word=rng.randint(0, 1),
        findings_table=rng.random() < 0.65, findings_split=rng.uniform(0.42, 0.58),
        repeat_headers=rng.random() < 0.5, hyphenate=rng.choice((False, False, True)),
        id_col=rng.uniform(26, 40), num_col=rng.uniform(40, 58), percent_space=rng.random() < 0.35,
        narrative=rng.choice(((1, 2), (1, 3), (2, 3))),
        inline_tables=rng.choice((0.0, 0.15, 0.4)), appendix=rng.random() < 0.25,
        **_page_classes(random.Random(seed * 1_000_003 + 7)),
    )


def _page_classes(rng: random.Random) -> dict:
    """The later-added classes, from a stream of their own so the earlier
    choices of a given layout seed stay what they were."""
    pictures: tuple[str, ...] = ()
    if rng.random() < 0.3:
        while not pictures:
            pictures = tuple(k for k in PICTURE_KINDS if rng.random() < 0.5)
    return {"sec3_same_page": rng.random() < 0.3, "sec4_same_page": rng.random() < 0.35,
            "total_row_label": rng.randrange(12) if rng.random() < 0.35 else None,
            "picture_pages": pictures}


def with_overrides(layout: Layout, overrides: dict | None) -> Layout:
    """`layout` with some choices forced (any Layout field); unknown names and
    picture kinds fail loudly instead of being ignored."""
    if not overrides:
        return layout
    allowed = {f.name for f in fields(Layout)} - {"seed"}  # the seed names the layout; it is not a choice
    unknown = set(overrides) - allowed
    if unknown:
        raise TypeError(f"unknown layout overrides {sorted(unknown)}")
    bad = set(overrides.get("picture_pages", ())) - set(PICTURE_KINDS)
    if bad:
        raise ValueError(f"picture_pages: unknown kinds {sorted(bad)}; known: {PICTURE_KINDS}")
    if overrides.get("compound_break") and "findings_table" not in overrides:
        overrides = {**overrides, "findings_table": True}
    return replace(layout, **{**overrides, "picture_pages": tuple(overrides.get("picture_pages",
                                                                                  layout.picture_pages))})
