"""`--mutate leadins=reworded`: each procedure list's lead-in said the way another region's ministry would say it,
the items and the gold unchanged.

`lead_words` rewords a lead-in from a fixed list; the readers learnt that list, and each new writer named a list
otherwise (the needs lists above all).  This one builds a lead-in from a GRAMMAR per list kind, written from the
contract's definitions (shared CONTRACT.md §3–4, docs/dataset.md) before its writer read the procedure readers:

* a noun phrase — an optional qualifier × the list's head noun (needs: потребности, запросы, ожидания, цели обращения,
  жизненные ситуации, поводы обращения, вопросы…; directions: направления, сферы, виды деятельности, функции…;
  channels: каналы, способы, средства, формы… always with a word of their kind, «цифровые», «онлайн-», «в электронной
  форме» / «очные», «офлайн-», «при личном посещении») × whose (клиентов, заявителей, получателей услуг, граждан и
  организаций… or «с гражданами» for channels, the ministry for directions), declined in four cases;
* a frame taking it: «Перечень … включает:», «К … относятся:», «… определяются следующим образом:», «Основными …
  являются:», «… могут быть следующими:», a bare heading «…:»; a sentence with no colon above the items («… приведены
  ниже.»; inline: «… включают a, b и c.»); a lead-in naming nothing, the list named after its items «(далее – …)»;
* or a lead-in whose noun is only implied by its verb («Клиент вправе:», «Министерство осуществляет:», «Связаться с
  министерством можно через:» — the last says neither channel kind: the items must).

Lists are found as `mutate_procedure.find_lists` finds them (by the gold alone); group lines inside a list are left.
Seeded per document and list."""
from __future__ import annotations

import copy
import random
import re

from .doc import Doc, Para
from .mutate_procedure import PList, _gold, _head, _hits, as_inline, find_lists

# (nominative, genitive, dative, instrumental) plural
NOUNS: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "need": (("потребности", "потребностей", "потребностям", "потребностями"),
             ("запросы", "запросов", "запросам", "запросами"),
             ("ожидания", "ожиданий", "ожиданиям", "ожиданиями"),
             ("цели обращения", "целей обращения", "целям обращения", "целями обращения"),
             ("жизненные ситуации", "жизненных ситуаций", "жизненным ситуациям", "жизненными ситуациями"),
             ("поводы обращения", "поводов обращения", "поводам обращения", "поводами обращения"),
             ("вопросы", "вопросов", "вопросам", "вопросами"),
             ("причины обращения", "причин обращения", "причинам обращения", "причинами обращения"),
             ("нужды", "нужд", "нуждам", "нуждами"),
             ("мотивы обращения", "мотивов обращения", "мотивам обращения", "мотивами обращения")),
    "direction": (("направления деятельности", "направлений деятельности", "направлениям деятельности",
                   "направлениями деятельности"),
                  ("сферы деятельности", "сфер деятельности", "сферам деятельности", "сферами деятельности"),
                  ("виды деятельности", "видов деятельности", "видам деятельности", "видами деятельности"),
                  ("области деятельности", "областей деятельности", "областям деятельности", "областями деятельности"),
                  ("функции", "функций", "функциям", "функциями"),
                  ("группы процессов", "групп процессов", "группам процессов", "группами процессов"),
                  ("направления работы", "направлений работы", "направлениям работы", "направлениями работы"),
                  ("полномочия", "полномочий", "полномочиям", "полномочиями")),
    "channel": (("каналы", "каналов", "каналам", "каналами"),
                ("способы", "способов", "способам", "способами"),
                ("средства", "средств", "средствам", "средствами"),
                ("формы", "форм", "формам", "формами"),
                ("инструменты", "инструментов", "инструментам", "инструментами"),
                ("точки", "точек", "точкам", "точками")),
}
# qualifiers before the noun (plural adjectives decline alike); channels' are their kind's
QUALIFIERS = {"need": ("типовые", "ключевые", "характерные", "наиболее частые", ""),
              "direction": ("ключевые", "приоритетные", "профильные", ""),
              "channel_digital": ("цифровые", "электронные", "дистанционные", "онлайн-", "интернет-", ""),
              "channel_offline": ("очные", "традиционные", "нецифровые", "офлайн-", "оффлайн-", "")}
