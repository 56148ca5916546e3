"""Needs stated as outcomes rather than deeds (vocabulary: data/need_grammar.yaml):

* a wish that the agency do something, «(хочу,) чтобы» + a verb in the past plural with no
  subject ("хочу, чтобы ответили по существу"): what it does for the client is what he is
  after, read as a question on what it did is (need_context.done_to_me, `@done`) — a guess
  unless the verb answers (`wish_answers`: «ответить», not «принять») or names an action
  (`wish_end`, `unnamed_wish`);
* a thing that should come to the client, its subject before the verb ("чтобы деньги пришли
  на карту"): «пришли» there is «прийти», no order to send (`past_after_subject`);
* a lack stated with no deed named ("нет обратной связи по оценкам", "отсутствие ответа на
  обращение"): the need is its remedy, the thing lacking received (`lacking` in the data, `lead`),
  a guess where it is given as well (`both_ways`: "нет обратной связи");
  after a preposition a lack is a topic ("справка об отсутствии сведений"), none stated;
* a trouble to avoid, «чтобы не» + an infinitive, names no need: the question after its comma
  does ("чтобы не звонить …, рассмотрено ли заявление", `lead`), else the need beside it
  (need_story.story_only: "чтобы не стоять в очереди, записаться заранее");
* a word of not knowing before a question ("…, непонятно, рассматривается ли обращение") starts
  a need of its own (`starts_anew`);
* news of what the agency did in answer to the clients' feedback — measures taken, changes
  made, what was taken into account ("сведения о том, как учтены предложения родителей",
  "отчёт о принятых мерах по итогам анкетирования"): the result of considering that feedback,
  `@answered` (`answered_feedback`) — not a response that is a noun's topic ("о порядке
  рассмотрения предложений": information), nor an assessment that may be the agency's own ("меры
  по оценке ущерба") unless the service's quality is named beside it."""
from __future__ import annotations

from textcore.lemmas import morph
from textcore.vocab import vocabulary
from .matcher import DATA
from .need_unknown import UNREAD
from .phrase import Word

ANSWERED = "@answered"
BOTH_WAYS = 0.75        # a lack of a thing given and received alike: which one lacks is a guess


@vocabulary(DATA / "need_grammar.yaml", required=("objects",))
def _data(data: dict) -> dict:
    spec = data.get("answered_feedback") or {}
    lists = data.get("modifier_lists") or {}
    one = lambda ws: frozenset(str(w).replace("ё", "е") for w in ws)   # noqa: E731
    return {"wished": one(data.get("wished", ())), "lacking": one((data.get("lacking") or {}).get("words", ())),
            "unclear": one(data.get("unclear", ())), "wish_answers": one(data.get("wish_answers", ())),
            "lack_as": (data.get("lacking") or {}).get("as", "receive"),
            "both_ways": frozenset((data.get("lacking") or {}).get("both_ways", ())),
            "responses": one(spec.get("responses", ())), "replies": one(spec.get("replies", ())),
            "asked_too": one(spec.get("asked_too", ())), "answered_by_client": frozenset(spec.get("answered_by_client", ())),
            "remedies": one(spec.get("remedies", ())),
            "contested": one(((data.get("open_about") or {}).get("result") or {}).get("unless", ())),
            "made_by": one(list(spec.get("made_by", ())) + list((data.get("agency_doer") or {}).get("words", ()))
                           + list(data.get("inspectors", ()))),
            "about": frozenset(spec.get("about", ())), "complaints": one(spec.get("complaints", ())),
            "own_too": one(spec.get("own_too", ())), "procedure": one(spec.get("procedure", ())),
            "of_service": one(w for k in spec.get("of_service", ()) for w in lists.get(k, ()) if " " not in str(w)),
            # (an entry of two words, "долгий ожидание": both lemmas side by side)
            "of_service_pairs": frozenset(tuple(str(w).replace("ё", "е").split()) for k in spec.get("of_service", ())
                                          for w in lists.get(k, ()) if len(str(w).split()) == 2)}


def wish_end(ws: tuple[Word, ...], modals: set[str]) -> int:
    """The index after a wish opening the clause — a modal verb, its comma, then a word of
    `wished` ("хочу, чтобы …", "чтобы …") —, or 0 when none opens it."""
    j = 1 if ws and ws[0].lemma in modals and ws[0].pos == "VERB" else 0
    j += j < len(ws) and ws[j].text == ","
    return j + 1 if j < len(ws) and ws[j].text in _data()["wished"] else 0


def is_unclear(lemma: str) -> bool:
    """Is it a word of `unclear`, one at a loss ("непонятно", "неизвестно")?"""
    return lemma in _data()["unclear"]


