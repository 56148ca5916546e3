"""An appendix's approval stamp read as the act's header, and whose act a stamp names.

    stamp_header(lines, at) -> dict        the stamp's lines up to the act's date and number
    own_number(text) -> str | None         the number standing next to the act's date
    names_amended_act(head, above) -> bool the stamp is the act's the text above amends

A file that is only an appendix, or an act whose header a database cut off, is dated by the
stamp over its appendix ("УТВЕРЖДЕН приказом … от … № …", "Приложение N 2 к приказу …").  An
amending act prints the amended act's appendix in its new edition under that act's stamp
("1. Внести в Постановление … от 01.02.2018 N 43 … изменение: приложение … изложить в новой
редакции" / "Приложение к Постановлению … от 01.02.2018 N 43"): that stamp's number and date
are the amended act's, never this one's.
"""
from __future__ import annotations

import re

from textcore.dates import parse_date, periods
from textcore.order_numbers import find_numbers, has_number_sign, parse_number
from textcore.quoted import pair_outside_quotes
from textcore.regions import words

from .amending import amends
from .header_words import act_kind_in, dated_number, opens_stamp, vocab
from .issuer import authority_in
from .lines import Line
from .role_lines import other_role_lines
from .title_lines import join_wrapped, pair_goes_on, past_stamps


def own_number(text: str) -> str | None:
    """The act's own number in a title line or stamp: the one standing next to its date.

    "от 14 января 2014 г. N 18" and "N 279-п от 28 декабря 2007 г." pair the number with
    the date; the appendix's "Приложение N 3" before them is not the act's number, nor one an act
    its quoted title cites («О внесении изменений в … от … № 55» от … № 60).
    """
    text = pair_outside_quotes(text)
    if (paired := dated_number(text)) is not None:
        return paired
    nums = find_numbers(text)
    return nums[0].value if nums else None


def stamp_header(lines: list[Line], stamp: int) -> dict:
    """"УТВЕРЖДЕН приказом …" / "Приложение N 2 к приказу …": its lines up to the act's date and number."""
    block = []
    window = lines[stamp:stamp + vocab()["approval_stamp_lines"]]
    others = other_role_lines([ln.text for ln in window])       # «(в ред. приказов от … № …)» under its first line
    window = [ln for k, ln in enumerate(window) if not k or k not in others]
    for k, ln in enumerate(window):
        block.append(ln.text)
        act = act_part(" ".join(block))
        if act is not None and (parse_number(act) or parse_date(act) or has_number_sign(act)) and not (
                k + 1 < len(window) and pair_goes_on(act, window[k + 1].text)):    # «от … г.» / «N 397)»
            break
    text = re.sub(r"\s+", " ", " ".join(block))
    act = act_part(text)
    rest = stamp + len(block)
    rest = past_stamps(lines, rest)  # «Приложение 3 / к приказу … № 12 / УТВЕРЖДЕН / Перечень …», a second stamp
    title = join_wrapped(lines, rest) if rest < len(lines) else None
    return {"authority": authority_in(act if act is not None else text),
            "order_number": own_number(act) if act is not None else None,
            "order_date": parse_date(pair_outside_quotes(act)) if act is not None else None,
            "act_kind": act_kind_in(act) if act is not None else None,
            "title": title, "region_text": [text, title or ""], "header_text": act or ""}


def act_part(text: str) -> str | None:
    """The stamp's text from the act's kind on ("приказом …", "к приказу …"), or None.

    What stands before it ("Приложение N 2") numbers the appendix, not the act; a stamp
    printed without the kind ("Приложение N 3 / Губернатора области / от …") starts at
    the issuer's head noun.
    """
    toks = words(text)
    at = next((s for lem, s, _ in toks if lem in vocab()["doc_types"]), None)
    if at is None:
        heads = set(vocab()["authority_heads"])
        at = next((s for lem, s, _ in toks if lem in heads), None)
    return text[at:] if at is not None else None


def names_amended_act(head: dict, above: list[Line]) -> bool:
    """The stamp's number is one an amending clause above names ("Внести в Постановление … от …
    N 43 … изменение", "О внесении изменений в приказ … № 43"): the amended act's appendix,
    restated under its own stamp.  Where the stamp is dated, the clause names that date too: an
    act may amend an older one of the same number ("№ 45" of 2016 amended by "№ 45" of 2020)."""
    number, date = head["order_number"], head["order_date"]
    return number is not None and any(
        amends(ln.text) and number in {n.value for n in find_numbers(ln.text)} and (
            date is None or date in {p.first for p in periods(ln.text) if p.kind == "date"}) for ln in above)


def issuer_of_twin_stamp(head: dict, lines: list[Line], stamp: int, limit: int) -> None:
    """A stamp naming no issuer («УТВЕРЖДЕН / постановлением / от … № 206») takes it from a second stamp
    of the same act under it («Приложение N 4 / к постановлению Правительства … / от … N 206»)."""
    for i in range(stamp + 1, min(limit, len(lines))):
        if opens_stamp(lines[i].text):
            twin = stamp_header(lines, i)
            if twin["authority"] and twin["order_number"] == head["order_number"] and \
                    twin["order_date"] == head["order_date"]:
                head["authority"] = twin["authority"]
                return
