"""A channel's cell that holds its points' needs too, where the heading says so and no column holds the needs:
«Канал взаимодействия и потребности клиента» over «Электронная почта – подача заявления; получение справки», or a
process's cell of numbered lines, one point each, «1) Сайт (цифровая) – узнать порядок; 2) Приёмная (офлайн) – …».

Each line is cut at its first spaced dash (or a colon) into the channel, a kind in brackets after it
(`point_type_cells.split_cell_type`) and the needs; a cell none of whose lines is so cut is left as it is."""
from __future__ import annotations

import re

from ..tables.columns import content_words, named_phrases
from .point_type_cells import split_cell_type

_KIND = "touchpoint_list"
# «1) » opening a line (the readers join a cell's lines with spaces)
_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})\)\s+")
# the channel | needs cut: a spaced dash, or a colon, once
_CUT = re.compile(r"\s[–—-]\s|:\s")


def heading_holds_needs(heading: str) -> bool:
    """Whether a channel's heading also names the needs: beside the channel's own phrase it holds a needs phrase
    («Канал взаимодействия и потребности клиента», «Точки взаимодействия (канал – … – потребности клиента)»);
    «Канал взаимодействия» alone does not (its «взаимодействие» is no need)."""
    own = max(named_phrases(_KIND, "touchpoint", heading), key=len, default=None)
    if own is None:
        return False
    rest = content_words(heading) - set(own)         # the channel's widest phrase left out: «канал взаимодействия»
    return any(set(p) <= rest for p in named_phrases(_KIND, "interaction", heading))


def numbered_lines(cell: str) -> list[str]:
    """The cell's numbered lines («1) … 2) …», numbered from 1 in order), or the cell as one line."""
    marks = [m for m in _NUMBER.finditer(cell)]
    run, want = [], 1
    for m in marks:
        if int(m.group(1)) == want:
            run.append(m)
            want += 1
    if not run or cell[:run[0].start()].strip():
        return [cell.strip()]
    ends = [m.start() for m in run[1:]] + [len(cell)]
    return [cell[m.end():e].strip() for m, e in zip(run, ends)]


def read_points(cell: str) -> list[tuple[str, str | None, str]] | None:
    """(channel, its kind as written or None, its needs) per line of the cell, or None where no line is cut."""
    out, cut = [], False
    for line in numbered_lines(cell):
        line = line.strip().rstrip(";.").strip()
        m = _CUT.search(line)
        channel, needs = (line[:m.start()], line[m.end():]) if m and line[:m.start()].strip() else (line, "")
        cut = cut or bool(needs.strip())
        channel, kind = split_cell_type(channel.strip())
        if channel:
            out.append((channel.strip(), kind, needs.strip()))
    return out if cut else None
