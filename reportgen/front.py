"""Cover, table of contents, section 1 (boilerplate) and section 2 (the
evaluation paragraph, Tabell 1 and the spider chart)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from . import boilerplate, marks
from .chart import spider, spider_page
from .context import Ctx
from .engine import Rect, Text
from .places import COMPARISON
from .tables import Style, columns, row, text_cell
from .vocab import MONTHS, ORDINALS

WHITE = (1.0, 1.0, 1.0)


def cover(ctx: Ctx) -> None:
    r, lay, f = ctx.report, ctx.layout, ctx.flow
    f.new_page()
    band = f.height * ctx.rng.uniform(0.28, 0.38)
    f.add(Rect(0, 0, f.width, band, lay.accent))
    size = ctx.rng.choice((34, 40, 44))
    if ctx.rng.random() < 0.5:
        f.add(Text(f.left, band * 0.62, ctx.pick("product", 0), lay.head_bold, size, WHITE))
    else:  # "Kommun" light, "Kompassen" bold, set tight so they read as one word
        light, bold = ctx.words["product_parts"]
        f.add(Text(f.left, band * 0.62, light, lay.head, size, WHITE))
        f.add(Text(f.left + stringWidth(light, lay.head, size), band * 0.62, bold, lay.head_bold, size, WHITE))
    y = band + 50
    f.add(Text(f.left, y, ctx.pick("cover_sub", lay.cover_sub), lay.head, 10, (0.3, 0.3, 0.3)))
    title = f"{r.municipality.name.upper()} {r.year}"
    f.text(f.left, y + 30, title, lay.head_bold, 22 if len(title) < 28 else 18, lay.accent, mark=marks.MUNICIPALITY)
    f.mark(marks.YEAR)  # the same line
    y += 100
    if r.cover_date:
        f.add(Text(f.left, y, r.cover_date, lay.body, 10))
        y += 20
    for i, line in enumerate(evaluator_lines(ctx)):
        f.text(f.left, y, line, lay.body, 10.5, mark=marks.EVALUATORS if i == 0 else None)
        y += 15
    name = ctx.publisher
    lines = name.split(" ", 2) if ctx.rng.random() < 0.5 and " " in name else [name]
    y = f.height - f.bottom - 15 * len(lines)
    for line in lines:
        f.add(Text(f.left, y, line, lay.head_bold, 12, lay.accent))
        y += 15


def evaluator_lines(ctx: Ctx) -> list[str]:
    """Names, then organisation or role: "A och B SKL" / "C Praktikant",
    "Utvärderare: A, B och C" + publisher line, or "A, SKL" one per line."""
    r, style = ctx.report, ctx.layout.cover_style
    and_ = ctx.words["and"]
    groups: list[tuple[str | None, list[str]]] = []
    for e in r.evaluators:
        if groups and groups[-1][0] == e.role:
            groups[-1][1].append(e.name)
        else:
            groups.append((e.role, [e.name]))

    def join(names: list[str]) -> str:
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {and_} " + names[-1]

    if style == 2:
        return [f"{e.name}, {e.role}" for e in r.evaluators]
    if style in (1, 3):
        prefix = ctx.pick("evaluators_prefix", 1 if style == 1 else 0)
        main = [n for role, names in groups if role == r.evaluators[0].role for n in names]
        lines = [prefix + join(main), r.publisher.name]
        lines += [f"{join(names)} {role}" for role, names in groups if role != r.evaluators[0].role]
        return lines
    return [f"{join(names)} {role}" for role, names in groups]


def toc(ctx: Ctx, page: int, sec3_title: str) -> None:
    """Fill the reserved contents page once the body's page numbers are known."""
    f, lay = ctx.flow, ctx.layout
    ops = f.pages[page - 1]
    y = f.top + 30
    ops.append(Text(f.left, y, ctx.words["toc"], lay.head_bold, lay.size + 6, lay.accent))
    y += 30
    name = ctx.report.municipality.name
    entries = [("1", ctx.words["sec1"], marks.section(1), 0),
               ("2", ctx.words["sec2_toc"].format(name=name), marks.section(2), 0),
               ("3", sec3_title, marks.section(3), 0)]
    entries += [("", ctx.words["area"].format(n=a.number, name=ctx.area_label(a.number)), marks.area(a.number), 20)
                for a in ctx.report.areas]
    entries.append(("4.", ctx.words["sec4"], marks.section(4), 0))
    size = lay.size
    for num, title, mark, indent in entries:
        x = f.left + indent + 22
        lines = ctx.wrap(title, lay.body, size, width=f.text_width - indent - 60, hyphenate=False)
        if num:
            ops.append(Text(f.left + indent, y, num, lay.body_bold, size))
        for i, line in enumerate(lines):
            if i == len(lines) - 1:
                used = x + stringWidth(line, lay.body, size)
                dots = "." * max(3, int((f.x1 - 20 - used) / stringWidth(".", lay.body, size)))
                line = line + dots
            ops.append(Text(x, y, line, lay.body, size))
            if i < len(lines) - 1:
                y += size * 1.5
        ops.append(Text(f.x1, y, str(f.marks.get(mark, 1)), lay.body, size, align="right"))
        y += size * 1.8


def section1(ctx: Ctx) -> None:
    f = ctx.flow
    f.new_page()
    ctx.heading(f"1 {ctx.words['sec1']}", mark=marks.section(1))
    for par in boilerplate.section1(ctx.report.framework_id, ctx.report.language):
        if par == "{areas}":
            ctx.bullets(list(ctx.report.framework.areas), hyphenate=False)
        elif isinstance(par, tuple):
            ctx.bullets(list(par), hyphenate=False)
        else:
            ctx.paragraph(par)


