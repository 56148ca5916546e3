"""Responsible people in a roadmap cell: names (surname + initials) and their positions.

A cell may hold several people, with or without separators:
"Паксина Е.Б. - заместитель министра … Бибикова Н.В. - главный консультант".
Names are found by shape first (surname + initials, initials + surname, full
name with a patronymic); natasha's NER adds full names the shapes miss
("Иван Петров").  Every name is given as "Фамилия И.О." with the surname as
written.  The text between names is the positions: it follows the names, or
precedes them when the cell starts with a position and ends with a name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from normalizers.deadlines import parse_deadline
from textcore.clean import clean_text

_UP, _LO = "А-ЯЁ", "а-яё"
_SURNAME = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?"
_INITIALS = rf"([{_UP}])\.\s?(?:([{_UP}])\.?)?"
_PATRONYMIC = rf"[{_UP}][{_LO}]+(?:вич|вна|ична|чна|ич|оглы|кызы)"
# surname first / initials first / full name (patronymic last or in the middle)
_SURNAME_FIRST = re.compile(rf"(?<![{_UP}{_LO}])({_SURNAME})\s+{_INITIALS}(?![{_LO}])")
_INITIALS_FIRST = re.compile(rf"(?<![{_UP}{_LO}.])([{_UP}])\.\s?([{_UP}])\.\s?({_SURNAME})(?![{_LO}])")
_FULL = re.compile(rf"({_SURNAME})\s+([{_UP}])[{_LO}]+\s+({_PATRONYMIC})\b")
_FULL_FIRST = re.compile(rf"([{_UP}])[{_LO}]+\s+({_PATRONYMIC})\s+({_SURNAME})\b")
_SEP = " \t-–—−,;:.()/"
_JOINERS = {"", "и", "а также"}


@dataclass(frozen=True)
class People:
    names: tuple[str, ...]
    positions: tuple[str, ...]


def _name(surname: str, first: str, middle: str | None) -> str:
    return f"{surname} {first}." + (f"{middle}." if middle else "")


def _by_shape(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) spans; of the two initials orders the one finding more wins."""
    full = [(m.start(), m.end(), _name(m[1], m[2], m[3][0])) for m in _FULL.finditer(text)]
    full += [(m.start(), m.end(), _name(m[3], m[1], m[2][0])) for m in _FULL_FIRST.finditer(text)
             if not _overlaps(m.start(), m.end(), full)]
    s_first = [(m.start(), m.end(), _name(m[1], m[2], m[3])) for m in _SURNAME_FIRST.finditer(text)
               if not _overlaps(m.start(), m.end(), full)]
    i_first = [(m.start(), m.end(), _name(m[3], m[1], m[2])) for m in _INITIALS_FIRST.finditer(text)
               if not _overlaps(m.start(), m.end(), full)]
    return sorted(full + (i_first if len(i_first) > len(s_first) else s_first))


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


def _tidy(segment: str) -> str:
    s = segment.strip(_SEP)
    return "" if s.lower() in _JOINERS else s


@lru_cache(maxsize=10_000)
def parse_people(raw: str) -> People:
    text = clean_text(raw or "")
    if not text or parse_deadline(text).not_applicable:     # "x" / "х": nobody
        return People((), ())
    spans = _by_shape(text)
    if re.search(rf"[{_UP}][{_LO}]+\s+[{_UP}][{_LO}]+", text):   # two capitalised words: maybe a full name
        spans = sorted(spans + _by_ner(text, spans))
    if not spans:
        return People((), (text,))
    bounds = [0] + [p for s, e, _ in spans for p in (s, e)] + [len(text)]
    gaps = [_tidy(text[bounds[2 * i]:bounds[2 * i + 1]]) for i in range(len(spans) + 1)]
    # gaps[0] is before the first name, gaps[-1] after the last one
    positions = gaps[:-1] if gaps[0] and not gaps[-1] else gaps[1:]
    # "Иванов И.И., Петров П.П. – специалисты": a shared position goes to each name before it
    for i in range(len(positions) - 2, -1, -1):
        if not positions[i]:
            positions[i] = positions[i + 1]
    return People(tuple(n for *_, n in spans), tuple(positions))
