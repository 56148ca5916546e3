"""Interaction cells -> need phrases -> need codes.

A cell like "Получение информации клиентом, получение консультации клиентом.
Уведомление о ходе…" holds several needs.  It is split (normalizers/need_split.py) at
bullets, sentence ends and semicolons, and at a comma, slash or line break only when
what follows starts a new need (`_starts_new_need`: a noun in the nominative, after its
adjectives: "получение …", "обратная связь"; a verb in the infinitive or imperative,
"скачать …"; a modal word, "хочу узнать …"), so a wrapped line continues its need.  "Получение
информации, в том числе о ходе рассмотрения запроса" therefore stays one phrase, and its
"в том числе" part is matched as a need of its own (information + status).
A cell whose paragraphs were joined by spaces has no separator between its needs; it
is cut where `_starts_bare_need` finds one need ending on a noun and the next led by a
verb or an action word ("регистрация обращения отследить статус заявления").
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from textcore.lemmas import morph
from textcore.word_mends import lower_capitals
from textcore.vocab import vocabulary
from .matcher import _OVERRIDE_HOOKS, DATA, REVIEW, Match, taxonomy
from . import need_admit, need_bare_joins as joins, need_calibration, need_doubt, need_frames, need_model_hook, need_outcome, need_story
from .need_doubt import SHARED_WORDS
from .need_complaint import answered_complaint, open_about
from .need_governed import governs_infinitive
from .need_relative import drop_relatives
from .need_context import done_to_me
from .need_objects import action_of
from .need_coord import separator as _separator
from .need_grammar import _clauses, _lead_action, grammar, phrase_clauses, read_needs, refers_back, topic
from .phrase import Word, words
from .need_split import split_cell
from .line_joins import governed_capital
from .need_purpose import bare_verb as _bare_verb, purposes as _purposes
from .need_polite import polite as _polite, unpolite as _unpolite  # noqa: F401   (_polite: tests, benchmarks)

# (a lead of spaces starts only where their run begins: retried at each space of a long run, quadratic)
_INCLUDING = re.compile(r"(?:,|(?<!\s))\s*(?:в том числе|включая|а также|в т\.\s*ч\.)\s+", re.IGNORECASE)
# a dash glued to the word is a bullet ("…веществ. -обжаловать решение")
_FIRST_WORD = re.compile(r"^\s*[-–—•]?\s*([А-Яа-яЁё]+)")
_WORDS = re.compile(r"[А-Яа-яЁё]+")


@lru_cache(maxsize=20_000)
def _starts_new_need(fragment: str) -> bool:
    m = _FIRST_WORD.match(fragment)
    if not m:
        return False
    word = m.group(1).lower()
    if need_outcome.starts_anew(words(" ".join(fragment.split()[:6])), grammar(), done_to_me):
        return True                    # "…, мне ответили?", "…, непонятно, …": a question of its own
    if word.replace("ё", "е") in grammar().case_stage["own"]:
        return _owned_action(fragment)     # "Запрос справки, её получение": the same thing's next need
    if len(word) < 3:                  # "в", "о": pymorphy also reads them as abbreviations
        return False
    parses = morph().parse(word)
    if parses[0].normal_form in grammar().questions or re.match(r"\s*[А-Яа-яЁё]+\s+ли\b", fragment):
        # "узнать, какая организация …", "проверить, зарегистрировали ли …": the question is the need's object
        return False
    # the likeliest reading is a verb that leads a need ("скачать", "узнайте", "получает") or a
    # modal word — not its participle, which qualifies a noun ("семей, желающих получить участок")
    modal = parses[0].normal_form in grammar().modals and parses[0].tag.POS not in ("PRTF", "PRTS")
    if parses[0].tag.POS == "INFN" or "impr" in parses[0].tag or modal or _acting_verb(parses[0]):
        return True
    # "обратная связь": nominative adjectives before the noun
    rest = _WORDS.findall(fragment)[1:3]
    while parses[0].tag.POS == "ADJF" and "nomn" in parses[0].tag and rest:
        parses = morph().parse(rest.pop(0).lower())
    # any reading as a singular nominative noun: "получение", "подача", "запись" — that names a
    # need ("…, обратная связь"; not "тарифах на электроэнергию, газ, воду")
    return any("NOUN" in p.tag and "nomn" in p.tag and "sing" in p.tag and "Abbr" not in p.tag
               for p in parses) and bool(read_needs(fragment))


def _owned_action(fragment: str) -> bool:
    """Is the word after an owner, past adjectives ("её получение", "их срочная регистрация"),
    a noun of action of the vocabulary in the nominative, and does the fragment read as a need?"""
    for word in _WORDS.findall(fragment)[1:4]:
        parses = morph().parse(word.lower())
        if parses[0].tag.POS in ("ADJF", "PRTF"):
            continue
        return any("NOUN" in p.tag and "nomn" in p.tag and p.normal_form.replace("ё", "е") in grammar().actions
                   for p in parses) and bool(read_needs(fragment))
    return False


def _acting_verb(parse) -> bool:
    """A finite verb of the vocabulary's actions ("получает", "подаёт")."""
    return parse.tag.POS == "VERB" and parse.normal_form.replace("ё", "е") in grammar().actions


