"""Touchpoint lists in the layouts of `--layouts heldout12` (held out when written; see the bed README): the points
GROUPED BY CHANNEL — a full-width row «1. channel (kind)» over the rows of the processes that use it, numbered «1.1.»,
no channel or kind column (`channel_groups`); or a TREE in one naming column — a direction's row «1.» , a process's
row «1.1.», a point's row «1.1.1.», the other cells filled on the point's rows only (`tree_column`); two columns of
FIGURES beside the point under a two-row header («Показатели обращений» over «Количество обращений за 2024 год, ед.»
| «Нормативный срок ответа, рабочих дней», the other headings merged down); the
kind as the FORM of contact («в электронной форме» / «при личном обращении»); the column names of another region.
Otherwise mainstream: «№ п/п», direction, process (every row), channel, kind, needs. The content is touch_content's;
the gold is what the layout states."""
from __future__ import annotations

import dataclasses
import random

from . import h12_common, preamble, touch_content
from .axes import AxisPlan
from .doc import Cell, Doc, Table, cell
from .headings import bare
from .pools import Pools
from .touch_layout import needs_cell

AXES = {
    "form": ("table", "channel_groups", "tree_column"),
    "figures_cols": ("no", "yes"),
    "type_words": ("plain", "form_of_contact"),
    **h12_common.AXES,
}
LABELS = {"no": ("№ п/п", "Номер"),
          "direction": ("Направление деятельности", "Вид деятельности министерства"),
          "process": ("Наименование процесса (услуги)", "Процесс взаимодействия (услуга, сервис, мера поддержки)"),
          "channel": ("Канал взаимодействия", "Точка контакта с получателем услуг"),
          "kind": ("Вид точки взаимодействия", "Форма контакта"),
          "needs": ("Потребности клиента", "Мотив обращения получателя услуг"),
          "tree": ("Направление деятельности, процесс, точка взаимодействия",
                   "Вид деятельности / процесс взаимодействия / точка контакта"),
          "figures": ("Показатели обращений", "Статистика обращений"),
          "count": ("Количество обращений за 2024 год, ед.", "Число обращений за предыдущий год, ед."),
          "term": ("Нормативный срок ответа, рабочих дней", "Срок рассмотрения обращения, раб. дн.")}
# a point's kind as a document words it: (digital, offline)
TYPE_WORDS = {"plain": ("цифровая", "офлайн"), "form_of_contact": ("в электронной форме", "при личном обращении")}


def columns(ax) -> list[str]:
    figures = ["count", "term"] if ax["figures_cols"] == "yes" else []
    if ax["form"] == "tree_column":
        return ["no", "tree", "kind"] + figures + ["needs"]
    if ax["form"] == "channel_groups":  # the channel and its kind in the group row
        return ["no", "direction", "process"] + figures + ["needs"]
    return ["no", "direction", "process", "channel", "kind"] + figures + ["needs"]


def header(cols: list[str], ax) -> list[list[Cell]]:
    """One header row; with the figures, two: «Показатели обращений» over the two figure columns, every other heading
    merged down over both rows."""
    if ax["figures_cols"] == "no":
        return [[cell(h12_common.label(LABELS, c, ax), bold=True) for c in cols]]
    top: list[Cell] = []
    bottom: list[Cell] = []
    for c in cols:
        if c == "count":
            top.append(cell(h12_common.label(LABELS, "figures", ax), bold=True, span=2))
        if c in ("count", "term"):
            bottom.append(cell(h12_common.label(LABELS, c, ax), bold=True))
        else:
            top.append(cell(h12_common.label(LABELS, c, ax), bold=True, vmerge="restart"))
            bottom.append(Cell([], vmerge="continue"))
    return [top, bottom]


def point_row(rng: random.Random, no: str, t, cols: list[str], sections, ax) -> list[Cell]:
    words = TYPE_WORDS[ax["type_words"]]
    values = {"no": cell(no), "direction": cell(bare(sections[t.section].heading)), "process": cell(t.process),
              "channel": cell(t.channel_text), "tree": cell(t.channel_text), "kind": cell(words[t.ptype != "digital"]),
              "needs": needs_cell(t.needs, ax["needs_cell"]), "count": cell(str(rng.randint(3, 4800))),
              "term": cell(str(rng.choice((1, 3, 5, 10, 15, 30))))}
    return [values[c] for c in cols]


def level_row(no: str, text: str, width: int, bold: bool) -> list[Cell]:
    """A tree's direction or process row: its number and name, the other cells empty."""
    return [cell(no), cell(text, bold=bold)] + [cell() for _ in range(width - 2)]


def body(rng: random.Random, sections, touches, cols: list[str], ax) -> tuple[list[list[Cell]], list]:
    """The table's rows and the touchpoints in the order they are printed."""
    rows: list[list[Cell]] = []
    if ax["form"] == "table":
        return [point_row(rng, f"{n}.", t, cols, sections, ax) for n, t in enumerate(touches, 1)], touches
    if ax["form"] == "channel_groups":
        words = TYPE_WORDS[ax["type_words"]]
        # a group per channel, named as its first point writes it: the group's points are that channel
        name = {}
        for t in touches:
            name.setdefault(t.channel, t.channel_text)
        order = list(name)
        printed = sorted((dataclasses.replace(t, channel_text=name[t.channel]) for t in touches),
                         key=lambda t: order.index(t.channel))  # stable: processes stay in order
        for g, channel in enumerate(order, 1):
            group = [t for t in printed if t.channel == channel]
            rows.append([cell(f"{g}. {name[channel]} ({words[group[0].ptype != 'digital']})", bold=True,
                              span=len(cols))])
            rows += [point_row(rng, f"{g}.{k}.", t, cols, sections, ax) for k, t in enumerate(group, 1)]
        return rows, printed
    d = p = k = 0
    last_sec, last_proc = None, None
    for t in touches:
        if t.section != last_sec:
            d, p, last_sec, last_proc = d + 1, 0, t.section, None
            rows.append(level_row(f"{d}.", bare(sections[t.section].heading), len(cols), bold=True))
        if t.process != last_proc:
            p, k, last_proc = p + 1, 0, t.process
            rows.append(level_row(f"{d}.{p}.", t.process, len(cols), bold=False))
        k += 1
        rows.append(point_row(rng, f"{d}.{p}.{k}.", t, cols, sections, ax))
    return rows, touches


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = h12_common.axes(plan, i, AXES)
    ax["needs_cell"] = rng.choice(("semicolons", "paragraphs"))
    sections, touches = touch_content.make(rng, pools)
    blocks: list = preamble.order_paras(rng, "touchpoint_list", preamble.issuer(rng))
    cols = columns(ax)
    head = header(cols, ax)
    rows, printed = body(rng, sections, touches, cols, ax)
    blocks.append(Table(head + rows, header_rows=len(head), repeat_header=True))
    gold = [{"direction": sections[t.section].direction, "process": t.process, "channel": t.channel,
             "point_type": t.ptype, "needs": sorted({c for _, cs in t.needs for c in cs}),
             "touchpoint": t.channel_text, "needs_text": [p for p, _ in t.needs]} for t in printed]
    return Doc(name, "touchpoint_list", blocks, ax, gold, landscape=True)
