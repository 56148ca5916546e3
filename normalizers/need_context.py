"""What a need clause means beyond its action and object: marks its modifiers get from
the clause's structure and from the clause before it (normalizers/need_grammar.py reads
them as modifiers, so `refine` rules in data/need_grammar.yaml can name them).

* `@stage` — the clause asks where the client's own case stands: a stage word alone
  ("узнать о ходе"), of a procedure on a case or of something owned ("ход
  рассмотрения", "ход её проведения"), in a clause naming what the client filed ("на
  каком этапе моё заявление"), or such a procedure with an owner ("о его согласовании").  A
  stage of anything else is plain information ("состояние дорог", "ход строительства").
* `@event` — "о" + a procedure on what the client filed or owns ("уведомление о регистрации заявления"): news.
* `@settled` — with `@event`, the procedure is one that may settle the case (`settling`: "о его принятии",
  "о регистрации договора"; of a request, "о регистрации заявления", a stage): stage or result, as writers code.
* `@how` — a question word + an infinitive after a verb or noun ("узнать, как получить
  консультацию", "информация о том, где подать заявление"): the client asks how or where to do
  something — information, whatever the object; a question that leads the clause ("Как подать
  заявление?") asks for the thing itself.
* `lemma@into` — each word of the action's target, an «в» + accusative phrase that is the
  first prepositional complement of the action ("записать ребёнка в детский сад"); one
  after another complement belongs to it ("запись на экскурсию в школу": the school is the
  excursion's place, not what one joins).
* `@help` — a word of help leads the clause before its action ("помогите разобраться"): the
  client asks for help to do it; one after the action ("узнать, как помочь …") is its object.
* `@done` — the clause opens with a question on what was done, «что»/«как» + a verb in the
  past or a short participle ("Что сделали по моему обращению?", "Как отреагировали на
  отзыв?"); `@when` — with «когда» + a verb in the perfective future ("Когда придёт ответ?")
  or «будет» + a short form ("Когда будет готово?"): the client asks what became of
  something, not to do what the verb says (`asked_after`); so after a verb of asking and its
  comma ("Узнать, что сделали по обращению", `asked_within`).  «Когда ждать удостоверение?»
  stays the thing awaited: it may be asked before anything is filed; «когда» of an event no
  vocabulary names ("Когда состоится собрание?") asks a fact, no @when.  A clause opening
  with a past plural verb and no subject ("Мне ответили?", "Рассмотрели заявление?") asks
  whether the agency did it: @done too, the verb kept as a modifier (`done_to_me`).
* `@task` — the object is followed by "с"/"в" + a noun of action ("помощь с заполнением
  заявления"): the task it serves (`tasked`).
* the previous clause's nouns, when this clause points back to it with a pronoun
  ("направление предложений и получение ответа на них": the answer is to proposals).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from textcore.lemmas import morph

from .need_case_state import in_state
from .need_case_words import bare_answer, named_kind, requests
from .need_outcome import wish_end
from .need_what_with import stage_asked, what_with
from .need_objects import action_of, object_at
from .phrase import Word
from .verb_family import noun_of

STAGE = "@stage"
EVENT = "@event"
HOW = "@how"
HELP = "@help"
DONE = "@done"
TASK = "@task"
WHEN = "@when"
SETTLED = "@settled"


def _next_content(ws: tuple[Word, ...], i: int, own: set[str]) -> Word | None:
    """The first word after i that is not an owner pronoun or an adjective."""
    for w in ws[i + 1:]:
        if w.text in own or w.lemma in own or w.pos in ("ADJF", "PRTF"):
            continue
        return w
    return None


def case_marks(ws: tuple[Word, ...], spec: dict[str, set[str]], case_objects: set[str],
               deverbal: tuple[str, ...] = (), filed: bool = False,
               before: tuple[Word, ...] = ()) -> list[frozenset[str]]:
    """[{"@stage"}] when the clause asks where the client's case stands, else [];
    `filed`: the clause before it filed something (a report, an application), so a stage
    or the time of a procedure ("ход реагирования", "срок устранения") is that case's;
    `before`: that clause's words, which an owner pronoun may stand for ("подать заявление и
    получить уведомление о его регистрации": a request's, a stage, not `@settled`)."""
    stage, procedure, own = spec["stage"], spec["procedure"], spec["own"]
    names_case = filed or any(w.lemma in case_objects for w in ws)
    about_at = next((k for k, w in enumerate(ws) if w.lemma in spec.get("about", ())), len(ws))
    addressed = bool(spec.get("client", set()) & {w.lemma for w in ws})    # he owns the procedure it names
    one_told = any(w.lemma in spec.get("client", set()) and _singular(w) for w in ws)   # "заявителя", not "граждан"
    if names_case and in_state(ws, spec):       # "заявление на рассмотрении", "заявку взяли в работу"
        return [frozenset({STAGE})]
    for i, w in enumerate(ws):
        if filed and w.lemma in spec.get("time", ()) and i + 1 < len(ws) and ws[i + 1].pos == "NOUN" \
                and ws[i + 1].lemma.endswith(deverbal or ("\0",)):
            return [frozenset({STAGE})]
        # "о сроке рассмотрения заявки": that one request's; "где сейчас мой запрос?", "что с заявкой?"
        if w.lemma in spec.get("time", ()) and _one_case_timed(ws, i, spec, case_objects, about_at, one_told) or \
                w.lemma in spec.get("where", ()) and (_owned_case_after(ws, i, own, case_objects)
                                                      or what_with(ws, i, spec, case_objects)):
            return [frozenset({STAGE})]
        if i and f"{ws[i - 1].text} {w.text}" in spec.get("during", ()):
            continue                         # "в ходе проверки": while it goes on, no stage asked
        if w.lemma in stage and _stepwise(ws, i, spec.get("stepwise", ())):
            continue                         # "шаг за шагом": how it goes, step by step
        if w.lemma in stage and not named_kind(ws, i, own, deverbal):
            nxt = _next_content(ws, i, own)
            # only a stage of some other thing is no status: "ход строительства"; nor steps toward a goal
            # with no case named ("первые шаги для открытия бизнеса": how one goes about it)
            toward = nxt is not None and nxt.text in spec.get("toward", ())
            if names_case or nxt is None or nxt.pos != "NOUN" and not toward or nxt.lemma in procedure \
                    or ws[i + 1].text in own or ws[i + 1].lemma in own or stage_asked(ws, i, spec):
                return [frozenset({STAGE})]
        elif w.lemma in procedure and i > 0 and (ws[i - 1].text in own or ws[i - 1].lemma in own) \
                and not (i > 1 and ws[i - 2].lemma in spec.get("about", ())):
            # "условия его предоставления": how a procedure goes in general, no case's stage
            settled = w.lemma in spec.get("settling", ()) and not any(x.lemma in requests() for x in before + ws[:i])
            return [frozenset({STAGE, EVENT} | ({SETTLED} if settled else set()))]
    return _event(ws, procedure, own, case_objects, deverbal, addressed, frozenset(spec.get("settling", ())),
                  frozenset(spec.get("course", ())))


