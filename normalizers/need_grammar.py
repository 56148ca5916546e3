"""A need phrase -> its needs, read as action + object (vocabulary: data/need_grammar.yaml).

    "Получение бланков документов в электронной форме"  -> receive + form        -> forms
    "Получение информации и бланков документов"         -> receive + info, form  -> information, forms
    "Информирование и консультирование"                 -> inform; consult        -> information, consultation
    "Хочу узнать, на каком этапе заявление"             -> learn + status         -> status
    "Оценка качества предоставления услуги"              -> evaluate               -> feedback

Reading (with natasha's morphology, normalizers/phrase.py):
1. clauses: the phrase is cut before "и"/"," (+ adjectives, adverbs of order) followed by an action word in the
   nominative or a verb ("… и получение результата", "… и скачать бланк") — each clause has its own action;
2. action: the first action word of the clause, a deverbal noun or a verb in any form and either aspect, or its
   noun of action ("подать"/"подаёт", "выяснение": `verb_family.py`; adjectives, "досудебное", and modal words,
   "хочу", "можно", before it are skipped); a verb or deverbal noun the vocabulary lacks takes the class of its
   nearest vocabulary word by embeddings (normalizers/similar.py), when clearly close;
3. objects: the first word after the action that is a known object — not one after its manner preposition ("в
   электронной форме"), nor one depending on an unknown prepositional noun ("о неисправности оборудования");
   further objects are those joined to it by "и"/"," in the same case ("информации и бланков"); a word in
   another case after "и" belongs to a modifier ("об услуге и её результате"); with no known object, an action
   whose default is a guess may class its direct complement by embeddings;
4. modifiers: every other word of the clause; they only matter through `refine`.  A phrase with
neither action nor object is not read (the caller falls back).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from textcore.vocab import vocabulary

from .matcher import DATA
from .need_bids import bid_to_look
from .need_context import asked_after, asked_within, back_to, asks_how, asks_to_be_told, tell_spec, tasked, case_marks, helped, points_back, pronoun_of, target_marks
from . import cut_words, need_agency_receives, need_complaint, need_asked_fact, need_channel_lead, need_doubt, need_officialese, need_outcome, need_object_as, need_unnamed_doer
from .verb_family import verb_family
from .need_split import Picked, any_new, first_new, split_at
from .need_topic import after_colon, is_topic
from .need_unknown import SIMILAR, UNREAD, guess as _guess, headed as _headed, looks_like_action as _looks_like_action, unknown_object as _unknown_object
from .need_coord import last_prepositions, listed_apart, loose_object, named_apart, owned_deed, paired_adjectives, past_order_words, second_topic, next_head as _next_head, parallel, separator as _separator
from .need_refine import marks_in_row
from .need_objects import accompanies, action_of as _action_of, is_told_what, told_what, governed, modifier_words, telling_unused, told_client, object_at as _object_at, objects as _objects, stood_for, for_inspection
from .phrase import Speller, Word, words
from .similar import Classes

FULL = 0.95          # action and object both known and the table names the pair
REFINED = 0.93       # a modifier rule decided
ACTION_ONLY = 0.9    # a decisive action, object absent or not in the table
OBJECT_ONLY = 0.88   # no action word, a known object
GUESS = 0.75         # an action whose default is only a guess ("получение" + unknown)
LOOSE = 0.8          # another known object hangs after "и" unread: a need may be missing
MIXED = 0.82         # a telling word (feedback, a case's stage) in the clause did not decide
FUZZY_FACTOR = 0.88  # a misspelt word was corrected: the code goes to review


@dataclass(frozen=True)
class Need:
    code: str
    score: float
    action: str          # action class ("none" when absent)
    obj: str             # object class ("*" when absent/unknown)
    how: str             # table | refine | default; "+similar": a word guessed, "+unread": a leading verb unread


class _Grammar:
    def __init__(self, data: dict):
        self.actions = {w: cls for cls, ws in data["actions"].items() for w in ws}
        spelt = set(self.actions)          # a typo is corrected to a listed word only (cheaper)
        self.objects: dict[tuple[str, ...], str] = {}
        for cls, w in ((c, w) for c, ws in data["objects"].items() for w in ws):
            self.objects.setdefault(tuple(str(w).split()), cls)
        family = verb_family(self.actions, data.get("aspect_suffixes", []),
                              {k[0] for k in self.objects if len(k) == 1})
        self.actions.update({w: c for w, c in family.items() if w not in set(data.get("family_exclude", ()))})
        self.max_len = max(len(k) for k in self.objects)
        self.table: dict[str, dict[str, str]] = data["table"]
        self.decisive = set(data.get("decisive_actions", []))
        self.direct_only = set(data.get("direct_object_actions", []))
        self.telling: dict[str, set[str]] = {c: set(codes) for c, codes in (data.get("telling") or {}).items()}
        self.yielding = set(data.get("yielding_actions", []))
        self.telling_whom = tell_spec(data.get("telling_the_client") or {})[:3]
        self.asked_to_tell = tell_spec(data.get("asked_to_tell") or {})      # "Скажите, …": the client asks
        self.modals, self.to_infinitive = set(data.get("modals", [])), set(data.get("yield_to_infinitive", ()))
        self.questions, self.asking_words = set(data.get("question_words", [])), frozenset(data.get("asking_words", ()))
        self.lead_words = self.modals | self.questions
        self.how_to, self.where = set(data.get("how_to", [])), set(data.get("where_words", []))
        self.topic_preps, self.task_preps = set(data.get("topic_prepositions", ())), set(data.get("task_prepositions", ()))
        self.governs = {str(p): frozenset(cs) for p, cs in (data.get("preposition_cases") or {}).items()}
        self.compound_preps = {str(p).replace("ё", "е") for p in data.get("compound_prepositions", ())}
        self.asking, self.told_what = set(data.get("asking_actions", ())), set(data.get("told_what", ()))  # need_objects.told_what
        self.what_words = {w: cls for cls, ws in (data.get("what_words") or {}).items() for w in ws}
        needed = data.get("what_needed") or {}        # "что нужно для …?": asks what is needed
        self.what_needed = (set(needed.get("words", ())), set(needed.get("before", ())), needed.get("as"))
        self.asked = {k: v if isinstance(v, str) else set(v) for k, v in (data.get("asked_after") or {}).items()}
        self.manner = {cls: set(ps) for cls, ps in (data.get("manner") or {}).items()}
        sim = data.get("similar") or {}
        # single words only: a phrase entry ("консультативный помощь") pulls every "… помощь" to its class
        self.similar = {k: Classes({c: [w for w in ws if " " not in str(w)] for c, ws in data[k].items()},
                                   sim.get("by", "centroid")) for k in ("actions", "objects")}
        # absent: a guess is never sure
        self.sure_cosine, self.sure_margin = float(sim.get("sure_cosine", 2.0)), float(sim.get("sure_margin", 2.0))
        self.deverbal = tuple(data.get("deverbal_suffixes", ()))
        named = lambda r: r["modifier"] if isinstance(r["modifier"], list) else data["modifier_lists"][r["modifier"]]  # noqa: E731
        self.refine = [(set(r.get("actions", [])) or None, set(r.get("objects", [])) or None,
                        [tuple(str(m).split()) for m in named(r)], r["code"]) for r in data["refine"]]
        self.case_stage = {k: set(v) for k, v in data["case_stage"].items()}
        self.pronouns = {str(w).replace("ё", "е"): set(m) for w, m in (data.get("pronouns") or {}).items()}
        self.responding = frozenset(data.get("responding", ()))
        self.reread_after = [{"before": r["before"], "was": set(r["was"]), "becomes": r["becomes"],
                              "within": bool(r.get("within"))} for r in data.get("reread_after", ())]
        self.filing, self.filed_objects = set(data.get("filing_actions", ())), set(data["case_stage"].get("filed", ()))
        self.case_objects = {k[0] for k, cls in self.objects.items() if cls in data["case_stage"]["objects"]}
        self.doubt, self.open_topics, self.at_a_loss = need_doubt.settings(data)     # calibration: need_doubt.py
        acc = data.get("accompanying") or {}    # need_objects.copied, accompanies ("… с выдачей расписки")
        self.copies, self.accompanying = frozenset(data.get("copies", ())), (frozenset(acc.get("prepositions", ())),
                                                                             frozenset(acc.get("after", ())))
        self.plain_verbs, self.opening_links, self.looking, self.inspecting = (
            frozenset(data.get(k, ())) for k in ("plain_verbs", "opening_links", "looking_verbs", "inspectors"))
        self.doubted_defaults = need_doubt.doubted_defaults(data.get("doubted_defaults"))     # bare_default
        vocab = spelt | {w for k in self.objects for w in k}
        self.speller = Speller(sorted(vocab), unglue=True, cuts=True, pairs=sorted(k for k in self.objects if len(k) == 2),
                               cut_words=sorted(cut_words.rule_words(self.refine) - vocab))
        self.known = need_doubt.known_words(self)     # the built vocabulary, verb families included


@vocabulary(DATA / "need_grammar.yaml", required=("actions", "objects", "table", "refine"))
def grammar(data: dict) -> _Grammar:
    return _Grammar(data)


def _starts_clause(w: Word, g: _Grammar) -> bool:
    return _action_of(w, g) is not None and (w.pos in ("INFN", "VERB") or bool(w.cases & {"nomn", "accs"}))


def _clauses(ws: tuple[Word, ...], g: _Grammar) -> list[tuple[Word, ...]]:
    """Clauses, cut before "и"/"," + an action, and before "и"/","/"или" + a preposition the clause
    already used ("информирование о ходе рассмотрения и (,) о принятом решении": a second
    topic of the same action, which `read_needs` lends it) or + a second topic of another
    class in its case ("о порядке предоставления услуги и ходе её предоставления": lent here)."""
    topics: dict[int, int] = {}          # first word of a second topic -> the preposition it shares
    named, acted, preps = {}, {}, last_prepositions(ws)   # `cuts` is asked at each word: words read once (any_new, first_new)

    def cuts(i: int, idx: list[int]) -> bool:
        cur = Picked(ws, idx)
        # a clause so far with no action may still name its need by its object ("Запрос справки
        # и получение ответа"); two adjectives of one noun are one object ("письменной и устной консультации")
        if paired_adjectives(ws, i) or not any_new(named, idx, lambda k: _action_of(ws[k], g) or _looks_like_action(ws[k], g) or ws[k].lemma in g.what_words or _object_at(ws, k, g)):
            return False
        if ws[i].text == "и" and i + 1 < len(ws) and ws[i + 1].lemma in g.what_words:
            return True         # "… и какие документы нужны": a question of its own
        if ws[i].text == "и" and i + 2 < len(ws) and ws[i + 1].lemma in g.where and _object_at(ws, i + 2, g) \
                and not any(_action_of(x, g) in g.asking for x in cur):
            return True         # "… и где бланк": where the thing is, asked of its own
        if accompanies(ws, i, cur, g) or owned_deed(ws, i, idx, lambda w: _action_of(w, g), g.case_stage["own"]):
            return True         # "Исполнение запросов с направлением ответа заявителю", "… и её подачи": a deed of its own
        if ws[i].text in ("и", ",", "или", "либо") and i + 1 < len(ws) and ws[i + 1].pos == "PREP":
            return ws[i + 1].text in {x.text for x in cur if x.pos == "PREP"}
        q = second_topic(ws, idx, i, g.topic_preps, lambda w, p: _object_at(w, p, g), preps) if ws[i].text == "и" else None
        if q is not None:
            topics[i + 1] = q
            return True
        a = first_new(acted, idx, lambda k: _action_of(ws[k], g))
        if ws[i].text == "и" and a is not None and listed_apart(ws, a, i, lambda w, p: _object_at(w, p, g)):
            return True         # "получение субсидии и сообщение об …": the noun governs no «сообщение»
        if ws[i].text == "и" and (a is None or all(ws[k].pos in _LEAD_POS or ws[k].lemma in g.lead_words for k in idx if k < a)) and named_apart(ws, [k for k in idx if a is None or k >= a], i, lambda w, p: _object_at(w, p, g), g.governs):
            return True         # "Заявка на ремонт и информация …", "Консультация … и справка": two subjects
        head = _next_head(ws, past_order_words(ws, i + 1, g.how_to | g.where | g.questions)) if ws[i].is_conj else None
        k = need_doubt.asked_infinitive(ws, i + 2) if head is not None and head.lemma in g.how_to else None
        if k is not None and not any(_action_of(x, g) in g.asking for x in cur):
            head = ws[k]        # "… и как (мне) подать заявку?": a question of its own, unless "узнать" governs it
        if head is not None and (head.pos == "INFN" or ws[i].text == ",") and ws[i + 1].pos == "PRTF":
            return False        # governed by a participle: "семей, желающих получить участок", "актах, регулирующих предоставление …"
        # infinitives in a row are actions in a row, a verb the vocabulary lacks too ("получить компенсацию и поставить оценку")
        parallel = head is not None and head.pos == "INFN" and any(x.pos == "INFN" for x in cur)
        whether = ws[i].text == "," and head is not None and (k := ws.index(head, i)) + 1 < len(ws) and ws[k + 1].text == "ли"   # "узнать, зарегистрировали ли …"
        return head is not None and (_starts_clause(head, g) or parallel) and not whether
    parts: list[list[int]] = []
    for part in split_at(range(len(ws)), cuts):
        lent = [k for k in parts[-1] if k <= topics[part[0]]] if part[0] in topics else []
        parts.append(lent + part)
    return [tuple(ws[k] for k in part) for part in parts]


def _code(action: str, obj: str, has: Callable[[tuple[str, ...]], bool], g: _Grammar) -> tuple[str, float, str] | None:
    for actions, objects, seqs, code in g.refine:
        if actions is not None and action not in actions:
            continue
        if objects is not None and obj not in objects:
            continue
        if any(has(s) for s in seqs):
            return _scored(code, REFINED, "refine")
    row = g.table.get(action, {})
    if obj in row and obj != "*":
        return _scored(row[obj], FULL if action != "none" else OBJECT_ONLY, "table")
    if "*" in row:
        return _scored(row["*"], ACTION_ONLY if action in g.decisive else GUESS, "default")
    return None


def _scored(code: str, score: float, how: str) -> tuple[str, float, str]:
    """A code written "code?" has another likely reading: a guess, whatever its source."""
    return (code[:-1], GUESS, how + "?") if code.endswith("?") else (code, score, how)


# a particle is no word of the need: a polite question is negated ("Не подскажете, где …?")
_LEAD_POS = {"ADJF", "ADJS", "PRTF", "PRTS", "ADVB", "NPRO", "PRED", "PRCL"}


def _lead_action(ws: tuple[Word, ...], g: _Grammar) -> tuple[int, str, float]:
    """(index after the action, action class, score cap) — the action leads the clause,
    after adjectives ("досудебное обжалование"), modal words ("хочу узнать") and a subject
    before its verb ("родители записывают"); an
    action word the vocabulary lacks ("разузнать") gets the class of its nearest word; with
    none near, the clause has no action, and what its object says goes to review
    ("Показать помещение": the unread verb might have turned it round)."""
    if found := asked_after(ws, g):              # "Что сделали по …?" (a wish "чтобы перезвонили": a guess)
        return found[0], g.asked["as"], GUESS if need_outcome.unnamed_wish(ws, found[0], g, lambda x: _action_of(x, g)) else 1.0
    if (lead := need_outcome.lead(ws, g, lambda x: _action_of(x, g), lambda x, k: _object_at(x, k, g)) or need_channel_lead.channel_lead(ws, g) or need_asked_fact.asked_fact(ws, g)) is not None:
        return lead                              # "деньги пришли на карту", "нет обратной связи по …"; "через МФЦ подать …"
    brought = False
    for i, w in enumerate(ws[:6]):
        if w.lemma in g.what_words:         # "какие документы нужны?": the client asks what
            return i + 1, g.what_words[w.lemma], 1.0
        if w.lemma in g.what_needed[0] and any(x.lemma in g.what_needed[1] for x in ws[i + 1:i + 3]):
            return i + 1, g.what_needed[2], 1.0
        if i + 1 < len(ws) and ws[i + 1].lemma in g.what_words and w.pos in ("VERB", "INFN", "PRTS", "ADJS", "PRED") \
                and (ws[i + 1].text == "ли" or not _action_of(w, g)):
            # "Есть ли …?", "Получено ли …?": the word stays read; an action before a what-word
            # keeps its object ("Получить какую справку"), only "ли" makes it a question
            return i, g.what_words[ws[i + 1].lemma], 1.0
        if asks_to_be_told(ws, i, g.asked_to_tell, g.asking_words):   # "Скажите, когда …"
            return i + 1, g.asked_to_tell[2], 1.0
        a = None if i and need_outcome.past_after_wish(ws[i - 1], w) else _action_of(w, g)
        if a in g.told_what and (k := told_what(ws, i, g)) is not None:     # "Подскажите, какие есть меры"
            return k + 1, g.what_words[ws[k].lemma], 1.0
        if a:
            return (*(found := _inner_action(ws, i, a, g))[:2], min(found[2], UNREAD) if brought else found[2])
        subject = w.pos == "NOUN" and i + 1 < len(ws) and (
            "nomn" in w.cases and ws[i + 1].pos == "VERB"
            # the doer of an infinitive in the dative ("мигранту подать уведомление"): no recipient
            or "datv" in w.cases and ws[i + 1].pos == "INFN")
        # a conjunction opening the phrase only links it to what was said ("а где взять …")
        # an unread verb right before a known action's infinitive only brings it ("зайти забрать справку"):
        # the infinitive is the action, read unsure as the verb may turn it round ("прекратить получать")
        bringing = w.pos in ("VERB", "INFN") and i + 1 < len(ws) and ws[i + 1].pos == "INFN" and _action_of(ws[i + 1], g)
        brought = brought or bool(bringing) and w.lemma not in g.lead_words
        if not (w.pos in _LEAD_POS or w.is_punct or w.lemma in g.lead_words or subject or bringing
                or not i and w.lemma in g.opening_links):
            if _looks_like_action(w, g) and not _object_at(ws, i, g):
                guess = _guess(g, "actions", (w,))
                # "куда звонить": where to do what no vocabulary names is asked, to be told (a guess)
                asks = i and w.pos == "INFN" and ws[i - 1].lemma in g.how_to
                return (i + 1, guess[0], guess[1]) if guess else (i + 1, g.asked["as"], UNREAD) if asks else (0, "none", UNREAD)
            return 0, "none", _headed(ws, i, g)          # a noun first: no action word
    return 0, "none", 1.0


def _inner_action(ws: tuple[Word, ...], i: int, a: str, g: _Grammar) -> tuple[int, str, float]:
    """(index after, class, cap) of the action at i, or of the client's action it enables:
    "Организация (личного) приёма" — the agency organises, the client is received;
    "Предоставление возможности оценить …" — the client assesses; "помогите (мне) оплатить" —
    the client pays (`yield_to_infinitive`)."""
    j, k = i + 1, next((k for k in range(i + 1, min(i + 3, len(ws))) if ws[k].pos == "INFN"), None)
    if ws[i].lemma in g.to_infinitive and k is not None and _action_of(ws[k], g):
        return k + 1, _action_of(ws[k], g), 1.0
    if (ensured := need_officialese.ensured_act(ws, i, g)) is not None:
        return ensured                       # "обеспечение (возможности) получения …"
    if j < len(ws) and ws[j].lemma in g.modals and ws[j].pos == "NOUN":
        j += 1                               # "возможности", "необходимости"
    elif a != "agency":
        return i + 1, a, 1.0
    head = _next_head(ws, j)
    inner = _action_of(head, g) if head is not None else None
    if inner and inner != "agency":
        return ws.index(head, j) + 1, inner, 1.0
    return i + 1, a, 1.0


def _files(clause: tuple[Word, ...] | None, g: _Grammar) -> bool:
    """Does the clause file something with the agency — an action of `filing`, or a paper of
    the client's case or a report as its object ("сообщение о происшествии")?"""
    if not clause:
        return False
    start, action, _ = _lead_action(clause, g)
    return action in g.filing or any(c in g.filed_objects for c, *_ in _objects(clause, start, g))


