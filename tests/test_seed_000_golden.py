"""Seed 000 row by row against the golden file written by reading the seed."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden" / "000_touchpoints.tsv"


def _golden():
    lines = [l for l in GOLDEN.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    return [dict(zip(["line", "group", "direction", "process", "channel", "point_type", "needs"], row))
            for row in csv.reader(lines, delimiter="\t")]


@pytest.fixture(scope="module")
def rows(seed_result):
    return seed_result("000").touchpoints


def test_row_count_in_range(rows):
    assert 100 <= len(rows) <= 103


def test_matches_golden_row_by_row(rows):
    golden = _golden()
    assert [r["source_row"] for r in rows] == [int(g["line"]) for g in golden]
    for r, g in zip(rows, golden):
        got = (r["group_no"], r["direction"], r["channel"], r["point_type"], ",".join(r["needs"]))
        want = (g["group"], g["direction"], g["channel"], g["point_type"], g["needs"])
        assert got == want, f"line {g['line']}: {r['touchpoint_raw']!r}"
        assert r["process"].startswith(g["process"]), f"line {g['line']}: {r['process']!r}"


def test_no_other_channel_or_direction(rows):
    assert not [r for r in rows if r["channel"] == "other"]
    assert not [r for r in rows if r["direction"] == "other"]


def test_rows_under_displaced_support_heading_are_support_measures(rows):
    support = [r for r in rows if 42 <= r["source_row"] <= 65]
    assert support and all(r["direction"] == "support_measures" for r in support)
    assert all(r["direction_raw"] == "Предоставление мер государственной поддержки" for r in support)


def test_process_cut_by_page_break_is_joined(rows):
    first = next(r for r in rows if r["source_row"] == 42)
    cont = next(r for r in rows if r["source_row"] == 48)
    assert first["process"] == cont["process"]
    assert "Общероссийских общественных организации художников" in first["process"]
    assert first["process"].endswith("оказавшимся в трудной жизненной ситуации")


def test_phone_marked_digital_keeps_digital_and_expects_offline(rows):
    phone = next(r for r in rows if r["source_row"] == 35)
    assert (phone["channel"], phone["point_type"], phone["point_type_expected"]) == ("phone", "digital", "offline")


def test_truncated_point_type_is_still_digital(rows):
    r = next(r for r in rows if r["source_row"] == 132)
    assert (r["point_type_raw"], r["point_type"]) == ("Цифровая", "digital")


def test_channel_detail_and_client(rows):
    r = next(r for r in rows if r["source_row"] == 40)
    assert r["channel_detail"] == "mincult-kuzbass@ako.ru; attestazia.cro@mail.ru"
    assert {r["client"] for r in rows if r["direction"].startswith("internal_")} == {"internal"}
    assert {r["client"] for r in rows if not r["direction"].startswith("internal_")} == {"external"}


def test_empty_touchpoint_rows_join_needs_above(rows):
    r = next(r for r in rows if r["source_row"] == 91)          # + line 92 "Запись на личный прием"
    assert r["interaction_raw"].endswith("Запись на личный прием")
