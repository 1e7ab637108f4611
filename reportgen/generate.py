"""`generate(seed)`: a random but internally consistent report (the truth).

Content classes that trouble readers, with their frequency among seeds, each
forcible by an override:
- `hyphen_compounds` (50 %): 4-6 areas get one to three findings naming
  hyphenated compounds (pools.COMPOUNDS: "e-förslag", "IT-säkerhet",
  "medborgar- och brukarorientering", "helse- og omsorgstjenester"), which
  lines may break after ("e-" / "förslag").
- `initials` (20 %): one evaluator's name carries an initial with its period,
  before the first name ("J. Magnus Hedlund") or after it ("Anna K. Berg").
"""

from __future__ import annotations

import random
from dataclasses import replace
from fractions import Fraction

from . import vocab
from .places import FIRST_NAMES, LAST_NAMES, MUNICIPALITIES
from .pools import COMPOUNDS, Pool, pool_area, pool_for
from .truth import Area, Evaluator, GeneratedReport, Question
from .vocab import EXTRA_ROLES, WORDS, Framework, publisher_for

# Overrides generate() accepts, so a typo fails loudly instead of being ignored.
OVERRIDES = ("year", "municipality", "n_results", "evaluation_number_stated", "percent_column",
             "period_kind", "n_evaluators", "initials", "hyphen_compounds")


def generate(seed: int, *, framework: str | None = None, **overrides) -> GeneratedReport:
    """A seeded random report. `framework` is one of vocab.frameworks() (the defined
    ones, or "legacy-pre2010" / "unknown" for reports the extractor must reject);
    None picks a defined one from the seed.

    Overrides: year (int), municipality (name, e.g. "Heby kommun"), n_results
    (1-3 year columns), evaluation_number_stated (bool), percent_column (bool),
    period_kind ("month" | "year" | "none"), n_evaluators (2-3), initials
    (bool), hyphen_compounds (bool); see the module docstring.
    """
    unknown = set(overrides) - set(OVERRIDES)
    if unknown:
        raise TypeError(f"unknown overrides {sorted(unknown)}; allowed: {OVERRIDES}")
    rng = random.Random(seed)
    fw = vocab.framework(framework or rng.choice(vocab.supported()))
    year = overrides.get("year") or rng.randint(*fw.years)
    if not fw.years[0] <= year <= fw.years[1]:  # e.g. 2008 is "legacy-pre2010", not kommunkompassen-2010
        raise ValueError(f"{fw.id} reports are dated {fw.years[0]}-{fw.years[1]}, not {year}")
    muni = _municipality(rng, fw, overrides.get("municipality"))

    n_results = overrides.get("n_results") or rng.choices((1, 2, 3), weights=(5, 3, 2))[0]
    earlier = _earlier_years(rng, fw, year, n_results - 1)
    if "n_results" in overrides and len(earlier) != n_results - 1:
        raise ValueError(f"no room for {n_results} evaluations of {fw.id} by {year}")
    stated = overrides.get("evaluation_number_stated")
    if stated is None:
        stated = rng.random() < 0.75
    # A report printing k year columns is the k-th evaluation, when it says so.
    number = len(earlier) + 1 if stated else None

    period_kind = overrides.get("period_kind") or rng.choices(("month", "year", "none"), (7, 2, 1))[0]
    period_year = year - rng.choice((0, 1, 1)) if year > fw.years[0] else year
    period = {"month": f"{period_year}-{rng.randint(1, 12):02d}", "year": str(period_year),
              "none": None}[period_kind]

    percent = overrides.get("percent_column")
    if percent is None:
        percent = rng.random() < 0.75
    step = rng.choice((Fraction(1, 4), Fraction(1, 3), Fraction(1, 10), Fraction(1, 2)))
    areas = tuple(_area(rng, fw, n, len(earlier), step) for n in range(1, len(fw.areas) + 1))
    evaluators = _evaluators(rng, fw, year, overrides.get("n_evaluators") or rng.choice((2, 2, 3)))
    cover_date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.2 else None
    # Later-added classes draw from a stream of their own, so a seed's other content stays what it was.
    extra = random.Random(seed * 2_654_435_761 + 97)
    if _chosen(extra, overrides.get("initials"), 0.2):
        evaluators = _with_initial(extra, fw, evaluators)
    if _chosen(extra, overrides.get("hyphen_compounds"), 0.5):
        areas = _with_compounds(extra, fw, areas)
    return GeneratedReport(seed=seed, framework_id=fw.id, municipality=muni, year=year,
                           evaluation_period=period, evaluators=evaluators, evaluation_number=number,
                           earlier_years=earlier, percent_column=percent, areas=areas,
                           publisher=publisher_for(fw, year), cover_date=cover_date)


