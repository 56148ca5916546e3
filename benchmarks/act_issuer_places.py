"""Places an act's issuer stands in, beyond a header's own lines (benchmarks/act_issuers.py): capitals, a
news item, the genitive under the kind, a subject's line above, a short name in brackets, an acting
signer, a register's card, an approval stamp, and (third round) an adjective of the subject's kind
standing for it.  Never imports the program."""
from __future__ import annotations

import random

from benchmarks.act_issuer_grammar import INSIDE_GOVERNMENT, Body
from benchmarks.act_issuer_text import (MONTHS, _TITLES, _VERB_END, _date_text, _dateline, _enacting, _header,
                                        _lower_first, _pair, _plain_post, _sign, _text, _wrap)


def _caps(rng, region, body, kind, d, num, gold):
    head = _header(rng, _wrap(rng, body.nom(region.gen).upper().split()), kind, d, num, region)
    return head + _text(rng, kind, _enacting(body, region, kind)) + _sign(rng, _plain_post(body))


def _news(rng, region, body, kind, d, num, gold):
    nom = body.nom(region.gen)
    verb = ("подписал" if body.head in ("губернатор", "глава") else "утвердил") + _VERB_END[body.gender]
    inst = {"приказ": "приказом", "постановление": "постановлением", "распоряжение": "распоряжением", "указ": "указом"}
    lead = (f"{nom} {verb} {kind} от {d.day} {MONTHS[d.month - 1]} {d.year} года № {num} «{rng.choice(_TITLES)}»."
            if body.head in ("губернатор", "глава") else
            f"{nom} {verb} {inst[kind]} от {d.day} {MONTHS[d.month - 1]} {d.year} года № {num} перечень точек "
            "взаимодействия с клиентами.")
    return ["Новости", f"{_dateline(rng, d)} 10:{rng.randint(10, 59)}", "",
            "Утвержден перечень точек взаимодействия с клиентами", "", lead,
            "Документ размещен на официальном портале правовой информации."]


def _genitive_under_kind(rng, region, body, kind, d, num, gold):
    """«ПРИКАЗ» / «МИНИСТЕРСТВА ЗДРАВООХРАНЕНИЯ» / «КУРСКОЙ ОБЛАСТИ»: the issuer in the genitive under the kind."""
    head = [kind.upper(), *_wrap(rng, body.gen(region.gen).upper().split()), "", _pair(rng, d, num),
            f"г. {region.centre}", "", rng.choice(_TITLES), ""]
    return head + _text(rng, kind, _enacting(body, region, kind)) + _sign(rng, _plain_post(body))


_FIRST_NAMES = ("Иван Петров", "Андрей Соколов", "Марина Орлова", "Рустам Галиев")


def _news_head(rng, region, body, kind, d, num, gold):
    """A news item: the head named with a person's name, or the body as the place («В министерстве … »)."""
    if body.head in ("губернатор", "глава"):
        lead = (f"{body.nom(region.gen)} {rng.choice(_FIRST_NAMES)} подписал {kind} № {num} от "
                f"{d.day} {MONTHS[d.month - 1]} {d.year} года «{rng.choice(_TITLES)}».")
    elif body.loc(region.gen):
        loc = body.loc(region.gen)
        lead = (f"В {loc} утвердили перечень точек взаимодействия с клиентами: {kind} "
                f"от {_date_text(rng, d)} № {num} опубликован на портале.")
    else:
        return _news(rng, region, body, kind, d, num, gold)
    return [_dateline(rng, d), "", "Утвержден перечень точек взаимодействия",
            "", lead, "Документ вступает в силу со дня его официального опубликования."]


def _subject_above(rng, region, body, kind, d, num, gold):
    """The subject's name on a line of its own above a body named without it, or a government's above it."""
    if "{R}" in body.tail or body.head in ("губернатор", "глава", "правительство", "администрация", "аппарат",
                                           "кабинет"):
        return _caps(rng, region, body, kind, d, num, gold)
    above = rng.choice((region.name.upper(), f"ПРАВИТЕЛЬСТВО {region.gen.upper()}"))
    named = body.nom(region.gen) if above.startswith("ПРАВИТЕЛЬСТВО") and rng.random() < 0.5 else body.nom("")
    if above.startswith("ПРАВИТЕЛЬСТВО") and body.head in INSIDE_GOVERNMENT and region.gen not in named:
        gold["authority"] = Body(body.head, body.tail, parent="Правительства").nom(region.gen)   # the government's unit
    head = _header(rng, [above, *_wrap(rng, named.upper().split())], kind, d, num, region)
    return head + _text(rng, kind, _enacting(body, region, kind)) + _sign(rng, _plain_post(body))


def _abbr_bracket(rng, region, body, kind, d, num, gold):
    """The full name with its short one in brackets: «… РЕСПУБЛИКИ ТАТАРСТАН (МИНЗДРАВ РТ)»."""
    short = f"{body.abbr[0]} {rng.choice((*region.abbrs, region.gen))}"
    lines = _wrap(rng, f"{body.nom(region.gen)} ({short})".upper().split())
    head = _header(rng, lines, kind, d, num, region)
    return head + _text(rng, kind, _enacting(body, region, kind)) + _sign(rng, _plain_post(body))