def _stepwise(ws: tuple[Word, ...], i: int, between: set[str]) -> bool:
    """Is the word at i either half of a word said twice about a word of `between`, «шаг за шагом»?"""
    return any(0 <= a and a + 2 < len(ws) and ws[a + 1].text in between and ws[a].lemma == ws[a + 2].lemma for a in (i, i - 2))


def _one_case_timed(ws: tuple[Word, ...], i: int, spec: dict[str, set[str]], case_objects: set[str], about_at: int,
                    one_told: bool) -> bool:
    """Is the time word at i, in the singular, that of a procedure on ONE paper of a case — the procedure's noun, then
    the paper in the genitive singular, marked as one (owned, a participle, `one`: "срок рассмотрения поданной
    заявки") or one client told, `one_told` ("уведомление заявителя о сроке …"; unmarked, the singular is how a rule
    names the term in general), no word of `about` before it ("порядок и сроки …", `about_at`: found once)?
    Papers in the plural ("сроки рассмотрения обращений") are how the agency works: information."""
    if about_at < i or (proc := _next_content(ws, i, spec["own"])) is None or proc.lemma not in spec["procedure"]:
        return False
    at = ws.index(proc, i)
    if (paper := _next_content(ws, at, spec["own"])) is None or paper.lemma not in case_objects:
        return False
    forms = [p.tag for p in morph().parse(paper.text) if p.normal_form.replace("ё", "е") == paper.lemma and p.tag.case == "gent"]
    marked = one_told or any(w.text in spec["own"] or w.lemma in spec["own"] or w.pos == "PRTF" or w.lemma in spec.get("one", ())
                              for w in ws[at + 1:ws.index(paper, at)])
    return marked and bool(forms) and all(t.number == "sing" for t in forms) and _singular(ws[i])


