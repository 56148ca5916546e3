"""A direction's name without the label a list writes in front of it.

    direction_name("Группа процессов: лицензионный контроль")    -> "лицензионный контроль"
    direction_name("Направление 2. Контрольно-надзорная деятельность") -> "Контрольно-надзорная деятельность"
    direction_name("Раздел «Обращения граждан»")                  -> "Обращения граждан"

The labels (vocabulary, `heading_labels` in data/direction.yaml) say what kind of heading
it is, not which direction: left in, their words pull the match ("внутренние клиенты"
is a phrase of `internal_hr`).  The raw text is kept in `direction_raw`.
"""
from __future__ import annotations

import re
from functools import lru_cache, partial

from textcore.lemmas import lemmas

from .direction_meaning import before_sector, by_family, external_only, names_the_body, names_the_rest, process_by_words
from .matcher import _OVERRIDE_HOOKS, REVIEW, Match, _key, below_review, taxonomy

_QUOTED = re.compile(r"^[«\"“„](.+?)[»\"”]$")
# what may follow a label: a number ("2.", "II", "5"), then a separator
_AFTER_LABEL = re.compile(r"^\s*(?:№\s*)?(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})?\s*[.):]?\s*(?:[–—:-]\s*)?", re.I)


@lru_cache(maxsize=1)
def _labels() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((lemmas(p) for p in taxonomy("direction").setting("heading_labels")), key=len, reverse=True))


@lru_cache(maxsize=1)
def _narrowing() -> tuple[tuple[str, ...], ...]:
    return tuple(lemmas(p) for p in taxonomy("direction").setting("narrowing"))


def _is_label(part: str) -> bool:
    return tuple(lemmas(part)) in _labels()


def _labelled_client(text: str) -> str | None:
    """The client side («internal», «external») a label in parentheses states, else None."""
    words = taxonomy("direction").setting("label_client_words")
    sides = {words[w] for p in re.findall(r"\(([^()]+)\)", text or "") if _is_label(p) for w in lemmas(p) if w in words}
    return sides.pop() if len(sides) == 1 else None


def _against_label(m: Match, text: str) -> Match:
    """A reading of the other side than the label in parentheses states (an external direction
    under «(внутренние клиенты)», an internal one under «(внешние клиенты)»): kept, below review."""
    side = _labelled_client(direction_name(text or ""))
    tax = taxonomy("direction")
    if side is None or m.code == tax.other or m.score < REVIEW or tax.attr(m.code, "client", "external") == side:
        return m
    return below_review(m)


def _narrows(part: str) -> bool:
    """A parenthesis that narrows or widens the name ("в том числе запросов СМИ") rather than
    naming it again ("кадровые вопросы")."""
    key = lemmas(part)
    return any(key[:len(n)] == n for n in _narrowing())


@lru_cache(maxsize=20_000)
def direction_name(text: str) -> str:
    """The name in a direction cell or heading, its labels and numbers taken off (a caption
    may chain them: "Таблица 9. Внутренние клиенты: хозяйственные вопросы")."""
    name = _label_chain(text)[-1]
    m = _QUOTED.match(name)
    return (m.group(1) if m else name).strip()


def _label_chain(text: str) -> list[str]:
    """The name, then what is left after each label taken off in turn."""
    chain = [(text or "").strip()]
    for _ in range(3):
        shorter = _without_label(chain[-1])
        if shorter == chain[-1]:
            break
        chain.append(shorter)
    return chain


# a section's own number written before its label ("I. Блок 10 — иное", "2) Раздел «…»")
_NUMBER_FIRST = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})[.)]$")


def _without_label(name: str) -> str:
    """The name after its first label, when a number, a separator or quotes follow the label;
    a number before the label goes with it."""
    words = name.split()
    lead = 0        # the numbers before the label, counted (not recursed: a cell of thousands of «1.»)
    while len(words) - lead > 2 and _NUMBER_FIRST.match(words[lead]):
        lead += 1
    if lead and (shorter := _without_label(rest := " ".join(words[lead:]))) != rest:
        return shorter
    for label in _labels():
        n = len(label)
        if len(words) > n and lemmas(" ".join(words[:n])) == label:
            rest = " ".join(words[n:])
            cut = _AFTER_LABEL.match(rest)
            rest = rest[cut.end():] if cut else rest
            if re.search(r"[А-Яа-яЁёA-Za-z]{3}", rest) and (cut and cut.group().strip() or rest[:1] in "«\"“„"
                                                            or ":" in name[:len(name) - len(rest)]):
                return rest.strip()
            break
    return name


