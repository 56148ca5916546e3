"""When a need reading that the grammar made with confidence is still likely wrong
(issue 17: among codes scored >= 0.85, at least 0.98 right; the rest go to review).

Measured on the tune halves (benchmarks/eval_codes.py --curve), and on a pool the
grammar had never been tuned on, two kinds of reading were wrong far more often than
the others:

* `unread` — the action alone decided (its table's default: no known object), while its
  direct complement (the words after it, up to a preposition or a comma) holds content
  words the vocabulary does not know at all ("предложите маршрут экскурсии", "оценить
  уровень шума"): those words may be what the need is about.  A topic after a preposition
  ("консультирование по порядку начисления платы") is only the need's subject.
* `coordinated` — one phrase of several clauses coded differently ("сообщить о …
  и предложить изменения"): the later clause often only explains the first, or takes
  its meaning from it, and the set of codes is then wrong as a whole.

* `likely_again` — a clause of its own after "и" (not a bare word, nor an item of a comma
  list) read only as likely of a code an earlier clause of another action gave ("получить
  справку и разъяснение по вычетам": a result, or a consultation?): the code is doubted, as
  a phrase of its own would doubt it in its cell; "получение результата, ответа,
  разъяснения внешним клиентом" stays sure.

* `shared_words` — the keyword rules of data/needs.yaml (the shared-words reader, a second
  opinion that knows no grammar) name a code the grammar did not give ("направление
  ответов": submission by the grammar, result by the word "ответ").  On phrases nobody had
  tuned on (benchmarks/need_features.py) such cells were wrong about one time in four, but
  the rules disagree with right readings often too: see the trade-off in `eval_codes.py --curve`.

* `coordinated_unread` — a known object stands right after "и", "или" or a comma (past one
  preposition), and an action of the phrase would code it otherwise than every need read
  ("о ходе рассмотрения, о результате рассмотрения обращения": the result was named and not
  read): a need may be missing.
* `unread_verb` — a verb no vocabulary names, other than a plain verb of being
  (`plain_verbs`), stands in the phrase as an action (infinitive, imperative: "— подскажите,
  с чего начать?") or an event (past tense: "узнать, что по моему сигналу сделали"): the
  need may turn on it.

Two doubts of a whole cell (`doubt_cell`), read off cells of the tune halves that the code
of an earlier day had never seen (the fit and the check are described in data/need_grammar.yaml):

* `clauses_over_codes` — the cell's clauses of distinct actions outnumber the codes read
  ("уведомление о результатах проверки и выдача предписания": one code): a clause was read
  as a need another one already gave, or as none, and either may be what the writer meant.
  Actions naming one need alone count once ("информирование о … и ознакомление с …").
* `question` — a need asked as the client's own question ("Где посмотреть, назначена ли уже
  доплата?", "Как записать ребенка в первый класс?"): what is wanted hangs on the question's
  wording (is it how, where, or whether it is done yet?), the reading the grammar is least
  sure of.  So does a question of how or where to do something asked inside the phrase, after
  its topic or the client's story ("субсидия для ИП — как подать", "мне отказали, куда
  обратиться"; `asked_within`), unless a word before it tells it: a verb of asking or telling,
  a paper that tells, «о том, как» (`question_governors`: "Инструкция, как заполнить заявление").  A question asking what there is or is needed ("Какие документы нужны?") names
  its need by its own word (`what_words`): no doubt (needs._asked).

* `doubted_defaults` (normalizers/needs.py, `_by_grammar`; `bare_default`) — a code given by an
  action's default alone, no object known at all, where the verb leaves open what is handed in
  ("сообщить о браконьерстве", "обратиться по поводу шума": an application, a complaint —
  feedback — or a report?): `submission` after any verb, in the data ("регистрация на семинар",
  "представление техники на осмотр": a paper, a visit, a thing shown for inspection?).
* `included_unsure` (normalizers/needs.py, match_phrase) — an included part ("в том числе …")
  whose reading was unsure because a known object hung unread ("+loose") is dropped, and the
  main part's codes with it lose their sureness.

Read off the tune halves of pools8 and pools9 (session 13; docs/ARCHITECTURE.md has the figures):

* `at_a_loss` — a verb of knowing negated governs no question after it ("не знаю, как подать"):
  the question is the client's own, and `question` doubts it.
* `open_topics` (`open_topic`) — a code a word of the phrase leaves open: the answer to a complaint,
  `result`, is feedback's answer when the complaint was about the service, unless a word names it
  an appeal ("в досудебном порядке").
* `unknown_first` — the object read is listed after nouns of the action's direct complement no
  vocabulary names ("предоставить автомобиль и документы для осмотра"): a need may hang on them.

Session 15 (a reviewer's leftover): `channel_named` (`names_a_channel`) — a channel's name alone in
a needs cell ("Многофункциональный центр предоставления государственных услуг"): the need read
inside the name is a guess.

Thresholds are data (`doubt` in data/need_grammar.yaml); 0 turns a test off.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable

from textcore.lemmas import morph
from textcore.vocab import vocabulary
from .matcher import DATA
from .phrase import Word, words

UNREAD_WORDS = 0.83   # the action alone decided, and the clause has words nobody read
COORDINATED = 0.84    # clauses of one phrase with different codes
SHARED_WORDS = 0.84   # the shared-words reader names a code the grammar did not give
LEFT_UNREAD = 0.84    # a coordinated object or action, or a verb, nobody read
UNCOUNTED = 0.84      # more clauses than codes in a cell
ASKED = 0.84          # a need asked as a question
BARE_DEFAULT = 0.84   # a code of `doubted_defaults` given by its action's default, no object known
INCLUDED = 0.84       # an included part ("в том числе …") read a new code only unsurely
OPEN = 0.84           # a word of the phrase leaves the code open (`open_topics`)
FIRST_UNKNOWN = 0.84  # the object read is listed after a thing nobody read
CHANNEL_NAMED = 0.84  # the phrase is a channel's name alone
ANSWERED = 0.84       # a complaint's answer read with no code saying whose (need_complaint.py)

_CONTENT = ("NOUN", "VERB", "INFN")


def known_words(g) -> frozenset[str]:
    """Every lemma the built need grammar (`need_grammar._Grammar`) names in any role:
    actions with their verb families ("выяснение", "заказывать"), objects, modal and
    question words, `refine` modifiers (named lists resolved), a case's stage words and
    manner prepositions."""
    out: set[str] = set(g.actions) | g.lead_words
    out.update(w for key in g.objects for w in key)
    out.update(w for _, _, seqs, _ in g.refine for seq in seqs for m in seq for w in [m.split("@")[0]] if w)
    for table in (g.case_stage, g.manner):
        out.update(w for ws in table.values() for w in ws)
    return frozenset(out)


def unread_words(ws: tuple[Word, ...], start: int, used: Iterable[int], known: frozenset[str]) -> int:
    """Content words of the action's direct complement (after it, up to a preposition or
    a comma) that are neither its object nor any word of the vocabulary."""
    skip = set(used)
    end = next((p for p in range(start, len(ws)) if ws[p].pos == "PREP" or ws[p].is_punct), len(ws))
    return sum(1 for p in range(start, end) if p not in skip and ws[p].pos in _CONTENT
               and not ws[p].lemmas & known and not (ws[p].parts and ws[p].parts[-1] in known))


def coordinated(codes_per_clause: list[set[str]], threshold: int) -> bool:
    """Does the phrase hold at least `threshold` clauses that gave needs, coded differently?"""
    coded = [c for c in codes_per_clause if c]
    return threshold > 0 and len(coded) >= threshold and len(set().union(*coded)) > 1


def likely_again(before: list, read: list) -> list:
    """The needs read before a clause, each doubted to the clause's score where the clause
    gives its code only as the likelier of two readings ("code?" in the data) by an action
    of another class (`need_grammar.Need`s)."""
    guessed = {n.code: n for n in read if "?" in n.how}
    return [replace(m, score=min(m.score, guessed[m.code].score), how=m.how + "+likely")
            if m.code in guessed and guessed[m.code].action != m.action else m for m in before]


_AND = ("и", "или", ",")


def coordinated_unread(ws: tuple[Word, ...], needs: list, object_at: Callable, table: dict) -> bool:
    """Is a known object coordinated ("и", "или", a comma; a preposition between allowed)
    that an action of the phrase would code otherwise than every need read ("о ходе
    рассмотрения, о результате рассмотрения": receiving a result is `result`, and only
    `status` was read)?  An item of a list its action codes alike ("получение результата,
    ответа, разъяснения") is no need missing."""
    read = {n.code for n in needs}
    for p in range(1, len(ws)):
        q = p - 2 if ws[p - 1].pos == "PREP" else p - 1
        hit = object_at(ws, p) if q >= 0 and ws[q].text.lower() in _AND else None
        if hit is None:
            continue
        codes = {str(table.get(n.action, {}).get(hit[0], "")).rstrip("?") for n in needs} - {""}
        if codes and not codes & read:
            return True
    return False


def unread_verb(ws: tuple[Word, ...], known: frozenset[str], plain: frozenset[str]) -> bool:
    """Does a verb no vocabulary names (a plain verb of being aside) stand in the phrase as an
    action of its own (an infinitive, an imperative) or as an event (the past tense: "что
    сделали по жалобе", "как изменился регламент" — an outcome the grammar may not read)?  A
    present one inside a question is only what is asked ("какая служба отвечает за …")."""
    for w in ws:
        if w.pos not in ("VERB", "INFN") or w.lemmas & (known | plain) or (w.parts and w.parts[-1] in known):
            continue
        tag = morph().parse(w.text)[0].tag
        if w.pos == "INFN" or "impr" in tag or "past" in tag:
            return True
    return False


def names_a_channel(ws: tuple[Word, ...], out: list, object_at: Callable, known: frozenset[str]) -> bool:
    """Is the phrase a channel's name and nothing else ("Многофункциональный центр предоставления
    государственных услуг", "Единый портал госуслуг" written in a needs cell): no action leads any
    need read, and the phrase's head noun — its first word past adjectives, no word of the needs'
    vocabulary ("Выездная проверка …" is the need's own word) — is the head the channel reader
    reads a definite channel by?  The need read was found inside the name ("предоставления
    услуг"): a guess."""
    if not out or any(n.action != "none" for n in out):
        return False
    k = next((p for p, w in enumerate(ws) if w.pos not in ("ADJF", "PRTF") and not w.is_punct), None)
    if k is None or ws[k].pos != "NOUN" or "nomn" not in ws[k].cases or ws[k].lemmas & known \
            or any(object_at(ws, p) for p in range(k + 1)):
        return False
    # the name alone: no brackets, comma or preposition past it ("МФЦ (приём документов)", "почта для
    # направления обращений"), no deed named in a case of its own ("центр — подача заявления"); a deed
    # in the genitive may be the name's ("центр предоставления услуг")
    if any(w.is_punct or w.pos == "PREP" or w.pos == "NOUN" and "gent" not in w.cases and _deed(w) for w in ws[k + 1:]):
        return False
    from .channel_heads import read_channel        # the channel reader's vocabulary, loaded on need
    found = read_channel(" ".join(w.text for w in ws), None, True)
    return found is not None and found.code != "other" and found.head in ws[k].lemmas


def _deed(w: Word) -> bool:
    from .need_grammar import grammar          # the grammar's actions, loaded on need
    from .need_objects import action_of
    return action_of(w, grammar()) is not None


def doubt_phrase(ws: tuple[Word, ...], out: list, codes: list[set[str]], g, object_at: Callable) -> list:
    """The phrase's needs with the phrase-wide doubts of `doubt` in data/need_grammar.yaml."""
    if not out:
        return out
    if g.doubt["channel_named"] and names_a_channel(ws, out, object_at, g.known):
        return [replace(n, score=min(n.score, CHANNEL_NAMED), how=n.how + "+channel") for n in out]
    if coordinated(codes, g.doubt["coordinated_clauses"]):
        return [replace(n, score=min(n.score, COORDINATED), how=n.how + "+coordinated") for n in out]
    if g.doubt["coordinated_unread"] and coordinated_unread(ws, out, object_at, g.table):
        return [replace(n, score=min(n.score, LEFT_UNREAD), how=n.how + "+left") for n in out]
    # a clause led by a verb nobody read is already doubted alone ("+unread"), or the verb was
    # classed by embeddings ("+similar"): the rest stay sure
    if g.doubt["unread_verb"] and not any(x in n.how for n in out for x in ("+unread", "+similar")) \
            and unread_verb(ws, g.known | g.responding, g.plain_verbs):     # responding verbs are read too
        return [replace(n, score=min(n.score, LEFT_UNREAD), how=n.how + "+verb") for n in out]
    return out


_SWITCHES = ("unread_words", "coordinated_clauses", "shared_words", "likely_again", "coordinated_unread", "unread_verb",
             "clauses_over_codes", "question", "included_unsure", "open_topics", "unknown_first",
             "channel_named", "answered_complaint")


def settings(data: dict) -> tuple[dict[str, int], dict, tuple[frozenset[str], frozenset[str]]]:
    """From the grammar's data: the `doubt` switches (absent: 0, off), `open_topics` as {code:
    (words, unless, object classes)} and `at_a_loss` as (action classes, negations)."""
    doubt = data.get("doubt") or {}
    topics = {c: (frozenset(t.get("words", ())), frozenset(t.get("unless", ())), frozenset(t.get("objects", ())))
              for c, t in (data.get("open_topics") or {}).items()}
    loss = data.get("at_a_loss") or {}
    return {k: int(doubt.get(k, 0)) for k in _SWITCHES}, topics, \
        (frozenset(loss.get("actions", ())), frozenset(loss.get("words", ())))


def doubted_defaults(data) -> dict[str, frozenset[str]]:
    """`doubted_defaults` of the data: {code: the verbs whose bare default is doubted (none: any)};
    a plain list of codes doubts them after any verb."""
    data = data or {}
    return {c: frozenset((data.get(c) if isinstance(data, dict) else None) or ()) for c in data}


def bare_default(code: str, phrase: str, doubted: dict[str, frozenset[str]]) -> bool:
    """Is a code given by an action's default, no object known, one the data doubts: of a
    code of `doubted_defaults`, led by one of its verbs where it names some ("сообщить о …",
    "обратиться по …": an application, a complaint or a report?), or after any verb where the
    data names none ("регистрация на семинар": a paper, or a place at an event)?"""
    if code not in doubted:
        return False
    verbs = doubted[code]
    return not verbs or any(w.lemmas & verbs for w in words(phrase))


def clauses_over_codes(clauses: int, codes: int) -> bool:
    """Do a cell's clauses of distinct needs (needs.clause_actions) outnumber its codes?"""
    return clauses > codes


def asked(phrase: str, first_lemma: str, question_words: frozenset[str]) -> bool:
    """Is the phrase a question: it ends with "?" or its first word is an interrogative
    (`asking_words`; "чтобы" opens a purpose, no question)?"""
    return phrase.rstrip().endswith("?") or first_lemma in question_words


def asked_infinitive(ws, k: int) -> int | None:
    """Where the infinitive a question word before `k` asks about stands: right after it, or
    past a pronoun, an adverb or a particle ("как мне забрать", "куда его потом нести", "как это
    оформить")."""
    for j in range(k, min(k + 3, len(ws))):
        if ws[j].pos == "INFN":
            return j
        if ws[j].pos not in ("NPRO", "ADVB", "PRCL"):
            return None
    return None


def asked_phrase(phrase: str, g, action_of: Callable) -> bool:
    """Is the phrase a question whose need hangs on its wording (how, where, whether)?  One
    asking what there is or is needed ("Какие документы нужны?", "Что нужно для …?") names
    its need by its own word (`what_words`, `what_needed`): no doubt.  `action_of(word, g)`:
    the word's action class (need_objects.action_of)."""
    ws = [w for w in words(phrase) if not w.is_punct]
    ws = ws[1:] if ws and ws[0].lemma in g.opening_links else ws       # "а где взять …?": the question opens after it
    first = ws[0].lemma if ws else ""
    what = first in g.what_words or first in g.what_needed[0] and any(w.lemma in g.what_needed[1] for w in ws[1:3])
    if not what and asked(phrase, first, g.asking_words):
        return True
    own_word = g.asking_words - set(g.what_words)       # "какие формы" names its need by its word
    loss, negations = g.at_a_loss          # "не знаю, как подать": no verb of asking governs it
    return asked_within(ws, own_word, lambda w: tells_question(w, action_of(w, g), g),
                        lambda k: action_of(ws[k], g) in loss and at_a_loss(ws, k, negations))


@vocabulary(DATA / "need_grammar.yaml", required=("actions",))
def _governors(data: dict) -> tuple[frozenset[str], ...]:
    spec = data.get("question_governors") or {}
    return tuple(frozenset(spec.get(k, ())) for k in ("actions", "objects", "words"))


def tells_question(w: Word, action: str | None, g) -> bool:
    """Does `w` (of action class `action`) make a question after it its object — what it asks or
    tells (`asking_actions`, `question_governors`), not the client's question?"""
    actions, objects, lemmas = _governors()
    return action in g.asking or action in actions or w.lemma in lemmas or \
        any(g.objects.get((x,)) in objects for x in w.lemmas | set(w.parts[-1:]))


def at_a_loss(ws: list[Word], k: int, negations: frozenset[str]) -> bool:
    """Is the word at `k` negated — a negation right before it ("не знаю"), or before the finite
    verb its infinitive hangs on ("не могу найти")?  The client at a loss asks nothing of the
    agency by that verb: the question after it is his own ("не знаю, куда его нести").  A negation
    of another predicate before it ("если заявление не рассмотрено — выяснить, куда обратиться":
    the dash is no word) negates nothing of the asking."""
    if k >= 1 and ws[k - 1].text.lower() in negations:
        return True
    return k >= 2 and ws[k - 2].text.lower() in negations and ws[k - 1].pos == "VERB" and ws[k].pos == "INFN"


def asked_within(ws: list[Word], question_words: frozenset[str], asks: Callable[[Word], bool],
                 negated: Callable[[int], bool] = lambda k: False) -> bool:
    """Does a question of how, where or when to do something open inside the phrase — a question
    word before an infinitive ("субсидия — как подать", "хочу сдать отчёт, куда его нести") — with
    no verb of asking before it to govern it ("узнать, как подать" asks to be told: its own need)?
    A verb of asking `negated` says the client does not know ("не знаю, как подать"): it governs
    nothing, the question is the client's."""
    for i, w in enumerate(ws[1:], 1):
        if w.lemma in question_words and asked_infinitive(ws, i + 1) is not None:
            return not any(asks(x) and not negated(k) for k, x in enumerate(ws[:i]))
    return False


def open_topic(code: str, obj: str, phrase: str,
               topics: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]) -> bool:
    """Does a word of the phrase leave the code it was read open (`open_topics` in the data: the
    answer to a complaint, `result`, is feedback's result when the complaint was about the service,
    an appeal's when about a decision — "получение результатов рассмотрения жалоб") with no word
    of its `unless` to close it ("… в досудебном порядке": an appeal)?  Only a reading of an object
    of its `objects` (empty: any) is an answer that can be open: a paper received beside a complaint
    ("подать жалобу и получить справку о доходах", "справка об отсутствии жалоб") is no answer to it."""
    if code not in topics:
        return False
    opening, closing, answers = topics[code]
    if answers and obj not in answers:
        return False
    lemmas = [w.lemmas for w in words(phrase)]
    return any(x & opening for x in lemmas) and not any(x & closing for x in lemmas)


