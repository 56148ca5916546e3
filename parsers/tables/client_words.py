"""Words in a heading that name WHO the client is, not what the column holds: «Точка контакта с
получателем услуг», «Мотив обращения получателя услуг», «Способ связи с заявителем».  A heading names
its column by the rest («точка контакта», «мотив обращения»); its client words only say whose that is,
as «клиент» does (columns.py leaves «клиент» out of every heading).  They still count where a field's
phrase holds them («Категория получателей», «Запросы заявителя»): the client column's own name.

The phrases are data (`client_words` in parsers/data/columns.yaml), matched as runs of lemmas."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from textcore.lemmas import lemmas
from textcore.vocab import load_yaml

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"


@lru_cache(maxsize=None)
def _phrases() -> tuple[tuple[str, ...], ...]:
    raw = load_yaml(_DATA, required=("client_words",))["client_words"]
    # the longest first: «получатель услуги» takes «услуга» with it, «получатель» alone leaves it
    return tuple(sorted((tuple(lemmas(p)) for p in raw), key=len, reverse=True))


def client_words(words: tuple[str, ...]) -> frozenset[str]:
    """The heading's content words (lemmas, in order) that make up a client phrase in it."""
    return frozenset(w for run in client_runs(words) for w in run)


def client_runs(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each client phrase found in the heading's content words, as its lemmas in order (the client first)."""
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        for p in _phrases():
            if p and tuple(words[i:i + len(p)]) == p:
                out.append(p)
                i += len(p)
                break
        else:
            i += 1
    return tuple(out)


def splits_a_client(phrase: frozenset[str], runs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a field's phrase takes a word out of a client phrase without the rest of it: «услуга» of
    «Наименование канала с получателем услуг» is whose the channel is, no service named; a phrase holding
    the whole client phrase («Категория получателей услуги») still counts it, and so does one holding the
    client himself, its first word («получатель» of «Получатели мер поддержки»: a column of clients)."""
    return any(phrase & set(run) and not set(run) <= phrase and run[0] not in phrase for run in runs)
