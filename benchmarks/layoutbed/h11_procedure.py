"""Procedures in the layouts of `--layouts heldout11` (held out when written; see the bed README): a list RUN INTO its
point's sentence, items parted by commas and the last by «и» / «, а также» («2.2. К цифровым каналам … относятся: a, b,
c и d.»); a list NAMED AFTER its items, in a closing «(далее – …)» («2.2. Для дистанционного взаимодействия с клиентами
используются: a, b и c (далее – цифровые каналы взаимодействия).»); an UNMARKED explaining paragraph after some items
of a numbered list (`points_explained`: a paragraph that continues the item, no marker, naming no channel or need);
items closed by a REFERENCE to the standard's sub-point «(подпункт 3.2.4 Стандарта)»; lead-ins in another region's words. Otherwise
mainstream: «1. Общие положения», «2. Состав сведений перечня» with points «2.k. lead-in:», items «1) …;»."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Doc, Para
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _leadin, pool_rows

AXES = {
    "list_form": ("points", "points_explained", "inline_and", "named_after"),
    "item_refs": ("none", "standard"),
    "leadin_form": ("pool", "regional"),
    "list_order": ("canonical", "reversed"),
}
# scaffolding (both halves alike): lead-ins in another region's words
REGIONAL = {"direction": "Взаимодействие с клиентами осуществляется министерством по следующим отраслевым направлениям:",
            "channel_digital": "Удаленными (электронными) каналами связи с клиентами являются:",
            "channel_offline": "Каналами непосредственного контакта с клиентами являются:",
            "need": "Ключевыми запросами клиентов, учитываемыми в перечне, являются:"}
# a list named after its items: (the sentence before them, the name in «(далее – …)»)
NAMED = {"direction": ("Взаимодействие с клиентами осуществляется в рамках следующих функций министерства:",
                       "направления деятельности"),
         "channel_digital": ("Для дистанционного взаимодействия с клиентами используются:",
                             "цифровые каналы взаимодействия"),
         "channel_offline": ("Для непосредственного взаимодействия с клиентами используются:",
                             "офлайн-каналы взаимодействия"),
         "need": ("Клиенты обращаются в министерство в целях:", "потребности клиентов")}
EXPLAIN = {"direction": "Направление включается в перечень, если по нему осуществляется взаимодействие с клиентами.",
           "channel_digital": "Порядок использования канала определяется регламентом работы министерства.",
           "channel_offline": "Режим работы определяется правовым актом министерства.",
           "need": "Указанная потребность учитывается при формировании карты клиентского пути."}
# the sub-points of the standard a list's items are taken from (the contract's sources number them so)
REF_BASE = {"direction": "4.6", "channel_digital": "3.2", "channel_offline": "3.3", "need": "4.9"}


def items(rng: random.Random, pools: Pools, kind: str, plain: bool) -> list[tuple[str, list[str]]]:
    """(text, codes) of one list, one phrase per code; run into a sentence (`plain`), no item holding «,» or «;»
    (it would read as several)."""
    rows = pool_rows(pools, kind)
    if plain:
        rows = [r for r in rows if "," not in r[0] and ";" not in r[0]]
    rng.shuffle(rows)
    seen, out = set(), []
    for text, codes in rows:
        if tuple(codes) not in seen:
            seen.add(tuple(codes))
            out.append((text.rstrip(".;"), codes))
    return out[:rng.randint(3, 6)]


def lower(text: str) -> str:
    return text[0].lower() + text[1:] if text[1:2].islower() else text


def referred(rng: random.Random, kind: str, text: str, ax) -> str:
    """An item closed by the standard's sub-point (about half of them)."""
    if ax["item_refs"] != "standard" or rng.random() < 0.5:
        return text
    return f"{text} (подпункт {REF_BASE[kind]}.{rng.randint(1, 11)} Стандарта)"


def run_in(words: list[str], rng: random.Random) -> str:
    """«a, b, c и d»: commas, the last item after «и» or «, а также»."""
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + rng.choice((" и ", ", а также ")) + words[-1]


def lead(rng, pools, kind: str, ax) -> str:
    return REGIONAL[kind] if ax["leadin_form"] == "regional" else _leadin(rng, pools, kind)


def point(rng, pools, kind: str, k: int, texts, ax) -> list[Para]:
    """Point «2.k.» holding one list in the document's form."""
    words = [referred(rng, kind, lower(t), ax) for t, _ in texts]
    if ax["list_form"] == "inline_and":
        return [Para(f"2.{k}. {lead(rng, pools, kind, ax)} {run_in(words, rng)}.")]
    if ax["list_form"] == "named_after":
        before, name = NAMED[kind]
        return [Para(f"2.{k}. {before} {run_in(words, rng)} (далее – {name}).")]
    out = [Para(f"2.{k}. {lead(rng, pools, kind, ax)}")]
    for j, w in enumerate(words, 1):
        out.append(Para(f"{j}) {w}{'.' if j == len(words) else ';'}"))
        if ax["list_form"] == "points_explained" and j < len(words) and rng.random() < 0.5:
            out.append(Para(EXPLAIN[kind]))
    return out


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    if ax["list_form"] == "named_after":  # its sentences are its own
        ax["leadin_form"] = "n/a"
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    texts = {kind: items(rng, pools, kind, not ax["list_form"].startswith("points")) for kind in KINDS}
    blocks: list = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}"),
               Para("2. Состав сведений перечня", bold=True)]
    for k, kind in enumerate(kinds, 1):
        blocks += point(rng, pools, kind, k, texts[kind], ax)
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in texts[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
