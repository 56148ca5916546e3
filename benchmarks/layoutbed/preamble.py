"""The order around an appendix: issuer, ПРИКАЗ, date and number, title, approval stamp.

Metadata is not scored here; it only has to look like an order so that the
document is read as one."""
from __future__ import annotations

import random

from .doc import Para

# issuers are layout scaffolding (not scored): a few bodies and regions
BODIES = ("Министерство здравоохранения", "Министерство образования и науки", "Министерство труда и занятости",
          "Министерство имущественных отношений", "Министерство природных ресурсов и экологии",
          "Министерство спорта", "Министерство сельского хозяйства")
REGIONS = ("Тверской области", "Пензенской области", "Республики Марий Эл", "Алтайского края",
           "Ярославской области", "Омской области", "Республики Хакасия")
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря")
TITLES = {"touchpoint_list": "Об утверждении перечня точек взаимодействия с клиентами",
          "roadmap": "Об утверждении плана мероприятий («дорожной карты») по внедрению стандартов "
                     "клиентоцентричности",
          "procedure": "Об утверждении Порядка ведения перечня точек взаимодействия с внешними и "
                       "внутренними клиентами"}
APPENDIX = {"touchpoint_list": "Перечень точек взаимодействия с клиентами",
            "roadmap": "План мероприятий («дорожная карта») по внедрению стандартов клиентоцентричности",
            "procedure": "Порядок ведения перечня точек взаимодействия с внешними и внутренними клиентами"}


def issuer(rng: random.Random) -> str:
    return f"{rng.choice(BODIES)} {rng.choice(REGIONS)}"


def order_paras(rng: random.Random, kind: str, body: str, appendix_no: int | None = None) -> list[Para]:
    """The order's first page, then the appendix's heading («Приложение № N к приказу …» when numbered)."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2023, 2024, 2025))
    number = f"{rng.randint(10, 999)}{rng.choice(('', '-п', '-од', '/01-07'))}"
    date = f"{day:02d}.{month:02d}.{year}" if rng.random() < 0.5 else f"«{day}» {MONTHS[month - 1]} {year} г."
    return [Para(body.upper(), bold=True, center=True), Para("ПРИКАЗ", bold=True, center=True),
            Para(f"от {date}    № {number}"), Para(TITLES[kind], bold=True, center=True),
            Para("В целях реализации принципов и стандартов клиентоцентричности ПРИКАЗЫВАЮ:"),
            Para(f"1. Утвердить прилагаемый документ: {APPENDIX[kind].lower()}."),
            Para("2. Контроль за исполнением настоящего приказа оставляю за собой."),
            Para("Министр" + " " * 30 + "А.Б. Васильев"),
            Para(f"Приложение{f' № {appendix_no}' if appendix_no else ''} к приказу от {date} № {number}",
                 page_break_before=True),
            Para(f"{APPENDIX[kind]} ({body})", bold=True, center=True)]
