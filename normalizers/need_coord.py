"""Objects coordinated by «и» that the reading of a need clause did not take as its
objects (normalizers/need_grammar.py): a second need of the same action, or a topic."""
from __future__ import annotations

from itertools import takewhile

from textcore.vocab import vocabulary
from .matcher import DATA
from .phrase import Word


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def others_of_kind(data: dict) -> frozenset[str]:
    """`others_of_kind`: adjectives that make a noun more of the kind just named ("заявлений и
    иных документов": other papers like the applications, not a second thing wanted)."""
    return frozenset(str(w).replace("ё", "е") for w in data.get("others_of_kind") or ())


def next_head(ws: tuple[Word, ...], i: int) -> Word | None:
    """The first word from i on that is not an adjective ("досудебное обжалование")."""
    k = i
    while k < len(ws) and (ws[k].pos in ("ADJF", "PRTF") or k > i and k + 1 < len(ws) and ws[k].text in ("и", "или")
                           and ws[k - 1].pos in ("ADJF", "PRTF") and ws[k + 1].pos in ("ADJF", "PRTF")):
        k += 1                  # paired adjectives too: "личная и выездная консультация"
    return ws[k] if k < len(ws) else None


def last_prepositions(ws: tuple[Word, ...], start: int = 0) -> list[int | None]:
    """For each k up to len(ws), the last preposition at or after `start` before word k, in one
    pass: callers that ask at each «и» of a long coordination scanned back each time, quadratic."""
    out: list[int | None] = []
    q = None
    for k, w in enumerate(ws):
        out.append(q)
        q = k if k >= start and w.pos == "PREP" else q
    return out + [q]


def in_prep_group(ws: tuple[Word, ...], start: int, conj: int, p: int, is_action=lambda w: False,
                  governs: dict[str, frozenset[str]] | None = None, preps: list[int | None] | None = None) -> bool:
    """Is word p, after the conjunction at `conj`, coordinated inside the prepositional group
    before it ("об услуге и её результате": same case as "услуге"), rather than the
    start of a parallel one ("для проверки и объектов ДЛЯ осмотра")?  A thing is not
    coordinated with a group led by an action (`is_action`: "бланк заявления НА ВЫДАЧУ
    удостоверения и перечень документов" — the list is a second object).  `governs`: the
    cases each preposition takes — the group's noun is in one of them, whatever else its
    form could be ("на вывоз" is accusative, so "… и информация" is no part of it).  `preps`:
    `last_prepositions(ws, start)`, for a caller asking at many conjunctions."""
    q = preps[conj] if preps is not None else max((i for i in range(start, conj) if ws[i].pos == "PREP"), default=None)
    # ", и": the comma closed the group ("на какой стадии рассмотрение заявки на проект, и итоги")
    if q is None or q + 1 >= conj or ws[conj - 1].text == ",":
        return False
    n = next_head(ws, q + 1)
    parallel = p + 1 < len(ws) and ws[p + 1].text == ws[q].text
    unlike = n is not None and is_action(n) and not is_action(ws[p])
    group = n.cases & (governs or {}).get(ws[q].text, n.cases) if n is not None else frozenset()
    return n is not None and bool(ws[p].cases & group) and not parallel and not unlike


def thing_past_place(ws: tuple[Word, ...], start: int, conj: int, p: int, case: frozenset[str], known) -> bool:
    """Is the known thing at p, after the conjunction at `conj`, in a case of the action's first object
    (`case`) while the prepositional group before the conjunction ends on a noun no vocabulary names —
    a place or an addressee («формы запроса в архив и памятки»: the memo is received, not sent to the
    archive)?  Like joins like: two things the vocabulary names are the conjuncts, not a place and a
    thing.  `known(i)`: the object read at word i, or None."""
    q = max((i for i in range(start, conj) if ws[i].pos == "PREP"), default=None)
    n = next_head(ws, q + 1) if q is not None else None
    return n is not None and n.pos == "NOUN" and known(ws.index(n, q + 1)) is None and bool(ws[p].cases & case)


