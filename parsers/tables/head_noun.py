"""A heading's head noun: a Russian heading is a noun phrase whose head comes first and whose
dependents follow it — genitives, «за …», «с …», «для …» («Ответственный за мероприятие», «Исполнитель
работ», «Тип канала», «Результат мероприятия»).  Where two fields' phrases each cover part of a heading,
the one covering its head names the column; the dependent's field is only what the column is about.

The head is the first content word after a lead word that names no column («Наименование канала»,
«Содержание мероприятия», «Перечень услуг»: the head is the word after it); the lead words are data
(`head_lead_words` in parsers/data/columns.yaml).  A phrase that does not cover the head scores
`DEPENDENT_WEIGHT` of its share — only where some phrase of the heading's kind covers it, so a heading
whose head no vocabulary knows scores as before; and never in a heading of several heads side by side
(«Срок исполнения, ответственный исполнитель», «Направление деятельности, процесс, точка взаимодействия»,
«Процесс: канал», «Канал – тип точки»,
«Канал / тип точки»): each is a column's name, none the others' dependent."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from textcore.lemmas import lemma, normalize
from textcore.vocab import load_yaml

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
# below 1 so that a tie goes to the head's field; above the share a second word of a phrase adds
# («точка взаимодействия» 2/3 beside «тип точки взаимодействия» 3/3 stays behind), so only near ties turn
DEPENDENT_WEIGHT = 0.9
# a colon joins two names only with words after it: a label's closing «:» («Канал связи:») joins nothing
_SIDE_BY_SIDE = re.compile(r"[,;/\\+]|:\s*[^\W\d]|\s[–—-]\s|\s(?:и|или)\s", re.I)


# a heading opening with a number sign or word and naming what it numbers («№ мероприятия», «Номер пункта плана»)
_NUMBER_HEAD = re.compile(r"^\s*(?:№|n(?=[\s.])|номер\b)\.?\s*([^\W\d_]+)", re.I)


@lru_cache(maxsize=None)
def _number_fields() -> dict[str, str]:
    return dict(load_yaml(_DATA, required=("number_head_fields",))["number_head_fields"])


@lru_cache(maxsize=None)
def _numbered_elsewhere() -> frozenset[str]:
    return frozenset(lemma(w) for w in load_yaml(_DATA, required=("number_head_not",))["number_head_not"])


def number_head_field(kind: str, text: str) -> str | None:
    """The kind's number field where a heading's head is a number («№ мероприятия»: the measure's number, not the
    measure — what follows the number is its dependent, as a genitive after any head is); None elsewhere."""
    field = _number_fields().get(kind)
    text = normalize(text)
    # «№ и дата документа», «Номер, дата протокола»: names side by side, an outcome's act — no number head
    m = _NUMBER_HEAD.match(text) if field and not _SIDE_BY_SIDE.search(text) else None
    return field if m and lemma(m.group(1)) not in _numbered_elsewhere() else None


@lru_cache(maxsize=None)
def _leads() -> frozenset[str]:
    raw = load_yaml(_DATA, required=("head_lead_words",))["head_lead_words"]
    return frozenset(lemma(normalize(str(w))) for w in raw)


def head_word(text: str, cell: tuple[str, ...]) -> str | None:
    """The heading's head (a lemma) among its content words in order; None when it has none but leads or
    names several things side by side."""
    if _SIDE_BY_SIDE.search(text):
        return None
    return first_word(cell)


def first_word(cell: tuple[str, ...]) -> str | None:
    """The heading's first content word after its lead words: its head, unless it names several things."""
    return next((w for w in cell if w not in _leads() and w.isalpha()), None)


def weighed(matches: list[tuple[str, float, frozenset[str] | None]], head: str | None) -> dict[str, float]:
    """Each field's best score from (field, score, the phrase's words — None for a fuzzy match), a phrase
    missing the head weighed down where another covers it."""
    covered = head is not None and any(words is not None and head in words for _, _, words in matches)
    out: dict[str, float] = {}
    for field, score, words in matches:
        if covered and words is not None and head not in words:
            score *= DEPENDENT_WEIGHT
        out[field] = max(score, out.get(field, 0.0))
    return out
