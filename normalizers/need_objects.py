"""The words of a need clause the vocabulary names (normalizers/need_grammar.py): an
action word, a known object, and the objects an action takes — the first known one after
it, and those coordinated with it (data/need_grammar.yaml; `g` is the built grammar)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from textcore.lemmas import morph
from textcore.vocab import vocabulary
from .matcher import DATA
from .need_coord import in_prep_group, others_of_kind, thing_past_place
from .phrase import Word

if TYPE_CHECKING:
    from .need_grammar import _Grammar


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _purpose_prepositions(data: dict) -> frozenset[str]:
    """The one-word `purpose_words` ("для"): a group after them says what a thing is for."""
    return frozenset(str(w) for w in data.get("purpose_words") or () if " " not in str(w))


def action_of(w: Word, g: _Grammar) -> str | None:
    """The action class of a word (a verb in any form, a deverbal noun), or None."""
    if w.pos in ("ADJF", "ADJS", "PRTF") and w.lemma not in g.actions:
        return None
    found = next((g.actions[lem] for lem in sorted(w.lemmas) if lem in g.actions), None)
    # "онлайн-консультирование": the last part is the action, unless the first is a thing ("бланк-заказ")
    return found or (g.actions.get(w.parts[-1]) if w.parts and (w.parts[0],) not in g.objects else None)


_LEAD_WORDS = 6     # where a clause's action leads it (need_grammar._lead_action looks as far)
_DEED_WORDS = 4      # words after a deed's noun that may name whom it is done to ("… ответа на запрос заявителю")


def accompanies(ws: tuple[Word, ...], i: int, cur: list[Word], g: _Grammar) -> bool:
    """Does a deed done along with the clause's own open at i — a preposition of `accompanying`
    + a noun of action in the instrumental, done to the client (a word of `telling_the_client`'s
    `whom` within its next words, before a comma or a conjunction), after an action of its `after` classes
    ("Исполнение запросов с направлением ответа заявителю")?  The agency does both; the second is
    a need of its own.  A deed that names no client is the agency's own way of working ("с оценкой
    документов", "с получением заключений экспертов")."""
    preps, after = g.accompanying
    if ws[i].text.lower() not in preps or i + 1 >= len(ws):
        return False
    deed = ws[i + 1]
    if not (deed.pos == "NOUN" and "ablt" in deed.cases and action_of(deed, g) is not None):
        return False
    # the client within the deed's next words ("с направлением ответа заявителю"), before a comma or a
    # conjunction: a bounded look, linear on a run of such deeds
    for w in ws[i + 2:i + 2 + _DEED_WORDS]:
        if w.is_punct or w.is_conj:
            return False
        if w.lemma in g.telling_whom[1]:
            return any(action_of(x, g) in after for x in cur[:_LEAD_WORDS])     # the clause's leading action
    return False


def object_at(ws: tuple[Word, ...], i: int, g: _Grammar) -> tuple[str, int] | None:
    """(object class, length in words) of the known object starting at word i."""
    for n in range(min(g.max_len, len(ws) - i), 0, -1):
        span = ws[i:i + n]
        if any(w.is_punct for w in span):
            continue
        for combo in lemma_combos(span):
            if combo in g.objects:
                return g.objects[combo], n
    return None


def is_manner(ws: tuple[Word, ...], i: int, cls: str, g: _Grammar) -> bool:
    """"в электронной форме": an object after its manner preposition is a modifier."""
    j = skip_adjectives_back(ws, i - 1, 0)
    return j >= 0 and ws[j].text in g.manner.get(cls, ())


def depends_on_unknown(ws: tuple[Word, ...], start: int, i: int, g: _Grammar) -> bool:
    """"о неисправности оборудования": a genitive after a prepositional noun the
    vocabulary does not know depends on it — the phrase is about that noun, and the
    known one is no object of the action; so it does after the agency's own work ("о
    проведении публичных консультаций": an event the client is told of, not advice), unless
    that is a procedure on a case ("о принятии решения": the decision is what is told)."""
    j = skip_adjectives_back(ws, i - 1, start)
    if not (j >= start and ws[j].pos == "NOUN" and "gent" in ws[i].cases):
        return False
    held = action_of(ws[j], g) in g.yielding and ws[j].lemma not in g.case_stage["procedure"]
    if object_at(ws, j, g) is not None or action_of(ws[j], g) is not None and not held or heads_no_thing(ws, j, i, g):
        return False
    p = skip_adjectives_back(ws, j - 1, start)
    return p >= start and ws[p].pos == "PREP"


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _brought(data: dict) -> tuple[frozenset[str], frozenset[str]]:
    spec = data.get("telling_the_client") or {}
    return frozenset(spec.get("brought_to", ())), frozenset(spec.get("roles", ()))


