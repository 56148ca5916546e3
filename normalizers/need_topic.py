"""A topic, then what the client does with it (normalizers/need_grammar.py reads the phrase
so): "Обращение по поводу ремонта: направить", "жалоба на хамство — хочу оставить" — the
topic before a colon, or before a dash where it names no action nor verb of its own, is the
object of a deed after it that names none; a deed naming its own object, or a question
("приёмная кампания — какие документы"), is read alone.  The grammar's readers are passed
in: this module knows no vocabulary."""
from __future__ import annotations

import re
from typing import Callable, Sequence

_TOPIC_DASH = re.compile(r"\s[-–—]\s")


def is_topic(ws: Sequence, lead: Callable) -> bool:
    """Does a clause only name a topic — no action (`lead(ws)`: need_grammar._lead_action), nor a
    verb of its own ("мне отказали — …", "хочу открыть бизнес — …" tell a story or a plan)?"""
    return lead(ws)[1] == "none" and not any(w.pos in ("VERB", "INFN") for w in ws)


def after_colon(phrase: str, read: Callable, lead: Callable, objects: Callable) -> str | None:
    """The text to read instead of a topic and its deed (the deed with the topic as its object
    when it names none, else the deed alone); None when the phrase is not of that form.
    `read`: text -> words; `lead`: words -> (index after the action, action, cap);
    `objects(words, start)`: the known objects after the action."""
    head, colon, body = phrase.partition(":")
    dash = not colon and not phrase.rstrip().endswith("?") and _TOPIC_DASH.search(phrase)
    if dash:
        head, body = phrase[:dash.start()], phrase[dash.end():]
        if not is_topic(read(head), lead):
            return None
    if not ((colon or dash) and head.strip() and body.strip()):
        return None
    bws = read(body)
    start, action, _ = lead(bws)
    if action == "none" or not start:
        return None
    if objects(bws, start):
        return body.strip()
    return " ".join([w.text for w in bws[:start]] + [head.strip()] + [w.text for w in bws[start:]])
