"""Wordings of one roadmap term, written from the contract's deadline semantics (the bed's own, never the
program's): a roadmap's `deadline` is the last day of the stated period — a date is its own day, a month,
a quarter, a half-year or a year its last day, a range the latest end —, null for a recurring or an
open-ended term.  `wordings(d)` gives only wordings whose value is `d` exactly: a month's wording only for
a month's last day, a quarter's for a quarter's, and never one whose value a reader could take two ways
(«до июля 2025 г.»: before July begins, or by its end?).  `term_like` tells a cell that holds a term and
nothing else (every word a term's word), so that rewriting it loses no other text."""
from __future__ import annotations

import calendar
import random
import re
from datetime import date

GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
       "ноября", "декабря")
NOM = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
       "ноябрь", "декабрь")
PREP = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
        "ноябре", "декабре")
ROMAN = ("I", "II", "III", "IV")
_ORD_NOM = ("первый", "второй", "третий", "четвёртый")
_ORD_PREP = ("первом", "втором", "третьем", "четвёртом")
_YEAR_TAIL = ("г.", "года", "")
# open-ended or recurring terms: no date (contract: null when none or open-ended)
OPEN = ("постоянно", "ежеквартально", "ежегодно", "по мере необходимости", "в течение года, ежеквартально",
        "ежемесячно", "на постоянной основе")

_TERM_WORDS = frozenset("""
до не позднее по в во к срок с течение конца конец года год годы годов году гг г кв квартал квартала квартале
кварталы кварталов полугодие полугодия полугодии е й декада декады далее ежегодно ежеквартально ежемесячно
постоянно мере необходимости числа месяца начала середины первый второй третий четвёртый четвертый первое
второе первом втором третьем четвёртом четвертом первого второго третьего четвёртого четвертого х
""".split()) | set(GEN) | set(NOM) | set(PREP) | {r.lower() for r in ROMAN}


def term_like(text: str) -> bool:
    """The cell is a term alone: every word a term's word or a number (no name, no position)."""
    words = re.findall(r"[А-Яа-яЁёA-Za-z]+", text)
    return bool(text.strip()) and all(w.lower() in _TERM_WORDS for w in words)


def _y(year: int, rng: random.Random) -> str:
    tail = rng.choice(_YEAR_TAIL)
    return f"{year} {tail}".strip()


def _day_forms(d: date, rng: random.Random) -> list[str]:
    num = f"{d.day:02d}.{d.month:02d}.{d.year}"
    words = f"{d.day} {GEN[d.month - 1]} {_y(d.year, rng)}"
    quoted = f"«{d.day:02d}» {GEN[d.month - 1]} {d.year} г."
    lead = rng.choice(("до", "не позднее", "по", "в срок до", "в срок не позднее"))
    return [num, f"{num} г.", f"{lead} {num}", f"{lead} {num} г.", words, f"{lead} {words}",
            f"{rng.choice(('до', 'в срок до', 'не позднее'))} {quoted}", f"к {d.day} {GEN[d.month - 1]} {d.year} г."]


def _month_forms(d: date, rng: random.Random) -> list[str]:
    m, y = d.month - 1, d.year
    out = [f"{NOM[m]} {_y(y, rng)}", f"{NOM[m].capitalize()} {y} года", f"в {PREP[m]} {_y(y, rng)}",
           f"до конца {GEN[m]} {y} г.", f"в течение {GEN[m]} {_y(y, rng)}"]
    if m:
        start = rng.randrange(m)
        out.append(f"{NOM[start]} – {NOM[m]} {y} г.")
    return out


def _quarter_forms(q: int, y: int, rng: random.Random) -> list[str]:
    r = ROMAN[q - 1]
    in_ = "во" if q == 2 else "в"
    out = [f"{r} кв. {y}", f"{r} кв. {y} г.", f"{q} квартал {_y(y, rng)}", f"{r} квартал {_y(y, rng)}",
           f"{in_} {r} квартале {y} года", f"не позднее {r} квартала {y} г.", f"в течение {r} квартала {_y(y, rng)}",
           f"до конца {r} квартала {y} года", f"{_ORD_NOM[q - 1]} квартал {y} года",
           f"{in_} {_ORD_PREP[q - 1]} квартале {y} г."]
    if q > 1:
        out.append(f"{ROMAN[rng.randrange(q - 1)]} – {r} кварталы {y} г.")
    return out


def _half_forms(h: int, y: int, rng: random.Random) -> list[str]:
    r = ROMAN[h - 1]
    return [f"{r} полугодие {_y(y, rng)}", f"{h}-е полугодие {y} г.", f"{('первое', 'второе')[h - 1]} полугодие {y} года",
            f"в {('первом', 'втором')[h - 1]} полугодии {y} г.", f"до конца {r} полугодия {y} года",
            f"не позднее {r} полугодия {y} г."]


def _year_forms(y: int, rng: random.Random) -> list[str]:
    return [f"{y} год", f"до конца {y} года", f"в течение {y} года", f"в течение {y} г.", f"в {y} году",
            f"{y - rng.choice((1, 2))}–{y} годы", f"в течение {y - 1} – {y} годов"]


def wordings(d: date, rng: random.Random) -> list[str]:
    """Every wording this bed writes whose contract value is `d`, by the periods `d` ends."""
    out = _day_forms(d, rng)
    last = calendar.monthrange(d.year, d.month)[1]
    if d.day == last:
        out += _month_forms(d, rng)
        if d.month % 3 == 0:
            out += _quarter_forms(d.month // 3, d.year, rng)
        if d.month % 6 == 0:
            out += _half_forms(d.month // 6, d.year, rng)
        if d.month == 12:
            out += _year_forms(d.year, rng)
    return out


def reword(raw: str, value: str | None, rng: random.Random) -> str | None:
    """Another wording of the term `raw` whose contract value is `value` (ISO or None), or None where the
    cell is not a term alone or its value cannot be stated without knowing more (a year-less «IV квартал»
    under a year's heading, a value the cell's words do not name)."""
    if not term_like(raw):
        return None
    if value is None:
        if not re.search(r"[А-Яа-яЁё—–-]", raw):
            return None
        return rng.choice([o for o in OPEN if o != raw.strip()])
    d = date.fromisoformat(value)
    if str(d.year) not in raw:       # a year-less term takes its heading's year: left as it stands
        return None
    pick = [w for w in wordings(d, rng) if w.strip() != raw.strip()]
    return rng.choice(pick)


def yearless(d: date, rng: random.Random) -> str:
    """A wording of `d` without its year, for an item under a heading naming that year (the contract: a term with
    no year takes the year of the innermost heading above it naming one).  Never «до конца года» or «в течение
    года», which may count from the act rather than the heading."""
    out = [f"до {d.day} {GEN[d.month - 1]}", f"не позднее {d.day} {GEN[d.month - 1]}", f"{d.day} {GEN[d.month - 1]}"]
    if d.day == calendar.monthrange(d.year, d.month)[1]:
        m = d.month - 1
        out += [NOM[m], NOM[m].capitalize(), f"в {PREP[m]}", f"до конца {GEN[m]}"]
        if d.month % 3 == 0:
            r = ROMAN[d.month // 3 - 1]
            out += [f"{r} квартал", f"{r} кв.", f"не позднее {r} квартала", f"в течение {r} квартала"]
        if d.month % 6 == 0:
            r = ROMAN[d.month // 6 - 1]
            out += [f"{r} полугодие", f"не позднее {r} полугодия"]
    return rng.choice(out)
