"""A touchpoint list in a layout none of the seeds uses (bench_ocr's held-out check).

Another ministry, another column order (touchpoint first, direction last), a
"Тип точки взаимодействия" column before the process, group cells repeated on
every row instead of merged, and other channels and wording.  Written by hand
for the benchmark; the expected records are those of the same document read
from its Word render (text layer), so the figure measures what the scan loses.
"""
from __future__ import annotations

from parsers.document import Cell, Document, Paragraph, Row, Table

HEADER = ["№ п/п", "Точка взаимодействия", "Тип точки взаимодействия", "Наименование процесса",
          "Осуществляемое взаимодействие", "Направление деятельности"]

_SERVICES = "Предоставление государственных услуг"
_SUPPORT = "Предоставление мер государственной поддержки"
_APPEALS = "Рассмотрение обращений граждан"
ROWS = [
    ("Единый портал государственных услуг", "Цифровая точка", "Выдача лицензии на медицинскую деятельность",
     "Подача заявления. Получение результата", _SERVICES),
    ("Телефон горячей линии министерства", "Офлайн-точка", "Выдача лицензии на медицинскую деятельность",
     "Консультирование заявителя", _SERVICES),
    ("Личный прием в отделе лицензирования", "Офлайн-точка", "Выдача лицензии на медицинскую деятельность",
     "Прием документов. Выдача результата", _SERVICES),
    ("Официальный сайт министерства", "Цифровая точка", "Выплата компенсации на проезд к месту лечения",
     "Информирование о мере поддержки", _SUPPORT),
    ("Электронная почта minzdrav@example.ru", "Цифровая точка", "Выплата компенсации на проезд к месту лечения",
     "Подача заявления на получение меры поддержки", _SUPPORT),
    ("Многофункциональный центр", "Офлайн-точка", "Выплата компенсации на проезд к месту лечения",
     "Прием заявления и документов", _SUPPORT),
    ("Платформа обратной связи", "Цифровая точка", "Рассмотрение обращений граждан",
     "Направление обращения. Получение ответа", _APPEALS),
    ("Почтовая связь", "Офлайн-точка", "Рассмотрение обращений граждан",
     "Направление письменного обращения", _APPEALS),
    ("Сообщество министерства в социальной сети ВКонтакте", "Цифровая точка", "Рассмотрение обращений граждан",
     "Получение информации. Обратная связь", _APPEALS),
    ("Телефон приемной министра", "Офлайн-точка", "Рассмотрение обращений граждан",
     "Запись на личный прием", _APPEALS),
]


def heldout_document() -> Document:
    header = Row([Cell(t) for t in HEADER], is_header=True)
    rows = [Row([Cell(str(i))] + [Cell(t) for t in r]) for i, r in enumerate(ROWS, 1)]
    return Document([
        Paragraph("Министерство здравоохранения Примерной области"),
        Paragraph("ПРИКАЗ", bold=True),
        Paragraph("Об утверждении перечня точек взаимодействия с клиентом"),
        Paragraph("Перечень точек взаимодействия с клиентом", bold=True),
        Table([header] + rows),
    ], "txt")
