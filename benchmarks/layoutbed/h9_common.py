"""What the kinds of `--layouts heldout9` share: the header wordings of another region's ministry (`header_words`
`regional`: column names no earlier set writes — «Область деятельности министерства», «Инструмент взаимодействия с
заявителем», «Формат точки», «Запросы (ожидания) заявителя»; a plan's «Перечень мероприятий (работ)», «Срок
выполнения», «Исполнитель», «Форма завершения»), periods written in words («первый квартал», «второе полугодие»)
and the last day they mean, and the empty row a list keeps between its groups. Scaffolding, the same in both halves;
none of it is gold."""
from __future__ import annotations

import calendar
import re

from .doc import Cell, Para

AXES = {"header_words": ("plain", "regional")}
QUARTER_WORDS = ("первый", "второй", "третий", "четвертый")
QUARTER_PREP = ("первом", "втором", "третьем", "четвертом")
HALF_WORDS = ("первое", "второе")
HALF_GEN = ("первого", "второго")
ROMAN = ("I", "II", "III", "IV")


def end(year: int, month: int) -> str:
    """The last day of a month, ISO."""
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def label(labels: dict[str, tuple[str, str]], col: str, ax) -> str:
    """A column's heading in the document's wording (`plain` or `regional`)."""
    return labels[col][ax["header_words"] == "regional"]


def empty_row(width: int) -> list[Cell]:
    """A row of empty cells (not merged): the blank line a list keeps between its groups."""
    return [Cell([]) for _ in range(width)]


def order_year(blocks: list) -> int:
    """The year of the order's date (its third paragraph, «от … 2025 …»)."""
    para = blocks[2]
    assert isinstance(para, Para)
    return int(re.search(r"(20\d\d)", para.text).group(1))
