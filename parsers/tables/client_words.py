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


def cut_client_runs(words: tuple[str, ...], cuts: tuple[frozenset[str], ...]) -> tuple[tuple[str, ...], ...]:
    """Client phrases of two words or more whose first word is cut short («с получат. услуг»): a cut that may
    stand for it (`cut_words`, its candidate lemmas) with the rest of the phrase in the heading's words."""
    return tuple(p for p in _phrases() if len(p) >= 2 and any(p[0] in c for c in cuts)
                 and any(words[i:i + len(p) - 1] == p[1:] for i in range(len(words))))


def splits_a_client(phrase: frozenset[str], runs: tuple[tuple[str, ...], ...], head: str | None = None) -> bool:
    """Whether a field's phrase takes a word out of a client phrase without the rest of it: «услуга» of
    «Наименование канала с получателем услуг» is whose the channel is, no service named; a phrase holding
    the whole client phrase («Категория получателей услуги») still counts it, and so does one holding the
    client himself where he heads the heading (`head`, its first content word: «получатель» of «Получатели мер
    поддержки», a column of clients — not of «Канал связи с получателем услуг», whose he is)."""
    return any(phrase & set(run) and not set(run) <= phrase and not (run[0] in phrase and run[0] == head)
               for run in runs)
