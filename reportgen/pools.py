"""Text pools sampled by the generator: sub-headings, questions and findings per
area, grouped by language and named by the framework whose reports they were
taken from, and narrative filler sentences per language.

Taken from the corpus reports' own wording so generated reports read like real
ones; the generator recombines them, it never needs them to be true of any
municipality. The texts live in `data/pools.json`; `compounds` holds
findings with hyphenated compounds, mixed into a share of reports
(generate's `hyphen_compounds`).

A framework without a pool of its own (one defined only in a TOML file) draws
from the first pool of its language, its area n from the pool's area n (counted
round again past the pool's last area).
"""

from __future__ import annotations

import json
from importlib import resources

_DATA = json.loads((resources.files("reportgen") / "data" / "pools.json").read_text("utf-8"))

Pool = dict[int, dict[str, list[str]]]  # area number -> kind -> texts

# language -> pool name (the framework the texts come from) -> area number -> kind -> texts
POOLS: dict[str, dict[str, Pool]] = {
    language: {name: {int(number): kinds for number, kinds in areas.items()} for name, areas in pools.items()}
    for language, pools in _DATA["pools"].items()
}
FILLER = _DATA["filler"]
# language -> "strengths" | "improvements" -> findings naming hyphenated compounds
# ("e-förslag", "it-stöd", "medborgar- och brukarorientering", "helse- og omsorgstjenester")
COMPOUNDS: dict[str, dict[str, list[str]]] = _DATA["compounds"]


def pool_for(language: str, name: str | None) -> Pool:
    """The pool `name` of the language, or its first when it has none of that name."""
    pools = POOLS.get(language)
    if not pools:
        raise ValueError(f"no text pool in language {language!r}; the pools have {', '.join(POOLS)}")
    return pools.get(name) or next(iter(pools.values()))


def pool_area(pool: Pool, number: int) -> int:
    """The pool's area whose texts area `number` uses (round again past the pool's last)."""
    return (number - 1) % len(pool) + 1
