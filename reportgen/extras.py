"""Distractors real reports carry: an inline table inside an area's narrative
(Heby 2014's "Tabell 1 Politisk styrning av verksamhet och ekonomi") and an
appendix of key figures after section 4 ("Kortfakta om Strängnäs kommun").
Their words and numbers are not data; an extractor must not take them for
findings, questions or scores."""

from __future__ import annotations

from .context import Ctx
from .tables import Style, columns, row, text_cell

INLINE = {
    "sv": ("Tabell {n} Politisk styrning av verksamhet och ekonomi",
           ("Styrdokument", "Tidsomfattning", "Beslutsnivå"),
           (("Vision", "Mycket långsiktig", "Kommunfullmäktige"), ("Inriktningar", "5-10 år", "Kommunfullmäktige"),
            ("Policies", "5-10 år", "Kommunfullmäktige"), ("Effektmål", "1-4 år", "Ansvarig nämnd/styrelse"),
            ("Ekonomisk planering (i budget och plan)", "1-3 år", "Kommunfullmäktige"))),
    "no": ("Tabell {n} Styringsdokumenter i kommunen",
           ("Dokument", "Tidsperspektiv", "Vedtas av"),
           (("Kommuneplanens samfunnsdel", "12 år", "Kommunestyret"), ("Økonomiplan", "4 år", "Kommunestyret"),
            ("Årsbudsjett", "1 år", "Kommunestyret"), ("Virksomhetsplaner", "1 år", "Rådmannen"))),
}

APPENDIX = {
    "sv": ("Kortfakta om {name}",
           ("Antal invånare", "Yta (km²)", "Skattesats (%)", "Antal anställda", "Antal förtroendevalda")),
    "no": ("Nøkkeltall for {name}",
           ("Innbyggere", "Areal (km²)", "Ansatte", "Kommunestyrerepresentanter")),
}


def inline_table(ctx: Ctx) -> None:
    """A three-column table of words and small numbers ("5-10 år") in the narrative."""
    lay, f = ctx.layout, ctx.flow
    caption, head, rows = INLINE[ctx.report.language]
    ctx.paragraph(caption.format(n=ctx.rng.randint(2, 3)), font=lay.body_bold, size=lay.size - 0.5,
                  hyphenate=False)
    w = f.text_width
    cols = columns(f.left, [w * 0.4, w * 0.25, w * 0.35], ["left", "left", "left"])
    size, pad = lay.table_size, 3.0
    style = Style(size * 1.35, pad, lay.grid)
    fill, head_color = ctx.fill_colors()
    f.need(style.leading * 8)
    row(f, cols, [text_cell(t, c, lay.body_bold, size, pad, head_color) for t, c in zip(head, cols)], style,
        fill=fill)
    for values in rows:
        row(f, cols, [text_cell(t, c, lay.body, size, pad) for t, c in zip(values, cols)], style)
    f.y += lay.size


def appendix(ctx: Ctx) -> None:
    """Key figures of the municipality on a page of their own."""
    lay, f = ctx.layout, ctx.flow
    title, labels = APPENDIX[ctx.report.language]
    f.new_page()
    ctx.heading(title.format(name=ctx.report.municipality.name))
    ctx.paragraph(ctx.filler((2, 4)))
    values = (f"{ctx.rng.randint(3, 150):d} {ctx.rng.randint(0, 999):03d}", str(ctx.rng.randint(60, 3000)),
              f"{ctx.rng.randint(19, 23)},{ctx.rng.randint(0, 99):02d}", str(ctx.rng.randint(400, 9000)),
              str(ctx.rng.randint(31, 101)))
    cols = columns(f.left, [f.text_width * 0.5, f.text_width * 0.2], ["left", "right"])
    size, pad = lay.table_size, 3.0
    style = Style(size * 1.4, pad, lay.grid)
    for label, value in zip(labels, values):
        row(f, cols, [text_cell(label, cols[0], lay.body, size, pad), text_cell(value, cols[1], lay.body, size, pad)],
            style)
