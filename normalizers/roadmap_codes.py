"""Raw roadmap records (parsers/extract/roadmap.py) -> coded roadmap rows.

Areas come from the wording of the headings above an item, outermost first: the
block vocabulary (block 1/2) names an area, else the direction matcher does; a
heading of several directions has no single area and passes its parent's on.
Milestones come from the item's own wording; deadlines and people from their cells (one cell
for both split by `term_cell.split_term`); a term with no year takes the year of a heading above
it («2025 год» over a group of measures).
"""
from __future__ import annotations

import re
from pathlib import Path

from textcore.clean import clean_text
from textcore.dates import PLAN_TITLE, TERM_SHARED, periods
from textcore.lemmas import lemma, normalize
from textcore.vocab import vocabulary

from .activity_term import YEAR_WORDS, activity_term
from .deadlines import parse_deadline
from .matcher import taxonomy
from .milestones import block_area, match_milestone
from .people import parse_people
from .term_cell import split_term


def heading_area(text: str, heads_sections: bool, parent_area: str | None) -> str | None:
    own = block_area(text)
    if own:
        return own
    if heads_sections:                 # a block of several directions has no single area
        return parent_area
    code = taxonomy("direction").match(clean_text(text)).code
    return code if code != "other" else (parent_area or "other")


# a heading's period that gives its measures' terms their year; a day-precise date in a heading
# («во исполнение Указа от 07.05.2024») is a reference, no group of the plan
_GROUP_PERIODS = {"year", "half_year", "quarter", "month"}


_WORD = re.compile(r"[а-яa-z]+")


@vocabulary(Path(__file__).resolve().parent / "data" / "deadlines.yaml", required=("group_year",))
def _group_words(d: dict) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    g = d["group_year"]
    return tuple(frozenset(str(w).lower() for w in g[k]) for k in ("subject_prepositions", "through", "subject_nouns"))


def names_work_period(before: str) -> bool:
    """Whether a period after the heading's text `before` is the period of the work («Мероприятия на»,
    «I этап (», nothing), not an activity's object («отчёта за», «Итоги», «плана на»)."""
    subject_preps, through, nouns = _group_words()
    tail = before.rstrip()      # its last words only: the whole text before each of a heading's periods was quadratic
    tail = tail[-60:].split(" ", 1)[-1] if len(tail) > 60 else tail
    words = _WORD.findall(normalize(tail))
    if words and words[-1] in subject_preps:
        return False
    if len(words) > 1 and words[-1] in through:
        words = words[:-1]
    return not (words and not re.search(r"[(:—–-]$", tail) and lemma(words[-1]) in nouns)


def heading_year(headings: list) -> int | None:
    """The year of the innermost heading that names one as the period of its work («2025 год», «На 2026
    г.», «I квартал 2025 года»; not «Подготовка отчёта за 2024 год»: `names_work_period`); None where
    none does, or where a heading spans years («2025–2026 годы»: no one year)."""
    for text, _ in reversed(headings):
        text = text or ""
        years = {p.last.year for p in periods(text)
                 if p.kind in _GROUP_PERIODS and names_work_period(text[:p.start])}
        if years:
            return years.pop() if len(years) == 1 else None
    return None


@vocabulary(Path(__file__).resolve().parent / "data" / "deadlines.yaml", required=("title_not_after",))
def _title_not_after(d: dict) -> frozenset[str]:
    return frozenset(str(w).lower() for w in d["title_not_after"])


def title_year(title: str | None) -> int | None:
    """The one year the plan's title names as its period («План мероприятий … на 2025 год», «… в 2025
    году»), not one it is about («… по итогам за 2024 год»), an act's date («к приказу от 12.03.2025»,
    «Закона от 2024 года») nor a horizon («на период до 2030 года»: `title_not_after`): the year of its terms written without one («март», «II квартал»; the title spans them all, so it
    gives none a term of its own)."""
    text, subject_preps = title or "", _group_words()[0]
    years = set()
    for p in periods(text):
        before = _WORD.findall(normalize(text[max(0, p.start - 30):p.start]))
        if p.kind in _GROUP_PERIODS and not (before and before[-1] in subject_preps | _title_not_after()):
            years.add(p.last.year)
    return years.pop() if len(years) == 1 else None


def heading_term(headings: list) -> str | None:
    """The period of the innermost heading naming one as the period of its work («I квартал 2025 года»,
    «2025 год», «Мероприятия на II полугодие 2025 г.»), as written: the term of the items under it that
    state none.  None where that heading names several («2025–2026 годы» apart, or a year and a quarter
    of another) or a period it is about («Итоги 2024 года»: `names_work_period`)."""
    for text, _ in reversed(headings):
        text = text or ""
        work = [p for p in periods(text) if p.kind in _GROUP_PERIODS and names_work_period(text[:p.start])]
        if work:
            end = work[-1].end + (m.end() if (m := YEAR_WORDS.match(text[work[-1].end:])) else 0)
            return text[work[0].start:end] if len({p.last for p in work}) == 1 else None
    return None


def own_term(record: dict, act_year: int | None = None) -> str | None:
    """The term of an item with no term cell: one its activity's text states (`activity_term`), else the
    period of the group heading above it (`heading_term`); None where neither names one."""
    return activity_term(record.get("activity") or "", act_year) or heading_term(record.get("headings", []))


def code_roadmap(records: list[dict], act_year: int | None = None) -> list[dict]:
    """Each raw record with area, milestone, deadline and people; `headings` dropped.
    `act_year`: the order's year, which reads an ambiguous two-digit year of a term («31.12.20»)."""
    out = []
    for r in records:
        if r.get(TERM_SHARED):            # one cell for the term and the responsible one
            term, resp = split_term(r.get("responsible_raw") or "", act_year)
            r = {k: v for k, v in r.items() if k != TERM_SHARED} | {"deadline_raw": term, "responsible_raw": resp}
        area = None
        for text, heads in r.get("headings", []):
            area = heading_area(text, heads, area)
        if not (r.get("deadline_raw") or "").strip() and not r["is_section"]:     # no term cell: the row's own
            r = r | {"deadline_raw": own_term(r, act_year)}                        # words, or its group's period
        year = heading_year(r.get("headings", [])) or title_year(r.get(PLAN_TITLE))
        deadline = parse_deadline(r.get("deadline_raw") or "", act_year, year)
        people = parse_people(r.get("responsible_raw") or "")
        row = {k: v for k, v in r.items() if k not in ("headings", PLAN_TITLE)}
        row.update({
            "area": area,
            "milestone": None if r["is_section"] else match_milestone(area, r["activity"], r.get("deliverable") or ""),
            "deadline": deadline.date,
            "not_applicable": deadline.not_applicable or parse_deadline(r.get("responsible_raw") or "").not_applicable,
            "responsible_names": list(people.names),
            "responsible_positions": list(people.positions),
        })
        out.append(row)
    return out
