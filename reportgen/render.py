"""`render_pdf(report, path)`: lay a GeneratedReport out as a Kommunkompassen
PDF (reportlab, real text layer) in a layout drawn from `layout_seed`."""

from __future__ import annotations

import random
from pathlib import Path

from .context import Ctx
from .engine import Flow, Line, Text, emit
from .front import cover, section1, section2, toc
from .layout import random_layout
from .sections import section3, section4
from .truth import GeneratedReport

_SEC3 = {"kommunkompassen-2020": "Detaljerad genomgång i förhållande till Kommunkompassens åtta områden"}


def render_pdf(report: GeneratedReport, path: str | Path, *, layout_seed: int | None = None) -> Path:
    """Write the report to `path` and return it. The layout (fonts, margins,
    column positions, bullets, findings as table or lists, chart, running
    header/footer...) comes from `layout_seed` (default: the report's seed), so
    one truth can be rendered many ways; the same seeds give the same bytes."""
    path = Path(path)
    seed = report.seed if layout_seed is None else layout_seed
    layout = random_layout(seed)
    flow = Flow(left=layout.margin_left, right=layout.margin_right, top=layout.margin_top + 12,
                bottom=layout.margin_bottom + 10)
    ctx = Ctx(report, layout, flow, random.Random(seed * 7919 + 17))
    cover(ctx)
    if layout.toc:
        flow.new_page()  # reserved: filled in once page numbers are known
    section1(ctx)
    section2(ctx)
    sec3_title = _SEC3.get(report.framework_id, ctx.words["sec3"])
    section3(ctx, sec3_title)
    section4(ctx)
    if layout.toc:
        toc(ctx, 2, sec3_title)
    running(ctx)
    emit(flow.pages, path, title=f"{ctx.pick('product', 0)} {report.municipality.name} {report.year}")
    report.rendered = path
    return path


def running(ctx: Ctx) -> None:
    """Running header and/or footer on every page after the cover."""
    r, lay, f = ctx.report, ctx.layout, ctx.flow
    total = len(f.pages)
    label = ctx.words["page"][lay.page_label]
    size = max(7.0, lay.size - 2)
    head_y = lay.margin_top - 8
    foot_y = f.height - lay.margin_bottom + 14
    title = f"{ctx.pick('product', 0)} – {r.municipality.name} {r.year}"
    for number, ops in enumerate(f.pages[1:], start=2):
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
