"""What the touchpoint lists of `--layouts heldout3` share: the direction named only in titles (the
order's and the list's, one direction a document; or an appendix a direction, each titled with it),
and superscript footnote marks after a channel's and a need's words, explained under the table.
Scaffolding wording (both halves alike); the gold is unchanged by either."""
from __future__ import annotations

import dataclasses
import re

from .doc import Para

_STAMP = re.compile(r"к приказу от (.+?)\s+№ (\S+)$")
LIST = "Перечень точек взаимодействия с клиентами по направлению деятельности «{}»"


def footnoted(touches, on: bool) -> list:
    """Copies of the touchpoints with «¹» after the first one's channel words and «²» after the last
    one's first need, wherever those words recur (a channel is one column of a matrix, a need one
    number of a legend); the originals (the gold's texts) are left as they were."""
    if not on or not touches:
        return list(touches)
    chan, need = touches[0].channel_text, touches[-1].needs[0][0]

    def mark(t):
        needs = [(p + "²" if p == need else p, cs) for p, cs in t.needs]
        return dataclasses.replace(t, channel_text=t.channel_text + ("¹" if t.channel_text == chan else ""),
                                   needs=needs)
    return [mark(t) for t in touches]


def notes(marked, texts: dict[str, str]) -> list[Para]:
    """The notes under a table, for the marks its cells carry."""
    words = [t.channel_text for t in marked] + [p for t in marked for p, _ in t.needs]
    return [Para(note) for m, note in texts.items() if any(w.endswith(m) for w in words)]


def titled(blocks: list, parts: list[tuple[str, list]], mode: str) -> list:
    """The order with its lists: `document_title` — its one direction in the order's title and the
    list's; `appendix_titles` — an appendix a direction (its own stamp, a title naming the direction)."""
    k = next(k for k, b in enumerate(blocks) if isinstance(b, Para) and b.page_break_before)
    if mode == "document_title":
        (heading, body), = parts
        order = blocks[:3] + [Para(f"{blocks[3].text} по направлению деятельности «{heading}»", bold=True,
                                   center=True)] + blocks[4:k + 1]
        return order + [Para(LIST.format(heading), bold=True, center=True)] + body
    date, number = _STAMP.search(blocks[k].text).groups()
    approve = Para("1. Утвердить перечни точек взаимодействия с клиентами по направлениям деятельности "
                   f"министерства согласно приложениям 1–{len(parts)} к настоящему приказу.")
    out = [approve if b.text.startswith("1. Утвердить") else b for b in blocks[:k]]
    for n, (heading, body) in enumerate(parts, 1):
        out += [Para(f"Приложение № {n} к приказу от {date} № {number}", page_break_before=True),
                Para(LIST.format(heading), bold=True, center=True)] + body
    return out
