"""Full-width rows of a touchpoint table that state a field of the rows under them: process blocks.

A list with no process and no needs column may state both once per process, in rows of their own
across the table: a row naming the process («Процесс: …», «Наименование процесса: …», or the name
alone, bold), a row «Потребности клиента: …; ….» under it, then the process's channels, a row
each.  A row opening with a label the header vocabulary names (`columns.yaml`, read as paragraph
records read theirs: `record_lines.read_line`) is that field's value, never a heading:

* a process's label: the process of the rows under it (whatever its position says);
* the needs' label: the needs of every point under it, up to the next process, that states none
  in a cell of its own (the process's channels share its needs);
* a remark («Примечание: …», the features' label; or a remark's label, `remark_labels` in `columns.yaml`,
  «Комментарий: …», «Справочно: …»; or a footnote's mark, «* …»): no heading either (it names neither a
  process nor a direction, so the channels under it keep theirs); right under a point's row it is said of
  that point, as a footnote under a row is, and kept in its features (`features_raw`: the contract's column
  for what a point offers besides its channel), save under the table's last row, where it closes the
  table (a note on the whole list); anywhere else which point it remarks on is not told.

Needs stated right under a direction's heading (past point-type sub-rows), in the only needs row of
that direction's rows, are stated once for the whole direction: every point under it up to the next
direction's heading takes them, whatever its process (`section_needs`); a needs row at the table's top,
or one of several in a direction, is its first point's process's, and so is a lone one
in a table where another direction states several (the table states needs per process).

A direction's label is left to the section readers (`tables/sections.py`; the label is taken off
where directions are coded), and so is a row with unlabelled text before its label.  A row
naming the process alone is found by its position (`tables/process_rows.py`, told which rows
are labelled: they neither head nor end a block, and one stating needs makes the row above it
a process).

    labelled_rows(items) -> ({item index: [(field, value)]}, {item index: field of its first label})
    section_needs(items, labelled, processes) -> labelled, a direction's needs stated once marked so
    apply_block_row(state, pairs, new_process); block_needs(state) -> [needs]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from pathlib import Path

from textcore.clean import clean_text, is_blank_mark, strip_markup
from textcore.lemmas import lemmas
from textcore.vocab import vocabulary

from ..tables.repair import Heading, RepairedRow
from ..tables.sections import read_heading
from .record_lines import read_line

# the fields a full-width row may state for the rows under it (a remark only is passed over)
BLOCK_FIELDS = ("process", "interaction", "features")
_SECTION_NEEDS = "section_interaction"         # needs stated once for a direction (`section_needs`)
_ROW_REMARK = "row_features"                   # a remark right under a point's row: that point's features
_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
_LABEL_WORDS = 3
_FOOTNOTE = re.compile(r"\*+\s|[¹²³⁴⁵⁶⁷⁸⁹]+\s")      # «* Окно работает по записи.»: a footnote under a row


@vocabulary(_DATA, required=("remark_labels",))
def _remark_labels(data: dict) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(lemmas(label)) for label in data["remark_labels"])


def _remark(text: str) -> str | None:
    """The text of a remark written otherwise than under the features' label: a sentence after a footnote's
    mark, or after a remark's label (`remark_labels`: «Комментарий: …», «Справочно: …»), else None."""
    plain = strip_markup(text).strip()
    if _FOOTNOTE.match(plain) and plain.endswith((".", "!", "?")):      # a sentence: «* Выдача справок» may be a bullet
        return plain.lstrip("*¹²³⁴⁵⁶⁷⁸⁹").strip() or None
    label, colon, rest = plain.partition(":")
    if not colon or len(label.split()) > _LABEL_WORDS:      # a label is short: a long row is not lemmatised
        return None
    return rest.strip() or None if tuple(lemmas(label)) in _remark_labels() else None


def labelled_rows(items: list) -> tuple[dict[int, list[tuple[str, str]]], dict[int, str]]:
    """The headings among `items` (full-width rows, lines between parts) that open with a label of
    one of `BLOCK_FIELDS`, each with its (field, value) pairs in order (a row may state several);
    and the field of each heading opening with a label, those of a direction («Направление
    деятельности: …») too: a row so labelled is a direction's, never a process's (`process_rows`)."""
    out: dict[int, list[tuple[str, str]]] = {}
    fields: dict[int, str] = {}
    last_row = max((k for k, item in enumerate(items) if isinstance(item, RepairedRow)), default=-1)
    for k, item in enumerate(items):
        if not isinstance(item, Heading):
            continue
        line = read_line(clean_text(item.text))
        pairs = [(name, value.strip().rstrip(".;").strip()) for name, _, value in line.fields]
        if (not pairs or line.lead) and (remark := _remark(item.text)) is not None:
            pairs, line.lead = [("features", remark)], ""
        if line.lead or not pairs or pairs[0][0] not in (*BLOCK_FIELDS, "direction") or not all(v for _, v in pairs):
            continue
        fields[k] = pairs[0][0]
        if pairs[0][0] in BLOCK_FIELDS:
            out[k] = [(name, value) for name, value in pairs if name in BLOCK_FIELDS]
        if out.get(k) == [("features", pairs[0][1])] and k and isinstance(items[k - 1], RepairedRow) \
                and k < last_row:                          # a note after the last row is the table's
            out[k] = [(_ROW_REMARK, pairs[0][1])]          # right under a point's row: that point's
    return out, fields


