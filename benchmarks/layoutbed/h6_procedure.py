"""Procedures in the layouts of `--layouts heldout6` (held out when written; see the bed README): each list in an
appendix of its own after the procedure's text («Приложение № k к Порядку …», a title naming the list, items «1.»,
«2.»), the text saying only where each list is; channels written as abbreviations explained in the procedure's
list of abbreviations («1.3. В настоящем Порядке используются следующие сокращения: …»); a last appendix giving the
blank FORM of the touchpoint list (its header, a numbers row and an empty row). Otherwise mainstream: the lists
under «3.k. lead-in» with items «3.k.1.»."""
from __future__ import annotations

import random

from . import h6_common, preamble
from .axes import AxisPlan
from .doc import Doc, Para, Table, cell
from .pools import Pools
from .procedure_layout import FILLER, KINDS, _items, _leadin

AXES = {
    "list_container": ("subpoints", "appendices"),
    "glossary": ("no", "yes"),
    "form_appendix": ("no", "yes"),
    "list_order": ("canonical", "reversed"),
}
# scaffolding (both halves alike): the titles of the lists' own appendices
TITLES = {"direction": "Перечень направлений деятельности, по которым формируется перечень точек взаимодействия",
          "channel_digital": "Перечень цифровых каналов взаимодействия с клиентами",
          "channel_offline": "Перечень офлайн-каналов взаимодействия с клиентами",
          "need": "Перечень потребностей клиентов"}
WHERE = "Порядку ведения перечня точек взаимодействия с внешними и внутренними клиентами"
FORM_HEAD = ("№ п/п", "Направление деятельности", "Наименование процесса (услуги, функции)",
             "Точка взаимодействия", "Вид точки взаимодействия (цифровая/офлайн)", "Потребности клиента",
             "Ответственное структурное подразделение")
STEP = "Перечень формируется структурными подразделениями и актуализируется не реже одного раза в год."
APPROVED = "Перечень утверждается приказом министерства"


def lists(rng: random.Random, pools: Pools, ax, variant: int) -> dict[str, list[tuple[str, list[str]]]]:
    """The four lists; with the glossary, a channel that has an abbreviation is written as it."""
    out = {kind: _items(rng, pools, kind) for kind in KINDS}
    if ax["glossary"] == "yes":
        for kind in ("channel_digital", "channel_offline"):
            out[kind] = [(h6_common.short(codes[0], variant) or t, codes) for t, codes in out[kind]]
    return out


def _end(k: int, n: int) -> str:
    return "." if k == n - 1 else ";"


def subpoints(rng, pools, kinds, items) -> list[Para]:
    out: list[Para] = []
    for k, kind in enumerate(kinds, 1):
        out.append(Para(f"3.{k}. {_leadin(rng, pools, kind)}"))
        out += [Para(f"3.{k}.{j}. {t.rstrip('.;')}{_end(j - 1, len(items[kind]))}")
                for j, (t, _) in enumerate(items[kind], 1)]
    return out


def appendices(kinds, items, first: int) -> tuple[list[Para], list]:
    """(section 3's text, the appendices: one a list, its items «1.», «2.»)."""
    text, tail = [], []
    for k, kind in enumerate(kinds):
        no = first + k
        text.append(Para(f"3.{k + 1}. {TITLES[kind]} приведен в приложении № {no} к настоящему Порядку."))
        tail += [Para(f"Приложение № {no} к {WHERE}", page_break_before=True), Para(TITLES[kind], bold=True,
                                                                                      center=True)]
        tail += [Para(f"{j}. {t.rstrip('.;')}{_end(j - 1, len(items[kind]))}")
                 for j, (t, _) in enumerate(items[kind], 1)]
    return text, tail


def form_appendix(no: int | None) -> list:
    """The blank form of the list the procedure governs: header, numbers row, one empty row."""
    stamp = f"Приложение № {no} к {WHERE}" if no else f"Приложение к {WHERE}"
    rows = [[cell(h, bold=True) for h in FORM_HEAD], [cell(str(k + 1)) for k in range(len(FORM_HEAD))],
            [cell("") for _ in FORM_HEAD]]
    return [Para(stamp, page_break_before=True), Para("Форма", center=True),
            Para("Перечень точек взаимодействия с клиентами", bold=True, center=True), Table(rows)]


def build(rng: random.Random, pools: Pools, plan: AxisPlan, i: int, name: str) -> Doc:
    ax = {n: plan.value(n, values, i) for n, values in AXES.items()}
    kinds = list(KINDS) if ax["list_order"] == "canonical" else list(reversed(KINDS))
    variant = rng.randrange(3)
    blocks = preamble.order_paras(rng, "procedure", preamble.issuer(rng))
    items = lists(rng, pools, ax, variant)
    blocks += [Para("1. Общие положения", bold=True), Para(f"1.1. {FILLER[0]}"), Para(f"1.2. {FILLER[1]}")]
    if ax["glossary"] == "yes":
        used = [t for kind in ("channel_digital", "channel_offline") for t, c in items[kind]
                if t == h6_common.short(c[0], variant)]
        gloss = h6_common.glossary(used, "1.3. В настоящем Порядке используются следующие сокращения:")
        blocks += gloss or [Para("1.3. Сокращения в настоящем Порядке не используются.")]
    blocks += [Para("2. Порядок формирования перечня", bold=True)]
    form_no = len(kinds) + 1 if ax["list_container"] == "appendices" else None
    approved = f"{APPROVED} и размещается на официальном сайте." if ax["form_appendix"] == "no" else \
        f"{APPROVED} по форме согласно приложению{f' № {form_no}' if form_no else ''} к настоящему Порядку."
    blocks += [Para(f"2.1. {STEP}"), Para(f"2.2. {approved}"), Para("3. Содержание перечня", bold=True)]
    tail: list = []
    if ax["list_container"] == "appendices":
        text, tail = appendices(kinds, items, 1)
        blocks += text
    else:
        blocks += subpoints(rng, pools, kinds, items)
    if ax["form_appendix"] == "yes":
        tail += form_appendix(form_no)
    blocks += tail
    gold = [{"list_kind": k, "code": c, "text": t} for k in kinds for t, codes in items[k] for c in codes]
    return Doc(name, "procedure", blocks, ax, gold)
