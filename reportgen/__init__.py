"""Random but internally consistent Kommunkompassen reports with known truth,
rendered to PDF in varied layouts, for property tests and benchmarks.

    report = generate(seed, framework=None, **overrides)   # the truth
    path = render_pdf(report, "out.pdf", layout_seed=None)  # a PDF of it
    report.expected()                                       # contract JSON for that PDF

`python -m reportgen OUTDIR --count N --seed S [--framework F]` writes N PDFs
with their expected JSON. Frameworks "legacy-pre2010" and "unknown" give
reports the extractor must reject (`unsupported_framework`).
"""

from .generate import generate
from .render import render_pdf
from .truth import GeneratedReport
from .vocab import FRAMEWORKS, SUPPORTED

__all__ = ["generate", "render_pdf", "GeneratedReport", "FRAMEWORKS", "SUPPORTED"]
