"""Procedures in the layouts of `--layouts heldout9` (held out when written; see the bed README): points numbered ON
through the whole procedure under chapter headings («I. Общие положения» / «Глава 1. Общие положения», points «1.»,
«2.», …, the lists in points «6.», «7.» of chapter III); both channel lists as ONE list whose items each say their
kind («1) официальный сайт … (цифровой канал);», «4) личный прием … (офлайн-канал);», the kinds mixed); lead-ins
naming the list only in a «(далее – …)» clause («Министерство использует следующие информационные ресурсы (далее –
цифровые каналы взаимодействия):») or in another region's words («Взаимодействие с заявителями в электронной форме
осуществляется с использованием:»). Otherwise mainstream: sections «1.», «2.», «3.» with points «3.k. lead-in:»,
items «1) …;»."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Doc, Para
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _items, _leadin

AXES = {
    "numbering": ("sections", "chapters_running"),
    "channels": ("two_lists", "one_list_marked"),
    "leadin_form": ("pool", "dalee", "regional"),
    "list_order": ("canonical", "reversed"),
}
# scaffolding lead-ins (both halves alike)
DALEE = {"direction": "Точки взаимодействия определяются в рамках следующих видов деятельности министерства (далее – "
                      "направления деятельности):",
         "channel_digital": "Министерство использует следующие информационные системы и ресурсы (далее – цифровые "
                            "каналы взаимодействия):",
         "channel_offline": "Помимо информационных ресурсов, министерство взаимодействует с клиентами посредством "
                            "(далее – офлайн-каналы взаимодействия):",
         "need": "Клиенты обращаются в министерство в следующих целях (далее – потребности клиентов):"}
REGIONAL = {"direction": "Перечень ведется по следующим сферам деятельности министерства:",
            "channel_digital": "Взаимодействие с заявителями в электронной форме осуществляется с использованием:",
            "channel_offline": "Непосредственное (очное, письменное, телефонное) взаимодействие с заявителями "
                               "осуществляется посредством:",
            "need": "В перечне учитываются следующие запросы (ожидания) заявителей:"}
ONE_LIST = ("Взаимодействие с клиентами осуществляется по следующим каналам:",
            "Для взаимодействия с клиентами министерство использует следующие каналы:")
MARKS = (("(цифровой канал)", "(офлайн-канал)"), ("– цифровой канал", "– офлайн-канал"))
CHAPTERS = (("I.", "II.", "III."), ("Глава 1.", "Глава 2.", "Глава 3."))
TITLES = ("Общие положения", "Порядок формирования перечня", "Содержание перечня")
BODY = (FILLER[0], FILLER[1], "Перечень формируется структурными подразделениями министерства и актуализируется не "
                              "реже одного раза в год.")


def lead(rng: random.Random, pools: Pools, kind: str, ax) -> str:
    if ax["leadin_form"] == "dalee":
        return DALEE[kind]
    if ax["leadin_form"] == "regional":
        return REGIONAL[kind]
    return _leadin(rng, pools, kind)


def items(words: list[str]) -> list[Para]:
    return [Para(f"{j + 1}) {w}{'.' if j == len(words) - 1 else ';'}") for j, w in enumerate(words)]


def lists(rng: random.Random, pools: Pools, kinds: list[str], texts: dict, ax) -> list[tuple[str, list[str]]]:
    """(lead-in, items) of each point of the lists' section; with one marked list both channel lists make one point
    where the first of them stands, its items mixed, each closed by its kind's mark."""
    out = []
    for kind in kinds:
        words = [t.rstrip(".;") for t, _ in texts[kind]]
        if ax["channels"] == "one_list_marked" and kind.startswith("channel"):
            if kind != next(k for k in kinds if k.startswith("channel")):
                continue
            marks = rng.choice(MARKS)
            both = [(t.rstrip(".;"), marks[0]) for t, _ in texts["channel_digital"]]
            both += [(t.rstrip(".;"), marks[1]) for t, _ in texts["channel_offline"]]
            rng.shuffle(both)
            out.append((rng.choice(ONE_LIST), [f"{t} {m}" for t, m in both]))
        else:
            out.append((lead(rng, pools, kind, ax), words))
    return out


def procedure(rng: random.Random, pools: Pools, kinds: list[str], texts: dict, ax) -> list[Para]:
    """The procedure's text: sections with «3.k.» points, or chapters with points numbered on."""
    running = ax["numbering"] == "chapters_running"
    heads = rng.choice(CHAPTERS) if running else ("1.", "2.", "3.")
    out: list[Para] = []
    n = 0
    for c, title in enumerate(TITLES):
        out.append(Para(f"{heads[c]} {title}", bold=True, center=running))
        points = [(b, []) for b in BODY[:2]] if c == 0 else [(BODY[2], [])] if c == 1 else \
            lists(rng, pools, kinds, texts, ax)
        for k, (text, words) in enumerate(points, 1):
            n += 1
            out.append(Para(f"{n if running else f'{c + 1}.{k}'}. {text}"))
            out += items(words)
    return out


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    texts = {kind: _items(rng, pools, kind) for kind in KINDS}
    blocks: list = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    blocks += procedure(rng, pools, kinds, texts, ax)
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in texts[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
