"""Procedures in the layouts of `--layouts heldout4` (held out when written; see the bed README): each list
a small reference table «Код | Наименование» under its point (codes НД.1, ЦК.1, ОК.1, П.1); the lists
nested under one point with the same dash «-» at both levels (a list's lead-in is itself a dashed line);
or the lead-in and items numbered «1)», «2)» as points' sub-items commonly are. The procedure's steps
(who does what, by when) may be a table «№ | действие | ответственный | срок» before the lists —
scaffolding, both halves alike."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _items, _leadin

AXES = {
    "list_container": ("code_tables", "dash_nested", "paren_numbered"),
    "steps": ("steps_table", "paragraphs"),
    "list_order": ("canonical", "reversed"),
}
CODES = {"direction": "НД", "channel_digital": "ЦК", "channel_offline": "ОК", "need": "П"}
NESTED = "Перечень точек взаимодействия содержит следующие сведения:"
# scaffolding: the steps of keeping the list (both halves alike)
STEPS = (("Подготовка предложений по актуализации перечня", "структурные подразделения министерства",
          "ежегодно, до 1 февраля"),
         ("Обобщение предложений и подготовка проекта перечня", "ответственное структурное подразделение",
          "в течение 10 рабочих дней"),
         ("Утверждение перечня", "министр", "до 1 марта"),
         ("Размещение перечня на официальном сайте", "отдел информационных технологий",
          "в течение 5 рабочих дней со дня утверждения"))
STEP_PARAS = ("Предложения по актуализации перечня представляются структурными подразделениями ежегодно.",
              "Перечень утверждается приказом министерства и размещается на официальном сайте.")


def _lower(text: str) -> str:
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def code_tables(rng, pools, kinds, lists, n: int) -> list:
    out: list = []
    for k, kind in enumerate(kinds, 1):
        out.append(Para(f"{n}.{k}. {_leadin(rng, pools, kind)}"))
        rows = [[cell("Код", bold=True), cell("Наименование", bold=True)]]
        rows += [[cell(f"{CODES[kind]}.{j}"), cell(t)] for j, (t, _) in enumerate(lists[kind], 1)]
        out.append(Table(rows, repeat_header=True))
    return out


def dash_nested(rng, pools, kinds, lists, n: int) -> list:
    out: list = [Para(f"{n}.1. {NESTED}")]
    for k, kind in enumerate(kinds):
        out.append(Para(f"- {_lower(_leadin(rng, pools, kind))}"))
        texts = [_lower(t).rstrip(".;") for t, _ in lists[kind]]
        end = "." if k == len(kinds) - 1 else ";"
        out += [Para(f"- {t}{end if j == len(texts) - 1 else ';'}") for j, t in enumerate(texts)]
    return out


def paren_numbered(rng, pools, kinds, lists, n: int) -> list:
    out: list = []
    for k, kind in enumerate(kinds, 1):
        out.append(Para(f"{n}.{k}. {_leadin(rng, pools, kind)}"))
        texts = [_lower(t).rstrip(".;") for t, _ in lists[kind]]
        out += [Para(f"{j}) {t}{'.' if j == len(texts) else ';'}") for j, t in enumerate(texts, 1)]
    return out


def steps(ax) -> list:
    """Section 2: how the list is kept — a table of steps, or two plain points."""
    out: list = [Para("2. Порядок формирования и актуализации перечня", bold=True)]
    if ax["steps"] == "paragraphs":
        return out + [Para(f"2.{k}. {t}") for k, t in enumerate(STEP_PARAS, 1)]
    rows = [[cell(h, bold=True) for h in ("№ п/п", "Наименование действия", "Ответственный", "Срок")]]
    rows += [[cell(f"{k}."), cell(a), cell(w), cell(d)] for k, (a, w, d) in enumerate(STEPS, 1)]
    return out + [Para("2.1. Формирование и актуализация перечня осуществляются в следующем порядке:"),
                  Table(rows, repeat_header=True)]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    blocks: list = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}")]
    blocks += steps(ax) + [Para("3. Содержание перечня", bold=True)]
    lists = {kind: _items(rng, pools, kind) for kind in KINDS}
    form = {"code_tables": code_tables, "dash_nested": dash_nested,
            "paren_numbered": paren_numbered}[ax["list_container"]]
    blocks += form(rng, pools, kinds, lists, 3)
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in lists[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
