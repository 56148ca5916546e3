"""A proposal takes a question as its content, a review ABOUT something is no withdrawal, and the agency's own verb of consulting is consultation
(needs22; `asking_actions`, `actions.consult` in data/need_grammar.yaml).  From the definitions (contract
§4.2: feedback — предложения; consultation — консультирование), never from a pool's phrase."""
from __future__ import annotations

import pytest

from normalizers import match_needs


def codes(text):
    return sorted(m.code for m in match_needs(text))


@pytest.mark.parametrize("text", ["предложить, как сократить очереди", "предложить, где открыть пункт выдачи"])
def test_a_question_after_a_proposal_is_what_is_proposed(text):
    assert codes(text) == ["feedback"]


def test_the_agency_consulting_someone_is_consultation():
    assert codes("проконсультировать фермера по субсидиям") == ["consultation"]


@pytest.mark.parametrize("text, code", [
    # a review ABOUT something is feedback, whatever its topic names (contract: feedback — отзыв)
    ("отзыв об удобстве подачи заявления на пособие", "feedback"),
    ("отзыв о сроках выдачи справки", "feedback"),
    # «отзыв» of a paper, no preposition: its withdrawal, a request filed
    ("отзыв заявления на пособие", "submission"),
])
def test_a_review_about_a_deed_is_no_withdrawal(text, code):
    assert codes(text) == [code]


@pytest.mark.parametrize("text", [
    # the paper right after «отзыв»: its withdrawal, whatever «о …» the paper's own name holds (rev18b)
    "отзыв заявления о выдаче лицензии",
    "отзыв заявления о предоставлении субсидии",
])
def test_the_withdrawal_of_a_paper_about_something_stays_a_filing(text):
    assert codes(text) == ["submission"]
