"""Unit tests of the small pure pieces on crafted input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.cover import evaluation_number, evaluation_period, evaluator_names, unnamed_words
from extractors.frameworks import framework_by_id, load_frameworks, load_languages
from extractors.items import split_items
from extractors.layout import Line
from extractors.matching import match_area
from extractors.model import Word
from extractors.report import hyphen_rules
from extractors.text import Joined, clean, join_lines, join_text, parse_number, parse_percent

SV, NO = load_languages()["sv"], load_languages()["no"]
FW2010 = framework_by_id("kommunkompassen-2010")


SV_HYPHENS = hyphen_rules([], SV)
NO_HYPHENS = hyphen_rules([], NO)


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["de över-", "gripande visionen"], "de övergripande visionen"),
        (["Kommunens mål-", "och resultatstyrning"], "Kommunens mål- och resultatstyrning"),
        (["medborgar-", "och brukarorientering"], "medborgar- och brukarorientering"),
        (["kultur-, fritids-", "och idrottsfrågor"], "kultur-, fritids- och idrottsfrågor"),
        (["utveckla IT-", "stödet"], "utveckla IT-stödet"),
        (["Inför e-", "förslag"], "Inför e-förslag"),
        (["fler e-", "tjänster."], "fler e-tjänster."),
        (["ett nytt it-", "system"], "ett nytt it-system"),
        (["inom SKL-", "nätverket"], "inom SKL-nätverket"),
        (["sända KF-", "sammanträden via webb-", "tv"], "sända KF-sammanträden via webb-tv"),
        (["i GDPR-", "arbetet"], "i GDPR-arbetet"),
        (["covid-", "19"], "covid-19"),
        (["KOSTRA-", "tal"], "KOSTRA-tal"),
        (["Stockholm-", "Mälardalen"], "Stockholm-Mälardalen"),
        (["utvär-", "deringen"], "utvärderingen"),
        (["Kommun-", "fullmäktige"], "Kommunfullmäktige"),
        (["Se över hur", "synpunkter sammanställs"], "Se över hur synpunkter sammanställs"),
        (["Etik – motverkan", "av korruption"], "Etik – motverkan av korruption"),
        (["Etik -", "hur hantera"], "Etik - hur hantera"),
        (["kvalitets-/", "verksamhetsutveckling"], "kvalitets-/verksamhetsutveckling"),
        (["brukare/", "medborgare"], "brukare/medborgare"),
        (["arbetar en-", "samt"], "arbetar ensamt"),  # a word whose second part is a conjunction
        (["mjuk\u00ad", "varan"], "mjukvaran"),  # a soft hyphen is always the typesetter's break
    ],
)
def test_join_lines_keeps_real_hyphens_and_undoes_line_breaks(lines, joined) -> None:
    assert join_lines(lines, SV_HYPHENS) == joined


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["i e-", "helse"], "i e-helse"),
        (["helse-", "og omsorgstjenester"], "helse- og omsorgstjenester"),
        (["gjennom KS-", "nettverk"], "gjennom KS-nettverk"),
        (["IKT-", "støtte"], "IKT-støtte"),
        (["velferds-", "tjenester"], "velferdstjenester"),
    ],
)
def test_norwegian_line_end_hyphens(lines, joined) -> None:
    assert join_lines(lines, NO_HYPHENS) == joined


def test_the_documents_own_spelling_settles_a_break_inside_a_word_and_tips_a_compound() -> None:
    page = [_slice("Se servicedeklarationerna och samhälls-spaning", 100)]
    rules = hyphen_rules(page, SV)
    # "servicedeklaratio-" is no word: only a line break leaves it, and the report prints the whole word.
    assert join_text(["i servicedeklaratio-", "nerna"], rules) == Joined("i servicedeklarationerna")
    # "samhälls-" + "spaning" joins two words: the report may print it both ways, so it stays flagged.
    assert join_text(["genom samhälls-", "spaning"], rules) == Joined("genom samhälls-spaning", ("samhälls-|spaning",))


def test_an_undecided_hyphen_is_reported_and_read_by_how_the_report_is_set() -> None:
    # A report set without automatic hyphenation breaks lines only after real hyphens.
    joined = join_text(["inför kvalitets-", "arbetsgrupperna"], SV_HYPHENS)
    assert joined == Joined("inför kvalitets-arbetsgrupperna", ("kvalitets-|arbetsgrupperna",))
    # One that breaks words elsewhere ("utvär-", "uppfölj-") most likely broke this one too.
    hyphenating = hyphen_rules([_slice("en utvär- och uppfölj- text", 100)], SV)
    assert hyphenating.hyphenates and not SV_HYPHENS.hyphenates
    assert join_text(["inför kvalitets-", "arbetsgrupperna"], hyphenating) == Joined(
        "inför kvalitetsarbetsgrupperna", ("kvalitets-|arbetsgrupperna",))
    assert join_text(["e-helse-", "samarbeid"], NO_HYPHENS) == Joined("e-helse-samarbeid", ("e-helse-|samarbeid",))
    # An acronym broken by the line, or two joined: undecided, read by how the report is set.
    assert join_text(["bruk av KOST-", "RA-tall"], NO_HYPHENS) == Joined("bruk av KOST-RA-tall", ("KOST-|RA-tall",))
    # A slash inside the compound does not hide the word the line broke ("en-" + "heter").
    assert join_text(["arbetsgrupper/en-", "heter/personer"], SV_HYPHENS).text == "arbetsgrupper/enheter/personer"


def test_clean_maps_ligatures_and_odd_spaces() -> None:
    assert clean("\ufb01nns\u00a0") == "finns"


@pytest.mark.parametrize(("token", "value"), [("7", 7), ("4,5", 4.5), ("4.5", 4.5), ("–", None), ("45%", None), ("", None)])
def test_parse_number(token, value) -> None:
    assert parse_number(token) == value


@pytest.mark.parametrize(("token", "value"), [("45%", 45), ("45 %", 45), ("4,5%", 4.5), ("%", None), ("45", None)])
def test_parse_percent(token, value) -> None:
    assert parse_percent(token) == value


@given(st.text(max_size=12))
def test_number_parsers_never_crash(token: str) -> None:
    for parse in (parse_number, parse_percent):
        result = parse(token)
        assert result is None or isinstance(result, (int, float))


@pytest.mark.parametrize(
    ("lines", "names"),
    [
        (["Leif Eldås och Britt-Marie Hedlund SKL", "Azadeh Pezeshk Praktikant"], ["Leif Eldås", "Britt-Marie Hedlund", "Azadeh Pezeshk"]),
        (["Henrik Strandberg, SKL", "Håkan Nyström, SKL"], ["Henrik Strandberg", "Håkan Nyström"]),
        (["Utvärderare: Jenny Söderlund, Sara Eldås och Maria Gustafsson"], ["Jenny Söderlund", "Sara Eldås", "Maria Gustafsson"]),
        (["Anna Karin Svensson och Per Olsson"], ["Anna Karin Svensson", "Per Olsson"]),
        # Initials keep their period; "J.M." is a person's, not an organisation like "SKL".
        (["J. Magnus Hedlund och Anna K. Berg, SKL"], ["J. Magnus Hedlund", "Anna K. Berg"]),
        (["Per-Olof J.M. Nilsson, Praktikant"], ["Per-Olof J.M. Nilsson"]),
        # OCR misread a letter of the label or lost its colon: still a label, not a first name.
        (["Utvårderare Leif Söderlund", "Britt-Marie Sjöberg"], ["Leif Söderlund", "Britt-Marie Sjöberg"]),
        (["Utvärderare:Leif Eldås, Utredaren"], ["Leif Eldås"]),
    ],
)
def test_evaluator_names_keep_people_only(lines, names) -> None:
    assert evaluator_names(lines, SV) == names


def test_a_word_in_small_letters_on_an_evaluator_line_is_no_name_and_is_named() -> None:
    """Fax 44007000: "Jenny nediund, KR" for "Jenny Hedlund, SKR": "Jenny" alone was dropped as a
    lone word, and the report published two evaluators of three, silently."""
    lines = ["Jenny nediund, KR", "Lars Lindqvist, SKR"]
    assert evaluator_names(lines, SV) == ["Lars Lindqvist"] and unnamed_words(lines, SV) == ["nediund"]
    assert unnamed_words(["Utvärderare: Leif Eldås och Britt-Marie Hedlund, SKL", "Azadeh Pezeshk Praktikant"], SV) == []


def test_norwegian_evaluators() -> None:
    assert evaluator_names(["Gunn Bråten, Ingrid Larsen og Åse Moen KS"], NO) == ["Gunn Bråten", "Ingrid Larsen", "Åse Moen"]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Utvärderingen av Heby kommun genomfördes  i april 2013. Som underlag", "2013-04"),
        ("Utvärderingen av Luleå kommun genomfördes hösten 2010.", "2010"),
        ("genomfördes under september  2016.", "2016-09"),
        ("Utvärderingen genomfördes. Tidigare utvärderingar", None),
    ],
)
def test_evaluation_period(text, period) -> None:
    assert evaluation_period(text, SV) == period


def test_evaluation_period_norwegian() -> None:
    assert evaluation_period("Evalueringen av Frogn kommune ble gjennomført i november 2012.", NO) == "2012-11"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Det är kommunens första utvärdering.", 1),
        ("Det är kommunens tredje utvärdering. Tidigare utvärderingar genomfördes 2010 och 2012.", 3),
        ("Det är första gången kommunen utvärderas med Kommunkompassen.", 1),
        ("Tidigare utvärderingar genomfördes 2010 och 2012.", None),
    ],
)
def test_evaluation_number_only_when_stated(text, number) -> None:
    assert evaluation_number(text, SV) == number


@pytest.mark.parametrize(
    ("label", "area"),
    [
        ("1. Offentlighet och demokrati", 1),
        ("Kommun som samhällsbyggare", 8),
        ("6. Kommunen som arbetsgivare personalpolitik", 6),
        ("Offentlighet och demokrati", 1),
        ("2. Offentlighet och demokrati", None),  # number and name disagree
        ("Område 1 Offentlighet och demokrati", None),  # a heading, not a table label
        ("Tabell 1 Politisk styrning av verksamhet och ekonomi", None),
    ],
)
def test_match_area(label, area) -> None:
    assert match_area(label, FW2010) == area


def test_every_shipped_framework_has_eight_areas_of_100_and_known_language() -> None:
    frameworks = load_frameworks()
    assert {f.id for f in frameworks} == {"kommunkompassen-2010", "kommunkompassen-2020", "kommunekompasset-no"}
    for fw in frameworks:
        assert [a.number for a in fw.areas] == list(range(1, 9))
        assert {a.max for a in fw.areas} == {100} and fw.total_max == 800
        assert fw.language is load_languages()[fw.language.code]


def _slice(text: str, top: float, x0: float = 70, page: int = 1) -> Line:
    words, x = [], x0
    for token in text.split():
        words.append(Word(token, x, top, x + 6 * len(token), top + 10, page, 10))
        x += 6 * len(token) + 3
    return Line(page, tuple(words))


def test_split_items_with_bullet_glyphs_and_a_page_break() -> None:
    slices = [
        _slice("• Första punkten", 100),
        _slice("• Andra punkten som fortsätter och blir för lång för över-", 112),
        _slice("gripande rader", 60, x0=82, page=2),
        _slice("• Tredje", 72, page=2),
    ]
    items = split_items(slices, SV_HYPHENS)
    assert [i.text for i in items] == ["Första punkten", "Andra punkten som fortsätter och blir för lång för övergripande rader", "Tredje"]
    assert [i.page for i in items] == [1, 1, 2]


def test_split_items_without_glyphs_uses_wrapping() -> None:
    # Column right edge at 300: a line that stops short was not wrapped.
    slices = [_slice("Kort punkt", 100), _slice("Nästa punkt", 114), _slice("fortsättning i gemener", 127)]
    assert [i.text for i in split_items(slices, SV_HYPHENS, right=300)] == ["Kort punkt", "Nästa punkt fortsättning i gemener"]


def test_question_texts_keep_the_hyphens_of_the_frameworks_standard_wording() -> None:
    """'omvärlds-spaning' is the 2010 framework's question 7.3 wording; a finding may write it closed."""
    from extractors.areas import AreaSection
    from extractors.questions import Question, ScoreTable
    from extractors.selfcheck import text_fields

    hyphenating = hyphen_rules([_slice("en utvär- och uppfölj- text", 100)], SV)
    question = Question("7.3", ["Hur sker lärande genom omvärlds-", "spaning och samverkan?"], page=28)
    finding = split_items([_slice("• Aktiv omvärlds-", 100), _slice("spaning i nätverk", 112, x0=82)], hyphenating)
    section = AreaSection(7, 20, 0, 1, 2, strengths=finding)
    fields = {f.label: (f.text, f.uncertain)
              for f in text_fields({7: section}, {7: ScoreTable(7, 28, [question])}, hyphenating, SV)}
    assert fields["question 7.3"] == ("Hur sker lärande genom omvärlds-spaning och samverkan?", ())
    assert fields["area 7, strength 1"] == ("Aktiv omvärldsspaning i nätverk", ("omvärlds-|spaning",))