def starts_anew(opening: tuple[Word, ...], g, done_to_me) -> bool:
    """Do a fragment's opening words start a question of its own after a comma: on what the agency
    did ("…, мне ответили?", need_context.done_to_me; not a wish, "…, чтобы ответили"), or a word
    of `unclear` and its comma ("долго нет ответа, непонятно, рассматривается ли …": the story
    before it names no need)?"""
    if len(opening) > 1 and opening[0].lemma in _data()["unclear"] and opening[1].text == ",":
        return True
    return not wish_end(opening, g.modals) and done_to_me(opening, g) is not None


def unnamed_wish(ws: tuple[Word, ...], k: int, g, action_of) -> bool:
    """Is the clause a wish whose verb at k neither answers (`wish_answers`) nor names an action
    ("чтобы перезвонили", "чтобы приняли заявление")?  What the agency is to do is then only guessed."""
    return bool(wish_end(ws, g.modals)) and k < len(ws) and ws[k].lemma not in _data()["wish_answers"] \
        and not action_of(ws[k])


def past_after_wish(before: Word, w: Word) -> bool:
    """Is `w`, read as an imperative, the past plural of another verb right after «чтобы» (`wished`: "чтобы
    пришли посмотреть печку": «прийти», the agency bid come, no order to send)?  «чтобы» takes no imperative."""
    if w.pos != "VERB" or before.text.lower() not in _data()["wished"]:
        return False
    parses = morph().parse(w.text)
    return "impr" in parses[0].tag and any({"past", "plur"} <= p.tag.grammemes for p in parses[1:])


def past_after_subject(before: Word, w: Word) -> bool:
    """Is `w`, read as an imperative, the past plural of another verb after its nominative
    subject ("деньги пришли на карту": «прийти», not «прислать»)?  An order has no subject."""
    if w.pos != "VERB" or before.pos != "NOUN" or "nomn" not in before.cases:
        return False
    parses = morph().parse(w.text)
    return "impr" in parses[0].tag and any({"past", "plur"} <= p.tag.grammemes for p in parses[1:])


def lead(ws: tuple[Word, ...], g, action_of, object_at) -> tuple[int, str, float] | None:
    """(index after, action class, cap) of a clause led by an outcome rather than a deed, or None:
    a lack of a known thing, no action named in the clause ("нет бланка заявления": received);
    a subject's verb in the past read as an order ("деньги пришли": no action, in review); a
    question after a trouble to avoid ("чтобы не звонить …, рассмотрено ли …": asked, `_avoided`)."""
    if (k := _avoided(ws, g)) is not None:
        return k, g.asked["as"], 1.0
    # an action that may lead a clause: a verb, or a noun in the nominative opening one after a comma or
    # «и» ("…, и подача жалобы"; "по оценкам", "о ходе рассмотрения" lead none)
    acting = lambda k: action_of(ws[k]) and (ws[k].pos in ("INFN", "VERB") or "nomn" in ws[k].cases   # noqa: E731
                                             and (ws[k - 1].is_punct or ws[k - 1].is_conj))
    for i, w in enumerate(ws[:6]):
        if i and past_after_subject(ws[i - 1], w):
            return 0, "none", UNREAD
        if action_of(w):
            return None
        # after a preposition a lack is a topic ("справка об отсутствии сведений"), no lack stated
        if w.lemma in _data()["lacking"] and not (i and ws[i - 1].pos == "PREP") and i + 1 < len(ws) \
                and (found := object_at(ws, i + 1)) and not any(map(acting, range(i + 1, len(ws)))):
            return i + 1, _data()["lack_as"], BOTH_WAYS if found[0] in _data()["both_ways"] else 1.0
    return None


def avoids(ws: tuple[Word, ...]) -> bool:
    """Does the clause open with a trouble the client would avoid, «чтобы не» + an infinitive?"""
    return len(ws) > 2 and ws[0].text in _data()["wished"] and ws[1].text == "не" and ws[2].pos == "INFN"


def _avoided(ws: tuple[Word, ...], g) -> int | None:
    """Where the question starts after a trouble the client would avoid, «чтобы не» + an infinitive
    and its comma ("чтобы не звонить каждый день с вопросом, готова ли справка"): the deed avoided
    is no need, the question asked is; None when the clause is no such thing."""
    if not avoids(ws):
        return None
    k = next((k for k in range(3, len(ws)) if ws[k].text == ","), None)
    asks = k is not None and any(w.text == "ли" or w.lemma in g.asking_words for w in ws[k + 1:k + 4])
    return k + 1 if asks else None