def _leads_need(fragment: str) -> bool:
    """Is the fragment's first word (after nominative adjectives) an infinitive or
    imperative, an action word of the vocabulary in the nominative singular
    ("подача", "запись"), or — written with a capital — any nominative noun ("Бланки")?"""
    m = _FIRST_WORD.match(fragment)
    if not m:
        return False
    ws = [w for w in words(fragment) if not w.is_punct]
    if not ws:
        return False
    i = 0
    # "Я хочу пожаловаться …", "Мне нужна консультация": who wants it, then the need
    while i + 1 < len(ws) and ((ws[i].lemma in grammar().modals and ws[i].pos != "NOUN") or (i and ws[i].pos == "ADJS")):
        i += 1
    while i + 1 < len(ws) and ws[i].pos in ("ADJF", "PRTF") and "nomn" in ws[i].cases:
        i += 1
    parses = morph().parse(ws[i].text)
    if parses[0].tag.POS == "INFN" or "impr" in parses[0].tag or _acting_verb(parses[0]):
        return True
    nouns = [p for p in parses if "NOUN" in p.tag and "nomn" in p.tag and "Abbr" not in p.tag]
    if any("sing" in p.tag and p.normal_form.replace("ё", "е") in grammar().actions for p in nouns):
        return True
    first = m.group(1)
    return bool(nouns) and first[0].isupper() and not first.isupper()


def _open_question(clause: tuple[Word, ...], g) -> bool:
    """Does the clause end inside a question still waiting for its subject ("узнать, на
    каком этапе" + "рассмотрение…"; not "…, какие документы нужны")?"""
    q = max((i for i, w in enumerate(clause) if w.lemma in g.questions), default=None)
    if q is None:
        return False
    rest = clause[q + 1:]
    subject = any(str(w.pos) in ("NOUN", "NPRO") and "nomn" in w.cases for w in rest)
    # "какие меры поддержки" + "есть …": a question word qualifying its subject waits for the predicate;
    # one inside a prepositional group ("на каком этапе экспертиза") asks where the subject stands,
    # and the subject, no verb needed, completes it
    predicate = clause[q].pos != "ADJF" or (q > 0 and clause[q - 1].pos == "PREP") or \
        any(str(w.pos) in ("VERB", "INFN", "ADJS", "PRED", "PRTS") for w in rest)
    return not (subject and predicate)


