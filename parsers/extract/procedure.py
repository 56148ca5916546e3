"""Enumerated lists of a procedure («порядок ведения перечня»): points, needs, directions, columns.

A list is a lead-in line ending with ":" whose wording (lemmas, parsers/data/
procedure.yaml) says what it lists, followed by enumerated lines.  The list's
style is its first item's enumerator (`1)`, `1.`, `а)`, `3.2.1.`, a dash);
a line of an outer style (the next clause "3.3.", "8.") or an unnumbered
sentence ends it, a line of an inner style is a sub-point of the current item.
Sub-points either describe their item (its text ends "…, который:" or the
sub-points are dashes) and are dropped, or split a heading item ("… по
вопросам: а) …") and replace it.  Inline lists ("цифровые точки: сайты, …;
офлайн-точки: …") are split at top-level commas and semicolons.  An empty form
of the list (a table with a header and no data rows) gives `column` items.

Readers put tab-separated lines into tables, so a clause such as
"3.3.<tab>К оффлайн-точкам …" arrives as a table row: tables are read as lines too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from textcore.lemmas import lemmas, morph
from textcore.vocab import vocabulary
from parsers.tables.columns import is_header, is_numbering_row
from textcore.clean import clean_text, strip_markup
from textcore.numbering import ARABIC, BULLET, LETTER, parse_item_number

from ..document import Document, Table
from ..provenance import locate
from .lines import Line, join_spaced, lines_of

_DATA = Path(__file__).resolve().parent.parent / "data" / "procedure.yaml"

# enumerator kinds, outermost first: the rank orders nesting
# ("3.2.1.", "1.", "1)", "а)", "– …"; the grammar is textcore.numbering's)
_KINDS = ("clause", "number", "paren", "letter", "bullet")
_RANK = {name: i for i, name in enumerate(_KINDS)}


@vocabulary(_DATA, required=("min_score", "kinds", "veto", "describing", "inline_max_words", "open_end",
                             "procedure_title", "procedure_object", "title_lines", "title_words",
                             "relative_words", "expected_lists"))
def vocab(data: dict) -> dict:
    data["cues"] = {kind: [(lemmas(p), w) for p, w in cues.items()] for kind, cues in data["kinds"].items()}
    data["titles"] = [lemmas(p) for p in data["procedure_title"]]
    data["open_end_re"] = re.compile(r"\s*,?\s*(?:" + "|".join(data["open_end"]) + r")\s*$")
    return data


@dataclass
class Enumerator:
    style: str              # one of _KINDS
    ordinal: str | None     # "3.2.1", "1", "а"; None for a bullet
    rest: str


def enumerator(text: str) -> Enumerator | None:
    """The enumerator a line starts with; "- 4) …" is item "4" (a dash before a number)."""
    n = parse_item_number(text.strip(), (ARABIC, LETTER, BULLET))
    if n is None:
        return None
    if n.style == BULLET:
        inner = enumerator(n.rest)
        return inner if inner and inner.style != "bullet" else Enumerator("bullet", None, n.rest)
    if n.style == LETTER:
        return Enumerator("letter", n.label, n.rest)
    if n.depth > 1:
        return Enumerator("clause", n.label, n.rest) if n.spaced else None
    if n.closer == ")":
        return Enumerator("paren", n.label, n.rest)
    # a bare "1." is a numbering cell, and "1 …" a count, not an item
    return Enumerator("number", n.label, n.rest) if n.closer == "." and n.rest else None


# --- lead-ins -------------------------------------------------------------------------

def _has(seq: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(seq[i:i + n] == phrase for i in range(len(seq) - n + 1))


def classify(text: str) -> str | None:
    """The kind of list a lead-in introduces, by its wording; None when it says none."""
    v = vocab()
    words = lemmas(text)
    if any(w in v["veto"] for w in words):
        return None
    scores = {kind: sum(w for phrase, w in cues if _has(words, phrase)) for kind, cues in v["cues"].items()}
    named = _named_by_next(words)
    if named:   # "по следующим направлениям": the noun after "следующий" is what is listed
        scores = {k: s if any(named in phrase for phrase, _ in v["cues"][k]) else 0 for k, s in scores.items()}
    kind = max(scores, key=lambda k: scores[k])        # ties: the order of the data file
    return kind if scores[kind] >= v["min_score"] else None


def _named_by_next(words: tuple[str, ...]) -> str | None:
    """The noun after "следующий" ("следующие основные понятия" -> "понятие"), if any."""
    if "следующий" not in words:
        return None
    for w in words[words.index("следующий") + 1:]:
        if not any(p.tag.POS == "ADJF" for p in morph().parse(w)[:1]):
            return w
    return None


def _item_text(text: str) -> str:
    """An item as printed, without its enumerator, closing punctuation or dangling "…, который"."""
    text = strip_markup(text).strip()
    text = re.sub(r"[\s;:.,]+((?:\[\d{1,3}\])*)$", r"\1", text)     # footnote marks stay
    last = re.search(r",\s*([А-Яа-яЁё]+)$", text)
    if last and _describing_word(last.group(1)):
        text = text[:last.start()]
    return vocab()["open_end_re"].sub("", text).strip()


def _describing_word(word: str) -> bool:
    lem = lemmas(word)
    return bool(lem) and (lem[-1] in vocab()["describing"]
                          or any("PRTF" in p.tag for p in morph().parse(word.lower())[:1]))


def _describes_itself(item_text: str) -> bool:
    """"…, который:" / "…, позволяющее:" - the sub-points are the item's properties."""
    m = re.search(r"([А-Яа-яЁё]+)\s*:\s*$", item_text)
    return bool(m) and _describing_word(m.group(1))