# a channel list's kind said after its noun (taken whenever the qualifier says none)
KIND_AFTER = {"channel_digital": ("в электронной форме", "в сети «Интернет»", "с использованием сети «Интернет»"),
              "channel_offline": ("в очной форме", "при личном посещении", "без использования сети «Интернет»")}
# whose the list is: (nominative plural, genitive plural, instrumental plural, nominative singular)
CLIENTS = (("клиенты", "клиентов", "клиентами", "клиент"), ("заявители", "заявителей", "заявителями", "заявитель"),
           ("получатели услуг", "получателей услуг", "получателями услуг", "получатель услуги"),
           ("граждане и организации", "граждан и организаций", "гражданами и организациями", "гражданин"),
           ("посетители", "посетителей", "посетителями", "посетитель"),
           ("внешние клиенты", "внешних клиентов", "внешними клиентами", "внешний клиент"))
OWNERS = ("министерства", "ведомства", "органа власти", "исполнительного органа", "")
CHANNEL_TAILS = ("взаимодействия", "связи", "коммуникации", "обращения", "")

# frames with the noun phrase in a case ({nom} {gen} {dat} {ins}); a trailing colon is added by the form
NAMED = ("Перечень {gen} включает", "К {dat} относятся", "{Nom} определяются следующим образом",
         "Основными {ins} являются", "{Nom} могут быть следующими", "{Nom}", "Выделяются следующие {nom}",
         "{Nom} включают", "Министерством определены следующие {nom}", "{Nom}, а именно")
# a sentence with no colon above the items (paragraphs) or before them (inline)
NO_COLON = ("{Nom} приведены ниже.", "Ниже перечислены {nom}.", "Выделяются следующие {nom}",
            "{Nom} определяются следующим образом.")
NO_COLON_INLINE = ("{Nom} включают", "К {dat} относятся", "{Nom} –", "Основными {ins} являются")
# lead-ins naming no list: the verb implies it ({who} a client in the nominative singular, {whom} plural)
IMPLIED = {
    "need": ("{Whom} обращаются в министерство для", "{Who} вправе", "{Whom} обращаются в министерство в целях",
             "Обращаясь в министерство, {whom} рассчитывают на", "Взаимодействие инициируется клиентом для",
             "{Who} может обратиться в министерство за"),
    "direction": ("Министерство осуществляет", "Взаимодействие с клиентами ведется в рамках",
                  "В ведении министерства находятся", "Министерство отвечает за", "Министерство обеспечивает"),
    "channel_digital": ("{Who} может обратиться в министерство дистанционно через",
                        "Обращение может быть направлено без личного визита посредством",
                        "Связаться с министерством можно через", "Министерство принимает обращения через"),
    "channel_offline": ("{Who} может обратиться в министерство лично через",
                        "{Whom} могут лично обратиться в министерство через",
                        "Связаться с министерством можно через", "Министерство принимает обращения через"),
}
FORMS = ("named", "named", "named", "no_colon", "after", "implied")


def _adj(word: str, case: int) -> str:
    """A plural adjective («наиболее частые», «онлайн-») in case 0–3: only its last word declines."""
    if not word or word.endswith("-"):
        return word
    head, _, last = word.rpartition(" ")
    stem, soft = last[:-2], last.endswith("ие")
    end = ("ие", "их", "им", "ими")[case] if soft else ("ые", "ых", "ым", "ыми")[case]
    return f"{head} {stem}{end}".strip()