def heads_no_thing(ws: tuple[Word, ...], j: int, i: int, g: _Grammar) -> bool:
    """Is the word at j the client a thing is brought to (`telling_the_client`'s `whom` after a
    preposition of `brought_to`: "доведение до заявителей результатов") and the genitive at i no role
    of his (`roles`: "до участника опроса")?  Such a person heads no genitive thing after him: it is the
    action's own object ("для получателей грантов" names who, and is left as it was)."""
    to, roles = _brought()
    p = skip_adjectives_back(ws, j - 1, 0)
    hit = object_at(ws, i, g)
    return ws[j].lemma in g.telling_whom[1] and p >= 0 and ws[p].text.lower() in to and not (hit and hit[0] in roles)


def names_addressee(ws: tuple[Word, ...], start: int, i: int, g: _Grammar) -> bool:
    """Is the genitive at i only what the client told is ("информирование участников опроса об …"):
    after a telling action (`telling_the_client`'s class) its direct complement is the client, and a
    genitive right after him says who he is, not what he is told?"""
    j = skip_adjectives_back(ws, i - 1, start)
    return bool(start) and j == start and "gent" in ws[i].cases and ws[j].lemma in g.telling_whom[1] \
        and action_of(ws[start - 1], g) == g.telling_whom[2] and not ws[j].cases & {"datv", "ablt", "loct"}


def skip_adjectives_back(ws: tuple[Word, ...], j: int, start: int) -> int:
    while j >= start and ws[j].pos in ("ADJF", "PRTF"):
        j -= 1
    return j


def lemma_combos(span: tuple[Word, ...]):
    if len(span) == 1:
        for lem in sorted(span[0].lemmas):
            yield (lem,)
        # a hyphen's parts: two nouns are named by the first, the head ("бланк-заявка": a blank), else the last names
        yield from ((p,) for p in (span[0].parts[:1] + span[0].parts[-1:]))      # the thing ("онлайн-голосование")
        return
    # multi-word objects are matched on each word's likeliest lemma (adjective + noun)
    yield tuple(w.lemma for w in span)
    # a compound adjective is a kind its last part names ("информационно-консультационная
    # помощь" is consultative help, "организационно-методическая поддержка" methodical)
    if any(w.parts for w in span):
        yield tuple(w.parts[-1] if w.parts else w.lemma for w in span)


def objects(ws: tuple[Word, ...], start: int, g: _Grammar) -> list[tuple[str, int, int]]:
    """(class, start, end) of the first known object after the action, then of the objects
    coordinated with it: "и"/"," + (adjectives) + a known object in the same case — also
    past a prepositional group, when not coordinated inside it ("информации о праве на
    проезд, бланка заявления")."""
    objects: list[tuple[str, int, int]] = []
    end = complement_end(ws, start, g)
    for i in range(start, len(ws)):
        hit = object_at(ws, i, g)
        # past that end only a preposition's own noun may still be what the action is on
        # ("допустить инспектора к водному объекту"), but not a purpose's ("предоставить
        # помещение для экспертной оценки": the room is given, the assessment is what it is for)
        before = ws[skip_adjectives_back(ws, i - 1, start)] if hit and i >= end else None
        if before is not None and (before.pos != "PREP" or before.text in _purpose_prepositions()):
            continue
        # the noun of a compound preposition names nothing ("в ходе проверки": during it)
        if hit and i and f"{ws[i - 1].text} {ws[i].text}" in g.compound_preps:
            continue
        if hit and not is_manner(ws, i, hit[0], g) and not depends_on_unknown(ws, start, i, g) \
                and not names_addressee(ws, start, i, g):
            objects.append((_glossed(ws, i + hit[1], g) or copied(ws, i, hit[1], g) or hit[0], i, i + hit[1]))
            break
    case = governed(ws, start, objects[0][1], objects[0][2]) if objects else frozenset()
    while objects:
        cls, s, e = objects[-1]
        j = e
        while j < len(ws) and not ws[j].is_conj and ws[j].text != "," and not ws[j].is_punct:
            j += 1
        if j >= len(ws) or not (ws[j].is_conj or ws[j].text == ","):
            break
        k = j + 1
        while k < len(ws) and ws[k].pos in ("ADJF", "PRTF") and not object_at(ws, k, g):
            k += 1
        hit = object_at(ws, k, g) if k < len(ws) else None
        if not hit or not (ws[k + hit[1] - 1].cases & case) or any(w.lemma in others_of_kind() for w in ws[j + 1:k]):
            break                    # "бланков заявлений и других документов": more papers of that kind
        if any(w.lemma in g.asking_words for w in ws[j + 1:k]):
            break                    # "информацию, какие льготы положены": the question is its topic
        # "ответов на отзывы и предложения": "и" after a preposition may join its group
        if any(w.pos == "PREP" for w in ws[e:j]) and in_prep_group(ws, e, j, k, lambda w: action_of(w, g) is not None) \
                and not thing_past_place(ws, e, j, k, case, lambda p: object_at(ws, p, g)):
            break
        objects.append((hit[0], k, k + hit[1]))
    return objects


