"""Group numbers a touchpoint list leaves out: a run of rows of one direction without a number
between two numbered runs takes the number between theirs (1, ?, 3 -> 2)."""
from __future__ import annotations


def infer_group_numbers(records: list) -> None:
    """Give runs of one direction without a number the number between their neighbours' (records
    with `direction_raw` and `group_no`, parsers/extract/touchpoints.py).  The nearest numbered
    runs are carried along, not searched for each run: thousands of runs without a number (a list
    of directions never numbered) would make that search quadratic."""
    runs: list[list] = []
    for rec in records:
        if runs and runs[-1][-1].direction_raw == rec.direction_raw:
            runs[-1].append(rec)
        else:
            runs.append([rec])
    numbers = [_num(run[0].group_no) for run in runs]
    following: list[int | None] = [None] * len(runs)     # the nearest run after each with a number
    for k in range(len(runs) - 2, -1, -1):
        following[k] = k + 1 if numbers[k + 1] is not None else following[k + 1]
    last = None                                           # the nearest run before with one (guessed too)
    for k, run in enumerate(runs):
        if numbers[k] is None:
            numbers[k] = _guess(k, last, following[k], numbers)
            for rec in run if numbers[k] is not None else ():
                rec.group_no = str(numbers[k])
        if numbers[k] is not None:
            last = k


def _guess(k: int, before: int | None, after: int | None, numbers: list) -> int | None:
    """The number between the runs' neighbours' where the gap fits, or one counted down from the
    first numbered run; none counted up past the last one."""
    if before is not None and after is not None:
        return numbers[before] + k - before if numbers[after] - numbers[before] == after - before else None
    if after is not None and before is None and numbers[after] - (after - k) >= 1:
        return numbers[after] - (after - k)
    return None


def _num(text: str | None) -> int | None:
    if text and text.strip().rstrip(".").isdigit():
        return int(text.strip().rstrip("."))
    return None
