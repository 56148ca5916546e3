"""Procedures in the layouts of `--layouts heldout10` (held out when written; see the bed README): the lists given in a
chapter of TERMS («2. Основные понятия», «2.1. Для целей настоящего Порядка используются следующие понятия:», then a
definition per list, «цифровые каналы взаимодействия – официальный сайт министерства, электронная почта, …;», items
parted by commas; the list chapter only refers to them); items GLOSSED with a note of scaffolding («… – в пределах
полномочий министерства;», in a definition «… (в часы работы министерства)»); lead-ins and terms in another region's
words («К дистанционным способам контакта с клиентами относятся:», «ожидания получателей услуг – …»); a list's items
grouped under CATEGORY lines that look like items and are none («1) ресурсы в информационно-телекоммуникационной
сети «Интернет»:» «а) …;», «2) иные электронные средства:»; directions by external / internal clients). Otherwise
mainstream: «1. Общие положения», «2. Формирование перечня» with points «2.k. lead-in:», items «1) …;»."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Doc, Para
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _leadin, pool_rows

AXES = {
    "lists_in": ("points", "definitions"),
    "item_gloss": ("none", "noted"),
    "leadin_form": ("pool", "regional"),
    "nesting": ("flat", "categories"),
    "list_order": ("canonical", "reversed"),
}
# scaffolding (both halves alike): lead-ins and terms in another region's words, notes that name no channel or need
REGIONAL = {"direction": "Перечень составляется в разрезе следующих сфер ведения министерства:",
            "channel_digital": "К дистанционным способам контакта с клиентами относятся:",
            "channel_offline": "К очным способам контакта с клиентами относятся:",
            "need": "Перечень отражает следующие ожидания получателей услуг:"}
TERMS = {"pool": {"direction": "направления деятельности министерства",
                  "channel_digital": "цифровые каналы взаимодействия",
                  "channel_offline": "офлайн-каналы взаимодействия", "need": "потребности клиентов"},
         "regional": {"direction": "сферы ведения министерства", "channel_digital": "дистанционные способы контакта",
                      "channel_offline": "очные способы контакта", "need": "ожидания получателей услуг"}}
NOTES = {"direction": ("в пределах полномочий министерства", "в соответствии с Положением о министерстве"),
         "channel_digital": ("при наличии технической возможности", "в установленном министерством порядке"),
         "channel_offline": ("в часы работы министерства", "в установленном министерством порядке"),
         "need": ("с учетом категории клиента", "в пределах компетенции министерства")}
# categories a list's items may be grouped under (scaffolding lines that look like items and are none), by code
CATEGORIES = {"direction": (("по работе с внешними клиентами:", lambda c: not c.startswith("internal")),
                            ("по работе с внутренними клиентами:", lambda c: c.startswith("internal"))),
              "channel_digital": (("ресурсы в информационно-телекоммуникационной сети «Интернет»:",
                                   lambda c: c not in ("email", "edms", "video_conference", "workstation", "api")),
                                  ("иные электронные средства:",
                                   lambda c: c in ("email", "edms", "video_conference", "workstation", "api"))),
              "channel_offline": (("очные формы взаимодействия:",
                                   lambda c: c not in ("phone", "written_mail", "request_log")),
                                  ("иные формы взаимодействия:", lambda c: c in ("phone", "written_mail", "request_log")))}
LETTERS = "абвгдежзиклмн"
REFER = ("Перечень формируется по направлениям деятельности, каналам взаимодействия и потребностям клиентов, "
         "определенным в разделе 2 настоящего Порядка.",
         "При формировании перечня используются понятия, определенные разделом 2 настоящего Порядка.")


def items(rng: random.Random, pools: Pools, kind: str, plain: bool) -> list[tuple[str, list[str]]]:
    """(text, codes) of one list, one phrase per code; in a definition (`plain`) no item holding «,» or «;» (it
    would read as several)."""
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


def noted(rng: random.Random, kind: str, text: str, ax, form: str) -> str:
    """An item with its note (about half of the items), « – note» in a point, « (note)» in a definition."""
    if ax["item_gloss"] != "noted" or rng.random() < 0.5:
        return text
    note = rng.choice(NOTES[kind])
    return f"{text} ({note})" if form == "definition" else f"{text} – {note}"


def grouped(kind: str, texts: list[tuple[str, list[str]]]) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """(category line, its items) of a list whose items are grouped (`nesting` `categories`); the needs are not."""
    if kind not in CATEGORIES:
        return [("", texts)]
    out = [(line, [t for t in texts if test(t[1][0])]) for line, test in CATEGORIES[kind]]
    return [(line, part) for line, part in out if part]


def as_points(rng, pools, kinds, texts, ax) -> list[Para]:
    """Section 2: a point per list, its items «1) …;», or under categories «1) category:» lettered «а) …;»."""
    out = [Para("2. Формирование перечня", bold=True)]
    for k, kind in enumerate(kinds, 1):
        lead = REGIONAL[kind] if ax["leadin_form"] == "regional" else _leadin(rng, pools, kind)
        out.append(Para(f"2.{k}. {lead}"))
        parts = grouped(kind, texts[kind]) if ax["nesting"] == "categories" else [("", texts[kind])]
        n, total = 0, len(texts[kind])
        for c, (line, part) in enumerate(parts, 1):
            if line:
                out.append(Para(f"{c}) {line}"))
            for j, (t, _) in enumerate(part):
                n += 1
                marker = f"{LETTERS[j]})" if line else f"{n})"
                out.append(Para(f"{marker} {noted(rng, kind, lower(t), ax, 'point')}{'.' if n == total else ';'}"))
    return out


def as_definitions(rng, kinds, texts, ax) -> list[Para]:
    terms = TERMS[ax["leadin_form"]]
    out = [Para("2. Основные понятия", bold=True),
           Para("2.1. Для целей настоящего Порядка используются следующие понятия:")]
    for k, kind in enumerate(kinds):
        words = [noted(rng, kind, lower(t), ax, "definition") for t, _ in texts[kind]]
        out.append(Para(f"{terms[kind]} – {', '.join(words)}{'.' if k == len(kinds) - 1 else ';'}"))
    return out + [Para("3. Формирование перечня", bold=True), Para(f"3.1. {rng.choice(REFER)}")]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    if ax["lists_in"] == "definitions":  # a definition is one sentence: its items are not grouped
        ax["nesting"] = "n/a"
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    texts = {kind: items(rng, pools, kind, ax["lists_in"] == "definitions") for kind in KINDS}
    if ax["nesting"] == "categories":  # the gold in the order printed: category by category
        texts = {kind: [t for _, part in grouped(kind, texts[kind]) for t in part] for kind in KINDS}
    blocks: list = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}")]
    blocks += as_definitions(rng, kinds, texts, ax) if ax["lists_in"] == "definitions" else \
        as_points(rng, pools, kinds, texts, ax)
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in texts[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
