"""What the documents of `--layouts heldout6` share: abbreviations of channels explained once in a glossary
(«Используемые сокращения: ЕПГУ – …») and then used bare in the list's cells or items. Scaffolding written for
the bed from the contract's channel definitions (§4.1) — both halves alike; the gold keeps the pool row's code."""
from __future__ import annotations

from .doc import Para

# channel code -> (abbreviations as a list's cell or item writes them, what the glossary says each stands for)
ABBREV = {
    "gosuslugi": (("ЕПГУ", "ЛК ЕПГУ", "РПГУ"),
                  ("федеральная государственная информационная система «Единый портал государственных и "
                   "муниципальных услуг (функций)»",
                   "личный кабинет заявителя на Едином портале государственных и муниципальных услуг (функций)",
                   "региональный портал государственных и муниципальных услуг")),
    "feedback_platform": (("ПОС", "ФГИС ПОС"),
                          ("платформа обратной связи",
                           "федеральная государственная информационная система «Платформа обратной связи»")),
    "edms": (("СЭД", "ЕСЭД"), ("система электронного документооборота",
                               "единая система электронного документооборота исполнительных органов области")),
    "video_conference": (("ВКС",), ("видео-конференц-связь",)),
    "workstation": (("АРМ",), ("автоматизированное рабочее место",)),
    "mfc": (("МФЦ",), ("многофункциональный центр предоставления государственных и муниципальных услуг",)),
    "phone": (("ЕКЦ", "КЦ"), ("единый контакт-центр", "контакт-центр (колл-центр) министерства")),
}


def short(code: str, k: int) -> str | None:
    """The k-th (modulo) abbreviation a document uses for a channel code, or None."""
    if code not in ABBREV:
        return None
    names = ABBREV[code][0]
    return names[k % len(names)]


def expansion(abbrev: str) -> str:
    for names, longs in ABBREV.values():
        if abbrev in names:
            return longs[names.index(abbrev)]
    raise KeyError(abbrev)


def glossary(used: list[str], lead: str) -> list[Para]:
    """«<lead>» then a line per abbreviation used, in alphabetical order, «X – …;» (the last with «.»)."""
    names = sorted(set(used))
    if not names:
        return []
    return [Para(lead)] + [Para(f"{a} – {expansion(a)}{'.' if k == len(names) - 1 else ';'}")
                           for k, a in enumerate(names)]
