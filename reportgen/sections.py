"""Section 3 (one part per area: score box, narrative, findings) and section 4
(the per-question score tables)."""

from __future__ import annotations

import math

from reportlab.pdfbase.pdfmetrics import stringWidth

from .context import Ctx
from .engine import Text
from .extras import appendix, inline_table
from .tables import Cell, Style, bullet_cell, columns, row, text_cell
from .truth import Area


def section3(ctx: Ctx, title: str) -> None:
    f = ctx.flow
    f.new_page()
    f.mark("sec3")
    ctx.heading(f"3 {title}")
    for area in ctx.report.areas:
        f.need(160)  # keep the area heading with its score box
        f.mark(f"area{area.number}")
        ctx.heading(ctx.words["area"].format(n=area.number, name=ctx.area_label(area.number)), 2)
        score_box(ctx, area)
        narrative(ctx, area)
        if ctx.layout.findings_table:
            findings_table(ctx, area)
        else:
            findings_lists(ctx, area)


def score_box(ctx: Ctx, area: Area) -> None:
    """The "Rubriker | Poäng" box: bulleted sub-headings left, the area score in large type right."""
    lay, f = ctx.layout, ctx.flow
    size, pad = lay.table_size, 3.0
    big = ctx.rng.choice((24, 28, 32, 36))
    right_w = ctx.rng.uniform(90, 150)
    cols = columns(f.left, [f.text_width - right_w, right_w], ["left", "center"])
    style = Style(size * 1.4, pad, lay.grid)
    fill, head_color = ctx.fill_colors()
    left_word, right_word = ctx.words["box"][lay.box_words % len(ctx.words["box"])]
    body = bullet_cell(list(area.subheadings), cols[0], lay.bullet, lay.body, size, pad, ctx.rng, 0.0)
    min_lines = math.ceil(big * 1.5 / style.leading)
    lines = max(len(body.entries), min_lines)
    f.need(2 * style.leading + lines * style.leading + 6 * pad)
    row(f, cols, [text_cell(left_word, cols[0], lay.body_bold, size, pad, head_color),
                  text_cell(right_word, cols[1], lay.body_bold, size, pad, head_color)], style, fill=fill)
    top = f.y
    row(f, cols, [body, Cell()], style, min_lines=min_lines)
    mid = (top + f.y) / 2
    f.add(Text(cols[1].x + cols[1].w / 2, mid + big * 0.35, str(area.score), lay.head_bold, big,
               lay.accent, "center"))
    f.y += lay.size


def narrative(ctx: Ctx, area: Area) -> None:
    """Filler text under the area's own sub-headings (words, never data)."""
    ctx.heading(ctx.words["general"], 3)
    for _ in range(ctx.rng.randint(1, 3)):
        ctx.paragraph(ctx.filler())
    table_after = ctx.rng.randrange(len(area.subheadings)) if ctx.rng.random() < ctx.layout.inline_tables else -1
    for i, sub in enumerate(area.subheadings):
        ctx.heading(sub, 3)
        for _ in range(ctx.rng.randint(*ctx.layout.narrative)):
            ctx.paragraph(ctx.filler())
        if i == table_after:
            inline_table(ctx)


def _findings_words(ctx: Ctx) -> tuple[str, str]:
    return (ctx.pick("strengths", 0), ctx.pick("improvements", ctx.layout.improvements_word))


def findings_table(ctx: Ctx, area: Area) -> None:
    """Two columns whose single body row holds bullet lists and splits across pages."""
    lay, f = ctx.layout, ctx.flow
    size, pad = lay.size - 0.5, 4.0
    left_w = f.text_width * lay.findings_split
    cols = columns(f.left, [left_w, f.text_width - left_w], ["left", "left"])
    style = Style(size * 1.35, pad, lay.grid)
    fill, head_color = ctx.fill_colors()
    s_word, i_word = _findings_words(ctx)
    head = [text_cell(s_word, cols[0], lay.body_bold, size, pad, head_color),
            text_cell(i_word, cols[1], lay.body_bold, size, pad, head_color)]

    def header() -> None:
        row(f, cols, head, style, fill=fill)

    f.need(style.leading * 4)
    header()
    body = [bullet_cell(list(area.strengths), cols[0], lay.bullet, lay.body, size, pad, ctx.rng, lay.hyphenate),
            bullet_cell(list(area.improvements), cols[1], lay.bullet, lay.body, size, pad, ctx.rng,
                        lay.hyphenate)]
    row(f, cols, body, style, splittable=True, header=header if lay.repeat_headers else None,
        hyphen_at_break=lay.hyphenate > 0)
    f.y += lay.size


