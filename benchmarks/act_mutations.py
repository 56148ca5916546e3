"""The forms real copies give an act's header, as seeded transformations of a whole act's text.

Each transformation takes the act's text, its golden entry and a seeded `random.Random`, and
returns the changed text and the golden entry it now has (most leave the golden as it is: a
header joined into one line still names the same act), or None where it does not apply (no
number sign to change, no date found in the header).  They read only the text and its golden,
never the program.  Used by benchmarks/mutate_acts.py.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from typing import Callable

MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
          "октября", "ноября", "декабря")
_HEAD_SCAN = 30                     # the header is looked for in the text's first lines
_SIGN = re.compile(r"(?<![\w])(?:№|Nº|No|N)(?=\s*\d)")
_KIND_INSTR = {"приказ": "приказом", "постановление": "постановлением", "распоряжение": "распоряжением",
               "указ": "указом", "решение": "решением"}
# Cyrillic letters and the Latin ones OCR and hurried typing put for them
_LATIN = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX"))
_DIGIT_LIKE = {"О": "0", "З": "3", "о": "0"}
_ABBREVIATED = ((re.compile(r"\bХанты-Мансийского\s+автономного\s+округа\s*[-–—]\s*Югры\b"), "ХМАО – Югры"),
                (re.compile(r"\bобласти\b"), "обл."), (re.compile(r"\bОБЛАСТИ\b"), "ОБЛ."),
                (re.compile(r"\bРеспублики\b"), "Респ."), (re.compile(r"\bРЕСПУБЛИКИ\b"), "РЕСП."),
                (re.compile(r"\bавтономного\s+округа\b"), "АО"), (re.compile(r"\bАВТОНОМНОГО\s+ОКРУГА\b"), "АО"))


def _date_pattern(d: dt.date) -> re.Pattern:
    """The golden date as headers write it: «12.03.2024», «12 марта 2024 г.», «"12" марта 2024 года»."""
    day, mon, yy = rf"0?{d.day}", rf"0?{d.month}", rf"(?:{d.year}|{d.year % 100:02d})"
    numeric = rf"{day}\s?\.\s?{mon}\s?\.\s?{yy}"
    worded = rf"(?:[«\"“]\s?)?{day}\s?[»\"”]?\s+{MONTHS[d.month - 1]}\s+{d.year}"
    return re.compile(rf"(?<!\d)(?:{numeric}|{worded})(?:\s*(?:года|г\.|г\b))?(?!\d)", re.I)


def _gold_date(want: dict) -> dt.date | None:
    d = want.get("order_date")
    return d if isinstance(d, dt.date) else None


def _head_end(lines: list[str], want: dict) -> int | None:
    """The last of the first lines that states the golden number or date: the header's end."""
    d, num = _gold_date(want), want.get("order_number")
    end = None
    for i, ln in enumerate(lines[:_HEAD_SCAN]):
        if d and _date_pattern(d).search(ln) or num and re.search(rf"(?<![\w/-]){re.escape(str(num))}(?![\w/])", ln):
            end = i
    return end


def _head_span(lines: list[str], want: dict) -> range:
    """The header's lines: from the first non-blank one to its end (the first eight non-blank without one)."""
    end = _head_end(lines, want)
    filled = [i for i, ln in enumerate(lines[:_HEAD_SCAN]) if ln.strip()]
    if not filled:
        return range(0)
    if end is None:
        end = filled[min(7, len(filled) - 1)]
    return range(filled[0], end + 1)


def _on_head(text: str, want: dict, change: Callable[[str], str]) -> str:
    lines = text.split("\n")
    for i in _head_span(lines, want):
        lines[i] = change(lines[i])
    return "\n".join(lines)


def _changed(text: str, new: str, want: dict) -> tuple[str, dict] | None:
    return (new, want) if new != text else None


# --- lines -------------------------------------------------------------------------------

def joined(text, want, rng):
    """The header's lines, from its issuer's lines above its kind to its date and number, run into
    one (a converter lost the breaks)."""
    lines = text.split("\n")
    span = _head_span(lines, want)
    kind = next((i for i in span if _kind_line(lines[i])), None)
    if kind is None:
        return None
    start = kind
    while start > span.start and lines[start - 1].strip() and kind - start < 4:
        start -= 1
    span = [i for i in range(start, span.stop) if lines[i].strip()]
    if len(span) < 2:
        return None
    one = " ".join(lines[i].strip() for i in span)
    out = lines[:span[0]] + [one] + [ln for k, ln in enumerate(lines[span[0]:], span[0]) if k not in span]
    return _changed(text, "\n".join(out), want)