def _deed_after_dash(left: str, right: str) -> bool:
    """Is the space a dash's, between a topic and what the client does with it ("жалоба на
    хамство — хочу оставить")?  The right side names no object nor asks, the left one's last
    clause no action (not "узнал о конкурсе — подал заявку")."""
    dash = ("-", "–", "—")
    if not (left.rstrip()[-1:] in dash or right[:1] in dash) or right.rstrip().endswith("?"):
        return False
    body = right.lstrip("-–— ")
    head = words(left.rstrip("-–— "))
    head = head[max((i + 1 for i, w in enumerate(head) if w.text in ",;"), default=0):]
    return all(n.obj == "*" for n in read_needs(body)) and topic(head, grammar())


@lru_cache(maxsize=50_000)
def _starts_bare_need(left: str, right: str) -> bool:
    """Does `right` start a need right after `left`, nothing but a space between (a
    cell's paragraphs joined)?  Stricter than after a comma: `left` ends on a noun (or
    a pronoun after its preposition, "ответа на него", or a closing quote: a quoted name or
    term, "оценку «неудовлетворительно»"), so no verb, modal word, preposition or
    adjective governs what follows ("хочу узнать", "возможность подать", "на
    получение"); its last clause is no question still waiting for its subject
    (`_open_question`); `right` leads with a need's head
    (`_leads_need`) and reads as a need, and so does `left` unless `right` starts with
    a capital letter (a paragraph's first word)."""
    if not _leads_need(right) or left.rstrip().endswith(":") or _deed_after_dash(left, right) or need_admit.let_in_to_act(left, right) \
            or joins.object_first(left, right, read_needs) or joins.object_after(left, right, read_needs):
        return False                   # "Справка о доходах: заказать" — a topic, then what is done with it; "пустить инспектора проверить …";
        # "бланк можно скачать", "получить без визита уведомление": the verb's object (need_bare_joins.py)
    g = grammar()
    ws = words(left)
    clause = ws[max((i + 1 for i, w in enumerate(ws) if w.text in ",;"), default=0):]
    if not clause or _open_question(clause, g):
        return False
    last = clause[-1]
    # a pronoun ends a need after its preposition ("ответа на него"); else it may be
    # the possessive of what follows ("отследить её рассмотрение") — but no possessive
    # stands before a verb ("отправьте её Обжалуйте решение")
    first = morph().parse(right.split(" ", 1)[0])[0]
    verb_next = first.tag.POS in ("INFN", "VERB")
    ends = str(last.pos) in ("NOUN", "LATN") or last.text == ")" or left.rstrip().endswith("»") or \
        (str(last.pos) == "NPRO" and "nomn" not in last.cases and
         ((len(clause) > 1 and clause[-2].pos == "PREP") or verb_next))
    # a nominative "заявитель", "хочу" may govern what follows; "обращений граждан" does not
    # "предложение продлить …": a noun governing the infinitive takes it as its content (need_governed.py)
    if not ends or (last.lemma in g.lead_words and (str(last.pos) != "NOUN" or "nomn" in last.cases)) \
            or governs_infinitive(clause, first.tag.POS, lambda w: action_of(w, g) is not None) and not right[0].isupper() or not read_needs(right):
        return False
    # a finite verb after a nominative noun is its predicate ("Организация направляет
    # отчёт"), unless it opens a paragraph ("… заявление Получает ответ")
    if not right[0].isupper() and "nomn" in last.cases and _acting_verb(first):
        return False
    # a request to the agency after a dash ends what came before, need or story ("хочу открыть
    # бизнес — расскажите про поддержку"; need_story drops a story that names no need)
    request = right[:1] in ("-", "–", "—") and "impr" in morph().parse(right.lstrip("-–— ").split(" ", 1)[0])[0].tag
    # a capital that is Word's at a paragraph's start, on the object the noun above governs, goes
    # on with it («Консультация по вопросам» / «Предоставления услуги»: line_joins.governed_capital)
    if right[0].isupper() and governed_capital(left, right):
        return False
    return right[0].isupper() or request or bool(read_needs(left))