def unknown_first(ws: tuple[Word, ...], start: int, first: int, known: frozenset[str]) -> bool:
    """Does the action's direct complement open with a noun no vocabulary names, listed before
    the object read ("предоставить автомобиль и документы для осмотра": the car is named first,
    and only the papers were read)?  A need may hang on that first thing."""
    if first < start + 2 or ws[first - 1].text.lower() not in _AND:
        return False
    lead = [p for p in range(start, first - 1) if not ws[p].pos in ("ADJF", "PRTF", "NUMR")]
    return bool(lead) and all(ws[p].pos == "NOUN" and not ws[p].lemmas & known
                              and not (ws[p].parts and ws[p].parts[-1] in known) for p in lead)


def doubt_cell(matches: list, clauses: int, asking: bool, g, answered: bool = False) -> list:
    """A cell's needs (`matcher.Match`es; a code may come twice, from two phrases) with the
    cell-wide doubts of `doubt` in data/need_grammar.yaml; only the grammar's readings are
    doubted (an override or an exact term is a person's or the taxonomy's own word).
    `answered`: the cell names a complaint's answer and read no code settling whose it is
    (need_complaint.answered_complaint)."""
    if g.doubt["clauses_over_codes"] and clauses_over_codes(clauses, len({m.code for m in matches})):
        cap, note = UNCOUNTED, "+uncounted"
    elif g.doubt["question"] and asking:
        cap, note = ASKED, "+asked"
    elif g.doubt["answered_complaint"] and answered:
        cap, note = ANSWERED, "+answered"
    else:
        return matches
    if not any(m.method.startswith("grammar") for m in matches):
        return matches
    return [replace(m, score=min(m.score, cap), method=m.method + note) if m.method.startswith("grammar") else m
            for m in matches]