def phrase(kind: str, rng: random.Random) -> tuple[str, str, str, str]:
    """The list's noun phrase in four cases, from the grammar."""
    base = "channel" if kind.startswith("channel") else kind
    noun = rng.choice(NOUNS[base])
    qual = rng.choice(QUALIFIERS[kind])
    if kind == "need" and " " in noun[0] and qual == "типовые":   # «типовые жизненные ситуации» reads as one
        qual = ""
    client = rng.choice(CLIENTS)
    out = []
    for case in range(4):
        q = _adj(qual, case)
        words = (q + noun[case]) if q.endswith("-") else f"{q} {noun[case]}".strip()
        out.append(f"{words} {client[1]}" if base == "need" else words)
    if base == "direction":
        owner = rng.choice(OWNERS)
        out = [f"{w} {owner}".strip() for w in out]
    if base == "channel":
        tail = rng.choice(CHANNEL_TAILS)
        who = f" с {client[2]}" if tail in ("взаимодействия", "связи", "коммуникации") and rng.random() < 0.6 else \
            f" {client[1]}" if tail == "обращения" and rng.random() < 0.5 else ""
        after = f" {rng.choice(KIND_AFTER[kind])}" if not qual or rng.random() < 0.3 else ""
        out = [f"{w} {tail}{who}{after}".replace("  ", " ").strip() for w in out]
    return tuple(out)  # type: ignore[return-value]


def _fill(frame: str, ph: tuple[str, str, str, str], client: tuple[str, str, str, str]) -> str:
    return frame.format(nom=ph[0], gen=ph[1], dat=ph[2], ins=ph[3], Nom=ph[0][:1].upper() + ph[0][1:],
                        who=client[3], Who=client[3].capitalize(), whom=client[0], Whom=client[0].capitalize())


def lead_in(kind: str, form: str, rng: random.Random, inline: bool = False) -> tuple[str, str, str]:
    """(lead-in without its closing colon, its punctuation — ":" or what the frame ends with —, a «(далее – …)» close)."""
    ph, client = phrase(kind, rng), rng.choice(CLIENTS)
    if form == "named":
        return _fill(rng.choice(NAMED), ph, client), ":", ""
    if form == "no_colon":
        text = _fill(rng.choice(NO_COLON_INLINE if inline else NO_COLON), ph, client)
        return text.rstrip("."), "." if text.endswith(".") else "", ""
    text = _fill(rng.choice(IMPLIED[kind]), ph, client)
    return text, ":", f"(далее – {ph[0]})" if form == "after" else ""


def reworded(doc: Doc, pl: PList, rng: random.Random) -> list | None:
    if re.match(r"^\s*(?:\d+\)|[а-яa-z]\)|[-–—•])", pl.lead):
        return None                      # a group line inside a list («1) очные формы:»), no lead-in to reword
    form = rng.choice(FORMS)
    words, punct, close = lead_in(pl.kind, form, rng, pl.inline)
    new = PList(**{**pl.__dict__})
    new.lead = words
    head = f"{_head(new, colon=False)}{punct}"
    if pl.inline:
        return as_inline(new, rng, head=head, close=close)
    paras = copy.deepcopy(pl.paras)      # the items as they were written, only the lead-in new
    if close:
        last = max(k for k, p in enumerate(paras) if _hits(p.text, _gold(doc)))
        paras[last].text = f"{paras[last].text.rstrip(' ;.')} {close}."
    return [Para(head, bold=pl.bold), *paras]


def mutate(doc: Doc, seed: int) -> None:
    """`doc`'s procedure lists under reworded lead-ins, in place (the last list first: block indexes stay good)."""
    if doc.kind != "procedure":
        return
    lists = find_lists(doc)
    for k in reversed(range(len(lists))):
        pl = lists[k]
        new = reworded(doc, pl, random.Random(f"{seed}:leadins=reworded:{doc.name}:{k}"))
        if new:
            doc.blocks[pl.start:pl.end] = new


LEADIN_MUTATIONS = ("leadins=reworded",)
