"""The deadline wordings of regional roadmaps (tests/data/deadline_wordings.tsv: each with the value the
contract demands, written from CONTRACT.md §3) read by the deadline reader, and sent to review exactly
where the table says."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from normalizers.deadlines import parse_deadline
from pipeline.run.normalize import roadmap_review

TABLE = Path(__file__).resolve().parent / "data" / "deadline_wordings.tsv"


def _rows() -> list[dict]:
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


def _year(cell: str) -> int | None:
    return int(cell) if cell else None


def test_the_table_covers_every_family_the_task_names():
    families = {r["family"] for r in ROWS}
    assert {"range_years", "half_year", "end_of_year", "season", "school_year", "month", "numeric", "ocr",
            "relative", "periodic"} <= families
    assert all(r["review"] in ("yes", "no") and r["why"] for r in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['family']}:{r['raw']}")
def test_each_wording_gives_the_contracts_value(row):
    d = parse_deadline(row["raw"], _year(row["act_year"]), _year(row["group_year"]))
    want = None if row["deadline"] == "none" else date.fromisoformat(row["deadline"])
    assert (d.date, d.kind) == (want, row["kind"])
    assert not d.not_applicable


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['family']}:{r['raw']}")
def test_review_asks_exactly_where_the_table_says(row):
    d = parse_deadline(row["raw"], _year(row["act_year"]), _year(row["group_year"]))
    coded = {"item_no": "1.1", "deadline_raw": row["raw"], "deadline": d.date, "is_section": False,
             "not_applicable": False}
    asked = [r["text_raw"] for r in roadmap_review("doc", [coded])]
    assert asked == ([row["raw"]] if row["review"] == "yes" else [])


def test_the_hostile_inputs_of_the_benchmark_read_as_their_words():
    """benchmarks/bench_hostile_inputs.py times these (linear); here what they read as."""
    spaces = " " * 20_000
    got = [(d.date, d.kind) for d in (parse_deadline("весенне-летний" + spaces + "период 2025"),
                                      parse_deadline("2025/" + spaces + "2026 учебный год"),
                                      parse_deadline("до конца" + spaces + "текущего года", None, 2025),
                                      parse_deadline("весна лето осень " * 3000 + "2025"))]
    assert got == [(date(2025, 8, 31), "season"), (date(2026, 8, 31), "school_year"), (date(2025, 12, 31), "year"),
                   (date(2025, 11, 30), "season")]
    d = parse_deadline("1О" * 20_000 + " 2О25")
    assert (d.date, d.repaired) == (date(2025, 12, 31), True)
    assert parse_deadline("15.03 " * 5000, None, 2025).date == date(2025, 3, 15)
    from textcore.dates import periods
    dashed = periods(" ".join(["30-06-2025", "2025-06-30"] * 1000))
    assert len(dashed) == 2000 and {(p.kind, p.last) for p in dashed} == {("date", date(2025, 6, 30))}


def test_an_activity_with_a_relative_terms_words_is_no_deadline_cell():
    """Headerless tables guess a column's role by what its cells read as: a relative term's words
    («по результатам», «согласно») stand in activities too, so only dated and recurring terms count."""
    from pipeline.run.content_cells import _deadline
    assert not _deadline("Проведение опроса по результатам рассмотрения обращений")
    assert not _deadline("Актуализация перечня согласно методическим рекомендациям")
    assert _deadline("до 01.07.2025") and _deadline("ежеквартально")


def test_thousands_of_years_before_month_ranges_each_read():
    """rev14h: the input of bench_hostile_inputs' «month ranges» case (its time is the bench's): each May–June 2025."""
    from datetime import date
    from textcore.dates import periods
    got = periods("2025 г., май – июнь; " * 200)
    assert len(got) == 200 and {(p.kind, p.first, p.last) for p in got} == {("month", date(2025, 5, 1), date(2025, 6, 30))}
