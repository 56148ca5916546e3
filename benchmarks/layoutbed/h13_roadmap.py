"""Roadmaps in the layouts of `--layouts heldout13` (held out when written; see the bed README): terms as a PERIOD the
work runs through («в течение 2025 года», «в течение I полугодия 2025 г.», «в течение III квартала 2025 г.»: the
period's last day) or a REPETITION with no date («ежеквартально», «1 раз в полугодие», «по мере необходимости»: null);
a column of the CURATOR who controls the item («Куратор мероприятия»: a person who is not its responsible); the
responsible cell naming the UNIT first and the person on a line below; the column names of another region. Otherwise
mainstream: №, activity, «Срок исполнения», «Ответственный исполнитель», «Ожидаемый результат», full-width stage rows
«1. …», items «1.1.»."""
from __future__ import annotations

import random

from . import h13_common, preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Table, cell
from .h9_common import order_year
from .pools import Pools, split_list
from .roadmap_layout import RESULTS, _content

AXES = {
    "deadline_form": ("pool", "within_period"),
    "curator_col": ("no", "yes"),
    "resp_form": ("person", "unit_then_person"),
    **h13_common.AXES,
}
HEAD = {"no": ("№ п/п", "№ позиции"),
        "activity": ("Наименование мероприятия", "Содержание мероприятия (действия)"),
        "deadline": ("Срок исполнения", "Срок выполнения (дата)"),
        "responsible": ("Ответственный исполнитель", "Исполнитель (Ф.И.О., должность)"),
        "curator": ("Куратор мероприятия", "Контроль за исполнением"),
        "result": ("Ожидаемый результат", "Итоговый документ")}
# structural units named above the person (scaffolding: no person's name in them)
UNITS = ("Отдел государственной службы и кадров", "Отдел информационных технологий и защиты информации",
         "Управление организационной работы и контроля", "Сектор по работе с обращениями граждан",
         "Отдел правового обеспечения", "Пресс-служба министерства")
# repetitions and open terms: no date (null, as the contract says)
REPEATS = ("ежеквартально", "1 раз в полугодие", "по мере необходимости", "постоянно", "ежемесячно")
HALVES = ("I", "II")
QUARTERS = ("I", "II", "III", "IV")


def deadline(rng: random.Random, pools: Pools, ax, year: int) -> tuple[str, str | None]:
    if ax["deadline_form"] == "pool":
        row = rng.choice(pools["deadlines"])
        return row["deadline_raw"], row["date"] or None
    pick = rng.random()
    if pick < 0.3:
        return rng.choice(REPEATS), None
    yr = rng.choice((f"{year} г.", f"{year} года"))
    if pick < 0.55:
        return f"в течение {year} года", f"{year}-12-31"
    if pick < 0.75:
        h = rng.randrange(2)
        return f"в течение {HALVES[h]} полугодия {yr}", f"{year}-{('06-30', '12-31')[h]}"
    q = rng.randrange(4)
    return f"в течение {QUARTERS[q]} квартала {yr}", f"{year}-{('03-31', '06-30', '09-30', '12-31')[q]}"


def columns(ax) -> list[str]:
    curator = ["curator"] if ax["curator_col"] == "yes" else []
    return ["no", "activity", "deadline", "responsible"] + curator + ["result"]


def rows(rng, pools, ax, year: int, cols: list[str]):
    out, gold = [], []
    for s, (stage, acts) in enumerate(_content(rng, pools), 1):
        out.append([cell(f"{s}. {stage}", bold=True, span=len(cols))])
        for k, act in enumerate(acts, 1):
            no, resp = f"{s}.{k}.", rng.choice(pools["responsible"])
            names = split_list(resp["names"])
            others = [r for r in pools["responsible"] if not set(split_list(r["names"])) & set(names)]
            curator = rng.choice(others or pools["responsible"])["responsible_raw"]
            written, date = deadline(rng, pools, ax, year)
            person = resp["responsible_raw"]
            who = Cell([rng.choice(UNITS), person]) if ax["resp_form"] == "unit_then_person" else cell(person)
            values = {"no": cell(no), "activity": cell(act["activity"]), "deadline": cell(written),
                      "responsible": who, "curator": cell(curator), "result": cell(rng.choice(RESULTS))}
            out.append([values[c] for c in cols])
            gold.append({"item_no": no, "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": names, "deadline_text": written,
                         "responsible_text": person, "curator_text": values["curator"].paras[0]
                         if ax["curator_col"] == "yes" else None})
    return out, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = h13_common.axes(plan, i, AXES)
    blocks: list = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    year = order_year(blocks) + rng.randint(0, 1)  # the plan is for the order's year or the next
    cols = columns(ax)
    head = [cell(h13_common.label(HEAD, c, ax), bold=True) for c in cols]
    body, gold = rows(rng, pools, ax, year, cols)
    blocks.append(Table([head] + body, header_rows=1, repeat_header=True))
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True)
