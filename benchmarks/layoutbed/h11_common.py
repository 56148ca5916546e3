"""What the kinds of `--layouts heldout11` share: the header wordings of one more region's ministry (`header_words`
`regional`: «№ строки», «Отраслевое направление», «Процесс (жизненная ситуация, услуга)», «Способ обращения клиента»,
«Категория точки», «Ключевые запросы клиента»; a plan's «№ пункта», «Описание мероприятия», «Плановый срок»,
«Ответственное структурное подразделение (должностное лицо)», «Форма отчетности»), the point-kind words of another
hand («удаленная» / «непосредственная») and the last day of a period. Scaffolding, the same in both halves; none of
it is gold."""
from __future__ import annotations

import calendar

AXES = {"header_words": ("plain", "regional")}
# a point's kind as a document words it: (digital, offline)
TYPE_WORDS = {"plain": ("цифровая", "офлайн"), "remote_direct": ("удаленная", "непосредственная")}
ROMAN = ("I", "II", "III", "IV")
MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")


def end(year: int, month: int) -> str:
    """The last day of a month, ISO."""
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def label(labels: dict[str, tuple[str, str]], col: str, ax) -> str:
    """A column's heading in the document's wording (`plain` or `regional`)."""
    return labels[col][ax["header_words"] == "regional"]


def appendix_stamp(n: int, blocks: list) -> str:
    """«Приложение № n к приказу от … № …» with the order's date and number (its third paragraph)."""
    return f"Приложение № {n} к приказу {' '.join(blocks[2].text.split())}"
