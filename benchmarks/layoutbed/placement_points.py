"""What `placement=mixed` re-lays: each gold point's fields, and the words the document gave its directions.

The gold holds a point's channel text, process and needs as written, its direction as a code only; the direction's
words are taken from where the set put them — a column whose value is one per direction, or the paragraph or
full-width row nearest before the direction's first point (not a header, not a label repeated for several
directions: a kind's sub-row).  Where no set's words are found for every direction, the contract's definition of
the code is said instead (shared CONTRACT.md §4.3), in a ministry's words.  Never imports the program."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .doc import Doc, Para, Table, width
from .headings import bare

# a direction said from the contract's definitions where the document's own words are not found
DEFINED = {"public_services": "Предоставление государственных услуг (функций)",
           "support_measures": "Предоставление мер государственной поддержки",
           "control": "Осуществление государственного контроля (надзора)",
           "appeals": "Рассмотрение обращений граждан и организаций",
           "information_access": "Обеспечение доступа к информации о деятельности министерства",
           "internal_hr": "Взаимодействие с внутренним клиентом по кадровым вопросам",
           "internal_it": "Информационно-техническое обеспечение деятельности",
           "internal_accounting": "Ведение бухгалтерского учёта",
           "internal_admin": "Административно-хозяйственная деятельность",
           "other": "Иные функции министерства"}


@dataclass
class Point:
    no: int
    direction: str        # the direction's words
    section: int          # 0-based run of one gold direction
    process: str
    channel: str
    kind: str | None
    needs: list[str]


@dataclass
class _Unit:
    block: int
    row: int              # -1: a paragraph
    col: int
    text: str
    role: str             # para, full, cell, head


def _sq(text: str) -> str:
    return re.sub(r"[^0-9a-zа-яё]", "", text.lower().replace("ё", "е"))


def _units(doc: Doc) -> list[_Unit]:
    out = []
    for b, block in enumerate(doc.blocks):
        if isinstance(block, Para):
            out.append(_Unit(b, -1, 0, block.text.strip(), "para"))
            continue
        n = width(block)
        for r, row in enumerate(block.rows):
            filled = [c for c in row if " ".join(c.paras).strip() and c.vmerge != "continue"]
            full = r >= block.header_rows and (len(row) == 1 or (len(filled) == 1 and n > 2 and len(row) > 2))
            for k, c in enumerate(row):
                text = "" if c.vmerge == "continue" else " ".join(c.paras).strip()
                role = "head" if r < block.header_rows else "full" if full and text else "cell"
                out.append(_Unit(b, r, k, text, role))
    return out


def _sections(doc: Doc) -> list[int]:
    out, k = [], -1
    for i, g in enumerate(doc.gold):
        k += i == 0 or g["direction"] != doc.gold[i - 1]["direction"]
        out.append(k)
    return out


def _locate(doc: Doc, units: list[_Unit]) -> list[int] | None:
    """Each gold point's unit: the next cell or paragraph holding its channel text."""
    at, out = 0, []
    for g in doc.gold:
        want = _sq(g.get("touchpoint") or "")
        hit = next((u for u in range(at, len(units)) if want and _sq(units[u].text).startswith(want)), None)
        if hit is None:
            return None
        out.append(hit)
        at = hit + 1
    return out


def _column(doc, units, where, sections) -> dict[int, str] | None:
    """A column whose value (carried down over blanks) is one per direction and another for each."""
    fields = {_sq(t) for g in doc.gold for t in (g["touchpoint"], g["process"], *g["needs_text"])}
    first = units[where[0]]
    if first.row < 0:
        return None
    table = doc.blocks[first.block]
    for col in range(len(table.rows[first.row])):
        found: dict[int, str] = {}
        for u, k in zip(where, sections):
            unit = units[u]
            t = doc.blocks[unit.block]
            if unit.row < 0 or col >= len(t.rows[unit.row]):
                break
            above = [" ".join(t.rows[r][col].paras).strip() for r in range(unit.row, t.header_rows - 1, -1)
                     if len(t.rows[r]) > col and t.rows[r][col].vmerge != "continue"]
            value = next((v for v in above if v), "")
            if len(value) < 6 or _sq(value) in fields or found.setdefault(k, value) != value:
                break
        else:
            if len(set(found.values())) == len(found) == sections[-1] + 1:
                return found
    return None


def _nearest(units, where, sections) -> dict[int, str] | None:
    """The paragraph or full-width row nearest before each direction's first point (the first after the previous
    direction's last point; before the first, the table's own rows first, then the paragraph above)."""
    firsts = {k: where[i] for i, k in reversed(list(enumerate(sections)))}
    lasts = {k: where[i] for i, k in enumerate(sections)}
    found: dict[int, list[str]] = {}
    for k, u in firsts.items():
        lo = lasts[k - 1] + 1 if k else 0
        cands = [x for x in units[lo:u] if x.role in ("para", "full") and x.text and not x.text.endswith(":")]
        if k == 0:
            own = [x for x in cands if x.block == units[u].block]
            cands = own + [x for x in cands if x.block != units[u].block][-1:]
        found[k] = [x.text for x in cands]
    repeated = {t for k, ts in found.items() for t in ts if any(t in o for j, o in found.items() if j != k)}
    out = {}
    for k, texts in found.items():
        kept = [t for t in texts if t not in repeated]
        if not kept:
            return None
        out[k] = kept[0]
    return out if len(set(out.values())) == len(out) else None


def direction_words(text: str) -> str:
    text = bare(re.sub(r"^\s*(?:Таблица\s+\d+\s*[.–—-]?\s*)", "", bare(text)))
    return text.strip(" .:–—-") or text


def points(doc: Doc) -> tuple[list[Point], bool]:
    """The gold's points with their directions' words, and whether those words are the document's own."""
    sections = _sections(doc)
    units = _units(doc)
    where = _locate(doc, units)
    own = None
    if where:
        own = _column(doc, units, where, sections) or _nearest(units, where, sections)
    names = {k: direction_words(own[k]) for k in own} if own else \
        {sections[i]: DEFINED.get(g["direction"], DEFINED["other"]) for i, g in enumerate(doc.gold)}
    return [Point(i + 1, names[sections[i]], sections[i], g["process"], g["touchpoint"], g.get("point_type"),
                  list(g.get("needs_text") or ())) for i, g in enumerate(doc.gold)], own is not None
