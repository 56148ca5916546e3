"""Roadmaps in the layouts of `--layouts heldout` (never tuned on): the responsible named as a
body's abbreviation («ОКиГС»; several; or with a person in brackets), with the abbreviations
spelt out under the table; deadlines written «до 01.07.2025», «не позднее …», as half-years or
«в декабре 2025 г.» / «до конца мая 2025 года»; a target-value column that may name a year;
converted text whose table is drawn with «|» or box borders and wrapped cells."""
from __future__ import annotations

import calendar
import random

from . import preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .extra_roadmap import _people
from .pools import Pools, split_list
from .roadmap_layout import ROMAN, _content

AXES = {
    "responsible_form": ("abbrev", "abbrevs", "abbrev_person", "pool"),
    "deadline_form": ("by_date", "half_year", "month_phrase", "pool"),
    "indicator_col": ("yes", "no"),
    "txt_table": ("box", "pipes", "tabs"),
}
# bodies' abbreviations (scaffolding): invented units as ministries name them
UNITS = {"ОКиГС": "отдел кадров и государственной службы", "ОИТ": "отдел информационных технологий",
         "ОПО": "отдел правового обеспечения", "УСП": "управление социальной поддержки",
         "ООР": "отдел организационной работы", "ОДО": "отдел документационного обеспечения"}
GENITIVE = preamble.MONTHS
PREPOSITIONAL = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
                 "ноябре", "декабре")
INDICATORS = ("100 %", "не менее 3 ед.", "да", "1 (2025 г.)", "не менее 80 % сотрудников")
HEAD = {"no": "№ п/п", "activity": "Наименование мероприятия", "responsible": "Ответственный исполнитель",
        "deadline": "Срок", "indicator": "Целевое значение показателя"}


def _last(year: int, month: int) -> str:
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def deadline(rng: random.Random, form: str, pools: Pools) -> tuple[str, str | None]:
    """(text, the date it states: the day named, or the last day of the period)."""
    year, month = rng.choice((2024, 2025, 2026)), rng.randint(1, 12)
    if form == "by_date":
        day = rng.randint(1, calendar.monthrange(year, month)[1])
        text = rng.choice((f"до {day:02d}.{month:02d}.{year}", f"не позднее {day:02d}.{month:02d}.{year} г.",
                           f"в срок до {day} {GENITIVE[month - 1]} {year} года"))
        return text, f"{year}-{month:02d}-{day:02d}"
    if form == "half_year":
        h = rng.randint(1, 2)
        text = rng.choice((f"{ROMAN[h - 1]} полугодие {year} г.", f"{h}-е полугодие {year} года",
                           f"{('первое', 'второе')[h - 1]} полугодие {year} г."))
        return text, _last(year, 6 * h)
    if form == "month_phrase":
        text = rng.choice((f"в {PREPOSITIONAL[month - 1]} {year} г.", f"до конца {GENITIVE[month - 1]} {year} года"))
        return text, _last(year, month)
    row = rng.choice(pools["deadlines"])
    return row["deadline_raw"], row["date"] or None


def responsible(rng: random.Random, form: str, pools: Pools) -> tuple[Cell, list[str], list[str]]:
    """(cell, the people it names, the abbreviations it uses)."""
    abbrs = rng.sample(sorted(UNITS), 3)
    people = _people(pools)
    if form == "abbrev":
        return cell(abbrs[0]), [], abbrs[:1]
    if form == "abbrevs":
        k = rng.randint(2, 3)
        return cell(rng.choice((", ", "; ")).join(abbrs[:k])), [], abbrs[:k]
    if form == "abbrev_person" and people:
        name, _ = rng.choice(people)
        return cell(f"{abbrs[0]} ({name})"), [name], abbrs[:1]
    row = rng.choice(pools["responsible"])
    return cell(row["responsible_raw"]), split_list(row["names"]), []


def _rows(rng, pools, ax, keys, content) -> tuple[list[list[Cell]], list[dict], set[str]]:
    rows, gold, used = [], [], set()
    for s, (head, acts) in enumerate(content):
        rows.append([cell(f"{ROMAN[s]}. {head}", span=len(keys), bold=True)])
        for k, act in enumerate(acts):
            text, date = deadline(rng, ax["deadline_form"], pools)
            who, names, abbrs = responsible(rng, ax["responsible_form"], pools)
            used |= set(abbrs)
            no = f"{s + 1}.{k + 1}."
            values = {"no": cell(no), "activity": cell(act["activity"]), "responsible": who, "deadline": cell(text),
                      "indicator": cell(rng.choice(INDICATORS))}
            rows.append([values[c] for c in keys])
            gold.append({"item_no": no, "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": names})
    return rows, gold, used


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    keys = ["no", "activity", "responsible", "deadline"] + (["indicator"] if ax["indicator_col"] == "yes" else [])
    rows, gold, used = _rows(rng, pools, ax, keys, _content(rng, pools))
    blocks: list = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    blocks.append(Table([[cell(HEAD[k], bold=True) for k in keys]] + rows, header_rows=1))
    if used:
        blocks.append(Para("Используемые сокращения:"))
        blocks += [Para(f"{a} – {UNITS[a]};") for a in sorted(used)]
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True, txt_table=ax["txt_table"])
