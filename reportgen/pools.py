"""Text pools sampled by the generator: sub-headings, questions and findings per
framework and area, and narrative filler sentences per language.

Taken from the corpus reports' own wording so generated reports read like real
ones; the generator recombines them, it never needs them to be true of any
municipality. The texts live in `data/pools.json`; `compounds` holds
findings with hyphenated compounds, mixed into a share of reports
(generate's `hyphen_compounds`).
"""

from __future__ import annotations

import json
from importlib import resources

_DATA = json.loads((resources.files("reportgen") / "data" / "pools.json").read_text("utf-8"))

# framework -> area number -> kind -> texts
POOLS: dict[str, dict[int, dict[str, list[str]]]] = {
    framework: {int(number): kinds for number, kinds in areas.items()} for framework, areas in _DATA["pools"].items()
}
FILLER = _DATA["filler"]
# language -> "strengths" | "improvements" -> findings naming hyphenated compounds
# ("e-förslag", "it-stöd", "medborgar- och brukarorientering", "helse- og omsorgstjenester")
COMPOUNDS: dict[str, dict[str, list[str]]] = _DATA["compounds"]