def _read_clause(ws: tuple[Word, ...], g: _Grammar, previous: tuple[Word, ...] | None = None) -> list[Need]:
    start, action, cap = _lead_action(ws, g)
    action = need_unnamed_doer.unnamed_doer(ws, start, told_client(ws, start, need_agency_receives.received_by_agency(ws, start, action, g), g.telling_whom, g))  # the agency's own; telling; «сообщают»
    verb = ws[start - 1].lemma if 0 < start <= len(ws) else ""     # the action's word: what a blank is read by
    objects = [(need_object_as.object_class(ws, action, c, s, e, lambda x, k: _object_at(x, k, g), verb), s, e, 1.0) for c, s, e in _objects(ws, start, g)]
    if action in g.direct_only and objects and _next_head(ws, start) is not ws[objects[0][1]]:
        objects = []             # "разъяснения по вопросам применения требований": no direct object
    # "… анкету для участия … и отправьте её": the object, with its modifiers, of the clause before
    pron = None if objects or previous is None else pronoun_of(ws, start, g.pronouns)
    if pron is not None:      # the objects it agrees with ("Запрос справки, её получение": справка)
        objects = [(c, 0, 0, 1.0) for c, *_ in stood_for(previous, _lead_action(previous, g)[0], g.pronouns[pron.text], g)]
    if not objects and action not in g.decisive and action != "none":   # a decisive action's default is safe
        guess = _unknown_object(ws, start, g)
        objects = [guess] if guess else []
    if action == "none" and not objects and cap != UNREAD:
        return []       # a clause led by a verb nobody read may still say what it is for ("… на осмотр")
    loose_at = loose_object(ws, start, {p for _, s, e, _ in objects for p in range(s, e)},
                            {c for c, *_ in objects}, lambda w, p: _object_at(w, p, g), g.case_stage["own"])
    if parallel(ws, objects, loose_at, governed(ws, start, *objects[0][1:3]) if objects else frozenset()):
        objects, loose_at = objects + [(*loose_at, 1.0)], None
    used = {p for _, s, e, _ in objects for p in range(s, e)}
    mods = modifier_words(ws, start, used, g)
    mods += case_marks(ws, g.case_stage, g.case_objects, g.deverbal, _files(previous, g), previous or ()) + points_back(ws, previous, g.responding, lambda w: _action_of(w, g)) + asks_how(ws, g.how_to) + ([] if is_told_what(ws, start, g) else helped(ws, start, g.to_infinitive)) \
        + (bid_to_look(ws, start, g.inspecting) if start and ws[start - 1].lemma in g.looking else [])
    mods += [frozenset({m}) for m in [(asked_after(ws, g) or (0, asked_within(ws, g)))[1]] if m] + tasked(ws, objects[0][2] if objects else 0, g) \
        + need_outcome.answered_feedback(ws, lambda x, k: _object_at(x, k, g))
    mods += target_marks(ws, start, g.case_stage["into"]) + for_inspection(ws, start) + need_complaint.third_party(ws, start) + need_complaint.review_about(ws, objects) + ([w.lemmas for w in previous if not w.is_punct] if pron is not None else [])
    factor = FUZZY_FACTOR if any(w.fuzzy for w in ws) else 1.0
    told = telling_unused(ws, start, used, g)
    loose = LOOSE if loose_at else MIXED if told else 1.0
    # "предоставить автомобиль и документы": the object read is listed after a thing nobody read
    first = bool(g.doubt["unknown_first"] and objects and action != "none"
                 and need_doubt.unknown_first(ws, start, objects[0][1], g.known))
    out, has = [], marks_in_row(mods)
    for cls, _, _, obj_cap in (objects or [("*", 0, 0, 1.0)]):
        found = _code(action, cls, has, g)
        if found:
            code, score, how = found
            if how == "default" and cls == "*" and 0 < g.doubt["unread_words"] <= need_doubt.unread_words(ws, start, used, g.known):
                score, how = min(score, need_doubt.UNREAD_WORDS), how + "+unexplained"
            if first:
                score, how = min(score, need_doubt.FIRST_UNKNOWN), how + "+first"
            note = "+similar" if SIMILAR in (cap, obj_cap) else "+unread" if cap == UNREAD else ""
            mixed = loose == MIXED and code in told     # the telling word agrees
            note += "" if loose == 1.0 or mixed else "+loose" if loose == LOOSE else "+mixed"
            out.append(Need(code, round(min(score, cap, obj_cap, 1.0 if mixed else loose) * factor, 3),
                            action, cls, how + note))
    return out