def _singular(w: Word) -> bool:
    """Is the word singular in every reading of its lemma ("о сроке"; "о сроках …": the agency's terms in general)?"""
    return all(p.tag.number == "sing" for p in morph().parse(w.text) if p.normal_form.replace("ё", "е") == w.lemma)


def _owned_case_after(ws: tuple[Word, ...], i: int, own: set[str], case_objects: set[str]) -> bool:
    """Does an owner pronoun within two words after «где» at i own a paper of a case ("где
    сейчас моё заявление?")?  A verb, an infinitive or a predicative between asks where to
    do something ("где можно подать своё заявление": information)."""
    for j in range(i + 1, min(i + 3, len(ws))):
        if ws[j].pos in ("VERB", "INFN", "PRED") or ws[j].is_punct:
            return False
        if ws[j].text in own or ws[j].lemma in own:
            nxt = _next_content(ws, j, own)
            # a past verb after it asks what was done ("что по моему заявлению решили?": @done)
            return nxt is not None and nxt.lemma in case_objects and not any(
                w.pos == "VERB" and morph().parse(w.text)[0].tag.tense == "past" for w in ws[j + 1:])
    return False


def _event(ws: tuple[Word, ...], procedure: set[str], own: set[str], case_objects: set[str],
           deverbal: tuple[str, ...], addressed: bool = False, settling: frozenset[str] = frozenset(),
           course: frozenset[str] = frozenset()) -> list[frozenset[str]]:
    """[{"@event"}] for "о" + a procedure on a filed paper ("о регистрации заявления"), or
    ending the clause that names the client (`addressed`: "уведомление заявителя о
    приостановлении рассмотрения"): news of something that happened to the client's case.
    A procedure of `settling` on a paper that is no request ("о регистрации договора") adds
    "@settled": the news may be the service's result as well as its stage."""
    for i, w in enumerate(ws[:-1]):
        if w.text in ("о", "об"):
            j = _procedure_in_chain(ws, i + 1, procedure, deverbal)
            if j is None and i + 3 < len(ws) and ws[i + 2].is_conj and ws[i + 3].lemma in procedure:
                j = i + 3        # "о приёме и регистрации запроса": the procedure last named, on the case
            nxt = _next_content(ws, j, set()) if j is not None else None
            # ending the clause, the client named, or reached through a chain led by a change of
            # its course (`course`: "о продлении срока рассмотрения", "о приостановлении
            # рассмотрения"): what happened to the procedure on the client's case
            if j is not None and nxt is None and (addressed or j > i + 1 and ws[i + 1].lemma in course):
                return [frozenset({EVENT})]
            if nxt is not None and (nxt.lemma in case_objects or nxt.text in own or nxt.lemma in own):
                settled = ws[j].lemma in settling and (nxt.text in own or nxt.lemma in own or nxt.lemma not in requests())
                return [frozenset({EVENT, SETTLED} if settled else {EVENT})]
    return []


def _procedure_in_chain(ws: tuple[Word, ...], i: int, procedure: set[str], deverbal: tuple[str, ...]) -> int | None:
    """Index of the procedure word at i, or at the end of a genitive chain led by a noun of
    action ("о продлении срока рассмотрения заявления": what happened to the procedure
    on the case is news of it too); None when there is none."""
    if ws[i].lemma in procedure:
        return i
    if ws[i].pos != "NOUN" or not deverbal or not ws[i].lemma.endswith(deverbal):
        return None
    for j in range(i + 1, min(i + 6, len(ws))):
        if ws[j].is_conj and j + 1 < len(ws) and ws[j + 1].lemma.endswith(deverbal) and ws[j + 1].cases & ws[i].cases:
            continue     # "о приостановлении и возобновлении рассмотрения": both happen to it
        # a word cut short or mended by the speller ("рассмотр.") keeps no case of its own
        if ws[j].pos != "NOUN" or ("gent" not in ws[j].cases and not ws[j - 1].is_conj and not ws[j].fuzzy):
            return None
        if ws[j].lemma in procedure:
            return j
    return None


