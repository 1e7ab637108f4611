"""Section 1 boilerplate ("Vad är Kommunkompassen?") per framework, as printed
in real reports. Its list of area names is boilerplate, not data: extractors
must not read areas from it. Each entry is a list of paragraphs; a paragraph
that is a tuple is printed as a bullet list.
"""

from __future__ import annotations

_SV_2010: list[str | tuple[str, ...]] = [
    "Kommunkompassen är ett verktyg för utvärdering och analys av kommuners sätt att arbeta. Verktøget "
    "togs fram i mitten av 1990-talet av Oslo Universitet i samverkan med Åbo Akademi och Kommunenes "
    "Sentralforbund i Norge. Det har använts i ett flertal kommuner i samtliga nordiska länder. Sveriges "
    "Kommuner och Landsting använder sedan år 2002.",
    "Kommunkompassen reviderades år 2010 för att kunna fånga upp nya viktiga utvecklingstrender som "
    "påverkar den offentliga sektorn. Revideringen har gjorts tillsammans med KS i Norge, KL i Danmark "
    "samt Oslo Universitet och Agder Universitet.",
    "Kommunkompassen analyserar en kommun utifrån samspelet mellan",
    ("det politiska systemet", "kommunernas förmedling av tjänster", "kommunen som arbetsplats",
     "utvecklingen av lokalsamhället."),
    "Kommunkompassen utvärderar inte verksamhetens resultat utan sättet att leda den och sättet att "
    "samspela i organisationen. Vid en utvärdering inhämtar utvärderarna information från tre källor:",
    ("Intervjuer", "Officiella dokument", "Kommunens hemsida."),
    "Resultatet sammanställs i en rapport som innehåller en poängbedömning och en kvalitativ beskrivning "
    "av hur kommunen fungerar. Bedömningarna görs med utgångspunkt från åtta huvudområden.",
    "De åtta huvudområdena är:",
    "{areas}",
    "En kommun som utvärderas med hjälp av Kommunkompassen får som resultat värdefull information om både "
    "styrkor och förbättringsområden. Många kommuner väljer sedan att efter några års arbete genomföra en "
    "förnyad utvärdering med hjälp av kommunkompassen för att på så sätt få sina förbättringsinsatser "
    "bekräftade.",
]

_SV_2020: list[str | tuple[str, ...]] = [
    "Kommunkompassen är ett verktyg för att analysera och utveckla kommuners sätt att arbeta. Den togs "
    "ursprungligen fram i Norge och har använts av Sveriges Kommuner och Regioner (SKR) sedan 2002.",
    "Inför 2020 reviderades Kommunkompassen för att bättre fånga samspelet med invånarna, digitaliseringen "
    "av välfärden och kommunens roll som samhällsutvecklare. Den reviderade versionen utgår från åtta "
    "områden som tillsammans beskriver en väl fungerande kommun:",
    "{areas}",
    "Varje område bedöms med högst 100 poäng, vilket ger en maximal totalpoäng på 800. Resultat enligt den "
    "reviderade versionen går därför inte att jämföra rakt av med utvärderingar före 2020.",
    "Utvärderingen bygger på intervjuer, dokumentstudier och granskning av kommunens webbplats.",
]

_NO: list[str | tuple[str, ...]] = [
    "Kommunekompasset er et verktøy for evaluering og analyse av kommuners måte å arbeide på. Verktøyet ble "
    "utviklet på midten av 1990-tallet av Universitetet i Oslo i samarbeid med Åbo Akademi og Kommunenes "
    "Sentralforbund, og er brukt i en rekke kommuner i alle de nordiske landene.",
    "Kommunekompasset evaluerer ikke resultatene av tjenestene, men måten kommunen ledes på og måten "
    "organisasjonen samhandler på. Evaluatorene henter informasjon fra tre kilder:",
    ("Intervjuer", "Offentlige dokumenter", "Kommunens nettsider"),
    "Vurderingen gjøres innenfor åtte hovedområder:",
    "{areas}",
    "Hvert hovedområde gis inntil 100 poeng, slik at den samlede poengsummen kan bli maksimalt 800 poeng.",
    "Rapporten peker på kommunens styrker og forbedringsområder, og gir ofte eksempler på kommuner som kan "
    "være til inspirasjon.",
]

_LEGACY: list[str | tuple[str, ...]] = [
    "Kommunkompassen är ett verktyg för utvärdering och analys av kommuners sätt att arbeta. Sveriges "
    "Kommuner och Landsting använder verktyget sedan år 2002.",
    "Bedömningarna görs med utgångspunkt från åtta huvudområden med sammanlagt högst 1000 poäng:",
    "{areas}",
]

SECTION1: dict[str, list[str | tuple[str, ...]]] = {
    "kommunkompassen-2010": _SV_2010,
    "kommunkompassen-2020": _SV_2020,
    "kommunekompasset-no": _NO,
    "legacy-pre2010": _LEGACY,
    "unknown": _SV_2010,
}
# A framework without a text of its own (one defined only in a TOML file) prints its language's.
BY_LANGUAGE: dict[str, list[str | tuple[str, ...]]] = {"sv": _SV_2010, "no": _NO}


def section1(framework_id: str, language: str) -> list[str | tuple[str, ...]]:
    return SECTION1.get(framework_id) or BY_LANGUAGE[language]
