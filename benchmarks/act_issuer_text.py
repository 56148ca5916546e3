"""The words around an act's issuer in the issuer grammar's headers (benchmarks/act_issuers.py): numbers,
dates, the header's lines, the act's points and its signature.  Never imports the program."""
from __future__ import annotations

import datetime as dt
import random

from benchmarks.act_issuer_grammar import Body, Region

MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря")
_TITLES = ("Об утверждении перечня точек взаимодействия с клиентами",
           "Об утверждении плана мероприятий («дорожной карты») по повышению клиентоцентричности",
           "О внедрении стандарта клиентоцентричности",
           "Об организации работы по повышению качества обслуживания заявителей")
_PEOPLE = ("И.И. Иванов", "А.В. Петрова", "С.Н. Кузнецов", "Е.А. Смирнова", "О.Л. Васильев", "Р.Р. Хасанов")
_VERB_END = {"m": "", "n": "о", "f": "а"}


def _number(rng: random.Random, kind: str) -> str:
    n = str(rng.randint(1, 1999))
    suffix = {"приказ": ("", "-п", "-од", "-н"), "постановление": ("", "-п", "-пп"),
              "распоряжение": ("-р", "-рп", ""), "указ": ("", "-уг")}[kind]
    return rng.choice((n + rng.choice(suffix), f"{rng.randint(1, 12):02d}-{rng.randint(1, 30):02d}/{n}"))


def _date_text(rng: random.Random, d: dt.date) -> str:
    return rng.choice((f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year} г.",
                       f"«{d.day:02d}» {MONTHS[d.month - 1]} {d.year} года"))


def _pair(rng: random.Random, d: dt.date, num: str) -> str:
    sign = rng.choice(("№", "N"))
    return rng.choice((f"от {_date_text(rng, d)} {sign} {num}", f"{_date_text(rng, d)}{' ' * rng.randint(6, 30)}{sign} {num}"))


def _wrap(rng: random.Random, words: list[str]) -> list[str]:
    width, lines, cur = rng.randint(22, 48), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return lines + [cur]


def _enacting(body: Body, region: Region, kind: str) -> str:
    if kind == "приказ":
        return "приказываю:"
    if kind == "постановление":
        return f"{body.nom(region.gen)} постановляет:" if body.head in ("правительство", "администрация", "кабинет") \
            else "постановляю:"
    return "постановляю:" if kind == "указ" else ""


def _text(rng: random.Random, kind: str, enacting: str, middle: str = "") -> list[str]:
    """The act's body under its header: the preamble, the points, the control clause."""
    pre = "В целях повышения качества предоставления государственных услуг и клиентоцентричности"
    lines = [f"{pre} {enacting}".strip(), "1. Утвердить прилагаемый перечень точек взаимодействия с клиентами."]
    if middle:
        lines.append(middle)
    lines.append(f"{len(lines)}. Контроль за исполнением настоящего {_GEN_KIND[kind]} оставляю за собой.")
    return lines


_GEN_KIND = {"приказ": "приказа", "постановление": "постановления", "распоряжение": "распоряжения", "указ": "указа"}


def _sign(rng: random.Random, post: str) -> list[str]:
    person = rng.choice(_PEOPLE)
    if rng.random() < 0.5 or len(post) > 40:
        *first, last = _wrap(random.Random(rng.random()), post.split())
        return ["", *first, f"{last}{' ' * rng.randint(8, 30)}{person}"]
    return ["", f"{post}{' ' * rng.randint(8, 30)}{person}"]


def _header(rng: random.Random, issuer_lines: list[str], kind: str, d: dt.date, num: str, region: Region) -> list[str]:
    kind_line = rng.choice((kind.upper(), " ".join(kind.upper()), kind.capitalize()))
    return [*issuer_lines, "", kind_line, "", _pair(rng, d, num), f"г. {region.centre}", "", rng.choice(_TITLES), ""]


def _plain_post(body: Body) -> str:
    return {"министерство": "Министр", "правительство": "Губернатор", "администрация": "Губернатор"}.get(
        body.head, "Руководитель")


def _lower_first(s: str) -> str:
    return s[0].lower() + s[1:]


def _dateline(rng: random.Random, d: dt.date) -> str:
    """A news item's own date: a few days after the act's."""
    day = d + dt.timedelta(days=rng.randint(1, 9))
    return f"{day.day:02d}.{day.month:02d}.{day.year}"
