"""The labels table: every code of every taxonomy file, with a Russian label."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.analyst.labels import TAXONOMIES, label, labels_rows, labels_table
from pipeline.contract import SCHEMAS
from tests.storeutil import invoke

DATA = Path(__file__).resolve().parent.parent / "normalizers" / "data"

# the codes every labels table must hold (docs/dataset.md, Codes; read from the document, not from the program)
CONTRACT_CODES = {
    "channel": set("website social_network messenger online_service feedback_platform gosuslugi edms email "
                   "video_conference workstation mobile_app chatbot api online_survey phone personal_reception "
                   "written_mail internal_office request_log in_person info_stand offline_survey mfc other".split()),
    "needs": set("information status consultation forms submission result inspection_objects feedback "
                 "feedback_result other".split()),
    "direction": set("public_services support_measures control appeals information_access internal_hr "
                     "internal_it internal_accounting internal_admin other".split()),
    "point_type": {"digital", "offline"},
    "milestone": set("responsible_appointed model_approved subordinate_responsibles process_registry_procedure "
                     "process_registry journey_maps feedback_procedure satisfaction_by_group optimization_plans "
                     "hr_responsible hr_maturity_assessment hr_staff_assessment hr_improvement_plan "
                     "touchpoint_list segmentation satisfaction interaction_rules target_model reengineering_plan "
                     "reengineering other".split()),
    "list_kind": {"channel_digital", "channel_offline", "need", "direction", "column"},
    "client": {"external", "internal"},
}


def _yaml(name):
    return yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("taxonomy", TAXONOMIES)
def test_every_contract_code_has_one_nonempty_label(taxonomy):
    rows = [r for r in labels_rows() if r["taxonomy"] == taxonomy]
    assert {r["code"] for r in rows} == CONTRACT_CODES[taxonomy]
    assert len(rows) == len({r["code"] for r in rows}), "a code listed twice"
    assert all(isinstance(r["label_ru"], str) and r["label_ru"].strip() for r in rows)
    assert all(any("а" <= ch.lower() <= "я" for ch in r["label_ru"]) for r in rows), "labels are Russian"


@pytest.mark.parametrize("name,taxonomy", [("channel", "channel"), ("needs", "needs"), ("direction", "direction")])
def test_labels_are_the_vocabulary_files_labels(name, taxonomy):
    rows = {r["code"]: r for r in labels_rows() if r["taxonomy"] == taxonomy}
    for code, spec in _yaml(name)["codes"].items():
        assert rows[code]["label_ru"] == spec["label"]
        if name == "channel":
            assert rows[code]["point_type_expected"] == spec["point_type"]


def test_milestone_labels_come_from_milestones_yaml_in_template_order():
    specs = _yaml("milestones")["milestones"]
    rows = [r for r in labels_rows() if r["taxonomy"] == "milestone"]
    assert {r["code"]: r["label_ru"] for r in rows if r["code"] != "other"} == \
        {c: s["label"] for c, s in specs.items()}
    order = [r["code"] for r in rows]
    # the federal template: 1.1 first, 2.1 after the block-1 items, x.7 last before `other`
    assert order[0] == "responsible_appointed" and order[-2:] == ["reengineering", "other"]
    assert order.index("optimization_plans") < order.index("hr_responsible") < order.index("touchpoint_list")


def test_point_type_expected_only_for_channels():
    for r in labels_rows():
        if r["taxonomy"] == "channel" and r["code"] != "other":
            assert r["point_type_expected"] in ("digital", "offline")
        else:
            assert r["point_type_expected"] is None


def test_labels_table_has_the_contract_schema():
    t = labels_table()
    assert t.schema.equals(SCHEMAS["labels"])
    assert t.num_rows == len(labels_rows())


def test_label_api():
    assert label("gosuslugi") == _yaml("channel")["codes"]["gosuslugi"]["label"]
    assert label("other", taxonomy="milestone") != label("other", taxonomy="channel")
    with pytest.raises(KeyError, match="several taxonomies"):
        label("other")
    with pytest.raises(KeyError, match="unknown code"):
        label("no_such_code")
    with pytest.raises(KeyError, match="unknown taxonomy"):
        label("email", taxonomy="nope")


def test_label_command():
    res = invoke("label", "gosuslugi", "feedback_result")
    assert res.exit_code == 0
    assert label("gosuslugi") in res.output and label("feedback_result") in res.output
    assert "[digital]" in res.output.splitlines()[0]
    res = invoke("label", "-t", "milestone")
    assert res.exit_code == 0 and len(res.output.splitlines()) == len(CONTRACT_CODES["milestone"])
    res = invoke("label", "no_such_code")
    assert res.exit_code == 2 and "no_such_code" in res.output
