"""Forms in which an act's own date and number stand away from its head, or beside another role's,
as seeded transformations of a whole act's text (benchmarks/mutate_acts.py; helpers of act_mutations.py).

* `registration_above`: a Ministry of Justice registration stamp over the header, its own date and number;
* `pair_after_signature`: the header's date and number taken out of an act's own header (its kind on a
  line alone) and printed under its signature, a narrow column («14.04.2022» / «№ 77-о»);
* `registration_pair_after`: both (the registration's pair is then the only one above);
* `news_above`: a site's news item over the act, its publication date and heading; `news_pair_after`
  with the pair after the signature;
* `edition_history`: «(в ред. приказов от … № …, / от … № …)» wrapped under the title; `edition_pair_after`
  with the pair after the signature;
* `certificate_below`: an electronic signature's block at the end («Документ подписан электронной
  подписью / Сертификат … / Владелец … / Действителен с … по …»); `certificate_pair_after` with the pair
  printed under it;
* `two_columns`: the header's date closing the line above the kind, its number closing the kind's line
  (a PDF text layer reading two columns across).

The other role's dates and numbers are never the act's (a day and a number no golden act has).
"""
from __future__ import annotations

import re

from benchmarks.act_mutations import _SIGN, _date_pattern, _gold_date, _head_span, _kind_line

_GOES_ON = re.compile(r"\s*(?:[а-яё«\"(]|[оО][тТ]\s|N\s|№|\d)")
_OTHER_DATE, _OTHER_NUMBER = "17.11.2009", "4821"
_LEFTOVER = re.compile(r"^[\s,.;:()«»\"]*(?:от|г\.?|года|№|N)?[\s,.;:()«»\"]*$", re.I)


def _pair_out(text: str, want: dict) -> tuple[list[str], str] | None:
    """The text's lines with the date and number of the act's own header (its kind on a line alone) taken
    out (a database's title line stating it above the header left out too), and the pair as printed alone;
    None where the header has none."""
    d, num = _gold_date(want), want.get("order_number")
    if d is None or not num:
        return None
    lines = text.split("\n")
    span = _head_span(lines, want)
    kind = next((i for i in span if _kind_line(lines[i])), None)
    if kind is None:
        return None
    date_pat = _date_pattern(d)
    num_pat = re.compile(rf"{_SIGN.pattern}\s*{re.escape(str(num))}(?![\w/])")
    dated = next((i for i in range(kind, span.stop) if date_pat.search(lines[i])), None)
    numbered = next((i for i in range(kind, span.stop) if num_pat.search(lines[i])), None)
    if dated is None or numbered is None:
        return None
    for i in {dated, numbered}:
        t = num_pat.sub(" ", date_pat.sub(" ", lines[i]))
        t = re.sub(r"\bот\s*$|^\s*от\b", " ", t.strip()).strip()
        lines[i] = "" if _LEFTOVER.match(t) else t
    for i in range(span.start, kind):   # a database's title line stating the pair above: left out
        if date_pat.search(lines[i]) or num_pat.search(lines[i]):
            lines[i] = ""
    if any(date_pat.search(ln) or num_pat.search(ln) for ln in lines[:span.stop]):
        return None
    return lines, f"{d.day:02d}.{d.month:02d}.{d.year}\n№ {num}"


_SIGNER = re.compile(r"(?<![А-Яа-яЁё])[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s[А-ЯЁ]\.\s?[А-ЯЁ]\.")


def _signature(lines: list[str], start: int) -> int | None:
    """The act's signature: the first short line from `start` on naming a signer («И.И. Иванов»)."""
    return next((i for i in range(start, len(lines)) if _SIGNER.search(lines[i]) and len(lines[i].split()) <= 12
                 and "|" not in lines[i]), None)


