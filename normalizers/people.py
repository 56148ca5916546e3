"""Responsible people in a roadmap cell: names (surname + initials) and their positions.

A cell may hold several people, with or without separators:
"Паксина Е.Б. - заместитель министра … Бибикова Н.В. - главный консультант".
Names are found by shape first (surname + initials, initials + surname, full
name with a patronymic; a surname in capitals too); natasha's NER adds full
names the shapes miss ("Иван Петров").  Every name is given as "Фамилия И.О."
with the surname as written (capitals as a name is spelled).  The text between
names is the positions: it follows the names, or precedes them when the cell
starts with a position and ends with a name.  What follows the last name is
its position only up to a «;» or a line break, or the brackets right after it;
beyond that, or after «совместно с …», others are named (`data/people.yaml`).
Contacts, remarks («по согласованию») and a label ending in a colon
(«Исполнитель:») are no position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pathlib import Path

from normalizers.deadlines import parse_deadline
from textcore.clean import clean_text, unclosed_brackets
from textcore.lookalike import TO_CYRILLIC
from textcore.name_shape import FULL, FULL_FIRST, INITIALS_FIRST, LO, SURNAME_FIRST, UP
from textcore.vocab import vocabulary
from textcore.word_mends import join_broken_names, join_hyphenated, mend_case, recase_capitals, unquote_cell

_UP, _LO = UP, LO            # the name's shape: textcore/name_shape.py
_SURNAME_FIRST, _INITIALS_FIRST, _FULL, _FULL_FIRST = SURNAME_FIRST, INITIALS_FIRST, FULL, FULL_FIRST
# a Latin capital typed for an initial by a slip («K.K.»)
_LATIN_INITIAL = re.compile(r"(?<![A-Za-z])([AEOPCXTHKMB])(?=\.)")
_SEP = " \t-–—−,;:.()/"
_JOINERS = {"", "и", "а также"}
# contacts: a phone (5+ digits with separators, maybe after «тел.», its code maybe bracketed first «(8452) 21-07-44»,
# an extension after it «, доб. 215» / «(доб. 1204)»), an e-mail
_CONTACT = re.compile(r"(?:\b(?:тел|телефон|т)\.?\s*:?\s*)?\+?\(?\d[\d\s()\-–]{4,}\d"
                      r"(?:,?\s*(?:\(\s*)?доб\.?\s*\d{1,5}\s*\)?)?"
                      r"|\(\s*доб\.?\s*\d{1,5}\s*\)|\bдоб\.?\s*\d{1,5}\b"   # an extension alone after a name
                      r"|(?:\b(?:e-?mail|эл\.?\s*почта|электронная\s+почта)\s*:?\s*)?\S+@\S+\.\w+", re.I)
_DATA = Path(__file__).resolve().parent / "data" / "people.yaml"
# a body's own digits are no telephone («Рабочая группа 2025 – 2026 годов», «Сектор 1 (12345)», an address's index):
# only a labelled one, an e-mail, an extension, a full number with its code or a local «21-07-44» is cut from its name
_SURE_CONTACT = re.compile(r"^(?:тел|т\b)|@|доб|\d-\d\d-\d\d\b", re.I)


def _sure_contact(found: str) -> bool:
    return bool(_SURE_CONTACT.search(found)) or sum(c.isdigit() for c in found) >= 10


@vocabulary(_DATA, required=("remarks", "co_executors", "labels"))
def _vocab(d: dict) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    alt = lambda xs: "|".join(re.escape(str(x)) for x in sorted(xs, key=len, reverse=True))  # noqa: E731
    return (re.compile(rf"(?<![{_LO}])(?:{alt(d['remarks'])})(?![{_LO}])", re.I),
            re.compile(rf"(?<![{_LO}])(?:{alt(d['co_executors'])})(?![{_LO}])", re.I),
            re.compile(rf"^\s*(?:{alt(d['labels'])})\s*:", re.I))


@dataclass(frozen=True)
class People:
    names: tuple[str, ...]
    positions: tuple[str, ...]


def _name(surname: str, first: str, middle: str | None) -> str:
    if surname.isupper():               # «ИВАНОВ И.И.»: the name as it is spelled
        surname = "-".join(p.capitalize() for p in surname.split("-"))
    first, middle = first.replace(" ", ""), (middle or "").replace(" ", "")
    return f"{surname} {first}." + (f"{middle}." if middle else "")


def _by_shape(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) spans; of the two initials orders the one finding more wins."""
    full = [(m.start(), m.end(), _name(m[1], m[2], m[3][0])) for m in _FULL.finditer(text)]
    full += [(m.start(), m.end(), _name(m[3], m[1], m[2][0])) for m in _FULL_FIRST.finditer(text)
             if not _overlaps(m.start(), m.end(), full)]
    # a word in capitals before initials that start the next name is an abbreviation
    # («Начальник отдела ИТ В.В. Петров»), not a surname
    s_first = [(m.start(), m.end(), _name(m[1], m[2], m[3])) for m in _SURNAME_FIRST.finditer(text)
               if not _overlaps(m.start(), m.end(), full)
               and not (m[1].isupper() and re.match(rf"\s*[{_UP}][{_LO}]", text[m.end():]))
               and not _is_post(m[1])]      # «Министр С.Н. Григорьев»: a post before initials-first, no surname
    i_first = [(m.start(), m.end(), _name(m[3], m[1], m[2])) for m in _INITIALS_FIRST.finditer(text)
               if not _overlaps(m.start(), m.end(), full)]
    return sorted(full + (i_first if len(i_first) > len(s_first) else s_first))


