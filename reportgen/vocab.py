"""The frameworks as the generator sees them, and the wording of each report language.

Framework facts (ids, area names and their number, maxima, country, language,
years of validity, publishers) come from the framework definitions through their
loader (`extractors.frameworks`: the shipped TOML files, or `KOMPASS_FRAMEWORKS`'s),
so a framework that exists only in a TOML file generates reports like the others.
Nothing else of the extractor is read: the words it matches (spellings it accepts,
header words, language files) are its parsing rules, and the generator prints
what reports print whatever a reader makes of it. So the variant spellings
printed here are the generator's own, copied from the corpus reports (one is
deliberately no spelling the definitions list), as is all the wording.

Words are copied from the corpus reports (heby-2014, skovde-2022, frogn-2013...);
several alternatives per slot let the renderer vary them. The truth always
uses the canonical area name; the spellings are only ever printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from extractors.frameworks import Publisher, load_frameworks


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    country: str
    language: str
    years: tuple[int, int]  # first and last report year the generator uses
    areas: tuple[str, ...]  # canonical names, area 1..n
    area_max: tuple[int, ...]  # maxima, area 1..n
    publishers: tuple[Publisher, ...]  # by year: who prints the report
    spellings: dict[int, tuple[str, ...]] = field(default_factory=dict)  # printed variants
    supported: bool = True
    pool: str | None = None  # which pool of the language supplies questions and findings (pools.POOLS)


# The latest year the generator dates a report of a framework still in use (no last_year).
LAST_GENERATED_YEAR = 2024

# Variants the corpus reports print for canonical names, per framework and area (the generator's
# own: see the module docstring).
PRINTED_SPELLINGS: dict[str, dict[int, tuple[str, ...]]] = {
    "kommunkompassen-2010": {6: ("Kommunen som arbetsgivare personalpolitik",
                                 "Kommunen som arbetsgivare – personalpolitik"),
                             8: ("Kommun som samhällsbyggare",)},
    "kommunkompassen-2020": {8: ("Chefs- och ledarskap, samt medarbetarskap",)},
    "kommunekompasset-no": {2: ("Tilgjengelighet og brukerorientering",)},
}

# The order `generate` draws a supported framework in, and property tests pick one by
# `SUPPORTED[seed % 3]`: kept so that each seed makes the report it always made. Frameworks
# defined since follow, by id.
SEED_ORDER = ("kommunkompassen-2010", "kommunkompassen-2020", "kommunekompasset-no")

# Reports the extractor must refuse (`unsupported_framework`), in no definition file.
UNSUPPORTED: dict[str, dict] = {
    # The pre-2010 version was scored on an older, non-comparable scale; modelled here as uneven
    # area maxima adding up to 1000.
    "legacy-pre2010": dict(
        country="SE", language="sv", years=(2003, 2009),
        areas=("Offentlighet och demokrati", "Tillgänglighet, medborgar- och brukarorientering",
               "Politisk styrning och kontroll", "Ansvars- och befogenhetsfördelning", "Resultat och effektivitet",
               "Kommunen som arbetsgivare", "Verksamhetsutveckling", "Kommunen som samhällsbyggare"),
        area_max=(150, 125, 150, 125, 125, 100, 125, 100), pool="kommunkompassen-2010"),
    # Eight areas of no framework the product knows (a hypothetical future revision).
    "unknown": dict(
        country="SE", language="sv", years=(2012, 2024),
        areas=("Digital service och innovation", "Hållbar utveckling och klimat", "Trygghet och säkerhet",
               "Näringsliv och arbetsmarknad", "Integration och mångfald", "Ekonomisk hushållning",
               "Samverkan i regionen", "Kompetensförsörjning"),
        area_max=(100,) * 8, pool="kommunkompassen-2010"),
}


def _defined(fw) -> Framework:
    """A framework of the definitions, as the generator uses it."""
    last = fw.last_year or max(fw.first_year, LAST_GENERATED_YEAR)
    return Framework(fw.id, fw.country, fw.language.code, (fw.first_year, last), tuple(a.name for a in fw.areas),
                     tuple(a.max for a in fw.areas), fw.publishers, PRINTED_SPELLINGS.get(fw.id, {}))


def _invented(framework_id: str, defined: list[Framework]) -> Framework:
    """An unsupported framework, published by whoever published its country's reports then."""
    facts = UNSUPPORTED[framework_id]
    publishers = tuple(dict.fromkeys(p for f in defined if f.country == facts["country"] for p in f.publishers))
    return Framework(framework_id, publishers=publishers, supported=False, **facts)


