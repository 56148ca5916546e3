"""Roadmaps in the layouts of `--layouts heldout8` (held out when written; see the bed README): the plan's YEAR only
in its title («… на 2025 год»), the deadlines written without it («II квартал», «до 1 марта», «декабрь»); the
responsible as COLUMNS of people («Ответственные исполнители» over a column per person, a mark «Х» or «+» in the
columns of an item's people) or as NUMBERS («1», «2, 4») explained in a legend under the table («Ответственные
исполнители: 1 – …; 2 – …»); the deadline and the responsible stated on the STAGE ROW alone (a stage row «1.» with
its term and people, its items «1.1.», «1.2.» with those cells empty — the stage's term and people are theirs);
the table split by COLUMNS into two parts (h8_common). Otherwise mainstream: №, «Наименование мероприятия»,
«Срок исполнения», «Ответственный исполнитель», «Ожидаемый результат», full-width stage rows «1. …»."""
from __future__ import annotations

import calendar
import random
import re

from . import h8_common, preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .pools import Pools, split_list
from .roadmap_layout import RESULTS, _content

AXES = {
    "year_from": ("cell_pool", "cell", "title"),
    "resp_as": ("column", "name_columns", "legend_numbers"),
    "term_at": ("item", "stage_row"),
    **h8_common.AXES,
}
ROMAN = ("I", "II", "III", "IV")
MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
          "декабрь")
MARKS = ("Х", "+")
HEAD = {"no": "№ п/п", "activity": "Наименование мероприятия", "deadline": "Срок исполнения",
        "responsible": "Ответственный исполнитель", "people": "Ответственные исполнители",
        "result": "Ожидаемый результат"}
LEGEND = ("Ответственные исполнители:", "Исполнители мероприятий плана:")


def _end(year: int, month: int) -> str:
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def deadline(rng: random.Random, pools: Pools, ax, year: int) -> tuple[str, str | None]:
    """(the deadline as written, the gold date): a pool's, or a period of the plan's year written with the year
    (`cell`) or without it (`title`: the year is the title's)."""
    if ax["year_from"] == "cell_pool":
        row = rng.choice(pools["deadlines"])
        return row["deadline_raw"], row["date"] or None
    with_year = ax["year_from"] == "cell"
    form = rng.randrange(5)
    if form == 0:
        q = rng.randint(1, 4)
        text, date = f"{ROMAN[q - 1]} {rng.choice(('квартал', 'кв.'))}", _end(year, 3 * q)
    elif form == 1:
        month = rng.randint(1, 12)
        day = rng.choice((1, 10, 15, 20, calendar.monthrange(year, month)[1]))
        text, date = f"{rng.choice(('до ', 'не позднее '))}{day} {preamble.MONTHS[month - 1]}", \
            f"{year}-{month:02d}-{day:02d}"
    elif form == 2:
        month = rng.randint(1, 12)
        text, date = MONTHS[month - 1], _end(year, month)
    elif form == 3:
        half = rng.randint(1, 2)
        text, date = f"{ROMAN[half - 1]} полугодие", _end(year, 6 * half)
    else:
        month = rng.randint(1, 12)
        day = rng.choice((1, 15, calendar.monthrange(year, month)[1]))
        numeric = f"до {day:02d}.{month:02d}"
        return (f"{numeric}.{year}" if with_year else numeric), f"{year}-{month:02d}-{day:02d}"
    if with_year:
        text += f" {year} {rng.choice(('г.', 'года'))}"
    return text, date


def staff(rng: random.Random, pools: Pools, ax) -> list[dict]:
    """The pool's responsible rows a document draws from: people (rows naming someone) for person columns, a few
    rows for a numbered legend, all of them otherwise."""
    rows = pools["responsible"]
    if ax["resp_as"] == "name_columns":
        named = [r for r in rows if split_list(r["names"])]
        chosen, people = [], []
        for r in rng.sample(named, k=len(named)):
            names = split_list(r["names"])
            if len(set(people) | set(names)) <= 5:
                chosen.append(r)
                people += [n for n in names if n not in people]
            if len(chosen) == 4:
                break
        return chosen
    if ax["resp_as"] == "legend_numbers":
        return rng.sample(rows, k=min(len(rows), rng.randint(3, 5)))
    return rows


def people_of(team: list[dict]) -> list[str]:
    out: list[str] = []
    for r in team:
        out += [n for n in split_list(r["names"]) if n not in out]
    return out


