"""Columns the contract does not hold, for `--mutate extra_columns`: a heading and plausible
filler per kind of table (a touchpoint list's «Ответственный за точку» never goes in a roadmap,
whose responsible is a field of its own; no filler names a channel, a date or a need)."""
from __future__ import annotations

import random
from typing import Callable

_NOTES = ("", "", "—", "по согласованию", "при наличии технической возможности", "в соответствии с регламентом")
_PEOPLE = ("Иванова А.С., главный специалист", "Петров И.И.", "начальник отдела организационной работы",
           "Сидорова Е.В., консультант", "заместитель начальника управления")
_STATUS = ("действует", "планируется", "в разработке", "внедрено", "на согласовании")
_LINKS = ("https://min.region.example/docs/{n}", "http://region.example/about/{n}", "—")
_PERIODS = ("ежедневно", "по мере обращения", "ежемесячно", "в рабочие дни", "еженедельно")
_FUNDS = ("в рамках текущего финансирования", "не требуется", "областной бюджет", "внебюджетные средства")

COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "touchpoint_list": {"Примечание": _NOTES, "Ответственный за точку": _PEOPLE, "Статус": _STATUS,
                        "Ссылка": _LINKS, "Периодичность": _PERIODS},
    "roadmap": {"Примечание": _NOTES, "Статус": _STATUS, "Ссылка": _LINKS, "Источник финансирования": _FUNDS},
    "procedure": {"Примечание": _NOTES, "Ссылка": _LINKS},
}


def extra_column(kind: str, rng: random.Random, taken: set[str]) -> tuple[str, Callable[[random.Random], str]]:
    """A heading not among `taken` and its filler: each call of the filler gives one body cell."""
    label = rng.choice(sorted(set(COLUMNS[kind]) - taken))
    values = COLUMNS[kind][label]
    return label, lambda r: r.choice(values).format(n=r.randint(10, 999))
