"""Lead-ins over lead-ins: a point whose sub-points are lists of their own («2.1. Перечень содержит
сведения, в том числе:» over «2.1.1. Потребности клиентов:», «а) …»; «3.1. В перечень включаются
следующие сведения:» over «3.1.1. Потребности определены подпунктом 2.1 приказа.» and «3.1.2. Цифровые
каналы:»), a dashed lead-in over dashes of its own, and an item that describes itself («1) сайт, который:»)."""
from __future__ import annotations

import re

from .inline import describing_word
from .item_lists import states_predicate
from .leadin import classify, open_kinds, rival_kinds, vocab
from .lines import Line
from .listread import Marker, marker, over_subpoints, split_top, sub_points


def describes_itself(text: str) -> bool:
    """"…, который:" / "…, позволяющее:" - the sub-points are the item's properties."""
    m = re.search(r"([А-Яа-яЁё]+)\s*:\s*$", text)
    return bool(m) and describing_word(m.group(1))


def holds_lead_ins(lines: list[Line], i: int, lead: Marker | None, kind: str | None) -> bool:
    """Whether lead-in i opens a point whose sub-points are lists of their own («2.1. Перечень
    содержит сведения, в том числе:» then «2.1.1. Потребности клиентов:», «а) …»): its next line
    is its sub-point by number and a lead-in naming a kind, so the outer line names no items (for a
    point naming no content kind, any of its sub-points one level down may be that lead-in);
    so is a dashed lead-in over dashes of the same mark (`_dash_nested`), of any mark under a
    lead-in that names the list's fields («Перечень содержит сведения:»: a kind's lead-in is no field).
    (An item «1) сайт, который:» or «1) телефонная связь:» over dashes is no sub-point by number.)
    A sub-point may hold its list inline («2.1.1. Потребности клиентов: a; b.»); under a lead-in naming two kinds
    or none, so may an unmarked line («цифровые каналы: a, b и c.»)."""
    nxt = marker(lines[i + 1].text) if i + 1 < len(lines) else None
    if nxt is None:
        body = (lead.rest if lead else lines[i].text).strip()
        return i + 1 < len(lines) and _inline_lead(lines[i + 1].text) and (
            kind not in vocab()["open_kinds"] or len(rival_kinds(body)) > 1)
    if nxt.style == "bullet":
        if not nxt.rest.rstrip().endswith(":") or describes_itself(nxt.rest):
            return False          # a dashed lead-in may name no kind («- клиент обращается через:»)
        any_mark = kind is not None and kind not in vocab()["open_kinds"]
        return (classify(nxt.rest) is not None or bool(open_kinds(nxt.rest))) and _dash_nested(lines, i + 1, any_mark)
    if not over_subpoints(lead, nxt):
        return False
    if _kind_lead(nxt):
        return True
    # a point naming the list's fields, or nothing, whose first sub-point is a sentence («3.1.1. Потребности
    # определены подпунктом 2.1 приказа.») and a later one a lead-in: the lists are the sub-points'.  Not where
    # any sub-point is an item («2.1.1. лично в приёмную;» before «2.1.3. с использованием цифровых каналов:»,
    # a heading item): the point's own list holds them all
    if kind in vocab()["open_kinds"]:
        return False
    subs = sub_points(lines, i, lead)
    return any(_kind_lead(m) for m in subs) and all(_no_item(m.rest) for m in subs)


def _no_item(text: str) -> bool:
    """A sub-point that is no item: a lead-in, whatever its words («Нжуды заявителей:»), or a
    sentence that states something and closes with a full stop."""
    end = text.rstrip()
    return end.endswith(":") and not describes_itself(end) or end.endswith(".") and states_predicate(end)


def _kind_lead(m: Marker) -> bool:
    return m.rest.rstrip().endswith(":") and not describes_itself(m.rest) and classify(m.rest) is not None \
        or _inline_lead(m.rest)


def _inline_lead(text: str) -> bool:
    """«Цифровые каналы: сайт, почта и телефон.»: a lead-in naming a kind and its items after the colon."""
    head, colon, rest = text.strip().partition(":")
    return bool(colon) and len(split_top(rest, ",;")) >= 2 and not describes_itself(head + ":") \
        and classify(head + ":") is not None


def _dash_nested(lines: list[Line], i: int, any_mark: bool = False) -> bool:
    """Whether dashed line i, a lead-in, heads dashed items of its own: one dash for two levels
    («- цифровые каналы:» / «- сайт;» / «- офлайн-каналы:» / «- приём;»), as orders nest lists
    under a point that only says what the list holds («Перечень содержит сведения:»)."""
    nxt = marker(lines[i + 1].text) if i + 1 < len(lines) else None
    same_mark = any_mark or lines[i].text.strip()[:1] == lines[i + 1].text.strip()[:1]
    return nxt is not None and nxt.style == "bullet" and same_mark and not nxt.rest.rstrip().endswith(":")
