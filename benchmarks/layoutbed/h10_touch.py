"""Touchpoint lists in the layouts of `--layouts heldout10` (held out when written; see the bed README): the list
grouped by the point's KIND FIRST (full-width rows «I. Цифровые точки взаимодействия» / «II. Офлайн-точки …», each
with its directions as full-width rows under it — the kind stated only there, no kind column); the process as a
NUMBERED ROW (its number in the № column, its name spanning the other cells; its touchpoints «1.1.», «1.2.», no
process column); the needs AWAY from their touchpoint, in a second table keyed by the touchpoint's number («Таблица
2», «№ точки взаимодействия» | needs); the kind in other words («дистанционная» / «очная», «цифровая» /
«физическая»); the column names of another region (h10_common). Otherwise mainstream: №, direction (full-width rows
or a column), process (every row), channel, kind, needs. The content is touch_content's; the gold is what the layout
states."""
from __future__ import annotations

import random

from . import h10_common, preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Para, Table, cell
from .headings import ROMAN, bare, numbered
from .pools import Pools
from .touch_layout import needs_cell

AXES = {
    "grouping": ("direction_rows", "direction_column", "type_then_direction"),
    "process_as": ("column", "number_row"),
    "needs_at": ("cell", "second_table"),
    "type_words": ("plain", "remote", "physical"),
    **h10_common.AXES,
}
LABELS = {"no": ("№ п/п", "Номер"),
          "direction": ("Направление деятельности", "Сфера ведения министерства"),
          "process": ("Наименование процесса (услуги)", "Предмет обращения (услуга, функция, сервис)"),
          "channel": ("Канал взаимодействия", "Место (способ) контакта с клиентом"),
          "kind": ("Вид точки взаимодействия", "Характер точки"),
          "needs": ("Потребности клиента", "Ожидания получателя"),
          "point_no": ("№ точки взаимодействия", "Номер точки (графа 1 таблицы 1)")}
CAPTIONS = (("Таблица 1. Точки взаимодействия", "Таблица 2. Потребности клиентов в точках взаимодействия"),
            ("Таблица 1. Точки взаимодействия с клиентами", "Таблица 2. Ожидания получателей по точкам взаимодействия"))


def content(rng: random.Random, pools: Pools, ax) -> tuple[list, list]:
    """touch_content's list; grouped by kind first, the digital touchpoints of every direction before the offline
    ones (a stable sort: each direction's and each process's rows stay together and in order)."""
    sections, touches = touch_content.make(rng, pools)
    if ax["grouping"] == "type_then_direction":
        touches = sorted(touches, key=lambda t: t.ptype != "digital")
    return sections, touches


def columns(ax) -> list[str]:
    cols = ["no"] + (["direction"] if ax["grouping"] == "direction_column" else [])
    cols += (["process"] if ax["process_as"] == "column" else []) + ["channel"]
    cols += [] if ax["grouping"] == "type_then_direction" else ["kind"]
    return cols + (["needs"] if ax["needs_at"] == "cell" else [])


def runs(touches: list, key) -> list[list]:
    """The touchpoints cut where `key` changes."""
    out: list[list] = []
    for t in touches:
        if out and key(out[-1][0]) == key(t):
            out[-1].append(t)
        else:
            out.append([t])
    return out


def touch_row(no: str, t, cols: list[str], sections, ax) -> list[Cell]:
    words = h10_common.TYPE_WORDS[ax["type_words"]]
    values = {"no": cell(no), "direction": cell(bare(sections[t.section].heading)), "process": cell(t.process),
              "channel": cell(t.channel_text), "kind": cell(words[t.ptype != "digital"]),
              "needs": needs_cell(t.needs, ax["needs_cell"])}
    return [values[c] for c in cols]


class Numbers:
    """The № of processes and touchpoints: touchpoints running «1.», «2.» …, or under numbered process rows
    «1.», «2.» … their touchpoints «1.1.», «1.2.»; the number of each touchpoint kept for the needs table."""

    def __init__(self):
        self.process, self.touch, self.of = 0, 0, []

    def next_process(self) -> str:
        self.process += 1
        return f"{self.process}."

    def next_touch(self, k: int, under_process: bool) -> str:
        self.touch += 1
        no = f"{self.process}.{k}." if under_process else f"{self.touch}."
        self.of.append(no)
        return no


def block(run: list, cols: list[str], sections, ax, nums: Numbers) -> list[list[Cell]]:
    """One direction's (or one kind's direction's) touchpoints: under numbered process rows, or plain rows."""
    out = []
    for proc in runs(run, lambda t: t.process):
        if ax["process_as"] == "number_row":
            out.append([cell(nums.next_process(), bold=True), cell(proc[0].process, span=len(cols) - 1, bold=True)])
        for k, t in enumerate(proc, 1):
            out.append(touch_row(nums.next_touch(k, ax["process_as"] == "number_row"), t, cols, sections, ax))
    return out


def table(sections, touches, ax, nums: Numbers) -> Table:
    cols = columns(ax)
    rows = [[cell(h10_common.label(LABELS, c, ax), bold=True) for c in cols]]
    width = len(cols)
    if ax["grouping"] == "type_then_direction":
        groups = h10_common.TYPE_GROUPS[ax["type_words"]]
        for g, kind_run in enumerate(runs(touches, lambda t: t.ptype != "digital")):
            rows.append([cell(f"{ROMAN[g]}. {groups[kind_run[0].ptype != 'digital']}", span=width, bold=True)])
            for run in runs(kind_run, lambda t: t.section):
                rows.append([cell(bare(sections[run[0].section].heading), span=width, bold=True)])
                rows += block(run, cols, sections, ax, nums)
    else:
        for d, run in enumerate(runs(touches, lambda t: t.section)):
            if ax["grouping"] == "direction_rows":
                rows.append([cell(numbered(sections[run[0].section].heading, d, "roman"), span=width, bold=True)])
            rows += block(run, cols, sections, ax, nums)
    return Table(rows, header_rows=1, repeat_header=True)


def needs_table(touches, ax, nums: Numbers) -> Table:
    head = [cell(h10_common.label(LABELS, c, ax), bold=True) for c in ("point_no", "needs")]
    return Table([head] + [[cell(no), needs_cell(t.needs, ax["needs_cell"])] for no, t in zip(nums.of, touches)],
                 header_rows=1, repeat_header=True)


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    ax["needs_cell"] = rng.choice(("semicolons", "paragraphs"))
    sections, touches = content(rng, pools, ax)
    blocks: list = preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng))
    nums = Numbers()
    main = table(sections, touches, ax, nums)
    if ax["needs_at"] == "second_table":
        captions = CAPTIONS[ax["header_words"] == "regional"]
        blocks += [Para(captions[0]), main, Para(captions[1]), needs_table(touches, ax, nums)]
    else:
        blocks.append(main)
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs], "no": no}
            for t, no in zip(touches, nums.of)]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True)