@lru_cache(maxsize=20_000)
def split_needs(cell: str) -> tuple[str, ...]:
    """Need phrases of an interaction cell, in order (normalizers/need_split.py); words of
    politeness set off by commas are taken out first (`polite_words` in need_grammar.yaml: a
    comma after "Дайте, пожалуйста" would cut a need short); a cell typed in capitals, in lower case."""
    phrases = split_cell(_unpolite(drop_relatives(lower_capitals(cell), lambda f: bool(read_needs(f)))), _starts_new_need, _starts_bare_need, _bare_verb, lambda f: bool(read_needs(f)))
    # a run-on story before its request ("звоню третий день хочу узнать …"): need_story.py; a condition before a dash (need_frames.py)
    return _purposes(need_frames.cut_conditions([part for p in phrases for part in need_story.runon_parts(p)], split_needs))


def _head(phrase: str) -> str:
    """The verbal head of a need phrase ("Получение информации" -> "Получение")."""
    m = _FIRST_WORD.match(phrase)
    return m.group(1) if m else ""


def _by_grammar(phrase: str, before: str = "") -> tuple[Match, ...]:
    """Codes of a phrase read as action + object, each once (empty when it cannot be read):
    the first reading of a code, the phrase's own words about it ("получение результата,
    ответа, разъяснения" lists the answer among results).  `before`: the phrase before it in
    its cell, what a pronoun of it points back to."""
    out: dict[str, Match] = {}
    tail = "+before" if before else ""
    g = grammar()
    doubted = g.doubted_defaults
    for n in read_needs(phrase, before):
        # an action's default with no object known, of a code the data doubts (need_doubt.py)
        bare = n.obj == "*" and n.how.startswith("default") and need_doubt.bare_default(n.code, phrase, doubted)
        code, score, how = n.code, *((min(n.score, need_doubt.BARE_DEFAULT), n.how + "+bare") if bare else (n.score, n.how))
        # a word of the phrase leaves the code open ("результаты рассмотрения жалоб": whose result?), what
        # the complaint is about may tell the likelier ("ответ на жалобу на врача": feedback's; open_about)
        if g.doubt["open_topics"] and need_doubt.open_topic(n.code, n.obj, phrase, g.open_topics):
            code, score, how = open_about(n.code, phrase, set(out)), min(score, need_doubt.OPEN), how + "+open"
        if code not in out:
            out[code] = Match(code, score, f"grammar:{how}{tail}", phrase)
    return tuple(out.values())


@lru_cache(maxsize=50_000)
def _codes(phrase: str) -> tuple[Match, ...]:
    """Codes of a phrase by action + object; by shared words when it cannot be read."""
    return taxonomy("needs").decide(phrase, _doubted)


def _doubted(phrase: str, before: str = "") -> tuple[Match, ...]:
    """The grammar's reading, below review when the shared-words rules name a code it did
    not give and `doubt: shared_words` is on (normalizers/need_doubt.py)."""
    found = _by_grammar(phrase, before)
    if not found or not grammar().doubt["shared_words"]:
        return found
    other = taxonomy("needs").match(phrase)
    if other.method != "rule" or other.code in {m.code for m in found}:
        return found
    return tuple(replace(m, score=min(m.score, SHARED_WORDS), method=m.method + "+shared") for m in found)


_OVERRIDE_HOOKS.append(_codes.cache_clear)


