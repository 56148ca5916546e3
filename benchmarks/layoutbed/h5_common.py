"""What the documents of `--layouts heldout5` share: the act around the appendix may be an AMENDING order
(«О внесении изменений в приказ … от … № …») that restates the appendix in a new edition (a double stamp: this
act's, then the amended act's in quotes) or changes it point by point; and a national republic's bilingual
blank (the body and «ПРИКАЗ» beside the state language's «БОЕРЫК»). Scaffolding wording, both halves alike;
the gold is what the appendix (or the amending text) states."""
from __future__ import annotations

import random

from . import preamble
from .doc import Para

# bodies of a republic with two state languages, as their blanks name them (Russian, Tatar)
BILINGUAL = (("Министерство финансов Республики Татарстан", "Татарстан Республикасы Финанс министрлыгы"),
             ("Министерство транспорта и дорожного хозяйства Республики Татарстан",
              "Татарстан Республикасы Транспорт һәм юл хуҗалыгы министрлыгы"),
             ("Министерство здравоохранения Республики Татарстан",
              "Татарстан Республикасы Сәламәтлек саклау министрлыгы"))
# column headings in the republic's state language (a table whose headers give both languages)
TATAR = {"Направление деятельности": "Эшчәнлек юнәлеше",
         "Наименование процесса": "Процесс исеме",
         "Точка (канал) взаимодействия": "Үзара хезмәттәшлек ноктасы (каналы)",
         "Вид точки взаимодействия": "Нокта төре",
         "Потребности клиента": "Клиент ихтыяҗлары",
         "Клиент (внешний/внутренний)": "Клиент (тышкы/эчке)"}


def _date(rng: random.Random, year: int) -> tuple[str, str]:
    """(a date as orders print it, a number)."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    date = f"{day:02d}.{month:02d}.{year}" if rng.random() < 0.5 else \
        f"«{day}» {preamble.MONTHS[month - 1]} {year} г."
    return date, f"{rng.randint(10, 999)}{rng.choice(('', '-п', '-од', '/01-07'))}"


def issuer(rng: random.Random, bilingual: bool) -> tuple[str, str | None]:
    if bilingual:
        return rng.choice(BILINGUAL)
    return preamble.issuer(rng), None


def blank(body: str, tatar: str | None) -> list[Para]:
    """The blank's head: the body and «ПРИКАЗ», beside them the state language's name and «БОЕРЫК»."""
    if tatar is None:
        return [Para(body.upper(), bold=True, center=True), Para("ПРИКАЗ", bold=True, center=True)]
    return [Para(body.upper(), bold=True, center=True), Para(tatar.upper(), bold=True, center=True),
            Para("ПРИКАЗ" + " " * 20 + "БОЕРЫК", bold=True, center=True)]


def order(rng: random.Random, kind: str, body: str, tatar: str | None, act_form: str) -> tuple[list[Para], dict]:
    """The act before its appendix or its amendments, and the dates and numbers it names (`old`: the amended act's).
    `original`: preamble's order; `new_edition` / `amend_*`: an order amending an earlier one."""
    this, old = _date(rng, rng.choice((2024, 2025))), _date(rng, 2023)
    refs = {"date": this[0], "number": this[1], "old_date": old[0], "old_number": old[1]}
    if act_form == "original":
        paras = preamble.order_paras(rng, kind, body)
        return blank(body, tatar) + paras[2:], refs
    title = preamble.TITLES[kind]
    head = blank(body, tatar) + [Para(f"от {this[0]}    № {this[1]}"),
                                 Para(f"О внесении изменений в приказ от {old[0]} № {old[1]} «{title}»", bold=True,
                                      center=True),
                                 Para("В целях актуализации сведений ПРИКАЗЫВАЮ:")]
    if act_form == "new_edition":
        head += [Para(f"1. Приложение к приказу от {old[0]} № {old[1]} «{title}» изложить в новой редакции "
                      "согласно приложению к настоящему приказу."),
                 Para("2. Контроль за исполнением настоящего приказа оставляю за собой."),
                 Para("Министр" + " " * 30 + "А.Б. Васильев")]
    return head, refs


def new_edition_stamp(kind: str, body: str, refs: dict) -> list[Para]:
    """The appendix of an act restating another's: its own stamp, then the amended act's in quotes."""
    return [Para(f"Приложение к приказу от {refs['date']} № {refs['number']}", page_break_before=True),
            Para(f"«Приложение к приказу от {refs['old_date']} № {refs['old_number']}"),
            Para(f"{preamble.APPENDIX[kind]} ({body})", bold=True, center=True)]


def signature() -> list[Para]:
    return [Para("2. Контроль за исполнением настоящего приказа оставляю за собой."),
            Para("Министр" + " " * 30 + "А.Б. Васильев")]
