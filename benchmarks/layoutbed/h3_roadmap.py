"""Roadmaps in the layouts of `--layouts heldout3` (held out when written; see the bed README): the deadline as a column per
quarter under the year («2025 год» over «I кв.» … «IV кв.», one year or two), a mark («+», «Х», «●»)
in each quarter the item runs — its deadline the last day of the last marked quarter —, or a
written deadline; items in three levels (a goal row «1.», a task row «1.1.», the measures «1.1.1.»)
or measures under «Задача N.» rows, numbered N.1, N.2 in the № column."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .pools import Pools, split_list

AXES = {
    "deadline_as": ("quarters_one_year", "quarters_two_years", "text"),
    "levels": ("three_levels", "task_rows"),
}
MARKS = ("+", "Х", "●")
QUARTERS = ("I кв.", "II кв.", "III кв.", "IV кв.")
QUARTER_END = ("03-31", "06-30", "09-30", "12-31")
# scaffolding (not scored): goals and tasks the measures sit under
GOALS = ("Формирование клиентоцентричной культуры", "Повышение качества взаимодействия с клиентами",
         "Развитие каналов обратной связи")
TASKS = ("Организация обучения служащих", "Пересмотр процессов с учётом потребностей клиентов",
         "Актуализация перечня точек взаимодействия", "Мониторинг удовлетворённости клиентов",
         "Совершенствование нормативной базы")
# fixed widths (mm) of №, activity and responsible on a landscape page (257 mm inside the margins): the
# quarter columns share the rest, narrow, as such grids are printed
LEFT_MM = (12, 95, 60)
PAGE_MM = 257
TITLE = "План-график мероприятий («дорожная карта») по внедрению стандартов клиентоцентричности"


def marks(rng: random.Random, years: list[int], mark: str) -> tuple[list[str], str]:
    """The quarter cells of an item (a run of marks) and the date its last marked quarter ends."""
    n = 4 * len(years)
    start = rng.randrange(n)
    end = rng.randrange(start, min(n, start + 4))
    cells = [mark if start <= q <= end else "" for q in range(n)]
    return cells, f"{years[end // 4]}-{QUARTER_END[end % 4]}"


def header(ax, years: list[int]) -> list[list[Cell]]:
    left = ["№ п/п", "Наименование мероприятия", "Ответственный исполнитель"]
    if ax["deadline_as"] == "text":
        return [[cell(h, bold=True) for h in left + ["Срок исполнения"]]]

    def merged(text, first):
        return cell(text, bold=True, vmerge="restart") if first else Cell([], vmerge="continue")
    top = [merged(h, True) for h in left] + [cell("Срок реализации", bold=True, span=4 * len(years))]
    mid = [merged("", False) for _ in left] + [cell(f"{y} год", bold=True, span=4) for y in years]
    low = [merged("", False) for _ in left] + [cell(q, bold=True) for _ in years for q in QUARTERS]
    return [top, mid, low]


def _groups(rng: random.Random, pools: Pools) -> list[tuple[str, list[tuple[str, list[dict]]]]]:
    """Goals, each with tasks, each with its measures (pool activities)."""
    acts = rng.sample(pools["roadmap"], k=min(len(pools["roadmap"]), rng.randint(6, 10)))
    tasks = rng.sample(TASKS, k=min(len(TASKS), max(2, len(acts) // 3)))
    per = [acts[k::len(tasks)] for k in range(len(tasks))]
    goals = rng.sample(GOALS, k=2)
    half = (len(tasks) + 1) // 2
    return [(goals[0], list(zip(tasks[:half], per[:half]))), (goals[1], list(zip(tasks[half:], per[half:])))]


def _numbered(ax, groups, width: int):
    """(row cells of a goal or task heading or None, measure number prefix, activities) per task."""
    n = 0
    for g, (goal, tasks) in enumerate(groups, 1):
        for t, (task, acts) in enumerate(tasks, 1):
            n += 1
            if ax["levels"] == "three_levels":
                heads = ([[cell(f"{g}.", bold=True), cell(goal, bold=True, span=width - 1)]] if t == 1 else [])
                heads.append([cell(f"{g}.{t}.", bold=True), cell(f"Задача: {task}", bold=True, span=width - 1)])
                yield heads, lambda m, g=g, t=t: f"{g}.{t}.{m}.", acts
            else:
                yield [[cell(f"Задача {n}. {task}", bold=True, span=width)]], lambda m, n=n: f"{n}.{m}", acts


def _rows(rng, pools, ax, years: list[int], mark: str, width: int):
    rows, gold = [], []
    for heads, number, acts in _numbered(ax, _groups(rng, pools), width):
        rows += heads
        for m, act in enumerate(acts, 1):
            who = rng.choice(pools["responsible"])
            if ax["deadline_as"] == "text":
                row = rng.choice(pools["deadlines"])
                when, date = [row["deadline_raw"]], row["date"] or None
            else:
                when, date = marks(rng, years, mark)
            rows.append([cell(number(m)), cell(act["activity"]), cell(who["responsible_raw"])] + [cell(w) for w in when])
            gold.append({"item_no": number(m), "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": date, "names": split_list(who["names"])})
    return rows, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    ax["mark"] = rng.choice(MARKS) if ax["deadline_as"] != "text" else "n/a"
    first = rng.choice((2024, 2025))
    years = [first] if ax["deadline_as"] != "quarters_two_years" else [first, first + 1]
    head = header(ax, years)
    width = sum(c.span for c in head[-1])
    rows, gold = _rows(rng, pools, ax, years, ax["mark"], width)
    blocks: list = preamble.order_paras(rng, "roadmap", preamble.issuer(rng))
    blocks[-1] = Para(TITLE, bold=True, center=True)
    rest = (PAGE_MM - sum(LEFT_MM)) / (width - len(LEFT_MM))
    widths = list(LEFT_MM) + [rest] * (width - len(LEFT_MM)) if ax["deadline_as"] != "text" else None
    blocks.append(Table(head + rows, header_rows=len(head), repeat_header=True, widths_mm=widths))
    return Doc(name, "roadmap", blocks, ax, gold, landscape=True)
