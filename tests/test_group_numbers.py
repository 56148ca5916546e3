"""Group numbers a list leaves out (parsers/extract/group_numbers.py): a run of one direction with
no number takes the number between its numbered neighbours'; thousands of runs with none are
read in linear time (the time ratio is benchmarks/bench_hostile_inputs.py's: no timed assertion)."""
from __future__ import annotations

from types import SimpleNamespace

from parsers.extract.group_numbers import infer_group_numbers


def _numbers(runs: list[tuple[str, str | None]]) -> list[str | None]:
    records = [SimpleNamespace(direction_raw=d, group_no=g) for d, g in runs]
    infer_group_numbers(records)
    return [r.group_no for r in records]


def test_a_run_between_two_numbered_runs_takes_the_number_between():
    assert _numbers([("а", "1."), ("б", None), ("б", None), ("в", "3")]) == ["1.", "2", "2", "3"]
    assert _numbers([("а", "1"), ("б", None), ("в", None), ("г", "4")]) == ["1", "2", "3", "4"]
    # a gap that does not fit the runs between is left alone
    assert _numbers([("а", "1"), ("б", None), ("в", "5")]) == ["1", None, "5"]


def test_runs_before_the_first_number_count_down_none_past_the_last():
    assert _numbers([("а", None), ("б", None), ("в", "3")]) == ["1", "2", "3"]
    assert _numbers([("а", None), ("б", "1")]) == [None, "1"]          # no number 0
    assert _numbers([("а", "2"), ("б", None)]) == ["2", None]


def test_thousands_of_runs_without_a_number_are_linear():
    """40,000 directions none numbered but the last: a search of the neighbours from each run took
    4 s at 8,000 runs (16× at 4× the runs); carried along, it ends at once."""
    runs = [(f"направление {i}", None) for i in range(40_000)] + [("последнее", "1")]
    assert _numbers(runs) == [None] * 40_000 + ["1"]