def broken(text, want, rng):
    """A header line of four words or more broken mid-phrase (a narrow column's wrapping)."""
    lines = text.split("\n")
    long = [i for i in _head_span(lines, want) if len(lines[i].split()) >= 4]
    if not long:
        return None
    i = rng.choice(long)
    ws = lines[i].split()
    cut = rng.randint(1, len(ws) - 2)
    lines[i:i + 1] = [" ".join(ws[:cut]), " ".join(ws[cut:])]
    return "\n".join(lines), want


def capitals(text, want, rng):
    """The header's lines above its date and number in capitals («ПРИКАЗ», «МИНИСТЕРСТВО …»)."""
    lines = text.split("\n")
    span, d, num = _head_span(lines, want), _gold_date(want), want.get("order_number")
    for i in span:
        if d and _date_pattern(d).search(lines[i]) or num and _SIGN.search(lines[i]):
            break
        lines[i] = lines[i].upper()
    return _changed(text, "\n".join(lines), want)


def _kind_line(line: str) -> bool:
    """A line that is an act's kind alone, as headers print it: «ПРИКАЗ», «П О С Т А Н О В Л Е Н И Е»."""
    return line.replace(" ", "").lower() in _KIND_INSTR


def number_date_place(text, want, rng):
    """The number first, then the date, then the place (a layout some regions print)."""
    lines = text.split("\n")
    d, num = _gold_date(want), want.get("order_number")
    if d is None or not num:
        return None
    span = _head_span(lines, want)
    kind = next((i for i in span if _kind_line(lines[i])), None)
    if kind is None:                    # a header's own layout, not a title or stamp line's
        return None
    span = range(kind + 1, span.stop)
    pat = _date_pattern(d)
    for i in span:
        m, s = pat.search(lines[i]), _SIGN.search(lines[i])
        if m and s and m.start() < s.start() and lines[i][:m.start()].strip().lower() in ("", "от"):
            # «от 12.03.2024 № 45» -> «№ 45» / «от 12.03.2024»
            lines[i:i + 1] = [lines[i][s.start():].strip(), lines[i][:s.start()].strip()]
            return "\n".join(lines), want
    dated = next((i for i in span if pat.search(lines[i]) and not _SIGN.search(lines[i])), None)
    numbered = next((i for i in span if _SIGN.search(lines[i]) and not pat.search(lines[i])), None)
    if dated is None or numbered is None or numbered < dated:
        return None
    lines[dated], lines[numbered] = lines[numbered], lines[dated]
    return "\n".join(lines), want


# --- signs, dates, numbers -----------------------------------------------------------------

def _sign(to: str):
    def change(text, want, rng):                  # the number sign written «N», «No», «Nº» or «№»
        return _changed(text, _on_head(text, want, lambda ln: _SIGN.sub(to, ln)), want)
    return change


def _date_form(form: Callable[[dt.date], str]):
    def change(text, want, rng):
        d = _gold_date(want)
        if d is None:
            return None
        pat = _date_pattern(d)
        lines = text.split("\n")
        for i in _head_span(lines, want):
            if pat.search(lines[i]):
                lines[i] = pat.sub(lambda m: form(d), lines[i], count=1)
                return _changed(text, "\n".join(lines), want)
        return None
    return change


def _ocr_year(d: dt.date) -> str:
    """OCR's letters for digits in the year: «2О24», «2О2З»."""
    return f"{d.day:02d}.{d.month:02d}." + str(d.year).replace("0", "О").replace("3", "З")


DATE_FORMS = {
    "date_words": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year} г.",
    "date_quoted": lambda d: f"«{d.day:02d}» {MONTHS[d.month - 1]} {d.year} года",
    "date_g": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year} г.",
    "date_short_year": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "date_ocr_spaced": lambda d: f"{d.day // 10} {d.day % 10}.{d.month:02d}.{d.year}" if d.day > 9
    else f"{d.day:02d}. {d.month:02d}.{d.year}",
    "date_ocr_letters": _ocr_year,
}


def _number_form(suffix: str, digits_only: bool):
    def change(text, want, rng):
        num = want.get("order_number")
        if not num or " " in str(num) or digits_only and not str(num).isdigit():
            return None
        # every place the first lines state it (a title line and a stamp may both): the same act's number
        lines = text.split("\n")
        pat = re.compile(rf"((?:№|Nº|No|N)\s*){re.escape(str(num))}(?![\w/])")
        head = "\n".join(lines[:_HEAD_SCAN])
        new = pat.sub(lambda m: m.group(1) + f"{num}{suffix}", head)
        if new == head:
            return None
        return "\n".join([new, *lines[_HEAD_SCAN:]]), {**want, "order_number": f"{num}{suffix}"}
    return change


