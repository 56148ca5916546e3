"""What the layouts of `--layouts heldout2` share: the appendix's approval stamp on lines of its own
(«Приложение 2 / УТВЕРЖДЕН / приказом министерства … / от … № …», as published procedures print it),
and the legal database's lines above a converted-text copy (a note on the edition, the dates of the
act's amendments). Scaffolding: none of it is scored."""
from __future__ import annotations

import random
import re

from .doc import Para

STAMP = ("approved_lines", "one_line")
TXT_TABLE = ("garant", "tabs")
# the database's own lines above the act (our wording; only their place and shape are the database's)
BANNER = ("Текст документа приводится в актуальной редакции справочной правовой системы.",
          "Документ с изменениями, внесёнными по состоянию на 1 октября 2025 г.")
AMENDED = ("14 марта, 2 сентября 2025 г.", "21 декабря 2024 г., 3 июня 2025 г.", "9 апреля 2025 г.")
_APPENDIX = re.compile(r"^Приложение(?: № (\d+))? к приказу от (.+?)\s+№ (\S+)$")


def genitive(body: str) -> str:
    """«Министерство спорта …» → «министерства спорта …» (every scaffolding body is a ministry)."""
    first, rest = body.split(" ", 1)
    return f"{first.lower()[:-1]}а {rest}" if first.endswith("о") else body


def stamp_lines(blocks: list, body: str, form: str, rng: random.Random) -> list[str]:
    """The stamp's lines: one («Приложение к приказу от … № …», the preamble's) or several (the
    number of the appendix, «УТВЕРЖДЕН», «приказом» and the body over lines of three words, the date
    and number)."""
    k = next(k for k, b in enumerate(blocks) if isinstance(b, Para) and b.page_break_before)
    if form != "approved_lines":
        return [blocks[k].text]
    no, date, number = _APPENDIX.match(blocks[k].text).groups()
    words = f"приказом {genitive(body)}".split()
    body_lines = [" ".join(words[j:j + 3]) for j in range(0, len(words), 3)]
    head = [f"Приложение {no or rng.randint(1, 3)}", "УТВЕРЖДЕН"]
    return head + body_lines + [f"от {date} № {number}"]


def with_stamp(blocks: list, lines: list[str]) -> list:
    """The preamble with its one-line stamp replaced by `lines` (the first keeps the page break)."""
    k = next(k for k, b in enumerate(blocks) if isinstance(b, Para) and b.page_break_before)
    paras = [Para(t, page_break_before=j == 0) for j, t in enumerate(lines)]
    return blocks[:k] + paras + blocks[k + 1:]


def banner(rng: random.Random, txt_table: str) -> list[str]:
    """Lines a database's text copy opens with (only with its cell-per-line tables: the same copy)."""
    return [BANNER[0], rng.choice(AMENDED), BANNER[1]] if txt_table == "garant" else []
