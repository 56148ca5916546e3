"""A field spread over several columns side by side: a list kept as a spreadsheet writes a touchpoint's
needs one a cell, «Потребность 1 | Потребность 2 | Потребность 3» (or «Потребность (основная)» |
«Потребность (дополнительная)», or one «Потребности» heading spanning the cells), the slots a
touchpoint does not use left empty.  All the slots together are the row's value.

The header maps the field to one column only (`columns.map_columns`: one field per column); the
columns beside it that no field claims and whose headings hold the same vocabulary phrase of that
field («потребность») and add no noun to it, or that the field's heading spans (covered in Word, empty in converted text,
yet filled in the rows), are its slots: the field is split over them (`Header.splits`), and
`header_rows.split_marks` joins their texts, each a need of its own («; »).  Which fields a list
may so spread is data (`spread_fields` in `parsers/data/columns.yaml`); neighbours naming the
field in other words («Потребность клиента» | «Осуществляемое взаимодействие») stay apart.

    with_spread_columns(kind, head, rows, spanned) -> head (the same object where nothing is spread)
"""
from __future__ import annotations

from pathlib import Path

from textcore.lemmas import morph
from textcore.vocab import vocabulary

from ..document import Row
from .columns import content_words, named_phrases
from .header_rows import Header

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"


@vocabulary(_DATA, required=("spread_fields",))
def _spread(data: dict) -> dict[str, tuple[str, ...]]:
    return {kind: tuple(fields) for kind, fields in data["spread_fields"].items()}


def _spanned(k: int, rows: list[Row], spanned: frozenset[int]) -> bool:
    """A column the field's heading spans (its cell merged over the next ones: the header's positions
    there covered, as Word records them), which the rows fill."""
    return k in spanned and any(k < len(r.cells) and r.cells[k].text.strip() and not r.cells[k].covered
                                for r in rows)


def _qualifies_only(own_text: str, shared: frozenset[tuple[str, ...]], text: str) -> bool:
    """A slot's heading adds to the field's phrase no noun of its own: a number, an ordinal or a qualifier
    («Потребность 2», «Потребность (иная)»).  A noun names another thing about the field — «Удовлетворённость
    потребности», «Потребность в доработке», «Потребность клиента | периодичность» under a two-row header — a
    column of its own."""
    extra = content_words(text) - content_words(own_text) - {w for p in shared for w in p}
    return not any(morph().parse(w)[0].tag.POS == "NOUN" for w in extra if w.isalpha())


def _slots(kind: str, name: str, head: Header, rows: list[Row], claimed: set[int],
           spanned: frozenset[int]) -> list[int]:
    """The columns of the field's run: its own, and each free neighbour naming it alike or spanned by it."""
    col = head.columns[name]
    own = named_phrases(kind, name, head.texts[col])
    out = [col]
    for step in (-1, 1):
        k = col + step
        while 0 <= k < len(head.texts) and k not in claimed:
            text = head.texts[k].strip()
            shared = own & named_phrases(kind, name, text) if text else frozenset()
            alike = bool(shared) and _qualifies_only(head.texts[col], shared, text)
            if not (alike or step > 0 and not text and _spanned(k, rows, spanned)):
                break
            out.append(k)
            k += step
    return sorted(out)


def with_spread_columns(kind: str, head: Header, rows: list[Row], spanned: frozenset[int] = frozenset()) -> Header:
    """`head` with each `spread_fields` field that stands beside its slots split over them.  `spanned`: the
    header's positions covered by a heading merged across them (Word; converted text keeps no spans, and
    its empty headings are no evidence: a header supplied for a list read by content leaves the columns it
    does not read empty too)."""
    fields = [f for f in _spread().get(kind, ()) if f in head.columns and f not in head.splits]
    if not fields:
        return head
    claimed = set(head.columns.values()) | {c for subs in head.splits.values() for c, _ in subs}
    splits = dict(head.splits)
    for name in fields:
        slots = _slots(kind, name, head, rows, claimed - {head.columns[name]}, spanned)
        if len(slots) > 1:
            splits[name] = [(k, head.texts[k]) for k in slots]
            claimed |= set(slots)
    if splits == head.splits:
        return head
    return Header(head.texts, head.columns, head.n_rows, splits, head.rows, head.sub_groups)