def match_phrase(phrase: str) -> list[Match]:
    """Codes of one need phrase; "в том числе о ходе…" adds its own (information + status)."""
    pieces = _INCLUDING.split(phrase, maxsplit=1)
    if len(pieces) == 2 and pieces[0].strip() and pieces[1].strip():
        main, incl = pieces
        if main.rstrip().endswith("(") and ")" in incl:
            # "Получение информации (в т.ч. о ходе рассмотрения) и результата": the bracket
            # closes the inclusion, what follows it goes on with the main part
            incl, _, rest = incl.partition(")")
            main = f"{main.rstrip(' (')} {rest.strip()}"
        first = list(_codes(main.strip(" ,(")))
        own = read_needs(incl.strip(" )"))
        if not own:                              # "в т.ч. по телефону": a manner, no need of its own
            return first
        # "а также получение результата" has its own action; "о ходе…" gets the head's back
        text = incl if any(n.action != "none" for n in own) else f"{_head(main)} {incl}"
        # only a confident reading adds a need ("бланков, в том числе заявлений" names no new one)
        # read in the light of the main part, as the next phrase of a cell ("оценить услугу,
        # а также получить информацию о принятых мерах": the measures taken on that feedback)
        text = text.strip(" )")
        new = [m for m in _in_context(text, main.strip(" ,("), list(_codes(text))) if m.code not in {f.code for f in first}]
        second = [m for m in new if m.score >= REVIEW]
        if grammar().doubt["included_unsure"] and any(m.score < REVIEW and "+loose" in m.method for m in new):
            # the part's reading says a need may be missing ("(в т.ч. о ходе рассмотрения) и
            # результата": a known object after "и" unread): dropping it, the main part's codes
            # are doubted, not kept sure; a plain guess ("бланков, в том числе заявлений") names none
            first = [replace(m, score=min(m.score, need_doubt.INCLUDED), method=m.method + "+included") for m in first]
        return first + second
    return list(_codes(phrase))


def _in_context(phrase: str, before: str, matches: list[Match]) -> list[Match]:
    """A phrase read again with the one before it as context (`reread_after` in
    data/need_grammar.yaml): "оставить отзыв; получить ответ, что по нему решено" — an
    answer pointing back to feedback is feedback's result; "сообщить о поломке; узнать
    срок устранения" — the time of what was reported is its status."""
    if not before:
        return matches
    if _head(phrase).lower().replace("ё", "е") in grammar().case_stage["own"]:
        # "Запрос справки, её получение": the owner is what the phrase before named; an
        # override or an exact term of the phrase still decides first, as for any phrase
        if any(m.method in ("override", "exact") for m in matches):
            return matches
        # …and then in the light of that phrase's need, as any phrase ("Оценил услугу, её учли?")
        matches = list(taxonomy("needs").decide(phrase, lambda p: _doubted(p, before))) or matches
    codes = {m.code for m in matches}
    prior = None
    for rule in grammar().reread_after:
        if not codes & rule["was"] or rule["becomes"] in codes:
            continue
        prior = prior if prior is not None else {m.code for m in match_phrase(before)}
        if rule["before"] not in prior:
            continue
        again = {n.code: n for n in read_needs(phrase, before)}
        if rule["becomes"] in again:
            n = again[rule["becomes"]]
            return [Match(n.code, n.score, f"grammar:{n.how}+before", phrase)] + \
                [m for m in matches if m.code not in rule["was"]]
        # feedback given by a verb alone ("оценить услугу; узнать о принятых мерах"): a phrase
        # pointing back to it, coded only `was`, is `becomes`, as within a phrase
        if rule["within"] and codes <= rule["was"] and refers_back(phrase, before):
            return [replace(m, code=rule["becomes"], method=m.method + "+back") for m in matches[:1]]
    return matches


def _read_cell(text: str) -> tuple[tuple[str, ...], list[list[Match]]]:
    """The cell's phrases kept and each one's matches, read in the light of the phrase before
    (`_in_context`); the client's story around the request names no need and a question on
    one's own case asks its status (normalizers/need_story.py)."""
    phrases = split_needs(text)
    read = [(p, need_story.reread(p, _in_context(p, phrases[i - 1] if i else "", match_phrase(p))))
            for i, p in enumerate(phrases)]
    kept = need_story.drop_story(need_frames.drop_frames(read, bool))    # a situation before the need names none
    return tuple(p for p, _ in kept), [found for _, found in kept]


