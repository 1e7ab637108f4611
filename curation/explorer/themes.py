"""Recurring themes of the findings: per framework and area, the strengths and improvements of
every published report grouped by what they say.

TF-IDF over Snowball stems (common words left out) and k-means (scikit-learn, seeded: the same
release gives the same themes); a theme is kept when it recurs, in two municipalities or more.
Each theme carries its words (the heaviest stems of its centre, as the reports most often write
them), a representative wording (the finding nearest its centre) and its municipalities.
Frameworks are never mixed: area 1 means a different area in each.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer

from curation.explorer.model import IMPROVEMENT, Report, SiteData
from curation.explorer.text import STOPWORDS, stem, words

MIN_FINDINGS = 6  # an area with fewer findings has no themes to tell apart
MAX_THEMES = 12  # per framework and area
MIN_MUNICIPALITIES = 2  # a theme must recur
LABEL_WORDS = 3
# A finding belongs to its cluster's theme when its cosine similarity to the cluster's centre is at
# least this: k-means puts every finding somewhere, and the loose ones would blur the theme.
MIN_SIMILARITY = 0.2


@dataclass(frozen=True, slots=True)
class Member:
    report: Report
    kind: str
    text: str
    page: int | None


@dataclass(frozen=True, slots=True)
class Theme:
    framework: str
    area: int
    label: str  # its heaviest words
    wording: str  # the finding nearest its centre
    members: tuple[Member, ...]

    @property
    def municipalities(self) -> list[tuple[str, str]]:
        """(code, name) of every municipality with a finding of the theme, by name."""
        return sorted({(m.report.code, m.report.municipality) for m in self.members}, key=lambda c: (c[1], c[0]))

    @property
    def strengths(self) -> int:
        return sum(m.kind != IMPROVEMENT for m in self.members)

    @property
    def improvements(self) -> int:
        return sum(m.kind == IMPROVEMENT for m in self.members)


def _analyzer(language: str):
    def analyze(text: str) -> list[str]:
        return [stem(w, language) for w in words(text) if w not in STOPWORDS and len(w) > 2 and not w.isdigit()]
    return analyze


def area_themes(framework: str, area: int, members: list[Member]) -> list[Theme]:
    """The recurring themes of one framework's area (empty when too few findings or words)."""
    if len(members) < MIN_FINDINGS:
        return []
    language = members[0].report.language
    analyze = _analyzer(language)
    texts = [m.text for m in members]
    vectorizer = TfidfVectorizer(analyzer=analyze, min_df=2 if len(texts) >= 50 else 1, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # no word left (every text a stopword or number)
        return []
    k = max(2, min(MAX_THEMES, round(math.sqrt(len(texts) / 4))))
    if matrix.shape[1] < 2 or matrix.shape[0] <= k:
        return []
    model = KMeans(n_clusters=k, n_init=3, random_state=0).fit(matrix)
    terms = vectorizer.get_feature_names_out()
    surface: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for w in words(text):
            surface[stem(w, language)][w] += 1
    themes = []
    for c in range(k):
        centre = model.cluster_centers_[c]
        norm = float(np.linalg.norm(centre)) or 1.0
        idx = np.flatnonzero(model.labels_ == c)
        similarity = np.asarray(matrix[idx] @ centre).ravel() / norm
        idx = idx[similarity >= MIN_SIMILARITY]
        group = [members[i] for i in idx]
        if len({(m.report.country, m.report.code) for m in group}) < MIN_MUNICIPALITIES:
            continue
        top = [terms[j] for j in np.argsort(centre)[::-1][:LABEL_WORDS] if centre[j] > 0]
        label = ", ".join(surface[t].most_common(1)[0][0] if surface[t] else t for t in top)
        nearest = idx[int(np.argmax(matrix[idx] @ centre))]
        themes.append(Theme(framework, area, label, members[nearest].text, tuple(group)))
    themes.sort(key=lambda t: (-len(t.municipalities), t.label))
    return themes


def all_themes(data: SiteData) -> dict[str, dict[int, list[Theme]]]:
    """framework -> area -> its themes, most widespread first."""
    groups: dict[tuple[str, int], list[Member]] = defaultdict(list)
    for r in data.reports:
        for f in data.findings.get(r.report_id, []):
            if f.text:
                groups[(r.framework, f.area)].append(Member(r, f.kind, f.text, f.page))
    out: dict[str, dict[int, list[Theme]]] = defaultdict(dict)
    for (fw, area), members in sorted(groups.items()):
        out[fw][area] = area_themes(fw, area, members)
    return dict(out)