def findings_lists(ctx: Ctx, area: Area) -> None:
    s_word, i_word = _findings_words(ctx)
    for word, items in ((s_word, area.strengths), (i_word, area.improvements)):
        ctx.heading(word, 3)
        ctx.bullets(list(items))


def section4(ctx: Ctx) -> None:
    r, f, w = ctx.report, ctx.flow, ctx.words
    f.new_page()
    f.mark("sec4")
    ctx.heading(f"4. {w['sec4']}" if ctx.rng.random() < 0.6 else f"4 {w['sec4']}")
    ctx.paragraph(w["sec4_intro"].format(name=r.municipality.name), hyphenate=False)
    for area in r.areas:
        score_table(ctx, area)
    if ctx.layout.appendix:
        appendix(ctx)


def score_table(ctx: Ctx, area: Area) -> None:
    """`1. | Offentlighet och demokrati | [2010 | 2012 |] Uppnått | Max | Procent`, a row per
    question, then a total row without id."""
    r, lay, f = ctx.report, ctx.layout, ctx.flow
    size, pad = lay.table_size, 3.0
    n_prev = len(r.earlier_years)
    nums = n_prev + 2 + (1 if r.percent_column else 0)
    got, max_word, pct_word = ctx.words["score_cols"][lay.seed % 2]
    heads = [f"{area.number}.", ctx.area_label(area.number)]
    heads += [str(y) for y in r.earlier_years] + ([str(r.year)] if n_prev else [got]) + [max_word]
    heads += [pct_word] if r.percent_column else []
    # Number columns: as wide as the layout wants while the question text keeps
    # about half the width, but never narrower than their header word.
    widest = max(stringWidth(h, lay.body_bold, size) for h in heads[2:]) + 2 * pad + 2
    num_w = max(widest, min(lay.num_col, f.text_width * 0.45 / nums))
    text_w = f.text_width - lay.id_col - nums * num_w
    cols = columns(f.left, [lay.id_col, text_w] + [num_w] * nums, ["left", "left"] + ["right"] * nums)
    style = Style(size * 1.35, pad, lay.grid)
    fill, head_color = ctx.fill_colors()
    head = [text_cell(t, c, lay.body_bold, size, pad, head_color) for t, c in zip(heads, cols)]

    def header() -> None:
        row(f, cols, head, style, fill=fill)

    f.need(style.leading * 6)
    header()
    repeat = header if lay.repeat_headers else None
    for q in area.questions:
        values = [str(s) for s in q.previous_scores] + [str(q.score), str(q.max)]
        values += [_pct(ctx, q.percent)] if r.percent_column else []
        cells = [text_cell(q.id, cols[0], lay.body, size, pad),
                 text_cell(q.text, cols[1], lay.body, size, pad, rng=ctx.rng, hyphenate=lay.hyphenate)]
        cells += [text_cell(v, c, lay.body, size, pad) for v, c in zip(values, cols[2:])]
        row(f, cols, cells, style, header=repeat)
    totals = [str(s) for s in area.previous_scores] + [str(area.score), str(area.max)]
    totals += [_pct(ctx, area.percent)] if r.percent_column else []
    cells = [Cell(), Cell()] + [text_cell(v, c, lay.body_bold, size, pad) for v, c in zip(totals, cols[2:])]
    row(f, cols, cells, style, header=repeat)
    f.y += lay.size * 1.5


def _pct(ctx: Ctx, value: int) -> str:
    return f"{value} %" if ctx.layout.percent_space else f"{value}%"