def target_marks(ws: tuple[Word, ...], start: int, into: set[str]) -> list[frozenset[str]]:
    """[{"lemma@into"}, …] for the words of the action's target: the first prepositional
    phrase after the action (and its direct object) when its preposition is one of `into`
    and its words are accusative; [] when another preposition or a comma comes first."""
    for i in range(start, len(ws)):
        if ws[i].is_punct or ws[i].pos == "PREP" and ws[i].text not in into:
            return []
        if ws[i].pos == "PREP":
            out = []
            for w in ws[i + 1:]:
                if w.pos not in ("ADJF", "PRTF", "NOUN") or "accs" not in w.cases:
                    break
                out.append(frozenset({f"{w.lemma}@into"}))
            return out
    return []


def helped(ws: tuple[Word, ...], start: int, helping: set[str]) -> list[frozenset[str]]:
    """[{"@help"}] when a word of `helping` comes before the action (which ends at `start`)."""
    return [frozenset({HELP})] if any(w.lemma in helping for w in ws[:max(start - 1, 0)]) else []


def tasked(ws: tuple[Word, ...], end: int, g) -> list[frozenset[str]]:
    """[{"@task"}] when the object ending at `end` is followed by a preposition of
    `task_prepositions` and a noun of action ("помощь с заполнением заявления", "помощь в
    подаче документов"): the task the object serves.  `g`: the need grammar."""
    if end + 1 >= len(ws) or ws[end].text not in g.task_preps:
        return []
    k = end + 1
    while k < len(ws) and ws[k].pos in ("ADJF", "PRTF"):
        k += 1
    task = k < len(ws) and ws[k].pos == "NOUN" and (action_of(ws[k], g) or ws[k].lemma.endswith(g.deverbal))
    return [frozenset({TASK})] if task else []


def asks_how(ws: tuple[Word, ...], how_words: set[str]) -> list[frozenset[str]]:
    """[{"@how"}] when a question word of `how_words` is followed by an infinitive."""
    for i, w in enumerate(ws[:-1]):
        # only a question put to a verb before it ("узнать, как подать"): one that leads
        # the clause ("Как подать заявление?") is the client's need itself
        # by lemma too: «кто» asks in its cases ("узнать, к кому обратиться")
        if (w.text in how_words or w.lemma in how_words) and ws[i + 1].pos == "INFN" and \
                any(x.pos in ("INFN", "VERB", "NOUN") for x in ws[:i]):
            return [frozenset({HOW})]
    return []


def points_back(clause: tuple[Word, ...], previous: tuple[Word, ...] | None,
                responding: frozenset[str] = frozenset(), action_of=lambda w: None) -> list[frozenset[str]]:
    """The previous clause's nouns, when this one refers to it by a personal pronoun
    after a preposition ("ответ на них", "узнать о нём"), a possessive one before its
    noun ("узнать его итоги"), a participle of `responding` (measures "taken" are
    taken on what the clause before named: "… ответ на предложение и ознакомиться с
    принятыми мерами"), or a bare answer ending it (`answers`: "… и получить ответ")."""
    if not previous:
        return []
    refers = any(w.pos == "NPRO" and w.lemma in ("он", "она", "оно", "они") for w in clause) or \
        any(w.pos in ("PRTF", "PRTS", "VERB") and w.lemma in responding for w in clause) or _names_again(clause, previous, action_of) \
        or bare_answer(clause, previous, action_of)
    if not refers:
        return []
    return [w.lemmas for w in previous if w.pos == "NOUN"]