@vocabulary(_DATA, required=("post_words",))
def _posts(d: dict) -> frozenset[str]:
    return frozenset(str(w).lower() for w in d["post_words"])


def _is_post(word: str) -> bool:
    """The word as written, not its lemma: «Министров», «Директоров» are surnames."""
    return word.lower().replace("ё", "е") in _posts()


def _overlaps(a: int, b: int, spans) -> bool:
    return any(a < e and s < b for s, e, *_ in spans)


@lru_cache(maxsize=1)
def _ner():
    # built once per process: the embedding and tagger ship inside natasha's wheel
    from natasha import NamesExtractor, NewsNERTagger, Segmenter

    from normalizers.similar import news_embedding
    from textcore.lemmas import morph as shared_morph
    morph = shared_morph()            # the one shared morphology object
    return Segmenter(), NewsNERTagger(news_embedding()), morph, NamesExtractor(morph)


def _by_ner(text: str, taken) -> list[tuple[int, int, str]]:
    from natasha import Doc
    segmenter, tagger, morph, extractor = _ner()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    out = []
    for span in doc.spans:
        if span.type != "PER" or _overlaps(span.start, span.stop, taken):
            continue
        span.normalize(morph)
        span.extract_fact(extractor)
        fact = span.fact.as_dict if span.fact else {}
        if fact.get("last") and fact.get("first"):
            surname = next((w for w in span.text.split() if w.startswith(fact["last"][:3])), fact["last"])
            out.append((span.start, span.stop, _name(surname, fact["first"][0], (fact.get("middle") or "")[:1] or None)))
    return out


_SURNAME_NAME = re.compile(rf"(?<![{_UP}{_LO}])([{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)\s+([{_UP}][{_LO}]+)(?![{_LO}])")


def _by_first_name(text: str, taken) -> list[tuple[int, int, str]]:
    """"Кравцова Людмила": a surname and a first name the dictionary knows as one, where
    neither the shapes nor NER found anybody (NER misses a name without a patronymic)."""
    from textcore.lemmas import morph
    # the first name by its likeliest reading (not «Вера», «Надежда»: words first), the
    # surname by none
    first_name = lambda w: {"Name", "nomn"} <= set(morph().parse(w)[0].tag.grammemes)  # noqa: E731
    no_name = lambda w: not any("Name" in p.tag for p in morph().parse(w))  # noqa: E731
    out = []
    for m in _SURNAME_NAME.finditer(text):
        if not _overlaps(m.start(), m.end(), taken + out) and first_name(m[2]) and no_name(m[1]):
            out.append((m.start(), m.end(), _name(m[1], m[2][0], None)))
    return out


_NAMED_AFTER = re.compile(r"(?:\bим\.|\bимени)\s*$", re.I)


def _namesake(text: str, start: int, end: int) -> bool:
    """A name inside an institution's name: within «…» quotes («Библиотека им. А.С. Пушкина»)
    or right after «им.»/«имени» — the body's namesake, not a person responsible."""
    before = text[:start]
    open_quote = before.count("«") > before.count("»") or before.count('"') % 2 == 1
    return open_quote or bool(_NAMED_AFTER.search(before))