def named_apart(ws: tuple[Word, ...], idx: list[int], conj: int, object_at,
                governs: dict[str, frozenset[str]]) -> bool:
    """Is the known noun in the nominative after the "и" at `conj` a need of its own, after a
    clause with no action other than its first word that names its need by a known noun in the
    nominative ("Заявка на ремонт и информация о ходе её выполнения", "Консультация по вопросам
    и справка": two needs, each a subject of its own)?  One
    coordinated inside the prepositional group before it is not ("обращение о ремонте дорог
    и тротуаров")."""
    if ws[conj].text != "и":
        return False            # asked at every word of a clause: the adjectives after are walked only at an «и»
    first = next_head(ws, idx[0]) if idx else None
    k = conj + 1
    while k < len(ws) and ws[k].pos in ("ADJF", "PRTF") and not object_at(ws, k):
        k += 1
    if first is None or k >= len(ws):
        return False
    at = ws.index(first, idx[0])
    if not (object_at(ws, at) and object_at(ws, k)) or ws[k].pos != "NOUN":
        return False
    # both subjects, or both what a modal word wants ("Хочу консультацию по … и бланк анкеты")
    if not first.cases & ws[k].cases & {"nomn", "accs"}:
        return False
    return not in_prep_group(ws, idx[0], conj, k, governs=governs)


def loose_object(ws: tuple[Word, ...], start: int, used: set[int], classes: set[str],
                 object_at, own: set[str]) -> tuple[str, int, int] | None:
    """(class, start, end) of a known object of another class after "и"/"или" (an owner or
    adjectives between) read neither as an object nor as part of a prepositional group —
    "предоставление документов для проверки и объектов для осмотра", "уведомление о ходе
    рассмотрения и его результата"; None when there is none."""
    preps = last_prepositions(ws, start)
    for p in range(start + 1, len(ws)):
        hit = None if p in used else object_at(ws, p)
        if hit is None or hit[0] in classes:
            continue
        j = p - 1
        while j > start and (ws[j].pos in ("ADJF", "PRTF") or {ws[j].lemma, ws[j].text} & own):
            j -= 1
        if any(w.lemma in others_of_kind() for w in ws[j + 1:p]):
            continue                 # "форм заявлений и иных документов": more of the same kind
        if ws[j].text in ("и", "или", "либо") and not in_prep_group(ws, start, j, p, preps=preps):
            return hit[0], p, p + hit[1]
    return None


def parallel(ws: tuple[Word, ...], objects: list, loose: tuple[str, int, int] | None,
             cases: frozenset[str]) -> bool:
    """Is the loose object in the case of the action's first object (`cases`: those it may
    be in), so that the action governs both ("предоставление документов … и объектов …",
    "получение уведомления … и его результата")?  Then it is a need of its own; in another
    case it stays unsure."""
    if not loose or not objects or objects[0][0] == "*":
        return False
    return bool(ws[loose[2] - 1].cases & cases)


def listed_apart(ws: tuple[Word, ...], a: int, conj: int, object_at) -> bool:
    """Is the known noun after the "и" at `conj` an item of its own rather than a second
    object of the noun of action at `a` — that one's object is right after it (in the
    genitive it governs) and this one cannot be genitive ("получение субсидии и сообщение
    об использовании средств": two needs)?"""
    first, nxt = next_head(ws, a + 1), next_head(ws, conj + 1)
    if ws[a].pos != "NOUN" or first is None or nxt is None or nxt.pos != "NOUN":
        return False
    if "gent" not in first.cases or "gent" in nxt.cases or "nomn" not in nxt.cases:
        return False
    return bool(object_at(ws, ws.index(first, a + 1)) and object_at(ws, ws.index(nxt, conj + 1)))


