"""`term_yearless` (`--mutate term_yearless`): a plan's items grouped under year headings — a full-width row «2025
год», «На 2026 год», «2025 г.» above each run of items due in one year — and each such term written without its
year («не позднее III квартала», «до 15 марта», «декабрь»), as plans split by year print them.  The contract: a term
with no year takes the year of the innermost heading above it naming one.  Only where every dated item's term cell
holds a term alone with its year (`plan_terms.term_like`): a term already without one would fall under a heading
of another year; nor where an item with no term has a blank or a dash there (under a year's heading it may be read
as that year).  A year heading is repeated after a section row, so that it is always the innermost."""
from __future__ import annotations

import random
import re
from datetime import date

from .doc import Cell, Doc, Table
from .mutate_plans import _item_rows, _term_cols
from .mutate_rows import _numbers, _text, _width
from .plan_terms import term_like, yearless

_HEADS = ("{y} год", "На {y} год", "{y} г.", "В {y} году")


def term_yearless(doc: Doc, group: list[Table], rng: random.Random) -> None:
    if doc.kind != "roadmap":
        return
    items, act = _item_rows(doc, group)
    cols = _term_cols(group, items, act) if items else []
    if len(cols) != 1:               # a start column beside the end keeps its year: the item's year said twice
        return
    col = cols[0]
    for (k, r), g in items.items():
        text = _text(group[k].rows[r][col])
        if g["deadline"] and not (term_like(text) and g["deadline"][:4] in text):
            return
        if not g["deadline"] and not re.search(r"[А-Яа-яЁё]{3}", text):
            return                   # a blank or a dash under a year's heading: that year, or no term? unsaid
    head, bold = rng.choice(_HEADS), rng.random() < 0.7
    for k, t in enumerate(group):
        n, new, year, where = _width(t), [], None, {}
        for r, row in enumerate(t.rows):
            where[r] = len(new)
            g = items.get((k, r))
            if g and g["deadline"]:
                d = date.fromisoformat(g["deadline"])
                if d.year != year:
                    new.append([Cell([head.format(y=d.year)], span=n, bold=bold)])
                    year = d.year
                row[col].paras = [yearless(d, rng)]
            elif not g and r >= t.header_rows and not _numbers(row):
                year = None              # a section row: the year heading comes again under it
            new.append(row)
        t.rows[:] = new
        t.page_breaks = [where[b] for b in t.page_breaks if b in where]
