"""What the kinds of `--layouts heldout10` share: the header wordings of yet another region's ministry (`header_words`
`regional`: «Сфера ведения министерства», «Предмет обращения (услуга, функция, сервис)», «Место (способ) контакта с
клиентом», «Характер точки», «Ожидания получателя»; a plan's «Содержание работ», «Период исполнения», «Ответственный
за исполнение», «Итоговый документ»), the kind words of another hand («дистанционная» / «очная», «цифровая» /
«физическая») and the last day of a month. Scaffolding, the same in both halves; none of it is gold."""
from __future__ import annotations

import calendar

AXES = {"header_words": ("plain", "regional")}
# a point's kind as a document words it: (digital, offline) for the cell, (digital, offline) for a group row
TYPE_WORDS = {"plain": ("цифровая", "офлайн"), "remote": ("дистанционная", "очная"),
              "physical": ("цифровая", "физическая")}
TYPE_GROUPS = {"plain": ("Цифровые точки взаимодействия", "Офлайн-точки взаимодействия"),
               "remote": ("Дистанционные точки взаимодействия", "Очные точки взаимодействия"),
               "physical": ("Цифровые точки взаимодействия", "Физические точки взаимодействия")}
ROMAN = ("I", "II", "III", "IV")
MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
          "декабрь")
MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")


def end(year: int, month: int) -> str:
    """The last day of a month, ISO."""
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def label(labels: dict[str, tuple[str, str]], col: str, ax) -> str:
    """A column's heading in the document's wording (`plain` or `regional`)."""
    return labels[col][ax["header_words"] == "regional"]
