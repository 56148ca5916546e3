"""Responsible ones written inside a measure's own cell, where the row has no responsible cell of its own: a
labelled part after the activity — «… реестра процессов\nИсполнитель: отдел кадров», «… Ответственный исполнитель
– Иванова Т.П.», «… Отв.: Орлов О.И.» (the cell's lines run together in converted text) — or a closing bracket that
names a person by surname and initials, «… кадровой работы (Иванова Т.П., заместитель министра)».  The label is one
of `activity_people_labels` (parsers/data/columns.yaml, roadmap) opening a line or capitalised after the activity's
words, at most three words, closed by a colon or a spaced dash; a bracket naming no person («(КФХ, ЛПХ)», «(отдел
кадров)»), or a place named after one («(им. А.С. Пушкина)»: `activity_people_named_after`), is the activity's own
words.  The activity keeps what comes before.

    activity_people(activity) -> (activity, responsible) — responsible "" where the cell names none
    people_in_activities(joined, shared) — the same for each row's joined cells left without a responsible one
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from textcore.name_shape import name_spans
from textcore.vocab import vocabulary

_DATA = Path(__file__).resolve().parent.parent / "data" / "columns.yaml"
# the closing bracket: no bracket inside, the activity's words before it
_BRACKET = re.compile(r"\(([^()]{4,300})\)[.;]?$")


@vocabulary(_DATA, required=("roadmap",))
def _stems(data: dict) -> tuple[str, ...]:
    return tuple(s.lower() for s in data["roadmap"].get("activity_people_labels", ()))


@vocabulary(_DATA, required=("roadmap",))
def _named_after(data: dict) -> frozenset[str]:
    return frozenset(w.lower() for w in data["roadmap"].get("activity_people_named_after", ()))


def _names_person(text: str) -> bool:
    """Whether a bracket's text names a person: not where a street's or a library's name does («им. А.С. Пушкина»)."""
    for start, _, _ in name_spans(text):        # the one shape of a name (textcore/name_shape.py)
        before = text[:start].split()
        if not before or before[-1].lower() not in _named_after():
            return True
    return False


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    """A label opening a line, or capitalised inside the text: its first word a stem, up to two more words, then
    «:» or a spaced dash."""
    stems = "|".join(re.escape(s) for s in sorted(_stems(), key=len, reverse=True))
    word = r"[а-яё]{1,30}\.?"
    return re.compile(rf"(?:^|\n|(?<=\s))(?P<label>(?i:(?:{stems}))[а-яё]{{0,20}}\.?(?:[ \t]{word}){{0,2}})"
                      rf"[ \t]*(?::|[ \t][–—-][ \t])[ \t]*(?=\S)")


def _labelled(text: str) -> tuple[str, str] | None:
    pos = 0
    while m := _label().search(text, pos):
        start, pos = m.start("label"), m.start("label") + 1
        # a line of its own, or a capital after the activity's words (lower-case: the activity's own words,
        # «определить ответственного: …»); the text before it cut only then (a cut per label was quadratic)
        if start == 0 or (text[start - 1] != "\n" and not m.group("label")[0].isupper()):
            continue
        before = text[:start].rstrip()
        if not before:
            continue
        value = text[m.end():].strip().rstrip(";").strip()     # the match ends at the label: a long cell stays linear
        value = value[:-1] if value.endswith(".") and value[-2:-1].islower() else value
        return before.rstrip(" ,;–—-"), " ".join(value.split())
    return None


def activity_people(activity: str) -> tuple[str, str]:
    """(the activity, its responsible one) of a measure's cell naming who does it after its words."""
    text = (activity or "").strip()
    found = _labelled(text)
    if found:
        return found
    m = _BRACKET.search(text)
    if m and m.start() > 0 and _names_person(m.group(1)):
        return text[:m.start()].rstrip(" ,;–—-"), " ".join(m.group(1).split())
    return activity, ""


def people_in_activities(joined: list[dict[str, str]], shared: str | None) -> list[dict[str, str]]:
    """Each row's cells (field -> text) with no responsible one: the activity's own, where it names one (not where
    one column holds term and responsible alike: `shared`, read apart).  The same list, changed in place."""
    for j in joined if not shared else ():
        if not j["responsible"]:
            j["activity"], j["responsible"] = activity_people(j["activity"])
    return joined
