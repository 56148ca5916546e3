"""A procedure's list under a sentence with no colon that points to it: «Дистанционные инструменты коммуникации
приведены ниже.», «Профильные группы процессов ведомства определяются следующим образом.», then «1) …», «– …».

A lead-in with a colon, or a short heading with no closing punctuation, is read elsewhere (procedure._subheading_kind,
copula.py); a sentence closed by a full stop, or a longer one left bare («Выделяются следующие электронные формы
коммуникации с гражданами и организациями»), is most often the order's prose, so it heads a list only when it
points forward (`pointer_words` in parsers/data/lead_nouns.yaml, by lemma), names a kind as a lead-in would
(leadin.classify), is no longer than a lead-in, and the line under it is an item: marked otherwise than a clause,
or a clause one level under its own number («2.2.» over «2.2.1.»), or a first item «1.»."""
from __future__ import annotations

from textcore.lemmas import lemmas

from .lead_nouns import vocab as noun_vocab
from .leadin import classify, vocab
from .listread import Marker, marker, over_subpoints


def pointing_kind(body: str, nxt_text: str | None, lead: Marker | None) -> str | None:
    """The kind of list a sentence, full-stopped or bare, points to on the lines under it, or None.  (An unnumbered
    sentence may stand over items numbered as the order's clauses, «2.7.», «2.8.», as some orders number on.)"""
    if body.rstrip()[-1:] in ",;:!?" or nxt_text is None:
        return None
    nxt = marker(nxt_text)
    if nxt is None or lead is not None and nxt.style == "clause" and not over_subpoints(lead, nxt) \
            and nxt.ordinal != "1":
        return None
    words = lemmas(body)
    if len(words) > vocab()["lead_in_max_words"] or not set(words) & set(noun_vocab()["pointer_words"]):
        return None
    return classify(body.rstrip(". ") + ":")
