"""What the extra touchpoint layouts put in cells besides the phrases: need labels of a
check-mark matrix, a channel's details (address, phone, hours, URL), footnotes.

Scaffolding worded as published lists word it; none of it is scored text except through the
gold the generator keeps (the need codes of a matrix's columns, the channel's code)."""
from __future__ import annotations

import random

# a need column's heading, two wordings each (taxonomy order: the order the columns take)
NEED_LABELS = {
    "information": ("Получение информации", "Информирование"),
    "status": ("Информация о ходе рассмотрения", "Уведомление о ходе рассмотрения"),
    "consultation": ("Консультирование", "Получение консультации"),
    "forms": ("Получение форм документов (бланков)", "Бланки документов"),
    "submission": ("Подача заявления (обращения, документов)", "Направление обращения, документов"),
    "result": ("Получение результата (ответа)", "Получение результата"),
    "inspection_objects": ("Предоставление объектов для осмотра", "Предоставление объектов для проверки"),
    "feedback": ("Обратная связь, оценка качества", "Оценка качества"),
    "feedback_result": ("Получение результата рассмотрения обратной связи", "Ответ на обратную связь"),
    "other": ("Иное", "Другое"),
}
MARKS = {"plus": "+", "check": "✓", "v": "V", "da": "да"}
BLANKS = {"empty": "", "dash": "–"}
# details printed on lines of their own under the channel's name, by channel code
DETAILS = {
    "phone": ("тел. 8 (800) 200-12-34", "пн–чт 9.00–18.00, пт 9.00–16.45"),
    "personal_reception": ("г. Энск, ул. Советская, д. 12, каб. 105", "вторник, четверг 10.00–13.00"),
    "website": ("https://minsoc.example-region.ru",),
    "email": ("E-mail: priemnaya@example-region.ru",),
    "written_mail": ("Адрес: 123456, г. Энск, ул. Советская, д. 12",),
    "social_network": ("https://vk.com/minsoc_region",),
    "messenger": ("Telegram: @minsoc_region",),
    "mfc": ("г. Энск, пр. Мира, д. 3", "пн–сб 8.00–20.00"),
    "info_stand": ("1 этаж, холл",),
    "gosuslugi": ("https://www.gosuslugi.ru",),
    "internal_office": ("каб. 214, 216",),
    "video_conference": ("по предварительной записи",),
}
NOTES = ("по предварительной записи", "в рабочие дни", "при наличии технической возможности")
FOOTNOTES = {"*": "* Режим работы указан на официальном сайте министерства.",
             "1)": "1) Процесс реализуется совместно с подведомственными учреждениями."}


def need_columns(codes: set[str]) -> list[str]:
    """The matrix's need columns: the needs the list uses, in the taxonomy's order."""
    return [c for c in NEED_LABELS if c in codes]


def need_label(code: str, rng_pick: int) -> str:
    return NEED_LABELS[code][rng_pick % 2]


def channel_lines(phrase: str, code: str, with_details: bool, mark: str = "") -> list[str]:
    lines = [phrase + mark]
    return lines + list(DETAILS.get(code, ())) if with_details else lines


def note(rng: random.Random, blank: str) -> str:
    return rng.choice(NOTES) if rng.random() < 0.3 else BLANKS[blank]