def _names_again(clause: tuple[Word, ...], previous: tuple[Word, ...], action_of) -> bool:
    """Does a noun after "на" name again what the previous clause gave — one of its nouns,
    or an action of the class of its verb ("сообщить мнение …, получить ответ на
    сообщение", "высказать … ответ на высказывание")?"""
    named = {lem for w in previous if w.pos == "NOUN" for lem in w.lemmas}
    verbs = [w for w in previous if w.pos in ("INFN", "VERB")]
    named |= {n for w in verbs for n in [noun_of(w.lemma)] if n}
    acts = {action_of(w) for w in verbs} - {None}
    return any(w.pos == "NOUN" and clause[i - 1].text == "на" and (w.lemmas & named or action_of(w) in acts)
               for i, w in enumerate(clause) if i)


def pronoun_of(clause: tuple[Word, ...], start: int, pronouns: dict[str, set[str]]) -> Word | None:
    """The personal pronoun of `pronouns` standing for the action's object: its direct
    complement ("скачать их", "получить её"), or an owner pronoun leading the clause before
    its action, adjectives between ("…, её (быстрое) получение"); None when there is none."""
    if clause and clause[0].text in pronouns and 1 < start and \
            all(w.pos in ("ADJF", "PRTF") for w in clause[1:start - 1]):
        return clause[0]
    if start < len(clause) and clause[start].pos == "NPRO" and clause[start].text in pronouns \
            and "accs" in clause[start].cases:
        return clause[start]
    return None


@lru_cache(maxsize=50_000)
def asked_after(ws: tuple[Word, ...], g) -> tuple[int, str] | None:
    """(index after the verb, `@done`, `@when` or "") when the clause opens with a question on
    what the agency did, when something comes (module doc; `asked_after` in need_grammar.yaml)
    or a fact («где находится …», «что входит в …»: a present verb no action names, ""): a
    finite verb there is no need of the client's.  A pronoun ("Как я могу подать …") or an
    infinitive ("Как подать …?") asks for the thing itself.  `g`: the need grammar."""
    spec = g.asked
    if not ws or not spec:
        return None
    if not ws[0].lemmas & (spec["done"] | spec["when"] | spec["present"]):
        return done_to_me(ws, g)
    lead, j = ws[0].lemmas, 1
    # "что уже сделали", "когда же", "почему мне отказали", "что по моему заявлению решили" (a
    # prepositional group before the verb: the word order is free)
    while j < len(ws):
        if ws[j].pos in ("ADVB", "PRCL") or ws[j].pos == "NPRO" and "nomn" not in ws[j].cases:
            j += 1
        elif ws[j].pos == "PREP" and any(w.pos == "NOUN" for w in ws[j + 1:j + 4]):
            j = next(k + 1 for k in range(j + 1, j + 4) if ws[k].pos == "NOUN")
            while j < len(ws) and ws[j].pos == "NOUN" and "gent" in ws[j].cases:     # "в пакет документов"
                j += 1
        else:
            break
    if j >= len(ws):
        return None
    tag = morph().parse(ws[j].text)[0].tag if ws[j].pos in ("VERB", "PRTS") else None
    if tag is not None and lead & spec["done"] and (ws[j].pos == "PRTS" or tag.tense == "past"):
        return j + 1, DONE
    if tag is not None and lead & spec["when"] and tag.tense == "futr" and \
            (tag.aspect == "perf" or j + 1 < len(ws) and ws[j + 1].pos in ("ADJS", "PRTS")):
        # "когда придёт ответ", "когда будет готово": a thing the client awaits; an event no
        # vocabulary names ("Когда состоится собрание?") is a fact of the agency's: information
        noun = next((k for k in range(j + 1, len(ws)) if ws[k].pos == "NOUN"), None)
        return j + 1, WHEN if noun is None or object_at(ws, noun, g) else ""
    if tag is not None and lead & spec["present"] and (tag.tense == "pres" or ws[j].pos == "PRTS") \
            and not action_of(ws[j], g):          # "где находится", "где расположен"
        return j + 1, ""
    return None


