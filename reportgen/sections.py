"""Section 3 (one part per area: score box, narrative, findings) and section 4
(the per-question score tables)."""

from __future__ import annotations

import math
from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth

from . import marks
from .context import Ctx
from .extras import appendix, inline_table
from .tables import Cell, Column, Style, bullet_cell, bullet_width, columns, row, text_cell
from .truth import Area
from .typeset import wrap_lines


def section3(ctx: Ctx, title: str) -> None:
    """Starts on a new page, or right after section 2 (layout.sec3_same_page);
    areas follow each other without page breaks."""
    f = ctx.flow
    if not ctx.layout.sec3_same_page:
        f.new_page()
    ctx.heading(f"3 {title}", mark=marks.section(3))
    for area in ctx.report.areas:
        f.need(160)  # keep the area heading with its score box
        ctx.heading(ctx.words["area"].format(n=area.number, name=ctx.area_label(area.number)), 2,
                    mark=marks.area(area.number))
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
    body = bullet_cell(area.subheadings, cols[0], lay.bullet, lay.body, size, pad,
                       marks=[marks.subheading(area.number, i) for i in range(len(area.subheadings))])
    min_lines = math.ceil(big * 1.5 / style.leading)
    lines = max(len(body.entries), min_lines)
    f.need(2 * style.leading + lines * style.leading + 6 * pad)
    row(f, cols, [text_cell(left_word, cols[0], lay.body_bold, size, pad, head_color),
                  text_cell(right_word, cols[1], lay.body_bold, size, pad, head_color)], style, fill=fill)
    top = f.y
    row(f, cols, [body, Cell()], style, min_lines=min_lines)
    mid = (top + f.y) / 2
    f.text(cols[1].x + cols[1].w / 2, mid + big * 0.35, str(area.score), lay.head_bold, big, lay.accent, "center",
           mark=marks.box(area.number))
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
    split = _compound_split(ctx, area, size, pad) if lay.compound_break else lay.findings_split
    left_w = f.text_width * split
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
    body = [bullet_cell(area.strengths, cols[0], lay.bullet, lay.body, size, pad, ctx.hyphenation,
                        _item_marks(area, marks.strength, area.strengths)),
            bullet_cell(area.improvements, cols[1], lay.bullet, lay.body, size, pad, ctx.hyphenation,
                        _item_marks(area, marks.improvement, area.improvements))]
    row(f, cols, body, style, splittable=True, header=header if lay.repeat_headers else None)
    f.y += lay.size


def _item_marks(area: Area, name: Callable[[int, int], str], items: tuple[str, ...]) -> list[str]:
    """The marks naming each of the area's `items` (marks.strength or marks.improvement)."""
    return [name(area.number, i) for i in range(len(items))]


def _compound_split(ctx: Ctx, area: Area, size: float, pad: float) -> float:
    """The first column split (the layout's, then 30-70 % in small steps) at
    which a line of the area's findings ends after a printed hyphen ("e-" /
    "förslag"); the layout's own when none does. It chooses a width, as a
    report's author may drag a column border; the lines still break as
    typesetting breaks them at that width."""
    lay, f = ctx.layout, ctx.flow
    candidates = [lay.findings_split] + [0.30 + i * 0.005 for i in range(81)]
    for split in candidates:
        widths = (f.text_width * split, f.text_width * (1 - split))
        for items, w in ((area.strengths, widths[0]), (area.improvements, widths[1])):
            col = Column(0.0, w)
            if any(line.end == "hyphen" for item in items
                   for line in wrap_lines(item, lay.body, size, bullet_width(col, size, pad), ctx.hyphenation)):
                return split
    return lay.findings_split


def findings_lists(ctx: Ctx, area: Area) -> None:
    s_word, i_word = _findings_words(ctx)
    for word, items, name in ((s_word, area.strengths, marks.strength), (i_word, area.improvements, marks.improvement)):
        ctx.heading(word, 3)
        ctx.bullets(items, marks=_item_marks(area, name, items))


def section4(ctx: Ctx) -> None:
    """Starts on a new page, or right after area 8's findings (layout.sec4_same_page)."""
    r, f, w = ctx.report, ctx.flow, ctx.words
    if not ctx.layout.sec4_same_page:
        f.new_page()
    ctx.heading(f"4. {w['sec4']}" if ctx.rng.random() < 0.6 else f"4 {w['sec4']}", mark=marks.section(4))
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
    for i, q in enumerate(area.questions):
        values = [str(s) for s in q.previous_scores] + [str(q.score), str(q.max)]
        values += [_pct(ctx, q.percent)] if r.percent_column else []
        cells = [text_cell(q.id, cols[0], lay.body, size, pad, mark=marks.question(area.number, i)),
                 text_cell(q.text, cols[1], lay.body, size, pad, hyphenate=ctx.hyphenation)]
        cells += [text_cell(v, c, lay.body, size, pad) for v, c in zip(values, cols[2:])]
        row(f, cols, cells, style, header=repeat)
    totals = [str(s) for s in area.previous_scores] + [str(area.score), str(area.max)]
    totals += [_pct(ctx, area.percent)] if r.percent_column else []
    label = ctx.total_row_label()
    cells = [Cell(), text_cell(label, cols[1], lay.body_bold, size, pad) if label else Cell()]
    cells += [text_cell(v, c, lay.body_bold, size, pad, mark=marks.table_total(area.number) if k == n_prev else None)
              for k, (v, c) in enumerate(zip(totals, cols[2:]))]
    row(f, cols, cells, style, header=repeat)
    f.y += lay.size * 1.5


def _pct(ctx: Ctx, value: int) -> str:
    return f"{value} %" if ctx.layout.percent_space else f"{value}%"