def _record(kind: str, ordinal: str | None, text: str, ln: Line) -> dict:
    # raw only: codes are given by the one normalization stage (pipeline/run/normalize.py)
    return {"list_kind": kind, "ordinal": ordinal, "text_raw": _item_text(text),
            "source_row": ln.line if ln.line is not None else ln.row, **locate([ln.source], ln.paragraph)}


# --- enumerated lists -------------------------------------------------------------------

@dataclass
class _Item:
    enum: Enumerator
    line: Line
    subs: list[tuple[Enumerator, Line]]


def _ends_list(e: Enumerator, style: str | None, lead: Enumerator | None) -> bool:
    """Whether an enumerated line belongs to an outer level (a next clause, the lead's sibling)."""
    if lead is not None and e.style == lead.style and e.style != "clause":
        return True
    if e.style == "clause":
        child = lead is not None and lead.style == "clause" and e.ordinal.startswith(lead.ordinal + ".")
        return not child
    return style is not None and _RANK[e.style] < _RANK[style]


def _read_list(lines: list[Line], start: int, lead: Enumerator | None) -> tuple[list[_Item], int]:
    """The items following a lead-in, and the index of the first line after the list."""
    items: list[_Item] = []
    style = None
    j = start
    while j < len(lines):
        text = lines[j].text.strip()
        e = enumerator(text)
        if e is None:
            if not (items and text[:1].islower() and not text.endswith(":")):
                break
            # a wrapped line of the item (or of its last sub-point)
            if items[-1].subs:
                en, ln = items[-1].subs[-1]
                items[-1].subs[-1] = (Enumerator(en.style, en.ordinal, en.rest + " " + text), ln)
            else:
                it = items[-1]
                it.enum = Enumerator(it.enum.style, it.enum.ordinal, it.enum.rest + " " + text)
        elif _ends_list(e, style, lead):
            break
        elif style is None or e.style == style:
            style = e.style
            items.append(_Item(e, lines[j], []))
        else:
            items[-1].subs.append((e, lines[j]))
        j += 1
    return items, j


def _list_records(kind: str, items: list[_Item]) -> list[dict]:
    out = []
    for it in items:
        nested = [(e, ln) for e, ln in it.subs if e.style != "bullet"]
        if it.enum.rest.rstrip().endswith(":") and nested and not _describes_itself(it.enum.rest):
            # a heading item: its sub-points are the list's items
            out += [_record(kind, e.ordinal, e.rest, ln) for e, ln in nested]
        else:
            out.append(_record(kind, it.enum.ordinal, it.enum.rest, it.line))
    return out


