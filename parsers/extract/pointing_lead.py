"""A procedure's list under a sentence with no colon that points to it: «Дистанционные инструменты коммуникации
приведены ниже.», «Профильные группы процессов ведомства определяются следующим образом.», then «1) …», «– …».

A lead-in with a colon, or a short heading with no closing punctuation, is read elsewhere (procedure._subheading_kind,
copula.py); a sentence closed by a full stop, or a longer one left bare («Выделяются следующие электронные формы
коммуникации с гражданами и организациями»), is most often the order's prose, so it heads a list only when it
points forward (`pointer_words` in parsers/data/lead_nouns.yaml, by lemma), names a kind as a lead-in would
(leadin.classify), is no longer than a lead-in, and the line under it is an item: marked otherwise than a clause,
or a clause one level under its own number («2.2.» over «2.2.1.»), or a first item «1.» — not the order's
next clause («1.2.» over «2.»), nor a section's heading over its own sub-points («1. Общие положения» over «1.1.»)."""
from __future__ import annotations

from textcore.lemmas import lemmas

from .lead_nouns import vocab as noun_vocab
from .leadin import classify, vocab
from .listread import Marker, marker, over_subpoints


_NUMBERED = ("clause", "number")      # the order's own clause numbers: «2.», «2.1.»


def _another_clause(lead: Marker | None, nxt: Marker, after: Marker | None) -> bool:
    """Whether the numbered line under the sentence is the order's next clause, not its item: after a numbered
    sentence, a number not under its own («1.2.» over «2.», «2.» over «3.»), but a first «1.»; after any, a
    number over sub-points of its own (a section's heading «1. Общие положения» over «1.1.»)."""
    if nxt.style not in _NUMBERED:
        return False
    return lead is not None and lead.style in _NUMBERED and not over_subpoints(lead, nxt) and nxt.ordinal != "1" \
        or over_subpoints(nxt, after)


def pointing_kind(body: str, nxt_text: str | None, lead: Marker | None, after_text: str | None = None) -> str | None:
    """The kind of list a sentence, full-stopped or bare, points to on the lines under it (`nxt_text`, then
    `after_text`), or None.  (An unnumbered sentence may stand over items numbered as the order's clauses, «2.7.»,
    «2.8.», as some orders number on.)"""
    if body.rstrip()[-1:] in ",;:!?" or nxt_text is None:
        return None
    nxt = marker(nxt_text)
    if nxt is None or _another_clause(lead, nxt, marker(after_text) if after_text else None):
        return None
    words = lemmas(body)
    if len(words) > vocab()["lead_in_max_words"] or not set(words) & set(noun_vocab()["pointer_words"]):
        return None
    return classify(body.rstrip(". ") + ":")