def _acting_signer(rng, region, body, kind, d, num, gold):
    """An acting or deputy head signs: «И.о. министра …», «Заместитель Председателя Правительства … –
    министр …»."""
    post = body.post(region.gen)
    words = post.split(" ", 1)
    lead = words[0].lower() if body.head not in ("губернатор", "глава") else words[0]
    post = rng.choice((f"И.о. {_acting(lead)} {words[1]}", f"Временно исполняющий обязанности {_acting(lead)} {words[1]}",
                       f"Заместитель Председателя Правительства {region.gen} – {lead} {words[1]}"
                       if body.head == "министерство" else f"И.о. {_acting(lead)} {words[1]}"))
    head = [kind.upper(), "", _pair(rng, d, num), f"г. {region.centre}", "", rng.choice(_TITLES), ""]
    return head + _text(rng, kind, "приказываю:" if kind == "приказ" else "") + _sign(rng, post)


def _acting(post: str) -> str:
    """A post in the genitive after «И.о.»: министр -> министра, руководитель -> руководителя."""
    return {"министр": "министра", "председатель": "председателя", "директор": "директора",
            "руководитель": "руководителя", "начальник": "начальника", "постоянный": "постоянного",
            "Губернатор": "Губернатора", "Глава": "Главы"}.get(post, post)


_CARD_LABELS = ("Принявший орган", "Орган, принявший документ", "Орган власти", "Издавший орган")


def _card(rng, region, body, kind, d, num, gold):
    """A legal register's card: the issuer after a label, the act's name under it."""
    label = rng.choice(_CARD_LABELS)
    return [f"{kind.capitalize()} от {d.day:02d}.{d.month:02d}.{d.year} № {num}", "",
            f"Вид документа: {kind.capitalize()}", f"{label}: {body.nom(region.gen)}",
            f"Номер документа: {num}", f"Дата принятия: {d.day:02d}.{d.month:02d}.{d.year}",
            f"Наименование: {rng.choice(_TITLES)}", "Статус: действует"]


def _stamp(rng, region, body, kind, d, num, gold):
    """An appendix alone: its approval stamp names the act and its issuer in the instrumental's genitive."""
    inst = {"приказ": "приказом", "постановление": "постановлением", "распоряжение": "распоряжением", "указ": "указом"}
    lines = ["УТВЕРЖДЕН", f"{inst[kind]} {_lower_first(body.gen(region.gen)) if body.head not in ('правительство', 'губернатор', 'глава') else body.gen(region.gen)}",
             f"от {_date_text(rng, d)} № {num}", "", "ПЕРЕЧЕНЬ", "точек взаимодействия с клиентами", "",
             "1. Официальный сайт.", "2. Единый портал государственных услуг."]
    return lines


# an adjective of the subject's kind standing for the subject, by the head's gender
_KIND_ADJECTIVES = {"obl": {"n": "Областное", "m": "Областной", "f": "Областная"},
                    "krai": {"n": "Краевое", "m": "Краевой", "f": "Краевая"},
                    "rep": {"n": "Республиканское", "m": "Республиканский", "f": "Республиканская"},
                    "ao": {"n": "Окружное", "m": "Окружной", "f": "Окружная"}}
_PLAIN_HEADS = ("министерство", "комитет", "департамент", "агентство", "управление", "служба", "инспекция",
                "правительство")
_SITES = ("Официальный портал {}", "Портал органов государственной власти {}", "Официальный сайт {}")


def _kind_adjective(rng, region, body, kind, d, num, gold):
    """A news item on a subject's portal naming the body by an adjective of the subject's kind («Областное
    министерство здравоохранения утвердило …») or by its short name and «региона» («Минздрав региона …»)."""
    adjectives = _KIND_ADJECTIVES.get("obl" if "область" in region.name else region.kind)
    if adjectives is None or body.head not in _PLAIN_HEADS or "{R}" in body.tail:
        return _news(rng, region, body, kind, d, num, gold)
    inst = {"приказ": "приказом", "постановление": "постановлением", "распоряжение": "распоряжением"}[kind]
    verb = "утвердил" + _VERB_END[body.gender]
    if body.abbr and rng.random() < 0.5:
        named, verb = f"{body.abbr[0]} региона", "утвердил"
    else:
        named = f"{adjectives[body.gender]} {body.nom('').lower()}".strip()
    lead = (f"{named} {verb} {inst} от {d.day} {MONTHS[d.month - 1]} {d.year} года № {num} перечень точек "
            "взаимодействия с клиентами.")
    return [rng.choice(_SITES).format(region.gen), "", _dateline(rng, d), "", "Утвержден перечень точек взаимодействия",
            "", lead, "Документ размещен на официальном портале правовой информации."]


def _spaced(rng, region, body, kind, d, num, gold):
    """The issuer's name letter-spaced in capitals, as a page's converted header prints it."""
    names = _wrap(rng, body.nom(region.gen).upper().split()) if rng.random() < 0.5 else [body.nom(region.gen).upper()]
    spaced = ["  ".join(" ".join(w) if len(w) > 3 and rng.random() < 0.7 else w for w in ln.split()) for ln in names]
    head = _header(rng, spaced, kind, d, num, region)      # words two spaces apart, letters one
    return head + _text(rng, kind, _enacting(body, region, kind)) + _sign(rng, _plain_post(body))


PLACES = {"genitive_under_kind": _genitive_under_kind, "news_head": _news_head, "subject_above": _subject_above,
          "abbr_bracket": _abbr_bracket, "acting_signer": _acting_signer, "card": _card, "stamp": _stamp,
          "kind_adjective": _kind_adjective, "spaced": _spaced}