def refers_back(phrase: str, before: str) -> bool:
    """Does the phrase point back to the one before it (a pronoun, "принятые меры")?"""
    g = grammar()
    return bool(points_back(words(phrase, g.speller), words(before, g.speller), g.responding,
                            lambda w: _action_of(w, g)))


def topic(ws: tuple[Word, ...], g: _Grammar) -> bool:
    """Does a clause before a dash only name a topic (need_topic.is_topic)?"""
    return is_topic(ws, lambda x: _lead_action(x, g))


def _yields(n: Need, g: _Grammar) -> bool:
    """The agency's own work ("рассмотрение заявления"): `other` by an action of `yielding`;
    one a `refine` rule read as the client's need ("проведение осмотра помещения") is not."""
    return n.action in g.yielding and n.code == "other"


@lru_cache(maxsize=50_000)
def phrase_clauses(phrase: str) -> tuple[tuple[Word, ...], tuple[tuple[Word, ...], ...]]:
    """A phrase's words and clauses (`_clauses`): cut once for its reading and for its doubts."""
    g = grammar()
    ws = words(phrase, g.speller)
    return ws, tuple(_clauses(ws, g))


@lru_cache(maxsize=50_000)
def read_needs(phrase: str, before: str = "") -> tuple[Need, ...]:
    """The needs one phrase states, in order (empty when it cannot be read); `before`, the
    phrase before it in its cell, is what a pronoun in its first clause may point back to."""
    g = grammar()
    topical = after_colon(phrase, lambda t: words(t, g.speller), lambda x: _lead_action(x, g),
                          lambda x, k: _objects(x, k, g))
    if topical is not None:
        return read_needs(topical, before)
    ws, clauses = phrase_clauses(phrase)
    first_previous = words(before, g.speller) if before else None
    out: list[Need] = []
    codes: list[set[str]] = []
    at = {id(w): k for k, w in enumerate(ws)}
    for i, clause in enumerate(clauses):
        if i + 1 < len(clauses) and len(clause) == 1:    # "получение и скачивание бланков": a bare
            # action shares the next one's object ("скачать, заполнить и отправить форму": past bare ones)
            clause = clause + next((r for c in clauses[i + 1:] for r in [c[_lead_action(c, g)[0]:]] if r), ())
        elif i and clause[0].pos == "PREP":
            # "… и о принятом решении": what the previous clause said before the same
            # preposition ("информирование", "получение информации"), with a topic of its own
            prev = clauses[i - 1]
            clause = prev[:next(k for k, w in enumerate(prev) if w.text == clause[0].text)] + clause
        read = _read_clause(clause, g, clauses[i - 1] if i else first_previous)
        read = back_to(read, clause, clauses[i - 1], codes[-1], g) if i else read
        # a bare action ("информирование и консультирование") names its need alone: no doubt
        codes.append({n.code for n in read if not _yields(n, g)}
                     if sum(not (w.is_punct or w.is_conj) for w in clauses[i]) > 1 else set())
        # after "и" a clause of its own ("справку и разъяснение по вычетам"); after a comma, an
        # item of a list ("результата, ответа, разъяснения …") the definition itself writes
        joined = i and _separator(ws, at, clauses[i - 1]) == "и"
        out = need_doubt.likely_again(out, read) if joined and codes[-1] and g.doubt["likely_again"] else out
        out += read
    if any(not _yields(n, g) for n in out):
        out = [n for n in out if not _yields(n, g)]
    return tuple(need_doubt.doubt_phrase(ws, out, codes, g, lambda w, p: _object_at(w, p, g)))
