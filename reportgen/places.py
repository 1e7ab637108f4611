"""Real municipalities with the codes they had in a given year, and people's names.

Kept inside reportgen (not read from the extractor's reference tables) so the
generator's truth is independent of the code under test.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Municipality:
    """A municipality as a report names it; `codes` maps first valid year -> code."""

    name: str  # "Heby kommun", "Helsingborgs stad", "Frogn kommune"
    codes: tuple[tuple[int, str], ...]
    country: str

    def code_in(self, year: int) -> str:
        """The code valid in `year` (Norwegian numbers changed with the 2018/2020/2024 reforms)."""
        valid = [code for first, code in self.codes if first <= year]
        return valid[-1]


def _se(name: str, code: str) -> Municipality:
    # Swedish SCB codes used here are stable over 2002-2024 (except Heby, listed explicitly).
    return Municipality(name, ((2000, code),), "SE")


def _no(name: str, *codes: tuple[int, str]) -> Municipality:
    return Municipality(name, tuple(codes), "NO")


SWEDISH: tuple[Municipality, ...] = (
    Municipality("Heby kommun", ((2000, "1917"), (2007, "0331")), "SE"), _se("Strängnäs kommun", "0486"), _se("Helsingborgs stad", "1283"),
    _se("Kinda kommun", "0513"), _se("Grästorps kommun", "1444"), _se("Kramfors kommun", "2282"),
    _se("Örebro kommun", "1880"), _se("Höganäs kommun", "1284"), _se("Borlänge kommun", "2081"),
    _se("Luleå kommun", "2580"), _se("Vetlanda kommun", "0685"), _se("Mölndals stad", "1481"),
    _se("Skövde kommun", "1496"), _se("Trollhättans stad", "1488"), _se("Kalmar kommun", "0880"),
    _se("Växjö kommun", "0780"), _se("Umeå kommun", "2480"), _se("Uppsala kommun", "0380"),
    _se("Linköpings kommun", "0580"), _se("Norrköpings kommun", "0581"), _se("Jönköpings kommun", "0680"),
    _se("Västerås stad", "1980"), _se("Gävle kommun", "2180"), _se("Sundsvalls kommun", "2281"),
    _se("Östersunds kommun", "2380"), _se("Karlstads kommun", "1780"), _se("Falu kommun", "2080"),
    _se("Göteborgs stad", "1480"), _se("Malmö stad", "1280"), _se("Nacka kommun", "0182"),
    _se("Eskilstuna kommun", "0484"), _se("Halmstads kommun", "1380"), _se("Borås stad", "1490"),
    _se("Kungsbacka kommun", "1384"), _se("Tierps kommun", "0360"), _se("Östhammars kommun", "0382"),
    _se("Ängelholms kommun", "1292"), _se("Örnsköldsviks kommun", "2284"),
)

NORWEGIAN: tuple[Municipality, ...] = (
    _no("Oslo kommune", (2000, "0301")),
    _no("Bergen kommune", (2000, "1201"), (2020, "4601")),
    _no("Trondheim kommune", (2000, "1601"), (2018, "5001")),
    _no("Stavanger kommune", (2000, "1103")),
    _no("Kristiansand kommune", (2000, "1001"), (2020, "4204")),
    _no("Tromsø kommune", (2000, "1902"), (2020, "5401"), (2024, "5501")),
    _no("Bodø kommune", (2000, "1804")),
    _no("Frogn kommune", (2000, "0215"), (2020, "3022"), (2024, "3214")),
    _no("Bærum kommune", (2000, "0219"), (2020, "3024"), (2024, "3201")),
    _no("Hamar kommune", (2000, "0403"), (2020, "3403")),
    _no("Haugesund kommune", (2000, "1106")),
    _no("Lillehammer kommune", (2000, "0501"), (2020, "3405")),
)

# Comparison municipalities named in the spider chart's legend (not data).
MUNICIPALITIES = {"SE": SWEDISH, "NO": NORWEGIAN}  # by the framework's country

COMPARISON = {"SE": ("Kinda kommun", "Kalmar kommun", "Grästorps kommun", "Örebro kommun"),
              "NO": ("Gjennomsnitt andre kommuner", "Bodø kommune", "Hamar kommune")}

# Evaluator names. Double first names ("Britt-Marie") are hyphenated, as in real covers.
FIRST_NAMES = {
    "SE": ("Leif", "Britt-Marie", "Azadeh", "Lars", "Fredrik", "Ulla", "Håkan", "Henrik", "Maria",
           "Kristina", "Jenny", "Sara", "Anna-Karin", "Göran", "Åsa", "Per-Olof", "Birgitta", "Mats",
           "Eva", "Jörgen", "Ann-Sofie", "Björn", "Cecilia", "Öjvind"),
    "NO": ("Gunn", "Ingrid", "Åse", "Kjetil", "Bjørn", "Siri", "Tor", "Kari", "Øystein", "Marit",
           "Hege", "Ståle", "Ragnhild", "Jørn"),
}
LAST_NAMES = {
    "SE": ("Eldås", "Hedlund", "Pezeshk", "Larsson", "Lindberg", "Sandberg", "Strandberg", "Johansson",
           "Nyström", "Svensson", "Söderlund", "Gustafsson", "Öberg", "Lindqvist", "Åkesson", "Bergström",
           "Holmér", "Ekström", "Wallin", "Dahlgren", "Sjöberg", "Nordin"),
    "NO": ("Bråten", "Larsen", "Moen", "Haugen", "Johansen", "Solberg", "Hagen", "Lie", "Sæther",
           "Strøm", "Dahl", "Berge", "Aasen", "Økland"),
}