# --- letters --------------------------------------------------------------------------------

def latin(text, want, rng):
    """Latin look-alike letters typed or recognised into the header's words (one a word, some words)."""
    def change(ln: str) -> str:
        out = []
        for w in re.split(r"(\s+)", ln):
            at = [k for k, c in enumerate(w) if c in _LATIN]
            if at and rng.random() < 0.4:
                k = rng.choice(at)
                w = w[:k] + _LATIN[w[k]] + w[k + 1:]
            out.append(w)
        return "".join(out)
    return _changed(text, _on_head(text, want, change), want)


def ocr_digits_in_words(text, want, rng):
    """«О»/«З» recognised as «0»/«3» in the header's words («МИНИСТЕРСТВ0», «3ДРАВООХРАНЕНИЯ»)."""
    def change(ln: str) -> str:
        out = []
        for w in re.split(r"(\s+)", ln):
            at = [k for k, c in enumerate(w) if c in _DIGIT_LIKE and w.isalpha()]
            if at and rng.random() < 0.4:
                k = rng.choice(at)
                w = w[:k] + _DIGIT_LIKE[w[k]] + w[k + 1:]
            out.append(w)
        return "".join(out)
    return _changed(text, _on_head(text, want, change), want)


# a republic's name in its full official form, as some of its acts print it
_FULL_FORMS = ((re.compile(r"\bЧувашской\s+Республики\b(?!\s*[-–—]\s*Чуваши)"), "Чувашской Республики – Чувашии"),
               (re.compile(r"\bРеспублики\s+Татарстан\b(?!\s*\()"), "Республики Татарстан (Татарстан)"),
               (re.compile(r"\bРеспублики\s+Адыгея\b(?!\s*\()"), "Республики Адыгея (Адыгея)"),
               (re.compile(r"\bРеспублики\s+Саха\b(?!\s*\()"), "Республики Саха (Якутия)"),
               (re.compile(r"\bРеспублики\s+Северная\s+Осетия\b(?!\s*[-–—])"), "Республики Северная Осетия – Алания"),
               (re.compile(r"\bКемеровской\s+области\b(?!\s*[-–—])"), "Кемеровской области – Кузбасса"))


def _rewritten(forms):
    """A kind that rewrites the header's lines by (pattern, replacement) pairs."""
    def change(text, want, rng):
        def line(ln: str) -> str:
            for pat, form in forms:
                ln = pat.sub(form, ln)
            return ln
        return _changed(text, _on_head(text, want, line), want)
    return change


# a republic's (or Кузбасс's) name in its full official form: «Чувашской Республики – Чувашии»
region_full_form = _rewritten(_FULL_FORMS)
# the subject written short in the header: «обл.», «Респ.», «АО», «ХМАО – Югры»
region_short = _rewritten(_ABBREVIATED)


# --- lines added -----------------------------------------------------------------------------

def _genitive(name: str) -> str | None:
    """The issuer's name in the genitive: its words up to the first noun inflected (a rough rule, enough
    for the bodies the goldens name), the rest as it is."""
    ws = name.split()
    out = []
    for k, w in enumerate(ws):
        low = w.lower()
        if low.endswith(("ый", "ий", "ой")) and k < len(ws) - 1:
            out.append(w[:-2] + "ого")
            continue
        if low.endswith("ая") and k < len(ws) - 1:
            out.append(w[:-2] + "ой")
            continue
        ends = (("ство", "ства"), ("ие", "ия"), ("ия", "ии"), ("а", "ы"), ("о", "а"))
        new = next((w[:-len(a)] + b for a, b in ends if low.endswith(a)), None)
        if new is None:
            new = w + "а" if low[-1] not in "аеёиоуыэюяь" else None
        if new is None:
            return None
        return " ".join([*out, new, *ws[k + 1:]])
    return None


def _pair(want: dict) -> str | None:
    d, num = _gold_date(want), want.get("order_number")
    return f"от {d.day:02d}.{d.month:02d}.{d.year} N {num}" if d and num else None


def _title_line(want: dict) -> str | None:
    """The legal database's title line: «Приказ Министерства … от 12.03.2024 N 45-п»."""
    kind, pair, body = want.get("act_kind"), _pair(want), want.get("authority")
    gen = _genitive(body) if body else None
    if not kind or not pair or not gen:
        return None
    return f'{kind.capitalize()} {gen} {pair} "Об утверждении порядка"'