def _candidates(text: str) -> list[str]:
    """The name, then the parts of it that may be the name alone: after a short label and a
    colon ("Сфера: образование"), in quotes, in parentheses ("… (кадровые вопросы)"), before
    a label written after a dash ("Бухгалтерия — внутренние клиенты"), then the name with the
    inner labels of a chain kept."""
    name = direction_name(text)
    # a narrowing parenthesis names a part, not the direction, and a label in parentheses
    # ("Хозяйственное обслуживание (внутренний клиент)") says whose, not which: both left out
    # (`read_direction` falls back on the whole name where the rest reads nothing)
    name = re.sub(r"\s*\(([^()]+)\)", lambda m: "" if _narrows(m.group(1)) or _is_label(m.group(1)) else m.group(),
                  name).strip() or name
    out = [name]
    head, sep, tail = name.partition(":")
    if sep and tail.strip() and len(head.split()) <= 3:
        out.append(tail.strip())
    out += re.findall(r"«([^«»]+)»", name) + re.findall(r"\(([^()]+)\)", name)
    # a label written after the name, past a dash ("Бухгалтерия — внутренние клиенты")
    parts = re.split(r"\s+[–—-]\s+", name, maxsplit=1)
    if len(parts) == 2 and tuple(lemmas(parts[1])) in _labels():
        out.append(parts[0])
    # last, the name with its inner labels kept ("Внутренние клиенты: обеспечение …"): a label
    # that says which clients still speaks when the rest names nothing
    out += _label_chain(text)[1:-1]
    return list(dict.fromkeys(c.strip() for c in out if c.strip()))


@lru_cache(maxsize=20_000)
def read_direction(text: str) -> Match:
    """A direction cell or heading -> its code: `other` for a name of the rest ("Прочие
    полномочия"); of the candidates (`_candidates`) that an override, a term or a rule reads, the best scored (the earlier on a tie: the whole name
    first), the words before a sector first ("Государственные услуги | в сфере социальной
    защиты"); else what the words of both vocabularies read in it as in a process's name
    (rules, then families; below the review threshold: "Командирование сотрудников"; a name
    of the body's own upkeep, "Обеспечение деятельности", its housekeeping); else
    the first its words' family reads; else the name's own (fuzzy) match.  Not navec closeness: a stated name no rule or family reads
    is as often one of the "иные функции" (нормотворчество, договоры), which closeness would
    force into the nearest named direction."""
    tax = taxonomy("direction")
    names = _candidates(text or "")
    found = [tax.match(c) for c in names] or [tax.match("")]
    read = [m for m in found if m.method in ("override", "exact", "rule")]
    if not read and (whole := direction_name(text or "")) not in names:
        # a name no rule reads without its label in parentheses: the label's reading («Работа с коллегами
        # (внутренние клиенты)» is the internal client's)
        read = [m for m in [tax.match(whole)] if m.method in ("override", "exact", "rule")]
    rest = next((m for m in map(names_the_rest, names) if m is not None), None)
    if rest is not None and not any(m.method in ("override", "exact") for m in read):
        return rest
    best = _doubted(max(read, key=lambda m: m.score)) if read else None
    first = _before_sector(names[0]) if names else None
    if first is not None and (best is None or best.method not in ("override", "exact")
                              and (best.code != first.code or best.score < first.score)):
        return _against_label(first, text)
    if best is not None:
        return _against_label(best, text)
    return (next((m for m in map(names_the_body, names) if m is not None), None)
            or _as_process(names)
            or next((m for m in map(partial(by_family, "direction"), names) if m is not None), None)
            or found[0])


def _before_sector(name: str) -> Match | None:
    """The rule reading of the words before a sector ("Государственные услуги | в сфере
    социальной защиты населения"): they name the direction, the sector narrows it."""
    head = before_sector(name)
    m = taxonomy("direction").match(head) if head else None
    if m is None or m.method not in ("override", "exact", "rule"):
        return None
    m = _doubted(m)                   # doubted by its own words, not by the sector's
    return Match(m.code, m.score, m.method, name, m.alternatives)


def _doubted(m: Match) -> Match:
    """A rule reading kept, but below review, when the runner-up direction is named by other
    words of the heading ("Предоставление грантов некоммерческим организациям и СМИ": grants
    and the press): the heading names two directions, and which one heads it is a guess.
    A runner-up whose words overlap the winner's ("поддержка" in "техническая поддержка") is
    no second name, nor is anything named inside `other`."""
    # "иные функции, услуги, сервисы": the rest of everything, whatever else it names
    if m.method != "rule" or m.score < REVIEW or m.code == taxonomy("direction").other:
        return m
    # an internal direction read in a heading naming an external party («Транспортное обслуживание
    # населения»): the words are the body's own upkeep's, the clients are not its staff — a guess
    allowed = external_only(m.text)
    if allowed is not None and m.code not in allowed:
        return below_review(m)
    if not m.alternatives:
        return m
    key = set(_key(m.text))
    met = {}
    for r in taxonomy("direction").rules:
        if r.words <= key:
            met.setdefault(r.code, set()).update(r.words)
    second = met.get(m.alternatives[0], set())
    if second and not second & met.get(m.code, set()):
        return below_review(m)
    return m


def _as_process(names: list[str]) -> Match | None:
    """A heading named like a process ("Командирование сотрудников"): what the process
    vocabulary's own words (rules, families, not closeness) read in it, below review."""
    return next((m for m in map(process_by_words, names) if m is not None), None)


_OVERRIDE_HOOKS.append(read_direction.cache_clear)
