"""Full-width rows of a touchpoint table that state a field of the rows under them: process blocks.

A list with no process and no needs column may state both once per process, in rows of their own
across the table: a row naming the process («Процесс: …», «Наименование процесса: …», or the name
alone, bold), a row «Потребности клиента: …; ….» under it, then the process's channels, a row
each.  A row opening with a label the header vocabulary names (`columns.yaml`, read as paragraph
records read theirs: `record_lines.read_line`) is that field's value, never a heading:

* a process's label: the process of the rows under it (whatever its position says);
* the needs' label: the needs of every point under it, up to the next process, that states none
  in a cell of its own (the process's channels share its needs);
* a remark («Примечание: …», the features' label): no heading either (it names neither a process nor
  a direction, so the channels under it keep theirs); which point it remarks on is not told.

A direction's label is left to the section readers (`tables/sections.py`; the label is taken off
where directions are coded), and so is a row with unlabelled text before its label.  A row
naming the process alone is found by its position (`tables/process_rows.py`, told which rows
are labelled: they neither head nor end a block, and one stating needs makes the row above it
a process).

    labelled_rows(items) -> {item index: [(field, value)]}
    apply_block_row(state, pairs, new_process); block_needs(state) -> [needs]
"""
from __future__ import annotations

from textcore.clean import clean_text

from ..tables.repair import Heading
from .record_lines import read_line

# the fields a full-width row may state for the rows under it (a remark only is passed over)
BLOCK_FIELDS = ("process", "interaction", "features")


def labelled_rows(items: list) -> dict[int, list[tuple[str, str]]]:
    """The headings among `items` (full-width rows, lines between parts) that open with a label of
    one of `BLOCK_FIELDS`, each with its (field, value) pairs in order (a row may state several)."""
    out: dict[int, list[tuple[str, str]]] = {}
    for k, item in enumerate(items):
        if not isinstance(item, Heading):
            continue
        line = read_line(clean_text(item.text))
        pairs = [(name, value.strip().rstrip(".;").strip()) for name, _, value in line.fields]
        if line.lead or not pairs or pairs[0][0] not in BLOCK_FIELDS or not all(v for _, v in pairs):
            continue
        out[k] = [(name, value) for name, value in pairs if name in BLOCK_FIELDS]
    return out


def apply_block_row(st, pairs: list[tuple[str, str]], new_process) -> None:
    """A labelled row's fields on the walk's state `st` (touchpoints._State): a process named
    (`new_process(name)`), needs stated for the current process's points; a remark changes nothing."""
    for name, value in pairs:
        if name == "process":
            st.process = new_process(value)
        elif name == "interaction":
            st.block_needs = (_UNBOUND, value)


_UNBOUND = object()      # needs not yet given to a point: theirs is the process of the first point under them


def block_needs(st) -> list[str]:
    """The needs a block row stated, for the points of the process of the first point under it (the
    process row above it, or the first process cell below it in a list with a process column)."""
    if not st.block_needs:
        return []
    owner, value = st.block_needs
    if owner is _UNBOUND:
        owner, st.block_needs = st.process, (st.process, value)
    return [value] if owner is st.process else []
