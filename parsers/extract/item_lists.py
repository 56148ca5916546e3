"""Lists read by what their items are, whatever introduces them: a lead-in in words no cue knows
(«Министерство поддерживает связь с населением следующими путями:», «… в работе применяются
нижеперечисленные инструменты:») or a heading alone, with no colon and no kind in its words
(«Способы связи с министерством» over «3.1. Официальный сайт.», a bold «Каналы» over a table).

The lead-in is then only a prior: the list stands only where its items read surely as a kind — most
of them channels, needs or directions (normalizers.item_kinds, given to the parsers as a reader by
pipeline/run/content_cells.py) —, or, mixed, where each item reads surely as its own.  Negative evidence stays: a vetoed lead-in («ПРИКАЗЫВАЮ:», «Задачи:») opens no such
list, and a run of the procedure's own clauses («1.1. Настоящий Порядок определяет …», duties, terms)
is none — its items are sentences, with a finite verb, or longer than a name; so is a run whose items
open lists of their own («2.1. Цифровые точки:»).  Only in a document titled as a procedure.
"""
from __future__ import annotations

import re
from functools import lru_cache

from textcore.clean import clean_text
from textcore.lemmas import morph

from ..tables.content_roles import cell_reader
from .appendix_lists import appendix_heading
from .glossary import names_glossary
from .inline import inline_items
from .leadin import vetoed, vocab
from .procedure_title import first_lemma
from .listread import Marker, marker, over_subpoints

_WORD = re.compile(r"[А-Яа-яЁё]+")


def reads_budget() -> list[int]:
    """A document's budget of items read by their kinds (`items_kinds`), fresh."""
    return [vocab()["by_items_reads"]]
_ITEMS_MIN = 2          # fewer items: no list to read by its items
# an act's requisites: its date («от 27.07.2010 № 210-ФЗ», «от 1 февраля 2022 г. N 45») or a federal
# law's number («№ 59-ФЗ»); a number alone is no act's («кабинет № 105»)
_ACT_REQUISITES = re.compile(r"\bот\s+\d{1,2}(?:[./]\d{1,2}[./]|\s+[а-яё]+\s+)\d{2,4}|\d+-ФЗ\b")


def unnamed_lead(body: str, lead: Marker | None, nxt: str | None, set_apart: bool = False) -> bool:
    """Whether a line may introduce a list that names no kind: a lead-in ending with a colon that
    no cue reads and no veto stops, or a heading — at most `subheading_max_words` words, no closing
    punctuation, a name (no predicate) unless set apart as a heading (bold: «Зачем к нам обращаются»)."""
    if not body or nxt is None:
        return False
    # a veto word, a glossary's or the document's own apparatus («Основные задачи», «Сокращения»,
    # «Приложения», «Контактные данные»): no list by its items, whether a heading or a lead-in
    if vetoed(body) or names_glossary(body) or \
            first_lemma(body) in vocab()["apparatus_words"] and not appendix_heading(body):
        return False                   # (an appendix's own heading, «Приложение № 1», is over its list)
    if body.endswith(":"):             # («В Порядке используются следующие сокращения:»: glossary.py)
        return True
    if body[-1] in ".,;!?" or len(body.split()) > vocab()["subheading_max_words"] or \
            not set_apart and states_predicate(body):
        return False
    if lead is None:
        return True
    # a numbered heading over points of its own; a point over its sibling («3.1.» over «3.2.») is an
    # item of a run, no heading (and a run of n items is not read n times over)
    below = marker(nxt)
    return lead.style in ("roman", "clause", "number") and not (
        below and below.style == lead.style and not over_subpoints(lead, below))


def items_kinds(found: list[tuple[int, dict]], budget: list[int]) -> list[tuple[int, dict]]:
    """The records of such a list that read surely as a kind, each with its kind (the pipeline's
    `item_kinds` reader, pipeline/run/content_cells.py: parsers never import normalizers); none
    where the items tell no kind, or no reader was given (a parser used alone).  `budget`: the items
    a document may still have read so (`by_items_reads`; a reading costs tens of ms, and a long
    document has many runs of names under headings), spent here."""
    read = cell_reader("item_kinds")
    if read is None or len(found) > budget[0]:
        return []
    budget[0] -= len(found)
    kinds = read([clean_text(r["text_raw"]) for _, r in found], list(vocab()["open_kinds"]))
    return [(b, {**r, "list_kind": k}) for (b, r), k in zip(found, kinds) if k]


def heading_over(nxt: str) -> bool:
    """Whether the line under a heading starts a list by its mark (a bare line is the heading's
    text going on as often as a list)."""
    e = marker(nxt)
    return e is not None and e.style != "plain"


def names_items(records: list[dict]) -> bool:
    """Whether items read as names of things, as a list's items do: two at least, none opening a
    list of its own (ending with a colon, or holding one inline: «Офлайн-каналы – приём, телефон»),
    none a sub-point of another («1.» and «1.1.»: a table's lead-in rows over their items), and most
    of them short, with no predicate (the order's clauses, «Настоящий Порядок определяет …»,
    «Перечень размещается на сайте», are sentences)."""
    texts = [r["text_raw"].strip() for r in records if r["text_raw"].strip()]
    if len(texts) < _ITEMS_MIN or any(t.endswith(":") or inline_items(t) for t in texts):
        return False
    if sum(bool(_ACT_REQUISITES.search(t)) for t in texts) * 2 >= len(texts):
        return False                   # legal acts cited by date and number: the order's grounds, no names
    numbers = {r["ordinal"] for r in records if r["ordinal"]}
    if any(n.rpartition(".")[0] in numbers for n in numbers):
        return False
    limit = vocab()["inline_max_words_need"]
    names = sum(len(t.split()) <= limit and not states_predicate(t) for t in texts)
    return names * 5 >= len(texts) * 4


def states_duties(records: list[dict]) -> bool:
    """Whether most items of a list open with a verb in the third person («обеспечивает актуализацию
    …», «размещает перечень на сайте»): what someone does — an official's duties, the order's
    clauses —, never points, needs or directions, whatever channel their words name.  (A client's own
    words speak in the first person: «хочу записаться на приём».)"""
    firsts = [_WORD.search(r["text_raw"]) for r in records]
    duties = sum(bool(m) and _third_person(m.group()) for m in firsts)
    return bool(records) and duties * 2 >= len(records)


@lru_cache(maxsize=20_000)
def _third_person(word: str) -> bool:
    tag = morph().parse(word.lower())[0].tag
    return tag.POS == "VERB" and tag.person == "3per"


def states_predicate(text: str) -> bool:
    """Whether the first clause states something: a verb in the indicative or a short participle
    («Перечень размещается …», «… утверждён …»); words in brackets or quotes («приложение «Мы
    вместе»») and a clause after a comma («узнать, включён ли …») do not count."""
    bare = re.sub(r"\([^()]*\)|«[^«»]*»", " ", text)
    first = re.split(r",|\s[–—-]\s", bare, maxsplit=1)[0]
    return any(_states(w) for w in re.findall(r"[А-Яа-яЁёA-Za-z]+", first))


@lru_cache(maxsize=20_000)
def _states(word: str) -> bool:
    # a word of mixed scripts («трудоустройcтва» with a Latin «c») is no Russian verb
    tag = morph().parse(word.lower())[0].tag
    return tag.POS == "PRTS" or tag.POS == "VERB" and tag.mood == "indc"
