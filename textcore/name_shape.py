"""The shape of a person's name in Russian official text — the ONE grammar of it, for the people of a
roadmap's responsible cell (normalizers/people.py) and for a table heading that names a person rather
than a field (a plan's column per person, «Иванов И.И.» | «Петров П.П.»: parsers/tables/columns.py).

Surname and initials in either order («Иванов И.И.», «И.И. Иванов», a surname in capitals, a
hyphenated initial «Д-Ц.»), or the full name with a patronymic («Иванов Иван Петрович», «Иван
Петрович Иванов», a Turkic «Рафик оглы»).

    names_person(text) -> bool        the text holds a name of these shapes
    name_spans(text) -> [(a, b, surname)]   where those names stand
    without_names(text, is_word) -> str   the text with those names left out
"""
from __future__ import annotations

import re

UP, LO = "А-ЯЁ", "а-яё"
SURNAME = rf"(?:[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?|[{UP}]{{2,}}(?:-[{UP}]{{2,}})?)"
# an initial of a two-part name is hyphenated («Д-Ц.» for Даши-Цырен, «А.-Х.»)
INIT = rf"[{UP}](?:\.?\s?-\s?[{UP}])?"
INITIALS = rf"({INIT})\.\s?(?:({INIT})\.?)?"
# a Russian patronymic, one made of a hyphenated Tuvan name («Кара-оолович»), or a Turkic
# one of two words («Рафик оглы», «Гасан кызы»)
PATRONYMIC = (rf"[{UP}][{LO}]+(?:-[{UP}{LO}][{LO}]+)?(?:(?:вич|вна|ична|чна|ич|оглы|кызы)"
              rf"|\s+(?:оглы|кызы|улы|уулу))")
# surname first / initials first / full name (patronymic last or in the middle)
# a surname glued to two dotted initials by a slip («ИвановИ.И.») is one too
SURNAME_FIRST = re.compile(rf"(?<![{UP}{LO}])({SURNAME})(?:\s+|(?=[{UP}]\.\s?[{UP}]\.)){INITIALS}(?![{LO}])")
INITIALS_FIRST = re.compile(rf"(?<![{UP}{LO}.])({INIT})\.\s?(?:({INIT})\.\s?)?({SURNAME})(?![{LO}])")
FULL = re.compile(rf"({SURNAME})\s+([{UP}])[{LO}]+\s+({PATRONYMIC})\b")
FULL_FIRST = re.compile(rf"([{UP}])[{LO}]+\s+({PATRONYMIC})\s+({SURNAME})\b")
# three dotted capitals in a row are no one's initials (a person has two): «Ф.И.О.», «Ф. И. О.» in «Куратор Ф.И.О.»
_THREE_INITIALS = re.compile(rf"(?<![{UP}{LO}])(?:[{UP}]\.(?![{LO}])\s?){{3,}}")


def name_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surname as written) of each name the text holds, by shape alone."""
    found = [(m.start(), m.end(), m[1]) for m in SURNAME_FIRST.finditer(text)] + \
        [(m.start(), m.end(), m[3]) for m in INITIALS_FIRST.finditer(text)] + \
        [(m.start(), m.end(), m[1]) for m in FULL.finditer(text)] + \
        [(m.start(), m.end(), m[3]) for m in FULL_FIRST.finditer(text)]
    runs = [m.span() for m in _THREE_INITIALS.finditer(text)]
    return [(a, b, s) for a, b, s in found if not any(a < e and s_ < b for s_, e in runs)]


def without_names(text: str, is_word=lambda w: False) -> str:
    """The text with the names it holds left out; a «surname» that `is_word` (a vocabulary word before
    initials, «Канал Т.В.» as a heading cuts «точки взаимодействия») is no name and stays."""
    spans = sorted((a, b) for a, b, surname in name_spans(text) if not is_word(surname))
    out, at = [], 0
    for a, b in spans:
        if a >= at:
            out.append(text[at:a])
            at = b
        else:
            at = max(at, b)
    return " ".join(" ".join(out + [text[at:]]).split()) if spans else text


def names_person(text: str) -> bool:
    return bool(name_spans(text))
