"""Review of session 16's channel meaning classes (rev16b): a platform named only in a parenthesis, a
board as a venue, a head word whose ending was lost, an address scanned along a hyphenated run.
Phrases written for these tests from the taxonomy's definitions, none taken from a phrase pool."""
import pytest

from normalizers import match_channel
from normalizers.channel_places import DOMAIN_RX, split_details
from normalizers.matcher import REVIEW


@pytest.mark.parametrize("text", [
    "форма обратной связи на сайте (также на Госуслугах)",
    "электронная очередь на сайте учреждения (также через Госуслуги)",
])
def test_a_platform_in_a_parenthesis_yields_to_the_place_named(text):
    # the site is where the form or the queue lives; the portal is a detail: not the portal's at 0.95
    m = match_channel(text)
    assert m.code != "gosuslugi"
    assert m.score < REVIEW


@pytest.mark.parametrize("text, want", [
    # no other place named, or the place named is the portal the parenthesis names: the platform's
    ("электронная форма (Госуслуги)", "gosuslugi"),
    ("личный кабинет заявителя на портале (Госуслуги)", "gosuslugi"),
    ("заявление через личный кабинет (ЕПГУ)", "gosuslugi"),
    ("форма опроса на сайте (Госуслуги)", "online_survey"),
])
def test_a_platform_in_a_parenthesis_still_decides_alone(text, want):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (want, True)


@pytest.mark.parametrize("text, want", [
    # a reception or an appeal is not held on a stand: the head's own reading
    ("приём граждан на стенде министерства", "personal_reception"),
    ("письмо на стенд", "written_mail"),
])
def test_a_board_is_no_venue_of_a_meeting(text, want):
    assert match_channel(text).code == want


def test_a_board_is_the_venue_of_printed_matter():
    assert match_channel("листовка на информационном стенде").code == "info_stand"


@pytest.mark.parametrize("text", ["Приёмна губернатора", "приёмна министра"])
def test_a_head_whose_ending_was_lost_is_a_guess(text):
    # the dictionary reads «приёмна» as a short adjective: the noun it may be is guessed, below review
    m = match_channel(text)
    assert (m.code, m.score < REVIEW) == ("personal_reception", True)


def test_a_declined_noun_head_stays_sure():
    m = match_channel("в приёмной губернатора")
    assert (m.code, m.score >= REVIEW) == ("personal_reception", True)


def test_a_domain_is_found_whole_from_its_start():
    # an address starts where its name does (not from each part after a hyphen): the same match
    assert [m.group(0) for m in DOMAIN_RX.finditer("сайт my-school-12.ru, mfc.org")] == ["my-school-12.ru", "mfc.org"]
    assert split_details("сайт школы my-school.ru")[1] == ["my-school.ru"]
    # a hyphenated word of many parts with no zone is no address
    assert DOMAIN_RX.search("-".join(["ин"] * 300)) is None


@pytest.mark.parametrize("text, want", [
    # a bot named outside the head's own words («без бота», a parenthesis) does not make it a chat-bot
    ("мессенджер MAX (чат с оператором, без бота)", "messenger"),
    ("группа ВКонтакте с ботом", "social_network"),
])
def test_a_bot_beside_a_network_is_not_its_own(text, want):
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == (want, True)


def test_a_bot_of_a_network_in_its_own_words_is_a_chatbot():
    assert match_channel("ВК-бот министерства").code == "chatbot"


@pytest.mark.parametrize("word", ["НОМЕРОК", "ВЫХОДИТ", "ОТВЕТИТ"])
def test_a_dictionary_word_in_capitals_is_not_cut_into_abbreviations(word):
    from normalizers.channel_words import apart_capitals
    # «НОМЕР»+«ОК» (Одноклассники), «ВЫХОД»+«ИТ»: both halves are vocabulary words, the whole a word
    vocab = frozenset({"номер", "ок", "выход", "ответ", "ит"})
    assert apart_capitals(word, vocab) == word


def test_a_queue_ticket_in_capitals_is_no_social_network():
    assert match_channel("ПОЛУЧЕНИЕ НОМЕРОК В ТЕРМИНАЛЕ").code != "social_network"


@pytest.mark.parametrize("text", ["QR-код на стенде (ссылка на анкету)", "форма на сайте (опрос)"])
def test_what_a_parenthesis_says_the_head_is_still_decides(text):
    # a survey is what the code or the form is, not a place beside the stand or the site
    m = match_channel(text)
    assert (m.code, m.score >= REVIEW) == ("online_survey", True)
