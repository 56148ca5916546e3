"""Roadmaps («дорожная карта»): column order and names, section rows, numbering styles."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Cell, Doc, Table, cell
from .pools import Pools, split_list

AXES = {
    "col_order": ("canonical", "shuffled"),
    "col_names": ("v0", "v1", "v2"),
    "numbering": ("hierarchical", "hierarchical_nodot", "roman_sections", "flat"),
    "section_rows": ("cells", "full_width", "none"),
    "result_col": ("yes", "no"),
    "header_repeat": ("yes", "no"),
    "numbers_row": ("yes", "no"),
    "orientation": ("portrait", "landscape"),
}
NAMES = {"no": ("№", "№ п/п", "№"),
         "activity": ("Мероприятие", "Наименование мероприятия", "Содержание мероприятия"),
         "deadline": ("Срок", "Срок исполнения", "Срок реализации"),
         "responsible": ("Ответственный исполнитель", "Ответственный", "Ответственные исполнители"),
         "result": ("Ожидаемый результат", "Документ", "Вид документа")}
# section headings and result documents are layout scaffolding (not scored)
SECTIONS = ("Общеорганизационные мероприятия", "Кадровый блок", "Мероприятия по внедрению стандартов",
            "Процессы предоставления услуг (сервисов)", "Совершенствование взаимодействия с клиентами")
RESULTS = ("Приказ", "Отчёт", "Распоряжение", "Информация на официальном сайте", "Служебная записка")
ROMAN = ("I", "II", "III", "IV", "V")


def choose_axes(plan: AxisPlan, i: int) -> dict[str, str]:
    ax = {name: plan.value(name, values, i) for name, values in AXES.items()}
    if ax["section_rows"] == "none":
        ax["numbering"] = "flat" if ax["numbering"] == "roman_sections" else ax["numbering"]
    return ax


def _numbers(ax, s: int, k: int, counter: int) -> tuple[str, str]:
    """(section number, item number) in the doc's style."""
    style = ax["numbering"]
    if style == "hierarchical":
        return f"{s + 1}.", f"{s + 1}.{k + 1}."
    if style == "hierarchical_nodot":
        return f"{s + 1}", f"{s + 1}.{k + 1}"
    if style == "roman_sections":
        return f"{ROMAN[s]}.", f"{counter}."
    return "", f"{counter}"


def _content(rng: random.Random, pools: Pools) -> list[tuple[str, list[dict]]]:
    acts = rng.sample(pools["roadmap"], k=min(len(pools["roadmap"]), rng.randint(5, 10)))
    heads = rng.sample(SECTIONS, k=3)
    cut = sorted(rng.sample(range(1, len(acts)), k=min(2, len(acts) - 1)))
    parts = [acts[a:b] for a, b in zip([0] + cut, cut + [len(acts)])]
    return [(heads[s], part) for s, part in enumerate(parts) if part]


def _rows(rng, pools, ax, cols, content) -> tuple[list[list[Cell]], list[dict]]:
    rows, gold, counter = [], [], 0
    for s, (head, acts) in enumerate(content):
        sec_no, _ = _numbers(ax, s, 0, 0)
        if ax["section_rows"] == "full_width":
            rows.append([cell(f"{sec_no} {head}".strip(), span=len(cols), bold=True)])
        elif ax["section_rows"] == "cells":
            rows.append([cell(sec_no if c == "no" else head if c == "activity" else "", bold=True) for c in cols])
        for k, act in enumerate(acts):
            counter += 1
            _, no = _numbers(ax, s, k, counter)
            dl, resp = rng.choice(pools["deadlines"]), rng.choice(pools["responsible"])
            values = {"no": no, "activity": act["activity"], "deadline": dl["deadline_raw"],
                      "responsible": resp["responsible_raw"], "result": rng.choice(RESULTS)}
            rows.append([cell(values[c]) for c in cols])
            gold.append({"item_no": no, "activity": act["activity"], "milestone": act["milestone"],
                         "deadline": dl["date"] or None, "names": split_list(resp["names"])})
    return rows, gold


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = choose_axes(plan, i)
    cols = ["activity", "deadline", "responsible"] + (["result"] if ax["result_col"] == "yes" else [])
    if ax["col_order"] == "shuffled":
        rng.shuffle(cols)
    cols = ["no"] + cols
    v = int(ax["col_names"][1])
    head = [[cell(NAMES[c][v], bold=True) for c in cols]]
    if ax["numbers_row"] == "yes":
        head.append([cell(str(k + 1)) for k in range(len(cols))])
    rows, gold = _rows(rng, pools, ax, cols, _content(rng, pools))
    breaks = [b + len(head) for b in range(8, len(rows), 8)] if ax["header_repeat"] == "yes" else []
    table = Table(head + rows, header_rows=len(head), repeat_header=ax["header_repeat"] == "yes", page_breaks=breaks)
    blocks = preamble.order_paras(rng, "roadmap", preamble.issuer(rng)) + [table]
    return Doc(name, "roadmap", blocks, ax, gold, landscape=ax["orientation"] == "landscape")
