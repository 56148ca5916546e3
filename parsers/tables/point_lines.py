"""A channel's cell that holds its points' needs too, where the heading says so and no column holds the needs:
«Канал взаимодействия и потребности клиента» over «Электронная почта – подача заявления; получение справки», or a
process's cell of numbered lines, one point each, «1) Сайт (цифровая) – узнать порядок; 2) Приёмная (офлайн) – …».

Each line is cut at its first spaced dash (or a colon) into the channel (a kind in brackets after it stays there, for
`extract/point_type_cells.split_cell_type`) and the needs; a cell none of whose lines is so cut is left as it is.  A
table with no header known reads such a column as its channels (`content_roles`), headed by `lined_heading`."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from textcore.point_type import states_type
from textcore.vocab import load_yaml

from .columns import content_words, map_columns, named_phrases

_KIND = "touchpoint_list"
_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
# «1) » opening a line (the readers join a cell's lines with spaces)
_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})\)\s+")
# the channel | needs cut: a spaced dash, or a colon, once
_CUT = re.compile(r"\s[–—-]\s|:\s")
# where a heading of two fields is cut: a spaced dash, a colon, a spaced slash
_HEADING_CUT = re.compile(r"\s[–—-]\s|:\s|\s/\s")
_SAMPLE, _SHARE = 12, 0.6      # a column's cells asked of the readers, and the share that must read as lines


def heading_holds_needs(heading: str) -> bool:
    """Whether a channel's heading also names the needs: beside the channel's own phrase it holds a needs phrase
    («Канал взаимодействия и потребности клиента», «Точки взаимодействия (канал – … – потребности клиента)»);
    «Канал взаимодействия» alone does not (its «взаимодействие» is no need)."""
    own = max(named_phrases(_KIND, "touchpoint", heading), key=len, default=None)
    if own is None:
        return False
    rest = content_words(heading) - set(own)         # the channel's widest phrase left out: «канал взаимодействия»
    return any(set(p) <= rest for p in named_phrases(_KIND, "interaction", heading)) or fused_order(heading) == 1


def fused_order(heading: str) -> int | None:
    """Two headings joined into one at a spaced dash, a colon or a slash, «Способ (канал) коммуникации – Цель
    обращения», each part naming a field by itself: 1 where the channel's part comes first and the needs' second,
    -1 the other way round, None otherwise.  Read by its parts, since a phrase of the whole may take words of both
    («канал … обращения»: no needs left over)."""
    parts = [p.strip() for p in _HEADING_CUT.split(heading, maxsplit=1)]
    if len(parts) != 2 or not all(parts):
        return None
    fields = [tuple(map_columns(_KIND, [p])) for p in parts]
    return {(("touchpoint",), ("interaction",)): 1, (("interaction",), ("touchpoint",)): -1}.get(tuple(fields))


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


def _cut(line: str, needs_first: bool = False) -> re.Match | None:
    """Where a line's channel ends: right after a kind in brackets («Сайт (цифровая) – …»), else at its last dash
    (a channel's name may run on after a dash of its own, «Портал — раздел "Услуги" – узнать …»), else its colon;
    never inside brackets or quotes («Телефон (приёмная: 8 …)»), nor at a dash between numbers (`_range`).
    One pass, the brackets and quotes counted on as it goes: a text before each cut re-read was quadratic on a
    cell of thousands of dashes."""
    opened, at, first = [0, 0, 0, 0], 0, len(line) - len(line.lstrip())
    cuts, typed = [], []
    for m in _CUT.finditer(line):
        for k, ch in enumerate("()«»"):
            opened[k] += line.count(ch, at, m.start())
        at = m.start()
        if m.start() <= first or opened[0] > opened[1] or opened[2] > opened[3] or _range(line, m):
            continue
        cuts.append(m)
        kind = _closing_bracket(line, m.start())
        if kind is not None and states_type(kind):
            typed.append(m)
    if needs_first:                  # «needs – Телефон: 8 …»: the needs end at the first cut, the channel runs on
        return cuts[0] if cuts else None
    dashes = [m for m in cuts if m.group().strip() != ":"]
    return (typed or dashes[-1:] or cuts[-1:] or [None])[0]


def _closing_bracket(line: str, end: int) -> str | None:
    """The words in the brackets that close `line[:end]` («Сайт (цифровая)»: «цифровая»), or None; read back
    only to the bracket before them."""
    while end and line[end - 1].isspace():
        end -= 1
    if line[end - 1:end] != ")":
        return None
    opening = line.rfind("(", line.rfind(")", 0, end - 1) + 1, end - 1)
    return line[opening + 1:end - 1] if opening >= 0 else None


def _range(line: str, m: re.Match) -> bool:
    """A dash between two numbers («9:00 – 18:00», «с 9 – 18 часов») is a range, no cut."""
    return m.group().strip() != ":" and line[m.start() - 1:m.start()].isdigit() and line[m.end():m.end() + 1].isdigit()


def read_points(cell: str, needs_first: bool = False) -> list[tuple[str, str]] | None:
    """(channel, its needs) per line of the cell, or None where no line is cut; `needs_first`: lines written
    «needs – channel»."""
    out, cut = [], False
    for line in numbered_lines(cell):
        line = line.strip().rstrip(";.").strip()
        m = _cut(line, needs_first)
        channel, needs = (line[:m.start()], line[m.end():]) if m else (line, "")
        channel, needs = (needs, channel) if needs_first and m else (channel, needs)
        cut = cut or bool(needs.strip())
        if channel.strip():
            out.append((channel.strip(), needs.strip()))
    return out if cut else None


def reads_channel_lines(cell: str, channel: Callable[[str], bool] | None, needs: Callable[[str], bool] | None) -> bool:
    """Whether a cell is points' lines whose channels the channel reader reads and whose needs the needs reader
    reads (half of each at least: «Телефон – 8 (800) 100-20-30» in a contacts table has no needs)."""
    points = read_points(cell) if channel and needs else None
    said = [n for _, n in points or () if n]
    return bool(points) and 2 * sum(1 for c, _ in points if channel(c)) >= len(points) and \
        2 * sum(1 for n in said if needs(n)) >= len(said)


def lined_column(heading: str, cells: list[str]) -> Callable[[str], list[tuple[str, str]] | None] | None:
    """How a channel column (of a list with no needs column) gives its points with their needs, or None where it
    holds none: its heading names them (every cell cut, `read_points`), or most of its distinct cells (up to
    `_SAMPLE`) read as such lines by the readers the pipeline gave — then only a cell so read is cut, a channel
    described after a dash among them («Телефон – 8 (800) …») stays whole."""
    given = heading == lined_heading()          # the heading `content_header` gave a column its cells chose
    if fused_order(heading) == -1:
        return lambda cell: read_points(cell, needs_first=True)
    if heading_holds_needs(heading) and not given:
        return read_points
    from .content_roles import cell_reader      # (content_roles reads such columns by this module: no cycle at import)
    channel, needs = cell_reader("channel"), cell_reader("needs")
    sample = list(dict.fromkeys(c.strip() for c in cells if c.strip()))[:_SAMPLE]
    if not given and (not sample or sum(1 for c in sample if reads_channel_lines(c, channel, needs)) < _SHARE * len(sample)):
        return None
    return lambda cell: read_points(cell) if reads_channel_lines(cell, channel, needs) else None


@lru_cache(maxsize=None)
def lined_heading() -> str:
    """The heading a column of such cells is given where the table's own says nothing known."""
    return str(load_yaml(_DATA, required=(_KIND,))[_KIND]["lined_heading"])