def section2(ctx: Ctx) -> None:
    r, f, w = ctx.report, ctx.flow, ctx.words
    f.new_page()
    name = r.municipality.name
    ctx.heading(f"2 {w['sec2'].format(name=name)}", mark=marks.section(2))
    ctx.heading(w["evaluation"], 3)
    text, where = _marked_text(evaluation_sentences(ctx))
    ctx.paragraph(text, marks=where)
    ctx.heading(w["summary"], 3)
    caption = w["table1"].format(name=name, year=r.year)
    if r.framework_id == "kommunkompassen-2020":  # skovde-2022: "... Kommunkompassens områden."
        caption = caption.replace("huvudområden", "områden")
    ctx.paragraph(caption, font=ctx.layout.body_bold,
                  size=ctx.layout.size - 0.5, hyphenate=False)
    table1(ctx)
    intro = w["chart_intro"].format(name=name, other=ctx.rng.choice(COMPARISON[r.framework.country]))
    if "spider" in ctx.layout.picture_pages:  # exported as a picture: alone on its page, after the text
        ctx.paragraph(intro)
        spider_page(ctx)
        f.new_page()
    elif ctx.layout.spider:
        if ctx.layout.spider_own_page or f.room() < 380:
            f.new_page()
        spider(ctx, f.y + 10)
        f.y += 360
        ctx.paragraph(intro)
    ctx.heading(w["inspiration"], 3)
    ctx.paragraph(ctx.filler((2, 3)))


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    value: str | None = None  # the truth value this sentence prints (a marks name) ...
    word: str | None = None  # ... in this word, where its page is recorded


def evaluation_sentences(ctx: Ctx) -> list[Sentence]:
    r, w = ctx.report, ctx.words
    lang, name = r.language, r.municipality.name
    out = []
    if r.evaluation_period and "-" in r.evaluation_period:
        y, m = r.evaluation_period.split("-")
        month = MONTHS[lang][int(m) - 1]
        out.append(Sentence(ctx.pick("period").format(name=name, month=month, year=y), marks.EVALUATION_PERIOD,
                            month))
    elif r.evaluation_period:
        out.append(Sentence(ctx.pick("period_year").format(name=name, year=r.evaluation_period),
                            marks.EVALUATION_PERIOD, r.evaluation_period))
    out.append(Sentence(w["method"].format(n=ctx.rng.choice((15, 20, 25, 30, 40)))))
    earlier = f" {w['and']} "
    years = earlier.join([", ".join(map(str, r.earlier_years[:-1])), str(r.earlier_years[-1])]
                         if len(r.earlier_years) > 1 else list(map(str, r.earlier_years)))
    if r.evaluation_number == 1 and ctx.rng.random() < 0.4:
        out.append(Sentence(ctx.pick("number_first"), marks.EVALUATION_NUMBER, ORDINALS[lang][0]))
    elif r.evaluation_number is not None:
        ordinal = ORDINALS[lang][r.evaluation_number - 1]
        out.append(Sentence(ctx.pick("number").format(ordinal=ordinal), marks.EVALUATION_NUMBER, ordinal))
        if r.earlier_years:
            out.append(Sentence(w["earlier"].format(years=years)))
    elif r.earlier_years:
        out.append(Sentence(w["earlier_only"].format(years=years)))  # a mention alone: number stays null
    return out


def _marked_text(sentences: list[Sentence]) -> tuple[str, dict[int, str]]:
    """The sentences as one paragraph, and word index -> the value that word prints."""
    words: list[str] = []
    where: dict[int, str] = {}
    for s in sentences:
        tokens = s.text.split()
        if s.value:
            where[len(words) + [t.strip(".,") for t in tokens].index(s.word)] = s.value
        words += tokens
    return " ".join(words), where


def table1(ctx: Ctx) -> None:
    r, lay, f = ctx.report, ctx.layout, ctx.flow
    years = [*r.earlier_years, r.year]
    num_w = 70.0
    label_w = min(300.0, f.text_width - num_w * len(years))
    cols = columns(f.left, [label_w] + [num_w] * len(years), ["left"] + ["right"] * len(years))
    size, pad = lay.table_size, 3.0
    style = Style(size * 1.4, pad, lay.grid)
    fill, head_color = ctx.fill_colors()
    col_tpl = ctx.pick("table1_col", lay.summary_col)
    head = [text_cell(ctx.pick("table1_area", lay.summary_area_header), cols[0], lay.body_bold, size, pad,
                      head_color)]
    head += [text_cell(col_tpl.format(y=y), c, lay.body_bold, size, pad, head_color) for y, c in zip(years, cols[1:])]
    f.y += 4
    row(f, cols, head, style, fill=fill)
    for a in r.areas:
        label = ctx.area_label(a.number)
        label = f"{a.number}. {label}" if lay.numbered_summary else label
        scores = [*a.previous_scores, a.score]
        cells = [text_cell(label, cols[0], lay.body, size, pad)]
        cells += [text_cell(str(s), c, lay.body, size, pad, mark=marks.summary(a.number, y))
                  for s, c, y in zip(scores, cols[1:], years)]
        row(f, cols, cells, style)
    totals = [*r.previous_totals(), r.total_score]
    cells = [text_cell(ctx.pick("total", lay.total_label), cols[0], lay.body_bold, size, pad)]
    cells += [text_cell(str(s), c, lay.body_bold, size, pad, mark=marks.summary(None, y))
              for s, c, y in zip(totals, cols[1:], years)]
    row(f, cols, cells, style)
    f.y += size