def _after(text: str, want: dict, above: str = "", below: str = ""):
    """The header's pair taken out (`_pair_out`) and printed under the act's signature, `below` (a
    certificate's block) between them; `above` over the whole."""
    out = _pair_out(text, want)
    if out is None:
        return None
    lines, pair = out
    sign = _signature(lines, _head_span(text.split("\n"), want).stop)
    if sign is None:                # an excerpt ending before its signature: the signature printed at its end
        lines += ["", "Руководитель", "П.П. Петров"]
        sign = len(lines) - 1
    lines[sign + 1:sign + 1] = [below, "", pair, ""] if below else ["", pair, ""]
    return above + "\n".join(lines), want


def _region_words(want: dict) -> str:
    return want.get("region") or "субъекту Российской Федерации"


def _registration(want: dict) -> str:
    return (f"Зарегистрировано\nв Управлении Министерства юстиции\nРоссийской Федерации по {_region_words(want)}\n"
            f"{_OTHER_DATE} № {_OTHER_NUMBER}\n\n")


_NEWS = f"Новости\n{_OTHER_DATE}, 10:41\nОпубликован документ о порядке работы с обращениями граждан\n\n"
_EDITION = f"(в ред. приказов от {_OTHER_DATE} № {_OTHER_NUMBER},\nот 02.03.2010 № {_OTHER_NUMBER}-1)"
_CERTIFICATE = ("ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ\nСертификат 01A2B3C4D5E6F708\nВладелец Петров Пётр Петрович\n"
                f"Действителен с {_OTHER_DATE} по 17.02.2011")


def registration_above(text, want, rng):
    return _registration(want) + text, want


def registration_pair_after(text, want, rng):
    return _after(text, want, above=_registration(want))


def pair_after_signature(text, want, rng):
    return _after(text, want)


def news_above(text, want, rng):
    return _NEWS + text, want


def news_pair_after(text, want, rng):
    return _after(text, want, above=_NEWS)


def _with_edition(text: str, want: dict) -> str | None:
    """The edition note under the title («О …», «Об …» and its wrapped lines) after the header's end (none
    where no such title follows it)."""
    lines = text.split("\n")
    span = _head_span(lines, want)
    title = next((i for i in range(span.stop, min(len(lines), span.stop + 8))
                  if re.match(r"\s*[«\"]?Об?\s", lines[i])), None)
    if title is None:
        return None
    while True:                     # the title's wrapped lines («области», «от 10.06.2010 N 115а»)
        nxt = next((j for j in range(title + 1, min(len(lines), title + 3)) if lines[j].strip()), None)
        if nxt is None or not _GOES_ON.match(lines[nxt]):
            break
        title = nxt
    return "\n".join(lines[:title + 1] + [_EDITION] + lines[title + 1:])


def edition_history(text, want, rng):
    new = _with_edition(text, want)
    return (new, want) if new else None


def edition_pair_after(text, want, rng):
    new = _with_edition(text, want)
    return _after(new, want) if new else None


def certificate_below(text, want, rng):
    return text.rstrip() + "\n\n" + _CERTIFICATE + "\n", want


def certificate_pair_after(text, want, rng):
    return _after(text, want, below=_CERTIFICATE)


def two_columns(text, want, rng):
    """«… ОБЛАСТИ от 12.03.2024» / «ПРИКАЗ № 45»: the pair read across the header's rows."""
    out = _pair_out(text, want)
    if out is None:
        return None
    lines, pair = out
    kind = next((i for i in range(min(len(lines), 30)) if _kind_line(lines[i])), None)
    above = next((i for i in range(kind - 1, -1, -1) if lines[i].strip()), None) if kind else None
    if above is None:
        return None
    date, number = pair.split("\n")
    lines[above] = f"{lines[above].rstrip()} от {date}"
    lines[kind] = f"{lines[kind].rstrip()} {number}"
    return "\n".join(lines), want


ROLE_KINDS = {
    "registration_above": registration_above, "pair_after_signature": pair_after_signature,
    "registration_pair_after": registration_pair_after, "news_above": news_above, "news_pair_after": news_pair_after,
    "edition_history": edition_history, "edition_pair_after": edition_pair_after,
    "certificate_below": certificate_below, "certificate_pair_after": certificate_pair_after,
    "two_columns": two_columns,
}
