"""`--mutate headers=reworded`: each column heading of a touchpoint list or a roadmap said the way
another region's ministry would say it, the gold unchanged.

`headers=neutral` takes the words away (content alone must carry the column); this one keeps a
heading meaningful but in words nobody listed: the readers' header words are only ever tested on
the words their builders saw. A heading is built from a GRAMMAR per field — a head noun × an optional
qualifier × an optional client word × an optional parenthetical —, with the lists written from the
contract's definition of each field (shared CONTRACT.md §3–4) and from how official Russian tables
name such columns, then a case or number variant, an abbreviation («наим.», «взаимод.»), a trailing
colon or a column number «(3)».

Which field a column is comes from the gold first (its body cells hold the gold's channel names,
processes, needs, activities or responsible names), then from the set's own heading; a column of
neither (notes, addresses, statistics) and a sub-heading carrying values («Цифровые», «I кв.»,
«начало») keep their words, and so does a table with a start-date column beside its term (a term
reworded there could name the start)."""
from __future__ import annotations

import random
import re

from .doc import Cell, Doc, Table, starts as _starts, width as _width

# head nouns: (singular, plural or None); a qualifier or client word agrees with no head (genitive).  Never a
# co-executor («Соисполнитель»): the contract's responsible one is who answers for the item, not who helps
# (the first version had it, and its figures read a co-executors' column as the responsible one)
HEADS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "channel": (("Канал", "Каналы"), ("Способ", "Способы"), ("Форма", "Формы"), ("Инструмент", "Инструменты"),
                ("Средство", "Средства"), ("Место", "Места"), ("Точка", "Точки")),
    "needs": (("Потребность", "Потребности"), ("Запрос", "Запросы"), ("Ожидание", "Ожидания"), ("Мотив", "Мотивы"),
              ("Цель", "Цели"), ("Повод", "Поводы"), ("Суть", None), ("Предмет", None)),
    "process": (("Процесс", "Процессы"), ("Услуга", "Услуги"), ("Функция", "Функции"), ("Сервис", "Сервисы"),
                ("Мера поддержки", "Меры поддержки"), ("Административная процедура", "Административные процедуры")),
    "direction": (("Направление", "Направления"), ("Сфера", "Сферы"), ("Область", "Области"), ("Блок", "Блоки"),
                  ("Вид", "Виды")),
    "point_type": (("Вид", None), ("Тип", None), ("Формат", None), ("Характер", None), ("Категория", None)),
    "activity": (("Мероприятие", "Мероприятия"), ("Действие", "Действия"), ("Задача", "Задачи"),
                 ("Работа", "Работы"), ("Мера", "Меры")),
    "term": (("Срок", "Сроки"), ("Дата", None), ("Период", None), ("Время", None), ("Плановый срок", None)),
    "responsible": (("Ответственный", "Ответственные"), ("Исполнитель", "Исполнители"),
                    ("Ответственное лицо", "Ответственные лица"), ("Ответственное подразделение", None)),
    "result": (("Результат", "Результаты"), ("Итог", None), ("Форма завершения", None), ("Документ", None),
               ("Показатель", None), ("Ожидаемый результат", "Ожидаемые результаты")),
}
# what the head is of (genitive), each may be left out
QUALIFIERS: dict[str, tuple[str, ...]] = {
    "channel": ("взаимодействия", "обращения", "контакта", "коммуникации", "связи"),
    "needs": ("обращения", "взаимодействия", "контакта", "посещения"),
    "process": ("взаимодействия", "министерства", "органа власти", "ведомства"),
    "direction": ("деятельности", "работы", "процессов", "деятельности органа"),
    "point_type": ("точки взаимодействия", "точки контакта", "канала", "канала связи", "точки"),
    "activity": ("плана", "по внедрению", "по реализации"),
    "term": ("исполнения", "реализации", "выполнения", "завершения", "окончания"),
    "responsible": ("за исполнение", "за реализацию", "за выполнение", "за мероприятие", "мероприятия", "работ"),
    "result": ("исполнения", "реализации", "выполнения", "мероприятия"),
}
# the client the column is about, for the fields where a ministry would name one
CLIENTS: dict[str, tuple[str, ...]] = {
    "channel": ("с заявителем", "с получателем услуг", "с гражданами", "с потребителем", "с клиентом",
                "с населением", "с посетителем"),
    "needs": ("клиента", "заявителя", "получателя услуги", "гражданина", "посетителя", "потребителя"),
    "process": ("для заявителя", "для граждан", "для клиентов", "для получателей"),
}
# a note in brackets after the heading
PARENS: dict[str, tuple[str, ...]] = {
    "channel": ("(наименование)", "(вид)", "(наименование точки)", "(адрес, ресурс)", "(способ)"),
    "needs": ("(ожидание)", "(что хочет получить клиент)", "(цель обращения)", "(результат)"),
    "process": ("(наименование)", "(услуга, функция)", "(функция, сервис)", "(мера поддержки)"),
    "direction": ("(сфера)", "(группа процессов)", "(наименование)"),
    "point_type": ("(цифровая / офлайн)", "(онлайн, офлайн)", "(цифровой или нецифровой)"),
    "activity": ("(контрольное событие)", "(наименование)", "(мера)"),
    "term": ("(дата)", "(квартал, год)", "(не позднее)", "(месяц, год)"),
    "responsible": ("(ФИО, должность)", "(должность)", "(структурное подразделение)"),
    "result": ("(документ)", "(подтверждающий документ)", "(итог)"),
}
# a lead word before the head some tables put first
LEADS: dict[str, tuple[str, ...]] = {
    "channel": ("Наименование",), "process": ("Наименование",), "activity": ("Наименование", "Содержание"),
    "result": ("Наименование",),
}
# abbreviations a table prints when its columns are narrow
ABBREV = {"Наименование": "Наим.", "наименование": "наим.", "взаимодействия": "взаимод.", "обращения": "обращ.",
          "коммуникации": "коммуник.", "деятельности": "деят-ти", "Потребность": "Потр.", "Потребности": "Потр.",
          "исполнения": "исп.", "реализации": "реал.", "получателем": "получат.", "Ответственный": "Отв.",
          "Ответственные": "Отв.", "мероприятия": "мер.", "Мероприятие": "Мер-е", "заявителя": "заяв."}

