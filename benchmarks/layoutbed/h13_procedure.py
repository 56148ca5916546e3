"""Procedures in the layouts of `--layouts heldout13` (held out when written; see the bed README): the lists given BY
REFERENCE — the point says only «Цифровые точки взаимодействия приведены в таблице 2 приложения к настоящему
Порядку.», the items stand in captioned tables «№ п/п | Наименование» of an appendix after the Procedure's last
chapter (`appendix_tables`); the lists in an AMENDING order — «О внесении изменений …», «1. Раздел 2 изложить в
следующей редакции:» and the chapter's new wording in guillemets, its first line opening «, its last item closed
by ».» (`amendment`); lead-ins in another region's words. Otherwise mainstream: «1. Общие положения», «2.
Содержание перечня» with points «2.k. lead-in:», items «1) …;», the last closed by «.»."""
from __future__ import annotations

import random

from . import preamble
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .h13_common import axes
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _leadin, pool_rows

AXES = {
    "list_place": ("inline", "appendix_tables"),
    "leadin_form": ("pool", "regional"),
    "act_form": ("approval", "amendment"),
    "list_order": ("canonical", "reversed"),
}
# scaffolding (both halves alike): lead-ins in another region's words
REGIONAL = {"direction": "Точки взаимодействия учитываются в перечне в разрезе следующих сфер компетенции "
                         "министерства:",
            "channel_digital": "Дистанционное (бесконтактное) взаимодействие с клиентами осуществляется через:",
            "channel_offline": "Контактное взаимодействие с клиентами осуществляется через:",
            "need": "При ведении перечня учитываются следующие проблемы (вопросы), с которыми обращаются клиенты:"}
# an appendix table's caption per list kind: (plain, regional); the point refers to the table by its number
CAPTIONS = {"direction": ("Направления деятельности министерства", "Сферы компетенции министерства"),
            "channel_digital": ("Цифровые точки взаимодействия", "Бесконтактные средства связи с клиентами"),
            "channel_offline": ("Офлайн-точки взаимодействия", "Контактные средства связи с клиентами"),
            "need": ("Потребности клиентов", "Проблемы (вопросы), с которыми обращаются клиенты")}
APPENDIX = "Приложение к Порядку ведения перечня точек взаимодействия с внешними и внутренними клиентами"


def items(rng: random.Random, pools: Pools, kind: str, inline: bool) -> list[tuple[str, list[str]]]:
    """(text, codes) of one list, one phrase per code; inline, no item holding the «;» that parts the items."""
    rows = [r for r in pool_rows(pools, kind) if not (inline and ";" in r[0])]
    rng.shuffle(rows)
    seen, out = set(), []
    for text, codes in rows:
        if tuple(codes) not in seen:
            seen.add(tuple(codes))
            out.append((text.rstrip(".;"), codes))
    return out[:rng.randint(3, 6)]


def inline_list(words: list[str]) -> list[Para]:
    last = len(words)
    return [Para(f"{j}) {w[0].lower() + w[1:] if not w[1:2].isupper() else w}{'.' if j == last else ';'}")
            for j, w in enumerate(words, 1)]


def reference(kind: str, k: int, regional: bool) -> str:
    """The point that names a list by its table: «<Caption> приведены в таблице k приложения к настоящему Порядку.»"""
    return f"{CAPTIONS[kind][regional]} приведены в таблице {k} приложения к настоящему Порядку."


def appendix(kinds: list[str], texts, regional: bool) -> list:
    blocks: list = [Para(APPENDIX, page_break_before=True)]
    for k, kind in enumerate(kinds, 1):
        rows = [[cell("№ п/п", bold=True), cell("Наименование", bold=True)]]
        rows += [[cell(f"{j}."), cell(t)] for j, (t, _) in enumerate(texts[kind], 1)]
        blocks += [Para(f"Таблица {k}. {CAPTIONS[kind][regional]}", bold=True), Table(rows, header_rows=1)]
    return blocks


AMENDED = "Порядок ведения перечня точек взаимодействия с внешними и внутренними клиентами"


def amending(blocks: list, rng: random.Random) -> list:
    """The order's first page as an amending order's: its title, its point and the appendix's heading reworded."""
    day, month, number = rng.randint(1, 28), rng.randint(1, 12), rng.randint(10, 300)
    act = f"приказом министерства от {day:02d}.{month:02d}.{rng.choice((2023, 2024))} № {number}"
    blocks[3] = Para(f"О внесении изменений в {AMENDED}, утвержденный {act}", bold=True,
                     center=True)
    blocks[5] = Para(f"1. Внести в {AMENDED}, утвержденный {act}, изменения согласно приложению к настоящему приказу.")
    blocks[9] = Para(f"Изменения, вносимые в {AMENDED}", bold=True, center=True)
    return blocks


def quoted(paras: list[Para]) -> list[Para]:
    """A new wording in guillemets: « before its first line, ». after its last."""
    paras[0] = Para("«" + paras[0].text, bold=paras[0].bold)
    paras[-1] = Para(paras[-1].text + "».", bold=paras[-1].bold)
    return paras


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = axes(plan, i, AXES)
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    inline = ax["list_place"] == "inline"
    regional = ax["leadin_form"] == "regional"
    texts = {kind: items(rng, pools, kind, inline) for kind in KINDS}
    blocks: list = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    amendment = ax["act_form"] == "amendment"
    chapter = [Para("2. Содержание перечня", bold=True)]
    for k, kind in enumerate(kinds, 1):
        if inline:
            lead = REGIONAL[kind] if regional else _leadin(rng, pools, kind)
            chapter.append(Para(f"2.{k}. {lead}"))
            chapter += inline_list([t for t, _ in texts[kind]])
        else:
            chapter.append(Para(f"2.{k}. {reference(kind, k, regional)}"))
    if amendment:
        blocks = amending(blocks, rng) + [Para("1. Раздел 2 изложить в следующей редакции:")] + quoted(chapter)
        blocks += [Para("2. Пункт 3.1 изложить в следующей редакции:"),
                   Para("«3.1. Перечень пересматривается не реже двух раз в год.»."),
                   Para("3. Дополнить Порядок приложением согласно приложению к настоящим изменениям.")
                   if not inline else Para("3. Пункт 3.2 признать утратившим силу.")]
    else:
        blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}")]
        blocks += chapter + [Para("3. Актуализация перечня", bold=True),
                             Para("3.1. Перечень пересматривается не реже одного раза в год.")]
    if not inline:
        blocks += appendix(kinds, texts, regional)
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in texts[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
