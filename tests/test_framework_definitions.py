"""The framework and language files: the loader checks every file and names the file and key
of what is wrong; a folder of definitions is chosen by KOMPASS_FRAMEWORKS / KOMPASS_LANGUAGES;
the shipped definitions are those docs/domain.md describes; revisions that overlap in years are
chosen by the report's year; the contract is extended for a framework outside its enum."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import jsonschema
import pytest

from curation import versions
from curation.charts import Axis, spider, totals_by_year
from extractors import frameworks as fw_module
from extractors.frameworks import (
    FRAMEWORKS_ENV,
    LANGUAGES_ENV,
    DefinitionError,
    load_frameworks,
    load_languages,
)
from extractors.report import choose_revision
from kompass import cli
from schemas.contract import check_record, contract_for, contract_path, contract_schema
from tests.framework_files import SHIPPED, TEN_AREAS, shipped, write
from tests.requirements import require

DOMAIN = Path(__file__).resolve().parents[2] / "shared" / "docs" / "domain.md"


def _load(folder: Path, languages: Path | None = None, monkeypatch=None):
    monkeypatch.setenv(FRAMEWORKS_ENV, str(folder))
    if languages is not None:
        monkeypatch.setenv(LANGUAGES_ENV, str(languages))
    return load_frameworks()


def _error(monkeypatch, frameworks: Path, languages: Path | None = None) -> DefinitionError:
    with pytest.raises(DefinitionError) as raised:
        _load(frameworks, languages, monkeypatch)
    return raised.value


# --- every file checked, errors name the file and the key ------------------------------

def _set(path: str, value):
    def change(data: dict) -> None:
        *parents, last = re.split(r"[.\[\]]+", path.strip("]"))
        target = data
        for p in parents:
            target = target[int(p)] if p.isdigit() else target[p]
        target[int(last) if last.isdigit() else last] = value
    return change


def _drop(key: str):
    return lambda data: data.pop(key)


def _drop_area_max(data: dict) -> None:
    data["areas"][4].pop("max")


BAD_FRAMEWORKS = [
    ("missing key", _drop("total_max"), "total_max", "missing"),
    ("wrong type", _set("first_year", "2021"), "first_year", "'2021' is not a whole number"),
    ("a flag for a number", _set("first_year", True), "first_year", "True is not a whole number"),
    ("wrong type in an area", _set("areas[0].name", 5), "areas[0].name", "5 is not a text"),
    ("wrong type in a list", _set("areas[0].spellings", ["Dialog", 3]), "areas[0].spellings[1]", "3 is not a text"),
    ("duplicate area numbers", _set("areas[3].number", 3), "areas[3].number", "area 3 is also areas[2]"),
    ("an area number missing", _set("areas[9].number", 11), "areas", "numbered 1 to 10"),
    ("duplicate area names", _set("areas[1].name", "Medborgardialog och delaktighet"), "areas[1].name",
     "is also the name of areas[0]"),
    ("maxima not adding up", _set("total_max", 800), "total_max", "800 is not the sum of the area maxima"),
    ("an area without a max", _drop_area_max, "areas[4].max", "missing"),
    ("unknown language", _set("language", "fi"), "language", "unknown language 'fi' (known: no, sv)"),
    ("unknown country", _set("country", "DK"), "country", "'DK' has no municipality reference table"),
    ("unknown key", _set("last_yaer", 2030), "last_yaer", "unknown key"),
    ("years the wrong way round", _set("last_year", 2019), "last_year", "2019 is before first_year 2021"),
    ("no publisher", _set("publishers", []), "publishers", "is empty"),
    ("a publisher's unknown key", _set("publishers[0].nmae", "SKR"), "publishers[0].nmae", "unknown key"),
    ("an id that is no name", _set("id", "Test 10"), "id", "use lower-case letters"),
]


@pytest.mark.parametrize("mutate,key,problem", [c[1:] for c in BAD_FRAMEWORKS], ids=[c[0] for c in BAD_FRAMEWORKS])
def test_a_bad_framework_file_is_refused_naming_file_and_key(tmp_path, monkeypatch, mutate, key, problem):
    data = copy.deepcopy(TEN_AREAS)
    mutate(data)
    path = write(tmp_path / "frameworks", data, "broken")
    error = _error(monkeypatch, path.parent)
    assert (error.file, error.key) == (str(path), key), str(error)
    assert problem in error.problem and str(error).startswith(f"{path}: {key}: ")


def test_a_file_that_is_no_toml_names_the_file(tmp_path, monkeypatch):
    folder = tmp_path / "frameworks"
    folder.mkdir()
    (folder / "broken.toml").write_text('id = "x"\nareas = [\n', encoding="utf-8")
    error = _error(monkeypatch, folder)
    assert error.file == str(folder / "broken.toml") and "not a valid TOML file" in str(error)


def test_two_files_of_one_id_and_two_revisions_of_one_start_are_refused(tmp_path, monkeypatch):
    folder = tmp_path / "twice"
    write(folder, TEN_AREAS, "a")
    write(folder, TEN_AREAS, "b")
    error = _error(monkeypatch, folder)
    assert (Path(error.file).name, error.key) == ("b.toml", "id") and "a.toml" in error.problem
    folder = tmp_path / "same-start"
    write(folder, TEN_AREAS)
    write(folder, {**TEN_AREAS, "id": "kommunkompassen-test10b"})
    error = _error(monkeypatch, folder)
    assert error.key == "first_year" and "could not choose between them" in error.problem


BAD_LANGUAGES = [
    ("missing key", lambda d: d.pop("tesseract"), "tesseract", "missing"),
    ("an empty list it needs", lambda d: d.update(total_row=[]), "total_row", "is empty"),
    ("a pattern that is no regular expression", lambda d: d.update(evaluation_ordinal_patterns=["(x"]),
     "evaluation_ordinal_patterns[0]", "not a regular expression"),
    ("a pattern without its group", lambda d: d.update(evaluation_ordinal_patterns=["kommunens (\\w+) gång"]),
     "evaluation_ordinal_patterns[0]", "(?P<ordinal>"),
    ("a month out of range", lambda d: d["months"].update(januari=13), "months.januari", "not a whole number 1-12"),
]


@pytest.mark.parametrize("mutate,key,problem", [c[1:] for c in BAD_LANGUAGES], ids=[c[0] for c in BAD_LANGUAGES])
def test_a_bad_language_file_is_refused_naming_file_and_key(tmp_path, monkeypatch, mutate, key, problem):
    languages = tmp_path / "languages"
    data = shipped("languages", "sv")
    mutate(data)
    path = write(languages, data, "sv")
    write(languages, shipped("languages", "no"), "no")
    error = _error(monkeypatch, SHIPPED / "frameworks", languages)
    assert (error.file, error.key) == (str(path), key) and problem in error.problem, str(error)


def test_a_missing_folder_names_the_variable(tmp_path, monkeypatch):
    error = _error(monkeypatch, tmp_path / "nowhere")
    assert error.file == str(tmp_path / "nowhere") and FRAMEWORKS_ENV in error.problem


def test_kompass_refuses_bad_definitions_in_one_line_before_reading_a_file(tmp_path, monkeypatch, capsys):
    data = {k: v for k, v in TEN_AREAS.items() if k != "total_max"}
    path = write(tmp_path / "frameworks", data)
    monkeypatch.setenv(FRAMEWORKS_ENV, str(path.parent))
    assert cli.main(["extract", str(tmp_path / "any.pdf")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and f"{path}: total_max: missing" in err


# --- the folder in use -----------------------------------------------------------------

def test_the_framework_folder_is_the_variables_and_decides_the_extractor_build(tmp_path, monkeypatch):
    shipped_ids = {f.id for f in load_frameworks()}
    shipped_build = versions.extractor_build()
    write(tmp_path / "frameworks", TEN_AREAS)
    loaded = _load(tmp_path / "frameworks", monkeypatch=monkeypatch)
    assert [f.id for f in loaded] == ["kommunkompassen-test10"]
    ten = loaded[0]
    assert ten.area_numbers == tuple(range(1, 11)) and [a.max for a in ten.areas][:3] == [60, 40, 50]
    assert ten.total_max == 500 and ten.language is load_languages()["sv"] and ten.last_year is None
    assert versions.extractor_build() != shipped_build  # a cached extraction under other definitions is stale
    monkeypatch.delenv(FRAMEWORKS_ENV)
    assert {f.id for f in load_frameworks()} == shipped_ids and versions.extractor_build() == shipped_build


def test_the_shipped_definitions_are_those_of_docs_domain_md():
    """docs/domain.md ("Framework versions") is the independent source: ids, countries, years
    where it gives them, and the canonical area names in order."""
    require(DOMAIN.exists(), f"the domain notes at {DOMAIN}")
    text = DOMAIN.read_text(encoding="utf-8")
    section = text.split("## Framework versions", 1)[1].split("\n## ", 1)[0]
    described = {}
    for item in re.split(r"\n- ", section):
        m = re.match(r"`(?P<id>[^`]+)` \((?P<facts>[^)]*)\): (?P<names>.*)", " ".join(item.split()))
        if m:
            names = m["names"].split(". ")[0].rstrip(".").split("; ")
            described[m["id"]] = (m["facts"], names)
    by_id = {f.id: f for f in load_frameworks()}
    assert set(by_id) == set(described)
    for framework_id, (facts, names) in described.items():
        fw = by_id[framework_id]
        assert [a.name for a in fw.areas] == names, framework_id
        assert facts.split(",")[0] == fw.country, framework_id
        if years := re.search(r"(\d{4})-(\d{4})", facts):
            assert (fw.first_year, fw.last_year) == (int(years[1]), int(years[2])), framework_id
        if revised := re.search(r"revised (\d{4})", facts):
            assert fw.first_year == int(revised[1]), framework_id


# --- overlapping revisions are chosen by their years ----------------------------------------

def test_overlapping_revisions_are_chosen_by_the_reports_year(tmp_path, monkeypatch):
    """One country and language, the same areas: a 2010-2019 revision, a 2015-2017 one inside it
    and one from 2018 on. The revision in force in the report's year wins; of two in force, the
    one that started last; a year no revision covers is refused (None)."""
    base = shipped("frameworks", "kommunkompassen-2010")
    folder = tmp_path / "frameworks"
    write(folder, base)
    write(folder, {**base, "id": "kommunkompassen-2015", "first_year": 2015, "last_year": 2017})
    later = {k: v for k, v in base.items() if k != "last_year"}
    write(folder, {**later, "id": "kommunkompassen-2018", "first_year": 2018})
    revisions = {f.id: f for f in _load(folder, monkeypatch=monkeypatch)}
    fits = [(f, 8) for f in revisions.values()]
    chosen = {year: getattr(choose_revision(fits, year), "id", None)
              for year in (2009, 2012, 2015, 2017, 2018, 2019, 2025)}
    assert chosen == {2009: None, 2012: "kommunkompassen-2010", 2015: "kommunkompassen-2015",
                      2017: "kommunkompassen-2015", 2018: "kommunkompassen-2018",
                      2019: "kommunkompassen-2018", 2025: "kommunkompassen-2018"}


def test_a_revision_that_renamed_an_area_is_chosen_by_year_but_no_other_language(monkeypatch):
    by_id = {f.id: f for f in load_frameworks()}
    old, new, norwegian = by_id["kommunkompassen-2010"], by_id["kommunkompassen-2020"], by_id["kommunekompasset-no"]
    # The old names fit best, but 2021 is the new revision's year (it renamed most areas here,
    # as one that renamed one area would fit 7 of 8).
    assert choose_revision([(old, 8), (new, 5)], 2021) is new
    # A Swedish report of 2021 in the old revision's words is not Norwegian for fitting 6 of 8.
    assert choose_revision([(old, 8), (norwegian, 6)], 2021) is None
    assert choose_revision([(old, 8), (norwegian, 6)], 2014) is old
    assert choose_revision([(old, 4), (new, 4)], 2021) is None  # no framework fits: too few areas named


# --- the contract, extended for a framework outside its enum --------------------------------

def _record(framework) -> dict:
    areas = [{"number": a.number, "name": a.name, "score": 10, "max": a.max, "subheadings": [],
              "questions": [{"id": f"{a.number}.1", "text": "?", "score": 10, "max": a.max, "percent": None}],
              "strengths": [], "improvements": []} for a in framework.areas]
    return {"source": {"file": "x.pdf", "sha256": "0" * 64, "pages": 30},
            "report": {"municipality": "Heby kommun", "municipality_code": "0331", "country": framework.country,
                       "year": 2022, "framework": framework.id, "language": framework.language.code,
                       "evaluation_period": None, "evaluators": [], "evaluation_number": None},
            "total": {"score": 10 * len(areas), "max": framework.total_max}, "areas": areas,
            "previous_results": [{"year": 2019, "area": len(areas), "score": 5}]}


def test_the_contract_is_extended_by_a_definition_outside_its_enum(tmp_path, monkeypatch):
    require(contract_path() is not None, "the contract extract.schema.json")
    shipped_2020 = {f.id: f for f in load_frameworks()}["kommunkompassen-2020"]
    assert contract_for(shipped_2020) == contract_schema()  # a framework the contract names: as published
    check_record(_record(shipped_2020))
    write(tmp_path / "frameworks", TEN_AREAS)
    ten = _load(tmp_path / "frameworks", monkeypatch=monkeypatch)[0]
    record = _record(ten)
    check_record(record)  # ten areas, area 10, question 10.1, framework outside the enum
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, contract_schema())  # the published contract alone refuses it
    for broken in (lambda r: r["areas"].pop(), lambda r: r["areas"][0]["questions"][0].update(id="11.1"),
                   lambda r: r["report"].update(country="XX")):
        bad = copy.deepcopy(record)
        broken(bad)
        with pytest.raises(jsonschema.ValidationError):
            check_record(bad)


# --- charts take their axes from the data --------------------------------------------------

def test_charts_take_their_axes_from_the_framework():
    import pandas as pd

    axes = [Axis(a["number"], a["name"], a["max"]) for a in TEN_AREAS["areas"]]
    svg = spider({n: 20 for n in range(1, 11)}, axes)
    assert svg.count("<line ") == 10 and ">10</text>" in svg and "Krisberedskap (max 40)" in svg
    reports = pd.DataFrame({"year": [2022, 2023], "total_score": [300, 410], "total_max": [500, 500]})
    svg = totals_by_year(reports)
    assert ">500</text>" in svg and ">125</text>" in svg and ">800<" not in svg


def test_module_loader_caches_per_folder(tmp_path, monkeypatch):
    write(tmp_path / "frameworks", TEN_AREAS)
    first = _load(tmp_path / "frameworks", monkeypatch=monkeypatch)
    assert _load(tmp_path / "frameworks", monkeypatch=monkeypatch) is first  # read once per folder
    assert fw_module.definition_dirs()[0] == (tmp_path / "frameworks").resolve()
