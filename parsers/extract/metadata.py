"""Document metadata: issuing body, its region, the order's own number, date and title.

Works on the document's lines in reading order (paragraphs, and table rows flattened,
because Word headers often lay the date and the number out in a table), so every
format yields the same metadata.  Three header shapes are recognised:

* an order's header: issuer lines, the act's kind (ПРИКАЗ), date/number lines, title;
* an appendix-only file: the stamp "УТВЕРЖДЕН приказом <issuer> от <date> № <no>";
* none (a bare procedure): the first lines are the title, the issuer is named in it.

Only the header's number and date are taken: orders cited in the body are not this
document's own, and a blank form (`№______`, `«___» ____ 2024 г.`) stays null.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from textcore.lemmas import lemma, morph
from textcore.regions import Region, find_regions, words

from ..document import Document, Paragraph, Table

_DATA = Path(__file__).resolve().parent.parent / "data" / "metadata.yaml"
_NUMBER = re.compile(r"(?:№|\bN(?=\s*\d))\s*([^\s«»\"“”]+)")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_SPACED_CAPS = re.compile(r"\b(?:[А-ЯЁ] ){2,}[А-ЯЁ]\b")


@lru_cache(maxsize=1)
def vocab() -> dict:
    return yaml.safe_load(_DATA.read_text(encoding="utf-8"))


@dataclass
class Line:
    text: str
    line: int | None             # source line, when the format has lines
    row: int | None = None       # source row, for a line that is a table row
    block: int = 0               # index of its block in the document


def lines_of(doc: Document, limit: int | None = None) -> list[Line]:
    """The document as lines: paragraphs, and each table row as one line of its cells."""
    out: list[Line] = []
    for b, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph):
            out.append(Line(block.text, block.source.line, None, b))
        elif isinstance(block, Table):
            for row in block.rows:
                text = " ".join(t for t in row.texts if t.strip())
                if text:
                    out.append(Line(text, row.source.line, row.source.row, b))
        if limit and len(out) >= limit:
            break
    return out


# --- small recognisers -----------------------------------------------------------

def join_spaced(text: str) -> str:
    """"П Р И К А З" -> "ПРИКАЗ" (letter-spaced headings)."""
    return _SPACED_CAPS.sub(lambda m: m.group().replace(" ", ""), text)


def _first_lemmas(text: str, n: int) -> list[str]:
    return [w[0] for w in words(join_spaced(text))[:n]]


def _is_doc_type(text: str) -> bool:
    ws = _first_lemmas(text, 3)
    return len(ws) == 1 and ws[0] in vocab()["doc_types"] and text.strip().upper() == text.strip()


def _head_at(text: str) -> int | None:
    """Index of the authority head noun among the first words of a line, or None."""
    within = vocab()["authority_head_within"]
    heads = set(vocab()["authority_heads"])
    return next((i for i, w in enumerate(_first_lemmas(text, within)) if w in heads), None)


def _starts_with(text: str, phrases: list[str]) -> bool:
    low = text.strip().lower()
    return any(low == p or low.startswith(p + " ") for p in phrases)


def _is_title_start(text: str) -> bool:
    return _starts_with(text, vocab()["title_starts"])


def parse_date(text: str) -> dt.date | None:
    """First complete date in a text: «11» декабря 2025 г., 02 ноября 2024 года, 19.10.2023."""
    months = vocab()["months"]
    word = re.search(r"(\d{1,2})\s*[»\"“”]?\s+(" + "|".join(months) + r")\s+(\d{4})", text, re.I)
    num = _NUMERIC_DATE.search(text)
    found = []
    if word:
        found.append((word.start(), int(word.group(3)), months.index(word.group(2).lower()) + 1,
                      int(word.group(1))))
    if num:
        found.append((num.start(), int(num.group(3)), int(num.group(2)), int(num.group(1))))
    for _, y, m, d in sorted(found):
        try:
            return dt.date(y, m, d)
        except ValueError:
            continue
    return None


def parse_number(text: str) -> str | None:
    """The number after "№", as printed; None when the form is blank (`№______`)."""
    for m in _NUMBER.finditer(text):
        value = m.group(1).rstrip(".,;:)")
        if value and "_" not in value and re.search(r"[\w]", value):
            return value
    return None


# --- case -------------------------------------------------------------------------

def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def recase(text: str) -> str:
    """An all-capitals name in sentence case, region names keeping their capitals."""
    text = join_spaced(text)
    if not _mostly_upper(text):
        return text
    chars = list(text.lower())
    proper: list[tuple[int, int]] = []
    for m in find_regions(text):
        proper += [(s, e) for lem, s, e in words(text[m.start:m.end])
                   if lem in m.region.proper for s, e in [(s + m.start, e + m.start)]]
    first = next((i for i, c in enumerate(chars) if c.isalpha()), None)
    starts = {s for s, _ in proper} | ({first} if first is not None else set())
    for s in starts:
        chars[s] = chars[s].upper()
    return "".join(chars)


def _match_case(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def nominative(name: str) -> str:
    """"Министерства культуры Курской области" -> "Министерство культуры Курской области".

    The head noun and the adjectives before it are put in the nominative; the
    dependent genitive part is kept as written.
    """
    toks = list(re.finditer(r"[А-Яа-яЁё]+", name))
    heads = set(vocab()["authority_heads"])
    head = next((i for i, t in enumerate(toks[:4]) if lemma(t.group()) in heads), None)
    if head is None:
        return name
    parses = morph().parse(toks[head].group())
    hp = next((p for p in parses if p.normal_form in heads and "sing" in p.tag), parses[0])
    out, pos = [], 0
    for i, t in enumerate(toks[:head + 1]):
        word = t.group()
        if i == head:
            p = hp
        else:  # an adjective agreeing with the head ("Главного управления")
            p = next((q for q in morph().parse(word) if "ADJF" in q.tag
                      and hp.tag.case in q.tag and hp.tag.gender in q.tag), None)
        # natasha's MorphForm.inflect takes UD grammemes (Nom, Sing), not OpenCorpora ones
        form = p.inflect({"Nom", "Sing"}) if p is not None else None
        out.append(name[pos:t.start()] + (_match_case(form.word, word) if form else word))
        pos = t.end()
    return "".join(out) + name[pos:]


def authority_in(text: str, *, header: bool = False) -> str | None:
    """The issuing body named in a text, cut after its region's name when it has one.

    In running text the name starts with a capital ("приказом Министерства …"); a
    header line may be all capitals and is the whole name.
    """
    text = recase(text)
    heads = set(vocab()["authority_heads"])
    toks = words(text)
    start = None
    for i, (lem, s, e) in enumerate(toks):
        prev = toks[i - 1][0] if i else ""
        if lem in heads and (text[s].isupper() or prev == "приказ" or header):
            start = i
            break
    if start is None:
        return None
    s0 = toks[start][1]
    end = None
    for m in find_regions(text[s0:]):
        end = s0 + m.end
        break
    if end is None:
        stop = re.search(r"[,;(«\"]|\sот\s|\s№", text[s0:])
        end = s0 + stop.start() if stop else len(text)
    return nominative(text[s0:end].strip(" .,:;–-"))


# --- the header ---------------------------------------------------------------------

def join_wrapped(lines: list[Line], i: int) -> str:
    """Line i and its wrapped continuation lines, joined (a title, a heading)."""
    parts = [lines[i].text]
    body = vocab()["body_starts"]
    for prev, nxt in zip(lines[i:], lines[i + 1:i + 6]):
        t = nxt.text.strip()
        wrapped = t[:1].islower() or (
            prev.line is not None and nxt.line == prev.line + 1 and not t[:1].isdigit())
        if not wrapped or _starts_with(t, body) or _is_doc_type(t) or _head_at(t) == 0 and not t[:1].islower():
            break
        parts.append(t)
    title = recase(" ".join(parts))
    return re.sub(r"\s+", " ", title).strip()


def _header_parts(lines: list[Line]) -> dict:
    v = vocab()
    limit = v["header_lines"]
    kind = next((i for i, ln in enumerate(lines[:limit]) if _is_doc_type(ln.text)), None)
    if kind is not None:
        return _order_header(lines, kind)
    stamp = next((i for i, ln in enumerate(lines[:limit])
                  if _first_lemmas(ln.text, 1) == v["approval_stamp"][:1]), None)
    if stamp is not None:
        return _stamp_header(lines, stamp)
    title = join_wrapped(lines, 0) if lines else None
    auth = authority_in(title) if title else None
    if auth is None:
        auth = next((a for ln in lines[:limit] if (a := authority_in(ln.text))), None)
    return {"authority": auth, "order_number": None, "order_date": None, "title": title,
            "region_text": [title or ""]}


def _order_header(lines: list[Line], kind: int) -> dict:
    v = vocab()
    before = lines[:kind]
    # the issuer: the lines from the first one led by an authority noun up to the act's kind
    first = next((i for i, ln in enumerate(before) if _head_at(ln.text) is not None), None)
    auth_lines = [ln.text for ln in before[first:]
                  if parse_number(ln.text) is None and parse_date(ln.text) is None] if first is not None else []
    authority = authority_in(" ".join(auth_lines), header=True) if auth_lines else None
    after = lines[kind + 1:kind + 1 + v["header_lines"]]
    t = next((i for i, ln in enumerate(after) if _is_title_start(ln.text)), None)
    between = after[:t] if t is not None else after[:4]
    number = next((n for ln in between if (n := parse_number(ln.text))), None)
    date = next((d for ln in between if (d := parse_date(ln.text))), None)
    if number is None and date is None and not any("№" in ln.text for ln in between):
        # the date and number stand above the act's kind; a registration stamp there is not ours
        reg, own = False, []
        for ln in before:
            if any(w in v["registration"] for w in _first_lemmas(ln.text, 6)):
                reg = True
                continue
            if not reg:
                own.append(ln)
            reg = False
        number = next((n for ln in own if (n := parse_number(ln.text))), None)
        date = next((d for ln in own if (d := parse_date(ln.text))), None)
    title = join_wrapped(after, t) if t is not None else None
    if authority is None:      # no issuer above the act's kind: the one the title names
        authority = authority_in(title or "") or next(
            (a for ln in lines[:v["header_lines"]] if (a := authority_in(ln.text))), None)
    return {"authority": authority, "order_number": number, "order_date": date, "title": title,
            "region_text": [" ".join(auth_lines), title or ""]}


def _stamp_header(lines: list[Line], stamp: int) -> dict:
    block = []
    for ln in lines[stamp:stamp + vocab()["approval_stamp_lines"]]:
        block.append(ln.text)
        if parse_number(ln.text) or parse_date(ln.text) or "№" in ln.text:
            break
    text = " ".join(block)
    rest = stamp + len(block)
    title = join_wrapped(lines, rest) if rest < len(lines) else None
    return {"authority": authority_in(text), "order_number": parse_number(text),
            "order_date": parse_date(text), "title": title, "region_text": [text, title or ""]}


def _region(texts: list[str], doc_lines: list[Line]) -> Region | None:
    """The issuer's region: named in its name, else in the header/title, else first named."""
    for text in [*texts, *(ln.text for ln in doc_lines)]:
        found = find_regions(text or "")
        if found:
            return found[0].region
    return None


def extract_metadata(doc: Document) -> dict:
    lines = lines_of(doc)
    head = _header_parts(lines)
    region = _region([head["authority"] or "", *head["region_text"]], lines[:60])
    return {
        "region": region.name if region else None,
        "region_code": region.code if region else None,
        "authority": head["authority"],
        "order_number": head["order_number"],
        "order_date": head["order_date"],
        "title": head["title"],
    }