def done_to_me(ws: tuple[Word, ...], g) -> tuple[int, str] | None:
    """(index of the verb, `@done`) when the clause opens, past oblique pronouns and adverbs,
    with a verb in the past plural and no subject ("Мне ответили?", "Рассмотрели моё
    заявление?", "его уже учли?"): someone unnamed — the agency — did it, and the client asks
    whether it is done.  The verb stays a modifier (a `progress` verb says a case's stage).
    A subject ("мы подали") or a modal ("хотели бы") makes it the client's own doing; a wish that
    it be done ("чтобы ответили по существу", need_outcome.wish_end) is read alike."""
    j = wish_end(ws, g.modals)
    while j < len(ws) and (ws[j].pos == "NPRO" and "nomn" not in ws[j].cases or ws[j].pos in ("ADVB", "PRCL")):
        j += 1
    if j >= len(ws) or ws[j].pos != "VERB" or ws[j].lemma in g.modals or ws[j].lemma in g.plain_verbs:
        return None
    if j + 1 < len(ws) and ws[j + 1].text == "ли":
        return None          # "узнать, учли ли …": a question the verb before asks (`what_words`)
    tag = morph().parse(ws[j].text)[0].tag
    return (j, DONE) if tag.tense == "past" and tag.number == "plur" else None


def tell_spec(d: dict) -> tuple[frozenset[str], frozenset[str], str | None, frozenset[str]]:
    """(verbs, whom, class, wondering words) of a data entry on verbs of telling."""
    return (*(frozenset(d.get(k, ())) for k in ("verbs", "whom")), d.get("as"), frozenset(d.get("wonder", ())))


def asks_to_be_told(ws: tuple[Word, ...], i: int, spec: tuple, asking: frozenset[str]) -> bool:
    """Is the word at i a verb of telling in the imperative that asks the agency to tell the
    client something — a comma, a question word or the client in the dative right after it
    ("Скажите, когда …", "Сообщите на каком этапе …", "Напишите мне …", "Уведомите меня …"), or
    a word of wondering so followed ("Интересует, когда …")?  Its topic right after it
    ("Сообщите о нарушении") is an instruction to the client instead.  `spec`: verbs, whom,
    class, wondering words (`asked_to_tell` in need_grammar.yaml)."""
    verbs, whom, _, wonder = spec
    # "сообщите" reads as a 2nd person future too, and "уведомите" is one written for the
    # imperative: the form addresses the agency either way
    if ws[i].lemma not in wonder and (ws[i].lemma not in verbs or ws[i].pos != "VERB" or not any(
            "impr" in p.tag or {"2per", "plur"} <= p.tag.grammemes for p in morph().parse(ws[i].text))):
        return False
    after = ws[i + 1:i + 4]
    return bool(after) and (after[0].text == "," or after[0].lemma in whom or any(w.lemma in asking for w in after))


def asked_within(ws: tuple[Word, ...], g) -> str:
    """The mark of such a question asked after a verb of asking and its comma ("Узнать, что
    сделали по моему обращению", "Подскажите, когда придёт ответ"): the same as when it opens
    the clause (`asked_after`)."""
    asking = False                          # one pass: a list of thousands of commas stays linear
    lead = g.asked["done"] | g.asked["when"] | g.asked["present"] if g.asked else set()
    for p, w in enumerate(ws[:-1]):
        # the comma may be gone with a polite word ("Подскажите, пожалуйста, когда …")
        if asking and (w.text == "," or w.lemma in lead):
            found = asked_after(ws[p + 1:] if w.text == "," else ws[p:], g)
            return found[1] if found else ""
        asking = asking or action_of(w, g) in g.asking or asks_to_be_told(ws, p, g.asked_to_tell, g.asking_words)
    return ""


def back_to(read: list, clause: tuple[Word, ...], previous: tuple[Word, ...], before: set[str], g) -> list:
    """A clause's needs (`need_grammar.Need`s) when it points back to the one before it (a
    pronoun, "принятые меры"), read in its light (`reread_after`): what was done on feedback the
    client gave by a verb alone ("пожаловаться на водителя и узнать, какие меры приняты") is
    feedback's result."""
    if not read or not points_back(clause, previous, g.responding):
        return read
    for rule in g.reread_after:
        if rule["within"] and rule["before"] in before and all(n.code in rule["was"] for n in read):
            return [replace(n, code=rule["becomes"], how=n.how + "+back") for n in read]
    return read
