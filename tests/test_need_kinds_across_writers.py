"""Kinds of need phrases that writers of every region use, read by their grammar (session 19;
normalizers/need_objects.py, data/need_grammar.yaml).  Expectations are written from the
taxonomy's definitions (contract §4.2) and Russian grammar, never from a pool's phrase."""
from __future__ import annotations

import pytest

from normalizers import match_needs
from normalizers.matcher import REVIEW


def reviewed(text):
    return [(m.code, m.score < REVIEW) for m in match_needs(text)]


@pytest.mark.parametrize("text", [
    "Направить жалобу на отказ в выдаче лицензии",
    "жалоба на бездействие должностного лица",
    "Подать жалобу на действия органа опеки",
    "пожаловаться на решение комиссии",
])
def test_a_complaint_against_the_agencys_decision_is_likelier_a_pre_trial_appeal(text):
    # contract: other — досудебное обжалование; a paper filed too, so only the likelier reading (review)
    assert reviewed(text) == [("other", True)]


def test_a_complaint_against_someones_actions_stays_a_paper_filed():
    # not the agency's decision: the complaint is an application filed about a third party (likelier)
    assert reviewed("Подать жалобу на действия перевозчика") == [("submission", True)]


@pytest.mark.parametrize("text, code", [
    # two nouns joined by a hyphen: the first is the thing, the second in apposition to it
    ("Скачать бланк-заявление", "forms"),
    ("бланк-заказ на изготовление пропуска", "forms"),
    ("Заполнить заявление-анкету", "submission"),
])
def test_a_compound_of_two_nouns_is_named_by_the_first(text, code):
    assert [c for c, _ in reviewed(text)] == [code]


def test_a_compound_whose_first_part_is_no_thing_is_named_by_the_last():
    # «онлайн-» says how: the last part names the thing or the deed
    assert [c for c, _ in reviewed("онлайн-консультация юриста")] == ["consultation"]
    assert [c for c, _ in reviewed("Онлайн-запись на приём")] == ["other"]


@pytest.mark.parametrize("text", [
    "Моё заявление уже месяц на рассмотрении — почему?",
    "хочу смс, когда заявку возьмут в работу",
    "запрос на доработке, что дальше",
])
def test_a_paper_in_a_procedures_state_is_where_the_case_stands(text):
    # contract: status — информация о ходе рассмотрения заявления, обращения, запроса
    assert "status" in [c for c, _ in reviewed(text)]


@pytest.mark.parametrize("text, code", [
    ("подать заявление на рассмотрение", "submission"),           # filed FOR a procedure: no state
    ("оставить отзыв о недостатках в работе МФЦ", "feedback"),     # whose work: no state
])
def test_a_procedure_named_otherwise_is_no_state(text, code):
    assert [c for c, _ in reviewed(text)] == [code]


def test_in_state_by_grammar():
    from normalizers.need_case_state import in_state
    from normalizers.phrase import words
    spec = {"states": {"рассмотрение", "работа"}, "at": {"на", "в"}, "taken": {"взять"}}
    assert in_state(tuple(words("заявление на рассмотрении")), spec)
    assert not in_state(tuple(words("заявление на рассмотрение")), spec)      # accusative: a target
    assert in_state(tuple(words("заявление взяли в работу")), spec)           # taken into it
    assert not in_state(tuple(words("заявление в работе комиссии")), spec)    # whose work


def test_a_law_is_the_rules_read():
    # contract: information — a law's change is news of the rules, not a benefit received
    assert [c for c, _ in reviewed("Узнать, что изменилось в законе о пособиях")] == ["information"]
    # the thing received still decides where the law is only its ground
    assert [c for c, _ in reviewed("Получение выплаты по закону о ветеранах")] == ["result"]


def test_the_agency_receiving_does_its_own_deed():
    # contract: other — действия самого ведомства; the doer in the instrumental after the noun of receiving
    assert [c for c, _ in reviewed("получение ведомством сведений из реестра лицензий")] == ["other"]
    # the client's own paper received by the agency is the client's filing
    assert [c for c, _ in reviewed("получение ведомством заявления")] == ["submission"]
    # no doer named: the client receives
    assert [c for c, _ in reviewed("получение сведений из реестра лицензий")] != ["other"]


def test_a_polite_word_leaves_the_comma_of_a_clause_after_it():
    from normalizers.need_polite import unpolite
    # the comma before «что …» is the sentence's: the client asks to be told
    assert unpolite("Сообщите, пожалуйста, что решили по моему отзыву").startswith("Сообщите, что")
    # before a thing it is the politeness's own («Дайте бланк»: no need cut short); a text's start keeps none
    assert unpolite("Дайте, пожалуйста, бланк").split() == ["Дайте", "бланк"]
    assert not unpolite("Пожалуйста, что с заявлением").strip().startswith(",")
    # contract: feedback_result — what was done on one's proposal, asked
    assert reviewed("Сообщите, пожалуйста, что сделали по моему предложению о графике") == [("feedback_result", False)]


