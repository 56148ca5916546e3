"""A register of coded channels and the list rows that name them by code: a table «Код | Канал | Вид» (or «Шифр |
Средство связи | Характер взаимодействия») giving each channel once with a code of any shape («К-1», «1», «Ц2»), and
a list whose channel cell holds only those codes («К-1, К-3»): each code is a point of its row, named and kinded as
the register names it, with the row's process and needs.  Either table may come first.

A register is a table whose header row has a code column (its heading's first word a `code_heads` word, at most
four words: «Код канала», «Шифр»), a channel column and, at most, a kind column, and no other field's column — a list's
«Код услуги» beside its process and needs is no register; every row under the header a code and a channel, each
code once; a register with no kind column may say the kind after the channel's name, «Сайт (цифровая)», «Телефон –
офлайн».  A list's channel column is read through a register only where every filled cell is codes it holds all
of, the nearest register above the list (after the previous list), else under it (before the next).

    find_code_tables(doc, needs) -> ([CodeLegend], [ChannelRegister])
    decode_codes(records, codes, registers, span) -> records
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from textcore.lemmas import lemmas
from textcore.vocab import load_yaml

from ..document import Document, Table
from ..tables.channel_group_levels import channel_and_kind
from ..tables.columns import field_scores
from .code_legend import CodeLegend, code_key, decode_directions, find_code_legends

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
_KIND = "touchpoint_list"
_MIN_ENTRIES = 2
_MAX_COLS = 4                      # code, channel, kind and one more (a note): wider is a list of its own
# codes in one cell: «К-1, К-3», «1; 4», one a line, «Ц1 и Ц2» (parts stripped after: a «\s*» around the marks
# would retry a long run of spaces from each of its places)
_CODES_SPLIT = re.compile(r"[,;\n]")


@dataclass
class ChannelRegister:
    at: int                                      # its block in the document
    entries: dict[str, tuple[str, str | None]]   # code key -> (channel, kind as written or None)
    table: int                                   # id of its table: never read as a list


@lru_cache(maxsize=None)
def _code_heads() -> frozenset[str]:
    return frozenset(load_yaml(_DATA, required=(_KIND,))[_KIND]["code_heads"])


def _is_code_heading(text: str) -> bool:
    words = lemmas(text)
    return 0 < len(words) <= 4 and words[0] in _code_heads()


def _field(text: str) -> str | None:
    scores = field_scores(_KIND, text)
    return max(scores, key=scores.get) if scores else None


def _register(table: Table, at: int) -> ChannelRegister | None:
    rows = [r.texts for r in table.rows if any(t.strip() for t in r.texts)]
    if len(rows) < 1 + _MIN_ENTRIES or not 2 <= len(rows[0]) <= _MAX_COLS:
        return None
    head = rows[0]
    code = next((i for i, t in enumerate(head) if _is_code_heading(t)), None)
    if code is None:
        return None
    fields = {i: _field(t) for i, t in enumerate(head) if i != code}
    channel = [i for i, f in fields.items() if f == "touchpoint"]
    kind = [i for i, f in fields.items() if f == "point_type"]
    if len(channel) != 1 or len(kind) > 1 or set(fields.values()) - {"touchpoint", "point_type", "features", None}:
        return None
    entries: dict[str, tuple[str, str | None]] = {}
    for texts in rows[1:]:
        key = code_key(texts[code]) if len(texts) == len(head) else None
        name = texts[channel[0]].strip() if key else ""
        if not name or key in entries:
            return None
        if kind:
            entries[key] = (name, texts[kind[0]].strip() or None)
        else:                      # the kind after the name, «Сайт (цифровая)», «Телефон – офлайн»
            bare, said = channel_and_kind(name, _KIND)
            entries[key] = (bare, said) if said else (name, None)
    return ChannelRegister(at, entries, id(table)) if len(entries) >= _MIN_ENTRIES else None


def find_code_tables(doc: Document, needs: list = ()) -> tuple[list[CodeLegend], list[ChannelRegister]]:
    """The codes' legends (`code_legend`) and the channel registers, in document order."""
    registers = [r for k, b in enumerate(doc.blocks) if isinstance(b, Table) and (r := _register(b, k))]
    return find_code_legends(doc, needs), registers


def _codes(cell: str) -> list[str] | None:
    """The code keys a channel cell names, or None where it holds anything else."""
    parts = [q.strip() for p in _CODES_SPLIT.split(cell.strip().rstrip(".;")) for q in p.split(" и ") if q.strip()]
    keys = [code_key(p) for p in parts]
    return keys if keys and None not in keys else None


# a code opening a channel cell and the point's needs after it, «К-1 – подать заявление», a line each «– …»
_CODE_THEN_NEEDS = re.compile(r"^\s*(\S{1,10}?)[.;,]?\s*(?:\s[–—-]\s*|\n\s*[–—-]?\s*)(\S.*)$", re.S)
# needs are words: «К1 – К3», «12 - 15» are ranges of codes, no code's needs
_A_WORD = re.compile(r"[^\W\d_]{3}")


def _code_and_needs(cell: str) -> tuple[list[str], str] | None:
    """The code keys a channel cell names and the needs written after a lone code, or None where it holds other
    words: «К-1, К-3» -> ([к-1, к-3], ''); «К-1 – подать заявление» -> ([к-1], 'подать заявление')."""
    keys = _codes(cell)
    if keys is not None:
        return keys, ""
    m = _CODE_THEN_NEEDS.match(cell or "")
    key = code_key(m.group(1)) if m and _A_WORD.search(m.group(2)) else None
    return ([key], m.group(2).strip()) if key else None


def decode_codes(records: list, codes: list[CodeLegend], registers: list[ChannelRegister],
                 span: tuple[int, int, int, int]) -> list:
    """A list's direction codes read through their legend (`code_legend.decode_directions`), and its channel cells
    of codes through the nearest register holding them all: a record per code, in the cell's order (a lone code's
    needs written after it in the cell are its point's)."""
    decode_directions(records, codes, span)
    if not registers:
        return records
    split = [_code_and_needs(r.touchpoint_raw or "") for r in records]
    named = [s[0] if s else None for s in split]
    filled = [keys for r, keys in zip(records, named) if (r.touchpoint_raw or "").strip()]
    if not filled or None in filled:
        return records
    wanted = {k for keys in filled for k in keys}
    first, last, lo, hi = span
    fits = [g for g in registers if wanted <= g.entries.keys()]
    above = [g for g in fits if lo < g.at < first]
    under = [g for g in fits if last < g.at < hi]
    register = above[-1] if above else under[0] if under else None
    if register is None:
        return records
    out = []
    for rec, keys, parts in zip(records, named, split):
        needs = [parts[1]] if parts and parts[1] else []
        for key in keys or ():
            name, kind = register.entries[key]
            out.append(replace(rec, touchpoint_raw=name, point_type_raw=rec.point_type_raw or kind,
                               interactions=list(rec.interactions) + needs, features=list(rec.features)))
        if not keys:
            out.append(rec)
    return out
