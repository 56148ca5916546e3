"""Document metadata: issuing body, its region, the order's own number, date and title.

Works on the document's lines in reading order (paragraphs, and table rows flattened,
because Word headers often lay the date and the number out in a table), so every
format yields the same metadata.  These header shapes are recognised:

* an order's header: issuer lines, the act's kind (ПРИКАЗ), date/number lines, title;
* an appendix-only file: the stamp "УТВЕРЖДЕН приказом <issuer> от <date> № <no>" or the
  appendix header "Приложение N 2 к приказу <issuer> от <date> N <no>" (as legal databases
  print them; the issuer's genitive name wraps over several lines and is joined first);
* a legal database's title line "Приказ <issuer> / от <date> N <no>" (no ПРИКАЗ line of its own);
* none (a bare procedure): the first lines are the title, the issuer is named in it.

Only the header's number and date are taken: orders cited in the body are not this
document's own, and a blank form (`№______`, `«___» ____ 2024 г.`) stays null.  Dates and
numbers are read by the project's one grammar (textcore.dates, textcore.order_numbers).
A header that states a number or date which could not be read is reported by
`read_metadata` as a warning.  The issuer's name is capitalised canonically
("приказом министерства финансов …" -> "Министерство финансов …"); a federal body
named in running text (a cited government decree) is never the issuer.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from textcore.lemmas import lemma, morph
from textcore.vocab import vocabulary
from textcore.regions import Region, find_regions, words
from textcore.dates import parse_date
from textcore.numbering import ARABIC, LETTER, parse_item_number
from textcore.order_numbers import has_number_sign, parse_number

from ..document import Document
from .lines import Line, join_spaced, lines_of

_DATA = Path(__file__).resolve().parent.parent / "data" / "metadata.yaml"
_STATED_DATE = re.compile(r"\bот\s*[«\"“]?\s*\d{1,2}\b", re.I)                  # "от 12…": a date is meant


def _enumerated(text: str) -> bool:
    """"2. …", "1.1. …", "а) …": an item of a list, not a heading line."""
    n = parse_item_number(text, (ARABIC, LETTER))
    return bool(n and n.spaced and (n.closer or n.style == LETTER))


@vocabulary(_DATA, required=("doc_types", "authority_heads", "authority_head_within", "approval_stamp",
                             "approval_stamp_lines", "title_header_lines", "federal_markers", "registration",
                             "title_starts", "body_starts", "header_lines"))
def vocab(data: dict) -> dict:
    return data


# --- small recognisers -----------------------------------------------------------

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

    In running text the name starts with a capital ("приказом Министерства …") or
    follows the act's kind ("приказом министерства …"); a header line may be all
    capitals and is the whole name.  A federal body (a cited act's) is skipped.
    """
    text = recase(re.sub(r"\s+", " ", text))
    v = vocab()
    heads, kinds = set(v["authority_heads"]), set(v["doc_types"])
    toks = words(text)
    for i, (lem, s0, _) in enumerate(toks):
        prev = toks[i - 1][0] if i else ""
        if lem not in heads or not (text[s0].isupper() or prev in kinds or header):
            continue
        end = None
        for m in find_regions(text[s0:]):
            end = s0 + m.end
            break
        if end is None:
            stop = re.search(r"[;(«\"]|,(?!\s*[а-яё])|\sот\s|\s№|\sN\s", text[s0:])
            end = s0 + stop.start() if stop else len(text)
        name = text[s0:end].strip(" .,:;–-")
        if not header and any(f in name for f in v["federal_markers"]):
            continue                       # "распоряжением Правительства Российской Федерации"
        name = nominative(name)
        return name[:1].upper() + name[1:]
    return None


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
    # a legal database's title line: "Приказ Министерства спорта … Республики" + "от … N …"
    titled = next((i for i, ln in enumerate(lines[:v["title_header_lines"]])
                   if _first_lemmas(ln.text, 1)[:1] and _first_lemmas(ln.text, 1)[0] in v["doc_types"]
                   and _head_at(ln.text) in (1, 2)), None)
    if titled is not None:
        return _stamp_header(lines, titled)
    stamp = next((i for i, ln in enumerate(lines[:limit])
                  if _first_lemmas(ln.text, 1)[:1] and _first_lemmas(ln.text, 1)[0] in v["approval_stamp"]), None)
    if stamp is not None:
        return _stamp_header(lines, stamp)
    title = join_wrapped(lines, 0) if lines else None
    auth = authority_in(title) if title else None
    if auth is None:       # body clauses ("2. Администрации … разработать") name addressees
        auth = next((a for ln in lines[:limit]
                     if not _enumerated(ln.text) and (a := authority_in(ln.text))), None)
    return {"authority": auth, "order_number": None, "order_date": None, "title": title,
            "region_text": [title or ""], "header_text": ""}


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
    header_text = " ".join(ln.text for ln in between) if (number or date or any(
        "№" in ln.text for ln in between)) else " ".join(ln.text for ln in [*before, *between])
    return {"authority": authority, "order_number": number, "order_date": date, "title": title,
            "region_text": [" ".join(auth_lines), title or ""], "header_text": header_text}


def _stamp_header(lines: list[Line], stamp: int) -> dict:
    """"УТВЕРЖДЕН приказом …" / "Приложение N 2 к приказу …": its lines up to the order's date/number."""
    block = []
    for ln in lines[stamp:stamp + vocab()["approval_stamp_lines"]]:
        block.append(ln.text)
        act = _act_part(" ".join(block))
        if act is not None and (parse_number(act) or parse_date(act) or has_number_sign(act)):
            break
    text = re.sub(r"\s+", " ", " ".join(block))
    act = _act_part(text)
    rest = stamp + len(block)
    title = join_wrapped(lines, rest) if rest < len(lines) else None
    return {"authority": authority_in(act if act is not None else text),
            "order_number": parse_number(act) if act is not None else None,
            "order_date": parse_date(act) if act is not None else None,
            "title": title, "region_text": [text, title or ""], "header_text": act or ""}


def _act_part(text: str) -> str | None:
    """The stamp's text from the act's kind on ("приказом …", "к приказу …"), or None.

    What stands before it ("Приложение N 2") numbers the appendix, not the order.
    """
    for lem, s, _ in words(text):
        if lem in vocab()["doc_types"]:
            return text[s:]
    return None


def _region(texts: list[str], doc_lines: list[Line]) -> Region | None:
    """The issuer's region: named in its name, else in the header/title, else first named."""
    for text in [*texts, *(ln.text for ln in doc_lines)]:
        found = find_regions(text or "")
        if found:
            return found[0].region
    return None


def extract_metadata(doc: Document) -> dict:
    return read_metadata(doc)[0]


def read_metadata(doc: Document) -> tuple[dict, list[str]]:
    """The metadata, and warnings for what the header states but could not be read."""
    lines = lines_of(doc)
    head = _header_parts(lines)
    region = _region([head["authority"] or "", *head["region_text"]], lines[:60])
    md = {
        "region": region.name if region else None,
        "region_code": region.code if region else None,
        "authority": head["authority"],
        "order_number": head["order_number"],
        "order_date": head["order_date"],
        "title": head["title"],
    }
    stated = head["header_text"]
    warnings = []
    if md["order_number"] is None and has_number_sign(stated):
        warnings.append(f"the header states an order number that could not be read: {stated[:120]!r}")
    if md["order_date"] is None and _STATED_DATE.search(stated):
        warnings.append(f"the header states an order date that could not be read: {stated[:120]!r}")
    return md, warnings
