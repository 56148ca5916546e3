"""The client's own story in a need cell: complaint and call logs quote the client
("не могу дозвониться, хочу узнать, дошли ли документы", "автобус не пришёл, хочу оставить
отзыв").  The need is what the client is after; the story around it names none.

* `runon_parts` — a run-on cell with no punctuation ("отопления нет пятый день куда
  звонить") is cut where a clause of its own (a finite verb or «нет») is followed by a
  question word or a wish («хочу …»): the story, then the request.
* `drop_story` — a phrase that only tells (a finite verb or «нет», no action the grammar
  reads: coded by shared letters alone; or that something awaited has not come, "Ответа до сих
  пор нет —") names no need when another phrase of the cell does.
* `case_question` — a question on where one's own case stands, asked by its form rather
  than by a word of the vocabulary: a yes/no question on a past deed ("дошли ли
  документы", "субсидию назначили?"), «что с ним»/«где оно» of a paper, «когда будут
  результаты», «сколько ждать решения»: status, where the phrase read information or a
  result (a paper asked after or told as filed, "что с моей заявкой", is no new filing); so is
  a paper told filed, then silence ("Заявление подал месяц назад — тишина").
* `reread` also reads one at a loss ("не понимаю, как …", "что делать") as asking advice,
  whether a benefit is due ("положена ли мне …") as information, and a thing the client
  cannot find ("не могу найти бланк") as what he wants to get.
Word classes in data/need_story.yaml.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from textcore.lemmas import morph
from textcore.vocab import vocabulary
from .matcher import DATA, Match
from .need_context import done_to_me
from .need_outcome import avoids, is_unclear, wish_end
from .need_grammar import grammar, read_needs
from .need_objects import action_of, object_at
from .phrase import Word, words



@vocabulary(DATA / "need_story.yaml", required=("entitled",))
def _data(data: dict) -> dict:
    out = {k: v if isinstance(v, str) else frozenset(v) for k, v in data.items() if k != "what_to_do"}
    todo = data.get("what_to_do") or {}
    out["todo_asking"], out["todo_verbs"] = frozenset(todo.get("asking", ())), frozenset(todo.get("verbs", ()))
    return out


def _finite(w: Word) -> bool:
    """A verb in the indicative that names no action of the vocabulary ("звоню", "не ходит"),
    or «нет»: a clause that tells something of its own ("Заявитель получает ответ" acts)."""
    if w.pos == "PRED" and w.lemma == "нет":
        return True
    if w.pos != "VERB" or action_of(w, grammar()):
        return False
    # a future is a promise or a plan of the client's ("привезу трактор на осмотр"), no story
    tag = morph().parse(w.text)[0].tag
    return "indc" in tag and tag.tense in ("past", "pres")


def _tells(ws: tuple[Word, ...]) -> bool:
    """Do the words state something (a finite verb, «нет») without asking or wishing?"""
    g = grammar()
    # a wish denied is the story too ("не могу дозвониться")
    wish = any(w.lemma in g.modals and w.pos in ("VERB", "PRED", "ADVB") and not (i and ws[i - 1].text == "не")
               for i, w in enumerate(ws))
    return any(_finite(w) for w in ws) and not wish and not any(w.lemma in g.asking_words for w in ws)


# a story clause is read in the few words before the wish or question it ends at: a window
# keeps a long cell linear
_WINDOW = 12


def runon_parts(phrase: str) -> list[str]:
    """`phrase` cut after its story, where a question word or a wish follows a clause that
    only tells (module doc); one part when there is none."""
    toks = phrase.split(" ")
    g = grammar()
    parts, start = [], 0
    for i in range(1, len(toks)):
        head = words(toks[i])
        if not head or "," in toks[i - 1]:
            continue                  # after a comma the splitter of cells decided already
        w = head[0]
        asks = w.lemma in g.asking_words
        if not (asks or w.lemma in g.modals and w.pos == "VERB"):
            continue
        left = words(" ".join(toks[max(start, i - _WINDOW):i]))
        # a question right after a verb of knowing or an action is its object ("не понимаю как
        # получить …", "узнать куда"); after one that tells, a question of its own ("не чистят куда …")
        if not left or asks and (left[-1].lemma in _data()["not_knowing"] or action_of(left[-1], g)):
            continue
        if _tells(left):
            parts.append(" ".join(toks[start:i]))
            start = i
    return parts + [" ".join(toks[start:])]


def story_only(phrase: str, matches: list[Match]) -> bool:
    """Does the phrase only tell the client's story: every code a guess by shared letters
    (no action read) and a clause that states without asking, or a plan of his own — a deed
    no action names, governed by a verb or a modal word ("хочу открыть бизнес на севере —
    расскажите …"), or a trouble he would avoid ("чтобы не стоять в очереди", need_outcome.avoids)?"""
    return bool(matches) and (all(m.method == "fuzzy" for m in matches) and (_tells_text(phrase) or _plans(phrase)
                                                                            or avoids(words(phrase)))
                              or _told_done(phrase) or _told_missing(phrase))


@lru_cache(maxsize=20_000)
def _told_missing(phrase: str) -> bool:
    """Does the phrase tell, not ask, that something has not come ("Уведомления всё нет —", "не
    пришло уведомление"): «нет» or «не» before a verb in the past, no «?» of its own and no action of
    the vocabulary?  Before the request it only explains it ("… — на каком этапе рассмотрение?")."""
    if "?" in phrase:
        return False
    g = grammar()
    ws = [w for w in words(phrase) if not w.is_punct]
    nets = [i for i, w in enumerate(ws) if w.pos == "PRED" and w.lemma == "нет"]
    # the thing missing is no action asked for ("Уведомления так и нет", "нет ответа")
    missing = {k for i in nets for k in range(i - 3, i + 2) if 0 <= k < len(ws) and ws[k].pos == "NOUN"}
    # a deed told in the past is the story too ("Прошёл месяц, а решения нет", "подал заявку, ответа нет")
    if any(action_of(w, g) and not (w.pos == "VERB" and morph().parse(w.text)[0].tag.tense == "past")
           for k, w in enumerate(ws) if k not in missing):
        return False
    return any(w.pos == "PRED" and w.lemma == "нет" or w.text.lower() == "не" and i + 1 < len(ws) and ws[i + 1].pos == "VERB"
               and morph().parse(ws[i + 1].text)[0].tag.tense == "past" for i, w in enumerate(ws))


@lru_cache(maxsize=20_000)
def _told_done(phrase: str) -> bool:
    """Does the phrase tell, not ask, what the agency did ("мне отказали —", "нам ответили, но …"):
    a deed done to the client (need_context.done_to_me) with no «?» of its own?  Before the
    request it only explains it ("мне отказали — как обжаловать?")."""
    ws = tuple(w for w in words(phrase) if not w.is_punct)      # a wish, "хочу, чтобы ответили", is no story
    return "?" not in phrase and not wish_end(words(phrase), grammar().modals) and done_to_me(ws, grammar()) is not None


@lru_cache(maxsize=20_000)
def _plans(phrase: str) -> bool:
    """A bare infinitive the vocabulary lacks ("Застраховать урожай") is a step of the list,
    a need no action names (review), not a plan: only one that a finite verb or a modal word
    governs ("хочу построить", "планирую переехать") tells the client's intent."""
    g = grammar()
    ws = [w for w in words(phrase) if not w.is_punct]
    return any(w.pos == "INFN" and action_of(w, g) is None and i and (ws[i - 1].pos == "VERB" or ws[i - 1].lemma in g.modals)
               for i, w in enumerate(ws))


@lru_cache(maxsize=20_000)
def _tells_text(phrase: str) -> bool:
    return _tells(words(phrase))


def drop_story(read: list[tuple[str, list[Match]]]) -> list[tuple[str, list[Match]]]:
    """The phrases' readings without the story's, when another phrase names a need."""
    told = [story_only(p, ms) for p, ms in read]
    if all(told) or not any(told):
        return read
    return [r for r, t in zip(read, told) if not t]


@lru_cache(maxsize=20_000)
def case_question(phrase: str) -> str:
    """How the phrase asks where the client's own case stands by its form (module doc):
    "paper" when it names the paper asked after ("что с моей заявкой"), "case", or ""."""
    ws = tuple(w for w in words(phrase) if not w.is_punct)
    d = _data()
    for i, w in enumerate(ws):
        prev = ws[i - 1] if i else None
        # "дошли ли", "включён ли": a past deed asked whether
        if w.text == "ли" and prev is not None and prev.lemma not in d["entitled"] and \
                (prev.pos == "PRTS" or prev.pos == "VERB" and morph().parse(prev.text)[0].tag.tense == "past"):
            return "case"
        # "что с ней", "где оно", "что с моей заявкой"
        # (right after «что» the paper is the subject, "где оно": "что её убрали" tells what was done to it)
        if prev is not None and _case_named(ws, i) and (
                prev.lemma in d["case_asking"] and "nomn" in ws[i].cases or prev.text in ("с", "со") and i > 1 and ws[i - 2].lemma in d["case_asking"]):
            return "paper"
        if w.lemma in d["when_words"] and _result_to_be(ws, i + 1):
            return "case"
    # the text before each «?» (a split: a regex «[^?]*\?» retried from each letter of a long
    # phrase with no «?» was quadratic)
    return "case" if any(_past_asked(q) for q in phrase.split("?")[:-1]) else ""


def _case_named(ws: tuple[Word, ...], i: int) -> bool:
    """Does word i name the client's own paper or case: a pronoun ("где оно"), or a possessive
    before a known object ("с моей заявкой")?"""
    d = _data()
    if ws[i].lemma in d["case_pronouns"]:
        return True
    return ws[i].lemma in d["possessive"] and i + 1 < len(ws) and bool(object_at(ws, i + 1, grammar()))


def _result_to_be(ws: tuple[Word, ...], i: int) -> bool:
    """A result or a decision awaited from i on, after a verb of being or waiting ("когда
    будут результаты отбора", "сколько ждать решения", "когда решение"; not "когда будет
    объявлен конкурс": an event of the agency's, nor "когда ждать удостоверение": the paper)."""
    d = _data()
    waited = i < len(ws) and ws[i].lemma in d["waiting"]
    if waited:
        if ws[i].pos != "INFN" and morph().parse(ws[i].text)[0].tag.tense != "futr":
            return False
        i += 1
    # a procedure waited for ("сколько ждать подключения", "… рассмотрения") is the case's too
    if waited and i < len(ws) and ws[i].lemma in grammar().case_stage["procedure"]:
        return True
    found = object_at(ws, i, grammar()) if i < len(ws) else None
    return bool(found) and found[0] in d["awaited"]


def _past_asked(question: str) -> bool:
    """A yes/no question on a deed done ("субсидию назначили?"): its last sentence has a verb
    in the past and no question word."""
    ws = [w for w in words(question.rsplit(".", 1)[-1]) if not w.is_punct]
    g = grammar()
    return bool(ws) and not any(w.lemma in g.asking_words for w in ws) and \
        ws[-1].pos == "VERB" and morph().parse(ws[-1].text)[0].tag.tense == "past" and ws[-1].lemma not in _data()["entitled"]


@lru_cache(maxsize=20_000)
def asks_advice(phrase: str) -> bool:
    """Does the phrase ask what or how to do, as one at a loss ("не понимаю, как получить …",
    "что делать", "как начать")?"""
    ws = tuple(w for w in words(phrase) if not w.is_punct)
    d = _data()
    for i, w in enumerate(ws[:-1]):
        nxt = ws[i + 1]
        if w.lemma in d["todo_asking"] and nxt.pos == "INFN" and nxt.lemma in d["todo_verbs"]:
            return True
        if w.lemma == "как" and nxt.pos == "INFN" and any(
                v.lemma in d["not_knowing"] and j and ws[j - 1].text == "не" or is_unclear(v.lemma) for j, v in enumerate(ws[:i])):
            return True
    return False


def reread(phrase: str, matches: list[Match]) -> list[Match]:
    """The phrase's codes read again by what the client asks: advice where he is at a loss
    (`asks_advice`), status where he asks after his own case (`case_question`)."""
    d = _data()
    if (sought := _sought(phrase)) is not None:
        return sought or matches
    if matches and asks_advice(phrase):
        return _recode(matches, d["advice_replaces"], d["advice_code"], "+advice")
    if _asks_due(phrase):
        return _recode(matches, d["due_replaces"] - _due_kept(phrase), "information", "+due")
    # a paper told filed, then silence ("Заявление подал месяц назад — тишина"): asked after, as a question
    if any(m.code in d["silenced"] for m in matches) and _silent(phrase) and _told_filing(phrase, any_action=True):
        return _recode(matches, d["silenced"], d["silenced_as"], "+silence")   # feedback left, then silence: its answer
    kind = case_question(phrase) or ("case" if _told_filing(phrase) and _silent(phrase) else "")
    if kind and any(w.lemma in grammar().responding for w in words(phrase)):
        return matches       # "мне ответили?", "что решили?": the answer asked after, not the stage
    # the paper asked after, or told as filed, is no new filing ("что с моей заявкой")
    asked = d["asked_codes"] | (d["told_codes"] if kind == "paper" or _told_filing(phrase) else frozenset())
    if not kind or not any(m.code in asked for m in matches):
        return matches
    return _recode(matches, asked, "status", "+case")


@lru_cache(maxsize=20_000)
def _sought(phrase: str) -> tuple[Match, ...] | None:
    """The needs of a thing the client says he cannot find ("не могу найти бланк заявления",
    "не нашла форму отчёта"): read as getting it (`sought_as` + what follows the verb); None
    when the phrase says no such thing."""
    d, g = _data(), grammar()
    ws = phrase.split(" ")
    for i, tok in enumerate(ws[1:], 1):
        w = words(tok)
        if not w or w[0].lemma not in d["not_found"]:
            continue
        # «не найти», or «не» before a modal word ("не могу найти")
        before = [x.lemma for x in words(" ".join(ws[max(0, i - 2):i]))]
        if not (before[-1:] == ["не"] or len(before) == 2 and before[0] == "не" and before[1] in g.modals):
            continue
        rest = " ".join(ws[i + 1:])
        return tuple(Match(n.code, n.score, f"grammar:{n.how}+sought", phrase)
                     for n in read_needs(f"{d['sought_as']} {rest}") if n.obj != "*")
    return None


@lru_cache(maxsize=20_000)
def _asks_due(phrase: str) -> bool:
    """Does the phrase ask whether something is due to the client ("положена ли мне …")?"""
    ws = [w for w in words(phrase) if not w.is_punct]
    return any(w.text == "ли" and i and ws[i - 1].lemma in _data()["entitled"] for i, w in enumerate(ws))


@lru_cache(maxsize=20_000)
def _due_kept(phrase: str) -> frozenset[str]:
    """The codes of `due_in_clause` the question whether a thing is due leaves: those its own clause (from
    the verb of entitlement to the next comma or «и») does not name — asked for on their own ("узнать,
    положена ли помощь, и записаться на консультацию"; "получить консультацию, положена ли субсидия")."""
    own = _data().get("due_in_clause") or frozenset()
    ws = words(phrase)
    at = next((i for i, w in enumerate(ws) if w.text == "ли" and i and ws[i - 1].lemma in _data()["entitled"]), None)
    if not own or at is None:
        return frozenset()
    end = next((k for k in range(at + 1, len(ws)) if ws[k].is_punct or ws[k].text == "и"), len(ws))
    named = {n.code for n in read_needs(" ".join(w.text for w in ws[at - 1:end]))}
    return frozenset(own - named)


def _silent(phrase: str) -> bool:
    """Does the phrase say nothing came of it, a word of `silence` ("тишина", "молчание")?"""
    return any(w.lemma in _data()["silence"] for w in words(phrase))


@lru_cache(maxsize=20_000)
def _told_filing(phrase: str, any_action: bool = False) -> bool:
    """Does the client tell he filed something, a filing verb in the past ("подавал заявку")?
    `any_action`: a verb of any action of the vocabulary ("оставил отзыв")."""
    g = grammar()
    return any(w.pos == "VERB" and (a := action_of(w, g)) and (any_action or a in g.filing)
               and morph().parse(w.text)[0].tag.tense == "past" for w in words(phrase))


def _recode(matches: list[Match], codes: frozenset[str], code: str, how: str) -> list[Match]:
    """`matches` with those of `codes` read as `code`, each code once (its less sure reading);
    as they are where the grammar read `code` already (its other codes are other clauses')."""
    if any(m.code == code for m in matches):
        return matches
    out: dict[str, Match] = {}
    for m in matches:
        m = replace(m, code=code, method=m.method + how) if m.code in codes else m
        if m.code not in out or m.score < out[m.code].score:
            out[m.code] = m
    return list(out.values())