def governed(ws: tuple[Word, ...], start: int, s: int, e: int) -> frozenset[str]:
    """The cases the first object may be in: genitive alone right after a noun of action
    ("получение субсидии и сообщение …": no «сообщение» is coordinated with it), else those
    its head word may take."""
    cases = ws[e - 1].cases
    if start and ws[start - 1].pos == "NOUN" and "gent" in cases \
            and all(w.pos in ("ADJF", "PRTF") for w in ws[start:s]):
        return frozenset({"gent"})
    return cases


def complement_end(ws: tuple[Word, ...], start: int, g: _Grammar) -> int:
    """Where the action's objects may be sought up to: the first preposition when its
    direct complement before it is a noun no vocabulary names ("предоставить АРМ для
    проверки … защиты информации": the known word deep in the topic is not what is
    given), else the clause's end (also with no action read)."""
    i = start
    while i < len(ws) and ws[i].pos in ("ADJF", "PRTF"):
        i += 1
    if start and i < len(ws) and str(ws[i].pos) in ("NOUN", "LATN") and not object_at(ws, i, g) and not action_of(ws[i], g):
        return next((k for k in range(i + 1, len(ws)) if ws[k].pos == "PREP"), len(ws))
    return len(ws)


def copied(ws: tuple[Word, ...], i: int, n: int, g: _Grammar) -> str | None:
    """The class of what a copy reproduces: an object of `copies` (one word) followed by a known
    object in the genitive, adjectives between ("копия лесохозяйственного регламента" is the
    regulation's text: information; "копия приказа", a decision), else None.  A copy of what the
    client files (`case_stage.filed`: "копия заявления", "копия обращения") is a paper handed back
    to him: the copy's own class."""
    if n != 1 or not ws[i].lemmas & g.copies:
        return None
    k = i + 1
    while k < len(ws) and ws[k].pos in ("ADJF", "PRTF") and not object_at(ws, k, g):
        k += 1
    hit = object_at(ws, k, g) if k < len(ws) else None
    return hit[0] if hit and "gent" in ws[k + hit[1] - 1].cases and hit[0] not in g.filed_objects else None


def _glossed(ws: tuple[Word, ...], end: int, g: _Grammar) -> str | None:
    """The class of a known object the writer put in parentheses right after the object,
    naming what it means ("рекомендаций (консультаций)"), else None."""
    if end + 2 < len(ws) and ws[end].text == "(":
        hit = object_at(ws, end + 1, g)
        if hit and end + 1 + hit[1] < len(ws) and ws[end + 1 + hit[1]].text == ")":
            return hit[0]
    return None


def stood_for(previous: tuple[Word, ...], start: int, marks: set[str], g: _Grammar) -> list[tuple[str, int, int]]:
    """The objects of the clause before (its action ends at `start`) that a pronoun of
    `marks` (the gender of a singular noun, or "plur") stands for: its first objects whose
    head noun agrees ("образцы …, распечатать их"), else the first other known noun of it
    that agrees ("Запрос справки, её получение": the certificate), else all its first objects."""
    first = objects(previous, start, g)
    agree = [o for o in first if _agrees(previous[o[1]:o[2]], marks)]
    if agree:
        return agree
    taken = {s for _, s, _ in first}
    for i in range(len(previous)):
        hit = object_at(previous, i, g) if i not in taken else None
        if hit and _agrees(previous[i:i + hit[1]], marks):
            return [(hit[0], i, i + hit[1])]
    return first


