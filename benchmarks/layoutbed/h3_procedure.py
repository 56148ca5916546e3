"""Procedures in the layouts of `--layouts heldout3` (held out when written; see the bed README): the lists nested one level
inside a point that ends «…, в том числе:» (2.3.1., 2.3.2. a list each, its items lettered а), б)
under it); items on lines of their own with no mark at all, under the pool's lead-in; or both channel
lists under one point that says the channels are divided, each opened by a line of its own
(«цифровые каналы:», «офлайн-каналы:») and numbered 1), 2), … afresh."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Doc, Para
from .pools import Pools
from .procedure_layout import FILLER, KINDS, LETTERS, _items, _leadin

AXES = {
    "list_container": ("nested_v_tom_chisle", "bare_lines", "typed_sublists"),
    "item_end": ("semicolon", "comma", "none"),
    "list_order": ("canonical", "reversed"),
}
ENDS = {"semicolon": (";", "."), "comma": (",", "."), "none": ("", "")}
# scaffolding sentences (both halves alike)
NESTED = "2.{n}. Перечень точек взаимодействия содержит сведения, в том числе:"
DIVIDED = "2.{n}. Каналы взаимодействия с клиентами подразделяются на цифровые и офлайн-каналы:"
SUBHEAD = {"channel_digital": ("цифровые каналы:", "цифровые каналы взаимодействия:"),
           "channel_offline": ("офлайн-каналы:", "нецифровые (офлайн) каналы взаимодействия:")}


def _texts(items, ax) -> list[str]:
    """Items as printed: lower case inside a sentence, the end mark after each (the last one's own)."""
    mid, last = ENDS[ax["item_end"]]
    texts = [t[0].lower() + t[1:] if t[1:2].islower() else t for t, _ in items]
    return [f"{t.rstrip('.;,')}{last if k == len(texts) - 1 else mid}" for k, t in enumerate(texts)]


def nested(rng, pools, ax, kinds, lists) -> list[Para]:
    out = [Para(NESTED.format(n=1))]
    for k, kind in enumerate(kinds, 1):
        out.append(Para(f"2.1.{k}. {_leadin(rng, pools, kind)}"))
        out += [Para(f"{LETTERS[j]}) {t}") for j, t in enumerate(_texts(lists[kind], ax))]
    return out


def bare_lines(rng, pools, ax, kinds, lists) -> list[Para]:
    out = []
    for k, kind in enumerate(kinds, 1):
        out.append(Para(f"2.{k}. {_leadin(rng, pools, kind)}"))
        out += [Para(t) for t in _texts(lists[kind], ax)]
    return out


def typed(rng, pools, ax, kinds, lists) -> list[Para]:
    """The two channel lists under one point, in the place of the first of them."""
    out, n, style = [], 0, rng.randrange(2)
    for kind in kinds:
        if kind == "channel_offline":  # printed with the digital ones
            continue
        n += 1
        if kind == "channel_digital":
            out.append(Para(DIVIDED.format(n=n)))
            for sub in ("channel_digital", "channel_offline"):
                out.append(Para(SUBHEAD[sub][style]))
                out += [Para(f"{j}) {t}") for j, t in enumerate(_texts(lists[sub], ax), 1)]
            continue
        out.append(Para(f"2.{n}. {_leadin(rng, pools, kind)}"))
        out += [Para(f"{j}) {t}") for j, t in enumerate(_texts(lists[kind], ax), 1)]
    return out


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    blocks: list = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}"),
               Para("2. Содержание перечня", bold=True)]
    lists = {kind: _items(rng, pools, kind) for kind in KINDS}
    form = {"nested_v_tom_chisle": nested, "bare_lines": bare_lines, "typed_sublists": typed}[ax["list_container"]]
    blocks += form(rng, pools, ax, kinds, lists)
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in lists[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
