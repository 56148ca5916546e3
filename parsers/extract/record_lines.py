"""One paragraph of a touchpoint list written as text: its number, its «Поле: значение» parts.

    read_line(text, kind) -> RecordLine     number, fields in order, the unlabelled text before them
    split_point(text) -> (name, type, rest)   "Сайт – цифровая точка – получение информации"
    read_point(text) -> (name, type, rest, led)   and what led the rest (":", "–" or "")

A label is the words before a colon that the table readers' header vocabulary
(`parsers/data/columns.yaml`, `touchpoint_list` unless a reader names another kind: a roadmap
written as paragraphs reads «Срок исполнения:» by `roadmap`'s, `roadmap_paras.py`) maps to a field: «Точка взаимодействия:»,
«Потребности клиента:», «Процесс:».  A label opens a segment (the paragraph's start, or
after «;» or a sentence end), or, in a PDF paragraph that joined several lines, starts with a
capital letter inside one; a spaced dash closes a label only at a segment's start
(«Процесс – Выдача справок»).  Everything up to the next label is the field's value.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from textcore.lemmas import morph
from textcore.numbering import ARABIC, BULLET, LETTER, ROMAN, ItemNumber, parse_item_number
from textcore.vocab import vocabulary

from ..tables.columns import cell_scores
from ..tables.sections import read_heading

KIND = "touchpoint_list"
# the table readers' header vocabulary, whose `paragraph_records` entry sets this reader's limits
_COLUMNS = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+")
# a label names a field: a clause with a verb («Точки взаимодействия подразделяются на:») introduces
_CLAUSE_POS = {"VERB", "INFN", "PRTS", "GRND"}
_NOUN_WEIGHT = 0.3          # a word whose noun readings weigh this much is a noun in a label


@vocabulary(_COLUMNS, required=("paragraph_records",))
def settings(data: dict) -> dict:
    return dict(data["paragraph_records"])


@dataclass
class RecordLine:
    number: ItemNumber | None           # "1.1.", "а)", "–"; None for an unnumbered paragraph
    lead: str                           # the text before the first label (all of it when none)
    fields: list[tuple[str, str, str]] = field(default_factory=list)   # (field, label, value), in order

    @property
    def depth(self) -> int | None:
        """Nesting of a numbered paragraph: Roman 0, "1." 1, "1.1." 2; list marks have none."""
        n = self.number
        if n is None or n.style in (LETTER, BULLET) or n.closer == ")":
            return None
        return 0 if n.style == ROMAN else n.depth

    @property
    def list_mark(self) -> bool:
        """A list item's mark: a bullet, "а)", "1)"."""
        n = self.number
        return n is not None and (n.style in (LETTER, BULLET) or n.closer == ")")


def read_line(text: str, kind: str = KIND) -> RecordLine:
    n = parse_item_number(text, (ARABIC, ROMAN, LETTER, BULLET))
    if n is not None and not (n.spaced or n.closer == ")"):
        n = None
    rest = n.rest if n is not None else text.strip()
    labels = _labels(rest, kind)
    if not labels:
        return RecordLine(n, rest)
    out = RecordLine(n, _trim(rest[:labels[0][0]]))
    for k, (start, after, name) in enumerate(labels):
        end = labels[k + 1][0] if k + 1 < len(labels) else len(rest)
        label = _LABEL_END.sub("", rest[start:after]).strip()
        out.fields.append((name, label, _trim(rest[after:end])))
    return out


def _trim(text: str) -> str:
    return text.strip().strip(";").strip()


# a segment opens at the start, after ";" or after a sentence's end
_SEGMENT_START = re.compile(r"[;.!?]\s+")
# what closes a label: a colon, or at a segment's start a spaced dash («Процесс – Выдача справок»)
_LABEL_END = re.compile(r":|\s[–—-]\s")
_WORD = re.compile(r"\S+")
_SPACES = re.compile(r"\s*")


def _labels(text: str, kind: str = KIND) -> list[tuple[int, int, str]]:
    """(start, end of its colon or dash, field) of each label in the text, in order.  Each
    colon or dash looks back a bounded stretch, so a long paragraph is read in linear time."""
    out: list[tuple[int, int, str, int]] = []
    segments = [(m.start(), m.end()) for m in _SEGMENT_START.finditer(text)]
    marks = [p for p, _ in segments]
    for m in _LABEL_END.finditer(text):
        seg = _segment(segments, marks, m.start())
        if out and seg < out[-1][3]:
            seg = out[-1][3]                         # never reach back over the label before
        dash = m.group() != ":"
        found = _label_before(text, seg, m.start(), dash, kind)
        if found is None or dash and not _SPACES.fullmatch(text, seg, found[0]):
            continue                                 # a dash ends a label only at a segment's start
        out.append((found[0], m.start(), found[1], m.end()))
    return [(start, end, name) for start, _, name, end in out]


def _segment(segments: list[tuple[int, int]], marks: list[int], at: int) -> int:
    """Where the segment holding `at` opens: after the last «;» or sentence end followed by a
    space before it (its spaces end at `at` at most), else at the text's start."""
    k = bisect_right(marks, at - 2) - 1              # the mark and one space lie before `at`
    return min(segments[k][1], at) if k >= 0 else 0


def _label_before(text: str, seg: int, colon: int, strict: bool, kind: str) -> tuple[int, str] | None:
    """The longest run of words ending at the colon that names a field: from the segment's
    start, or from a capitalised word inside it (lines a PDF paragraph joined).  Only the last
    `label_max_words` words within `label_max_chars` of the colon are read: a label is short."""
    limits = settings()
    lo = max(seg, colon - limits["label_max_chars"])
    words = [(w.start(), w.group()) for w in _WORD.finditer(text, lo, colon)]
    if lo > seg and words and words[0][0] == lo and not text[lo - 1].isspace():
        words = words[1:]                            # a word the window cut: no label starts there
    words = words[-limits["label_max_words"]:]
    for k, (start, word) in enumerate(words):
        if not word[:1].isupper() and not _SPACES.fullmatch(text, seg, start):
            continue
        name = label_field(text[start:colon], strict, kind)
        if name is not None:
            return start, name
    return None


