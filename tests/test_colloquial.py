"""Colloquial, clipped and jargon words read as the standard words they stand for
(normalizers/data/colloquial.yaml, `phrase.words`), by the need grammar and the channel
heads alike.  Phrases composed for these tests, none taken from a phrase pool."""
import pytest

from normalizers import match_channel, match_needs
from normalizers.phrase import words


def codes(text):
    return sorted(m.code for m in match_needs(text))


@pytest.mark.parametrize("text, want", [
    ("нужна инфа по льготам на проезд", ["information"]),       # a clipped noun, any case
    ("получить инфу по льготам", ["information"]),
    ("FAQ по льготам для многодетных", ["information"]),      # an English word in Latin
    ("апплай на участие в конкурсе проектов", ["submission"]),  # a loanword
    ("трекинг обращения онлайн", ["status"]),
])
def test_jargon_in_a_need_reads_as_the_standard_word(text, want):
    assert codes(text) == want


@pytest.mark.parametrize("text, want", [
    ("пишите в телегу", "messenger"),
    ("электронка приёмной", "email"),
])
def test_jargon_in_a_channel_reads_as_the_standard_word(text, want):
    assert match_channel(text).code == want


def test_a_form_of_another_word_is_left_alone():
    # «заяви» is заявить's imperative, not the slang «заява» (an application)
    assert [w.lemma for w in words("заяви о нарушении")][0] == "заявить"
    assert [w.lemma for w in words("телегу")] == ["телеграм"]


def test_the_table_is_read_in_the_form_a_token_takes():
    # keys as typed in the data («Чё», «Инф») are matched as a token comes (lower case, ё → е),
    # and a standard word that is itself colloquial — a loop of words() — fails at load
    import inspect
    from normalizers.phrase import _colloquial
    from textcore.vocab import VocabularyError
    build = inspect.unwrap(_colloquial)
    whole, nouns, _ = build({"words": {"Чё": "что"}, "nouns": {"Инф": "информация"}})
    assert whole == {"че": "что"} and nouns == {"инф": "информация"}
    with pytest.raises(VocabularyError, match="colloquial"):
        build({"words": {"аа": "бб", "бб": "аа"}})
    with pytest.raises(VocabularyError, match="инфа"):
        build({"words": {"инфо": "инфа"}, "nouns": {"инф": "информация"}})
