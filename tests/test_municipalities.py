"""Municipality reference tables and the name → official code lookup."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from extractors.municipalities import (
    canonical_municipality_name,
    municipalities,
    municipality_code,
)

# Codes that users of the dataset join on; given by SCB / SSB.
KNOWN_SE = {
    "Heby kommun": "0331",
    "Strängnäs kommun": "0486",
    "Helsingborgs stad": "1283",
    "Kinda kommun": "0513",
    "Mölndals stad": "1481",
    "Trollhättans stad": "1488",
    "Skövde kommun": "1496",
    "Borlänge kommun": "2081",
    "Luleå kommun": "2580",
    "Vetlanda kommun": "0685",
    "Höganäs kommun": "1284",
}


@pytest.mark.parametrize(("name", "code"), sorted(KNOWN_SE.items()))
def test_known_swedish_codes(name: str, code: str) -> None:
    assert municipality_code(name, "SE", 2015) == code


def test_all_290_swedish_municipalities_valid_today() -> None:
    today = date.today().year
    current = [m for m in municipalities("SE") if m.valid_in(today)]
    assert len(current) == 290
    assert len({m.code for m in current}) == 290
    assert len({m.name for m in current}) == 290
    assert all(len(m.code) == 4 and m.code.isdigit() for m in municipalities("SE"))
    assert [m.code for m in municipalities("SE")] == sorted(m.code for m in municipalities("SE"))


def test_every_current_swedish_name_resolves_to_its_own_code() -> None:
    for m in municipalities("SE"):
        if m.valid_in(date.today().year):
            assert municipality_code(f"{m.name} kommun", "SE", None) == m.code, m.name


def test_swedish_history() -> None:
    # Heby moved from Västmanland (1917) to Uppsala county (0331) in 2007.
    assert municipality_code("Heby kommun", "SE", 2006) == "1917"
    assert municipality_code("Heby kommun", "SE", 2007) == "0331"
    # Knivsta was split from Uppsala in 2003.
    assert municipality_code("Knivsta kommun", "SE", 2002) is None
    assert municipality_code("Knivsta kommun", "SE", 2003) == "0330"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("HEBY KOMMUN", "0331"),
        ("  heby   kommun ", "0331"),
        ("Helsingborgs stad", "1283"),
        ("Borås stad", "1490"),  # exact name wins before the genitive reading
        ("Strängnäs kommun", "0486"),
        ("Region Gotland", "0980"),
        ("Gotlands kommun", "0980"),
        ("Malung-Sälens kommun", "2023"),
        ("Malung – Sälens kommun", "2023"),  # en dash with spaces
        ("MALUNG\u2011SÄLENS KOMMUN", "2023"),  # non-breaking hyphen
        ("Upplands Väsby kommun", "0114"),
        ("Upplands-Bro kommun", "0139"),
        ("Stra\u0308ngna\u0308s kommun", "0486"),  # decomposed umlauts (NFD)
    ],
)
def test_swedish_name_forms(name: str, code: str) -> None:
    assert municipality_code(name, "SE", 2020) == code


def test_unknown_names_give_none() -> None:
    assert municipality_code("Narnia kommun", "SE", 2015) is None
    assert municipality_code("Frogn kommun", "SE", 2015) is None  # Norwegian name, Swedish table
    assert municipality_code("Helsingborgs stad", "NO", 2015) is None
    assert municipality_code("kommun", "SE", 2015) is None
    assert municipality_code("", "NO", 2015) is None


def test_unsupported_country_is_an_error() -> None:
    with pytest.raises(ValueError):
        municipality_code("Heby kommun", "DK", 2015)


def test_frogn_number_changes_with_the_county_reforms() -> None:
    assert municipality_code("Frogn kommune", "NO", 2013) == "0215"
    assert municipality_code("Frogn kommune", "NO", 2019) == "0215"
    assert municipality_code("Frogn kommune", "NO", 2021) == "3022"
    assert municipality_code("Frogn kommune", "NO", 2023) == "3022"
    assert municipality_code("Frogn kommune", "NO", 2024) == "3214"
    assert municipality_code("FROGN KOMMUNE", "NO", None) == "3214"


def test_norwegian_mergers_and_splits() -> None:
    # Søgne, Songdalen and Kristiansand merged into 4204 Kristiansand in 2020.
    assert municipality_code("Søgne kommune", "NO", 2019) == "1018"
    assert municipality_code("Søgne kommune", "NO", 2020) is None
    assert municipality_code("Kristiansand kommune", "NO", 2019) == "1001"
    assert municipality_code("Kristiansand kommune", "NO", 2020) == "4204"
    # Ålesund took in Haram in 2020 and gave it back in 2024.
    assert municipality_code("Ålesund kommune", "NO", 2019) == "1504"
    assert municipality_code("Ålesund kommune", "NO", 2022) == "1507"
    assert municipality_code("Ålesund kommune", "NO", 2024) == "1508"
    assert municipality_code("Haram kommune", "NO", 2019) == "1534"
    assert municipality_code("Haram kommune", "NO", 2022) is None
    assert municipality_code("Haram kommune", "NO", 2024) == "1580"
    # Sandefjord, Andebu and Stokke merged in 2017.
    assert municipality_code("Sandefjord kommune", "NO", 2016) == "0706"
    assert municipality_code("Sandefjord kommune", "NO", 2017) == "0710"
    assert municipality_code("Sandefjord kommune", "NO", 2020) == "3804"
    assert municipality_code("Sandefjord kommune", "NO", 2024) == "3907"


def test_norwegian_shared_names_are_ambiguous_unless_a_county_is_given() -> None:
    assert municipality_code("Herøy kommune", "NO", 2015) is None
    assert municipality_code("Herøy kommune (Nordland)", "NO", 2015) == "1818"
    assert municipality_code("Herøy kommune, Møre og Romsdal", "NO", 2022) == "1515"
    assert municipality_code("Våler kommune", "NO", 2021) is None
    assert municipality_code("Våler kommune (Østfold)", "NO", 2021) == "3018"  # then in Viken
    assert municipality_code("Våler kommune, Hedmark", "NO", 2015) == "0426"
    assert municipality_code("Våler (Innlandet)", "NO", 2024) == "3419"
    # Bø existed in Nordland and Telemark until Bø (Telemark) merged in 2020.
    assert municipality_code("Bø kommune", "NO", 2015) is None
    assert municipality_code("Bø kommune (Telemark)", "NO", 2015) == "0821"
    assert municipality_code("Bø kommune", "NO", 2021) == "1867"
    assert municipality_code("Nes kommune", "NO", 2015) is None
    assert municipality_code("Os kommune", "NO", 2015) is None
    assert municipality_code("Sande kommune", "NO", 2015) is None


def test_norwegian_sami_forms_are_matched() -> None:
    assert municipality_code("Kautokeino kommune", "NO", 2010) == "2011"
    assert municipality_code("Guovdageaidnu kommune", "NO", 2024) == "5612"
    assert municipality_code("Trondheim kommune", "NO", 2023) == "5001"


def test_norwegian_table_is_consistent() -> None:
    rows = municipalities("NO")
    for year, expected in {2002: 434, 2012: 429, 2019: 422, 2020: 356, 2023: 356, 2024: 357}.items():
        codes = [m.code for m in rows if m.valid_in(year)]
        assert len(codes) == expected, year
        assert len(set(codes)) == expected, year
    # No code is in force twice in the same year.
    spans = Counter((m.code, y) for m in rows for y in range(2002, 2027) if m.valid_in(y))
    assert max(spans.values()) == 1


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("HEBY KOMMUN", "Heby kommun"),
        ("HELSINGBORGS STAD", "Helsingborgs stad"),
        ("UPPLANDS VÄSBY KOMMUN", "Upplands Väsby kommun"),
        ("MALUNG-SÄLENS KOMMUN", "Malung-Sälens kommun"),
        ("FROGN KOMMUNE", "Frogn kommune"),
        ("BORÅS STAD", "Borås stad"),
        ("REGION GOTLAND", "Region Gotland"),
        ("NORE OG UVDAL KOMMUNE", "Nore og Uvdal kommune"),
        ("NARNIA-BY KOMMUN", "Narnia-By kommun"),
    ],
)
def test_canonical_name(raw: str, expected: str) -> None:
    assert canonical_municipality_name(raw) == expected
def test_irregular_official_name_falu_kommun() -> None:
    from extractors.municipalities import municipality_code

    assert municipality_code("Falu kommun", "SE", 2016) == "2080"