def _chosen(rng: random.Random, forced: bool | None, share: float) -> bool:
    """An override when given, else a draw (made either way, so forcing one
    class does not shift the draws of the next)."""
    drawn = rng.random() < share
    return drawn if forced is None else forced


def _with_initial(rng: random.Random, fw: Framework, evaluators: tuple[Evaluator, ...]) -> tuple[Evaluator, ...]:
    """One evaluator gets the initial of a second given name, with its period."""
    i = rng.randrange(len(evaluators))
    first, last = evaluators[i].name.split(" ", 1)
    initial = rng.choice(FIRST_NAMES[fw.country])[0] + "."
    name = f"{initial} {first} {last}" if rng.random() < 0.5 else f"{first} {initial} {last}"
    return (*evaluators[:i], Evaluator(name, evaluators[i].role), *evaluators[i + 1:])


def _with_compounds(rng: random.Random, fw: Framework, areas: tuple[Area, ...]) -> tuple[Area, ...]:
    """One to three findings with hyphenated compounds in each of 4-6 areas, at
    random places in the lists (at most 12 findings, all distinct)."""
    pool = COMPOUNDS[fw.language]
    chosen = set(rng.sample(range(len(areas)), rng.randint(4, 6)))
    out = []
    for k, a in enumerate(areas):
        if k in chosen:
            kind = rng.choice(("strengths", "improvements"))
            items = list(getattr(a, kind))
            for text in rng.sample([t for t in pool[kind] if t not in items], rng.randint(1, 3)):
                if len(items) >= 12:
                    items.pop(rng.randrange(len(items)))
                items.insert(rng.randint(0, len(items)), text)
            a = replace(a, **{kind: tuple(items)})
        out.append(a)
    return tuple(out)


def _municipality(rng: random.Random, fw: Framework, name: str | None):
    pool = MUNICIPALITIES[fw.country]
    if name is None:
        return rng.choice(pool)
    for m in pool:
        if m.name == name:
            return m
    raise ValueError(f"{name!r} is not in reportgen.places for {fw.country}")


def _earlier_years(rng: random.Random, fw: Framework, year: int, n: int) -> tuple[int, ...]:
    """Earlier evaluations 2-4 years apart, all within the framework's years
    (scores of another framework would not be comparable); fewer if no room."""
    years: list[int] = []
    current = year
    for remaining in range(n, 0, -1):
        # leave room for the evaluations still to place, two years apart at least
        widest = min(4, current - fw.years[0] - 2 * (remaining - 1))
        if widest < 2:
            break
        current -= rng.randint(2, widest)
        years.insert(0, current)
    return tuple(years)


