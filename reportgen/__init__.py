"""Random but internally consistent Kommunkompassen reports with known truth,
rendered to PDF in varied layouts, for property tests and benchmarks.

    report = generate(seed, framework=None, **overrides)   # the truth
    path = render_pdf(report, "out.pdf", layout_seed=None,  # a PDF of it
                      layout_overrides=None)
    report.expected()                                       # contract JSON for that PDF
    report.expected(path, pages=True)                       # ... with the page of every value
    report.expected_pages(path)                             # the pages alone

Classes of real reports that trouble readers occur at known frequencies and
can each be forced: content ones through generate() (`initials`,
`hyphen_compounds`; see generate.py), layout ones through render_pdf's
`layout_overrides` (`hyphenate`, `sec3_same_page`, `sec4_same_page`,
`total_row_label`, `picture_pages`, `compound_break`; see layout.py). The
generator prints what real typesetting prints (typeset.py), whatever a reader
can make of it; it never imports or accommodates an extractor.

`python -m reportgen OUTDIR --count N --seed S [--framework F]` writes N PDFs
with their expected JSON. The frameworks are those the framework definitions
name (`schemas/frameworks/*.toml`, or `KOMPASS_FRAMEWORKS`'s folder); "legacy-pre2010"
and "unknown" give reports the extractor must reject (`unsupported_framework`).
"""

from . import vocab
from .generate import generate
from .render import render_pdf
from .truth import GeneratedReport

__all__ = ["FRAMEWORKS", "SUPPORTED", "GeneratedReport", "generate", "render_pdf"]


def __getattr__(name: str):
    # FRAMEWORKS (every framework the generator knows, by id) and SUPPORTED (the defined ones'
    # ids) follow the framework definitions in use (KOMPASS_FRAMEWORKS) when read.
    if name in ("FRAMEWORKS", "SUPPORTED"):
        return getattr(vocab, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