def second_topic(ws: tuple[Word, ...], idx: list[int], i: int, topic_preps: set[str], object_at,
                 preps: list[int | None] | None = None) -> int | None:
    """The preposition whose known noun a known noun of another class after "и" (at i),
    in its case, is a second topic of ("о порядке … и ходе …"); None when there is none.
    `preps`: `last_prepositions(ws)`, for `idx` the words idx[0] … i - 1 of a clause asked at each «и»."""
    if preps is not None:
        q = preps[i] if preps[i] is not None and idx and preps[i] >= idx[0] else None
    else:
        q = max((k for k in idx if ws[k].pos == "PREP"), default=None)
    if q is None or ws[q].text not in topic_preps:
        return None
    j, k = q + 1, i + 1
    while j < i and ws[j].pos in ("ADJF", "PRTF"):
        j += 1
    while k < len(ws) and ws[k].pos in ("ADJF", "PRTF"):
        k += 1
    first = object_at(ws, j) if j < i else None
    second = object_at(ws, k) if k < len(ws) else None
    if first and second and first[0] != second[0] and ws[j].cases & ws[k].cases:
        return None if _second_object(ws, idx, q, k, object_at) else q
    return None


def _second_object(ws: tuple[Word, ...], idx: list[int], q: int, k: int, object_at) -> bool:
    """Could the noun at k, after "и", be the clause's second object rather than a second topic
    of the preposition at q — in a case the first object before q takes that the topic's noun
    cannot ("получение информации о порядке и консультации по оформлению": информации,
    консультации; not "… о порядке и сроках")?"""
    head = next((ws[x] for x in takewhile(lambda x: x < q, idx) if ws[x].pos == "NOUN" and object_at(ws, x)), None)
    return head is not None and bool((head.cases & ws[k].cases) - ws[q + 1].cases)


def separator(ws: tuple[Word, ...], at: dict[int, int], previous: tuple[Word, ...]) -> str:
    """The word _clauses dropped between a clause and the one before it: the one after the
    previous clause's last word (a clause may open with words lent from before it — a shared
    action, a preposition's phrase, a borrowed topic — so its own first word does not say)."""
    k = at[id(previous[-1])] + 1
    return ws[k].text if k < len(ws) else ""


# particles of order read as adverbs are: "и также подать …", "и ещё получить …"
_ORDER_PARTICLES = frozenset({"также", "еще"})


def past_order_words(ws: tuple[Word, ...], j: int, asking: set[str]) -> int:
    """The index of the first word from j on that is no adverb of order or manner (nor «а» after
    a comma) between a conjunction and the clause it joins ("и затем получение результата", "и
    потом отслеживать …", "и лично подать …"): the clause is headed by the word after them.  Words that ask
    (`asking`: "и когда …", "и где …") are kept: they read as questions of their own."""
    if 0 < j < len(ws) - 1 and ws[j].text == "а" and ws[j - 1].text == ",":
        j += 1                  # ", а затем получить результат": «а» only links
    while j < len(ws) - 1 and (ws[j].pos == "ADVB" or ws[j].text in _ORDER_PARTICLES) and ws[j].lemma not in asking:
        j += 1
    return j


def paired_adjectives(ws: tuple[Word, ...], i: int) -> bool:
    """Is the conjunction at i between two adjectives (or participles) of the one noun after
    them, all in a case they share ("письменной и устной консультации", "в электронной или
    бумажной форме")?  One object then, whatever the noun's other readings (nominative plural
    "консультации" would start a clause): no second need."""
    if not (0 < i < len(ws) - 1 and ws[i].text in ("и", "или", "либо")):
        return False
    left, right, noun = ws[i - 1], ws[i + 1], next_head(ws, i + 1)
    return left.pos in ("ADJF", "PRTF") and right.pos in ("ADJF", "PRTF") and noun is not None \
        and noun.pos == "NOUN" and bool(left.cases & right.cases & noun.cases)


def owned_deed(ws: tuple[Word, ...], i: int, idx: list[int], is_action, own: set[str]) -> bool:
    """Does "и" at i open a deed of its own done to the thing just named — an owner pronoun, then a
    noun of action in a case of the clause's own action noun ("получения формы заявления и её
    подачи", "подготовка заявления и его подача")?  The pronoun stands for that thing (read by
    `pronouns`), the deed is a second need."""
    if ws[i].text != "и" or i + 2 >= len(ws) or ws[i + 1].text.lower() not in own or ws[i + 2].pos != "NOUN" \
            or not is_action(ws[i + 2]):
        return False
    lead = next((ws[k] for k in idx if ws[k].pos == "NOUN" and is_action(ws[k])), None)
    return lead is not None and bool(lead.cases & ws[i + 2].cases)
