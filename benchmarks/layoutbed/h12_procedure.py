"""Procedures in the layouts of `--layouts heldout12` (held out when written; see the bed README): a list's items
closed by COMMAS, the last by a full stop («1) официальный сайт министерства,»); items as SENTENCES of their own after
dashes, capitalised, each closed by a full stop («– Официальный сайт министерства.»); a list of what the list does
NOT hold after the four lists («2.5. В перечень не включаются:» internal correspondence, interdepartmental exchange
…: scaffolding, never gold); lead-ins in another region's words. Otherwise mainstream: «1. Общие положения», «2.
Содержание перечня» with points «2.k. lead-in:», items «1) …;»."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Doc, Para
from .h12_common import axes
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _leadin, pool_rows

AXES = {
    "item_form": ("paren_semicolon", "paren_comma", "dash_sentences"),
    "exclusions": ("none", "not_included"),
    "leadin_form": ("pool", "regional"),
    "list_order": ("canonical", "reversed"),
}
# scaffolding (both halves alike): lead-ins in another region's words
REGIONAL = {"direction": "Перечень формируется по следующим видам деятельности министерства:",
            "channel_digital": "В перечень включаются следующие электронные (дистанционные) точки контакта:",
            "channel_offline": "В перечень включаются следующие точки личного контакта с получателями услуг:",
            "need": "В перечне отражаются следующие мотивы обращения получателей услуг:"}
EXCLUDED = ("Не включаются в перечень:", "В перечень не включаются:")
# what the list does not hold: no pool phrase, never gold
NOT_ITEMS = ("внутренняя служебная переписка структурных подразделений министерства",
             "межведомственный электронный документооборот",
             "телефонная связь между структурными подразделениями министерства",
             "взаимодействие в рамках судебного разбирательства",
             "переписка с федеральными органами исполнительной власти")


def items(rng: random.Random, pools: Pools, kind: str, form: str) -> list[tuple[str, list[str]]]:
    """(text, codes) of one list, one phrase per code; no item holding what parts items in its form (it would read
    as several): «;» unless the items end in «;», «,» too when they end in «,»."""
    rows = pool_rows(pools, kind)
    if form != "paren_semicolon":
        bad = ",;" if form == "paren_comma" else ";"
        rows = [r for r in rows if not any(ch in r[0] for ch in bad)]
    rng.shuffle(rows)
    seen, out = set(), []
    for text, codes in rows:
        if tuple(codes) not in seen:
            seen.add(tuple(codes))
            out.append((text.rstrip(".;"), codes))
    return out[:rng.randint(3, 6)]


def case(text: str, upper: bool) -> str:
    """An item's first letter as the form wants it (an abbreviation «ЕПГУ» kept)."""
    if text[1:2].isupper():
        return text
    return (text[0].upper() if upper else text[0].lower()) + text[1:]


def marked(words: list[str], form: str) -> list[Para]:
    last = len(words)
    if form == "dash_sentences":
        return [Para(f"– {case(w, True)}.") for w in words]
    sep = "," if form == "paren_comma" else ";"
    return [Para(f"{j}) {case(w, False)}{'.' if j == last else sep}") for j, w in enumerate(words, 1)]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = axes(plan, i, AXES)
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    texts = {kind: items(rng, pools, kind, ax["item_form"]) for kind in KINDS}
    blocks: list = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}"),
               Para("2. Содержание перечня", bold=True)]
    for k, kind in enumerate(kinds, 1):
        lead = REGIONAL[kind] if ax["leadin_form"] == "regional" else _leadin(rng, pools, kind)
        blocks.append(Para(f"2.{k}. {lead}"))
        blocks += marked([t for t, _ in texts[kind]], ax["item_form"])
    if ax["exclusions"] == "not_included":
        blocks.append(Para(f"2.{len(kinds) + 1}. {rng.choice(EXCLUDED)}"))
        blocks += marked(rng.sample(NOT_ITEMS, k=rng.randint(2, 4)), ax["item_form"])
    blocks.append(Para("3. Актуализация перечня", bold=True))
    blocks.append(Para("3.1. Перечень пересматривается не реже одного раза в год."))
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in texts[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