def _role(item) -> str | None:
    return read_heading(clean_text(item.text), item.marked).role if isinstance(item, Heading) else None


def section_needs(items: list, labelled: dict[int, list[tuple[str, str]]],
                  processes: set[int]) -> dict[int, list[tuple[str, str]]]:
    """`labelled` with the needs of each needs row that a direction's heading stands right over (sub-rows
    naming a point type passed) and that no other needs row follows before the next such heading
    marked as the direction's: they are stated once for all its processes.  A table where some
    direction states several needs rows states them per process: there a lone one is its first
    process's too (a process with no needs row of its own states none)."""
    heads = [k for k in range(len(items))      # a direction's heading: no process row, no labelled row
             if k not in processes and k not in labelled and _role(items[k]) == "direction"]
    needs = Counter(bisect_right(heads, k) for k, pairs in labelled.items() if any(n == "interaction" for n, _ in pairs))
    if any(count > 1 for count in needs.values()):
        return dict(labelled)
    out, starts = dict(labelled), set(heads)
    for k, pairs in labelled.items():
        if [n for n, _ in pairs] != ["interaction"]:
            continue
        j = k - 1
        while j >= 0 and _role(items[j]) == "point_type":
            j -= 1
        if j in starts:
            out[k] = [(_SECTION_NEEDS, pairs[0][1])]
    return out


def apply_block_row(st, pairs: list[tuple[str, str]], new_process) -> None:
    """A labelled row's fields on the walk's state `st` (touchpoints._State): a process named
    (`new_process(name)`), needs stated for the current process's points (or the direction's: every
    point up to its next heading, which ends them); a remark changes nothing."""
    for name, value in pairs:
        if name == "process":
            st.process = new_process(unquoted(value))
        elif name == _ROW_REMARK:
            for rec in st.built:            # the records the row above built (a matrix: one per channel)
                rec.features.append(value)
        elif name in ("interaction", _SECTION_NEEDS):       # «Потребности клиента: —»: the process states none
            owner = _UNBOUND if name == "interaction" else _SECTION
            st.block_needs = None if is_blank_mark(value) else (owner, value)


_UNBOUND = object()      # needs not yet given to a point: theirs is the process of the first point under them
_SECTION = object()      # needs stated once for a direction: every point's under it


def block_needs(st) -> list[str]:
    """The needs a block row stated, for the points of the process of the first point under it (the
    process row above it, or the first process cell below it in a list with a process column), up to
    the first point of another process or a direction's or client group's heading (`_apply_heading`)."""
    if not st.block_needs:
        return []
    owner, value = st.block_needs
    if owner is _SECTION:
        return [value]
    if owner is _UNBOUND:
        owner, st.block_needs = st.process, (st.process, value)
    if owner is st.process or owner is not None and st.process is not None and owner.name == st.process.name:
        return [value]                  # a process column writing its name again on each row is the same process
    st.block_needs = None               # another process: the block's needs end (a heading ends them too)
    return []


def caption_process(st, text: str, new_process) -> bool:
    """A caption over a table naming a process by its label («1.2. Процесс: «Выдача лицензий»», «Клиентский
    сценарий: …»; a list of a table per process): the process of the table's rows.  Whether it was one."""
    pairs = read_line(clean_text(text)).fields
    if len(pairs) != 1 or pairs[0][0] != "process" or not pairs[0][2].strip(" .;"):
        return False
    st.process = new_process(unquoted(pairs[0][2].strip(" .;")))
    return True


def unquoted(value: str) -> str:
    """A name in quotes as a whole («Выдача лицензий», «Гранты «Агростартап»») without them; any other as it is."""
    if len(value) < 3 or value[0] not in "«\"" or value[-1] not in "»\"":
        return value
    inner, depth = value[1:-1], 0
    for ch in inner:
        depth += (ch == "«") - (ch == "»")
        if depth < 0:                        # «А» и «Б»: two names quoted, not one
            return value
    return inner.strip() if depth == 0 else value