# the set's own heading, for fields the gold gives no text of (the bed's words, not the program's)
_OWN = (("point_type", re.compile(r"(?i)^(вид|тип|формат|характер)\w*\s+(точ|канал)|цифров|офлайн")),
        ("term", re.compile(r"(?i)срок|дата\s+(исполн|оконч|реализ)|^дата$")),
        ("result", re.compile(r"(?i)результат|форма\s+заверш|вид\s+документ")),
        ("responsible", re.compile(r"(?i)ответствен|исполнител")),
        ("direction", re.compile(r"(?i)направлени|сфер[аы]|вид\w* деятельност|блок")),
        ("process", re.compile(r"(?i)процесс|услуг")),
        ("needs", re.compile(r"(?i)потребност")),
        ("channel", re.compile(r"(?i)канал|точк\w* взаимод")),
        ("activity", re.compile(r"(?i)мероприят")))
_KEEP = re.compile(r"(?i)начал|^№|номер|п/п|код")
_SQUASH = re.compile(r"[^0-9a-zа-яё]+")


def _sq(text: str) -> str:
    return _SQUASH.sub("", text.lower().replace("ё", "е"))


def _gold_texts(doc: Doc) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for g in doc.gold:
        if doc.kind == "touchpoint_list":
            out.setdefault("channel", set()).add(_sq(g.get("touchpoint") or ""))
            out.setdefault("process", set()).add(_sq(g.get("process") or ""))
            for t in g.get("needs_text") or ():
                out.setdefault("needs", set()).update(_sq(p) for p in re.split(r";\s+|\n", t))
        elif doc.kind == "roadmap":
            out.setdefault("activity", set()).add(_sq(g.get("activity") or ""))
            out.setdefault("responsible", set()).update(_sq(n.split()[0]) for n in g.get("names") or () if n.split())
    return {k: {t for t in v if len(t) >= 5} for k, v in out.items()}


def _by_content(cells: list[str], gold: dict[str, set[str]]) -> str | None:
    """The one field whose gold texts fill most of the column's cells (two fields: a fused column, left alone)."""
    cells = [c for c in map(_sq, cells) if c]
    if len(cells) < 2:
        return None
    hits = [f for f, texts in gold.items() if sum(any(t in c for t in texts) for c in cells) * 2 >= len(cells)]
    return hits[0] if len(hits) == 1 else _FUSED if hits else None


FIELDS = {"touchpoint_list": ("direction", "process", "channel", "point_type", "needs"),
          "roadmap": ("activity", "term", "responsible", "result")}


_FUSED = "fused"    # a column of two fields' texts: its heading names both, and stays as it is


