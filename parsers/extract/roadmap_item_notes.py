"""Responsible ones given away from their measures, in a note under the plan's table by item numbers: «Ответственные
исполнители мероприятий плана:» over «по пунктам 1.1–1.3 – отдел кадров;», «по пункту 2.1 – Иванов И.И.;», «п. 2.2,
2.4 – …», «пп. 3.1 – 3.2: …».  Each line names items — single numbers, ranges, lists of both — then a dash or a colon
and the value; a range holds every measure of the table from its first number to its last, in the table's order.  The
note is read in the paragraphs right under the table up to the first that is no such line (its head line, one
ending in a colon, may open it), and only where no table follows within them; a line's value must be a name, no
clause (no finite verb, short participle or «не»), else the line is a remark and ends the note.  A measure keeps its
own cell; a number the table lacks gives nothing.

    give_noted_responsible(doc, table, records) -> records, blank responsible cells filled from the note
"""
from __future__ import annotations

import re

from parsers.document import Document, Paragraph
from parsers.tables.repair import RepairedTable
from textcore.clean import clean_text, strip_markup
from textcore.lemmas import morph

_NO = r"\d{1,3}(?:\.\d{1,3}){0,3}\.?"
_REF = rf"{_NO}(?:\s*[–—-]\s*{_NO})?"
# «по пунктам 1.1–1.3 –», «п. 2.1, 2.4 –», «пп. 1.1 и 1.2:», «Пункты 3.1-3.3 —»
_LINE = re.compile(rf"^(?:по\s+)?(?:пункт[а-я]*|п\.\s*п\.|пп?\.)\s*(?P<refs>{_REF}(?:\s*(?:,|и)\s*{_REF})*)"
                   rf"\s*(?:[–—:]|\s-)\s*(?P<value>\S.*)$", re.I)
_PART = re.compile(rf"(?P<first>{_NO})(?:\s*[–—-]\s*(?P<last>{_NO}))?")
_MAX_LINES = 40         # a note's lines at most: a plan's measures in runs
_HEAD_WORDS = 8         # a head line over the note («Ответственные за исполнение мероприятий:»), at most


def _key(no: str | None) -> str:
    return (no or "").strip().rstrip(".")


def note_line(text: str) -> tuple[list[tuple[str, str]], str] | None:
    """([(first, last) item numbers], value) of a note line «по пунктам 1.1–1.3 – value;», or None."""
    m = _LINE.match(clean_text(strip_markup(text)).strip())
    if not m:
        return None
    value = m.group("value").strip().rstrip(";").strip()
    if value.endswith(".") and value[-2:-1].islower():          # the note's last line; «Орлов О.И.» keeps its dot
        value = value[:-1]
    refs = [(_key(p.group("first")), _key(p.group("last") or p.group("first"))) for p in _PART.finditer(m.group("refs"))]
    # the value names who does the work — a body, a unit, a post, a person —: a remark by item numbers, a clause
    # («по пунктам 1.1–1.3 – отчёт не представляется») is no responsible one
    return (refs, value) if refs and value and not _remark(value) else None


_WORDS = re.compile(r"[а-яё]+", re.I)


def _remark(value: str) -> bool:
    """Whether a note's value says something (a finite verb, a short participle or adjective, «не»: «отчёт не
    представляется», «срок переносится», «исполнение обязательно») rather than names someone."""
    for w in _WORDS.findall(value):
        if w.lower() == "не" or (w[:1].islower() and morph().parse(w.lower())[0].tag.POS in ("VERB", "PRTS", "ADJS")):
            return True
    return False


def _note(doc: Document, table: RepairedTable) -> list[tuple[list[tuple[str, str]], str]]:
    """The note's lines right under the table's last part (a head line ending in a colon may open it)."""
    last = table.parts[-1] if table.parts else None
    at = next((k for k, b in enumerate(doc.blocks) if b is last), None) if last is not None else None
    if at is None:
        return []
    out = []
    for k, b in enumerate(doc.blocks[at + 1:at + 1 + _MAX_LINES]):
        if not isinstance(b, Paragraph):
            break
        line = note_line(b.text)
        if line:
            out.append(line)
        elif out or k > 0 or not _head(b.text):
            break
    return out


def _head(text: str) -> bool:
    line = clean_text(strip_markup(text)).strip()
    return line.endswith(":") and len(line.split()) <= _HEAD_WORDS


def give_noted_responsible(doc: Document, table: RepairedTable, records: list[dict]) -> list[dict]:
    """Each measure (no section) left without a responsible one gets the one the note under the table gives it."""
    if "responsible" in table.columns or not records:
        return records
    note = _note(doc, table)
    if not note:
        return records
    order = [_key(r["item_no"]) for r in records]
    place = {no: k for k, no in reversed(list(enumerate(order)))}
    for refs, value in note:
        for first, last in refs:
            if first not in place or last not in place or place[last] < place[first]:
                continue
            for rec in records[place[first]:place[last] + 1]:
                if not rec["is_section"] and not rec.get("responsible_raw") and "responsible_raw" in rec:
                    rec["responsible_raw"] = value
    return records