def _unmatched_openers(s: str) -> str:
    """«ГКУ «…» (директор Иванов И.И.»: a «(» never closed joins the body and the post with a
    comma; a balanced pair («Отдел (кадров)») stays as written."""
    for i in reversed(unclosed_brackets(s)):
        s = s[:i].rstrip() + ", " + s[i + 1:].lstrip()
    return s


def _tidy(segment: str) -> str:
    remarks = _vocab()[0]
    s = remarks.sub(" ", _CONTACT.sub(" ", segment))
    s = re.sub(r"\(\s*\)", " ", s)
    s = _unmatched_openers(s)
    s = s.strip(_SEP)
    s = re.sub(r"\s{2,}", " ", s)
    return "" if s.lower() in _JOINERS else s


def _own(trail: str, strict: bool) -> str:
    """The part of the text after the last name that is its position: brackets right after
    it, else the text up to a co-executor («совместно с …») and, when `strict`, up to a «;» or
    a line break (beyond which a cell that put posts before names names others)."""
    trail = trail if _tidy(trail) else ""     # contacts and remarks alone leave nothing
    head = trail.lstrip(" \t-–—−,.")
    if head.startswith("("):
        return head[1:head.find(")")] if ")" in head else head[1:]
    cut = re.split(r"[;\n]", trail, maxsplit=1)[0] if strict else trail
    return _tidy(_vocab()[1].split(cut, maxsplit=1)[0])


def _positions(text: str, spans) -> list[str]:
    bounds = [0] + [p for s, e, _ in spans for p in (s, e)] + [len(text)]
    gaps = [text[bounds[2 * i]:bounds[2 * i + 1]] for i in range(len(spans) + 1)]
    lead = _tidy(_vocab()[2].sub("", gaps[0]))
    own = _own(gaps[-1], strict=True)
    mids = [_tidy(g) for g in gaps[1:-1]]
    # positions follow the names, or precede them when the cell starts with one and the
    # last name has none after it
    before = bool(lead) and not own
    positions = [lead] + mids if before else mids + [own or _own(gaps[-1], strict=False)]
    bare = [not g.strip(_SEP) for g in (gaps[:-1] if before else gaps[1:])]
    # a position shared by names with nothing but separators between them: "Иванов И.И.,
    # Петров П.П. – специалисты" (after them), "Заместитель министра: Иванов И.И. Петров П.П."
    # (before them); not one whose brackets held only a phone
    order = range(1, len(positions)) if before else range(len(positions) - 2, -1, -1)
    for i in order:
        if not positions[i] and bare[i]:
            positions[i] = positions[i - 1 if before else i + 1]
    return positions


@lru_cache(maxsize=10_000)
def parse_people(raw: str) -> People:
    # look-alike letters, a post run into the name («министраКодзоев»), a cell quoted whole by a
    # CSV export: mended first (textcore/word_mends.py)
    text = _LATIN_INITIAL.sub(lambda m: m[1].translate(TO_CYRILLIC), mend_case(unquote_cell(clean_text(raw or ""))))
    # words broken by a line's hyphen, a post's («руководи- тель») and a name's («Григо- рьев С.Н.»)
    text = join_broken_names(join_hyphenated(text))
    cased = recase_capitals(text)
    if cased == text:
        return _parse(text)
    # a cell typed in capitals: its names told in their usual case, its posts given back as written
    got = _parse(cased)
    return People(got.names, tuple(_as_written(p, cased, text) for p in got.positions))


def _as_written(part: str, cased: str, text: str) -> str:
    at = cased.find(part)
    return text[at:at + len(part)] if part and at >= 0 else part


def _parse(text: str) -> People:
    if not text or parse_deadline(text).not_applicable:     # "x" / "х": nobody
        return People((), ())
    spans = _by_shape(text)
    if re.search(rf"[{_UP}][{_LO}]+\s+[{_UP}][{_LO}]+", text):   # two capitalised words: maybe a full name
        spans = sorted(spans + _by_ner(text, spans))
        spans = sorted(spans + _by_first_name(text, spans))
    spans = [sp for sp in spans if not _namesake(text, sp[0], sp[1])]
    if not spans:       # a body, not a person: its telephone no part of its name
        bare, n = _CONTACT.subn(lambda m: " " if _sure_contact(m.group()) else m.group(), text)
        n = bare != text
        return People((), ((re.sub(r"\s{2,}", " ", bare).strip(" \t,;:–—-") if n else text) or text,))
    return People(tuple(n for *_, n in spans), tuple(_positions(text, spans)))
