"""The overrides file's workbench sections (docs/overrides.md): validated like the
phrase sections, bare values for the pipeline, and applied to a document's rows."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pipeline.run import overrides as ovr
from pipeline.run.corrections import correct

DOC = "ab" * 32


@pytest.mark.parametrize("bad, why", [
    ({"documents": {DOC: {"colour": "red"}}}, "unknown document field"),
    ({"documents": {DOC: {"order_date": "31.12.2024"}}}, "not a date"),
    ({"documents": {DOC: {"region": "Атлантида"}}}, "unknown region"),
    ({"documents": {DOC: {"kinds": ["novel"]}}}, "kinds must be"),
    ({"exclude": {DOC: [{"table": "touchpoints"}]}}, "needs table"),
    ({"exclude": {DOC: [{"table": "labels", "row": 1}]}}, "needs table"),
    ({"milestone": {"Утверждение модели": {"code": "no_such", "at": "x"}}}, "unknown code"),
    ({"point_type": {"Смешанная": "hybrid"}}, "unknown code"),
])
def test_bad_entries_are_refused(bad, why):
    with pytest.raises(ovr.OverridesError, match=why):
        ovr.validate(bad)


def test_values_with_when_and_was_load_bare():
    got = ovr.validate({"channel": {"Сайт": {"code": "website", "at": "2026-01-01T00:00:00+00:00", "was": "other"}},
                        "documents": {DOC: {"order_number": {"value": "5", "at": "…"}, "region": "RU-KEM"}}})
    assert got["channel"] == {"Сайт": "website"}
    assert got["documents"][DOC] == {"order_number": "5", "region": "RU-KEM"}
    # when a correction was made is not part of what it says: the version stays
    same = ovr.validate({"channel": {"Сайт": "website"}, "documents": {DOC: {"order_number": "5", "region": "RU-KEM"}}})
    assert ovr.digest(got) == ovr.digest(same)


@dataclasses.dataclass(frozen=True)
class _Result:
    document: dict
    touchpoints: list
    roadmap: list
    procedure_items: list


def test_corrections_act_on_the_rows():
    result = _Result(
        {"doc_id": DOC, "order_number": None, "order_date": None, "region": None, "region_code": None,
         "n_touchpoints": 3, "n_roadmap_items": 1, "n_procedure_items": 0},
        [{"row_id": i, "touchpoint_raw": t, "point_type_raw": "Смешанная точка", "point_type": None}
         for i, t in ((1, "Сайт"), (2, "Итого"), (3, "Телефон"))],
        [{"activity": "Утверждение модели", "is_section": False, "milestone": "other"}], [])
    mapping = ovr.validate({
        "documents": {DOC: {"order_number": "77", "order_date": "2024-02-01", "region": "RU-KEM"}},
        "exclude": {DOC: [{"table": "touchpoints", "row": 2, "text": "итого"},
                          {"table": "touchpoints", "row": 3, "text": "Сайт"}]},   # row 3 holds other text: kept
        "point_type": {"смешанная точка": "digital"},
        "milestone": {"Утверждение модели.": "model_approved"}})
    got = correct(result, mapping)
    assert [r["row_id"] for r in got.touchpoints] == [1, 3]
    assert got.document["n_touchpoints"] == 2
    assert {r["point_type"] for r in got.touchpoints} == {"digital"}
    assert got.roadmap[0]["milestone"] == "model_approved"
    assert got.document["order_number"] == "77" and got.document["order_date"] == dt.date(2024, 2, 1)
    assert got.document["region_code"] == "RU-KEM" and got.document["region"].startswith("Кемеровская")
    assert correct(result, {}) is result