def assign(rng: random.Random, team: list[dict], ax) -> tuple[list[int], list[str]]:
    """(the indexes of the team rows an item names, their people in order): one row, or two with a legend."""
    k = 2 if ax["resp_as"] == "legend_numbers" and len(team) > 1 and rng.random() < 0.3 else 1
    picked = sorted(rng.sample(range(len(team)), k=k))
    names: list[str] = []
    for p in picked:
        names += [n for n in split_list(team[p]["names"]) if n not in names]
    return picked, names


def resp_cells(picked: list[int], team: list[dict], ax) -> tuple[list[Cell], str]:
    """The responsible's cells (one, or a mark per person column) and the text they stand for."""
    if ax["resp_as"] == "column":
        text = team[picked[0]]["responsible_raw"]
        return [cell(text)], text
    if ax["resp_as"] == "legend_numbers":
        text = ", ".join(str(p + 1) for p in picked)
        return [cell(text)], text
    mine = set(split_list(team[picked[0]]["names"]))
    return [cell(ax["mark"] if p in mine else "") for p in people_of(team)], ", ".join(sorted(mine))


def header(ax, team: list[dict]) -> list[list[Cell]]:
    if ax["resp_as"] != "name_columns":
        return [[cell(HEAD[c], bold=True) for c in ("no", "activity", "deadline", "responsible", "result")]]
    people = people_of(team)
    top = [cell(HEAD[c], bold=True, vmerge="restart") for c in ("no", "activity", "deadline")]
    low = [Cell([], vmerge="continue") for _ in top]
    return [top + [cell(HEAD["people"], bold=True, span=len(people)), cell(HEAD["result"], bold=True,
                                                                           vmerge="restart")],
            low + [cell(p, bold=True) for p in people] + [Cell([], vmerge="continue")]]


def rows(rng, pools, ax, team: list[dict], year: int, width: int) -> tuple[list[list[Cell]], list[dict]]:
    out, gold = [], []
    for s, (stage, acts) in enumerate(_content(rng, pools), 1):
        if ax["term_at"] == "stage_row":
            when, date = deadline(rng, pools, ax, year)
            picked, names = assign(rng, team, ax)
            cells, who = resp_cells(picked, team, ax)
            out.append([cell(f"{s}.", bold=True), cell(stage, bold=True), cell(when)] + cells + [cell("")])
        else:
            out.append([cell(f"{s}. {stage}", bold=True, span=width)])
        for k, act in enumerate(acts, 1):
            no = f"{s}.{k}."
            if ax["term_at"] == "item":
                when, date = deadline(rng, pools, ax, year)
                picked, names = assign(rng, team, ax)
                cells, who = resp_cells(picked, team, ax)
                shown = [cell(when)] + cells
            else:
                shown = [cell("") for _ in range(1 + len(cells))]
            out.append([cell(no), cell(act["activity"])] + shown + [cell(rng.choice(RESULTS))])
            gold.append({"item_no": no, "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": names, "deadline_text": when, "responsible_text": who})
    return out, gold


def legend(rng: random.Random, team: list[dict], ax) -> list[Para]:
    if ax["resp_as"] != "legend_numbers":
        return []
    lines = [f"{k} – {r['responsible_raw'].replace(chr(10), ' ').rstrip('.;')}{'.' if k == len(team) else ';'}"
             for k, r in enumerate(team, 1)]
    return [Para(rng.choice(LEGEND))] + [Para(ln) for ln in lines]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    ax["mark"] = rng.choice(MARKS) if ax["resp_as"] == "name_columns" else "n/a"
    blocks: list = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    # the plan is for the order's year or the next one
    year = int(re.search(r"(20\d\d)", blocks[2].text).group(1)) + rng.randint(0, 1)
    if ax["year_from"] == "title":
        head, _, body = blocks[-1].text.rpartition(" (")
        blocks[-1] = Para(f"{head} на {year} год ({body}", bold=True, center=True)
    team = staff(rng, pools, ax)
    if not team:  # a pool naming nobody has no person columns
        ax["resp_as"], team = "column", pools["responsible"]
    top = header(ax, team)
    width = sum(c.span for c in top[0])
    rows_, gold = rows(rng, pools, ax, team, year, width)
    table = Table(top + rows_, header_rows=len(top), repeat_header=True)
    blocks += h8_common.split(rng, table, [0, 1, 2], ax)
    blocks += legend(rng, team, ax)
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True)