def frameworks() -> dict[str, Framework]:
    """Every framework the generator makes reports of: the defined ones (SEED_ORDER first), then
    the unsupported ones."""
    return _frameworks(load_frameworks())


@cache
def _frameworks(definitions: tuple) -> dict[str, Framework]:
    order = {fw_id: i for i, fw_id in enumerate(SEED_ORDER)}
    defined = [_defined(fw) for fw in sorted(definitions, key=lambda f: (order.get(f.id, len(order)), f.id))]
    return {fw.id: fw for fw in [*defined, *(_invented(k, defined) for k in UNSUPPORTED)]}


def supported() -> tuple[str, ...]:
    return tuple(k for k, f in frameworks().items() if f.supported)


def framework(framework_id: str) -> Framework:
    try:
        return frameworks()[framework_id]
    except KeyError:
        raise ValueError(f"no framework {framework_id!r}; known: {', '.join(frameworks())}") from None


def __getattr__(name: str):
    # FRAMEWORKS and SUPPORTED follow the definitions in use when first read (KOMPASS_FRAMEWORKS).
    if name == "FRAMEWORKS":
        return frameworks()
    if name == "SUPPORTED":
        return supported()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"),
    "no": ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"),
}
ORDINALS = {"sv": ("första", "andra", "tredje", "fjärde"), "no": ("første", "andre", "tredje", "fjerde")}