def match_needs(text: str) -> list[Match]:
    """All need codes of an interaction cell, unique, in first-mention order.  A code two
    phrases give keeps its less sure reading: a doubtful one ("…; разъяснение по вычетам":
    result, or is it a consultation?) doubts the set, whatever the other phrase said."""
    out: dict[str, Match] = {}
    phrases, read = _read_cell(text)
    for found in read:
        for m in found:
            # the less sure phrase wins whole (text, method, alternatives: an override of it
            # then mends the cell); the dict keeps the code where it was first mentioned
            if m.code not in out or m.score < out[m.code].score:
                out[m.code] = m
    return _doubted_cell(phrases, list(out.values()))


@lru_cache(maxsize=50_000)
def clause_actions(phrase: str) -> frozenset[str]:
    """The needs the actions of the phrase's clauses (`_clauses`) that hold words of their own
    name alone (their `table` row's "*"; "none" for a clause with no action): what the phrase
    could state, which need_doubt.clauses_over_codes compares with the codes read.  Actions of
    one need count once ("подача заявления и предоставление документов", "информирование о …
    и ознакомление с …": synonyms, one need said twice).  A bare action sharing the next one's
    object ("приём и регистрация обращения") is not one; a clause repeating an action is an item of a list ("предоставление
    информации, документов"), nor is an item after a comma (split_needs cut the phrase where
    a new need starts); the agency's own work (`yielding_actions`) is dropped by design."""
    g = grammar()
    ws, clauses = phrase_clauses(phrase)       # as read_needs cut them: cached, not cut again
    at = {id(w): k for k, w in enumerate(ws)}
    out = set()
    for i, clause in enumerate(clauses):
        # after a comma inside a phrase, a list's item ("результата, ответа, разъяснения"); a
        # second topic after its preposition ("о ходе …, о результате …") is a clause still
        listed = i and _separator(ws, at, clauses[i - 1]) == "," and clause[0].pos != "PREP"
        if sum(not (w.is_punct or w.is_conj) for w in clause) > 1 and not listed:
            out.add(_lead_action(clause, g)[1])
    return frozenset(str(g.table.get(a, {}).get("*", a)).rstrip("?") for a in out - g.yielding)


@lru_cache(maxsize=20_000)
def _asked(phrase: str) -> bool:
    """Is the phrase a question whose need hangs on its wording (need_doubt.asked_phrase)?"""
    return need_doubt.asked_phrase(phrase, grammar(), action_of)


@lru_cache(maxsize=20_000)
def _cell_facts(phrases: tuple[str, ...]) -> tuple[int, bool]:
    """(distinct clause actions, asked as a question) of a cell's phrases, for its doubts (cached)."""
    return len(frozenset().union(*(clause_actions(p) for p in phrases))), any(_asked(p) for p in phrases)


def _doubted_cell(phrases: tuple[str, ...], matches: list[Match]) -> list[Match]:
    """The cell's needs with its cell-wide doubts (need_doubt.doubt_cell): more clauses than codes, a need
    asked as a question, a complaint's answer whose code nothing settles; the learned model's say
    (need_model_hook.py); then calibrated (need_calibration.py)."""
    g = grammar()
    if matches and (g.doubt["clauses_over_codes"] or g.doubt["question"] or g.doubt["answered_complaint"]):
        matches = need_doubt.doubt_cell(matches, *_cell_facts(phrases), g, answered_complaint(" ; ".join(phrases), frozenset(m.code for m in matches)))
    # the learned second opinion: a sure need it contradicts to review (need_model_hook.py)
    return need_calibration.calibrated(phrases, need_model_hook.weigh(phrases, matches))


def need_phrase_matches(text: str) -> list[Match]:
    """Every phrase's match (duplicates kept), read as `match_needs` reads them (`_read_cell`:
    context, the client's story) with the cell's doubts: what a dataset row's needs and the
    review table take, so that a cell is coded as the benchmarks measure it."""
    phrases, read = _read_cell(text)
    return _doubted_cell(phrases, [m for found in read for m in found])