def _agrees(span: tuple[Word, ...], marks: set[str]) -> bool:
    """Does the span's head noun (its first) have, in a reading of its lemma, the gender
    (a singular) or the number ("plur") of `marks`?"""
    head = next((w for w in span if w.pos == "NOUN"), None)
    if head is None:
        return False
    read = {p.tag.number if p.tag.number == "plur" else p.tag.gender for p in morph().parse(head.text)
            if p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") == head.lemma}
    return bool(read & marks)


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _sent_to(data: dict) -> tuple[frozenset[str], frozenset[str], str | None]:
    spec = data.get("sent_to_client") or {}
    return frozenset(spec.get("actions", ())), frozenset(spec.get("whom", ())), spec.get("as")


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _agency_doer(data: dict) -> tuple[frozenset[str], frozenset[str], str | None, frozenset[str]]:
    spec = data.get("agency_doer") or {}
    return frozenset(spec.get("words", ())), frozenset(spec.get("handing", ())), spec.get("as"), frozenset(spec.get("passed_on", ()))


def by_agency(ws: tuple[Word, ...], start: int, action: str, g: _Grammar | None = None) -> bool:
    """Does the agency itself do the clause's action of handing over (`agency_doer`'s `handing` in the data) — named
    in the nominative before its verb ("министерство направляет ответ"), no preposition before it and the verb not
    the first person ("в министерство направляю заявление": the client sends), or in the instrumental right
    after the action's noun ("направление ведомством ответа")?  What it hands over, the client receives — unless
    it is the client himself ("направляет заявителя на освидетельствование") or a paper of a class of
    `passed_on`, the client's own it passes on ("направляет документы в Росреестр"): the agency's own deed."""
    words_, handing, _, passed_on = _agency_doer()
    if ws[start - 1].lemma not in handing:
        return False
    verb = ws[start - 1]
    before = verb.pos == "VERB" and not _first_person(verb) and any(
        w.lemma in words_ and "nomn" in w.cases and not (k and ws[k - 1].pos == "PREP") for k, w in enumerate(ws[:start - 1]))
    after = ws[start].lemma in words_ and "ablt" in ws[start].cases and verb.pos == "NOUN"
    return (before or after) and not _hands_own(ws, start + after, passed_on, g)


def _first_person(w: Word) -> bool:
    return any(p.tag.person == "1per" for p in morph().parse(w.text) if p.normal_form.replace("ё", "е") == w.lemma)


def _hands_own(ws: tuple[Word, ...], i: int, passed_on: frozenset[str], g: _Grammar | None) -> bool:
    """Is what is handed over at i (its adjectives passed) the client himself, a paper of `passed_on`, or a place
    first that is not the client's?"""
    end = min(len(ws), i + 4)       # a few adjectives: a run of them is no hostile scan
    while i < end and ws[i].pos in ("ADJF", "PRTF"):
        i += 1
    if g is None or i >= len(ws):
        return False
    if ws[i].pos == "PREP":     # a place named first: another body's ("в прокуратуру"), unless the client's ("в адрес заявителя")
        return not any(w.lemma in g.telling_whom[1] for w in ws[i + 1:i + 4])
    hit = object_at(ws, i, g)
    return ws[i].lemma in g.telling_whom[1] or bool(hit and hit[0] in passed_on)


def told_client(ws: tuple[Word, ...], start: int, action: str, spec: tuple[set[str], set[str], str | None],
                g: _Grammar | None = None) -> str:
    """The action class, or `spec`'s own (`telling_the_client` in the data) when a verb of
    telling has the client as its direct object ("уведомить заявителя о продлении срока":
    the agency tells the client — not the client telling the agency); an action of sending with
    the client in the dative after it (`sent_to_client`) the class of receiving: who sends is
    the agency, what it sends the client receives."""
    verbs, whom, as_class = spec
    if not start or start >= len(ws):
        return action
    if by_agency(ws, start, action, g):
        return _agency_doer()[2]
    if action in _sent_to()[0] and any(w.lemmas & (whom | _sent_to()[1]) and "datv" in w.cases for w in ws[start:start + 2]):
        return _sent_to()[2]    # "пришлите мне справку", "выслать заявителю копию": the client receives
    if not as_class or ws[start - 1].lemma not in verbs:
        return action
    w = ws[start]
    return as_class if w.lemma in whom and "accs" in w.cases and ws[start - 1].pos in ("INFN", "VERB") else action


def telling_unused(ws: tuple[Word, ...], start: int, used: set[int], g: _Grammar) -> set[str]:
    """The codes the words of a telling class (`telling`: feedback, a proposal, a decision…)
    standing in the clause outside its object agree with (empty when there is none): they
    might have decided the code, and did not.  A purpose's noun ("предъявить магазин для
    оценки") says what the object is for, as in `objects`: it competes with no code."""
    hits = [object_at(ws, p, g) for p in range(start, len(ws)) if p not in used]
    return {c for p, hit in zip(range(start, len(ws)), hits) if hit and hit[0] in g.telling
            and not (p > start and ws[skip_adjectives_back(ws, p - 1, start)].text in _purpose_prepositions())
            for c in g.telling[hit[0]]}


def modifier_words(ws: tuple[Word, ...], start: int, used: set[int], g: _Grammar) -> list[frozenset[str]]:
    """The clause's words outside its action and objects, each as what a `refine` modifier may
    name: its lemmas, "lemma@case" where the case matters ("заявителю"), "#class" for a word or a
    phrase's first word of that object class ("доступ на объект": #inspection; "на оказание
    консультационной помощи": #consultation), "@deed" for a noun of action ("на ОКАЗАНИЕ
    консультации")."""
    # a word of the lead before the action ("МНЕ нужно отправить", "заявителю надо подать") is its doer:
    # no case of it marks a recipient
    def marks(p: int, w: Word) -> frozenset[str]:
        hit = object_at(ws, p, g)
        cased = set() if p < start - 1 and w.lemma in g.modals else {f"{w.lemma}@{c}" for c in w.cases}
        return w.lemmas | cased | {"#" + g.objects[(x,)] for x in w.lemmas if (x,) in g.objects} \
            | ({"#" + hit[0]} if hit else set()) | ({"@deed"} if w.pos == "NOUN" and action_of(w, g) else set())
    return [marks(p, w) for p, w in enumerate(ws) if p not in used and p != start - 1 and not w.is_punct
            and not (p and f"{ws[p - 1].text} {w.text}" in g.compound_preps)]


def told_what(ws: tuple[Word, ...], i: int, g) -> int | None:
    """Where a question asking what there is («какие», «сколько», `what_words`) stands right after
    the verb at i, past its comma and the client in the dative ("подскажите(,) мне, какие меры
    есть"): it names what the client is to be told, as a direct object would."""
    for k in range(i + 1, min(i + 4, len(ws))):
        if ws[k].lemma in g.what_words and ws[k].text != "ли":
            rest = [w.pos if w.lemma not in g.plain_verbs else "" for w in ws[k + 1:k + 4]]     # «есть»: no eating
            # "посоветуйте, какой курс выбрать": which thing to do is advice asked ("нужно подать" tells)
            return None if "INFN" in rest and not {"PRED", "ADJS"} & set(rest[:rest.index("INFN")]) else k
        if not (ws[k].is_punct or ws[k].pos == "NPRO"):
            return None
    return None


def is_told_what(ws: tuple[Word, ...], start: int, g) -> bool:
    """Did the clause's action end at a what-question after a verb of advice (`told_what`)?  The
    verb then asked to be told, no help with a task ("@help")."""
    return start > 1 and ws[start - 1].lemma in g.what_words and any(
        action_of(w, g) in g.told_what and told_what(ws, i, g) == start - 1 for i, w in enumerate(ws[:start - 1]))


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _inspected_for(data: dict) -> tuple[frozenset[str], dict[str, tuple[frozenset[str], frozenset[str]]]]:
    spec = data.get("inspected_for") or {}
    return (frozenset(spec.get("conducting", ())),
            {m: (frozenset(d.get("after", ())), frozenset(d.get("words", ()))) for m, d in (spec.get("marks") or {}).items()})


def for_inspection(ws: tuple[Word, ...], start: int) -> list[frozenset[str]]:
    """[{mark}] when a thing is handed over FOR a look at it: a purpose's preposition after the action
    ("для", "на", "к": `inspected_for` in the data), its adjectives and a noun of conducting passed
    ("для проведения испытаний"), then a word of one of the marks' lists ("на выездной осмотр":
    "@for_inspection"; "для экспертной оценки", an assessment that may be the client's: "@for_assessment"); else []."""
    conducting, marks = _inspected_for()
    for i in range(start, len(ws) - 1):
        k = i + 1
        while k < len(ws) - 1 and k < i + 5 and (ws[k].pos in ("ADJF", "PRTF") or ws[k].lemma in conducting):
            k += 1
        found = next((m for m, (after, lemmas) in marks.items() if ws[i].text.lower() in after and ws[k].lemmas & lemmas), None)
        if found:
            return [frozenset({found})]
    return []
