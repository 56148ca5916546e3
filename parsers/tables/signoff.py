"""A sign-off sheet: the table of those who endorsed the draft («Лист согласования»: «Должность |
Фамилия, инициалы | Дата согласования | Подпись»), printed after an appendix on a page of its own.

Its rows are positions, names and dates: no list's rows, however few columns a list's
continuation may have lost, and no table of content to read or to report unread.  It is known
by its header alone — every cell of its first row one of the signers' headings, one of them
naming the signer (`signoff_headers` in `parsers/data/columns.yaml`); what the paragraphs above
it say is not needed, and a table with any other column (a phone, a deadline) is not one.

    is_signoff(table) -> bool
"""
from __future__ import annotations

from pathlib import Path

from textcore.lemmas import lemmas
from textcore.vocab import vocabulary

from ..document import Table

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
_MAX_CELL_CHARS = 60        # a heading, not a position or a name written out


@vocabulary(_DATA, required=("signoff_headers",))
def _headings(data: dict) -> tuple[frozenset, frozenset]:
    heads = data["signoff_headers"]
    signer = frozenset(frozenset(lemmas(h)) for h in heads["signer"])
    return signer, signer | frozenset(frozenset(lemmas(h)) for h in heads["other"])


def _key(text: str) -> frozenset[str]:
    """A heading's words as lemmas, in any order («Ф.И.О.», «ФИО» and «Фамилия, инициалы» each their own)."""
    return frozenset(lemmas(text)) if len(text) <= _MAX_CELL_CHARS else frozenset({"\0"})


def is_signoff(table: Table) -> bool:
    """Whether the table's first row heads a sign-off sheet: two cells at least, each a signer's
    heading, one naming the signer."""
    if not table.rows:
        return False
    cells = [t.strip() for t in table.rows[0].texts if t.strip()]
    if len(cells) < 2:
        return False
    signer, known = _headings()
    keys = [_key(t) for t in cells]
    return all(k in known for k in keys) and any(k in signer for k in keys)
