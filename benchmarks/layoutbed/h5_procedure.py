"""Procedures in the layouts of `--layouts heldout5` (held out when written; see the bed README): items as a
legal text's sub-points with a closing parenthesis «3.2.1)»; the lists in an appendix to the procedure, one
table «№ п/п | Наименование | Примечание» with a full-width row per list and items «1.1.», «1.2.»; or the
mainstream lettered «а)». The procedure may stand in an amending order that restates its section 3 (or its
appendix) in quotes: «изложить в следующей редакции: "3. … ".»."""
from __future__ import annotations

import random

from . import h5_common
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .pools import Pools
from .procedure_layout import FILLER, KINDS, LETTERS, _items, _leadin

AXES = {
    "list_container": ("sub_paren", "note_table", "lettered"),
    "act_form": ("original", "amend_points"),
    "list_order": ("canonical", "reversed"),
}
# scaffolding (both halves alike): what a «Примечание» cell says — never a channel's or a need's words
NOTES = ("—", "при наличии", "с 2025 года", "по мере внедрения", "")
STEPS = ("Предложения по актуализации перечня представляются структурными подразделениями ежегодно.",
         "Перечень утверждается приказом министерства и размещается на официальном сайте.")
APPENDIX = "Приложение к Порядку ведения перечня точек взаимодействия с внешними и внутренними клиентами"


def _lower(text: str) -> str:
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def _marked(rng, pools, kinds, lists, marker) -> list:
    """«3.k. lead-in», then the items with the marker's numbers, «;» after each but the last."""
    out: list = []
    for k, kind in enumerate(kinds, 1):
        out.append(Para(f"3.{k}. {_leadin(rng, pools, kind)}"))
        texts = [_lower(t).rstrip(".;") for t, _ in lists[kind]]
        out += [Para(f"{marker(k, j)} {t}{'.' if j == len(texts) - 1 else ';'}") for j, t in enumerate(texts)]
    return out


def note_table(rng, pools, kinds, lists) -> tuple[list, list]:
    """(section 3's text, the appendix: a table, a full-width row per list, its items numbered k.j.)."""
    rows = [[cell(h, bold=True) for h in ("№ п/п", "Наименование", "Примечание")]]
    for k, kind in enumerate(kinds, 1):
        rows.append([cell(f"{k}. {_leadin(rng, pools, kind).rstrip(':')}", bold=True, span=3)])
        rows += [[cell(f"{k}.{j}."), cell(t), cell(rng.choice(NOTES))] for j, (t, _) in enumerate(lists[kind], 1)]
    text = [Para("3.1. Направления деятельности, каналы взаимодействия и потребности клиентов, сведения о которых "
                 "включаются в перечень, приведены в приложении к настоящему Порядку.")]
    return text, [Para(APPENDIX, page_break_before=True),
                  Para("Сведения, включаемые в перечень точек взаимодействия", bold=True, center=True),
                  Table(rows, repeat_header=True)]


def _quoted(paras: list) -> list:
    """The restated text in quotes: «"» before its first paragraph, «".» after its last."""
    first = next(k for k, b in enumerate(paras) if isinstance(b, Para))
    paras[first] = Para('"' + paras[first].text, bold=paras[first].bold, center=paras[first].center)
    last = paras[-1]
    return paras + [Para('".')] if isinstance(last, Table) else paras[:-1] + [Para(last.text + '".')]


def body(rng, pools, ax, kinds, lists) -> tuple[list, list]:
    """(section 3, the appendix or nothing)."""
    head = [Para("3. Содержание перечня", bold=True)]
    if ax["list_container"] == "note_table":
        text, appendix = note_table(rng, pools, kinds, lists)
        return head + text, appendix
    marker = (lambda k, j: f"3.{k}.{j + 1})") if ax["list_container"] == "sub_paren" else \
        (lambda k, j: f"{LETTERS[j]})")
    return head + _marked(rng, pools, kinds, lists, marker), []


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    who, _ = h5_common.issuer(rng, False)
    blocks, refs = h5_common.order(rng, "procedure", who, None, ax["act_form"])
    lists = {kind: _items(rng, pools, kind) for kind in KINDS}
    section, appendix = body(rng, pools, ax, kinds, lists)
    if ax["act_form"] == "original":
        blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}"),
                   Para("2. Порядок формирования перечня", bold=True)]
        blocks += [Para(f"2.{k}. {t}") for k, t in enumerate(STEPS, 1)] + section + appendix
    else:
        where = f"приказом от {refs['old_date']} № {refs['old_number']}"
        if appendix:
            blocks += [Para(f"1. Приложение к Порядку ведения перечня точек взаимодействия, утвержденному {where}, "
                            "изложить в следующей редакции:")] + _quoted(appendix[1:])
        else:
            blocks += [Para(f"1. Внести в Порядок ведения перечня точек взаимодействия, утвержденный {where}, "
                            "изменение, изложив раздел 3 в следующей редакции:")] + _quoted(section)
        blocks += h5_common.signature()
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in lists[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