def _by_heading(text: str, kind: str) -> str | None:
    return next((f for f, rx in _OWN if f in FIELDS.get(kind, ()) and rx.search(text)), None)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def heading(field: str, rng: random.Random) -> str:
    """One heading for `field` from its grammar."""
    sing, plural = rng.choice(HEADS[field])
    head = plural if plural and rng.random() < 0.3 else sing
    parts = [head]
    if field in LEADS and rng.random() < 0.25 and head == sing and " " not in head:
        parts = [rng.choice(LEADS[field]), _genitive(head)]
    if rng.random() < 0.75 or field == "point_type":   # «Вид» alone names no point's kind
        quals = QUALIFIERS[field]
        if field == "responsible":        # «за …» after «Ответственный» only, a genitive after the others
            quals = [q for q in quals if q.startswith("за ") == head.startswith("Ответствен")]
        parts.append(rng.choice(quals))
    if field in CLIENTS and rng.random() < 0.5:
        parts.append(rng.choice(CLIENTS[field]))
    paren = rng.choice(PARENS[field])
    if rng.random() < 0.35 and not set(_words(paren)) & set(_words(" ".join(parts))):
        parts.append(paren)
    return " ".join(parts)


def _words(text: str) -> list[str]:
    return [w[:5] for w in re.findall(r"[а-яё]+", text.lower())]


_GEN = {"а": "ы", "я": "и", "ь": "и", "е": "я", "о": "а", "й": "я"}


def _genitive(head: str) -> str:
    """«Наименование канала / услуги / мероприятия»: a one-word head in the genitive, lower case."""
    low = head.lower()
    if low[-1] == "а" and low[-2] in "кгхжшчщ":
        return low[:-1] + "и"
    if low[-1] in _GEN:
        return low[:-1] + _GEN[low[-1]]
    return low + "а"


def _styled(text: str, style: dict, col: int, rng: random.Random) -> str:
    if style["abbrev"] and rng.random() < 0.6:
        text = " ".join(ABBREV.get(w, w) for w in text.split(" "))
    if style["case"] == "upper":
        text = text.upper()
    elif style["case"] == "lower":
        text = text[:1].lower() + text[1:]
    if style["number"]:
        text = f"{text} ({col + 1})"
    return text + (":" if style["colon"] else "")


def reworded(doc: Doc, group: list[Table], rng: random.Random) -> None:
    t = group[0]
    gold = _gold_texts(doc)
    heads = [r for r in range(t.header_rows) if not _numbers(t.rows[r])]
    texts = [" ".join(c.paras) for r in heads for c in t.rows[r]]
    start_beside = any(re.search(r"(?i)начал", x) for x in texts)
    style = {"case": rng.choice(("as", "as", "as", "upper", "lower")), "abbrev": rng.random() < 0.25,
             "number": rng.random() < 0.15, "colon": rng.random() < 0.15}
    used: set[str] = set()
    for r in heads:
        for col, c in zip(_starts(t.rows[r]), t.rows[r]):
            own = " ".join(c.paras).strip()
            if not own or c.vmerge == "continue" or c.span == _width(t) or _KEEP.search(own):
                continue
            field = _by_content(_column(group, col, c.span), gold) if c.span == 1 else None
            field = field or _by_heading(own, doc.kind)
            if field in (None, _FUSED) or (field == "term" and start_beside) or (c.span > 1 and field != _by_heading(own, doc.kind)):
                continue
            new = heading(field, rng)
            for _ in range(4):            # two columns of one field (split channel) keep apart
                if new not in used and _sq(new) != _sq(own):
                    break
                new = heading(field, rng)
            used.add(new)
            c.paras = [_styled(new, style, col, rng)]


def _column(group: list[Table], col: int, span: int) -> list[str]:
    out = []
    for t in group:
        for row in t.rows[t.header_rows:]:
            for s, c in zip(_starts(row), row):
                if s == col and c.span == span:
                    out.append(" ".join(c.paras))
    return out


def _numbers(row: list[Cell]) -> bool:
    texts = [" ".join(c.paras).strip() for c in row]
    return len(texts) > 1 and sum(map(bool, texts)) > 1 and all(re.match(r"^\d+[.)]?$", x) for x in texts if x)


def _own_rows(doc: Doc, group: list[Table], rng: random.Random) -> None:
    for t in group:                       # a header row object may be shared by several tables
        t.rows[:t.header_rows] = [[_copy(c) for c in row] for row in t.rows[:t.header_rows]]
    reworded(doc, group, rng)


def _copy(c: Cell) -> Cell:
    return Cell(list(c.paras), bullet=c.bullet, vmerge=c.vmerge, span=c.span, bold=c.bold, inner=c.inner)


HEADING_MUTATIONS = {"headers=reworded": _own_rows}
