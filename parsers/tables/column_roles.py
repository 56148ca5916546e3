"""Columns of a touchpoint list that are no field of the contract, and what stands in for a
field a list does not name.

Lists of other regions add columns between the process and the channel: who the client is
(«Категория клиентов»: ФЛ, ЮЛ, ИП) and the step of the client's way a row is («Этап
клиентского пути»: «Подача заявления», «Получение результата»).  Their headings are claimed as
kinds of their own in parsers/data/columns.yaml (`client_category`, `journey_stage`), so the
greedy mapping never gives such a column to the needs or the channel («Этап взаимодействия»
is close, by spelling, to «Точка взаимодействия»); the extractors read only the contract's
fields, so these columns are dropped.

A stage is what the needs taxonomy names («Подача заявления» is `submission`): where a list
has a stage column and no needs column, the stage column is read as the needs
(`stand_ins`, data); where it has both, the needs column alone is — need marks under a
one-row header are such a column (`header_rows.with_mark_columns`, `standing_in`).

A heading whose telling word is one the header scoring ignores («Тип клиента»: «клиент» is
added to many fields' headings) is read word for word first (`whole_headings`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable
from pathlib import Path

from textcore.lemmas import lemmas
from textcore.vocab import load_yaml

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"


@lru_cache(maxsize=None)
def _stand_ins(kind: str) -> tuple[tuple[str, str], ...]:
    data = load_yaml(_DATA, required=(kind,))[kind]
    return tuple((field, other) for field, other in (data.get("stand_ins") or {}).items())


def with_stand_ins(kind: str, fields: dict[str, int]) -> dict[str, int]:
    """The field -> column mapping with each field the header does not name given the column
    that stands in for it (the stage column for the needs), that column no longer its own kind."""
    out = dict(fields)
    for field, other in _stand_ins(kind):
        if field not in out and other in out:
            out[field] = out.pop(other)
    return out


def standing_in(kind: str, columns: dict[str, int], texts: list[str],
                best: Callable[[str, str], str | None]) -> dict[str, str]:
    """Field -> the kind of the column standing in for it in this mapping (its heading, `best`,
    names that kind, not the field): a field a matrix of marks may still name (`with_mark_columns`)."""
    return {f: other for f, other in _stand_ins(kind)
            if f in columns and columns[f] < len(texts) and best(kind, texts[columns[f]]) == other}


@lru_cache(maxsize=None)
def _whole(kind: str) -> dict[frozenset[str], str]:
    data = load_yaml(_DATA, required=(kind,))[kind]
    return {_words(phrase): field for field, phrases in (data.get("whole_headings") or {}).items()
            for phrase in phrases}


def _words(text: str) -> frozenset[str]:
    """The heading's words, in any order, each once: a word both languages of a bilingual heading
    share («Клиент (внешний/внутренний) / Клиент (тышкы/эчке)») names the column once."""
    return frozenset(w for w in lemmas(text) if w.isalpha())


def whole_heading_words(kind: str) -> frozenset[str]:
    """The lemmas of the headings read word for word."""
    return frozenset().union(*_whole(kind))


def whole_heading(kind: str, text: str) -> str | None:
    """The field a heading names word for word («Тип клиента» -> client_category), or None."""
    return _whole(kind).get(_words(text))