# --- inline lists ---------------------------------------------------------------------

def _split_top(text: str, seps: str) -> list[str]:
    """Split at separators outside parentheses and quotes."""
    return list(_split_top_cached(text, seps))


@lru_cache(maxsize=16_384)          # every paragraph is tried as an inline list
def _split_top_cached(text: str, seps: str) -> tuple[str, ...]:
    parts, depth, quote, cur = [], 0, False, []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch in "«»\"“”„":
            quote = (ch in "«“„") or (ch == '"' and not quote)
        if ch in seps and depth == 0 and not quote:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return tuple(p.strip() for p in parts if p.strip())


_RELATIVE_TAIL = re.compile(r",\s*(?:в\s+|на\s+|из\s+)?(?:где|котор\w+|куда|откуда|когда|чь\w+)\b", re.I)


def _is_noun_phrase(item: str) -> bool:
    """Items of a real list name things: a noun or adjective first, no relative clause."""
    # the name itself: a relative clause rejoined to it ("учреждения, где …") and what
    # stands in parentheses or quotes do not count against its length
    item = _RELATIVE_TAIL.split(item, maxsplit=1)[0]
    item = re.sub(r"\([^()]*\)|«[^«»]*»|\"[^\"]*\"", " ", item)
    words = re.findall(r"[А-Яа-яЁёA-Za-z]+", item)
    if not words or len(words) > vocab()["inline_max_words"]:
        return False
    if any(lem in vocab()["describing"] for lem in lemmas(item)):
        return False
    first = words[0]
    if not re.match("[А-Яа-яЁё]", first) or (first.isupper() and len(first) > 1):
        return True                                  # Latin names, abbreviations (ЕПГУ)
    return any(p.tag.POS in ("NOUN", "ADJF") for p in morph().parse(first.lower())[:2])


def _join_relative(parts: list[str]) -> list[str]:
    """Rejoin a relative clause split off at its comma ("учреждения, где … предоставляются услуги")."""
    out: list[str] = []
    rel = set(vocab()["relative_words"])
    for p in parts:
        if out and any(w in rel for w in lemmas(" ".join(p.split()[:2]))):
            out[-1] += ", " + p
        else:
            out.append(p)
    return out


def _inline_parts(text: str) -> list[str]:
    """The items of one inline segment: "а) …" is one item; else split at top-level commas."""
    e = enumerator(text)
    if e is not None and e.style != "clause":
        return [e.rest]
    return _join_relative(_split_top(text, ","))


def inline_items(text: str) -> list[tuple[str, str]]:
    """(kind, item) of "цифровые точки: a, b, c; офлайн-точки: d, e" (empty when not such a list).

    The list may follow a sentence's lead-in anywhere in running text ("… подразделяются
    на: цифровые точки: …; оффлайн-точки: …", "Перечень формируется по каждому
    направлению деятельности: а) …; б) …").
    """
    text = enumerator(text).rest if enumerator(text) else text
    groups: list[tuple[str, list[str]]] = []
    for segment in _split_top(text, ";"):
        m = re.match(r"^(.{3,80}?)(?::|\s[–—-]\s)\s*(.+)$", segment)
        kind = classify(m.group(1)) if m and len(m.group(1).split()) <= 6 else None
        if kind is None and ":" in segment:
            # "… подразделяются на: цифровые точки: a, b": the list's head is the clause
            # just before the last colon, however long the sentence leading to it
            before, after = segment.rsplit(":", 1)
            head = re.split(r"[:,.]", before)[-1]
            kind = classify(head) if len(head.split()) <= 6 else None
            if kind:
                groups.append((kind, _inline_parts(after)))
                continue
        if kind:
            groups.append((kind, _inline_parts(m.group(2))))
        elif groups:
            groups[-1][1].extend(_inline_parts(segment))
    out = []
    for kind, items in groups:
        out += [(kind, i) for i in _valid_items(items, alone=len(groups) == 1)]
    return out


