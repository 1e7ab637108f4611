"""The search index shipped in the site: every finding and question text of the published
reports, by the Snowball stems of their words, for `search.js` to answer in the browser.

The browser needs no stemmer of its own: the index maps every word that occurs to its stem(s)
(`vocab`, computed here with snowballstemmer), so a query word found in any report is stemmed
exactly as the reports were. A word no report contains is matched by the longest stem it begins
with (an inflection: "utvecklingen" finds "utveckling") or, failing that, by the stems that begin
with it (a word being typed: "medborg").

Layout (JSON, assigned to `window.KOMPASS_INDEX` by `assets/search-index.js`, so that it loads
from file:// where fetch() is refused):

- `reports`: [code, municipality, year, framework, pdf, key] per published report;
- `texts`: every distinct text; `docs`: [report, area, kind, text, page, question_id, score, max],
  kind 0 strength, 1 improvement, 2 question (score and max for questions only);
- `stems`: sorted; `postings[i]`: the texts holding stems[i]; `vocab`: word -> stem index(es);
- `frameworks`, `areas` ({framework: {area: name}}), `years`: for the filters.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections import defaultdict

from curation.explorer.model import IMPROVEMENT, STRENGTH, SiteData
from curation.explorer.text import stem, words

KINDS = {STRENGTH: 0, IMPROVEMENT: 1, "question": 2}
INDEX_FILE = "assets/search-index.js"


def build_index(data: SiteData) -> dict:
    reports = data.reports
    texts: dict[tuple[str, str], int] = {}  # (language, text) -> text index
    docs: list[list] = []
    for i, r in enumerate(reports):
        lang = "sv" if r.language.startswith("sv") else "no"
        for f in data.findings.get(r.report_id, []):
            t = texts.setdefault((lang, f.text), len(texts))
            docs.append([i, f.area, KINDS[f.kind], t, f.page])
        for q in data.questions.get(r.report_id, []):
            t = texts.setdefault((lang, q.text), len(texts))
            docs.append([i, q.area, 2, t, q.page, q.question_id, q.score, q.max])
    stem_texts: dict[str, set[int]] = defaultdict(set)
    vocab_sets: dict[str, set[str]] = defaultdict(set)
    for (lang, text), t in texts.items():
        for w in words(text):
            s = stem(w, lang)
            stem_texts[s].add(t)
            vocab_sets[w].add(s)
    stems = sorted(stem_texts)
    where = {s: i for i, s in enumerate(stems)}

    def vocab_entry(ss: set[str]) -> int | list[int]:
        ids = sorted(where[s] for s in ss)
        return ids[0] if len(ids) == 1 else ids

    return {
        "reports": [[r.code, r.municipality, r.year, r.framework, r.pdf, r.key] for r in reports],
        "texts": [text for (_, text) in texts],
        "docs": docs,
        "stems": stems,
        "postings": [sorted(stem_texts[s]) for s in stems],
        "vocab": {w: vocab_entry(ss) for w, ss in sorted(vocab_sets.items())},
        "frameworks": sorted(data.frameworks),
        "areas": {fw: {str(a.number): a.name for a in areas} for fw, areas in data.frameworks.items()},
        "years": sorted({r.year for r in reports}),
    }


def index_script(index: dict) -> str:
    """The index as the script the search page loads (works from file:// and any static host)."""
    body = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    # "</" cannot end a script element that holds JSON; the file is loaded by src, but keep it safe.
    return "window.KOMPASS_INDEX=" + body.replace("</", "<\\/") + ";\n"


def query_stems(index: dict, query: str) -> list[set[int]]:
    """The stems (indices) each query word matches, as search.js finds them (tests compare the two)."""
    stems: list[str] = index["stems"]
    out = []
    for w in words(query):
        hit = index["vocab"].get(w)
        if hit is not None:
            out.append(set(hit) if isinstance(hit, list) else {hit})
            continue
        prefixes = [i for k in range(len(w), 3, -1) if (i := _find(stems, w[:k])) is not None]
        if prefixes:
            out.append({prefixes[0]})
            continue
        lo = bisect_left(stems, w)
        hi = lo
        while hi < len(stems) and stems[hi].startswith(w):
            hi += 1
        out.append(set(range(lo, hi)))
    return out


def _find(stems: list[str], s: str) -> int | None:
    i = bisect_left(stems, s)
    return i if i < len(stems) and stems[i] == s else None
