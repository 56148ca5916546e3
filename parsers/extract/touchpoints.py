"""Touchpoint lists: repaired table rows -> one raw record per touchpoint per process.

Rules, all structural (no document's wording is special-cased):
* direction, group number and process are filled down (merged cells);
* a process cell starting in lower case continues the process above (a name cut
  by a page break) and does not start a new process;
* a row with an empty touchpoint cell belongs to the touchpoint above: its
  interaction joins that touchpoint's needs;
* a heading inside the table is the direction of the rows after it, and of the
  rows just before it whose direction cell was lost when their cells slid left;
* a missing group number is inferred from its neighbours (1, ?, 3 -> 2);
* a row whose only text is one cell spanning the row ("2. Меры поддержки") is a
  direction row when the table has no direction column of its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from textcore.numbering import ARABIC, parse_item_number
from textcore.point_type import match_point_type

from ..document import Document, Source
from ..tables.repair import Heading, RepairedRow, find_tables
from textcore.clean import clean_text



def _group_prefix(text: str) -> tuple[str, str] | None:
    """("2.1", "Направление") for a direction written after its group number."""
    n = parse_item_number(text, (ARABIC,))
    return (n.label, n.rest) if n and n.spaced and n.rest else None


def _is_point_type(text: str) -> bool:
    return len(text.split()) <= 3 and match_point_type(text) is not None


ANCHORS = {"point_type": _is_point_type}


@dataclass
class _Process:
    name: str


@dataclass
class RawTouchpoint:
    group_no: str | None
    direction_raw: str | None
    process: _Process
    touchpoint_raw: str
    interactions: list[str]
    point_type_raw: str | None
    features: list[str]
    source: Source
    tentative: bool = False          # direction inherited across a lost direction cell
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            # text columns keep their words; markup and footnote marks are gone (docs/dataset.md, `touchpoints`)
            "group_no": clean_text(self.group_no or "") or None,
            "direction_raw": clean_text(self.direction_raw or "") or None,
            "process": clean_text(self.process.name) or None,
            "touchpoint_raw": clean_text(self.touchpoint_raw) or None,
            "interaction_raw": clean_text(_join_sentences(self.interactions)) or None,
            "point_type_raw": clean_text(self.point_type_raw or "") or None,
            "features_raw": clean_text(" ".join(dict.fromkeys(f for f in self.features if f))) or None,
            "source_page": self.source.page,
            "source_row": self.source.row if self.source.row is not None else self.source.line,
        }


def _join_sentences(parts: list[str]) -> str:
    """Cells of continuation rows joined as sentences, so needs still split apart."""
    out = ""
    for p in parts:
        if out and out[-1] not in ".;:!?":
            out += "."
        out = f"{out} {p}" if out else p
    return out


def extract_touchpoints(doc: Document) -> tuple[list[dict], list[str]]:
    """Raw touchpoint records (text fields, not yet normalized) and warnings."""
    records: list[RawTouchpoint] = []
    warnings: list[str] = []
    for table in find_tables(doc, "touchpoint_list", ANCHORS):
        warnings.extend(table.warnings)
        records.extend(_walk(table))
    _infer_group_numbers(records)
    return [r.as_dict() for r in records], warnings


def _walk(table) -> list[RawTouchpoint]:
    has_direction_col = "direction" in table.columns
    out: list[RawTouchpoint] = []
    group_no: str | None = None
    direction: str | None = None
    process: _Process | None = None
    tentative: list[RawTouchpoint] = []      # records whose direction may belong to a heading below
    in_tentative = False
    for item in table.items:
        if isinstance(item, Heading):
            text = clean_text(item.text)
            if not text:
                continue
            for rec in tentative:
                rec.direction_raw, rec.group_no = text, None
            direction, group_no = text, None
            tentative, in_tentative = [], False
            continue
        row: RepairedRow = item
        section = _section_row(row, table.columns, has_direction_col)
        if section:
            group_no, direction = section
            process, tentative, in_tentative = None, [], False
            continue
        g, d, p = row.get("group_no").strip(), row.get("direction").strip(), row.get("process").strip()
        if d and "direction" not in row.lost:
            m = _group_prefix(d)
            if m and not g:
                g, d = m
            direction, group_no = d, (g or None)
            tentative, in_tentative = [], False
        elif g and "group_no" not in row.lost:
            group_no = g
        if "direction" in row.lost and p and "process" not in row.lost:
            in_tentative, tentative = True, []
        if p and "process" not in row.lost:
            if process is not None and p[:1].islower():
                process.name = f"{process.name} {p}"        # cut by a page break
            else:
                process = _Process(p)
        tp, inter, ptype, feat = (row.get(k).strip() for k in ("touchpoint", "interaction", "point_type", "features"))
        if not tp and out and out[-1].process is process:
            _continue_record(out[-1], inter, ptype, feat)
            continue
        if not tp and not inter:
            continue
        rec = RawTouchpoint(group_no, direction, process or _Process(""), tp, [inter] if inter else [],
                            ptype or None, [feat], row.source)
        out.append(rec)
        if in_tentative:
            rec.tentative = True
            tentative.append(rec)
    return out


def _continue_record(prev: RawTouchpoint, inter: str, ptype: str, feat: str) -> None:
    """A row without a touchpoint of its own, in the same process: its cells go on the record above."""
    if inter:
        prev.interactions.append(inter)
    if ptype and not prev.point_type_raw:
        prev.point_type_raw = ptype
    prev.features.append(feat)


def _section_row(row: RepairedRow, columns: dict[str, int], has_direction_col: bool):
    """(group_no, direction) when the row is a full-width direction heading."""
    texts = [t.strip() for t in row.values.values() if t.strip()]
    if len(set(texts)) != 1 or row.get("touchpoint") and row.get("interaction"):
        return None
    text = texts[0]
    m = _group_prefix(text)
    if not has_direction_col and (m or not row.get("touchpoint")):
        return m or (None, text)
    if has_direction_col and row.get("direction") == text and not row.get("touchpoint"):
        return None        # an ordinary row that only names a direction: handled by fill-down
    return None


def _infer_group_numbers(records: list[RawTouchpoint]) -> None:
    """Give runs of one direction without a number the number between their neighbours'."""
    runs: list[list[RawTouchpoint]] = []
    for rec in records:
        if runs and runs[-1][-1].direction_raw == rec.direction_raw:
            runs[-1].append(rec)
        else:
            runs.append([rec])
    numbers = [_num(run[0].group_no) for run in runs]
    for k, run in enumerate(runs):
        if numbers[k] is not None:
            continue
        prev = next(((k - i, numbers[i]) for i in range(k - 1, -1, -1) if numbers[i] is not None), None)
        nxt = next(((i - k, numbers[i]) for i in range(k + 1, len(runs)) if numbers[i] is not None), None)
        guess = None
        if prev and nxt and nxt[1] - prev[1] == prev[0] + nxt[0]:
            guess = prev[1] + prev[0]
        elif prev and not nxt:
            guess = None
        elif nxt and not prev and nxt[1] - nxt[0] >= 1:
            guess = nxt[1] - nxt[0]
        if guess is not None:
            numbers[k] = guess
            for rec in run:
                rec.group_no = str(guess)


def _num(text: str | None) -> int | None:
    if text and text.strip().rstrip(".").isdigit():
        return int(text.strip().rstrip("."))
    return None