def _valid_items(parts: list[str], alone: bool = True) -> list[str]:
    """The parts of an inline list, or none when they do not read as a list of names."""
    items = [t for t in (_item_text(p) for p in parts) if t]
    if (len(items) < 2 and alone) or not all(_is_noun_phrase(t) for t in items):
        return []
    return items


# --- empty forms ----------------------------------------------------------------------

def form_columns(table: Table) -> list[dict]:
    """Header cells of an empty form: a touchpoint-list header with no data rows."""
    rows = [r for r in table.rows if any(t.strip() for t in r.texts)]
    if not rows or not is_header("touchpoint_list", rows[0].texts):
        return []
    rest = [r for r in rows[1:] if not is_numbering_row(r.texts) and r.texts != rows[0].texts]
    if rest:
        return []
    numbers = next((r.texts for r in rows[1:] if is_numbering_row(r.texts)), None)
    src = rows[0].source
    ln = Line("", src.line, src.row, source=src)
    out = []
    for i, cell in enumerate(rows[0].cells):
        if not cell.text.strip() or cell.covered:
            continue
        ordinal = numbers[i].strip() if numbers and i < len(numbers) and numbers[i].strip() else str(i + 1)
        out.append(_record("column", ordinal, cell.text, ln))
    return out


# --- the document ---------------------------------------------------------------------

def extract_procedure(doc: Document) -> list[dict]:
    """One dict per item of an enumerated list in a procedure, in reading order."""
    lines = lines_of(doc)
    out: list[tuple[int, dict]] = []        # (block index, record): forms join in reading order
    prev_kind, prev_end = None, -1
    i = 0
    while i < len(lines):
        text = lines[i].text.strip()
        lead = enumerator(text)
        body = lead.rest if lead else text
        if body.endswith(":"):
            kind = classify(body)
            if kind is None and prev_end == i and body[:1].islower():
                kind = prev_kind               # "…; а также по каждому процессу …:" continues it
            if kind:
                items, end = _read_list(lines, i + 1, lead)
                if items:
                    out += [(lines[i].block, r) for r in _list_records(kind, items)]
                elif end < len(lines):         # "цифровые точки:" then "сайт, соцсети, …"
                    found = _valid_items(_split_top(lines[end].text, ",;"))
                    out += [(lines[end].block, _record(kind, None, t, lines[end])) for t in found]
                    end += bool(found)
                prev_kind, prev_end = kind, end
                i = max(end, i + 1)
                continue
        out += [(lines[i].block, _record(k, None, t, lines[i])) for k, t in inline_items(text)]
        i += 1
    for b, block in enumerate(doc.blocks):
        if isinstance(block, Table):
            out += [(b, r) for r in form_columns(block)]
    return [r for _, r in sorted(out, key=lambda pair: pair[0])]


def missing_lists(items: list[dict]) -> list[str]:
    """The list kinds a procedure is expected to hold (procedure.yaml) that `items` lack."""
    exp = vocab()["expected_lists"]
    found = {r["list_kind"] for r in items}
    missing = [k for k in exp["always"] if k not in found]
    for pair in exp["pairs"]:
        if found & set(pair):
            missing += [k for k in pair if k not in found]
    return missing


def _title_text(lines: list[Line], i: int) -> str:
    parts = [join_spaced(lines[i].text)]
    for ln in lines[i + 1:i + 1 + vocab()["title_lines"]]:
        if enumerator(ln.text) is not None:
            break
        parts.append(ln.text)
    return " ".join(parts)


def looks_like_procedure(doc: Document) -> bool:
    """A «порядок ведения (формирования) перечня …», by a line that starts like its title."""
    v = vocab()
    firsts = {t[0] for t in v["titles"]}
    lines = lines_of(doc)
    for i, ln in enumerate(lines):
        if lemmas(join_spaced(ln.text))[:1] and lemmas(join_spaced(ln.text))[0] in firsts:
            # "П О Р Я Д О К" + "ведения" + "Администрацией Губернатора …" + "перечня …":
            # the title's words, whatever its line breaks, up to its first clause
            title = lemmas(_title_text(lines, i))[:v["title_words"]]
            if any(title[:len(t)] == t for t in v["titles"]) and \
                    any(w in title for w in v["procedure_object"]):
                return True
    return False