# Every slot holding a tuple is a set of alternatives the renderer picks from.
WORDS: dict[str, dict[str, object]] = {
    "sv": {
        "product": ("KommunKompassen",),
        "product_parts": ("Kommun", "Kompassen"),  # browser-printed covers: light + bold
        "cover_sub": ("ANALYS AV", "A N A L Y S A V"),
        "evaluators_prefix": ("", "Utvärderare: "),
        "and": "och",
        "toc": "Innehåll",
        "sec1": "Vad är Kommunkompassen?",
        "sec2": "{name} i förhållande till Kommunkompassen: En sammanfattande genomgång",
        "sec2_toc": "{name} i förhållande till Kommunkompassen: En sammanfattande genomgång",
        "evaluation": "Utvärderingen",
        "period": ("Utvärderingen av {name} genomfördes i {month} {year}.",
                   "Utvärderingen av {name} genomfördes under {month} {year}."),
        "period_year": ("Utvärderingen av {name} genomfördes hösten {year}.",
                        "Utvärderingen av {name} genomfördes under {year}."),
        "method": ("Som underlag för värderingen har utvärderarna studerat dokument, granskat kommunens "
                   "hemsida, intranät och genomfört intervjuer med ett {n}-tal personer i organisationen. "
                   "Vid intervjuerna deltog politiker, ledande tjänstemän och fackliga representanter."),
        "number": ("Det är kommunens {ordinal} utvärdering.",),
        "number_first": ("Det är första gången kommunen utvärderas med Kommunkompassen.",),
        "earlier": "Tidigare utvärderingar genomfördes {years}.",
        "earlier_only": "Kommunen har tidigare utvärderats {years}.",
        "summary": "Sammanfattning av resultat",
        "table1": "Tabell 1 {name} {year} i förhållande till Kommunkompassens huvudområden.",
        "table1_area": ("", "Område"),
        "table1_col": ("Resultat {y}", "Poäng {y}", "{y}"),
        "total": ("TOTALT", "Totalt"),
        # The score tables' total row is unlabelled in most reports; some print one of these.
        "total_row": ("Totalt", "Summa", "Summa poäng", "Totalt område"),
        "chart_intro": ("På följande sida redovisas {name}s resultat i ett spindeldiagram i jämförelse med "
                        "{other}. En till invånarantal likvärdig kommun."),
        "inspiration": "Jämför och hitta inspiration",
        "sec3": "Detaljerad genomgång i förhållande till Kommunkompassens åtta huvudområden",
        "area": "Område {n} {name}",
        "box": (("Rubriker", "Poäng"),),
        "general": "Allmänt",
        "strengths": ("Styrkor",),
        "improvements": ("Förbättringsmöjligheter", "Förbättringsområden"),
        "sec4": "Översikt av poängfördelning",
        "sec4_intro": "Nedanstående tabeller visar {name}s resultat fördelat på delfrågor inom respektive område.",
        "score_cols": (("Uppnått", "Max", "Procent"), ("Poäng", "Max", "Procent")),
        "page": ("{p} ({n})", "Sida {p} av {n}"),
        "ask": ("Hur arbetar kommunen med {x}?", "Hur följs arbetet med {x} upp?"),
        "long_tail": ", och hur följs arbetet med {x} upp och redovisas för de förtroendevalda och medborgarna?",
    },
    "no": {
        "product": ("Kommunekompasset",),
        "product_parts": ("Kommune", "kompasset"),
        "cover_sub": ("EVALUERING AV", "E V A L U E R I N G A V"),
        "evaluators_prefix": ("", "Evaluatorer: "),
        "and": "og",
        "toc": "Innhold",
        "sec1": "Hva er Kommunekompasset?",
        "sec2": "Sammendrag",
        "sec2_toc": "Sammendrag",
        "evaluation": "Evalueringen",
        "period": ("Evalueringen av {name} ble gjennomført i {month} {year}.",),
        "period_year": ("Evalueringen av {name} ble gjennomført høsten {year}.",
                        "Evalueringen av {name} ble gjennomført i løpet av {year}."),
        "method": ("Som grunnlag for vurderingen har evaluatorene gått gjennom dokumenter og kommunens "
                   "nettsider, og intervjuet rundt {n} personer i organisasjonen, blant dem politikere, "
                   "ledere og tillitsvalgte."),
        "number": ("Dette er kommunens {ordinal} evaluering med Kommunekompasset.",),
        "number_first": ("Dette er første gang kommunen evalueres med Kommunekompasset.",),
        "earlier": "Tidligere evalueringer ble gjennomført {years}.",
        "earlier_only": "Kommunen ble også evaluert {years}.",
        "summary": "Sammendrag av resultatene",
        "table1": "Tabell 1 {name} {year} – resultater innenfor Kommunekompassets hovedområder.",
        "table1_area": ("Område", ""),
        "table1_col": ("{y}", "Poeng {y}", "Resultat {y}"),
        "total": ("Sum", "Totalt"),
        "total_row": ("Sum", "Totalt", "Sum poeng"),
        "chart_intro": ("Resultatene er også vist i et edderkoppdiagram, sammen med {other}."),
        "inspiration": "Sammenlign og finn inspirasjon",
        "sec3": "Detaljert gjennomgang av de åtte hovedområdene",
        "area": "Område {n} {name}",
        "box": (("TEMA", "POENG"), ("Tema", "Poeng")),
        "general": "Generelt",
        "strengths": ("Styrker",),
        "improvements": ("Forbedringsområder",),
        "sec4": "Oversikt over poengfordeling",
        "sec4_intro": "Tabellene nedenfor viser {name}s resultater fordelt på delspørsmål innenfor hvert hovedområde.",
        "score_cols": (("Oppnådd", "Maks", "Prosent"), ("Poeng", "Maks", "Prosent")),
        "page": ("Side {p} av {n}", "{p} ({n})"),
        "ask": ("Hvordan arbeider kommunen med {x}?", "Hvordan følges arbeidet med {x} opp?"),
        "long_tail": ", og hvordan følges arbeidet med {x} opp og rapporteres til de folkevalgte og innbyggerne?",
    },
}

# pyphen dictionary per report language, for layouts with automatic hyphenation.
HYPHENATION = {"sv": "sv", "no": "nb_NO"}

EXTRA_ROLES = {"sv": ("Praktikant", "Konsult"), "no": ("Rådgiver",)}


def publisher_for(framework: Framework, year: int) -> Publisher:
    """Who published the framework's report of `year`, by the definitions' years (SKL was
    renamed SKR in 2019; Norway's reports are KS's)."""
    for publisher in framework.publishers:
        if publisher.active(year):
            return publisher
    raise ValueError(f"{framework.id}: no publisher of {year} in its definition")