@pytest.mark.parametrize("text", [
    "сведения об исправлении ошибок, отмеченных в отзывах граждан",
    "информация об устранении замечаний, высказанных в ходе опроса",
])
def test_a_remedy_of_what_feedback_named_is_its_result(text):
    # contract: feedback_result — the agency's response (remedying, correcting) to the feedback, told
    assert [c for c, _ in reviewed(text)] == ["feedback_result"]


@pytest.mark.parametrize("text, code", [
    ("предложение продлить срок подачи заявлений", "feedback"),
    ("идея сократить сроки выдачи справок", "feedback"),
])
def test_a_noun_governing_an_infinitive_takes_it_as_its_content(text, code):
    # the proposal's content is no need of its own (contract: feedback — предложения)
    from normalizers.needs import split_needs
    assert len(split_needs(text)) == 1
    assert [c for c, _ in reviewed(text)] == [code]


def test_a_paragraphs_capital_still_starts_a_need_after_such_a_noun():
    from normalizers.needs import split_needs
    assert len(split_needs("Внести предложение Получить ответ")) == 2


def test_a_papers_passage_is_its_stage():
    # contract: status — информация о ходе рассмотрения документов; «прохождение» of a paper is its course
    assert [c for c, _ in reviewed("Получение сведений о прохождении поданных документов")] == ["status"]
    # a passage of no paper of a case is no stage of one
    assert [c for c, _ in reviewed("информация о прохождении практики")] == ["information"]


def test_a_known_thing_after_a_place_is_a_second_object():
    # like joins like: «и памятки» is coordinated with the blank received, not with the archive it is sent to
    assert [c for c, _ in reviewed("Получение бланка заявления в архив и памятки")] == ["forms", "information"]
    # after a group whose noun the vocabulary names, «и» joins inside that group
    assert [c for c, _ in reviewed("получение ответов на отзывы и предложения")] == ["feedback_result"]


# --- review of session 19's rules (rev16a): the same words in an ordinary paper's sense ---

@pytest.mark.parametrize("text", [
    # the client's own renunciation, an ordinary application (contract: submission), not the agency's refusal
    "Подать заявление на отказ от набора социальных услуг",
    "Подать заявление на отказ от обработки персональных данных",
    # a matter the paper asks to resolve, no decision contested
    "Подать заявление на решение вопроса о переселении",
    # an inaction only told in an ordinary address: no appeal's formula
    "Подать обращение о бездействии управляющей компании",
])
def test_an_ordinary_application_in_an_appeals_words_stays_a_paper_filed(text):
    assert [c for c, _ in reviewed(text)] == ["submission"]


@pytest.mark.parametrize("text", [
    "Подать жалобу на отказ",                                    # the refusal itself contested
    "жалоба на действия (бездействие) сотрудников МФЦ",         # the appeal's formula, whoever acted
])
def test_the_appeals_own_formulas_are_still_appeals(text):
    assert reviewed(text) == [("other", True)]


@pytest.mark.parametrize("text", [
    "Принять заявление в работу",          # the deed asked of the agency (infinitive), no state told
    "Принять заявление на рассмотрение",
])
def test_a_verb_of_taking_asked_tells_no_state(text):
    assert "status" not in [c for c, _ in reviewed(text)]


def test_a_verb_of_taking_told_is_a_state():
    from normalizers.need_case_state import in_state
    from normalizers.phrase import words
    spec = {"states": {"рассмотрение", "работа"}, "at": {"на", "в"}, "taken": {"взять", "принять"}}
    assert in_state(tuple(words("заявление принято на рассмотрение")), spec)
    assert not in_state(tuple(words("принять заявление на рассмотрение")), spec)
    assert not in_state(tuple(words("возьмите заявление в работу")), spec)     # imperative: asked


@pytest.mark.parametrize("text", [
    # the agency's own name runs on in the genitive before the client's paper it receives
    "получение органом опеки заявления",
    "получение органом социальной защиты заявления родителя",
    "получение отделом кадров документов",
])
def test_the_agency_receiving_the_clients_paper_past_its_own_name_is_a_filing(text):
    assert [c for c, _ in reviewed(text)] == ["submission"]


@pytest.mark.parametrize("text, codes", [
    # a deed done with the proposal before it: the paper handed in, then the answer wanted back — two needs
    ("оставить предложение получить ответ", ["feedback", "feedback_result"]),
    ("направить предложение получить обратную связь", ["feedback", "feedback_result"]),
])
def test_a_proposal_handed_in_then_an_infinitive_are_two_needs(text, codes):
    assert [c for c, _ in reviewed(text)] == codes