def title_line_before(text, want, rng):
    line = _title_line(want)
    return (f"{line}\n\n{text}", want) if line else None


def title_line_instead(text, want, rng):
    """The database's title line in place of the header (its lines up to the date and number)."""
    line, lines = _title_line(want), text.split("\n")
    if not line or _head_end(lines, want) is None:
        return None
    span = _head_span(lines, want)
    return "\n".join(lines[:span.start] + [line] + lines[span.stop:]), want


CHROME = ["Главная / Документы / Нормативные правовые акты", "Версия для печати", "Поделиться",
          "Текст документа", ""]


def chrome(text, want, rng):
    """Site chrome and a breadcrumb before the act."""
    return "\n".join(CHROME) + "\n" + text, want


def chrome_dated(text, want, rng):
    """Chrome with the page's publication date (another date than the act's)."""
    return "\n".join(["Главная > Документы", "Дата публикации: 01.02.2025", "Просмотров: 152", ""]) + "\n" + text, want


def stamp_on_top(text, want, rng):
    """The appendix's stamp naming this act moved above its header."""
    kind, pair = want.get("act_kind"), _pair(want)
    if kind not in _KIND_INSTR or not pair:
        return None
    return f"УТВЕРЖДЕН\n{_KIND_INSTR[kind]}\n{pair.replace(' N ', ' № ')}\n\n{text}", want


def amending_first_lines(text, want, rng):
    """The title of an amending act, citing another act's date and number, right under the header."""
    kind, lines = want.get("act_kind"), text.split("\n")
    end = _head_end(lines, want)
    if kind not in _KIND_INSTR or end is None:
        return None
    cited = f"О внесении изменений в {kind} от 14.05.2019 № 77"
    return "\n".join(lines[:end + 1] + ["", cited] + lines[end + 1:]), want


_KIND_GEN = {"приказ": "приказа", "постановление": "постановления", "распоряжение": "распоряжения",
             "указ": "указа", "решение": "решения"}


def edition_note(text, want, rng):
    """A database's edition note citing the amending act, «(в ред. приказа от … N …)», right under the header."""
    kind, lines = want.get("act_kind"), text.split("\n")
    end = _head_end(lines, want)
    if kind not in _KIND_GEN or end is None:
        return None
    note = f"(в ред. {_KIND_GEN[kind]} от 14.05.2019 N 77)"
    return "\n".join(lines[:end + 1] + [note] + lines[end + 1:]), want


_OTHER_SUBJECTS = (("RU-KAM", "ГУБЕРНАТОР КАМЧАТСКОГО КРАЯ"), ("RU-TOM", "ГУБЕРНАТОР ТОМСКОЙ ОБЛАСТИ"),
                   ("RU-AD", "ГЛАВА РЕСПУБЛИКИ АДЫГЕЯ"))


def stray_subject(text, want, rng):
    """Another subject's body left by a site's template on a line above the header's issuer lines."""
    lines, code = text.split("\n"), want.get("region_code")
    span = _head_span(lines, want)
    kind = next((i for i in span if _kind_line(lines[i])), None)
    if kind is None or not code:
        return None
    line = rng.choice([t for c, t in _OTHER_SUBJECTS if c != code])
    return "\n".join(lines[:span[0]] + [line] + lines[span[0]:]), want


KINDS: dict[str, Callable] = {
    "joined": joined, "broken": broken, "capitals": capitals, "number_date_place": number_date_place,
    "sign_N": _sign("N"), "sign_No": _sign("No"), "sign_Nº": _sign("Nº"), "sign_№": _sign("№"),
    **{name: _date_form(form) for name, form in DATE_FORMS.items()},
    "number_od": _number_form("-од", True), "number_slash": _number_form("/01-05", False),
    "latin": latin, "ocr_digits_in_words": ocr_digits_in_words, "region_short": region_short,
    "region_full_form": region_full_form,
    "title_line_before": title_line_before, "title_line_instead": title_line_instead,
    "chrome": chrome, "chrome_dated": chrome_dated, "stamp_on_top": stamp_on_top,
    "amending_first_lines": amending_first_lines, "edition_note": edition_note, "stray_subject": stray_subject,
}


def mutate(kind: str, text: str, want: dict, seed: int, name: str) -> tuple[str, dict] | None:
    return KINDS[kind](text, want, random.Random(f"{seed}:{kind}:{name}"))