def answered_feedback(ws: tuple[Word, ...], object_at) -> list[frozenset[str]]:
    """[`@answered`] when the clause names a response of the agency's (`responses`: measures,
    changes, consideration, what was taken into account) and the feedback it answers, a word of
    an object class of `about` (отзыв, предложение, анкетирование); [`@answered_complaint`] for a
    complaint (`complaints`) of the service's quality or an official's conduct (`of_service`:
    "жалоба на качество работы отдела"); else []."""
    d = _data()
    said = [w.lemmas & (d["responses"] | d["replies"]) for k, w in enumerate(ws) if not _topic_of_noun(ws, k)]
    if not any(said):
        return []
    # a reply alone answers no comment asked of the agency (`asked_too`): that may be its explanation;
    # nor a survey (`answered_by_client`): the client answers it ("ответить на вопросы анкеты")
    replied = not any(x & d["responses"] for x in said)
    of_service = _of_service(ws, d)
    # an assessment of a thing may be the agency's own ("меры по оценке ущерба"): feedback only beside the service's quality
    about = any((found := object_at(ws, k)) and found[0] in d["about"] \
                and not (replied and (ws[k].lemma in d["asked_too"] or found[0] in d["answered_by_client"] or _made_by(ws, k + found[1], d)))
                and (of_service or ws[k].lemma not in d["own_too"] or not _governs_genitive(ws, k + 1)) for k in range(len(ws)))
    named = any(w.lemma in d["complaints"] for w in ws)
    # the response said by a verb, a predicate of its own ("что сделано по отзыву", "учли ли"), not a noun
    # a feedback word may govern as its content ("предложение по изменению графика")
    deed = any(w.lemmas & d["responses"] and _done(ws, k) and not _topic_of_noun(ws, k) for k, w in enumerate(ws))
    if about:
        return [frozenset({ANSWERED, ANSWERED + "_deed"} if deed else {ANSWERED})]
    # what was done on a complaint is a remedy, feedback's answer — an appeal gets a decision
    # ("узнать, что сделали по моей жалобе"); a complaint's answer else an appeal's as often: only the likelier
    # (not where the clause names what an appeal contests, `open_about`'s `unless`: "по жалобе на отказ")
    remedied = any(w.lemmas & d["remedies"] and _done(ws, k) for k, w in enumerate(ws)) and not any(w.lemma in d["contested"] for w in ws)
    # (the complaint's own topic, after its word, is of the service: "ответ на жалобу на грубость"; a rudeness the
    # client reports of the complaint's handling, "сообщение о грубости при рассмотрении жалобы", is his feedback)
    first = next((k for k, w in enumerate(ws) if w.lemma in d["complaints"]), len(ws))
    of_it = _of_service(ws[first + 1:], d)
    return [frozenset({ANSWERED + "_deed"})] if remedied and named else \
        [frozenset({ANSWERED + "_complaint"})] if named and of_it else []


def _of_service(ws: tuple[Word, ...], d: dict) -> bool:
    """Do the words name the service's quality, an official's conduct or a wait (`of_service`, its pairs too)?"""
    return any(w.lemmas & d["of_service"] for w in ws) or any((a.lemma, b.lemma) in d["of_service_pairs"] for a, b in zip(ws, ws[1:]))


def _done(ws: tuple[Word, ...], k: int) -> bool:
    """Is the word at k a deed said done — a finite verb or a short participle, «сделали», «исправлено»?  An
    infinitive or an imperative is what the client asks for or must do himself, «предложение изменить
    график», «что нужно сделать», «учтите моё предложение»; one negated, «не исправили», «не было сделано»,
    is what the client complains of: no answer."""
    w = ws[k]
    said = w.pos == "PRTS" or w.pos == "VERB" and morph().parse(w.text)[0].tag.mood != "impr"
    return said and all(x.text != "не" for x in ws[max(0, k - 2):k])


def _made_by(ws: tuple[Word, ...], m: int, d: dict) -> bool:
    """Is the feedback word ending before m the agency's own, its maker in the genitive after it (`made_by`, the
    agency's and inspectors' words: "замечания инспектора", "предложение министерства")?  The client answers it."""
    end = min(len(ws), m + 4)       # a few adjectives: a run of them is no hostile scan
    while m < end and ws[m].pos in ("ADJF", "PRTF"):
        m += 1
    return m < len(ws) and ws[m].lemma in d["made_by"] and "gent" in ws[m].cases


def _topic_of_noun(ws: tuple[Word, ...], k: int) -> bool:
    """Is the word at k in the genitive right after a word of `procedure` (its adjectives between),
    how or when a response goes ("о порядке рассмотрения предложений", "сроки принятия мер") rather
    than news of it ("о результатах рассмотрения")?"""
    j = k - 1
    while j >= max(0, k - 4) and ws[j].pos in ("ADJF", "PRTF"):     # a few: a run of them is no hostile scan
        j -= 1
    return j >= 0 and ws[j].lemma in _data()["procedure"] and "gent" in ws[k].cases


def _governs_genitive(ws: tuple[Word, ...], m: int) -> bool:
    """Is the word at m (its adjectives skipped, a few) a noun in the genitive — what an assessment is of?"""
    end = min(len(ws), m + 4)
    while m < end and ws[m].pos in ("ADJF", "PRTF"):
        m += 1
    return m < len(ws) and ws[m].pos == "NOUN" and "gent" in ws[m].cases
