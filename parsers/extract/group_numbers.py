"""Group numbers a touchpoint list leaves out: a run of rows of one direction without a number
between two numbered runs takes the number between theirs (1, ?, 3 -> 2)."""
from __future__ import annotations


def infer_group_numbers(records: list) -> None:
    """Give runs of one direction without a number the number between their neighbours' (records
    with `direction_raw` and `group_no`, parsers/extract/touchpoints.py)."""
    runs: list[list] = []
    for rec in records:
        if runs and runs[-1][-1].direction_raw == rec.direction_raw:
            runs[-1].append(rec)
        else:
            runs.append([rec])
    numbers = [_num(run[0].group_no) for run in runs]
    for k, run in enumerate(runs):
        if numbers[k] is not None:
            continue
        prev = next(((k - i, numbers[i]) for i in range(k - 1, -1, -1) if numbers[i] is not None), None)
        nxt = next(((i - k, numbers[i]) for i in range(k + 1, len(runs)) if numbers[i] is not None), None)
        guess = None
        if prev and nxt and nxt[1] - prev[1] == prev[0] + nxt[0]:
            guess = prev[1] + prev[0]
        elif prev and not nxt:
            guess = None
        elif nxt and not prev and nxt[1] - nxt[0] >= 1:
            guess = nxt[1] - nxt[0]
        if guess is not None:
            numbers[k] = guess
            for rec in run:
                rec.group_no = str(guess)


def _num(text: str | None) -> int | None:
    if text and text.strip().rstrip(".").isdigit():
        return int(text.strip().rstrip("."))
    return None
