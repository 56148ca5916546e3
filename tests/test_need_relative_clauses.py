"""A relative clause in the past tense tells what someone did, no need of the client's (needs22;
normalizers/need_relative.py, `relative` in data/need_grammar.yaml).  Expectations from Russian grammar
and the taxonomy's definitions (contract §4.2), never from a pool's phrase."""
from __future__ import annotations

import pytest

from normalizers import match_needs
from normalizers.need_relative import drop_relatives


def codes(text):
    return sorted(m.code for m in match_needs(text))


@pytest.mark.parametrize("text, left", [
    ("поблагодарить инспектора, который провёл консультацию", "поблагодарить инспектора"),
    # the comma closing it goes too: the sentence reads on
    ("все, кто подал заявку, получат уведомление", "все получат уведомление"),
    # future or present: may be the need itself
    ("нужен специалист, который поможет заполнить заявление", "нужен специалист, который поможет заполнить заявление"),
    # «кто» after a verb asks who
    ("узнать, кто подписал решение", "узнать, кто подписал решение"),
    # no finite verb in it: nothing told of the past
    ("бланк, который нужен для подачи", "бланк, который нужен для подачи"),
])
def test_a_past_relative_clause_is_taken_out(text, left):
    assert drop_relatives(text) == left


def test_the_deed_of_whom_one_thanks_is_no_need():
    # thanking is feedback (contract: feedback — оценка, благодарность); the help given was the past
    assert codes("хочу поблагодарить сотрудника, который помог оформить пособие") == ["feedback"]


def test_the_past_of_whoever_is_meant_is_no_need():
    # "those who applied will be told": the telling is the need, the application was their past
    assert codes("каждый, кто подал заявление, получит уведомление о его регистрации") == ["status"]


def test_whether_ones_feedback_was_considered_is_its_result():
    # contract: feedback_result — получение результата рассмотрения обратной связи; a paper's stage stays status
    assert codes("узнать, рассмотрели ли моё предложение") == ["feedback_result"]
    assert codes("узнать, рассмотрели ли моё заявление") == ["status"]


@pytest.mark.parametrize("text", [
    # «который» after a verb asks which: a question, no relative clause (rev18b)
    "узнать, которое из заявлений было рассмотрено",
    # «бы»: a wish, the need itself, whatever the verb's past form
    "нужен специалист, который помог бы разобраться с документами",
])
def test_a_question_or_a_wish_is_no_past_relative_clause(text):
    assert drop_relatives(text) == text


def test_a_question_of_which_paper_keeps_its_stage():
    assert codes("узнать, которое из заявлений было рассмотрено") == ["status"]


def test_a_need_joined_to_the_clause_without_a_comma_is_kept():
    # "и" + an infinitive ends the clause: the appointment is the client's own need (contract: other — запись на приём)
    assert drop_relatives("поблагодарить врача, который помог и записаться на приём") == \
        "поблагодарить врача и записаться на приём"
    assert "other" in codes("поблагодарить врача, который помог и записаться на приём")


def test_a_clause_the_cell_is_about_stays():
    # with the clause gone nothing would be read: the filing is what the row says (contract: submission)
    assert codes("граждане, которые подали заявление") == ["submission"]


def test_an_abbreviations_full_stop_is_no_clauses_end():
    # «г.» inside the sentence: where the clause ends is unknown — cut there, "оформить пособие" would stand
    # alone as a need of its own (rev18b)
    text = "поблагодарить сотрудника, который помог в 2023 г. оформить пособие"
    assert drop_relatives(text) == text


def test_a_hyphen_typed_for_a_dash_ends_the_clause():
    # the appointment after it is the client's own need (contract: other — запись на приём; rev18b)
    assert drop_relatives("поблагодарить врача, который принял - записаться повторно") == \
        "поблагодарить врача - записаться повторно"
    # a word's own hyphen does not
    assert drop_relatives("поблагодарить врача, который помог из-за болезни") == "поблагодарить врача"


def test_a_closing_bracket_ends_the_clause():
    # the bracket the clause stands in closes it: the rest is read as written (rev18b)
    assert drop_relatives("поблагодарить (сотрудника, который помог) и записаться на приём") == \
        "поблагодарить (сотрудника) и записаться на приём"
