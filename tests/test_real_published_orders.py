"""Real published orders of other regions (tests/data/real_orders/) through the real CLI, whole.

The tune half is run as a user runs the program (`benchmarks/eval_real_orders.py`: a scratch raw
folder, `rebuild --no-cache --json`) and checked for what must hold whatever the readers' next
change: every file read, none failed, the status and kinds its gold states, the gold's rows found
(at least a floor of them), and no rows in a table its gold leaves empty.  The held-out half is
only checked for its form (it is run for aggregate figures).  The scorer itself is checked on
small tables whose right answer is plain.
"""
from __future__ import annotations

import zlib

import pandas as pd
import pytest

from benchmarks import eval_real_orders as ev

SEED_REGIONS = ("Кузбасс", "Курская", "Новосибирская", "Калининградская")
# Share of the gold's touchpoint rows / roadmap items / procedure items that must be found.  Not yet
# measured on rows: the tune half's texts (page openings, see SOURCES.md) hold none; a text with
# rows added to the half is measured first and the floor set from that measurement.
FOUND_FLOOR = 0.8


def test_halves_follow_the_fixed_rule_and_leave_out_the_seeds_regions():
    regions = set()
    for half in ("tune", "heldout"):
        for path, gold in ev.documents(half):
            assert ("tune" if zlib.crc32(path.name.encode()) % 2 == 0 else "heldout") == half, path.name
            assert gold["status"] in ("ok", "partial", "failed")
            assert gold.get("source") or gold.get("act"), f"{path.name}: no address and no act named"
            assert not any(s in gold["region"] for s in SEED_REGIONS)
            regions.add(gold["region"])
    assert len(regions) >= 2


@pytest.fixture(scope="module")
def tune_run():
    return ev.evaluate("tune", show=False)


def test_tune_half_every_file_read_none_failed(tune_run):
    assert tune_run["files"] >= 1
    assert tune_run["read"] == tune_run["files"] and tune_run["failed"] == 0
    assert tune_run["exit_status"] == 0
    assert tune_run["status_right"] == tune_run["files"] and tune_run["kinds_right"] == tune_run["files"]


def test_tune_half_nothing_invented_and_gold_rows_found(tune_run):
    assert not any(tune_run["invented"].values()), tune_run["invented"]
    for key in ("touch_found", "road_found"):
        assert tune_run[key] is None or tune_run[key] >= FOUND_FLOOR, (key, tune_run[key])
    for key, v in tune_run.items():
        if key.startswith("proc_"):
            assert v["R"] >= FOUND_FLOOR, (key, v)


# --- the scorer on small tables -------------------------------------------------------------

def _out(touch=(), road=(), proc=()) -> dict[str, pd.DataFrame]:
    cols = {"touchpoints": ["doc_id", "row_id", "touchpoint_raw", "channel", "direction", "point_type", "needs"],
            "roadmap": ["doc_id", "is_section", "activity", "deadline", "responsible_names", "milestone"],
            "procedure_items": ["doc_id", "list_kind", "code"]}
    return {t: pd.DataFrame(list(rows), columns=cols[t]) for t, rows in
            (("touchpoints", touch), ("roadmap", road), ("procedure_items", proc))}


DOC = pd.Series({"doc_id": "d1", "status": "ok", "kinds": ["touchpoint_list"]})
GOLD = {"status": "ok", "kinds": ["touchpoint_list"], "roadmap": [], "procedure_items": [],
        "touchpoints": [{"touchpoint": "Официальный сайт министерства", "channel": "website", "point_type": "digital",
                         "needs": ["information"], "direction": "public_services"},
                        {"touchpoint": "Телефон горячей линии", "channel": "phone", "point_type": "offline",
                         "needs": ["consultation"], "direction": "public_services"}]}


def test_scorer_counts_rows_found_and_fields_right():
    out = _out(touch=[("d1", 1, "Официальный сайт министерства", "website", "public_services", "digital", ["information"]),
                      ("d1", 2, "Телефон горячей линии", "phone", "appeals", "offline", ["consultation"])])
    s = ev.summarise([ev.score_file(GOLD, DOC, out)])
    assert s["touch_found"] == 1.0 and s["touch_channel"] == 1.0
    assert s["touch_direction"] == 0.5 and s["touch_all"] == 0.5
    assert s["invented"] == {"touchpoints": 0, "roadmap": 0, "procedure_items": 0}


def test_scorer_counts_a_missed_row_and_rows_invented_in_an_empty_table():
    out = _out(touch=[("d1", 1, "Официальный сайт министерства", "website", "public_services", "digital", ["information"])],
               proc=[("d1", "need", "information"), ("d2", "need", "result")])
    s = ev.summarise([ev.score_file(GOLD, DOC, out)])
    assert s["touch_found"] == 0.5
    assert s["invented"]["procedure_items"] == 1          # d2's row is another document's


def test_scorer_reads_roadmap_deadline_and_responsible():
    gold = {"status": "ok", "kinds": ["roadmap"], "touchpoints": [], "procedure_items": [],
            "roadmap": [{"activity": "Утверждение перечня точек взаимодействия", "deadline": "2024-03-31",
                         "names": ["Иванова И.И."]},
                        {"activity": "Проведение опроса клиентов", "deadline": "2024-12-31", "names": []}]}
    out = _out(road=[("d1", False, "Утверждение перечня точек взаимодействия", pd.Timestamp("2024-03-31"),
                      ["Иванова И.И."], "touchpoint_list"),
                     ("d1", False, "Проведение опроса клиентов", pd.Timestamp("2024-06-30"), [], "satisfaction")])
    s = ev.summarise([ev.score_file(gold, DOC, out)])
    assert s["road_found"] == 1.0 and s["road_deadline"] == 0.5 and s["road_responsible"] == 1.0


def test_scorer_a_file_not_read_counts_against_every_figure():
    rec = ev.score_file(GOLD, None, _out())
    s = ev.summarise([rec])
    assert s["read"] == 0 and s["status_right"] == 0 and s["touch_found"] == 0.0