def _maxima(rng: random.Random, n: int, total: int) -> list[int]:
    """n question maxima, multiples of 5 between 5 and 30, adding up to `total`."""
    units = [1] * n
    for _ in range(total // 5 - n):
        i = rng.choice([i for i in range(n) if units[i] < 6])
        units[i] += 1
    return [5 * u for u in units]


def _score(rng: random.Random, level: float, max_: int, step: Fraction) -> Fraction:
    p = min(1.0, max(0.0, rng.gauss(level, 0.15)))
    return step * round(p * max_ / step)


def _pool(fw: Framework) -> Pool:
    return pool_for(fw.language, fw.pool or fw.id)


def _question_count(rng: random.Random, area_max: int) -> int:
    """4-8 questions (6-8 above 120: 8 x 30 >= 150), fewer where the area's max is too small for
    that many of 5 points; maxima are multiples of 5."""
    if area_max % 5 or area_max > 8 * 30:
        raise ValueError(f"an area max of {area_max} is no sum of 4-8 question maxima of 5-30 in steps of 5")
    low, high = (4, 8) if area_max <= 120 else (6, 8)
    high = min(high, area_max // 5)
    low = min(max(low, -(-area_max // 30)), high)
    return rng.randint(low, high)


def _area(rng: random.Random, fw: Framework, number: int, n_earlier: int, step: Fraction) -> Area:
    source = _pool(fw)
    own = pool_area(source, number)
    pool = source[own]
    area_max = fw.area_max[number - 1]
    n_q = _question_count(rng, area_max)
    maxima = _maxima(rng, n_q, area_max)
    subheadings = rng.sample(pool["subheadings"], rng.randint(min(3, len(pool["subheadings"])),
                                                              min(6, len(pool["subheadings"]))))
    texts = _question_texts(rng, fw, number, n_q)
    level = rng.uniform(0.25, 0.85)
    # Earlier evaluations usually scored somewhat lower; the older, the lower.
    levels_before = [max(0.1, level - rng.uniform(-0.03, 0.12) * (n_earlier - i)) for i in range(n_earlier)]
    questions = tuple(
        Question(f"{number}.{i + 1}", texts[i], m, _score(rng, level, m, step),
                 tuple(_score(rng, lv, m, step) for lv in levels_before))
        for i, m in enumerate(maxima))
    others = [x for n, e in source.items() for x in e["strengths"] if n != own]
    strengths = _findings(rng, pool["strengths"], others)
    others = [x for n, e in source.items() for x in e["improvements"] if n != own]
    improvements = _findings(rng, pool["improvements"], others)
    return Area(number, fw.areas[number - 1], tuple(subheadings), questions, strengths, improvements)


def _question_texts(rng: random.Random, fw: Framework, number: int, n: int) -> list[str]:
    """Real question wordings first, then ones built from sub-headings; a few
    get a long tail so they wrap over three lines in the score table."""
    words = WORDS[fw.language]
    pool = _pool(fw)
    own = pool[pool_area(pool, number)]
    texts = list(own["questions"])
    topics = [s for e in pool.values() for s in e["subheadings"]]
    rng.shuffle(topics)
    while len(texts) < n:
        t = rng.choice(words["ask"]).format(x=_lower_first(topics.pop()))
        if t not in texts:
            texts.append(t)
    texts = texts[:n]
    for i in range(n):
        if rng.random() < 0.15:
            tail = words["long_tail"].format(x=_lower_first(rng.choice(own["subheadings"])))
            texts[i] = texts[i].rstrip("?") + tail
    return texts


def _lower_first(s: str) -> str:
    return s[0].lower() + s[1:] if len(s) > 1 and not s[1].isupper() else s


def _findings(rng: random.Random, own: list[str], others: list[str]) -> tuple[str, ...]:
    """2-12 distinct findings; some joined into long ones that wrap over 2-4 lines."""
    n = rng.randint(2, 12)
    candidates = own + rng.sample(others, min(len(others), max(0, n + 4 - len(own))))
    rng.shuffle(candidates)
    out: list[str] = []
    while candidates and len(out) < n:
        item = candidates.pop()
        if candidates and rng.random() < 0.2:
            item = item.rstrip(".") + ". " + candidates.pop()
        if item not in out:
            out.append(item)
    return tuple(out)


def _evaluators(rng: random.Random, fw: Framework, year: int, n: int) -> tuple[Evaluator, ...]:
    country = fw.country
    firsts = rng.sample(FIRST_NAMES[country], n)
    lasts = rng.sample(LAST_NAMES[country], n)
    publisher = publisher_for(fw, year)
    org = publisher.short or publisher.name
    roles: list[str | None] = [org] * n
    if n == 3 and rng.random() < 0.5:  # a trainee or consultant listed on a line of their own
        roles[2] = rng.choice(EXTRA_ROLES[fw.language])
    return tuple(Evaluator(f"{first} {last}", r) for first, last, r in zip(firsts, lasts, roles))
