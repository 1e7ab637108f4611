"""`render_pdf(report, path)`: lay a GeneratedReport out as a Kommunkompassen
PDF (reportlab, real text layer) in a layout drawn from `layout_seed`.

While drawing, the renderer records the page of every value of the truth
(engine.Flow.mark); `report.expected_pages(path)` returns them."""

from __future__ import annotations

import random
from pathlib import Path

from .context import Ctx
from .engine import Flow, Line, Text, emit
from .front import cover, section1, section2, toc
from .layout import random_layout, with_overrides
from .pictures import logo, photo
from .sections import section3, section4
from .truth import GeneratedReport

_SEC3 = {"kommunkompassen-2020": "Detaljerad genomgång i förhållande till Kommunkompassens åtta områden"}


def render_pdf(report: GeneratedReport, path: str | Path, *, layout_seed: int | None = None,
               layout_overrides: dict | None = None) -> Path:
    """Write the report to `path` and return it. The layout (fonts, margins,
    column positions, bullets, findings as table or lists, chart, running
    header/footer, hyphenation, picture pages...) comes from `layout_seed`
    (default: the report's seed), so one truth can be rendered many ways; the
    same seeds give the same bytes. `layout_overrides` forces layout choices
    by name (see reportgen.layout), e.g. {"sec4_same_page": True,
    "total_row_label": "Summa", "picture_pages": ("back_cover",),
    "hyphenate": True, "compound_break": True}."""
    path = Path(path)
    seed = report.seed if layout_seed is None else layout_seed
    layout = with_overrides(random_layout(seed), layout_overrides)
    flow = Flow(left=layout.margin_left, right=layout.margin_right, top=layout.margin_top + 12,
                bottom=layout.margin_bottom + 10)
    ctx = Ctx(report, layout, flow, random.Random(seed * 7919 + 17))
    pictures = random.Random(seed * 6007 + 3)  # their own stream: pixels do not shift the text's choices
    cover(ctx)
    if "photo" in layout.picture_pages:
        flow.picture_page(photo(pictures))
    if layout.toc:
        flow.new_page()  # reserved: filled in once page numbers are known
        toc_page = flow.page_no
    section1(ctx)
    section2(ctx)
    sec3_title = _SEC3.get(report.framework_id, ctx.words["sec3"])
    section3(ctx, sec3_title)
    section4(ctx)
    if "back_cover" in layout.picture_pages:
        side = flow.width * pictures.uniform(0.25, 0.4)
        flow.picture_page(logo(pictures, layout.accent), ((flow.width - side) / 2, (flow.height - side) / 2,
                                                          side, side))
    if layout.toc:
        toc(ctx, toc_page, sec3_title)
    running(ctx)
    emit(flow.pages, path, title=f"{ctx.pick('product', 0)} {report.municipality.name} {report.year}")
    report.rendered = path
    report.record_pages(path, flow.marks)
    return path


def running(ctx: Ctx) -> None:
    """Running header and/or footer on every page after the cover, except pictures."""
    r, lay, f = ctx.report, ctx.layout, ctx.flow
    total = len(f.pages)
    label = ctx.words["page"][lay.page_label]
    size = max(7.0, lay.size - 2)
    head_y = lay.margin_top - 8
    foot_y = f.height - lay.margin_bottom + 14
    title = f"{ctx.pick('product', 0)} – {r.municipality.name} {r.year}"
    for number, ops in enumerate(f.pages[1:], start=2):
        if number in f.bare:
            continue
        page = label.format(p=number, n=total)
        if lay.running in ("skl", "both"):
            ops.append(Text(f.left, head_y, ctx.publisher, lay.head_bold, size, lay.accent))
            if lay.running == "skl":
                ops.append(Text(f.x1, head_y, page, lay.body, size, align="right"))
            ops.append(Line(f.left, head_y + 4, f.x1, head_y + 4, 0.6, lay.accent))
        if lay.running == "browser":
            ops.append(Text(f.left, head_y, title, lay.body, size, (0.4, 0.4, 0.4)))
            ops.append(Text(f.x1, head_y, ctx.publisher, lay.body, size, (0.4, 0.4, 0.4), "right"))
        if lay.running in ("browser", "both"):
            ops.append(Text(f.x1, foot_y, page, lay.body, size, (0.4, 0.4, 0.4), "right"))
        if lay.running == "footer":
            ops.append(Text(f.width / 2, foot_y, page, lay.body, size, align="center"))
