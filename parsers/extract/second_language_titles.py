"""An act's title line in a republic's second language: «Татарстан Республикасы Финанс министрлыгының
"…" 2018 елның 30 ноябреннән 21-52-245/1 номерлы карары» — the issuer in the genitive, the title in
quotes, then the year with its word, the day, the month under its case ending, the number with its
word, and the act's kind in its possessive form last.  The date and number words are put in Russian
order first («от 30.11.2018 № 21-52-245/1»), so the one grammar reads them; the line is a title line
where it has such words, its kind ends it and its pair stands outside the quotes (a date in the quoted title is the
amended act's).  Words: parsers/data/metadata.yaml (`second_language`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from textcore.dates import parse_date
from textcore.quoted import outside_quotes

from .header_words import vocab
from .stamp_header import own_number

_LETTERS = "а-яёәөүһңҗҡғҙҫ"
_QUOTED = re.compile(r"[«\"“„](.+)[»\"”]")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    words = vocab()["second_language"]
    alt = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))     # noqa: E731
    date = re.compile(rf"(?<!\d)(\d{{4}})\s+(?:{alt(words['year_words'])})\s+(\d{{1,2}})(?:-?[{_LETTERS}]{{1,4}})?"
                      rf"\s+({alt(words['months'])})[{_LETTERS}]*(?![{_LETTERS}])", re.I)
    number = re.compile(rf"(?<![\w№])(\d[\w./-]*)\s+(?:{alt(words['number_words'])})(?![{_LETTERS}])", re.I)
    kind = re.compile(rf"(?<![{_LETTERS}])({alt(words['kinds'])})\W*$", re.I)
    return date, number, kind


def in_russian_order(text: str) -> str:
    """«2018 елның 30 ноябреннән» -> «от 30.11.2018», «21-52-245/1 номерлы» -> «№ 21-52-245/1»."""
    if not re.search(r"\d{4}|\d\s+[А-Яа-яЁёӘәҺһ]", text):
        return text
    date, number, _ = _patterns()
    months = vocab()["second_language"]["months"]
    text = date.sub(lambda m: f"от {int(m.group(2)):02d}.{months[m.group(3).lower()]:02d}.{m.group(1)}", text)
    return number.sub(r"№ \1", text)


def title_in_second_language(texts: list[str]) -> dict | None:
    """The header a second language's title line gives (its issuer is not read: its name is not Russian)."""
    kind_at = _patterns()[2]
    for text in texts:
        text = in_russian_order(read := text)
        m = kind_at.search(text) if text != read else None
        own = outside_quotes(text[:m.start()]) if m else ""
        number, date = (own_number(own), parse_date(own)) if own else (None, None)
        if number is None or date is None:
            continue
        return {"authority": None, "order_number": number, "order_date": date,
                "act_kind": vocab()["second_language"]["kinds"][m.group(1).lower()],
                "title": q.group(1) if (q := _QUOTED.search(text[:m.start()])) else None,
                "region_text": [read], "header_text": own}
    return None
