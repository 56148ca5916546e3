"""Session 21 (needs21): a benefit read ABOUT is news of it (normalizers/need_read_about.py), a benefit
read of only a guess; a clause naming only the client's feedback and, by a verb, what the agency did
on it is feedback's result (`@answered_deed`, need_outcome.answered_feedback).  Phrases composed for
these tests from the taxonomy's definitions (docs/dataset.md, `needs`; contract §4), none taken from a
phrase pool."""
import pytest

from normalizers import match_needs
from normalizers.matcher import REVIEW


def read(text):
    return sorted((m.code, m.score >= REVIEW) for m in match_needs(text))


def codes(text):
    return sorted(m.code for m in match_needs(text))


@pytest.mark.parametrize("text", [
    "прочитать о мерах поддержки молодых семей",
    "прочитать об условиях и льготах для многодетных",
    "прочитать про новые субсидии фермерам",
])
def test_a_benefit_read_about_is_news_of_it(text):
    # what the text read is about: information (obtaining information), not the benefit received
    assert codes(text) == ["information"]


@pytest.mark.parametrize("text", [
    "ознакомиться с мерами поддержки",
    "ознакомиться с ответом на обращение",
])
def test_a_benefit_or_answer_read_of_is_only_a_guess(text):
    # news of what there is, or one's own answer read: never a sure code
    assert all(m.score < REVIEW for m in match_needs(text))


@pytest.mark.parametrize("text", [
    "через неделю пишут, что исправлено по моей оценке",
    "сообщают, что сделано по моему отзыву",
])
def test_what_was_done_on_feedback_said_by_a_verb_is_its_result(text):
    assert codes(text) == ["feedback_result"]


@pytest.mark.parametrize("text", [
    "предложение по изменению порядка приёма",
    "предложения по улучшению работы отдела",
])
def test_a_change_a_proposal_asks_for_is_its_content(text):
    # a noun of change governed by the proposal is what it proposes: feedback, no answer named
    assert codes(text) == ["feedback"]
