"""Frameworks (canonical area names and the spellings reports print) and the
wording of each report language, as data.

Words are copied from the corpus reports (heby-2014, skovde-2022, frogn-2013...);
several alternatives per slot let the renderer vary them. The truth always
uses the canonical area name; the spellings are only ever printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    country: str
    language: str
    years: tuple[int, int]  # first and last report year the generator uses
    areas: tuple[str, ...]  # canonical names, area 1..8
    spellings: dict[int, tuple[str, ...]] = field(default_factory=dict)  # printed variants
    supported: bool = True
    # Old-scale reports: maxima per area (sum 1000); None means 100 for every area.
    area_max: tuple[int, ...] | None = None
    pool: str = ""  # which POOLS entry supplies questions and findings


FRAMEWORKS: dict[str, Framework] = {
    "kommunkompassen-2010": Framework(
        "kommunkompassen-2010", "SE", "sv", (2010, 2019),
        ("Offentlighet och demokrati", "Tillgänglighet och brukarorientering",
         "Politisk styrning och kontroll", "Ledarskap, ansvar och delegation", "Resultat och effektivitet",
         "Kommunen som arbetsgivare - personalpolitik", "Verksamhetsutveckling",
         "Kommunen som samhällsbyggare"),
        {6: ("Kommunen som arbetsgivare personalpolitik", "Kommunen som arbetsgivare – personalpolitik"),
         8: ("Kommun som samhällsbyggare",)},
        pool="kommunkompassen-2010"),
    "kommunkompassen-2020": Framework(
        "kommunkompassen-2020", "SE", "sv", (2020, 2024),
        ("Samspel mellan förtroendevalda och medborgare", "Samhällsutveckling", "Styrning och kontroll",
         "Effektivitet", "Brukarens fokus", "Kvalitetsutveckling", "Arbetsliv",
         "Chefs- och ledarskap samt medarbetarskap"),
        {8: ("Chefs- och ledarskap, samt medarbetarskap",)},
        pool="kommunkompassen-2020"),
    "kommunekompasset-no": Framework(
        "kommunekompasset-no", "NO", "no", (2010, 2024),
        ("Offentlighet og demokrati", "Tilgjengelighet, innbygger- og brukerorientering",
         "Politisk styring og kontroll", "Lederskap, ansvar og delegasjon", "Resultatfokus og effektivitet",
         "Kommunen som arbeidsgiver", "Utviklingsstrategi og lærende organisasjon",
         "Kommunen som samfunnsutvikler"),
        {2: ("Tilgjengelighet og brukerorientering",)},
        pool="kommunekompasset-no"),
    # Unsupported inputs: the extractor must refuse them (`unsupported_framework`).
    # The pre-2010 version was scored on an older, non-comparable scale; modelled
    # here as uneven area maxima adding up to 1000.
    "legacy-pre2010": Framework(
        "legacy-pre2010", "SE", "sv", (2003, 2009),
        ("Offentlighet och demokrati", "Tillgänglighet, medborgar- och brukarorientering",
         "Politisk styrning och kontroll", "Ansvars- och befogenhetsfördelning", "Resultat och effektivitet",
         "Kommunen som arbetsgivare", "Verksamhetsutveckling", "Kommunen som samhällsbyggare"),
        supported=False, area_max=(150, 125, 150, 125, 125, 100, 125, 100), pool="kommunkompassen-2010"),
    # Eight areas of no framework the product knows (a hypothetical future revision).
    "unknown": Framework(
        "unknown", "SE", "sv", (2012, 2024),
        ("Digital service och innovation", "Hållbar utveckling och klimat", "Trygghet och säkerhet",
         "Näringsliv och arbetsmarknad", "Integration och mångfald", "Ekonomisk hushållning",
         "Samverkan i regionen", "Kompetensförsörjning"),
        supported=False, pool="kommunkompassen-2010"),
}

SUPPORTED = tuple(k for k, f in FRAMEWORKS.items() if f.supported)

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

PUBLISHERS = {  # (full name, short form used after evaluator names)
    "SKL": ("Sveriges Kommuner och Landsting", "SKL"),
    "SKR": ("Sveriges Kommuner och Regioner", "SKR"),
    "KS": ("KS", "KS"),
}
EXTRA_ROLES = {"sv": ("Praktikant", "Konsult"), "no": ("Rådgiver",)}


def publisher_for(framework: Framework, year: int) -> str:
    """SKL was renamed SKR in 2019; Norway's reports are KS's."""
    if framework.country == "NO":
        return "KS"
    return "SKR" if year >= 2019 else "SKL"
