"""What changed between two releases: reports added, removed and changed, with the values."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pandas as pd
import pytest

from curation import publish
from curation.changes import release_changes, release_of
from curation.pipeline import RunSummary, build_dataset, publish_dataset
from tests.pipeline_support import record

pytest_plugins = ["tests.conftest_pipeline"]


def _publish(recs, raw: Path, curated: Path, frameworks) -> dict:
    publish_dataset(recs, raw, curated, frameworks, [], RunSummary("test"), force=False)
    return publish.read_manifest(curated)


def _ids(entries: list[dict]) -> list[str]:
    return [e["source_file"] for e in entries]


def test_two_publishes_record_added_removed_and_changed(_golden_files, frameworks, tmp_path):
    raw, curated = tmp_path / "raw", tmp_path / "curated"
    raw.mkdir()
    golden = copy.deepcopy(_golden_files)
    first = [record(golden[n]) for n in ("heby-2014", "frogn-2013", "vetlanda-2014", "hoganas-2012", "skovde-2022")]
    m1 = _publish(first, raw, curated, frameworks)
    c1 = m1["changes"]
    assert c1["against"] is None and (c1["removed"], c1["changed"]) == ([], [])
    assert sorted(_ids(c1["added"])) == ["frogn-2013.pdf", "heby-2014.pdf", "hoganas-2012.pdf",
                                         "skovde-2022.pdf", "vetlanda-2014.pdf"]
    release1 = publish.current_release(curated).name

    heby = copy.deepcopy(golden["heby-2014"])
    heby["report"]["evaluators"] = ["Leif Eldås", "Britt-Marie Hedlund"]
    old_strength = heby["areas"][0]["strengths"][0]
    heby["areas"][0]["strengths"][0] = "Kommunen har en tydlig plan för medborgardialog."
    hog = copy.deepcopy(golden["hoganas-2012"])
    hog["total"]["score"] += 3  # now quarantined: it leaves the published data
    skovde = copy.deepcopy(golden["skovde-2022"])  # a corrected PDF for Skövde 2022: new bytes, new name
    skovde["source"]["sha256"] = "ab" * 32
    skovde["source"]["file"] = "skovde-2022-rev.pdf"
    skovde["report"]["evaluation_period"] = "2021-09"
    second = [record(heby), record(golden["vetlanda-2014"]), record(hog), record(skovde),
              record(golden["borlange-2017"])]
    for rec in second:
        rec.extracted_at = "2026-02-01T00:00:00+00:00"  # extracted again
    m2 = _publish(second, raw, curated, frameworks)
    c2 = m2["changes"]
    json.dumps(c2)  # plain JSON values throughout

    assert c2["against"] == release1
    assert _ids(c2["added"]) == ["borlange-2017.pdf"]
    removed = {e["source_file"]: e["note"] for e in c2["removed"]}
    assert removed == {"frogn-2013.pdf": "no longer in the raw directory", "hoganas-2012.pdf": "now quarantined"}
    changed = {e["source_file"]: {c["field"]: (c["before"], c["after"]) for c in e["changes"]}
               for e in c2["changed"]}
    assert set(changed) == {"heby-2014.pdf", "skovde-2022-rev.pdf"}  # vetlanda is the same
    assert changed["heby-2014.pdf"] == {
        "evaluators": ("Leif Eldås; Britt-Marie Hedlund; Azadeh Pezeshk", "Leif Eldås; Britt-Marie Hedlund"),
        "area 1 strength 1": (old_strength, "Kommunen har en tydlig plan för medborgardialog.")}
    assert changed["skovde-2022-rev.pdf"] == {
        "report_id": (golden["skovde-2022"]["source"]["sha256"], "ab" * 32),
        "source_file": ("skovde-2022.pdf", "skovde-2022-rev.pdf"),
        "evaluation_period": ("2021-08", "2021-09")}

    html = (curated / "quality" / "index.html").read_text(encoding="utf-8")
    assert "<h2>What changed</h2>" in html and f"1 added, 2 removed, 2 changed (against release {release1})" in html
    assert "Kommunen har en tydlig plan för medborgardialog." in html and "now quarantined" in html


@pytest.fixture
def corpus_tables(_golden_files, frameworks, tmp_path):
    recs = [record(d) for d in copy.deepcopy(_golden_files).values()]
    return dict(build_dataset(recs, tmp_path, frameworks, []).tables.items())


def test_changed_scores_are_whole_numbers_before_and_after(corpus_tables, _golden_files):
    heby = _golden_files["heby-2014"]["source"]["sha256"]
    after = {k: v.copy() for k, v in corpus_tables.items()}
    areas = after["area_scores"]
    areas.loc[(areas["report_id"] == heby) & (areas["area"] == 1), "score"] = 56
    questions = after["question_scores"]
    questions.loc[(questions["report_id"] == heby) & (questions["question_id"] == "1.1"), "percent"] = pd.NA
    changes = release_changes(release_of(corpus_tables), release_of(after), "r1")
    assert [(e["municipality"], e["changes"]) for e in changes["changed"]] == [("Heby", [
        {"field": "area 1", "before": 55, "after": 56},
        {"field": "question 1.1 percent", "before": 45, "after": None}])]
    assert type(changes["changed"][0]["changes"][0]["before"]) is int


def test_an_older_release_layout_shows_no_false_changes(corpus_tables):
    """A release written before this layout: no previous_totals, previous_results with the earlier
    year in `year` and totals as rows with no area, scores as floats, evaluators as text."""
    before = {k: v.copy() for k, v in corpus_tables.items() if k != "previous_totals"}
    reports = before["reports"].drop(columns=["municipality_as_printed"])
    reports["evaluators"] = [None if e is None else "; ".join(e) for e in reports["evaluators"]]
    reports["total_score"] = reports["total_score"].astype("Float64")
    before["reports"] = reports
    before["area_scores"]["score"] = before["area_scores"]["score"].astype("Float64")
    prev = corpus_tables["previous_results"]
    before["previous_results"] = pd.DataFrame({"report_id": prev["report_id"], "year": prev["earlier_year"],
                                               "area": prev["area"], "score": prev["score"].astype(float)})
    changes = release_changes(release_of(before), release_of(corpus_tables), "old")
    assert (changes["added"], changes["removed"], changes["changed"]) == ([], [], [])


def test_a_new_dataset_layout_is_published_again_with_no_changes(_golden_files, frameworks, tmp_path,
                                                                  monkeypatch):
    import curation.versions

    raw, curated = tmp_path / "raw", tmp_path / "curated"
    raw.mkdir()
    recs = [record(copy.deepcopy(_golden_files["heby-2014"]))]
    _publish(recs, raw, curated, frameworks)
    first = publish.current_release(curated).name
    again = RunSummary("test")
    publish_dataset(recs, raw, curated, frameworks, [], again, force=False)
    assert not again.published  # same inputs, same layout: nothing to publish
    # The data dictionary is part of the schema build (curation.versions): another layout, another build.
    monkeypatch.setattr(curation.versions, "schema_build", lambda: "another layout")
    upgraded = RunSummary("test")
    publish_dataset(recs, raw, curated, frameworks, [], upgraded, force=False)
    assert upgraded.published
    changes = publish.read_manifest(curated)["changes"]
    assert changes["against"] == first and (changes["added"], changes["removed"], changes["changed"]) == ([], [], [])


def test_quality_report_lists_changed_values_up_to_a_bound():
    from curation.quality_report import MAX_CHANGED_VALUES, changes_section

    many = [{"field": f"area 1 strength {i}", "before": "a", "after": "b"} for i in range(MAX_CHANGED_VALUES + 7)]
    changes = {"against": "r1", "added": [], "removed": [], "changed": [
        {"report_id": "d" * 64, "municipality_code": "0331", "municipality": "Heby", "year": 2014,
         "source_file": "heby-2014.pdf", "changes": many}]}
    html = changes_section(changes)
    assert html.count("<td>heby-2014.pdf</td>") == MAX_CHANGED_VALUES
    assert "7 more changed values in manifest.json" in html
    assert "no record of changes" in changes_section(None)