@lru_cache(maxsize=4096)
def label_field(label: str, strict: bool = False, kind: str = KIND) -> str | None:
    """The field a label names, by the table headers' vocabulary; None when it names none,
    two fields equally, or holds a verb (a clause, not a name).  `strict` (a label closed by a
    dash, which a point's own name may hold: «Личное взаимодействие – офлайн») asks a higher score."""
    scores = dict(cell_scores(kind, label.strip()))
    # a gloss in parentheses closing the label («Процесс (услуга, функция)») qualifies its word, not
    # dilutes it (inside a label the parentheses may be a value's: «МФЦ (офлайн) Потребности»)
    bare = _GLOSS.sub("", label).strip()
    if bare and bare != label.strip():
        for name, score in cell_scores(kind, bare).items():
            scores[name] = max(score, scores.get(name, 0.0))
    if not scores or any(_verb(w) for w in _named_part(label)):
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, score = ranked[0]
    least = settings()["dash_label_min_score" if strict else "label_min_score"]
    if score < least or len(ranked) > 1 and ranked[1][1] == score:
        return None
    return best


def _named_part(label: str) -> list[str]:
    """A label's words up to a relative clause: «Проблема, с которой обращается клиент» is a name its clause
    qualifies (its verb says what the problem is), not a clause itself."""
    words = _CYRILLIC_WORD.findall(label)
    return words[:next((k for k, w in enumerate(words) if w.lower().startswith("котор")), len(words))]


def _verb(word: str) -> bool:
    """A verb's form, not a noun's of the same letters: «суть» read first as «быть» is «суть взаимодействия»'s
    noun (its noun readings weigh ~0.5), «подать» is the verb (its noun, a tax, weighs 0.03)."""
    parses = morph().parse(word)
    nouns = sum(p.score for p in parses if p.tag.POS == "NOUN")
    return parses[0].tag.POS in _CLAUSE_POS and nouns < _NOUN_WEIGHT


def split_type(text: str) -> tuple[str, str | None]:
    """A point's name and the type written after it (what follows the type is dropped: see
    `split_point`)."""
    name, ptype, _ = split_point(text)
    return name, ptype


# a type after a point's name: in parentheses, or between spaced dashes
# (one level of parentheses inside: «(нецифровая (офлайн) точка)»)
_PAREN = re.compile(r"\(((?:[^()]|\([^()]{1,30}\)){2,60})\)")
_GLOSS = re.compile(r"\s*\([^()]{2,60}\)\s*$")
_DASH_TAIL = re.compile(r"\s+[–—-]\s+(?=\S)")
_DASH_HEAD = re.compile(r"[–—-]\s")


def split_point(text: str) -> tuple[str, str | None, str]:
    """(name, type, rest) of a point written with its type: see `read_point`."""
    return read_point(text)[:3]


def read_point(text: str) -> tuple[str, str | None, str, str]:
    """(name, type, rest, what led the rest) of a point written with its type:
    «Сайт – цифровая точка взаимодействия», «ЕПГУ (цифровая)», «МФЦ (офлайн): подача заявления»,
    «Сайт – цифровая – получение информации», «Сайт – цифровая: получение информации».
    The type part names a type and nothing else (as a point-type heading does: «цифровая
    точка», not «цифровая платформа»).  What follows a type in parentheses is led by a colon
    (":", the point's needs) or a spaced dash ("–": needs only in a document that lists points,
    `records.py`; «(онлайн) – 2 квартал» in a roadmap is none); «(очно). Срок: март» has no rest.
    Led is "" where a type between dashes is followed by the rest, and where there is none.
    A definition («Цифровая точка взаимодействия – официальный сайт, ЕПГУ (цифровая)») names no point."""
    text = text.strip().rstrip(".;,").strip()
    dashes = list(_DASH_TAIL.finditer(text))
    if dashes and _names_type(text[:dashes[0].start()]):
        return text, None, "", ""
    for m in _PAREN.finditer(text):
        if _names_type(m.group(1)) and text[:m.start()].strip():
            tail = text[m.end():].lstrip()
            led = ":" if tail.startswith(":") else "–" if _DASH_HEAD.match(tail) else ""
            rest = tail[1:].strip(" ;,.–—-") if led else ""
            return text[:m.start()].strip(), m.group(1).strip(), rest, led if rest else ""
    for k, m in enumerate(dashes):               # the part after this dash, up to the next one
        end = dashes[k + 1].start() if k + 1 < len(dashes) else len(text)
        part, colon, after = text[m.end():end].partition(":")
        part = part.strip(" ;,.")
        if not _names_type(part):
            continue
        if colon:                                 # «Сайт – цифровая: получение информации»
            return text[:m.start()].strip(), part, text[m.end():].partition(":")[2].strip(), ":"
        return text[:m.start()].strip(), part, text[dashes[k + 1].end():].strip() if k + 1 < len(dashes) else "", ""
    return text, None, "", ""


def _names_type(text: str) -> bool:
    return read_heading(text).role == "point_type"


def plural_label(label: str) -> bool:
    """«Точки взаимодействия», «Каналы»: the label's first word names several (nominative plural), so
    its value lists several points; a singular one names one point, «;» and all."""
    words = _CYRILLIC_WORD.findall(label)
    return bool(words) and any({"nomn", "plur"} <= set(p.tag.grammemes) for p in morph().parse(words[0]))
